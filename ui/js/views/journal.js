// The healing journal: the daily check-in with plain advice when something calls for the
// practitioner or a doctor, photos side by side by day, and notes. It all stays on the device.

import * as api from '../api.js';
import { alertBox, confirmDialog, field, h, say, show, uid } from '../dom.js';
import { day, position } from '../format.js';
import { t } from '../i18n.js';

export async function renderJournal(main, app) {
  const journal = await api.journal();
  const date = app.overview.date;
  const mine = journal.check_ins.find((c) => c.date === date);
  show(
    main,
    h('h1', { text: t('journal-title') }),
    h('p', { class: 'hint', text: t('journal-intro') }),
    checkIn(app, date, mine),
    photos(app, journal.photos, date),
    history(journal.check_ins),
    notes(app, journal.notes, date),
  );
}

/** The daily check-in: every question has a calm default, so a quick answer is a few taps. */
function checkIn(app, date, earlier) {
  const answers = earlier ?? {};
  // Options as [value, label], the calm default first. Each question has its own labels: "None"
  // or "Mild" agrees with the sign in some languages.
  const choice = (name, options, current, label) =>
    field(label, h('select', { name }, options.map(([value, text]) => h('option', { value, text, selected: value === (current ?? options[0][0]) }))));
  const flag = (name, label) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name, checked: Boolean(answers[name]) }), ' ', label);
  const pain = h('input', { type: 'range', name: 'pain', id: uid('pain'), min: 0, max: 10, step: 1, value: answers.pain ?? 0 });
  const painValue = h('output', { for: pain.id, text: String(pain.value) });
  pain.addEventListener('input', () => (painValue.textContent = pain.value));
  // Shown quietly when the screen opens; announced when an answer is saved.
  const studio = app.overview.protocol.studio;
  const advice = h('div', { class: 'stack' }, earlier ? adviceBox(earlier, false, studio, app) : null);
  const problems = alertBox();
  const form = h(
    'form',
    {
      class: 'card stack',
      novalidate: true,
      'aria-labelledby': 'check-in',
      on: {
        submit: async (event) => {
          event.preventDefault();
          say(problems, '');
          const data = new FormData(form);
          const sent = {
            redness: data.get('redness'),
            spreading: data.has('spreading'),
            swelling: data.get('swelling'),
            itching: data.get('itching'),
            surface: data.get('surface'),
            pain: Number(data.get('pain')),
            warmth: data.has('warmth'),
            discharge: data.get('discharge'),
            fever: data.has('fever'),
            streaks: data.has('streaks'),
          };
          try {
            const assessed = await api.checkIn(date, sent);
            show(advice, adviceBox(assessed, true, studio, app));
            app.say(t('journal-check-in-saved'));
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    },
    h('h2', { id: 'check-in', text: t('journal-check-in') }),
    choice(
      'redness',
      [
        ['none', t('journal-redness-none')],
        ['mild', t('journal-redness-mild')],
        ['moderate', t('journal-redness-moderate')],
        ['severe', t('journal-redness-severe')],
      ],
      answers.redness,
      t('journal-redness'),
    ),
    flag('spreading', t('journal-spreading')),
    choice(
      'swelling',
      [
        ['none', t('journal-swelling-none')],
        ['mild', t('journal-swelling-mild')],
        ['moderate', t('journal-swelling-moderate')],
        ['severe', t('journal-swelling-severe')],
      ],
      answers.swelling,
      t('journal-swelling'),
    ),
    choice(
      'itching',
      [
        ['none', t('journal-itching-none')],
        ['mild', t('journal-itching-mild')],
        ['moderate', t('journal-itching-moderate')],
        ['severe', t('journal-itching-severe')],
      ],
      answers.itching,
      t('journal-itching'),
    ),
    choice(
      'surface',
      [
        ['smooth', t('journal-surface-smooth')],
        ['flaking', t('journal-surface-flaking')],
        ['scabbing', t('journal-surface-scabbing')],
      ],
      answers.surface,
      t('journal-surface'),
    ),
    h('div', { class: 'field' }, h('label', { for: pain.id, text: t('journal-pain') }), h('div', { class: 'range' }, pain, painValue)),
    choice(
      'discharge',
      [
        ['none', t('journal-discharge-none')],
        ['clear', t('journal-discharge-clear')],
        ['pus', t('journal-discharge-pus')],
      ],
      answers.discharge,
      t('journal-discharge'),
    ),
    flag('warmth', t('journal-warmth')),
    flag('fever', t('journal-fever')),
    flag('streaks', t('journal-streaks')),
    problems,
    h('button', { type: 'submit', text: earlier ? t('journal-check-in-update') : t('journal-check-in-save') }),
    advice,
  );
  return form;
}

/**
 * What a check-in calls for; a red flag just answered is announced at once. A red flag shows
 * how to reach the studio, after a doctor where a doctor comes first.
 */
function adviceBox(assessed, announce, studio, app) {
  const { urgency, heading, reasons, message } = assessed.advice;
  const role = !announce ? null : urgency === 'usual' ? 'status' : 'alert';
  return h(
    'section',
    { class: `advice ${urgency}`, role, 'aria-label': heading },
    h('h3', { text: heading }),
    reasons.length ? h('ul', {}, reasons.map((reason) => h('li', { text: reason }))) : null,
    h('p', { text: message }),
    urgency !== 'usual' && studio ? reachStudio(studio, urgency, app) : null,
    h('p', { class: 'hint', text: t('journal-never-diagnoses') }),
  );
}

/** The studio's name, and each way to reach it as a button that opens only when tapped. */
function reachStudio(studio, urgency, app) {
  const open = (kind) => async () => {
    try {
      await api.openContact(kind);
    } catch (error) {
      app.say(error.message);
    }
  };
  const button = (kind, text) => h('button', { type: 'button', class: 'secondary', text, on: { click: open(kind) } });
  const said = urgency === 'doctor' ? 'journal-studio-after-doctor' : 'journal-studio';
  return h(
    'div',
    { class: 'stack studio' },
    h('p', { text: t(said, { studio: studio.name }) }),
    h(
      'div',
      { class: 'row wrap' },
      studio.phone ? button('phone', t('journal-studio-call', { phone: studio.phone })) : null,
      studio.email ? button('email', t('journal-studio-email', { email: studio.email })) : null,
      studio.website ? button('website', t('journal-studio-website')) : null,
    ),
    studio.social ? h('p', { class: 'hint', text: studio.social }) : null,
    studio.contact ? h('p', { class: 'hint', text: studio.contact }) : null,
  );
}

/**
 * Photos: added from the camera or a file, then two days side by side, every photo of each.
 * Adding or deleting one redraws this card alone, so an answer being written elsewhere stays.
 */
function photos(app, all, today) {
  const card = h('section', { class: 'card stack', 'aria-labelledby': 'photos' });
  const when = h('input', { type: 'date', value: today, max: today, required: true });
  const problems = alertBox();
  const redraw = async (focus) => {
    fill((await api.journal()).photos);
    (card.querySelector(focus) ?? card.querySelector('h2')).focus();
  };
  const add = async (input) => {
    say(problems, '');
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const kept = await api.addPhoto(when.value, await asBase64(file));
      app.say(t('journal-photo-added'));
      await redraw(`[data-photo="${kept.id}"]`);
    } catch (error) {
      say(problems, error.message);
    }
  };
  const remove = async (photo) => {
    const sure = await confirmDialog(t('journal-photo-delete-title'), t('journal-photo-delete-text', { photo: photoDay(photo) }), t('journal-photo-delete-confirm'));
    if (!sure) return;
    try {
      await api.removePhoto(photo.id);
      app.say(t('journal-photo-deleted'));
      await redraw('h2');
    } catch (error) {
      say(problems, error.message);
    }
  };
  const picker = (label, props) => {
    const input = h('input', { type: 'file', accept: 'image/jpeg,image/png', class: 'visually-hidden', id: uid('photo'), ...props });
    input.addEventListener('change', () => add(input));
    return h('label', { class: 'button-link', for: input.id }, label, input);
  };
  const heading = h('h2', { id: 'photos', tabindex: -1, text: t('journal-photos') });
  const intro = [
    heading,
    h('p', { class: 'hint', text: t('journal-photos-hint') }),
    field(t('journal-photo-date'), when),
    h('div', { class: 'actions' }, picker(t('journal-photo-take'), { capture: 'environment' }), picker(t('journal-photo-choose'), {})),
    problems,
  ];
  function fill(list) {
    const days = [...new Set(list.map((p) => p.date))];
    if (days.length === 0) return show(card, intro, h('p', { class: 'hint', text: t('journal-photos-none') }));
    const compare = h('div', { class: 'side-by-side' });
    const pick = (label, selected) => {
      // "Day 2" alone fits two selects side by side on a phone; the captions give the dates.
      const dayName = (d) => {
        const photo = list.find((p) => p.date === d);
        return photo.day === null || photo.day === undefined ? day(d) : t('journal-photo-day-short', { day: photo.day });
      };
      const select = h('select', {}, days.map((d) => h('option', { value: d, text: dayName(d), selected: d === selected })));
      return { select, field: field(label, select) };
    };
    const first = pick(t('journal-photo-first'), days[0]);
    const second = pick(t('journal-photo-second'), days.at(-1));
    const draw = () => {
      const chosen = first.select.value === second.select.value ? [first.select.value] : [first.select.value, second.select.value];
      show(compare, chosen.map((date) => h('div', { class: 'stack' }, list.filter((p) => p.date === date).map((photo) => figure(photo, app, remove)))));
    };
    first.select.addEventListener('change', draw);
    second.select.addEventListener('change', draw);
    draw();
    show(card, intro, days.length > 1 ? h('div', { class: 'row' }, first.field, second.field) : null, compare);
  }
  fill(all);
  return card;
}

function figure(photo, app, remove) {
  const img = h('img', { alt: t('journal-photo-alt', { photo: photoDay(photo) }) });
  api.photo(photo.id).then((url) => (img.src = url), (error) => app.say(error.message));
  return h(
    'figure',
    { 'data-photo': photo.id, tabindex: -1 },
    img,
    h(
      'figcaption',
      {},
      photoDay(photo),
      ' ',
      h('button', {
        type: 'button',
        class: 'secondary small',
        text: t('journal-photo-delete'),
        'aria-label': t('journal-photo-delete-label', { photo: photoDay(photo) }),
        on: { click: () => remove(photo) },
      }),
    ),
  );
}

/** `Day 2 · Tue, Mar 3`, or the date alone before the first session. */
function photoDay(photo) {
  return photo.day === null || photo.day === undefined ? day(photo.date) : t('journal-photo-day', { day: photo.day, date: day(photo.date) });
}

function asBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(new Error(t('journal-photo-unreadable')));
    reader.readAsDataURL(file);
  });
}

