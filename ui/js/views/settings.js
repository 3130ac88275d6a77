// Settings: the language, when reminders come, which kinds, whose clock they follow, what the
// lock screen shows, notifications, the protocol, backups, deleting everything, and the medical
// notice.

import * as api from '../api.js';
import { alertBox, confirmDialog, field, h, say, show, uid } from '../dom.js';
import { time } from '../format.js';
import { t } from '../i18n.js';
import { categories, checkChoice, permissionBlock, protocolChoice, readProtocol, zoneInput } from './parts.js';
import { notice } from './today.js';

// The languages offered, read once: they do not change while the page lives (choosing another
// language reloads it).
let languages = null;

export async function renderSettings(main, app) {
  const overview = app.overview;
  languages ??= api.locale().then(
    (locale) => locale.choices,
    (error) => {
      languages = null;
      throw error;
    },
  );
  const choices = await languages;
  show(
    main,
    h('h1', { text: t('settings-title') }),
    remindersForm(overview, choices, app),
    h('section', { class: 'card', 'aria-labelledby': 'notifications' }, h('h2', { id: 'notifications', text: t('settings-notifications-title') }), permissionBlock(overview.permission, app), exactTimes(overview, app), availability(overview, app)),
    protocolForm(overview, app),
    backups(app),
    danger(app),
    h('section', { class: 'card', 'aria-labelledby': 'about' }, h('h2', { id: 'about', text: t('settings-about-title') }), notice()),
  );
}

/**
 * The language the app speaks: the system's, or one the app has, each named in itself and
 * marked as such (for screen readers, and fonts that differ by language).
 */
function languageSelect(offered, chosen) {
  const choices = [...offered];
  // A language stored but no longer offered stays chosen: saving the other settings must not
  // change it unasked.
  if (chosen && !choices.some((choice) => choice.tag === chosen)) choices.push({ tag: chosen, name: chosen });
  return h(
    'select',
    {},
    h('option', { value: '', text: t('settings-language-system'), selected: !chosen }),
    choices.map(({ tag, name }) => h('option', { value: tag, lang: tag, text: name, selected: tag === chosen })),
  );
}

/**
 * Takes the overview an edit returned, as `app.use` does; but when the language chosen changed
 * with it (the setting, a backup restored, data deleted), the page starts again instead, so that
 * every screen and the page's own texts speak the new one. Resolves to true when it reloads.
 */
async function useOrReload(app, overview) {
  if ((overview.preferences.language ?? null) !== (app.overview.preferences.language ?? null)) {
    location.reload();
    return true;
  }
  await app.use(overview);
  return false;
}

/**
 * For a value shown as a node (a name in bold) inside a sentence: the message is formatted whole
 * with MARK as that value, then cut there and the node put in its place, so that the sentence
 * stays one message whatever order a language puts it in.
 */
const MARK = '\u{F8FF}';
function withNode(text, node) {
  const [before, after = ''] = text.split(MARK);
  return [before, node, after];
}

