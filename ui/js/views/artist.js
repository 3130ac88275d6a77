// Artist mode: an artist's own protocol, made from one the app ships (or the one followed): the
// studio, then each rule's days and texts. Checked whole by the app, then handed over as a QR
// code, a link, a code or a file.

import * as api from '../api.js';
import { alertBox, field, h, say, show, uid } from '../dom.js';
import { t } from '../i18n.js';

// Labels are functions: this table is built when the module loads, the messages are read when
// the screen is drawn, in the language loaded by then.
const bases = [
  ['seed', () => t('artist-base-seed')],
  ['strict', () => t('artist-base-strict')],
  ['current', () => t('artist-base-current')],
];

export async function renderArtist(main, app) {
  const base = h(
    'select',
    { id: uid('base') },
    bases.map(([value, label]) => h('option', { value, text: label() })),
  );
  const editor = h('div');
  const load = async () => show(editor, form(await api.artistProtocol(base.value), app));
  base.addEventListener('change', load);
  const back = app.overview.sessions.length ? ['#share', t('artist-back-share')] : ['#welcome', t('artist-back-welcome')];
  show(
    main,
    h('a', { class: 'back', href: back[0], text: back[1] }),
    h('h1', { text: t('artist-title') }),
    h('p', { text: t('artist-intro') }),
    h('div', { class: 'card' }, field(t('artist-base'), base)),
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
  // Each way to reach the studio that the client's device opens, checked by the app.
  const reach = {
    phone: h('input', { type: 'tel', value: protocol.studio?.phone ?? '', maxlength: 30, autocomplete: 'tel' }),
    email: h('input', { type: 'email', value: protocol.studio?.email ?? '', maxlength: 120, autocomplete: 'email' }),
    website: h('input', { type: 'url', value: protocol.studio?.website ?? '', maxlength: 120, placeholder: 'https://', autocomplete: 'url' }),
    social: h('input', { type: 'text', value: protocol.studio?.social ?? '', maxlength: 40, placeholder: '@' }),
  };
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
      for (const [key, input] of Object.entries(reach)) {
        if (input.value.trim()) out.studio[key] = input.value.trim();
      }
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
    { class: 'stack', novalidate: true, 'aria-label': t('artist-form-label'), on: { submit: make } },
    h(
      'fieldset',
      {},
      h('legend', { text: t('artist-studio-legend') }),
      field(t('artist-studio'), studio, t('artist-studio-hint')),
      field(t('artist-contact'), contact, t('artist-contact-hint')),
      field(t('artist-phone'), reach.phone),
      field(t('artist-email'), reach.email),
      field(t('artist-website'), reach.website),
      field(t('artist-social'), reach.social),
      h('div', { class: 'row' }, field(t('artist-name'), name), field(t('artist-version'), version)),
    ),
    h('h2', { text: t('artist-rules-title') }),
    h('p', { class: 'hint', text: t('artist-rules-hint') }),
    rules.map((fields) => fields.node),
    problems,
    h('button', { type: 'submit', class: 'primary', text: t('artist-make') }),
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
    h('p', { class: 'hint', text: t('artist-rule-kind', { kind: rule.kind, from: rule.from }) }),
    h('div', { class: 'row' }, field(t('artist-from-day'), first), field(t('artist-to-day'), last)),
    field(t('artist-rule-title'), title),
    field(t('artist-rule-text'), body),
  );
  // `wrong`: why not, as a whole sentence for each field.
  const day = (input, wrong) => {
    const value = Number(input.value);
    if (input.value.trim() === '' || !Number.isInteger(value)) throw new Error(wrong());
    return value;
  };
  return {
    node,
    read: (original) => {
      const edited = {
        ...original,
        days: [
          day(first, () => t('artist-first-day-whole', { rule: rule.title })),
          day(last, () => t('artist-last-day-whole', { rule: rule.title })),
        ],
        title: title.value.trim(),
        body: body.value,
      };
      // Rewritten words make the rule's other languages say something else: they go.
      if (edited.title !== original.title || edited.body !== original.body) delete edited.translations;
      return edited;
    },
  };
}

/** The QR code, the link and the code, and a file to save. */
function handOver(shared, edited, app) {
  const code = h('textarea', { rows: 3, readonly: true, class: 'code', text: shared.code });
  const qr =
    'Ok' in shared.qr
      ? h('img', {
          class: 'qr',
          alt: t('artist-qr-alt'),
          src: `data:image/svg+xml;base64,${btoa(shared.qr.Ok)}`,
        })
      : h('p', { class: 'hint', text: shared.qr.Err });
  const problems = alertBox();
  return [
    h('h2', { text: t('artist-give-title') }),
    h('p', { text: t('artist-give-intro') }),
    qr,
    field(t('artist-link'), h('input', { type: 'text', readonly: true, value: shared.link, class: 'code' })),
    field(t('artist-code'), code),
    problems,
    h('button', {
      type: 'button',
      class: 'secondary',
      text: app.overview.platform === 'desktop' ? t('artist-save-file') : t('artist-share-file'),
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
