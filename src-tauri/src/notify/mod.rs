//! Delivery on this platform: the one place where desktop and mobile part ways.
//!
//! Both sides offer the same `Delivery`: start it with the store, `sync` it after every edit, on
//! resume and when the zone changes, and ask it about the notification permission.

#[cfg(desktop)]
mod desktop;
#[cfg(mobile)]
mod mobile;

#[cfg(desktop)]
pub(crate) use desktop::Delivery;
#[cfg(mobile)]
pub(crate) use mobile::{Delivery, plugins};

use serde::{Deserialize, Serialize};

/// Whether Android lets the app set exact alarms; other platforms have no such setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ExactAlarms {
    /// Reminders come at their minute; otherwise Android may hold them back up to about an hour.
    allowed: bool,
    /// The client can allow them in the system settings (Android 12 and later).
    askable: bool,
}

/// Whether the app may show notifications.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Permission {
    Granted,
    #[cfg_attr(
        desktop,
        expect(dead_code, reason = "desktop notifications need no permission")
    )]
    Denied,
    /// Not asked yet: the app explains why before the system asks.
    #[cfg_attr(
        desktop,
        expect(dead_code, reason = "desktop notifications need no permission")
    )]
    Prompt,
}
