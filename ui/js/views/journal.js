// The healing journal: the daily check-in with plain advice when something calls for the
// practitioner or a doctor, the chart of the check-ins with its table, photos side by side by
// day, and notes. It all stays on the device.

import * as api from '../api.js';
import { alertBox, confirmDialog, field, h, linkStyle, markup, say, show, uid } from '../dom.js';
import { day, position } from '../format.js';
import { t } from '../i18n.js';

export async function renderJournal(main, app) {
  // The chart's style, which Today does not need at start.
  const [journal] = await Promise.all([api.journal(), linkStyle('css/report.css')]);
  const date = app.overview.date;
  const mine = journal.check_ins.find((c) => c.date === date);
  // The chart and its days follow a check-in or a photo saved below, without redrawing the
  // form being answered.
  const glance = h('div', {}, healing(journal));
  const redraw = async () => show(glance, healing(await api.journal()));
  show(
    main,
    h('h1', { text: t('journal-title') }),
    h('p', { class: 'hint', text: t('journal-intro') }),
    checkIn(app, date, mine, redraw),
    glance,
    photos(app, journal.photos, date, redraw),
    notes(app, journal.notes, date),
  );
}

/** The daily check-in: every question has a calm default, so a quick answer is a few taps. */
function checkIn(app, date, earlier, redraw) {
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
            await redraw();
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
function photos(app, all, today, changed) {
  const card = h('section', { class: 'card stack', 'aria-labelledby': 'photos' });
  const when = h('input', { type: 'date', value: today, max: today, required: true });
  const problems = alertBox();
  const redraw = async (focus) => {
    fill((await api.journal()).photos);
    (card.querySelector(focus) ?? card.querySelector('h2')).focus();
    await changed();
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
    const sure = await confirmDialog(t('journal-photo-delete-title'), t('journal-photo-delete-text', { photo: dayLabel(photo) }), t('journal-photo-delete-confirm'));
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
    // Each photo is read once for the strip, the comparison and full size.
    const urls = new Map();
    const url = (photo) => {
      if (!urls.has(photo.id)) urls.set(photo.id, api.photo(photo.id));
      return urls.get(photo.id);
    };
    const strip = h(
      'ol',
      { class: 'strip', 'aria-label': t('journal-photo-strip') },
      list.map((photo) => {
        const img = h('img', { alt: '' });
        // A photo that cannot be read says so in the comparison and at full size.
        url(photo).then((src) => (img.src = src), () => {});
        return h(
          'li',
          {},
          h(
            'button',
            { type: 'button', class: 'thumb', 'aria-label': t('journal-photo-open', { photo: dayLabel(photo) }), on: { click: () => openPhoto(photo, url) } },
            img,
            h('span', { text: shortDay(photo) }),
          ),
        );
      }),
    );
    const compare = h('div', { class: 'compare' });
    const pick = (label, selected) => {
      const select = h('select', {}, days.map((d) => h('option', { value: d, text: shortDay(list.find((p) => p.date === d)), selected: d === selected })));
      return { select, field: field(label, select) };
    };
    const first = pick(t('journal-photo-first'), days[0]);
    const second = pick(t('journal-photo-second'), days.at(-1));
    const mode = h('select', {}, [
      h('option', { value: 'side', text: t('journal-photo-side-by-side') }),
      h('option', { value: 'slider', text: t('journal-photo-slider') }),
    ]);
    const draw = () => {
      const [a, b] = [first.select.value, second.select.value];
      if (mode.value === 'slider' && a !== b) {
        return show(compare, slider(list.find((p) => p.date === a), list.find((p) => p.date === b), url));
      }
      const chosen = a === b ? [a] : [a, b];
      show(compare, h('div', { class: 'side-by-side' }, chosen.map((date) => h('div', { class: 'stack' }, list.filter((p) => p.date === date).map((photo) => figure(photo, url, remove))))));
    };
    for (const select of [first.select, second.select, mode]) select.addEventListener('change', draw);
    draw();
    show(card, intro, strip, days.length > 1 ? h('div', { class: 'row wrap' }, first.field, second.field, field(t('journal-photo-compare'), mode)) : null, compare);
  }
  fill(all);
  return card;
}

/** `Day 2`, or the date before the first session: short, for the strip and the day pickers. */
function shortDay(photo) {
  return photo.day === null || photo.day === undefined ? day(photo.date) : t('journal-photo-day-short', { day: photo.day });
}

/**
 * Before and after in one frame: the later photo over the earlier one, uncovered up to the
 * slider. The range input is the control, so keyboards and screen readers move it too.
 */
function slider(before, after, url) {
  const under = h('img', { alt: t('journal-photo-alt', { photo: dayLabel(before) }) });
  const over = h('img', { class: 'over', alt: t('journal-photo-alt', { photo: dayLabel(after) }) });
  const range = h('input', { type: 'range', min: 0, max: 100, value: 50, 'aria-label': t('journal-photo-slider-label', { before: dayLabel(before), after: dayLabel(after) }) });
  const unreadable = (error) => range.replaceWith(h('p', { class: 'alert', text: error.message }));
  url(before).then((src) => (under.src = src), unreadable);
  url(after).then((src) => (over.src = src), unreadable);
  // The clip goes through the CSSOM, which the content security policy allows.
  const clip = () => (over.style.clipPath = `inset(0 0 0 ${range.value}%)`);
  range.addEventListener('input', clip);
  clip();
  return h(
    'div',
    { class: 'stack' },
    h('div', { class: 'slider' }, under, over),
    range,
    h('p', { class: 'spread hint' }, h('span', { text: dayLabel(before) }), h('span', { text: dayLabel(after) })),
  );
}

/**
 * A photo full size in a dialog: pinch (two fingers) or the buttons zoom up to 5x, one finger or
 * the mouse moves it, a double tap goes back and forth between fitting and 2.5x.
 */
function openPhoto(photo, url) {
  const img = h('img', { alt: t('journal-photo-alt', { photo: dayLabel(photo) }), draggable: 'false' });
  url(photo).then((src) => (img.src = src), (error) => img.replaceWith(h('p', { class: 'alert', text: error.message })));
  let scale = 1;
  let x = 0;
  let y = 0;
  const apply = () => {
    if (scale === 1) x = y = 0;
    img.style.transform = `translate(${x}px, ${y}px) scale(${scale})`;
    img.dataset.scale = String(scale);
  };
  const zoom = (to) => {
    scale = Math.min(5, Math.max(1, to));
    apply();
  };
  const frame = h('div', { class: 'zoom' }, img);
  const pointers = new Map();
  let pinch = null;
  const distance = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  frame.addEventListener('pointerdown', (event) => {
    frame.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) pinch = { distance: distance(), scale };
  });
  frame.addEventListener('pointermove', (event) => {
    const was = pointers.get(event.pointerId);
    if (!was) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2 && pinch) return zoom((pinch.scale * distance()) / pinch.distance);
    if (pointers.size === 1 && scale > 1) {
      x += event.clientX - was.x;
      y += event.clientY - was.y;
      apply();
    }
  });
  const lift = (event) => {
    pointers.delete(event.pointerId);
    if (pointers.size < 2) pinch = null;
  };
  frame.addEventListener('pointerup', lift);
  frame.addEventListener('pointercancel', lift);
  frame.addEventListener('dblclick', () => zoom(scale > 1 ? 1 : 2.5));
  const titleId = uid('photo');
  const close = h('button', { type: 'button', class: 'secondary', text: t('journal-day-close'), on: { click: () => dialog.close() } });
  const dialog = h(
    'dialog',
    { class: 'photo-full', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: dayLabel(photo) }),
    frame,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', text: t('journal-photo-zoom-out'), on: { click: () => zoom(scale / 1.5) } }),
      h('button', { type: 'button', class: 'secondary', text: t('journal-photo-zoom-in'), on: { click: () => zoom(scale * 1.5) } }),
      close,
    ),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
}

