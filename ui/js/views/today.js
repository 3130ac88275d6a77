// Today: where the client is in the treatment, the day's do's and don'ts with what changed
// today first, what changes next and when, and the next session.

import * as api from '../api.js';
import { alertBox, h, say, show, uid } from '../dom.js';
import { day, inDays, longDay, position, splitLocal, time } from '../format.js';
import { t } from '../i18n.js';

// Titles as functions: this table is built when the module loads, before the locale does.
const sections = [
  { state: 'allowed-today', title: () => t('today-section-allowed-today'), className: 'news' },
  { state: 'avoid', title: () => t('today-section-avoid'), className: 'avoid' },
  { state: 'do', title: () => t('today-section-do'), className: 'do' },
  { state: 'allowed', title: () => t('today-section-allowed'), className: 'allowed' },
];

export async function renderToday(main, app) {
  const today = app.overview.today;
  if (!today) {
    show(main, h('h1', { text: t('today-title') }), h('p', { text: t('today-no-session') }));
    return;
  }
  const done = new Set(today.done);
  const headingId = uid('today');
  const parts = [
    h('p', { class: 'eyebrow', text: longDay(today.date) }),
    h('h1', { id: headingId, text: position(today.session, today.day) }),
  ];
  if (today.next_change) parts.push(nextChange(today.next_change));
  if (today.course.length) parts.push(course(today.course, today.date));
  if (app.overview.sun) parts.push(sun(app.overview.sun));
  if (app.overview.check_in) parts.push(checkedIn(app.overview.check_in));
  else if (today.day >= 0 && today.day <= 14) parts.push(checkInPrompt());
  const news = today.items.filter((item) => item.new && item.state !== 'allowed-today');
  for (const section of sections) {
    const items = today.items.filter((item) => item.state === section.state);
    if (items.length === 0) continue;
    parts.push(
      h(
        'section',
        { class: `checklist ${section.className}`, 'aria-labelledby': `${headingId}-${section.state}` },
        h('h2', { id: `${headingId}-${section.state}`, text: section.title() }),
        h('ul', {}, items.map((item) => step(item, today.date, done, news.includes(item), app))),
      ),
    );
  }
  if (today.items.length === 0) {
    parts.push(h('section', { class: 'card calm' }, h('h2', { text: t('today-nothing') }), h('p', { text: t('today-nothing-sun') })));
  }
  if (today.postponed.length) parts.push(postponed(today.postponed, app));
  if (today.next_session) parts.push(nextSession(today.next_session));
  if (app.overview.missed > 0) {
    // Two sentences, the second a link.
    parts.push(
      h(
        'p',
        { class: 'card missed' },
        t('today-missed', { count: app.overview.missed }),
        ' ',
        h('a', { href: '#timeline', text: t('today-missed-link') }),
      ),
    );
  }
  parts.push(notice());
  show(main, h('section', { class: 'today', 'aria-labelledby': headingId }, parts));
}

function nextChange(change) {
  return h(
    'section',
    { class: 'card next-change', 'aria-label': t('today-next-change-label') },
    h('p', { class: 'eyebrow', text: t('today-next-change', { when: inDays(change.in_days) }) }),
    change.titles.map((title) => h('p', { class: 'big', text: title })),
    h('p', { class: 'hint', text: t('today-next-change-day', { date: day(change.date), session: change.session, day: change.day }) }),
  );
}

/**
 * The healing course as a timeline: a bar for each thing avoided, from its first day to the day
 * before it is allowed again, filled up to today, with today marked on every bar. The text above
 * each bar says the same ("23 days left") for those who do not see it.
 */
