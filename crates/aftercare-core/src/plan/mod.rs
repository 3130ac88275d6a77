//! A client's treatment under a protocol, and what follows from it: each rule's window of days
//! for each session, the settings reminders follow, the reminders themselves, one day's
//! checklist, and the healing course (what stays avoided until when).

pub mod course;
pub mod reminders;
pub mod settings;
mod spans;
pub mod today;
pub mod treatment;
