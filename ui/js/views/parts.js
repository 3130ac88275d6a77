// Pieces several screens share: the zone field, a session's date, time and zone, the protocol
// choice, and the notification permission, explained before the system asks. The medical notice is in today.js, so that the
// first screen loads one module fewer.

import * as api from '../api.js';
import { field, h, uid } from '../dom.js';
import { splitLocal, zones } from '../format.js';
import { t } from '../i18n.js';

/**
 * A kind of reminder: `[category, name, what it covers]`. The name and the explanation are read
 * when the entry is (getters): the catalog is not there yet when this module runs.
 */
const category = (name, label, hint) =>
  Object.defineProperties([name], { 1: { get: label, enumerable: true }, 2: { get: hint, enumerable: true } });

/** The kinds of reminder, as the client knows them: category, name, what it covers. */
export const categories = [
  category('digest', () => t('category-digest'), () => t('category-digest-hint')),
  category('milestone', () => t('category-milestone'), () => t('category-milestone-hint')),
  category('prep', () => t('category-prep'), () => t('category-prep-hint')),
  category('sun', () => t('category-sun'), () => t('category-sun-hint')),
  category('checkin', () => t('category-checkin'), () => t('category-checkin-hint')),
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
    label: protocol.id === 'seed' ? t('ui-protocol-recommended', { name: protocol.name }) : protocol.name,
    hint: protocol.description,
  }));
  options.push({ value: 'code', label: t('ui-protocol-code'), hint: t('ui-protocol-code-hint') });
  options.push({ value: 'file', label: t('ui-protocol-file'), hint: t('ui-protocol-file-hint') });
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
  const fileField = field(t('ui-protocol-file-field'), file);
  fileField.hidden = selected !== 'file';
  const code = h('textarea', { rows: 3, spellcheck: 'false', autocomplete: 'off', text: selected === 'code' ? (link ?? '') : '' });
  const codeField = field(t('ui-protocol-code-field'), code);
  codeField.hidden = selected !== 'code';
  const node = h('div', { class: 'choices', role: 'radiogroup', 'aria-label': t('ui-protocol-choice') }, radios, codeField, fileField);
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
    if (!choice.code.value.trim()) throw new Error(t('ui-protocol-code-missing'));
    // The origin the app stores and names the protocol by (ProtocolView.origin): a value, not a
    // text; whoever shows it says it in the client's language.
    return { kind: 'file', name: 'shared code', text: choice.code.value };
  }
  if (value !== 'file') return { kind: 'bundled', id: value ?? 'seed' };
  const file = choice.file.files[0];
  if (!file) throw new Error(t('ui-protocol-file-missing'));
  // The app refuses anything over 16 KiB; not read at all when it is far larger.
  if (file.size > 1024 * 1024) throw new Error(t('ui-protocol-file-too-large', { file: file.name }));
  return { kind: 'file', name: file.name, text: await file.text() };
}

/** Why notifications matter, then the system's question; on the desktop, none is needed. */
export function permissionBlock(permission, app) {
  const status = h('p', { class: 'status', role: 'status' });
  const ask = h('button', { type: 'button', text: t('ui-permission-allow') });
  const describe = (state) => {
    status.textContent =
      state === 'granted'
        ? t('ui-permission-granted')
        : state === 'denied'
          ? t('ui-permission-denied')
          : t('ui-permission-prompt');
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
    h('p', { text: t('ui-permission-why') }),
    status,
    ask,
  );
}

/** Date, time and zone fields, filled from a session or empty. */
export function sessionFields(prefix, start, zone) {
  const [date, clock] = start ? splitLocal(start) : ['', '10:00'];
  const inputs = {
    date: h('input', { type: 'date', name: `${prefix}-date`, value: date, required: true }),
    time: h('input', { type: 'time', name: `${prefix}-time`, value: clock, required: true }),
    zone: zoneInput(uid(`${prefix}-zone`), zone),
  };
  const node = h('div', { class: 'row wrap' }, field(t('sessions-date'), inputs.date), field(t('sessions-time'), inputs.time), field(t('sessions-zone'), inputs.zone));
  return { inputs, node };
}

/** The start and zone typed in `sessionFields`; throws, in the client's words, when one is missing. */
export function readSession(inputs) {
  if (!inputs.date.value || !inputs.time.value) throw new Error(t('sessions-needs-date-time'));
  if (!inputs.zone.value.trim()) throw new Error(t('sessions-needs-zone'));
  return [`${inputs.date.value}T${inputs.time.value}`, inputs.zone.value.trim()];
}
