// Dates and times as the client reads them, in their locale's conventions. The Rust side sends
// wall-clock values without a zone (`2026-03-09`, `2026-03-09T09:00`): they are formatted as
// they are, never shifted.
//
// The conventions come from Rust, which formats notifications with ICU4X: each format is the
// pieces ICU4X printed and the text of every field in it, so a screen writes a date exactly as a
// notification does, without Intl (whose locale data would hold up the first screen).

import { conventions, t } from './i18n.js';

/** The fields of `2026-03-09` or `2026-03-09T09:00`, as they are. */
function fields(value) {
  const [date, clock = '00:00'] = value.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = clock.split(':').map(Number);
  // Monday first, as the tables are.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return { year, month, day, hour, minute, weekday };
}

/**
 * Writes `value` in one of the locale's formats.
 * @param {import('./api.js').Template} template
 */
function write(template, value) {
  const f = fields(value);
  const text = {
    weekday: () => template.weekdays[f.weekday],
    month: () => template.months[f.month - 1],
    day: () => template.days[f.day - 1],
    year: () => String(f.year),
    hour: () => template.hours[f.hour],
    minute: () => template.minutes[f.minute],
    period: () => template.periods[f.hour],
  };
  return template.pieces.map((piece) => (typeof piece === 'string' ? piece : text[piece.field]())).join('');
}

/** The year of the client's today (the overview's date): a day in another is written with its year. */
let thisYear = 0;

/** Dates from now on are read on `today` (`2026-03-09`). */
export function readOn(today) {
  thisYear = Number(today.slice(0, 4));
}

const otherYear = (value) => Number(value.slice(0, 4)) !== thisYear;

/** `Mon, Mar 9` (en), `lun. 9 mars` (fr); `Tue, Mar 5, 2030` in another year than today's. */
export const day = (value) => write(otherYear(value) ? conventions().dated_day : conventions().day, value);
/** `Monday, March 9, 2026` (en). */
export const longDay = (value) => write(conventions().long_day, value);
/** `9:00 AM` (en), `09:00` (en-GB). */
export const time = (value) => write(conventions().time, value);
/** `Mon, Mar 9, 9:00 AM` (en); `Tue, Mar 5, 2030, 9:00 AM` in another year than today's. */
export const dayTime = (value) => write(otherYear(value) ? conventions().dated_day_time : conventions().day_time, value);

/** `today`, `tomorrow`, `in 3 days`, `yesterday`, `5 days ago`. */
export const inDays = (days) => (days >= 0 ? t('days-ahead', { days }) : t('days-ago', { days: -days }));

/** Where a date stands in the treatment: `Session 1 · day 3`, or `2 days before session 1`. */
export const position = (session, dayNumber) =>
  dayNumber >= 0 ? t('position-day', { session, day: dayNumber }) : t('position-before', { session, days: -dayNumber });

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
