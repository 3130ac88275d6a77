// First run: the first session (and any planned after it), when reminders may come, the
// protocol to follow, and notifications, explained before the system asks.

import * as api from '../api.js';
import { alertBox, field, h, say, show } from '../dom.js';
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
    text: 'Add a planned session',
    on: { click: () => more.append(plannedSession(more)) },
  });

  const reminderTime = h('input', { type: 'time', name: 'reminder-time', value: '09:00', required: true });
  const quietOn = h('input', { type: 'checkbox', id: 'quiet-on', name: 'quiet', checked: true });
  const quietFrom = h('input', { type: 'time', name: 'quiet-from', value: '22:00' });
  const quietTo = h('input', { type: 'time', name: 'quiet-to', value: '08:00' });
  // Opened by an artist's link before the first run: their protocol is the one chosen.
  const protocol = app.link ? protocolChoice(overview, 'code', app.link) : protocolChoice(overview, 'seed');
  const problems = alertBox();
  const start = h('button', { type: 'submit', class: 'primary', text: 'Start my aftercare' });

  const form = h(
    'form',
    { class: 'stack', novalidate: true, 'aria-describedby': 'welcome-intro' },
    h(
      'fieldset',
      {},
      h('legend', { text: 'Your first session' }),
      first.date,
      first.time,
      field('Time zone of the session', zone, 'Detected from this device. Day 0 is the session’s date there.'),
    ),
    h(
      'fieldset',
      {},
      h('legend', { text: 'More sessions planned' }),
      h('p', { class: 'hint', text: 'SMP usually takes 2 to 4 sessions. Add those you have booked; you can add or move them later.' }),
      more,
      addMore,
    ),
    h(
      'fieldset',
      {},
      h('legend', { text: 'Reminders' }),
      field('Morning reminder at', reminderTime, 'One notification a day lists what to do and avoid.'),
      h('div', { class: 'check' }, quietOn, h('label', { for: 'quiet-on', text: 'Quiet hours: no notifications between' })),
      h('div', { class: 'row' }, field('From', quietFrom), field('To', quietTo)),
    ),
    h('fieldset', {}, h('legend', { text: 'Aftercare protocol' }), protocol.node),
    h('fieldset', {}, h('legend', { text: 'Notifications' }), permissionBlock(overview.permission, app)),
    problems,
    start,
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    const sessions = [first, ...[...more.children].map((row) => row.fields)];
    const missing = sessions.find((s) => !s.date.input.value || !s.time.input.value);
    if (missing) {
      say(problems, 'Each session needs a date and a time.');
      (missing.date.input.value ? missing.time.input : missing.date.input).focus();
      return;
    }
    if (!zone.value.trim()) {
      say(problems, 'Choose the time zone of your sessions.');
      zone.focus();
      return;
    }
    if (quietOn.checked && (!quietFrom.value || !quietTo.value || quietFrom.value === quietTo.value)) {
      say(problems, 'Quiet hours need two different times, or turn them off.');
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
      app.say('Your aftercare is set up. Reminders will follow it.');
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
      h('h1', { text: 'Your SMP aftercare, day by day' }),
      h(
        'p',
        { id: 'welcome-intro' },
        'Enter your session dates and SMP Aftercare reminds you, on the right day and at the right time, what to avoid, what is allowed again, how to prepare for the next session, and how to protect your scalp for years after. Everything stays on this device.',
      ),
      notice(),
      form,
      h('p', { class: 'hint' }, 'Are you an SMP artist? ', h('a', { href: '#artist', text: 'Make your own aftercare protocol' })),
    ),
  );
}

/** The date and time fields of a session. */
function sessionFields(prefix) {
  const date = h('input', { type: 'date', name: `${prefix}-date`, required: true });
  const time = h('input', { type: 'time', name: `${prefix}-time`, value: '10:00', required: true });
  return {
    date: Object.assign(field('Date', date), { input: date }),
    time: Object.assign(field('Time', time), { input: time }),
  };
}

function plannedSession(list) {
  const number = list.children.length + 2;
  const fields = sessionFields(`session-${number}`);
  const remove = h('button', {
    type: 'button',
    class: 'link',
    text: 'Remove',
    'aria-label': `Remove session ${number}`,
    on: { click: () => row.remove() },
  });
  const row = h('li', { class: 'row' }, fields.date, fields.time, remove);
  row.fields = fields;
  return row;
}