function remindersForm(overview, choices, app) {
  const p = overview.preferences;
  const language = languageSelect(choices, p.language);
  const reminderTime = h('input', { type: 'time', value: p.reminder_time.slice(0, 5), required: true });
  const [from, to] = p.quiet ? p.quiet.split('-') : ['22:00', '08:00'];
  const quietOn = h('input', { type: 'checkbox', id: uid('quiet'), checked: Boolean(p.quiet) });
  const quietFrom = h('input', { type: 'time', value: from });
  const quietTo = h('input', { type: 'time', value: to });
  const kinds = categories.map(([name, label, hint]) => checkChoice(name, label, hint, !p.muted.includes(name)));
  const policyName = uid('policy');
  const policies = [
    // The example's time in the client's conventions (9:00 AM, 09:00); the day is any.
    ['follow', t('settings-policy-follow'), t('settings-policy-follow-hint', { time: time('2026-01-01T09:00') })],
    ['home', t('settings-policy-home'), t('settings-policy-home-hint')],
  ].map(([value, label, hint]) => {
    const radio = h('input', { type: 'radio', name: policyName, id: uid('policy'), value, checked: p.zone_policy === value });
    return h('div', { class: 'choice' }, radio, h('label', { for: radio.id }, h('span', { text: label }), h('span', { class: 'hint', text: hint })));
  });
  const homeZone = zoneInput(uid('home-zone'), p.home_zone);
  const where = sunPlace(overview);
  const details = h('input', { type: 'checkbox', id: uid('details'), checked: p.show_details });
  const problems = alertBox();
  const form = h(
    'form',
    { class: 'card stack', novalidate: true, 'aria-labelledby': 'reminders-settings' },
    h('h2', { id: 'reminders-settings', text: t('settings-reminders-title') }),
    field(t('settings-language'), language, t('settings-language-hint')),
    field(t('settings-reminder-time'), reminderTime),
    h('div', { class: 'check' }, quietOn, h('label', { for: quietOn.id, text: t('settings-quiet') })),
    h('div', { class: 'row' }, field(t('settings-quiet-from'), quietFrom), field(t('settings-quiet-to'), quietTo)),
    h('p', { class: 'hint', text: t('settings-quiet-hint') }),
    h('fieldset', {}, h('legend', { text: t('settings-kinds') }), kinds),
    h('fieldset', {}, h('legend', { text: t('settings-zone') }), policies, field(t('settings-home-zone'), homeZone)),
    where.fieldset,
    h('div', { class: 'check' }, details, h('label', { for: details.id, text: t('settings-details') })),
    h('p', { class: 'hint', text: t('settings-details-hint') }),
    problems,
    h('button', { type: 'submit', class: 'primary', text: t('settings-save') }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    if (!reminderTime.value) return say(problems, t('settings-reminder-time-missing'));
    if (quietOn.checked && (!quietFrom.value || !quietTo.value || quietFrom.value === quietTo.value)) {
      return say(problems, t('settings-quiet-invalid'));
    }
    let place;
    try {
      place = await where.read();
    } catch (error) {
      return say(problems, error.message);
    }
    try {
      const saved = await api.setPreferences({
        ...place,
        reminder_time: reminderTime.value,
        quiet: quietOn.checked ? `${quietFrom.value}-${quietTo.value}` : null,
        zone_policy: form.querySelector(`input[name="${policyName}"]:checked`)?.value ?? 'follow',
        home_zone: homeZone.value.trim(),
        muted: kinds.map((k) => k.querySelector('input')).filter((box) => !box.checked).map((box) => box.value),
        show_details: details.checked,
        language: language.value || null,
      });
      // In another language, the page starts again on this screen (the hash stays).
      if (await useOrReload(app, saved)) return;
      app.say(t('settings-saved'));
    } catch (error) {
      say(problems, error.message);
    }
  });
  return form;
}

/**
 * Where the sun is estimated for: by default the principal city of the time zone (no location
 * permission, no network), or a city from the list, or coordinates; and the elevation.
 */
