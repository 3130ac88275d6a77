// The healing journal: the daily check-in with plain advice when something calls for the
// practitioner or a doctor, photos side by side by day, and notes. It all stays on the device.

import * as api from '../api.js';
import { alertBox, confirmDialog, field, h, say, show, uid } from '../dom.js';
import { day, position } from '../format.js';

const levels = ['none', 'mild', 'moderate', 'severe'];
const level = (value) => value[0].toUpperCase() + value.slice(1);

export async function renderJournal(main, app) {
  const journal = await api.journal();
  const date = app.overview.date;
  const mine = journal.check_ins.find((c) => c.date === date);
  show(
    main,
    h('h1', { text: 'Journal' }),
    h('p', { class: 'hint', text: 'How your scalp heals, for you (and for your artist, only if you share it). It stays on this device.' }),
    checkIn(app, date, mine),
    photos(app, journal.photos, date),
    history(journal.check_ins),
    notes(app, journal.notes, date),
  );
}

/** The daily check-in: every question has a calm default, so a quick answer is a few taps. */
function checkIn(app, date, earlier) {
  const answers = earlier ?? {};
  const choice = (name, options, current, label) =>
    field(label, h('select', { name }, options.map((o) => h('option', { value: o, text: level(o), selected: o === (current ?? options[0]) }))));
  const flag = (name, label) =>
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name, checked: Boolean(answers[name]) }), ` ${label}`);
  const pain = h('input', { type: 'range', name: 'pain', id: uid('pain'), min: 0, max: 10, step: 1, value: answers.pain ?? 0 });
  const painValue = h('output', { for: pain.id, text: String(pain.value) });
  pain.addEventListener('input', () => (painValue.textContent = pain.value));
  // Shown quietly when the screen opens; announced when an answer is saved.
  const advice = h('div', { class: 'stack' }, earlier ? adviceBox(earlier, false) : null);
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
            show(advice, adviceBox(assessed, true));
            app.say('Check-in saved.');
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    },
    h('h2', { id: 'check-in', text: 'How is your scalp today?' }),
    choice('redness', levels, answers.redness, 'Redness'),
    flag('spreading', 'The redness spreads beyond the treated area'),
    choice('swelling', levels, answers.swelling, 'Swelling'),
    choice('itching', levels, answers.itching, 'Itching'),
    choice('surface', ['smooth', 'flaking', 'scabbing'], answers.surface, 'The skin is'),
    h('div', { class: 'field' }, h('label', { for: pain.id, text: 'Pain, from 0 (none) to 10' }), h('div', { class: 'range' }, pain, painValue)),
    choice('discharge', ['none', 'clear', 'pus'], answers.discharge, 'Discharge (pus: yellow or green)'),
    flag('warmth', 'It feels hot to the touch'),
    flag('fever', 'Fever or chills'),
    flag('streaks', 'Red streaks running from the area'),
    problems,
    h('button', { type: 'submit', text: earlier ? 'Update today’s check-in' : 'Save check-in' }),
    advice,
  );
  return form;
}

/** What a check-in calls for; a red flag just answered is announced at once. */
function adviceBox(assessed, announce) {
  const { urgency, heading, reasons, message } = assessed.advice;
  const role = !announce ? null : urgency === 'usual' ? 'status' : 'alert';
  return h(
    'section',
    { class: `advice ${urgency}`, role, 'aria-label': heading },
    h('h3', { text: heading }),
    reasons.length ? h('ul', {}, reasons.map((reason) => h('li', { text: reason }))) : null,
    h('p', { text: message }),
    h('p', { class: 'hint', text: 'The app gives this advice; it never diagnoses.' }),
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
      app.say('Photo added, without its location.');
      await redraw(`[data-photo="${kept.id}"]`);
    } catch (error) {
      say(problems, error.message);
    }
  };
  const remove = async (photo) => {
    const sure = await confirmDialog('Delete this photo?', `The photo of ${photoDay(photo)} is erased from this device for good.`, 'Delete');
    if (!sure) return;
    try {
      await api.removePhoto(photo.id);
      app.say('Photo deleted.');
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
  const heading = h('h2', { id: 'photos', tabindex: -1, text: 'Photos' });
  const intro = [
    heading,
    h('p', { class: 'hint', text: 'The same angle and light each time shows best how it heals. Where a photo was taken is removed before it is kept.' }),
    field('For the day', when),
    h('div', { class: 'actions' }, picker('Take a photo', { capture: 'environment' }), picker('Choose a photo', {})),
    problems,
  ];
  function fill(list) {
    const days = [...new Set(list.map((p) => p.date))];
    if (days.length === 0) return show(card, intro, h('p', { class: 'hint', text: 'No photos yet.' }));
    const compare = h('div', { class: 'side-by-side' });
    const pick = (label, selected) => {
      // "Day 2" alone fits two selects side by side on a phone; the captions give the dates.
      const dayName = (d) => {
        const photo = list.find((p) => p.date === d);
        return photo.day === null || photo.day === undefined ? day(d) : `Day ${photo.day}`;
      };
      const select = h('select', {}, days.map((d) => h('option', { value: d, text: dayName(d), selected: d === selected })));
      return { select, field: field(label, select) };
    };
    const first = pick('First day', days[0]);
    const second = pick('Second day', days.at(-1));
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
  const img = h('img', { alt: `Your scalp, ${photoDay(photo)}` });
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
        text: 'Delete',
        'aria-label': `Delete the photo of ${photoDay(photo)}`,
        on: { click: () => remove(photo) },
      }),
    ),
  );
}

/** `Day 2 · Tue 3 Mar`, or the date alone before the first session. */
function photoDay(photo) {
  return photo.day === null || photo.day === undefined ? day(photo.date) : `Day ${photo.day} · ${day(photo.date)}`;
}

function asBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(new Error('The photo could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** Earlier check-ins, newest first, each with what it called for. */
function history(checkIns) {
  if (checkIns.length === 0) return null;
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'earlier' },
    h('h2', { id: 'earlier', text: 'Your check-ins' }),
    h(
      'ul',
      { class: 'plain' },
      [...checkIns].reverse().map((c) =>
        h(
          'li',
          { class: `history ${c.advice.urgency}` },
          h('strong', { text: c.day === null ? day(c.date) : `${position(c.session, c.day)} · ${day(c.date)}` }),
          ` · redness ${c.redness}, swelling ${c.swelling}, pain ${c.pain}/10`,
          c.advice.urgency === 'usual' ? null : h('span', { class: 'badge warn', text: c.advice.urgency === 'doctor' ? 'See a doctor' : 'Ask your practitioner' }),
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
          if (!text.value.trim()) return say(problems, 'Write something first.');
          try {
            await api.addNote(today, text.value);
            text.value = '';
            fill((await api.journal()).notes);
            app.say('Note saved.');
          } catch (error) {
            say(problems, error.message);
          }
        },
      },
    },
    h('h2', { id: 'notes', text: 'Notes' }),
    field('A note for today', text),
    problems,
    h('button', { type: 'submit', text: 'Save note' }),
    list,
  );
  return form;
}
