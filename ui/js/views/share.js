// Share: your artist's protocol by code or link (looked at before anything changes), your
// reminders as a calendar file, a progress report for your artist (seen before it is sent), and
// artist mode. Nothing leaves the device unless the client saves or shares it here.

import * as api from '../api.js';
import { alertBox, field, h, linkStyle, markup, say, show } from '../dom.js';
import { day } from '../format.js';
import { t } from '../i18n.js';
import { categories, checkChoice } from './parts.js';

export async function renderShare(main, app) {
  // The report's style, which Today does not need at start.
  const [{ notes, photos }] = await Promise.all([api.journal(), linkStyle('css/report.css')]);
  show(
    main,
    h('h1', { text: t('share-title') }),
    h('p', { class: 'hint', text: t('share-intro') }),
    protocolImport(app),
    calendar(app),
    report(app, notes, photos),
    h(
      'section',
      { class: 'card stack', 'aria-labelledby': 'artist-mode' },
      h('h2', { id: 'artist-mode', text: t('share-artist-title') }),
      h('p', { text: t('share-artist-intro') }),
      h('a', { class: 'button-link', href: '#artist', text: t('share-artist-open') }),
    ),
  );
}

/**
 * A file is saved on a computer, shared on a phone: its button says which, each a whole message
 * so that every language words the verb with its object.
 */
const onDesktop = (app) => app.overview.platform === 'desktop';

function protocolImport(app) {
  const text = h('textarea', { rows: 3, spellcheck: 'false', autocomplete: 'off' });
  const problems = alertBox();
  const preview = h('div', { class: 'stack', 'aria-live': 'polite' });
  const look = async () => {
    say(problems, '');
    show(preview);
    if (!text.value.trim()) return say(problems, t('share-code-missing'));
    try {
      const found = await api.previewProtocol(text.value);
      show(preview, differences(found, text.value, app));
    } catch (error) {
      say(problems, error.message);
    }
  };
  const form = h(
    'form',
    {
      class: 'card stack',
      novalidate: true,
      'aria-labelledby': 'from-artist',
      on: {
        submit: (event) => {
          event.preventDefault();
          look();
        },
      },
    },
    h('h2', { id: 'from-artist', text: t('share-protocol-title') }),
    h('p', { class: 'hint', text: t('share-protocol-intro') }),
    field(t('share-code-label'), text),
    problems,
    h('button', { type: 'submit', text: t('share-preview') }),
    preview,
  );
  // Opened by a link: it is looked at at once.
  if (app.link) {
    text.value = app.link;
    app.link = null;
    queueMicrotask(look);
  }
  return form;
}

/** What following the protocol would change, and the choice. */
function differences(found, code, app) {
  const studio = found.studio;
  // As text: nothing of a protocol not yet followed opens.
  const contact = studio && [studio.phone, studio.email, studio.website, studio.social, studio.contact].filter(Boolean).join(' · ');
  const from = contact
    ? t('share-from-contact', { studio: studio.name, contact })
    : studio
      ? t('share-from', { studio: studio.name })
      : null;
  const head = [
    h('h3', { text: t('share-protocol-name', { name: found.name, version: found.version }) }),
    from ? h('p', { class: 'hint', text: from }) : null,
  ];
  if (found.differences.length === 0) {
    return [...head, h('p', { text: t('share-no-change') })];
  }
  const accept = h('button', {
    type: 'button',
    text: t('share-follow'),
    on: {
      click: async () => {
        try {
          await app.use(await api.acceptProtocol(code));
          app.say(t('share-following', { name: found.name }));
          location.hash = '#today';
        } catch (error) {
          app.say(error.message);
        }
      },
    },
  });
  return [
    ...head,
    h('p', { text: t('share-changes', { count: found.differences.length }) }),
    h(
      'ul',
      { class: 'differences' },
      found.differences.map((d) =>
        h(
          'li',
          {},
          h('span', { class: 'what', text: d.what }),
          d.before !== null && d.after !== null
            ? [h('del', { text: d.before }), ` ${t('share-change-arrow')} `, h('ins', { text: d.after })]
            : h(d.after === null ? 'del' : 'ins', { text: d.after ?? d.before }),
        ),
      ),
    ),
    h('p', { class: 'hint', text: t('share-nothing-yet') }),
    h('div', { class: 'actions' }, accept),
  ];
}

