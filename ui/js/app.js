// The app's frame: which screen shows, the banners above it, and what happens when what it shows
// changes behind the UI's back (a reminder shown, Done pressed on a notification, the day over).

import * as api from './api.js';
import { h, show } from './dom.js';
import { renderToday } from './views/today.js';

const main = document.getElementById('main');
const tabs = document.getElementById('tabs');
const banners = document.getElementById('banners');
const toast = document.getElementById('toast');

/** Today, the screen the app opens on, loads with the app; the others when first shown. */
const lazily = (load, name) => async (main, app) => (await load())[name](main, app);
const screens = {
  welcome: { title: 'Welcome', render: lazily(() => import('./views/welcome.js'), 'renderWelcome') },
  today: { title: 'Today', render: renderToday },
  timeline: { title: 'Timeline', render: lazily(() => import('./views/timeline.js'), 'renderTimeline') },
  journal: { title: 'Journal', render: lazily(() => import('./views/journal.js'), 'renderJournal') },
  sessions: { title: 'Sessions', render: lazily(() => import('./views/sessions.js'), 'renderSessions') },
  share: { title: 'Share', render: lazily(() => import('./views/share.js'), 'renderShare') },
  artist: { title: 'Artist mode', render: lazily(() => import('./views/artist.js'), 'renderArtist') },
  settings: { title: 'Settings', render: lazily(() => import('./views/settings.js'), 'renderSettings') },
};

/** Screens open before the first session is entered. */
const beforeFirstRun = new Set(['welcome', 'artist']);

// Errors nobody caught are shown, and kept where the end-to-end tests look for them.
window.__aftercareErrors = [];
function report(message) {
  window.__aftercareErrors.push(String(message));
  app.say(`Something went wrong: ${message}`);
}
// Capturing: a file that fails to load (a script, a style sheet, an image) fires on its element.
window.addEventListener(
  'error',
  (event) => report(event.message ?? `could not load ${event.target?.src ?? event.target?.href ?? 'a file'}`),
  true,
);
window.addEventListener('securitypolicyviolation', (event) => report(`blocked by the content security policy: ${event.blockedURI}`));
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
    if (JSON.stringify(overview) !== JSON.stringify(app.overview)) await app.use(overview);
  },
  /** Takes the overview an edit returned and redraws. */
  async use(overview) {
    keep(overview);
    if (overview.protocol_link) {
      // An artist's link: it is looked at on the Share screen (or chosen in the first run).
      app.link = overview.protocol_link;
      if (overview.sessions.length > 0) location.hash = '#share';
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
  document.title = `${screens[name].title} · SMP Aftercare`;
  const changed = document.body.dataset.screen !== name;
  await screens[name].render(main, app);
  document.body.dataset.screen = name;
  if (changed) window.scrollTo(0, 0);
}

function drawBanners(overview, firstRun) {
  const shown = [];
  if (overview.zone_question) {
    shown.push(
      h(
        'section',
        { class: 'banner', 'aria-label': 'Time zone' },
        h('p', {}, `You are now in ${overview.zone_question}. Should reminders keep their times there, or stay on home time (${overview.preferences.home_zone})?`),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', text: `Follow ${overview.zone_question}`, on: { click: () => answer('follow') } }),
          h('button', { type: 'button', class: 'secondary', text: 'Keep home time', on: { click: () => answer('home') } }),
        ),
      ),
    );
  }
  if (!firstRun && overview.permission !== 'granted') {
    shown.push(
      h(
        'section',
        { class: 'banner warn', 'aria-label': 'Notifications' },
        h('p', { text: 'Notifications are off, so reminders cannot reach you. Turn them on in Settings.' }),
        h('a', { href: '#settings', text: 'Open Settings' }),
      ),
    );
  }
  show(banners, shown);
}

async function answer(policy) {
  try {
    await app.use(await api.answerZoneQuestion(policy));
    app.say(policy === 'follow' ? 'Reminders follow the time where you are.' : 'Reminders stay on home time.');
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
  if (['today', 'timeline'].includes(document.body.dataset.screen)) return app.use(overview);
  keep(overview);
}

/** Holds the overview, and looks again when the day it is for ends. */
let dayOver;
function keep(overview) {
  app.overview = overview;
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

api
  .firstOverview()
  .then((overview) => app.use(overview))
  // What the start-up benchmark (tests/e2e/bench.py) times.
  .then(() => performance.mark('first-screen'))
  // Then what can wait for the first screen. The overview came with the window, and this page
  // may be a reload: it is read again.
  .then(() => api.onRemindersChanged(outOfDate))
  .then(() => api.onProtocolLink(() => app.update()))
  .then(() => app.update())
  .catch((error) => {
    show(main, h('section', { class: 'card' }, h('h1', { text: 'SMP Aftercare could not start' }), h('p', { text: error.message })));
    window.__aftercareErrors.push(error.message);
  });
