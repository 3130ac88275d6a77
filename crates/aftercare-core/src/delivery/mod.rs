//! Delivery decided without an OS in sight: what the OS should hold against what it holds (and
//! what to show late or record as missed), and when a snoozed reminder comes back.

pub mod reconcile;
pub mod snooze;
