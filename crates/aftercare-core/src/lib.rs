//! The SMP aftercare engine: a protocol as data, a client's sessions, and what follows from them.
//!
//! Pure and sans-I/O: nothing here reads a file, the network or the clock. Dates and instants
//! are parameters, so every answer is reproducible and every edge (DST, quiet hours, overlapping
//! sessions) is testable.

//!
//! One folder a subject: `time/` (parsing, wall clocks), `protocol/` (the rules as data, their
//! checks, share codes, comparison), `plan/` (treatment, settings, rule windows, reminders,
//! today), `delivery/` (reconcile, snooze), `journal/` (check-in advice, photos), `export/`
//! (calendar file, summary), `sun/` (position, UV, places), `locale/` (the message catalog,
//! dates in the client's conventions).

pub mod delivery;
mod error;
pub mod export;
pub mod journal;
mod kept;
pub mod locale;
pub mod plan;
pub mod protocol;
pub mod sun;
pub mod time;

// The modules the other crates name, by their own names.
pub use delivery::{reconcile, snooze};
pub use export::{ics, report, summary};
pub use journal::{chart, healing, photo};
pub use plan::{course, today};
pub use protocol::{compare, share};
pub use sun::places;
pub use time::{parse, wall};

pub use delivery::reconcile::{Held, Open, Plan, Rules, reconcile};
pub use delivery::snooze::Snooze;
pub use error::{Error, Problem, Result};
pub use locale::{Language, Locale};
pub use plan::reminders::{Item, Reminder, Shift, reminders_for};
pub use plan::settings::{QuietHours, Settings};
pub use plan::today::{Today, today};
pub use plan::treatment::{MAX_POSTPONED_DAYS, Postponement, Session, Treatment};
pub use protocol::{
    Anchor, At, Categories, Category, Kind, Link, LinkKind, Protocol, Rule, Studio,
};

/// First year a session or date may fall in.
pub const FIRST_YEAR: i32 = 1970;
/// Last year a session or date may fall in (long-term reminders run about ten years past it).
pub const LAST_YEAR: i32 = 2100;