function calendar(app) {
  const kinds = categories.map(([name, label, hint]) => checkChoice(name, label, hint, true));
  const from = h('input', { type: 'date' });
  const to = h('input', { type: 'date' });
  const problems = alertBox();
  const form = h(
    'form',
    { class: 'card stack', novalidate: true, 'aria-labelledby': 'calendar' },
    h('h2', { id: 'calendar', text: t('share-calendar-title') }),
    h('p', { class: 'hint', text: t('share-calendar-intro') }),
    h('fieldset', {}, h('legend', { text: t('share-calendar-kinds') }), kinds),
    h('div', { class: 'row' }, field(t('share-calendar-from'), from), field(t('share-calendar-to'), to)),
    problems,
    h('button', { type: 'submit', text: onDesktop(app) ? t('share-calendar-save') : t('share-calendar-share') }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    const chosen = kinds.map((k) => k.querySelector('input')).filter((box) => box.checked).map((box) => box.value);
    if (chosen.length === 0) return say(problems, t('share-calendar-no-kind'));
    if (from.value && to.value && from.value > to.value) return say(problems, t('share-calendar-backwards'));
    try {
      app.say(await api.exportCalendar(chosen, from.value || null, to.value || null));
    } catch (error) {
      say(problems, error.message);
    }
  });
  return form;
}

/**
 * The report for the artist: the notes and photos ticked, the page shown as it will be sent, and
 * sent as a page or as text.
 */
function report(app, notes, photos) {
  const preview = h('div', { class: 'report-preview', role: 'region', tabindex: '0', 'aria-label': t('share-report-label') });
  const problems = alertBox();
  const notePicks = notes.map((note) => checkChoice(String(note.id), day(note.date), note.note, false));
  const photoPicks = photos.map((photo) =>
    checkChoice(String(photo.id), photo.day === null ? day(photo.date) : t('journal-photo-day', { day: photo.day, date: day(photo.date) }), null, false),
  );
  const picked = (picks) => picks.map((p) => p.querySelector('input')).filter((box) => box.checked).map((box) => Number(box.value));
  // Ticks in quick succession: only the page of the latest one is shown.
  let asked = 0;
  const refresh = async () => {
    const mine = ++asked;
    try {
      const page = await api.report(picked(notePicks), picked(photoPicks));
      if (mine !== asked) return;
      say(problems, '');
      show(preview, markup(page, 'text/html', '.report'));
    } catch (error) {
      if (mine === asked) say(problems, error.message);
    }
  };
  for (const pick of [...notePicks, ...photoPicks]) pick.querySelector('input').addEventListener('change', refresh);
  refresh();
  const send = (label, action) =>
    h('button', {
      type: 'button',
      ...label,
      on: {
        click: async () => {
          say(problems, '');
          try {
            app.say(await action(picked(notePicks), picked(photoPicks)));
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    });
  const desktop = onDesktop(app);
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'progress' },
    h('h2', { id: 'progress', text: t('share-summary-title') }),
    h('p', { class: 'hint', text: t('share-summary-intro') }),
    notePicks.length
      ? h('fieldset', {}, h('legend', { text: t('share-summary-notes') }), notePicks)
      : h('p', { class: 'hint', text: t('share-summary-no-notes') }),
    photoPicks.length
      ? h('fieldset', {}, h('legend', { text: t('share-summary-photos') }), photoPicks)
      : h('p', { class: 'hint', text: t('share-summary-no-photos') }),
    preview,
    problems,
    h(
      'div',
      { class: 'actions' },
      send({ text: desktop ? t('share-report-save') : t('share-report-share') }, api.sendReport),
      send({ class: 'secondary', text: desktop ? t('share-summary-save') : t('share-summary-share') }, (picked) => api.sendProgress(picked)),
    ),
  );
}
