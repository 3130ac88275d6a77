//! Dates and times as the client types them and as clocks show them: parsing the text of a date,
//! a time or a zone, and the instant a wall-clock time names in a zone across DST changes.

use std::fmt;

use chrono::NaiveTime;

pub mod parse;
pub mod wall;

/// `09:00`: a time of day as the client types it, and as `parse::time` reads it back.
pub fn hm(time: NaiveTime) -> impl fmt::Display {
    time.format("%H:%M")
}