function course(stretches, date) {
  const dayOf = (iso) => Math.round((Date.parse(iso) - Date.parse(stretches[0].anchor)) / 86_400_000);
  const today = dayOf(date);
  const end = Math.max(...stretches.map((s) => dayOf(s.until) + 1));
  // Sizes through the CSSOM, which the content security policy allows (a style attribute not).
  const share = (days) => `${(100 * days) / (end + 1)}%`;
  const rows = stretches.map((s) => {
    const first = dayOf(s.first);
    const last = dayOf(s.until);
    const length = last - first + 1;
    const over = today > last;
    const label = over
      ? t('today-course-over', { title: s.lifted?.title ?? s.title, date: day(s.lifted?.date ?? s.until) })
      : today < first
        ? t('today-course-later', { title: s.title, date: day(s.first) })
        : t('today-course-left', { title: s.title, left: last - today + 1 });
    const fill = h('div', { class: 'fill' });
    fill.style.inlineSize = `${Math.min(100, Math.max(0, (100 * (today - first + 1)) / length))}%`;
    const bar = h('div', { class: 'bar' }, fill);
    bar.style.insetInlineStart = share(first);
    bar.style.inlineSize = share(length);
    const now = h('div', { class: 'now' });
    now.style.insetInlineStart = share(today + 0.5);
    return h(
      'li',
      { class: over ? 'over' : null },
      h('p', {}, label, s.postponed ? ` ${t('journal-milestone-pushed', { days: s.postponed })}` : null),
      h('div', { class: 'track', 'aria-hidden': 'true' }, bar, now),
    );
  });
  return h(
    'section',
    { class: 'card course', 'aria-labelledby': 'course' },
    h('h2', { id: 'course', text: t('today-course') }),
    h('ol', { class: 'plain' }, rows),
    h(
      'p',
      { class: 'axis hint', 'aria-hidden': 'true' },
      h('span', { text: position(stretches[0].session, 0) }),
      h('span', { text: t('journal-photo-day-short', { day: end }) }),
    ),
  );
}

function nextSession(next) {
  return h(
    'section',
    { class: 'card', 'aria-label': t('today-next-session-label') },
    h('p', { class: 'eyebrow', text: t('today-next-session', { when: inDays(next.in_days) }) }),
    h('p', { class: 'big', text: t('today-next-session-at', { session: next.session, date: day(next.start), time: time(next.start) }) }),
    h('p', { class: 'hint', text: t('today-next-session-zone', { time: time(next.start), zone: next.zone }) }),
  );
}

/** One line of the checklist, which the client can tick. */
function step(item, date, done, isNew, app) {
  const box = h('input', { type: 'checkbox', id: uid('step'), checked: done.has(item.rule) });
  box.addEventListener('change', async () => {
    try {
      // Kept, not redrawn: the screen already shows the tick, and focus stays on it.
      app.overview = await api.markStep(date, item.rule, box.checked);
    } catch (error) {
      box.checked = !box.checked;
      app.say(error.message);
    }
  });
  const until =
    item.until && item.until !== date
      ? t('today-until', { date: day(item.until) })
      : item.until === date
        ? t('today-until-today')
        : null;
  return h(
    'li',
    { class: `step${isNew || item.state === 'allowed-today' ? ' new' : ''}` },
    box,
    h(
      'div',
      { class: 'step-text' },
      h(
        'label',
        { for: box.id },
        h('span', { text: item.title }),
        isNew ? h('span', { class: 'badge', text: t('today-new') }) : null,
        until ? h('span', { class: 'until', text: until }) : null,
        item.body ? h('span', { class: 'step-body', text: item.body }) : null,
      ),
      postpone(item, app),
      item.category === 'checkin' ? checkInLinks(app) : null,
    ),
  );
}

/** A check-in asks for a photo, and may end in booking a touch-up: both one step away. */
function checkInLinks(app) {
  return [
    h('p', { class: 'hint', text: t('today-photo-guide') }),
    h('p', { class: 'actions' }, h('a', { href: '#journal', text: t('today-add-photo') })),
    touchUp(app),
  ];
}

/**
 * The touch-up booked, added as the next session where the check-in asks: the protocol's prep
 * before it and its aftercare follow at once. The fields load when opened, as the first screen
 * does not need them.
 */
function touchUp(app) {
  const problems = alertBox();
  const form = h('form', { class: 'stack', novalidate: true });
  const details = h('details', { class: 'touch-up' }, h('summary', { text: t('today-add-touch-up') }), form);
  details.addEventListener('toggle', async () => {
    if (!details.open || form.childElementCount) return;
    const { readSession, sessionFields } = await import('./parts.js');
    const last = app.overview.sessions.at(-1);
    const fields = sessionFields('touch-up', null, last.zone);
    fields.inputs.time.value = splitLocal(last.start)[1];
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      say(problems, '');
      try {
        const [start, zone] = readSession(fields.inputs);
        const overview = await api.addSession(start, zone);
        // Numbered in time order: a touch-up before a session already planned takes its place.
        const added = overview.sessions.find((session) => session.start === start && session.zone === zone);
        await app.use(overview);
        app.say(t('today-touch-up-added', { session: added?.number ?? overview.sessions.length, date: day(start) }));
      } catch (error) {
        say(problems, error.message);
      }
    });
    show(form, fields.node, problems, h('button', { type: 'submit', text: t('today-touch-up-add') }));
    fields.inputs.date.focus();
  });
  return details;
}