/** Earlier check-ins, newest first, each with what it called for. */
function history(checkIns) {
  if (checkIns.length === 0) return null;
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'earlier' },
    h('h2', { id: 'earlier', text: t('journal-history') }),
    h(
      'ul',
      { class: 'plain' },
      [...checkIns].reverse().map((c) =>
        h(
          'li',
          { class: `history ${c.advice.urgency}` },
          h('strong', { text: c.day === null ? day(c.date) : t('journal-history-day', { position: position(c.session, c.day), date: day(c.date) }) }),
          ' ',
          // The levels go as they are sent (`'mild'`): the message words each one.
          t('journal-history-signs', { redness: c.redness, swelling: c.swelling, pain: c.pain }),
          c.advice.urgency === 'usual'
            ? null
            : h('span', { class: 'badge warn', text: c.advice.urgency === 'doctor' ? t('journal-history-doctor') : t('journal-history-practitioner') }),
        ),
      ),
    ),
  );
}

function notes(app, all, today) {
  const text = h('textarea', { rows: 3, maxlength: 4000 });
  const problems = alertBox();
  const list = h('ul', { class: 'plain' });
  const fill = (notes) => show(list, [...notes].reverse().map((n) => h('li', {}, h('strong', { text: day(n.date) }), ` ${n.note}`)));
  fill(all);
  const form = h(
    'form',
    {
      class: 'card stack',
      novalidate: true,
      'aria-labelledby': 'notes',
      on: {
        submit: async (event) => {
          event.preventDefault();
          say(problems, '');
          if (!text.value.trim()) return say(problems, t('journal-note-empty'));
          try {
            await api.addNote(today, text.value);
            text.value = '';
            fill((await api.journal()).notes);
            app.say(t('journal-note-saved'));
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    },
    h('h2', { id: 'notes', text: t('journal-notes') }),
    field(t('journal-note'), text),
    problems,
    h('button', { type: 'submit', text: t('journal-note-save') }),
    list,
  );
  return form;
}
