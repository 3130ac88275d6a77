// Artist mode: an artist's own protocol, made from one the app ships (or the one followed): the
// studio, then each rule's days and texts. Checked whole by the app, then handed over as a QR
// code, a link, a code or a file.

import * as api from '../api.js';
import { alertBox, field, h, say, show, uid } from '../dom.js';

const bases = [
  ['seed', 'The default'],
  ['strict', 'The stricter example'],
  ['current', 'The one I follow'],
];

const kinds = { avoid: 'Avoid', allowed: 'Allowed again', do: 'Do' };
const anchors = { each: 'each session', first: 'the first session', final: 'the final session', treatment: 'the treatment' };

export async function renderArtist(main, app) {
  const base = h(
    'select',
    { id: uid('base') },
    bases.map(([value, label]) => h('option', { value, text: label })),
  );
  const editor = h('div');
  const load = async () => show(editor, form(await api.artistProtocol(base.value), app));
  base.addEventListener('change', load);
  const back = app.overview.sessions.length ? ['#share', 'Back to Share'] : ['#welcome', 'Back to the first steps'];
  show(
    main,
    h('a', { class: 'back', href: back[0], text: `← ${back[1]}` }),
    h('h1', { text: 'Artist mode' }),
    h('p', { text: 'Set the days and words of your own aftercare. Your clients scan the QR code, or open the link, and see what differs before they follow it.' }),
    h('div', { class: 'card' }, field('Start from', base)),
    editor,
  );
  await load();
}

/** `Ink Studio` → `ink-studio`: the protocol's id, from its studio or its name. */
function slug(text) {
  const id = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return id || 'my-studio';
}

function form(protocol, app) {
  const studio = h('input', { type: 'text', value: protocol.studio?.name ?? '', maxlength: 80, autocomplete: 'organization' });
  const contact = h('input', { type: 'text', value: protocol.studio?.contact ?? '', maxlength: 120 });
  const name = h('input', { type: 'text', value: protocol.name, maxlength: 80 });
  const version = h('input', { type: 'text', value: protocol.version, maxlength: 20 });
  const rules = protocol.rule.map((rule) => ruleFields(rule));
  const problems = alertBox();
  const result = h('section', { class: 'card stack', 'aria-live': 'polite', hidden: true });

  /** The protocol as edited, or why not. */
  const edited = () => {
    const out = structuredClone(protocol);
    out.name = name.value.trim();
    out.version = version.value.trim();
    out.id = slug(studio.value || out.name);
    delete out.studio;
    if (studio.value.trim()) {
      out.studio = { name: studio.value.trim() };
      if (contact.value.trim()) out.studio.contact = contact.value.trim();
    }
    out.rule = rules.map((fields, index) => fields.read(protocol.rule[index]));
    return out;
  };

  const make = async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      const shared = await api.shareProtocol(edited());
      show(result, handOver(shared, edited, app));
      result.hidden = false;
      result.scrollIntoView({ block: 'start' });
    } catch (error) {
      result.hidden = true;
      say(problems, error.message);
    }
  };

  return h(
    'form',
    { class: 'stack', novalidate: true, 'aria-label': 'Your protocol', on: { submit: make } },
    h(
      'fieldset',
      {},
      h('legend', { text: 'Your studio' }),
      field('Studio or artist name', studio, 'Shown to your clients with the protocol.'),
      field('Contact (optional)', contact, 'A phone number or an e-mail address, shown as text.'),
      h('div', { class: 'row' }, field('Protocol name', name), field('Version', version)),
    ),
    h('h2', { text: 'Days and words' }),
    h('p', { class: 'hint', text: 'Day 0 is the day of a session; negative days come before it.' }),
    rules.map((fields) => fields.node),
    problems,
    h('button', { type: 'submit', class: 'primary', text: 'Make the QR code and link' }),
    result,
  );
}

/** A rule's editable fields: its days, title and text; what it is stays as it was. */
function ruleFields(rule) {
  const first = h('input', { type: 'number', inputmode: 'numeric', value: rule.days[0], step: 1, min: -90, max: 3660, required: true });
  const last = h('input', { type: 'number', inputmode: 'numeric', value: rule.days[1], step: 1, min: -90, max: 3660, required: true });
  const title = h('input', { type: 'text', value: rule.title, maxlength: 100, required: true });
  const body = h('textarea', { rows: 3, maxlength: 500, text: rule.body });
  const node = h(
    'fieldset',
    { class: 'rule', 'data-rule': rule.key },
    h('legend', { text: rule.title }),
    h('p', { class: 'hint', text: `${kinds[rule.kind]}, counted from ${anchors[rule.from]}` }),
    h('div', { class: 'row' }, field('From day', first), field('To day', last)),
    field('Title', title),
    field('Text', body),
  );
  const day = (input, label) => {
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isInteger(value)) {
      throw new Error(`${rule.title}: the ${label} day must be a whole number.`);
    }
    return value;
  };
  return {
    node,
    read: (original) => ({
      ...original,
      days: [day(first, 'first'), day(last, 'last')],
      title: title.value.trim(),
      body: body.value,
    }),
  };
}

/** The QR code, the link and the code, and a file to save. */
function handOver(shared, edited, app) {
  const code = h('textarea', { rows: 3, readonly: true, class: 'code', text: shared.code });
  const qr =
    'Ok' in shared.qr
      ? h('img', {
          class: 'qr',
          alt: 'QR code of the link to your protocol',
          src: `data:image/svg+xml;base64,${btoa(shared.qr.Ok)}`,
        })
      : h('p', { class: 'hint', text: shared.qr.Err });
  const problems = alertBox();
  return [
    h('h2', { text: 'Give it to your clients' }),
    h('p', { text: 'They scan this with their phone’s camera, or open the link, and SMP Aftercare shows them what differs before they follow it.' }),
    qr,
    field('Link', h('input', { type: 'text', readonly: true, value: shared.link, class: 'code' })),
    field('Code, to paste in the app’s Share screen', code),
    problems,
    h('button', {
      type: 'button',
      class: 'secondary',
      text: app.overview.platform === 'desktop' ? 'Save as a protocol file' : 'Share as a protocol file',
      on: {
        click: async () => {
          say(problems, '');
          try {
            app.say(await api.saveProtocol(edited()));
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    }),
  ];
}
