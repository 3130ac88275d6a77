//! What leaves the app, when the client chooses: the reminders as an iCalendar file, and the
//! progress summary and the report with the chart and photos for the artist.

pub mod ics;
pub mod report;
pub mod summary;
