// Timeline: every reminder past and future, grouped by the session it belongs to, with missed
// ones flagged and the years-long check-ins at the end; Done and Snooze where they apply.

import * as api from '../api.js';
import { h, show, uid } from '../dom.js';
import { day, dayTime } from '../format.js';
import { t } from '../i18n.js';

// Labels as functions: this table is built when the module loads, before the locale does.
const states = {
  pending: () => t('timeline-state-upcoming'),
  scheduled: () => t('timeline-state-upcoming'),
  snoozed: () => t('timeline-state-snoozed'),
  delivered: () => t('timeline-state-shown'),
  done: () => t('timeline-state-done'),
  missed: () => t('timeline-state-missed'),
  dismissed: () => t('timeline-state-past'),
};

/** Sun protection and check-ins after the healing month belong to the years after. */
const longTerm = (reminder) => (reminder.category === 'sun' || reminder.category === 'checkin') && reminder.day >= 30;

export async function renderTimeline(main, app) {
  const reminders = await api.timeline();
  const overview = app.overview;
  const groups = new Map();
  for (const reminder of reminders) {
    const group = longTerm(reminder) ? 'long' : reminder.session;
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group).push(reminder);
  }
  const order = [...groups.keys()].sort((a, b) => (a === 'long' ? 1 : b === 'long' ? -1 : a - b));
  // Not one already past when it was set: those are folded away, and never ring.
  const ahead = (r) => r.date >= overview.date && r.state !== 'dismissed';
  const upcoming = reminders.find((r) => ahead(r) && !longTerm(r)) ?? reminders.find(ahead);
  const sections = order.map((group) => {
    const id = uid('group');
    const session = overview.sessions[group - 1];
    const title =
      group === 'long'
        ? t('timeline-years-after')
        : session
          ? t('timeline-session-on', { session: group, date: day(session.start) })
          : t('timeline-session', { session: group });
    return h(
      'section',
      { class: 'group', 'aria-labelledby': id },
      h('h2', { id, text: title }),
      list(groups.get(group), upcoming, app),
    );
  });
  const missed = reminders.filter((r) => r.state === 'missed').length;
  show(
    main,
    h('h1', { text: t('timeline-title') }),
    // Two sentences, the second a link.
    h(
      'p',
      { class: 'hint' },
      t('timeline-count', { count: reminders.length }),
      upcoming ? [' ', h('a', { href: '#upcoming', text: t('timeline-jump') })] : null,
    ),
    missed ? h('p', { class: 'card missed', text: t('timeline-missed', { count: missed }) }) : null,
    sections,
  );
}

/**
 * Reminders a change set in the past fold away (a session entered after the fact, a reminder time
 * moved earlier): they never rang, and the day's steps were on Today.
 */
function list(reminders, upcoming, app) {
  const before = reminders.filter((r) => r.state === 'dismissed');
  const rest = reminders.filter((r) => r.state !== 'dismissed');
  const items = (rs) => h('ol', { class: 'reminders' }, rs.map((r) => entry(r, r === upcoming, app)));
  if (before.length < 2) return items(reminders);
  return [
    h('details', { class: 'earlier' }, h('summary', { text: t('timeline-already-past', { count: before.length }) }), items(before)),
    items(rest),
  ];
}

function entry(reminder, isUpcoming, app) {
  const state = reminder.state;
  const open = ['pending', 'scheduled', 'snoozed'].includes(state);
  const actions = [];
  if (state !== 'done' && state !== 'dismissed') {
    actions.push(h('button', { type: 'button', class: 'small', text: t('timeline-done'), on: { click: () => act(() => api.markDone(reminder.key), t('timeline-marked-done'), app) } }));
  }
  const due = new Date(reminder.fire_at) <= new Date(Date.now() + 24 * 3600 * 1000);
  if ((open && due) || state === 'delivered' || state === 'missed') {
    // Each with the whole sentence its toast says.
    for (const [until, label, said] of [
      ['hour', t('timeline-snooze-hour'), t('timeline-snoozed-hour')],
      ['evening', t('timeline-snooze-evening'), t('timeline-snoozed-evening')],
      ['tomorrow', t('timeline-snooze-tomorrow'), t('timeline-snoozed-tomorrow')],
    ]) {
      actions.push(
        h('button', {
          type: 'button',
          class: 'small secondary',
          text: label,
          on: { click: () => act(() => api.snooze(reminder.key, until), said, app) },
        }),
      );
    }
  }
  // The snooze's end as a wall time in the zone reminders follow, like `local`.
  const when =
    state === 'snoozed' && reminder.snoozed_local
      ? t('timeline-snoozed-until', { when: dayTime(reminder.snoozed_local) })
      : dayTime(reminder.local);
  const items = reminder.items.length > 1 || reminder.category === 'digest' ? reminder.items : [];
  return h(
    'li',
    { class: `reminder ${state}`, id: isUpcoming ? 'upcoming' : null, 'data-key': reminder.key },
    h(
      'details',
      {},
      h(
        'summary',
        {},
        h('span', { class: 'when', text: when }),
        h('span', { class: 'title', text: reminder.title }),
        h('span', { class: `state ${state}`, text: states[state]?.() ?? state }),
      ),
      items.length
        ? h('ul', { class: 'items' }, items.map((item) => h('li', { text: item.kind === 'allowed' ? t('timeline-item-new', { step: item.title }) : item.title })))
        : h('p', { class: 'body', text: reminder.body }),
      reminder.shift ? h('p', { class: 'hint', text: shiftNote(reminder.shift) }) : null,
      actions.length ? h('div', { class: 'actions' }, actions) : null,
    ),
  );
}

function shiftNote(shift) {
  return {
    'quiet-hours': () => t('timeline-shift-quiet-hours'),
    'dst-gap': () => t('timeline-shift-dst-gap'),
    'before-session': () => t('timeline-shift-before-session'),
  }[shift]?.();
}

async function act(action, message, app) {
  try {
    await action();
    await app.refresh();
    app.say(message);
  } catch (error) {
    app.say(error.message);
  }
}
