// The only module that talks to the app's Rust side. Every other module calls these functions,
// so that what the UI may ask for is listed in one place (and granted in capabilities/).

// Tauri's IPC, which every Tauri page has; `@tauri-apps/api` is a thin layer over the same two
// functions. Without a bundler, using them directly spares each start 41 KB of injected script
// (`withGlobalTauri` stays off).
const ipc = window.__TAURI_INTERNALS__;

// ----------------------------------------------------------------------------- the shapes
// What the commands send back, read from the Rust types and their serde attributes: field names
// are Rust's (snake_case); `Option` is `|null`, or an optional property where the field is
// skipped when none (`skip_serializing_if`); `#[serde(flatten)]` fields sit at the top level.

/** A calendar date (`NaiveDate`): `'2026-03-05'`. @typedef {string} IsoDate */
/** An instant (`DateTime<Utc>`), ISO 8601 in UTC: `'2026-03-05T09:00:00Z'`. @typedef {string} Instant */
/**
 * An instant with the zone's offset then (`DateTime<FixedOffset>`), ISO 8601:
 * `'2026-03-05T09:00:00+01:00'`.
 * @typedef {string} OffsetInstant
 */
/** An IANA time zone name (`chrono_tz::Tz`): `'Europe/London'`. @typedef {string} ZoneName */

/**
 * What a reminder is about; each can be muted.
 * @typedef {'milestone'|'digest'|'prep'|'sun'|'checkin'} Category
 */
/** What a rule asks (Rust `Kind`). @typedef {'avoid'|'allowed'|'do'} RuleKind */
/** The session a rule's days count from. @typedef {'each'|'first'|'final'|'treatment'} Anchor */
/** Whose wall clock reminders follow. @typedef {'follow'|'home'} ZonePolicy */
/**
 * Whether the app may show notifications; always `'granted'` on the desktop. `'prompt'`: not asked
 * yet, the app explains why before the system asks.
 * @typedef {'granted'|'denied'|'prompt'} Permission
 */
/** What the settings offer differs by it. @typedef {'desktop'|'android'|'ios'} Platform */

/**
 * Android: whether reminders may come at their minute (`notify::ExactAlarms`).
 * @typedef {object} ExactAlarms
 * @property {boolean} allowed Reminders come at their minute; else Android may hold them back up to
 *   about an hour.
 * @property {boolean} askable The client can allow them in the system settings (Android 12 and later).
 */

/**
 * A session as the screens list it (`overview::SessionView`).
 * @typedef {object} SessionView
 * @property {number} number 1-based, in time order: what `moveSession` and `removeSession` take.
 * @property {string} start Local start, to the minute: `'2026-03-05T10:00'`.
 * @property {ZoneName} zone
 */

/**
 * Who gives a protocol, and how to reach them (`protocol::Studio`); each field absent when none.
 * @typedef {object} Studio
 * @property {string} name
 * @property {string} [contact] Free text: a street address, opening hours.
 * @property {string} [phone] Opened in the dialler (`openContact('phone')`).
 * @property {string} [email] Opened in the mail app.
 * @property {string} [website] An https:// address, opened in the browser.
 * @property {string} [social] A social media handle, shown as text.
 */

/**
 * A protocol as the screens name it (`overview::ProtocolView`).
 * @typedef {object} ProtocolView
 * @property {string} id
 * @property {string} name
 * @property {string} version
 * @property {string|null} description
 * @property {Studio|null} studio
 * @property {string} origin `'bundled'`, or where an imported one came from: its studio's name,
 *   `'shared code'`, or a file's name.
 */

/**
 * A place chosen for the UV estimate (`aftercare_store::ChosenPlace`).
 * @typedef {object} ChosenPlace
 * @property {string|null} name A city's name; null for coordinates entered by hand.
 * @property {number} latitude Degrees north; south is negative.
 * @property {number} longitude Degrees east; west is negative.
 */

/**
 * The client's settings as stored (`aftercare_store::Preferences`).
 * @typedef {object} Preferences
 * @property {string} reminder_time `NaiveTime`, with seconds: `'09:00:00'`.
 * @property {string|null} quiet Quiet hours, `'22:00-08:00'`; null for none.
 * @property {ZonePolicy} zone_policy
 * @property {ZoneName} home_zone
 * @property {ZoneName} device_zone The device's zone when last seen.
 * @property {Category[]} muted
 * @property {boolean} show_details Show what a reminder says on the lock screen.
 * @property {ChosenPlace|null} place Null: the principal city of the zone reminders follow.
 * @property {number} elevation Metres above sea level.
 * @property {string|null} language The language chosen (`'fr-CA'`); null: the system's.
 */

