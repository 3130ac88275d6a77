// First run: the first session (and any planned after it), when reminders may come, the
// protocol to follow, and notifications, explained before the system asks.

import * as api from '../api.js';
import { alertBox, field, h, say, show } from '../dom.js';
import { t } from '../i18n.js';
import { permissionBlock, protocolChoice, readProtocol, zoneInput } from './parts.js';
import { notice } from './today.js';

export async function renderWelcome(main, app) {
  const overview = app.overview;
  // The zone the app's Rust side read (TZ, else the system's): Today counts in the same one.
  const zone = zoneInput('first-zone', overview.preferences.device_zone);
  const first = sessionFields('first');
  const more = h('ol', { class: 'more-sessions' });
  const addMore = h('button', {
    type: 'button',
    class: 'secondary',
    text: t('welcome-add-session'),
    on: { click: () => more.append(plannedSession(more)) },
  });

  const reminderTime = h('input', { type: 'time', name: 'reminder-time', value: '09:00', required: true });
  const quietOn = h('input', { type: 'checkbox', id: 'quiet-on', name: 'quiet', checked: true });
  const quietFrom = h('input', { type: 'time', name: 'quiet-from', value: '22:00' });
  const quietTo = h('input', { type: 'time', name: 'quiet-to', value: '08:00' });
  // Opened by an artist's link before the first run: their protocol is the one chosen.
  const protocol = app.link ? protocolChoice(overview, 'code', app.link) : protocolChoice(overview, 'seed');
  const problems = alertBox();
  const start = h('button', { type: 'submit', class: 'primary', text: t('welcome-start') });

  const form = h(
    'form',
    { class: 'stack', novalidate: true, 'aria-describedby': 'welcome-intro' },
    h(
      'fieldset',
      {},
      h('legend', { text: t('welcome-first-session') }),
      first.date,
      first.time,
      field(t('welcome-zone'), zone, t('welcome-zone-hint')),
    ),
    h(
      'fieldset',
      {},
      h('legend', { text: t('welcome-more-sessions') }),
      h('p', { class: 'hint', text: t('welcome-more-sessions-hint') }),
      more,
      addMore,
    ),
    h(
      'fieldset',
      {},
      h('legend', { text: t('welcome-reminders') }),
      field(t('welcome-reminder-time'), reminderTime, t('welcome-reminder-time-hint')),
      h('div', { class: 'check' }, quietOn, h('label', { for: 'quiet-on', text: t('welcome-quiet') })),
      h('div', { class: 'row' }, field(t('welcome-quiet-from'), quietFrom), field(t('welcome-quiet-to'), quietTo)),
    ),
    h('fieldset', {}, h('legend', { text: t('welcome-protocol') }), protocol.node),
    h('fieldset', {}, h('legend', { text: t('welcome-notifications') }), permissionBlock(overview.permission, app)),
    problems,
    start,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    const sessions = [first, ...[...more.children].map((row) => row.fields)];
    const missing = sessions.find((s) => !s.date.input.value || !s.time.input.value);
    if (missing) {
      say(problems, t('welcome-session-incomplete'));
      (missing.date.input.value ? missing.time.input : missing.date.input).focus();
      return;
    }
    if (!zone.value.trim()) {
      say(problems, t('welcome-zone-missing'));
      zone.focus();
      return;
    }
    if (quietOn.checked && (!quietFrom.value || !quietTo.value || quietFrom.value === quietTo.value)) {
      say(problems, t('welcome-quiet-invalid'));
      quietFrom.focus();
      return;
    }
    start.disabled = true;
    try {
      const beginning = {
        sessions: sessions.map((s) => ({ start: `${s.date.input.value}T${s.time.input.value}`, zone: zone.value.trim() })),
        preferences: {
          reminder_time: reminderTime.value,
          quiet: quietOn.checked ? `${quietFrom.value}-${quietTo.value}` : null,
          zone_policy: 'follow',
          home_zone: zone.value.trim(),
          muted: [],
          show_details: false,
        },
        protocol: await readProtocol(protocol),
      };
      const overviewAfter = await api.begin(beginning);
      app.link = null;
      location.hash = '#today';
      await app.use(overviewAfter);
      app.say(t('welcome-done'));
    } catch (error) {
      say(problems, error.message);
    } finally {
      start.disabled = false;
    }
  });

  show(
    main,
    h(
      'section',
      { class: 'welcome' },
      h('h1', { text: t('welcome-title') }),
      h('p', { id: 'welcome-intro', text: t('welcome-intro') }),
      notice(),
      form,
      // The question and the link are two sentences; the question's message holds the space
      // between them, which some languages do not write.
      h('p', { class: 'hint' }, t('welcome-artist'), h('a', { href: '#artist', text: t('welcome-artist-link') })),
    ),
  );
}

/** The date and time fields of a session. */
function sessionFields(prefix) {
  const date = h('input', { type: 'date', name: `${prefix}-date`, required: true });
  const time = h('input', { type: 'time', name: `${prefix}-time`, value: '10:00', required: true });
  return {
    date: Object.assign(field(t('welcome-date'), date), { input: date }),
    time: Object.assign(field(t('welcome-time'), time), { input: time }),
  };
}

function plannedSession(list) {
  const number = list.children.length + 2;
  const fields = sessionFields(`session-${number}`);
  const remove = h('button', {
    type: 'button',
    class: 'link',
    text: t('welcome-remove'),
    'aria-label': t('welcome-remove-session', { number }),
    on: { click: () => row.remove() },
  });
  const row = h('li', { class: 'row' }, fields.date, fields.time, remove);
  row.fields = fields;
  return row;
}