function figure(photo, url, remove) {
  const img = h('img', { alt: t('journal-photo-alt', { photo: dayLabel(photo) }) });
  url(photo).then((src) => (img.src = src), (error) => img.replaceWith(h('p', { class: 'alert', text: error.message })));
  return h(
    'figure',
    { 'data-photo': photo.id, tabindex: -1 },
    img,
    h(
      'figcaption',
      {},
      dayLabel(photo),
      ' ',
      h('button', {
        type: 'button',
        class: 'secondary small',
        text: t('journal-photo-delete'),
        'aria-label': t('journal-photo-delete-label', { photo: dayLabel(photo) }),
        on: { click: () => remove(photo) },
      }),
    ),
  );
}

/** A photo's or a check-in's day: `Day 2 · Tue, Mar 3`, or the date alone before the first session. */
function dayLabel(entry) {
  return entry.day === null || entry.day === undefined ? day(entry.date) : t('journal-photo-day', { day: entry.day, date: day(entry.date) });
}

function asBase64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(new Error(t('journal-photo-unreadable')));
    reader.readAsDataURL(file);
  });
}

/**
 * Healing at a glance: the chart (drawn by the core), its numbered milestones, and the same
 * answers as a table, newest first, for screen readers and for reading exact values. A day
 * tapped on the chart or picked in the table opens its check-in and photos.
 */