/**
 * Settings as the forms send them (`commands::PreferencesInput`): text the engine parses. Unknown
 * fields are refused.
 * @typedef {object} PreferencesInput
 * @property {string} reminder_time `'09:00'`.
 * @property {string|null} [quiet] `'22:00-08:00'`; null, `''` or `'off'` for none.
 * @property {ZonePolicy} zone_policy
 * @property {ZoneName} home_zone
 * @property {Category[]} muted
 * @property {boolean} show_details
 * @property {ChosenPlace|null} [place] Null or absent: the principal city of the zone.
 * @property {number} [elevation] Metres above sea level; 0 when absent.
 * @property {string|null} [language] A language tag (`'es'`, `'en-GB'`); null or absent: the system's.
 */

/**
 * Where a protocol comes from (`commands::ProtocolSource`): one the app ships, by id, or a
 * file's text (a protocol file, a share code or link) under the name it came with.
 * @typedef {{kind: 'bundled', id: string} | {kind: 'file', name: string, text: string}} ProtocolSource
 */

/**
 * What the first-run screen sends (`commands::Beginning`); unknown fields are refused.
 * @typedef {object} Beginning
 * @property {{start: string, zone: ZoneName}[]} sessions Local starts, `'2026-03-05T10:00'`.
 * @property {PreferencesInput} preferences
 * @property {ProtocolSource} protocol
 */

/**
 * Where a checklist rule stands on the day (`today::State`).
 * @typedef {'avoid'|'allowed-today'|'allowed'|'do'} TodayState
 */

/**
 * One line of today's checklist (`today::TodayItem`).
 * @typedef {object} TodayItem
 * @property {string} rule The rule's key: what `markStep` takes.
 * @property {Category} category
 * @property {TodayState} state
 * @property {boolean} new It starts today: to highlight.
 * @property {string} title
 * @property {string} body
 * @property {number} session 1-based session the rule counts from.
 * @property {number} day Day number from that session.
 * @property {IsoDate} [until] For what is avoided: the last day it still applies.
 * @property {string} [postpone] The healing rule `postpone` may push back a day from here.
 */

/**
 * The next day on which something becomes allowed again (`today::Change`).
 * @typedef {object} Change
 * @property {IsoDate} date
 * @property {number} in_days
 * @property {number} session
 * @property {number} day
 * @property {string[]} rules The rules allowed again that day ...
 * @property {string[]} titles ... and their titles, in the same order.
 */

/**
 * The next session to come (`today::NextSession`).
 * @typedef {object} NextSession
 * @property {number} session 1-based.
 * @property {string} start Local start, `NaiveDateTime` with seconds: `'2026-03-05T10:00:00'`.
 * @property {ZoneName} zone
 * @property {number} in_days
 */

/**
 * A healing step the client pushed back and still waits for (`today::Postponed`).
 * @typedef {object} Postponed
 * @property {number} session 1-based.
 * @property {string} rule The `avoid` rule that lasts longer.
 * @property {string} title What the client waits for.
 * @property {number} days How many days it was pushed back.
 */

/**
 * One thing avoided after a session (`course::Stretch`), its days the pushed-back ones included.
 * @typedef {object} Stretch
 * @property {number} session 1-based.
 * @property {string} rule The `avoid` rule's key.
 * @property {string} title
 * @property {IsoDate} anchor The session's date: day 0.
 * @property {IsoDate} first
 * @property {IsoDate} last The rule window's last day.
 * @property {IsoDate} until The last day before it is allowed again.
 * @property {number} postponed Days the client pushed it back.
 * @property {{rule: string, title: string, date: IsoDate}|null} lifted The milestone that ends it.
 */
/**
 * A day's checklist, the steps ticked on it, and its session's healing course
 * (`overview::TodayView`: `aftercare_core::Today` flattened, with `done` and `course`).
 * @typedef {object} TodayView
 * @property {IsoDate} date
 * @property {number} session 1-based session the day counts from (the first one before it starts).
 * @property {number} day Day number from that session; negative before the first session.
 * @property {TodayItem[]} items New things first, then what to avoid, then what to do.
 * @property {Change|null} next_change
 * @property {NextSession|null} next_session
 * @property {Postponed[]} postponed
 * @property {string[]} done The rule keys ticked on the day.
 * @property {Stretch[]} course What the day's session has the client avoid and until when, by
 *   first day; empty before the session and once everything is allowed again.
 */

