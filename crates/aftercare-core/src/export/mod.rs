//! What leaves the app, when the client chooses: the reminders as an iCalendar file, and the
//! progress summary for the artist.

pub mod ics;
pub mod summary;
