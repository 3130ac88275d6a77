// Sessions: add, move and remove appointments; the reminders follow at once.

import * as api from '../api.js';
import { alertBox, confirmDialog, field, h, say, show, uid } from '../dom.js';
import { longDay, splitLocal } from '../format.js';
import { zoneInput } from './parts.js';

export async function renderSessions(main, app) {
  const overview = app.overview;
  show(
    main,
    h('h1', { text: 'Sessions' }),
    h('p', { class: 'hint', text: 'Move a session and every reminder that counts from it follows. Sessions need to be a few days apart, as your protocol says.' }),
    h('ol', { class: 'sessions' }, overview.sessions.map((session) => sessionCard(session, overview, app))),
    addForm(overview, app),
  );
}

/** Date, time and zone fields, filled from a session or empty. */
function sessionFields(prefix, start, zone) {
  const [date, time] = start ? splitLocal(start) : ['', '10:00'];
  const inputs = {
    date: h('input', { type: 'date', name: `${prefix}-date`, value: date, required: true }),
    time: h('input', { type: 'time', name: `${prefix}-time`, value: time, required: true }),
    zone: zoneInput(uid(`${prefix}-zone`), zone),
  };
  const node = h('div', { class: 'row wrap' }, field('Date', inputs.date), field('Time', inputs.time), field('Time zone', inputs.zone));
  return { inputs, node };
}

function read(inputs) {
  if (!inputs.date.value || !inputs.time.value) throw new Error('A session needs a date and a time.');
  if (!inputs.zone.value.trim()) throw new Error('A session needs its time zone.');
  return [`${inputs.date.value}T${inputs.time.value}`, inputs.zone.value.trim()];
}

function sessionCard(session, overview, app) {
  const id = uid('session');
  const fields = sessionFields(`session-${session.number}`, session.start, session.zone);
  const problems = alertBox();
  const form = h(
    'form',
    { class: 'stack', novalidate: true, 'aria-labelledby': id },
    fields.node,
    problems,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', text: 'Move session' }),
      h('button', {
        type: 'button',
        class: 'danger',
        text: 'Remove',
        disabled: overview.sessions.length === 1,
        title: overview.sessions.length === 1 ? 'Your only session stays; move it instead.' : null,
        on: { click: () => remove(session, app) },
      }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      const [start, zone] = read(fields.inputs);
      await app.use(await api.moveSession(session.number, start, zone));
      app.say(`Session ${session.number} moved; its reminders followed.`);
    } catch (error) {
      say(problems, error.message);
    }
  });
  return h(
    'li',
    { class: 'card' },
    h('h2', { id, text: `Session ${session.number}` }),
    h('p', { class: 'hint', text: `${longDay(session.start)} · ${splitLocal(session.start)[1]} · ${session.zone}` }),
    form,
  );
}

async function remove(session, app) {
  const sure = await confirmDialog(
    `Remove session ${session.number}?`,
    'Its reminders are removed with it. What you marked done is kept, should you add it back.',
    'Remove session',
  );
  if (!sure) return;
  try {
    await app.use(await api.removeSession(session.number));
    app.say(`Session ${session.number} removed.`);
  } catch (error) {
    app.say(error.message);
  }
}

function addForm(overview, app) {
  const last = overview.sessions.at(-1);
  const fields = sessionFields('new-session', null, last?.zone ?? overview.preferences.home_zone);
  const problems = alertBox();
  const form = h(
    'form',
    { class: 'card stack', novalidate: true, 'aria-labelledby': 'add-session' },
    h('h2', { id: 'add-session', text: 'Add a session' }),
    h('p', { class: 'hint', text: 'A further session, or a touch-up years later.' }),
    fields.node,
    problems,
    h('button', { type: 'submit', class: 'primary', text: 'Add session' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      const [start, zone] = read(fields.inputs);
      await app.use(await api.addSession(start, zone));
      app.say('Session added; its reminders are set.');
    } catch (error) {
      say(problems, error.message);
    }
  });
  return form;
}