/**
 * The day's clear-sky UV estimate where the client is (`overview::SunView`, with
 * `sun::SunDay` flattened into it).
 * @typedef {object} SunView
 * @property {string} place The place's name, or its coordinates.
 * @property {boolean} automatic The zone's principal city, not a place the client chose.
 * @property {IsoDate} date
 * @property {number} peak The day's highest clear-sky UV index.
 * @property {string} peak_at When it is reached, local wall time: `'13:05'` (see below).
 * @property {{opens: OffsetInstant, closes: OffsetInstant}|null} window When the UV index is 3
 *   or more; null if it stays below.
 * @property {string|null} opens Where the window opens, local wall time, `'10:42'`; null without one.
 * @property {string|null} closes Where it closes, likewise.
 *
 * `peak_at` is written twice: `SunDay`'s instant (an OffsetInstant), then SunView's own wall
 * time; JSON.parse and the initialization script both keep the last, the wall time.
 */

/**
 * The Overview: everything the screens show at a glance (`overview::Overview`); every edit
 * answers with it.
 * @typedef {object} Overview
 * @property {SessionView[]} sessions In time order.
 * @property {ProtocolView} protocol The protocol followed.
 * @property {ProtocolView[]} protocols The protocols the app ships, to choose from.
 * @property {Preferences} preferences
 * @property {ZoneName|null} zone_question The zone the device moved to, while the client has
 *   not said whether reminders follow it.
 * @property {IsoDate} date Today, in the zone reminders follow.
 * @property {Instant} day_ends When that date ends there: the screens turn to the next day then.
 * @property {TodayView|null} today Null before the first session is entered.
 * @property {number} missed How many reminders passed without being shown.
 * @property {Permission} permission
 * @property {ExactAlarms|null} exact_alarms Android only, as the system says now; null elsewhere.
 * @property {Platform} platform
 * @property {string|null} protocol_link An `smp-aftercare://` link the app was opened with, once.
 * @property {SunView|null} sun Null for a zone without a city (UTC) and no place chosen.
 * @property {Assessed|null} check_in Today's check-in and its advice, once answered.
 * @property {string|null} damaged What the check of the whole database found damaged, in words.
 */

/**
 * Why a reminder does not fire at its rule's wall time: moved to the end of quiet hours, the wall
 * time did not exist (spring forward), or moved earlier to arrive before its session.
 * @typedef {'quiet-hours'|'dst-gap'|'before-session'} Shift
 */

/**
 * Where a reminder stands (`aftercare_store::State`): `pending` not yet handed to the OS,
 * `scheduled` handed to it, `delivered` shown, `done` marked done, `snoozed` put off until
 * `snoozed_until`, `missed` its time passed beyond the protocol's grace without delivery,
 * `dismissed` over, never to show (its time had passed when a change derived or moved it).
 * @typedef {'pending'|'scheduled'|'delivered'|'done'|'snoozed'|'missed'|'dismissed'} ReminderState
 */

/**
 * One line of a reminder (Rust `plan::reminders::Item`).
 * @typedef {object} ReminderItem
 * @property {string} rule
 * @property {IsoDate} date The day the line is for.
 * @property {RuleKind} kind
 * @property {string} title
 * @property {IsoDate} [until] For an `avoid` rule: the last day it still applies.
 */