function sunPlace(overview) {
  const p = overview.preferences;
  const chosen = p.place;
  const mode = h('select', {}, [
    ['zone', overview.sun?.automatic ? t('settings-place-zone-city', { city: overview.sun.place }) : t('settings-place-zone')],
    ['city', t('settings-place-city')],
    ['coordinates', t('settings-place-coordinates')],
  ].map(([value, text]) => h('option', { value, text, selected: value === (!chosen ? 'zone' : chosen.name ? 'city' : 'coordinates') })));
  const listId = uid('cities');
  const list = h('datalist', { id: listId });
  const city = h('input', { type: 'text', list: listId, autocomplete: 'off', value: chosen?.name ?? '', placeholder: t('settings-city-placeholder') });
  const latitude = h('input', { type: 'number', step: 'any', min: -90, max: 90, inputmode: 'decimal', value: chosen && !chosen.name ? chosen.latitude : '' });
  const longitude = h('input', { type: 'number', step: 'any', min: -180, max: 180, inputmode: 'decimal', value: chosen && !chosen.name ? chosen.longitude : '' });
  const elevation = h('input', { type: 'number', step: 1, min: -500, max: 9000, inputmode: 'numeric', value: p.elevation ?? 0 });
  // Read once, when the city field is first needed; saving waits for it.
  let cities = null;
  const loadCities = () => {
    cities ??= api.cities().then((found) => {
      show(list, found.map((c) => h('option', { value: c.name })));
      return found;
    });
    return cities;
  };
  const cityRow = field(t('settings-city'), city, t('settings-city-hint'));
  const coordinateRow = h('div', { class: 'row' }, field(t('settings-latitude'), latitude), field(t('settings-longitude'), longitude));
  const sync = () => {
    cityRow.hidden = mode.value !== 'city';
    coordinateRow.hidden = mode.value !== 'coordinates';
    if (mode.value === 'city') loadCities().catch(() => (cities = null));
  };
  mode.addEventListener('change', sync);
  sync();
  const fieldset = h(
    'fieldset',
    {},
    h('legend', { text: t('settings-sun-legend') }),
    field(t('settings-place'), mode, t('settings-place-hint')),
    cityRow,
    coordinateRow,
    list,
    field(t('settings-elevation'), elevation, t('settings-elevation-hint')),
  );
  const read = async () => {
    const metres = Number(elevation.value || 0);
    if (mode.value === 'zone') return { place: null, elevation: metres };
    if (mode.value === 'city') {
      const picked = (await loadCities()).find((c) => fold(c.name) === fold(city.value.trim()));
      if (!picked) throw new Error(t('settings-city-unknown'));
      return { place: { name: picked.name, latitude: picked.latitude, longitude: picked.longitude }, elevation: metres };
    }
    if (latitude.value === '' || longitude.value === '') throw new Error(t('settings-coordinates-missing', { latitude: 51.5, longitude: -0.13 }));
    return { place: { name: null, latitude: Number(latitude.value), longitude: Number(longitude.value) }, elevation: metres };
  };
  return { fieldset, read };
}

/** On the desktop, reminders fire while the app runs: the tray, and starting at login. */
/**
 * Android: whether reminders come at their minute. Android says so, not a setting: the client
 * allows “Alarms & reminders” in the system settings, and the app asks again when it is back.
 */
function exactTimes(overview, app) {
  const exact = overview.exact_alarms;
  if (!exact) return null;
  if (exact.allowed) return h('p', { text: t('settings-exact-allowed') });
  const allow = h('button', {
    type: 'button',
    class: 'secondary',
    text: t('settings-exact-allow'),
    on: {
      click: async () => {
        try {
          await api.requestExactAlarms();
          // Back from the system screen: read what Android says now.
          const back = () => {
            if (document.hidden) return;
            document.removeEventListener('visibilitychange', back);
            app.refresh();
          };
          document.addEventListener('visibilitychange', back);
        } catch (error) {
          app.say(error.message);
        }
      },
    },
  });
  return h(
    'div',
    { class: 'stack' },
    h('p', { text: t('settings-exact-held') }),
    exact.askable ? allow : null,
  );
}

function availability(overview, app) {
  if (overview.platform !== 'desktop') return null;
  // Asked of the system when shown: the entry is a file the client may remove themselves.
  const box = h('input', { type: 'checkbox', id: uid('autostart'), disabled: true });
  api.autostart().then(
    (on) => {
      box.checked = on === true;
      box.disabled = false;
    },
    (error) => app.say(error.message),
  );
  box.addEventListener('change', async () => {
    try {
      box.checked = (await api.setAutostart(box.checked)) === true;
      app.say(box.checked ? t('settings-autostart-on') : t('settings-autostart-off'));
    } catch (error) {
      box.checked = !box.checked;
      app.say(error.message);
    }
  });
  return h(
    'div',
    { class: 'stack' },
    h('p', { text: t('settings-desktop') }),
    h('div', { class: 'check' }, box, h('label', { for: box.id, text: t('settings-autostart') })),
  );
}

