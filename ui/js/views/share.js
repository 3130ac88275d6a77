// Share: your artist's protocol by code or link (looked at before anything changes), your
// reminders as a calendar file, a progress summary for your artist, and artist mode. Nothing
// leaves the device unless the client saves or shares it here.

import * as api from '../api.js';
import { alertBox, field, h, say, show } from '../dom.js';
import { day } from '../format.js';
import { categories, checkChoice } from './parts.js';

export async function renderShare(main, app) {
  const notes = await api.notes();
  show(
    main,
    h('h1', { text: 'Share' }),
    h('p', { class: 'hint', text: 'Nothing leaves this device unless you save or share it here.' }),
    protocolImport(app),
    calendar(app),
    summary(app, notes),
    h(
      'section',
      { class: 'card stack', 'aria-labelledby': 'artist-mode' },
      h('h2', { id: 'artist-mode', text: 'Are you an SMP artist?' }),
      h('p', { text: 'Write your own aftercare days and texts, starting from the default, and give them to your clients as a QR code, a link or a file.' }),
      h('a', { class: 'button-link', href: '#artist', text: 'Open artist mode' }),
    ),
  );
}

/** Verb for handing a file over: saved on a computer, shared on a phone. */
const handOver = (app, what) => (app.overview.platform === 'desktop' ? `Save ${what}` : `Share ${what}`);

function protocolImport(app) {
  const text = h('textarea', { rows: 3, spellcheck: 'false', autocomplete: 'off' });
  const problems = alertBox();
  const preview = h('div', { class: 'stack', 'aria-live': 'polite' });
  const look = async () => {
    say(problems, '');
    show(preview);
    if (!text.value.trim()) return say(problems, 'Paste the code or link your artist gave you.');
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
    h('h2', { id: 'from-artist', text: 'Your artist’s protocol' }),
    h('p', { class: 'hint', text: 'Clinics differ on the days. Follow your own artist’s: paste the code or link they gave you, see what changes, then decide.' }),
    field('Code or link', text),
    problems,
    h('button', { type: 'submit', text: 'See what changes' }),
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
  const from = found.studio ? `${found.studio.name}${found.studio.contact ? ` · ${found.studio.contact}` : ''}` : null;
  const head = [
    h('h3', { text: `${found.name} (${found.version})` }),
    from ? h('p', { class: 'hint', text: `From ${from}` }) : null,
  ];
  if (found.differences.length === 0) {
    return [...head, h('p', { text: 'This is the protocol you already follow: nothing would change.' })];
  }
  const accept = h('button', {
    type: 'button',
    text: 'Follow this protocol',
    on: {
      click: async () => {
        try {
          await app.use(await api.acceptProtocol(code));
          app.say(`Now following ${found.name}; your reminders follow its days.`);
          location.hash = '#today';
        } catch (error) {
          app.say(error.message);
        }
      },
    },
  });
  return [
    ...head,
    h('p', { text: `${found.differences.length === 1 ? '1 change' : `${found.differences.length} changes`} from what you follow now:` }),
    h(
      'ul',
      { class: 'differences' },
      found.differences.map((d) =>
        h(
          'li',
          {},
          h('span', { class: 'what', text: d.what }),
          d.before !== null && d.after !== null
            ? [h('del', { text: d.before }), ' → ', h('ins', { text: d.after })]
            : h(d.after === null ? 'del' : 'ins', { text: d.after ?? d.before }),
        ),
      ),
    ),
    h('p', { class: 'hint', text: 'Nothing changes until you choose to follow it. Your sessions and what you ticked stay as they are.' }),
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
    h('h2', { id: 'calendar', text: 'Calendar' }),
    h('p', { class: 'hint', text: 'Your reminders and upcoming sessions as a calendar file (.ics) for any calendar app, each with an alert. Import a newer file and the events are updated, not doubled.' }),
    h('fieldset', {}, h('legend', { text: 'Which reminders' }), kinds),
    h('div', { class: 'row' }, field('From (optional)', from), field('To (optional)', to)),
    problems,
    h('button', { type: 'submit', text: handOver(app, 'the calendar file') }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    const chosen = kinds.map((k) => k.querySelector('input')).filter((box) => box.checked).map((box) => box.value);
    if (chosen.length === 0) return say(problems, 'Choose at least one kind of reminder.');
    if (from.value && to.value && from.value > to.value) return say(problems, 'The first day comes after the last.');
    try {
      app.say(await api.exportCalendar(chosen, from.value || null, to.value || null));
    } catch (error) {
      say(problems, error.message);
    }
  });
  return form;
}

function summary(app, notes) {
  const text = h('pre', { class: 'summary', tabindex: '0', 'aria-label': 'The summary' });
  const problems = alertBox();
  const picks = notes.map((note) => checkChoice(String(note.id), day(note.date), note.note, false));
  const picked = () => picks.map((p) => p.querySelector('input')).filter((box) => box.checked).map((box) => Number(box.value));
  const refresh = async () => {
    try {
      text.textContent = await api.progress(picked());
    } catch (error) {
      say(problems, error.message);
    }
  };
  for (const pick of picks) pick.querySelector('input').addEventListener('change', refresh);
  refresh();
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'progress' },
    h('h2', { id: 'progress', text: 'Progress for your artist' }),
    h('p', { class: 'hint', text: 'Your sessions, how many days you followed, and any missed step. Journal notes go only if you tick them.' }),
    picks.length
      ? h('fieldset', {}, h('legend', { text: 'Journal notes to include' }), picks)
      : h('p', { class: 'hint', text: 'No journal notes yet.' }),
    text,
    problems,
    h('button', {
      type: 'button',
      text: handOver(app, 'the summary'),
      on: {
        click: async () => {
          say(problems, '');
          try {
            app.say(await api.sendProgress(picked()));
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    }),
  );
}