/**
 * A reminder with its notification id and state (`aftercare_store::StoredReminder`, with
 * `aftercare_core::Reminder` flattened into it, from `key` to `items`).
 * @typedef {object} StoredReminder
 * @property {number} id The OS notification id (i32), stable while the key lives.
 * @property {string} key `'2026-03-05/wash-ok/4'` for a rule, `'2026-03-09/digest'` for a digest:
 *   what `markDone` and `snooze` take.
 * @property {Category} category
 * @property {number} session 1-based session the day counts from.
 * @property {number} day Day number from that session; negative before it.
 * @property {IsoDate} date The day the reminder is for.
 * @property {string} local Wall time it fires, to the minute: `'2026-03-09T09:00'`.
 * @property {OffsetInstant} at The instant it fires.
 * @property {Shift} [shift] Absent when it fires at the rule's own time.
 * @property {string} title
 * @property {string} body
 * @property {ReminderItem[]} items
 * @property {ReminderState} state
 * @property {Instant|null} state_at When it entered its state.
 * @property {Instant|null} snoozed_until
 * @property {string} [snoozed_local] When the snooze ends, wall time in the zone reminders follow, `'2026-03-09T19:00'`; present when snoozed.
 * @property {Instant} fire_at When it fires next: its time, or the end of its snooze.
 * @property {number|null} handed Internal: the fingerprint (u64) handed to the OS while it is
 *   scheduled; may exceed 2^53, so not exact in JavaScript.
 */

/** How strong a sign is. @typedef {'none'|'mild'|'moderate'|'severe'} Level */
/** What the skin is doing. @typedef {'smooth'|'flaking'|'scabbing'} Surface */
/** Anything coming out of the treated area. @typedef {'none'|'clear'|'pus'} Discharge */

/**
 * One day's check-in answers (`healing::CheckIn`). Sent, every field may be left out (it takes
 * its calm default: `'none'`, `'smooth'`, 0, false) and unknown fields are refused; sent back,
 * every field is there.
 * @typedef {object} CheckIn
 * @property {Level} redness
 * @property {boolean} spreading The redness spreads beyond the treated area.
 * @property {Level} swelling
 * @property {Level} itching
 * @property {Surface} surface
 * @property {number} pain 0 (none) to 10 (the worst imaginable).
 * @property {boolean} warmth The area feels hot to the touch.
 * @property {Discharge} discharge
 * @property {boolean} fever Fever or chills.
 * @property {boolean} streaks Red streaks running from the area.
 */

/** Whom to contact, if anyone. @typedef {'usual'|'practitioner'|'doctor'} Urgency */

/**
 * What a check-in calls for, in plain words (`healing::Advice`).
 * @typedef {object} Advice
 * @property {Urgency} urgency
 * @property {string} heading Whom to contact, in a few words: what the screens lead with.
 * @property {string[]} reasons One sentence per sign that raised the urgency, most urgent first.
 * @property {string} message What to say to the client, whatever the answers.
 */

/**
 * A day's check-in and what it calls for (`aftercare_store::Assessed`): the answers, flattened
 * (`DatedCheckIn` flattens CheckIn), with the fields below.
 * @typedef {CheckIn & AssessedFields} Assessed
 */
/**
 * @typedef {object} AssessedFields
 * @property {IsoDate} date
 * @property {number|null} session 1-based session the check-in counts from; null before any.
 * @property {number|null} day Day number from that session; null before any session.
 * @property {Advice} advice
 */

/**
 * A photo as listed; its bytes come one at a time from `photo` (`aftercare_store::PhotoInfo`).
 * @typedef {object} PhotoInfo
 * @property {number} id
 * @property {IsoDate} date The day it shows.
 * @property {Instant} added_at
 * @property {string} mime `'image/jpeg'`, ...
 * @property {number} size Bytes, as stored (location metadata stripped).
 * @property {number|null} session 1-based session the day counts from; null before any session,
 *   and always null in what `addPhoto` answers.
 * @property {number|null} day Day number from that session; null likewise.
 */

/**
 * A journal note with its id, to pick for the summary (`aftercare_store::Note`, with
 * `NoteRecord` flattened into it).
 * @typedef {object} Note
 * @property {number} id
 * @property {IsoDate} date The day the note is about.
 * @property {Instant} written_at
 * @property {string} note
 */

/**
 * The healing chart (`chart::Chart`, drawn): the days it spans, the answered days as levels 0-3
 * (flaking: 1 flaking, 2 scabbing) and pain 0-10, the numbered milestones, and the SVG, every
 * text in it escaped by the core.
 * @typedef {object} Chart
 * @property {string} first
 * @property {string} last
 * @property {string} today
 * @property {string[]} sessions
 * @property {{date: string, session: number, day: number, redness: number, swelling: number, itching: number, flaking: number, pain: number}[]} points
 * @property {{number: number, date: string, session: number, day: number, title: string, postponed: number}[]} milestones
 * @property {string} svg
 */
