//! The healing journal: what a day's check-in calls for (red flags, whom to contact), the chart
//! of the check-ins over the healing days, and photos kept without anything that says where they
//! were taken.

pub mod chart;
pub mod healing;
pub mod photo;