function healing(journal) {
  const { chart, check_ins: checkIns } = journal;
  if (!chart && checkIns.length === 0) return null;
  const open = (date) => openDay(date, journal);
  const drawn = chart?.points.length ? markup(chart.svg, 'image/svg+xml') : null;
  drawn?.addEventListener('click', (event) => {
    const date = event.target.closest?.('[data-date]')?.dataset.date;
    if (date && checkIns.some((c) => c.date === date)) open(date);
  });
  // Each sign's own words, which agree with it ("rougeur légère", "gonflement léger").
  const words = {
    redness: { none: 'journal-redness-none', mild: 'journal-redness-mild', moderate: 'journal-redness-moderate', severe: 'journal-redness-severe' },
    swelling: { none: 'journal-swelling-none', mild: 'journal-swelling-mild', moderate: 'journal-swelling-moderate', severe: 'journal-swelling-severe' },
    itching: { none: 'journal-itching-none', mild: 'journal-itching-mild', moderate: 'journal-itching-moderate', severe: 'journal-itching-severe' },
    surface: { smooth: 'journal-surface-smooth', flaking: 'journal-surface-flaking', scabbing: 'journal-surface-scabbing' },
  };
  const caption = uid('answers');
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'healing' },
    h('h2', { id: 'healing', text: t('journal-chart') }),
    h('p', { class: 'hint', text: drawn ? t('journal-chart-hint') : t('journal-chart-empty') }),
    drawn ? h('div', { class: 'chart-frame' }, drawn) : null,
    drawn && chart.milestones.length
      ? h(
          'ol',
          { class: 'milestones' },
          chart.milestones.map((m) =>
            h(
              'li',
              { value: m.number },
              t('journal-milestone', { position: position(m.session, m.day), date: day(m.date), title: m.title }),
              m.postponed ? ` ${t('journal-milestone-pushed', { days: m.postponed })}` : null,
            ),
          ),
        )
      : null,
    checkIns.length
      ? h(
          'div',
          { class: 'table-frame', tabindex: '0', role: 'region', 'aria-labelledby': caption },
          h(
            'table',
            { class: 'answers' },
            h('caption', { id: caption, text: t('journal-table') }),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['chart-day', 'chart-redness', 'chart-swelling', 'chart-itching', 'chart-skin', 'chart-pain'].map((id) => h('th', { scope: 'col', text: t(id) })),
              ),
            ),
            h(
              'tbody',
              {},
              [...checkIns].reverse().map((c) =>
                h(
                  'tr',
                  { class: c.advice.urgency },
                  h(
                    'th',
                    { scope: 'row' },
                    h('button', { type: 'button', class: 'link', text: dayLabel(c), on: { click: () => open(c.date) } }),
                    c.advice.urgency === 'usual'
                      ? null
                      : h('span', { class: 'badge warn', text: c.advice.urgency === 'doctor' ? t('journal-history-doctor') : t('journal-history-practitioner') }),
                  ),
                  h('td', { text: t(words.redness[c.redness]) }),
                  h('td', { text: t(words.swelling[c.swelling]) }),
                  h('td', { text: t(words.itching[c.itching]) }),
                  h('td', { text: t(words.surface[c.surface]) }),
                  h('td', { text: String(c.pain) }),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

/** One day of the journal in a dialog: its check-in with what it called for, and its photos. */
function openDay(date, journal) {
  const checkIn = journal.check_ins.find((c) => c.date === date);
  const photos = journal.photos.filter((p) => p.date === date);
  const titleId = uid('day');
  const title = checkIn?.day != null ? t('journal-history-day', { position: position(checkIn.session, checkIn.day), date: day(date) }) : day(date);
  const close = h('button', { type: 'button', class: 'secondary', text: t('journal-day-close'), on: { click: () => dialog.close() } });
  const dialog = h(
    'dialog',
    { class: 'day', 'aria-labelledby': titleId },
    h('h2', { id: titleId, text: title }),
    checkIn
      ? [
          h('p', { text: t('journal-history-signs', { redness: checkIn.redness, swelling: checkIn.swelling, pain: checkIn.pain }) }),
          h('section', { class: `advice ${checkIn.advice.urgency}` }, h('h3', { text: checkIn.advice.heading }), checkIn.advice.reasons.length ? h('ul', {}, checkIn.advice.reasons.map((r) => h('li', { text: r }))) : null),
        ]
      : h('p', { class: 'hint', text: t('journal-day-no-check-in') }),
    photos.length
      ? h('div', { class: 'side-by-side' }, photos.map((photo) => {
          const img = h('img', { alt: t('journal-photo-alt', { photo: dayLabel(photo) }) });
          api.photo(photo.id).then(
            (url) => (img.src = url),
            (error) => img.replaceWith(h('p', { class: 'alert', text: error.message })),
          );
          return h('figure', {}, img, h('figcaption', { text: dayLabel(photo) }));
        }))
      : h('p', { class: 'hint', text: t('journal-day-no-photos') }),
    h('div', { class: 'actions' }, close),
  );
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  close.focus();
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