/**
 * The journal screen (`journal::Journal`), each list by day.
 * @typedef {object} Journal
 * @property {Assessed[]} check_ins
 * @property {Chart|null} chart `null` before the first session.
 * @property {PhotoInfo[]} photos
 * @property {Note[]} notes
 */

/**
 * A principal city the sun can be estimated for (`places::City`).
 * @typedef {object} City
 * @property {ZoneName} zone
 * @property {string} name `'New York'`, `'Port-au-Prince'`.
 * @property {number} latitude Degrees north; negative south.
 * @property {number} longitude Degrees east; negative west.
 */

/**
 * Hours after its time a reminder is still worth delivering, per category (`GraceHours`).
 * @typedef {{milestone: number, digest: number, prep: number, sun: number, checkin: number}} GraceHours
 */

/**
 * One instruction with its day window (`protocol::Rule`).
 * @typedef {object} Rule
 * @property {string} key
 * @property {Category} category
 * @property {RuleKind} kind
 * @property {Anchor} from
 * @property {[number, number]} days First and last day, inclusive; day 0 is the session's date.
 * @property {number} [every] Repeat every this many days inside the window.
 * @property {string} at `'digest'`, `'morning'`, `'uv'` or a local time, `'18:00'`.
 * @property {string} [lifts] The `avoid` rule this `allowed` rule ends.
 * @property {string} title
 * @property {string} body
 * @property {string} [source]
 */

/**
 * A whole protocol, as artist mode edits it (`aftercare_core::Protocol`, serialized as is;
 * unknown fields are refused when it comes back).
 * @typedef {object} Protocol
 * @property {number} format The file format, 1.
 * @property {string} id
 * @property {string} name
 * @property {string} version
 * @property {string} [description]
 * @property {number} min_days_between_sessions
 * @property {Studio} [studio]
 * @property {GraceHours} grace_hours
 * @property {Rule[]} rule The rules: `rule`, singular (`#[serde(rename = "rule")]`).
 */

/**
 * A protocol ready to hand over (`sharing::Shared`).
 * @typedef {object} Shared
 * @property {string} code The share code, `SMPA3-...`.
 * @property {string} link The link that opens the app on it: `smp-aftercare://protocol/SMPA3-...`.
 * @property {{Ok: string}|{Err: string}} qr A Rust `Result`: the link as a QR code (SVG text), or
 *   why it does not fit one.
 */

/**
 * One difference between the protocol followed and one offered (`compare::Difference`).
 * @typedef {object} Difference
 * @property {string|null} rule The rule's key; null for the protocol as a whole.
 * @property {string} what `'Name'`, `'New: Pools and sauna'`, ...
 * @property {string|null} before Null where there was none (something added).
 * @property {string|null} after Null where there is none (something dropped).
 */

/**
 * What accepting a shared protocol would change (`sharing::Preview`).
 * @typedef {object} Preview
 * @property {string} name
 * @property {string} version
 * @property {Studio|null} studio
 * @property {Difference[]} differences Empty when nothing would change.
 */

/**
 * `input`: the client can correct what they entered; `storage`: the data could not be read or
 * written; `delivery`: notifications, files or the platform failed; `app`: the IPC refused the
 * call before the command ran (an argument that did not deserialize, say).
 * @typedef {'input'|'storage'|'delivery'|'app'} ErrorKind
 */

// ----------------------------------------------------------------------------- the calls

/**
 * An error the UI can show: `{ kind, message }`, as the commands send it (`error::Error`).
 * Every wrapper below rejects with one. The message is written for the client.
 * @property {ErrorKind} kind
 */
export class AppError extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/**
 * Invokes a command; rejects with an AppError.
 * @param {string} command
 * @param {object} [args] Named as the Rust parameters (Tauri maps camelCase to snake_case).
 * @returns {Promise<any>}
 */
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

/**
 * One format of dates or times (`locale::Template`): the pieces ICU4X printed, each either text or
 * a field, and the text of each field as printed in this format (empty when it does not appear).
 * @typedef {object} Template
 * @property {(string | {field: 'weekday'|'month'|'day'|'year'|'hour'|'minute'|'period'})[]} pieces
 * @property {string[]} weekdays Monday first.
 * @property {string[]} months January first.
 * @property {string[]} days Day 1 first.
 * @property {string[]} hours Hour 0 first.
 * @property {string[]} minutes
 * @property {string[]} periods The day period (AM, PM) of each hour.
 */

