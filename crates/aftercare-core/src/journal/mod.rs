//! The healing journal: what a day's check-in calls for (red flags, whom to contact), and photos
//! kept without anything that says where they were taken.

pub mod healing;
pub mod photo;
