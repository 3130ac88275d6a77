// Timeline: every reminder past and future, grouped by the session it belongs to, with missed
// ones flagged and the years-long check-ins at the end; Done and Snooze where they apply.

import * as api from '../api.js';
import { h, show, uid } from '../dom.js';
import { day, dayTime } from '../format.js';

const states = {
  pending: 'Upcoming',
  scheduled: 'Upcoming',
  snoozed: 'Snoozed',
  delivered: 'Shown',
  done: 'Done',
  missed: 'Missed',
  dismissed: 'Past',
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
  const upcoming = reminders.find((r) => r.date >= overview.date && !longTerm(r)) ?? reminders.find((r) => r.date >= overview.date);
  const sections = order.map((group) => {
    const id = uid('group');
    const session = overview.sessions[group - 1];
    const title = group === 'long' ? 'For years after' : `Session ${group}${session ? ` · ${day(session.start.split('T')[0])}` : ''}`;
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
    h('h1', { text: 'Timeline' }),
    h('p', { class: 'hint' }, `${reminders.length} reminders. `, upcoming ? h('a', { href: '#upcoming', text: 'Jump to what is next' }) : null),
    missed ? h('p', { class: 'card missed', text: `${missed === 1 ? '1 reminder was' : `${missed} reminders were`} missed: they are flagged below.` }) : null,
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
    h('details', { class: 'earlier' }, h('summary', { text: `${before.length} reminders were already past when they were set` }), items(before)),
    items(rest),
  ];
}

function entry(reminder, isUpcoming, app) {
  const state = reminder.state;
  const open = ['pending', 'scheduled', 'snoozed'].includes(state);
  const actions = [];
  if (state !== 'done' && state !== 'dismissed') {
    actions.push(h('button', { type: 'button', class: 'small', text: 'Done', on: { click: () => act(() => api.markDone(reminder.key), 'Marked done.', app) } }));
  }
  const due = new Date(reminder.fire_at) <= new Date(Date.now() + 24 * 3600 * 1000);
  if ((open && due) || state === 'delivered' || state === 'missed') {
    for (const [until, label] of [
      ['hour', 'In an hour'],
      ['evening', 'This evening'],
      ['tomorrow', 'Tomorrow morning'],
    ]) {
      actions.push(
        h('button', {
          type: 'button',
          class: 'small secondary',
          text: label,
          on: { click: () => act(() => api.snooze(reminder.key, until), `Snoozed: ${label.toLowerCase()}.`, app) },
        }),
      );
    }
  }
  const when = state === 'snoozed' && reminder.snoozed_until ? `snoozed until ${new Date(reminder.snoozed_until).toLocaleString()}` : dayTime(reminder.local);
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
        h('span', { class: `state ${state}`, text: states[state] ?? state }),
      ),
      items.length
        ? h('ul', { class: 'items' }, items.map((item) => h('li', { text: item.kind === 'allowed' ? `New: ${item.title}` : item.title })))
        : h('p', { class: 'body', text: reminder.body }),
      reminder.shift ? h('p', { class: 'hint', text: shiftNote(reminder.shift) }) : null,
      actions.length ? h('div', { class: 'actions' }, actions) : null,
    ),
  );
}

function shiftNote(shift) {
  return {
    'quiet-hours': 'Moved to the end of your quiet hours.',
    'dst-gap': 'The clock moved forward at that time; it comes when it does.',
    'before-session': 'Moved to an hour before your session.',
  }[shift];
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