/**
 * How a locale groups a count's digits (`locale::Grouping`): `1,234,567`, `12,34,567`.
 * @typedef {object} Grouping
 * @property {string} separator Between two groups.
 * @property {number} last How many digits the last group has.
 * @property {number} others How many digits each group before it has.
 * @property {number} from The fewest digits a count has for them to be grouped.
 */

/**
 * How a locale writes dates, times and counts (`locale::Conventions`).
 * @typedef {object} Conventions
 * @property {Template} day `Mon, Mar 9`.
 * @property {Template} dated_day `Tue, Mar 5, 2030`: a day in another year.
 * @property {Template} long_day `Monday, March 9, 2026`.
 * @property {Template} time `9:00 AM`.
 * @property {Template} day_time `Mon, Mar 9, 9:00 AM`.
 * @property {Template} dated_day_time `Tue, Mar 5, 2030, 9:00 AM`: in another year.
 * @property {Grouping} count `1,461`.
 */

/**
 * The language the UI speaks (`locale::LocaleView`).
 * @typedef {object} Locale
 * @property {string} tag BCP 47, with the region whose conventions apply: `'en-GB'`.
 * @property {object[]} catalog The messages the screens show, in this language, parsed as
 *   @fluent/bundle's FluentResource keeps them (its `body`; `locale::ui_catalog`).
 * @property {Conventions} conventions
 * @property {{tag: string, name: string}[]} choices The languages offered, each named in itself.
 */

/**
 * The client's language: the chosen one, else the system's.
 * @returns {Promise<Locale>}
 */
export const locale = () => call('locale');

/**
 * The locale the first screen speaks, handed over with the page like the first overview.
 * @returns {Promise<Locale>}
 */
export function firstLocale() {
  const handed = window.__aftercareLocale;
  delete window.__aftercareLocale;
  return handed ? Promise.resolve(handed) : locale();
}

/**
 * Reads everything the screens show at a glance.
 * @returns {Promise<Overview>}
 */
export const overview = () => call('overview');

/**
 * Checks every page of the database, photos included, off the start path; damage found shows in
 * the overview (`damaged`) from then on.
 * @returns {Promise<void>}
 */
export const checkWhole = () => call('check_whole');

/**
 * The overview the first screen shows. The app hands it over with the page (an initialization
 * script), which spares the first screen a round trip; it is asked for when it was not.
 * @returns {Promise<Overview>}
 */
export function firstOverview() {
  const handed = window.__aftercareOverview;
  delete window.__aftercareOverview;
  return handed ? Promise.resolve(handed) : overview();
}
/**
 * First run: stores the sessions, settings and protocol, checked together (a mistake stores none).
 * @param {Beginning} beginning
 * @returns {Promise<Overview>}
 */
export const begin = (beginning) => call('begin', { beginning });
/**
 * Ticks or unticks a step of a day's checklist.
 * @param {IsoDate} date
 * @param {string} rule The rule's key (TodayItem.rule).
 * @param {boolean} done
 * @returns {Promise<Overview>}
 */
export const markStep = (date, rule, done) => call('mark_step', { date, rule, done });
/**
 * Lists every reminder, past and future, with its state, in firing order.
 * @returns {Promise<StoredReminder[]>}
 */
export const timeline = () => call('timeline');
/**
 * Adds a session; the reminders follow.
 * @param {string} start Local start, `'2026-03-05T10:00'`.
 * @param {ZoneName} zone
 * @returns {Promise<Overview>}
 */
export const addSession = (start, zone) => call('add_session', { start, zone });
/**
 * Moves a session to a new start.
 * @param {number} number 1-based, in time order (SessionView.number).
 * @param {string} start Local start, `'2026-03-05T10:00'`.
 * @param {ZoneName} zone
 * @returns {Promise<Overview>}
 */
export const moveSession = (number, start, zone) => call('move_session', { number, start, zone });
/**
 * Removes a session.
 * @param {number} number 1-based, in time order (SessionView.number).
 * @returns {Promise<Overview>}
 */
export const removeSession = (number) => call('remove_session', { number });
/**
 * Stores the settings; the reminders follow them.
 * @param {PreferencesInput} preferences
 * @returns {Promise<Overview>}
 */
export const setPreferences = (preferences) => call('set_preferences', { preferences });
/**
 * Marks a reminder done.
 * @param {string} key StoredReminder.key.
 * @returns {Promise<null>}
 */