/** `Following Default (version 1.0, from Ink Studio).`, the protocol's name in bold. */
function following(protocol) {
  const { version, origin } = protocol;
  const name = h('strong', { text: protocol.name });
  if (origin === 'bundled') return withNode(t('settings-following', { name: MARK, version }), name);
  // What the app stores for a protocol from a code without a studio: a key, said in the language.
  if (origin === 'shared code') return withNode(t('settings-following-shared', { name: MARK, version }), name);
  return withNode(t('settings-following-from', { name: MARK, version, origin }), name);
}

function protocolForm(overview, app) {
  const current = overview.protocol;
  const choice = protocolChoice(overview, current.origin === 'bundled' ? current.id : 'file');
  const problems = alertBox();
  const form = h(
    'form',
    { class: 'card stack', novalidate: true, 'aria-labelledby': 'protocol-settings' },
    h('h2', { id: 'protocol-settings', text: t('settings-protocol-title') }),
    h('p', {}, following(current)),
    choice.node,
    problems,
    h('button', { type: 'submit', text: t('settings-protocol-follow') }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      await app.use(await api.chooseProtocol(await readProtocol(choice)));
      app.say(t('settings-protocol-changed'));
    } catch (error) {
      say(problems, error.message);
    }
  });
  return form;
}

function backups(app) {
  const problems = alertBox();
  const file = h('input', { type: 'file', accept: '.json,application/json' });
  const save = h('button', {
    type: 'button',
    text: t('settings-backup-save'),
    on: {
      click: async () => {
        say(problems, '');
        try {
          app.say(await api.saveBackup());
        } catch (error) {
          say(problems, error.message);
        }
      },
    },
  });
  const restore = h('button', {
    type: 'button',
    class: 'secondary',
    text: t('settings-backup-restore'),
    on: {
      click: async () => {
        say(problems, '');
        const chosen = file.files[0];
        if (!chosen) return say(problems, t('settings-backup-no-file'));
        if (!(await confirmDialog(t('settings-restore-title'), t('settings-restore-message'), t('settings-restore-confirm')))) return;
        try {
          if (await useOrReload(app, await api.restoreBackup(await chosen.text()))) return;
          app.say(t('settings-backup-restored'));
        } catch (error) {
          say(problems, error.message);
        }
      },
    },
  });
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'backup' },
    h('h2', { id: 'backup', text: t('settings-backup-title') }),
    h('p', { class: 'hint', text: t('settings-backup-intro') }),
    save,
    field(t('settings-backup-file'), file),
    restore,
    problems,
  );
}

function danger(app) {
  const erase = h('button', {
    type: 'button',
    class: 'danger',
    text: t('settings-delete'),
    on: {
      click: async () => {
        const sure = await confirmDialog(
          t('settings-delete-title'),
          t('settings-delete-message'),
          t('settings-delete-confirm'),
        );
        if (!sure) return;
        try {
          location.hash = '';
          if (await useOrReload(app, await api.deleteEverything())) return;
          app.say(t('settings-deleted'));
        } catch (error) {
          app.say(error.message);
        }
      },
    },
  });
  return h('section', { class: 'card stack', 'aria-labelledby': 'danger' }, h('h2', { id: 'danger', text: t('settings-delete-heading') }), erase);
}

/**
 * A city's name as typed or listed, compared without case or accents: Turkish `İstanbul` and the
 * list's `Istanbul`, `Bogotá` and `Bogota` match.
 */
function fold(name) {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();
}
