// Dates and times as the client reads them. The Rust side sends wall-clock values without a
// zone (`2026-03-09`, `2026-03-09T09:00`): they are formatted as they are, never shifted.

// In the app's language, English, without Intl: the first screen would otherwise wait for the
// WebView to load its locale data, a good part of the start-up time.
const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The calendar date and the wall time of `2026-03-09` or `2026-03-09T09:00`, as they are. */
function parts(value) {
  const [date, time = '00:00'] = value.split('T');
  const [year, month, dayOfMonth] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay();
  return { year, month: months[month - 1], day: dayOfMonth, weekday: weekdays[weekday], time: time.slice(0, 5) };
}

/** `Sat 7 Mar`. */
export function day(value) {
  const p = parts(value);
  return `${p.weekday.slice(0, 3)} ${p.day} ${p.month.slice(0, 3)}`;
}
/** `Saturday 7 March 2026`. */
export function longDay(value) {
  const p = parts(value);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}
/** `09:00`. */
export const time = (value) => parts(value).time;
/** `Mon 9 Mar, 09:00`. */
export const dayTime = (value) => `${day(value)}, ${time(value)}`;

/** `today`, `tomorrow`, `in 3 days`, `yesterday`, `5 days ago`. */
export function inDays(days) {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 1 ? `in ${days} days` : `${-days} days ago`;
}

/** Where a date stands in the treatment: `Session 1 · day 3`, or `2 days before session 1`. */
export function position(session, dayNumber) {
  if (dayNumber >= 0) return `Session ${session} · day ${dayNumber}`;
  const days = -dayNumber;
  return `${days === 1 ? '1 day' : `${days} days`} before session ${session}`;
}

/** The date part of `2026-03-05T10:00`, and the time part. */
export const splitLocal = (value) => value.split('T');

/** Every IANA zone the WebView knows, for the zone field's suggestions. */
export function zones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}