export const markDone = (key) => call('mark_done', { key });
/**
 * Puts a reminder off; it never comes back inside quiet hours.
 * @param {string} key StoredReminder.key.
 * @param {string} until `'hour'`, `'evening'`, `'tomorrow'`, or a span such as `'30m'`, `'2h'`.
 * @returns {Promise<null>}
 */
export const snooze = (key, until) => call('snooze', { key, until });
/**
 * Follows another protocol: one the app ships, or a file from the artist.
 * @param {ProtocolSource} source
 * @returns {Promise<Overview>}
 */
export const chooseProtocol = (source) => call('choose_protocol', { source });
/**
 * Answers the zone question: follow the device's new zone, or keep home time.
 * @param {ZonePolicy} policy
 * @returns {Promise<Overview>}
 */
export const answerZoneQuestion = (policy) => call('answer_zone_question', { policy });
/**
 * Saves a JSON backup of everything (Downloads on a computer, the share sheet on a phone).
 * @returns {Promise<string>} What happened, for the client: `'Saved to ...'`, `'Shared'`, ...
 */
export const saveBackup = () => call('save_backup');
/**
 * Opens a way to reach the studio of the protocol followed: the dialler, the mail app or the
 * browser, with the address the protocol gives.
 * @param {'phone'|'email'|'website'} kind
 * @returns {Promise<void>}
 */
export const openContact = (kind) => call('open_contact', { kind });
/**
 * Desktop: whether the app starts in the tray at login; null on phones.
 * @returns {Promise<boolean|null>}
 */
export const autostart = () => call('autostart');
/**
 * Desktop: starts the app in the tray at login, or stops doing so; a phone refuses.
 * @param {boolean} on
 * @returns {Promise<boolean|null>} Whether it now does.
 */
export const setAutostart = (on) => call('set_autostart', { on });
/**
 * Replaces everything with a JSON backup, after checking all of it.
 * @param {string} json The backup file's text.
 * @returns {Promise<Overview>}
 */
export const restoreBackup = (json) => call('restore_backup', { json });
/**
 * Deletes the client's data: sessions, journal, reminders, and settings and protocol go back to
 * a new database's.
 * @returns {Promise<Overview>}
 */
export const deleteEverything = () => call('delete_everything');
/**
 * Reads whether the app may show notifications.
 * @returns {Promise<Permission>}
 */
export const notificationPermission = () => call('notification_permission');
/**
 * Asks the system for the notification permission; the UI has explained why first.
 * @returns {Promise<Permission>}
 */
export const requestNotificationPermission = () => call('request_notification_permission');
/**
 * Android: opens the system screen that allows exact alarms; the overview says how it went.
 * Refused on the desktop and iOS, which have no such setting.
 * @returns {Promise<null>}
 */
export const requestExactAlarms = () => call('request_exact_alarms');

/**
 * A protocol to edit in artist mode.
 * @param {string} base `'current'` for the one followed, or the id of one the app ships.
 * @returns {Promise<Protocol>}
 */
export const artistProtocol = (base) => call('artist_protocol', { base });
/**
 * Checks an edited protocol whole, and gives its code, link and QR code.
 * @param {Protocol} protocol
 * @returns {Promise<Shared>}
 */
export const shareProtocol = (protocol) => call('share_protocol', { protocol });
/**
 * Saves an edited protocol as a TOML file, `<id>.toml`, to send or keep.
 * @param {Protocol} protocol
 * @returns {Promise<string>} What happened, for the client.
 */
export const saveProtocol = (protocol) => call('save_protocol', { protocol });
/**
 * Says what following a shared protocol would change; nothing changes yet.
 * @param {string} text A share code, a link, or a protocol file's text (JSON or TOML).
 * @returns {Promise<Preview>}
 */
export const previewProtocol = (text) => call('preview_protocol', { text });
/**
 * Follows a shared protocol from now on; the reminders are derived again.
 * @param {string} text A share code, a link, or a protocol file's text (JSON or TOML).
 * @returns {Promise<Overview>}
 */
export const acceptProtocol = (text) => call('accept_protocol', { text });
/**
 * Saves (or, on a phone, shares) the reminders and upcoming sessions as a calendar file.
 * @param {Category[]} categories
 * @param {IsoDate|null} from The first day to include; null: no limit.
 * @param {IsoDate|null} to The last day to include; null: no limit.
 * @returns {Promise<string>} What happened, for the client.
 */
