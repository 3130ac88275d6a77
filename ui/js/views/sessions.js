// Sessions: add, move and remove appointments; the reminders follow at once.

import * as api from '../api.js';
import { alertBox, confirmDialog, h, say, show, uid } from '../dom.js';
import { longDay, time } from '../format.js';
import { t } from '../i18n.js';
import { readSession, sessionFields } from './parts.js';

export async function renderSessions(main, app) {
  const overview = app.overview;
  show(
    main,
    h('h1', { text: t('sessions-title') }),
    h('p', { class: 'hint', text: t('sessions-intro') }),
    h('ol', { class: 'sessions' }, overview.sessions.map((session) => sessionCard(session, overview, app))),
    addForm(overview, app),
  );
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
      h('button', { type: 'submit', text: t('sessions-move') }),
      h('button', {
        type: 'button',
        class: 'danger',
        text: t('sessions-remove'),
        disabled: overview.sessions.length === 1,
        title: overview.sessions.length === 1 ? t('sessions-only-one') : null,
        on: { click: () => remove(session, app) },
      }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      const [start, zone] = readSession(fields.inputs);
      await app.use(await api.moveSession(session.number, start, zone));
      app.say(t('sessions-moved', { number: session.number }));
    } catch (error) {
      say(problems, error.message);
    }
  });
  return h(
    'li',
    { class: 'card' },
    h('h2', { id, text: t('sessions-heading', { number: session.number }) }),
    h('p', { class: 'hint', text: t('sessions-when', { date: longDay(session.start), time: time(session.start), zone: session.zone }) }),
    form,
  );
}

async function remove(session, app) {
  const sure = await confirmDialog(
    t('sessions-remove-title', { number: session.number }),
    t('sessions-remove-message'),
    t('sessions-remove-confirm'),
  );
  if (!sure) return;
  try {
    await app.use(await api.removeSession(session.number));
    app.say(t('sessions-removed', { number: session.number }));
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
    h('h2', { id: 'add-session', text: t('sessions-add-title') }),
    h('p', { class: 'hint', text: t('sessions-add-hint') }),
    fields.node,
    problems,
    h('button', { type: 'submit', class: 'primary', text: t('sessions-add') }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      const [start, zone] = readSession(fields.inputs);
      await app.use(await api.addSession(start, zone));
      app.say(t('sessions-added'));
    } catch (error) {
      say(problems, error.message);
    }
  });
  return form;
}
