// The app's frame: which screen shows, the banners above it, and what happens when what it shows
// changes behind the UI's back (a reminder shown, Done pressed on a notification, the day over).

import * as api from './api.js';
import { h, show } from './dom.js';
import { readOn } from './format.js';
import { t, useLocale } from './i18n.js';
import { renderToday } from './views/today.js';

const main = document.getElementById('main');
const tabs = document.getElementById('tabs');
const banners = document.getElementById('banners');
const toast = document.getElementById('toast');

/**
 * Today, the screen the app opens on, loads with the app; the others when first shown. Titles are
 * read when shown: the catalog is not there yet when this module runs.
 */
const lazily = (load, name) => async (main, app) => (await load())[name](main, app);
const screens = {
  welcome: { title: () => t('screen-welcome'), render: lazily(() => import('./views/welcome.js'), 'renderWelcome') },
  today: { title: () => t('screen-today'), render: renderToday },
  timeline: { title: () => t('screen-timeline'), render: lazily(() => import('./views/timeline.js'), 'renderTimeline') },
  journal: { title: () => t('screen-journal'), render: lazily(() => import('./views/journal.js'), 'renderJournal') },
  sessions: { title: () => t('screen-sessions'), render: lazily(() => import('./views/sessions.js'), 'renderSessions') },
  share: { title: () => t('screen-share'), render: lazily(() => import('./views/share.js'), 'renderShare') },
  artist: { title: () => t('screen-artist'), render: lazily(() => import('./views/artist.js'), 'renderArtist') },
  settings: { title: () => t('screen-settings'), render: lazily(() => import('./views/settings.js'), 'renderSettings') },
};

/** Screens open before the first session is entered. */
const beforeFirstRun = new Set(['welcome', 'artist']);

// Errors nobody caught are shown, and kept where the end-to-end tests look for them: in English
// for the tests, in the client's language on the screen.
window.__aftercareErrors = [];
function report(logged, shown = t('ui-error', { message: String(logged) })) {
  window.__aftercareErrors.push(String(logged));
  app.say(shown);
}
// Capturing: a file that fails to load (a script, a style sheet, an image) fires on its element.
window.addEventListener(
  'error',
  (event) => {
    // A script's error has a message, from the engine; a file that did not load has none.
    if (event.message !== undefined) return report(event.message);
    const file = event.target?.src ?? event.target?.href;
    if (file === undefined) return report('could not load a file', t('ui-error-load-unnamed'));
    report(`could not load ${file}`, t('ui-error-load', { file }));
  },
  true,
);
window.addEventListener('securitypolicyviolation', (event) =>
  report(`blocked by the content security policy: ${event.blockedURI}`, t('ui-error-blocked', { address: event.blockedURI })),
);
window.addEventListener('unhandledrejection', (event) => report(event.reason?.message ?? event.reason));

/** What every screen gets: the overview, and ways to refresh it and to tell the client things. */
const app = {
  overview: null,
  /** An smp-aftercare:// link the app was opened with, until a screen has shown it. */
  link: null,
  /** Reads the overview again and redraws the screen. */
  async refresh() {
    await app.use(await api.overview());
  },
  /**
   * Reads the overview again and redraws only if it changed: for reads nobody asked for, so
   * that a form being filled in is left as it is.
   */
  async update() {
    const overview = await api.overview();
    if (JSON.stringify(overview) !== JSON.stringify(app.overview)) await redraw(overview);
  },
  /** Takes the overview an edit returned and redraws. */
  async use(overview) {
    keep(overview);
    if (overview.protocol_link) {
      // An artist's link: it is looked at on the Share screen (or chosen in the first run).
      app.link = overview.protocol_link;
      if (overview.sessions.length > 0 && location.hash !== '#share') {
        // The hash change draws the Share screen; drawn here too, the second drawing would
        // find the link already taken and show an empty form.
        location.hash = '#share';
        return;
      }
    }
    await render();
  },
  say(message) {
    toast.textContent = message;
    toast.classList.add('shown');
    clearTimeout(app.sayTimer);
    app.sayTimer = setTimeout(() => toast.classList.remove('shown'), 4000);
  },
};

let rendering = Promise.resolve();

function render() {
  // One render at a time, in order: a change event may arrive while a screen draws.
  rendering = rendering.then(draw, draw);
  return rendering;
}

async function draw() {
  const overview = app.overview;
  const firstRun = overview.sessions.length === 0;
  const requested = location.hash.slice(1);
  const name = firstRun
    ? beforeFirstRun.has(requested) ? requested : 'welcome'
    : screens[requested] && requested !== 'welcome' ? requested : 'today';
  tabs.hidden = firstRun;
  for (const link of tabs.querySelectorAll('a')) {
    link.toggleAttribute('aria-current', link.dataset.tab === name);
    if (link.dataset.tab === name) link.setAttribute('aria-current', 'page');
  }
  drawBanners(overview, firstRun);
  document.title = t('ui-window-title', { screen: screens[name].title() });
  const changed = document.body.dataset.screen !== name;
  // The same screen drawn anew keeps the parts the client unfolded (a reminder on the timeline,
  // when to call a doctor, a form not typed in yet); one whose form was typed in closes, its
  // work done or abandoned.
  const open = [...main.querySelectorAll('details[open]')].filter((d) => ![...d.querySelectorAll('form')].some((form) => touched.has(form)));
  const unfolded = changed ? new Set() : new Set(open.map(fold));
  heldBack = false;
  await screens[name].render(main, app);
  for (const details of main.querySelectorAll('details')) if (unfolded.has(fold(details))) details.open = true;
  document.body.dataset.screen = name;
  if (changed) window.scrollTo(0, 0);
}