export const exportCalendar = (categories, from, to) => call('export_calendar', { categories, from, to });
/**
 * Saves (or, on a phone, shares) the progress summary as a text file.
 * @param {number[]} notes Note ids.
 * @returns {Promise<string>} What happened, for the client.
 */
export const sendProgress = (notes) => call('send_progress', { notes });
/**
 * Writes the report for the artist with the notes and photos picked, to show before it is sent.
 * @param {number[]} notes Note ids.
 * @param {number[]} photos Photo ids, in the order the page shows them.
 * @returns {Promise<string>} The page, a whole HTML document whose every text the core escaped.
 */
export const report = (notes, photos) => call('report', { notes, photos });
/**
 * Saves (or, on a phone, shares) the report as a web page.
 * @param {number[]} notes Note ids.
 * @param {number[]} photos Photo ids.
 * @returns {Promise<string>} What happened, for the client.
 */
export const sendReport = (notes, photos) => call('send_report', { notes, photos });

/**
 * Reads the journal: check-ins with their advice, their chart, photos, notes.
 * @returns {Promise<Journal>}
 */
export const journal = () => call('journal');
/**
 * Records a day's check-in (answering again replaces it) and says what it calls for.
 * @param {IsoDate} date
 * @param {Partial<CheckIn>} answers Left-out answers take their calm default.
 * @returns {Promise<Assessed>}
 */
export const checkIn = (date, answers) => call('check_in', { date, answers });
/**
 * Adds a note to a day of the journal.
 * @param {IsoDate} date
 * @param {string} note At most 4,000 characters.
 * @returns {Promise<null>}
 */
export const addNote = (date, note) => call('add_note', { date, note });
/**
 * Keeps a photo for a day, its location metadata stripped first.
 * @param {IsoDate} date
 * @param {string} base64 The image file's bytes, base64 (no `data:` prefix).
 * @returns {Promise<PhotoInfo>} With `session` and `day` null; `journal` fills them.
 */
export const addPhoto = (date, base64) => call('add_photo', { date, base64 });
/**
 * Reads a photo, for an `<img>`.
 * @param {number} id PhotoInfo.id.
 * @returns {Promise<string>} A `data:<mime>;base64,...` URL.
 */
export const photo = (id) => call('photo', { id });
/**
 * Deletes a photo; its bytes are overwritten in the file.
 * @param {number} id PhotoInfo.id.
 * @returns {Promise<null>}
 */
export const removePhoto = (id) => call('remove_photo', { id });
/**
 * Pushes a healing rule back a day for a session ("still scabbing?"), or undoes it.
 * @param {number} session 1-based session number.
 * @param {string} rule The rule's key (TodayItem.postpone, Postponed.rule).
 * @param {boolean} undo Back to the protocol's day instead.
 * @returns {Promise<Overview>}
 */
export const postpone = (session, rule, undo) => call('postpone', { session, rule, undo });
/**
 * Lists the cities the sun can be estimated for, sorted by name.
 * @returns {Promise<City[]>}
 */
export const cities = () => call('cities');

/**
 * How many times each thing the window follows has happened since the app started
 * (`signals::Happened`).
 * @typedef {object} Happened
 * @property {number} reminders_changed
 * @property {number} links
 */

/**
 * Follows what happens outside the UI: calls `onChanged` whenever reminders change behind its
 * back (one shown, Done on a notification), `onLink` when an smp-aftercare:// link opens the app
 * (the overview then holds it). One request stays pending in Rust until something happens; Rust
 * runs no script in the page (src-tauri/src/signals.rs says why).
 * @param {() => void} onChanged
 * @param {() => void} onLink
 * @returns {Promise<void>} Once following: what happens from then on is told.
 */
export async function follow(onChanged, onLink) {
  /** @type {Happened} */
  let seen = await call('next_signals', { seen: null });
  const wait = async () => {
    for (;;) {
      /** @type {Happened} */
      const now = await call('next_signals', { seen });
      if (now.reminders_changed !== seen.reminders_changed) onChanged();
      if (now.links !== seen.links) onLink();
      seen = now;
    }
  };
  // Ends only with the page, or if the app stops answering: then its error is in the console.
  wait().catch(console.error);
}
