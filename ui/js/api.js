// The only module that talks to the app's Rust side. Every other module calls these functions,
// so that what the UI may ask for is listed in one place (and granted in capabilities/).

// Tauri's IPC, which every Tauri page has; `@tauri-apps/api` is a thin layer over the same two
// functions. Without a bundler, using them directly spares each start 41 KB of injected script
// (`withGlobalTauri` stays off).
const ipc = window.__TAURI_INTERNALS__;

/** An error the UI can show: `{ kind, message }`, as the commands send it. */
export class AppError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

async function call(command, args) {
  try {
    return await ipc.invoke(command, args);
  } catch (error) {
    if (error && typeof error === 'object' && 'message' in error) {
      throw new AppError(error.kind ?? 'app', error.message);
    }
    throw new AppError('app', String(error));
  }
}

export const overview = () => call('overview');

/**
 * The overview the first screen shows. The app hands it over with the page (an initialization
 * script), which spares the first screen a round trip; it is asked for when it was not.
 */
export function firstOverview() {
  const handed = window.__aftercareOverview;
  delete window.__aftercareOverview;
  return handed ? Promise.resolve(handed) : overview();
}
export const begin = (beginning) => call('begin', { beginning });
export const markStep = (date, rule, done) => call('mark_step', { date, rule, done });
export const timeline = () => call('timeline');
export const addSession = (start, zone) => call('add_session', { start, zone });
export const moveSession = (number, start, zone) => call('move_session', { number, start, zone });
export const removeSession = (number) => call('remove_session', { number });
export const setPreferences = (preferences) => call('set_preferences', { preferences });
export const markDone = (key) => call('mark_done', { key });
export const snooze = (key, until) => call('snooze', { key, until });
export const chooseProtocol = (source) => call('choose_protocol', { source });
export const answerZoneQuestion = (policy) => call('answer_zone_question', { policy });
export const saveBackup = () => call('save_backup');
export const setAutostart = (on) => call('set_autostart', { on });
export const restoreBackup = (json) => call('restore_backup', { json });
export const deleteEverything = () => call('delete_everything');
export const notificationPermission = () => call('notification_permission');
export const requestNotificationPermission = () => call('request_notification_permission');
/** Android: opens the system screen that allows exact alarms; the overview says how it went. */
export const requestExactAlarms = () => call('request_exact_alarms');

export const artistProtocol = (base) => call('artist_protocol', { base });
export const shareProtocol = (protocol) => call('share_protocol', { protocol });
export const saveProtocol = (protocol) => call('save_protocol', { protocol });
export const previewProtocol = (text) => call('preview_protocol', { text });
export const acceptProtocol = (text) => call('accept_protocol', { text });
export const exportCalendar = (categories, from, to) => call('export_calendar', { categories, from, to });
export const notes = () => call('notes');
export const progress = (notes) => call('progress', { notes });
export const sendProgress = (notes) => call('send_progress', { notes });

export const journal = () => call('journal');
export const checkIn = (date, answers) => call('check_in', { date, answers });
export const addNote = (date, note) => call('add_note', { date, note });
export const addPhoto = (date, base64) => call('add_photo', { date, base64 });
export const photo = (id) => call('photo', { id });
export const removePhoto = (id) => call('remove_photo', { id });
export const postpone = (session, rule, undo) => call('postpone', { session, rule, undo });
export const cities = () => call('cities');

function listen(event, handler) {
  return ipc.invoke('plugin:event|listen', { event, target: { kind: 'Any' }, handler: ipc.transformCallback(handler) });
}

/** Calls `handler` whenever reminders change outside the UI (one shown, Done on a notification). */
export const onRemindersChanged = (handler) => listen('reminders-changed', handler);

/** Calls `handler` when an smp-aftercare:// link opens the app; the overview then holds it. */
export const onProtocolLink = (handler) => listen('protocol-link', handler);
