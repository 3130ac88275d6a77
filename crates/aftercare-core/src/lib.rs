//! The SMP aftercare engine: a protocol as data, a client's sessions, and what follows from them.
//!
//! Pure and sans-I/O: nothing here reads a file, the network or the clock. Dates and instants
//! are parameters, so every answer is reproducible and every edge (DST, quiet hours, overlapping
//! sessions) is testable.

mod calendar;
pub mod compare;
mod error;
pub mod healing;
pub mod ics;
pub mod parse;
pub mod photo;
pub mod places;
pub mod protocol;
pub mod reconcile;
pub mod schedule;
pub mod session;
pub mod share;
pub mod snooze;
pub mod summary;
pub mod sun;
pub mod today;
pub mod wall;

pub use error::{Error, Problem, Result};
pub use protocol::{Anchor, At, Categories, Category, Kind, Protocol, Rule, Studio};
pub use reconcile::{Held, Open, Plan, Rules, reconcile};
pub use schedule::{Item, QuietHours, Reminder, Settings, Shift, reminders_for};
pub use session::{MAX_POSTPONED_DAYS, Postponement, Session, Treatment};
pub use snooze::Snooze;
pub use today::{Today, today};

/// First year a session or date may fall in.
pub const FIRST_YEAR: i32 = 1970;
/// Last year a session or date may fall in (long-term reminders run about ten years past it).
pub const LAST_YEAR: i32 = 2100;