/**
 * "Still scabbing? Wait a day": pushes a healing step back for its session; the reminders
 * follow. Offered where a step is allowed again today or avoided for the last day.
 */
function postpone(item, app) {
  if (!item.postpone) return null;
  return h('button', {
    type: 'button',
    class: 'secondary small postpone',
    text: t('today-postpone'),
    'aria-label': t('today-postpone-label', { step: item.title }),
    on: { click: () => change(app, item.session, item.postpone, false) },
  });
}

async function change(app, session, rule, undo) {
  try {
    await app.use(await api.postpone(session, rule, undo));
    app.say(undo ? t('today-postpone-undone') : t('today-postponed'));
  } catch (error) {
    app.say(error.message);
  }
}

/** What the client pushed back and still waits for, each with a way back. */
function postponed(list, app) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'waiting' },
    h('h2', { id: 'waiting', text: t('today-waiting') }),
    h(
      'ul',
      { class: 'plain' },
      list.map((p) =>
        h(
          'li',
          { class: 'waiting' },
          h('span', { text: t('today-waiting-step', { step: p.title, days: p.days }) }),
          h('button', {
            type: 'button',
            class: 'secondary small',
            text: t('today-undo'),
            'aria-label': t('today-undo-label', { step: p.title }),
            on: { click: () => change(app, p.session, p.rule, true) },
          }),
        ),
      ),
    ),
  );
}

/** Today's sun where the client is, labelled as the clear-sky estimate it is. */
function sun(view) {
  // The times are wall times on the sun's day (`'10:42'`): written as the locale writes times.
  const at = (clock) => time(`${view.date}T${clock}`);
  const strength = view.window
    ? t('today-sun-window', { opens: at(view.opens), closes: at(view.closes) })
    : t('today-sun-low');
  return h(
    'section',
    { class: 'card sun', 'aria-label': t('today-sun-label') },
    h('p', { class: 'eyebrow', text: t('today-sun', { place: view.place }) }),
    h('p', { class: 'big', text: strength }),
    h('p', { class: 'hint', text: t('today-sun-peak', { peak: view.peak, peak_at: at(view.peak_at) }) }),
  );
}

/** Today's check-in answered: what it called for stays in sight. */
function checkedIn(assessed) {
  const { urgency, message } = assessed.advice;
  // Healing as usual is said whole here, rather than lowercasing the engine's heading into a
  // sentence (lowercasing is not every language's way).
  const heading = urgency === 'usual' ? t('today-checked-in-usual') : assessed.advice.heading;
  return h(
    'section',
    { class: `advice ${urgency}`, 'aria-label': t('today-check-in-label') },
    h('h2', { text: heading }),
    urgency === 'usual' ? null : h('p', { text: message }),
    h('a', { href: '#journal', text: urgency === 'usual' ? t('today-check-in-change') : t('today-check-in-why') }),
  );
}

/** While the scalp heals, a nudge to the daily check-in. */
function checkInPrompt() {
  return h(
    'section',
    { class: 'card', 'aria-label': t('today-check-in-prompt-label') },
    h('p', { text: t('today-check-in-prompt') }),
    h('a', { class: 'button-link', href: '#journal', text: t('today-check-in') }),
  );
}

/** Not medical advice, and when to call the practitioner or a doctor (../shared/care-facts.md). */
export function notice() {
  return h(
    'aside',
    { class: 'notice', 'aria-label': t('today-notice-label') },
    // Two sentences, the first in bold.
    h('p', {}, h('strong', { text: t('today-notice-title') }), ' ', t('today-notice')),
    h(
      'details',
      {},
      h('summary', { text: t('today-notice-when') }),
      h(
        'ul',
        {},
        [
          t('today-sign-redness'),
          t('today-sign-swelling'),
          t('today-sign-pus'),
          t('today-sign-fever'),
          t('today-sign-streaks'),
          t('today-sign-pain'),
        ].map((sign) => h('li', { text: sign })),
      ),
      h('p', { class: 'hint', text: t('today-never-diagnoses') }),
    ),
  );
}