/** A folded part, named by what it belongs to (a reminder's key) and its summary. */
const fold = (details) => `${details.closest('[data-key]')?.dataset.key ?? ''}\n${details.querySelector('summary')?.textContent}`;

function drawBanners(overview, firstRun) {
  const shown = [];
  if (overview.zone_question) {
    shown.push(
      h(
        'section',
        { class: 'banner', 'aria-label': t('ui-zone-banner') },
        h('p', { text: t('ui-zone-question', { zone: overview.zone_question, home: overview.preferences.home_zone }) }),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', text: t('ui-zone-follow', { zone: overview.zone_question }), on: { click: () => answer('follow') } }),
          h('button', { type: 'button', class: 'secondary', text: t('ui-zone-keep-home'), on: { click: () => answer('home') } }),
        ),
      ),
    );
  }
  if (overview.damaged) {
    shown.push(h('section', { class: 'banner warn', 'aria-label': t('ui-damaged-banner') }, h('p', { text: overview.damaged })));
  }
  if (!firstRun && overview.permission !== 'granted') {
    shown.push(
      h(
        'section',
        { class: 'banner warn', 'aria-label': t('ui-notifications-banner') },
        h('p', { text: t('ui-notifications-off') }),
        h('a', { href: '#settings', text: t('ui-open-settings') }),
      ),
    );
  }
  show(banners, shown);
}

async function answer(policy) {
  try {
    await app.use(await api.answerZoneQuestion(policy));
    app.say(policy === 'follow' ? t('ui-zone-followed') : t('ui-zone-kept'));
  } catch (error) {
    app.say(error.message);
  }
}

/**
 * What the screens show changed behind the UI's back (a reminder shown, Done on a notification,
 * the day over): the screens that show the day and its reminders are drawn again; a form is left
 * as it is, with what the client is typing.
 */
async function outOfDate() {
  const overview = await api.overview();
  if (['today', 'timeline'].includes(document.body.dataset.screen)) return redraw(overview);
  keep(overview);
}

/** Forms the client has typed in since their screen was drawn. */
const touched = new WeakSet();
main.addEventListener('input', (event) => event.target.form && touched.add(event.target.form));

/**
 * A form on the screen is typed in: drawn again, what the client typed (a touch-up's date, looked
 * up in the calendar app meanwhile) would be lost. One only opened is drawn open again.
 */
const busy = () => [...main.querySelectorAll('form')].some((form) => touched.has(form) && !form.closest('details:not([open])'));

/** Set when an overview was kept rather than drawn, the client being busy with a form. */
let heldBack = false;

/** Draws what changed behind the client's back, or holds it back until the form is done. */
async function redraw(overview) {
  if (!busy()) return app.use(overview);
  keep(overview);
  heldBack = true;
}

// The form folded away: what was held back is drawn. (`toggle` does not bubble: captured.) A
// form sent draws the screen anyway.
main.addEventListener('toggle', () => heldBack && !busy() && app.use(app.overview), true);

/** Holds the overview, and looks again when the day it is for ends. */
let dayOver;
function keep(overview) {
  app.overview = overview;
  readOn(overview.date);
  clearTimeout(dayOver);
  // A second late rather than early; a page asleep in the background wakes to a late timer.
  const wait = Math.max(0, Date.parse(overview.day_ends) - Date.now()) + 1000;
  dayOver = setTimeout(outOfDate, Math.min(wait, 2 ** 31 - 1));
}

// Back in front (a phone's app switcher, the tray): the day may be over, a reminder shown.
document.addEventListener('visibilitychange', () => document.hidden || outOfDate());

window.addEventListener('hashchange', async () => {
  // Read afresh: the day may have turned since the last screen.
  await app.refresh();
  // For screen readers and the keyboard; the new screen is shown from its top.
  main.focus({ preventScroll: true });
});

// The language and the overview are asked for together; the language is spoken before anything
// is drawn. (After a language change the settings reload the page: nothing is redrawn in place.)
Promise.all([api.firstLocale(), api.firstOverview()])
  .then(([locale, overview]) => {
    useLocale(locale);
    // An attribute, which `data-l10n-id` (text only) does not reach.
    tabs.setAttribute('aria-label', t('ui-sections'));
    return app.use(overview);
  })
  // The first screen laid out and painted, which is when a person sees it (a task queued from
  // a frame's animation callback runs once that frame is drawn; laying the screen out takes
  // longer than building it): what the start-up benchmark (tests/e2e/bench.py) times, and what
  // the rest waits for. A window kept in the tray draws no frame: the rest waits to be shown.
  .then(() => new Promise((painted) => requestAnimationFrame(() => setTimeout(painted))))
  .then(() => performance.mark('first-screen'))
  // Then what can wait for the first screen. The overview came with the window, and this page
  // may be a reload: it is read again.
  .then(() => api.follow(outOfDate, () => app.update()))
  .then(() => app.update())
  // Last, every page of the database, photos included: damage found shows as a banner. A check
  // that could not run is said, and the app goes on.
  .then(() => api.checkWhole().then(() => app.update(), (error) => app.say(error.message)))
  .catch((error) => {
    // Without a catalog (the language is what failed), t() gives the message's id, which still
    // names the failure.
    show(main, h('section', { class: 'card' }, h('h1', { text: t('ui-could-not-start') }), h('p', { text: error.message })));
    window.__aftercareErrors.push(error.message);
  });
