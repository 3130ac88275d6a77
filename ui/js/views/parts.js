// Pieces several screens share: the zone field, the protocol choice, and the notification
// permission, explained before the system asks. The medical notice is in today.js, so that the
// first screen loads one module fewer.

import * as api from '../api.js';
import { field, h, uid } from '../dom.js';
import { zones } from '../format.js';

/** The kinds of reminder, as the client knows them: category, name, what it covers. */
export const categories = [
  ['digest', 'Today’s steps', 'The morning list of what to do and avoid.'],
  ['milestone', 'Changes', 'When something is allowed again, such as washing.'],
  ['prep', 'Before a session', 'No alcohol, cutting your hair, sleeping well.'],
  ['sun', 'Sun protection', 'Covering up while healing, and for years after.'],
  ['checkin', 'Check-ins', 'Fade checks and touch-ups over the years.'],
];

/** A labelled checkbox with an explanation under its label. */
export function checkChoice(value, label, hint, checked) {
  const box = h('input', { type: 'checkbox', id: uid('check'), value, checked });
  return h('div', { class: 'choice' }, box, h('label', { for: box.id }, h('span', { text: label }), hint ? h('span', { class: 'hint', text: hint }) : null));
}

/** A zone field that suggests every IANA zone. */
export function zoneInput(id, value) {
  if (!document.getElementById('zones')) {
    document.body.append(h('datalist', { id: 'zones' }, zones().map((zone) => h('option', { value: zone }))));
  }
  return h('input', { type: 'text', id, name: id, list: 'zones', value, autocomplete: 'off', spellcheck: 'false', required: true });
}

/**
 * The protocols the app ships, or the artist's (a code, a link or a file). Returns the node and
 * what is chosen; `link` fills the code field when `selected` is `code`.
 */
export function protocolChoice(overview, selected, link) {
  const name = uid('protocol');
  const file = h('input', { type: 'file', accept: '.toml,.json,application/json,application/toml,text/plain' });
  const options = overview.protocols.map((protocol) => ({
    value: protocol.id,
    label: protocol.id === 'seed' ? `${protocol.name} (recommended)` : protocol.name,
    hint: protocol.description,
  }));
  options.push({ value: 'code', label: 'A code or link from my artist', hint: 'What your practitioner’s QR code or message gave you.' });
  options.push({ value: 'file', label: 'My artist’s protocol file', hint: 'A .toml or .json file your practitioner gave you.' });
  const radios = options.map((option) => {
    const input = h('input', { type: 'radio', name, value: option.value, id: uid('choice'), checked: option.value === selected });
    input.addEventListener('change', () => {
      fileField.hidden = option.value !== 'file';
      codeField.hidden = option.value !== 'code';
    });
    return h(
      'div',
      { class: 'choice' },
      input,
      h('label', { for: input.id }, h('span', { text: option.label }), option.hint ? h('span', { class: 'hint', text: option.hint }) : null),
    );
  });
  const fileField = field('Protocol file', file);
  fileField.hidden = selected !== 'file';
  const code = h('textarea', { rows: 3, spellcheck: 'false', autocomplete: 'off', text: selected === 'code' ? (link ?? '') : '' });
  const codeField = field('Code or link', code);
  codeField.hidden = selected !== 'code';
  const node = h('div', { class: 'choices', role: 'radiogroup', 'aria-label': 'Aftercare protocol' }, radios, codeField, fileField);
  return {
    node,
    value: () => node.querySelector(`input[name="${name}"]:checked`)?.value,
    file,
    code,
  };
}

/** What `choose_protocol` and `begin` read: a bundled id, or the chosen file's text. */
export async function readProtocol(choice) {
  const value = choice.value();
  if (value === 'code') {
    if (!choice.code.value.trim()) throw new Error('Paste the code or link your artist gave you.');
    return { kind: 'file', name: 'shared code', text: choice.code.value };
  }
  if (value !== 'file') return { kind: 'bundled', id: value ?? 'seed' };
  const file = choice.file.files[0];
  if (!file) throw new Error('Choose the protocol file your artist gave you.');
  // The app refuses anything over 16 KiB; not read at all when it is far larger.
  if (file.size > 1024 * 1024) throw new Error(`${file.name} is too large to be a protocol file.`);
  return { kind: 'file', name: file.name, text: await file.text() };
}

/** Why notifications matter, then the system's question; on the desktop, none is needed. */
export function permissionBlock(permission, app) {
  const status = h('p', { class: 'status', role: 'status' });
  const ask = h('button', { type: 'button', text: 'Allow notifications' });
  const describe = (state) => {
    status.textContent =
      state === 'granted'
        ? 'Notifications are on.'
        : state === 'denied'
          ? 'Notifications are turned off for SMP Aftercare. Turn them on in the system settings to get your reminders.'
          : 'Not asked yet.';
    ask.hidden = state !== 'prompt';
  };
  ask.addEventListener('click', async () => {
    try {
      describe(await api.requestNotificationPermission());
      await app.refresh();
    } catch (error) {
      status.textContent = error.message;
    }
  });
  describe(permission);
  return h(
    'div',
    { class: 'permission' },
    h(
      'p',
      {},
      'Reminders are notifications: the day’s steps in the morning, the evening before a session, and when something is allowed again. On the lock screen they only say “Aftercare: today’s steps” unless you choose to show details.',
    ),
    status,
    ask,
  );
}
