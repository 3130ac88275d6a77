// Today: where the client is in the treatment, the day's do's and don'ts with what changed
// today first, what changes next and when, and the next session.

import * as api from '../api.js';
import { h, show, uid } from '../dom.js';
import { day, inDays, longDay, position, time } from '../format.js';

const sections = [
  { state: 'allowed-today', title: 'Allowed again from today', className: 'news' },
  { state: 'avoid', title: 'Avoid', className: 'avoid' },
  { state: 'do', title: 'Do', className: 'do' },
  { state: 'allowed', title: 'Allowed again', className: 'allowed' },
];

export async function renderToday(main, app) {
  const today = app.overview.today;
  if (!today) {
    show(main, h('h1', { text: 'Today' }), h('p', { text: 'Add a session to see your checklist.' }));
    return;
  }
  const done = new Set(today.done);
  const headingId = uid('today');
  const parts = [
    h('p', { class: 'eyebrow', text: longDay(today.date) }),
    h('h1', { id: headingId, text: position(today.session, today.day) }),
  ];
  if (today.next_change) parts.push(nextChange(today.next_change));
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
        h('h2', { id: `${headingId}-${section.state}`, text: section.title }),
        h('ul', {}, items.map((item) => step(item, today.date, done, news.includes(item), app))),
      ),
    );
  }
  if (today.items.length === 0) {
    parts.push(h('section', { class: 'card calm' }, h('h2', { text: 'Nothing to do today' }), h('p', { text: 'Protect your scalp from the sun when you are outdoors: sun is what fades SMP most.' })));
  }
  if (today.postponed.length) parts.push(postponed(today.postponed, app));
  if (today.next_session) parts.push(nextSession(today.next_session));
  if (app.overview.missed > 0) {
    const count = app.overview.missed;
    parts.push(
      h(
        'p',
        { class: 'card missed' },
        `${count === 1 ? '1 reminder was' : `${count} reminders were`} missed while notifications could not be shown. `,
        h('a', { href: '#timeline', text: 'See them in the timeline' }),
      ),
    );
  }
  parts.push(notice());
  show(main, h('section', { class: 'today', 'aria-labelledby': headingId }, parts));
}

function nextChange(change) {
  const when = inDays(change.in_days);
  return h(
    'section',
    { class: 'card next-change', 'aria-label': 'What changes next' },
    h('p', { class: 'eyebrow', text: `Next change, ${when}` }),
    change.titles.map((title) => h('p', { class: 'big', text: title })),
    h('p', { class: 'hint', text: `${day(change.date)} · session ${change.session}, day ${change.day}` }),
  );
}

function nextSession(next) {
  const [date, at] = next.start.split('T');
  return h(
    'section',
    { class: 'card', 'aria-label': 'Next session' },
    h('p', { class: 'eyebrow', text: `Next session, ${inDays(next.in_days)}` }),
    h('p', { class: 'big', text: `Session ${next.session}: ${day(date)} at ${time(next.start)}` }),
    h('p', { class: 'hint', text: `${at} in ${next.zone}` }),
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
    item.until && item.until !== date ? `through ${day(item.until)}` : item.until === date ? 'last day today' : null;
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
        h('span', { class: 'step-title', text: item.title }),
        isNew ? h('span', { class: 'badge', text: 'New today' }) : null,
        until ? h('span', { class: 'until', text: until }) : null,
        item.body ? h('span', { class: 'step-body', text: item.body }) : null,
      ),
      postpone(item, app),
      item.category === 'checkin' ? checkInLinks() : null,
    ),
  );
}

/** A check-in asks for a photo, and may end in booking a touch-up: both one tap away. */
function checkInLinks() {
  return h(
    'p',
    { class: 'actions' },
    h('a', { href: '#journal', text: 'Add a photo' }),
    h('a', { href: '#sessions', text: 'Booked a touch-up? Add the session' }),
  );
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
    text: 'Still healing? Wait a day',
    'aria-label': `Still healing? Wait a day: ${item.title}`,
    on: { click: () => change(app, item.session, item.postpone, false) },
  });
}

async function change(app, session, rule, undo) {
  try {
    await app.use(await api.postpone(session, rule, undo));
    app.say(undo ? 'Back to your protocol’s day.' : 'Pushed back a day; your reminders follow.');
  } catch (error) {
    app.say(error.message);
  }
}

/** What the client pushed back and still waits for, each with a way back. */
function postponed(list, app) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'waiting' },
    h('h2', { id: 'waiting', text: 'Waiting longer than your protocol' }),
    h(
      'ul',
      { class: 'plain' },
      list.map((p) =>
        h(
          'li',
          { class: 'waiting' },
          h('span', { text: `${p.title}: ${p.days === 1 ? '1 day later' : `${p.days} days later`}` }),
          h('button', { type: 'button', class: 'secondary small', text: 'Undo', 'aria-label': `Undo: ${p.title}`, on: { click: () => change(app, p.session, p.rule, true) } }),
        ),
      ),
    ),
  );
}

/** Today's sun where the client is, labelled as the clear-sky estimate it is. */
function sun(view) {
  const strength = view.window
    ? `UV 3 or more from ${view.opens} to ${view.closes}`
    : 'The UV index stays below 3 today';
  return h(
    'section',
    { class: 'card sun', 'aria-label': 'Sun today' },
    h('p', { class: 'eyebrow', text: `Sun today in ${view.place}` }),
    h('p', { class: 'big', text: strength }),
    h('p', { class: 'hint', text: `Peak ${view.peak.toFixed(1)} around ${view.peak_at}. A clear-sky estimate: clouds lower it; altitude, snow and water raise it.` }),
  );
}

/** Today's check-in answered: what it called for stays in sight. */
function checkedIn(assessed) {
  const { urgency, message } = assessed.advice;
  const heading = urgency === 'usual' ? `Checked in: ${assessed.advice.heading.toLowerCase()}` : assessed.advice.heading;
  return h(
    'section',
    { class: `advice ${urgency}`, 'aria-label': 'Today’s check-in' },
    h('h2', { text: heading }),
    urgency === 'usual' ? null : h('p', { text: message }),
    h('a', { href: '#journal', text: urgency === 'usual' ? 'See or change it' : 'See why' }),
  );
}

/** While the scalp heals, a nudge to the daily check-in. */
function checkInPrompt() {
  return h(
    'section',
    { class: 'card', 'aria-label': 'Healing check-in' },
    h('p', { text: 'How does your scalp look and feel today? A quick check-in tells you when something calls for your practitioner.' }),
    h('a', { class: 'button-link', href: '#journal', text: 'Check in' }),
  );
}

/** Not medical advice, and when to call the practitioner or a doctor (../shared/care-facts.md). */
export function notice() {
  return h(
    'aside',
    { class: 'notice', 'aria-label': 'Not medical advice' },
    h('p', {}, h('strong', { text: 'Not medical advice. ' }), 'This app reminds you of a routine; your practitioner’s instructions always come first.'),
    h(
      'details',
      {},
      h('summary', { text: 'When to contact your practitioner or a doctor' }),
      h(
        'ul',
        {},
        ['Redness that spreads or grows after day 3', 'Warmth, or swelling that keeps growing', 'Pus or yellow discharge', 'Fever or chills', 'Red streaks from the area', 'Severe pain'].map(
          (sign) => h('li', { text: sign }),
        ),
      ),
      h('p', { class: 'hint', text: 'The app gives this advice; it never diagnoses.' }),
    ),
  );
}
