// Settings: when reminders come, which kinds, whose clock they follow, what the lock screen
// shows, notifications, the protocol, backups, deleting everything, and the medical notice.

import * as api from '../api.js';
import { alertBox, confirmDialog, field, h, say, show, uid } from '../dom.js';
import { categories, checkChoice, permissionBlock, protocolChoice, readProtocol, zoneInput } from './parts.js';
import { notice } from './today.js';

export async function renderSettings(main, app) {
  const overview = app.overview;
  show(
    main,
    h('h1', { text: 'Settings' }),
    remindersForm(overview, app),
    h('section', { class: 'card', 'aria-labelledby': 'notifications' }, h('h2', { id: 'notifications', text: 'Notifications' }), permissionBlock(overview.permission, app), exactTimes(overview, app), availability(overview, app)),
    protocolForm(overview, app),
    backups(app),
    danger(app),
    h('section', { class: 'card', 'aria-labelledby': 'about' }, h('h2', { id: 'about', text: 'About your aftercare' }), notice()),
  );
}

function remindersForm(overview, app) {
  const p = overview.preferences;
  const reminderTime = h('input', { type: 'time', value: p.reminder_time.slice(0, 5), required: true });
  const [from, to] = p.quiet ? p.quiet.split('-') : ['22:00', '08:00'];
  const quietOn = h('input', { type: 'checkbox', id: uid('quiet'), checked: Boolean(p.quiet) });
  const quietFrom = h('input', { type: 'time', value: from });
  const quietTo = h('input', { type: 'time', value: to });
  const kinds = categories.map(([name, label, hint]) => checkChoice(name, label, hint, !p.muted.includes(name)));
  const policyName = uid('policy');
  const policies = [
    ['follow', 'Follow where I am', 'A 09:00 reminder stays at 09:00 local time when you travel.'],
    ['home', 'Keep home time', 'Reminders keep the clock of your home zone, wherever you are.'],
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
    h('h2', { id: 'reminders-settings', text: 'Reminders' }),
    field('Morning reminder at', reminderTime),
    h('div', { class: 'check' }, quietOn, h('label', { for: quietOn.id, text: 'Quiet hours' })),
    h('div', { class: 'row' }, field('From', quietFrom), field('To', quietTo)),
    h('p', { class: 'hint', text: 'A reminder due in quiet hours waits until they end; none is dropped.' }),
    h('fieldset', {}, h('legend', { text: 'Kinds of reminder' }), kinds),
    h('fieldset', {}, h('legend', { text: 'Time zone' }), policies, field('Home zone', homeZone)),
    where.fieldset,
    h('div', { class: 'check' }, details, h('label', { for: details.id, text: 'Show what a reminder says on the lock screen' })),
    h('p', { class: 'hint', text: 'Off: the lock screen only shows “Aftercare: today’s steps”; the details are in the app.' }),
    problems,
    h('button', { type: 'submit', class: 'primary', text: 'Save settings' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    if (!reminderTime.value) return say(problems, 'Choose the time of the morning reminder.');
    if (quietOn.checked && (!quietFrom.value || !quietTo.value || quietFrom.value === quietTo.value)) {
      return say(problems, 'Quiet hours need two different times, or turn them off.');
    }
    let place;
    try {
      place = await where.read();
    } catch (error) {
      return say(problems, error.message);
    }
    try {
      await app.use(
        await api.setPreferences({
          ...place,
          reminder_time: reminderTime.value,
          quiet: quietOn.checked ? `${quietFrom.value}-${quietTo.value}` : null,
          zone_policy: form.querySelector(`input[name="${policyName}"]:checked`)?.value ?? 'follow',
          home_zone: homeZone.value.trim(),
          muted: kinds.map((k) => k.querySelector('input')).filter((box) => !box.checked).map((box) => box.value),
          show_details: details.checked,
        }),
      );
      app.say('Settings saved; reminders follow them.');
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
    ['zone', `The main city of my time zone${overview.sun?.automatic ? ` (${overview.sun.place})` : ''}`],
    ['city', 'A city from the list'],
    ['coordinates', 'Coordinates'],
  ].map(([value, text]) => h('option', { value, text, selected: value === (!chosen ? 'zone' : chosen.name ? 'city' : 'coordinates') })));
  const listId = uid('cities');
  const list = h('datalist', { id: listId });
  const city = h('input', { type: 'text', list: listId, autocomplete: 'off', value: chosen?.name ?? '', placeholder: 'e.g. Lisbon' });
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
  const cityRow = field('City', city, 'Start typing; the list holds the main city of every time zone.');
  const coordinateRow = h('div', { class: 'row' }, field('Latitude (north +)', latitude), field('Longitude (east +)', longitude));
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
    h('legend', { text: 'Where you are, for the sun' }),
    field('Place', mode, 'Sun reminders follow the UV index there. The app never asks for your location.'),
    cityRow,
    coordinateRow,
    list,
    field('Elevation in metres', elevation, 'The UV index rises about 6% with each kilometre.'),
  );
  const read = async () => {
    const metres = Number(elevation.value || 0);
    if (mode.value === 'zone') return { place: null, elevation: metres };
    if (mode.value === 'city') {
      const picked = (await loadCities()).find((c) => c.name.toLowerCase() === city.value.trim().toLowerCase());
      if (!picked) throw new Error('Choose a city from the list, or enter coordinates.');
      return { place: { name: picked.name, latitude: picked.latitude, longitude: picked.longitude }, elevation: metres };
    }
    if (latitude.value === '' || longitude.value === '') throw new Error('Enter both the latitude and the longitude, e.g. 51.5 and -0.13.');
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
  if (exact.allowed) return h('p', { text: 'Reminders come at their minute: Android lets SMP Aftercare set exact alarms.' });
  const allow = h('button', {
    type: 'button',
    class: 'secondary',
    text: 'Allow exact times',
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
    h('p', { text: 'Android may hold a reminder back by up to an hour to save battery, so times here are “around”. Allow “Alarms & reminders” for SMP Aftercare and they come at their minute.' }),
    exact.askable ? allow : null,
  );
}

function availability(overview, app) {
  if (overview.platform !== 'desktop') return null;
  const box = h('input', { type: 'checkbox', id: uid('autostart'), checked: overview.autostart });
  box.addEventListener('change', async () => {
    try {
      await app.use(await api.setAutostart(box.checked));
      app.say(box.checked ? 'SMP Aftercare starts in the tray when you log in.' : 'SMP Aftercare no longer starts at login.');
    } catch (error) {
      box.checked = !box.checked;
      app.say(error.message);
    }
  });
  return h(
    'div',
    { class: 'stack' },
    h('p', { text: 'On a computer, reminders come while SMP Aftercare runs. Closing its window keeps it running in the tray; choose “Quit” there to stop it. Whatever came due while it was closed is shown when it starts, if it is still useful.' }),
    h('div', { class: 'check' }, box, h('label', { for: box.id, text: 'Start SMP Aftercare in the tray when I log in' })),
  );
}

function protocolForm(overview, app) {
  const current = overview.protocol;
  const choice = protocolChoice(overview, current.origin === 'bundled' ? current.id : 'file');
  const problems = alertBox();
  const form = h(
    'form',
    { class: 'card stack', novalidate: true, 'aria-labelledby': 'protocol-settings' },
    h('h2', { id: 'protocol-settings', text: 'Aftercare protocol' }),
    h('p', {}, 'Following ', h('strong', { text: current.name }), ` (version ${current.version}${current.origin === 'bundled' ? '' : `, from ${current.origin}`}).`),
    choice.node,
    problems,
    h('button', { type: 'submit', text: 'Follow this protocol' }),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    say(problems, '');
    try {
      await app.use(await api.chooseProtocol(await readProtocol(choice)));
      app.say('Protocol changed; your reminders follow it.');
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
    text: 'Save a backup',
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
    text: 'Restore from the backup',
    on: {
      click: async () => {
        say(problems, '');
        const chosen = file.files[0];
        if (!chosen) return say(problems, 'Choose a backup file first.');
        if (!(await confirmDialog('Restore this backup?', 'Everything in the app is replaced by the backup. If the backup is damaged, nothing changes.', 'Restore'))) return;
        try {
          await app.use(await api.restoreBackup(await chosen.text()));
          app.say('Backup restored.');
        } catch (error) {
          say(problems, error.message);
        }
      },
    },
  });
  return h(
    'section',
    { class: 'card stack', 'aria-labelledby': 'backup' },
    h('h2', { id: 'backup', text: 'Backup' }),
    h('p', { class: 'hint', text: 'Your data lives only on this device. A backup is one file with your sessions, settings, protocol, reminders and journal.' }),
    save,
    field('Backup file', file),
    restore,
    problems,
  );
}

function danger(app) {
  const erase = h('button', {
    type: 'button',
    class: 'danger',
    text: 'Delete all data',
    on: {
      click: async () => {
        const sure = await confirmDialog(
          'Delete all your data?',
          'Your sessions, settings, protocol choice, reminders and journal are deleted from this device, and pending notifications are cancelled. This cannot be undone; save a backup first if you may want them back.',
          'Delete everything',
        );
        if (!sure) return;
        try {
          location.hash = '';
          await app.use(await api.deleteEverything());
          app.say('Everything was deleted.');
        } catch (error) {
          app.say(error.message);
        }
      },
    },
  });
  return h('section', { class: 'card stack', 'aria-labelledby': 'danger' }, h('h2', { id: 'danger', text: 'Delete all data' }), erase);
}
