//! Delivery on the desktop: the timer shared with `aftercare remind`, telling the window when
//! reminders change. Desktop notifications need no permission; they fire while the app runs,
//! which closing to the tray keeps it doing.

use std::sync::{Arc, Mutex};

use aftercare_core::locale::Message;
use aftercare_notify::desktop::Reminders;
use aftercare_notify::{Occasion, Report};
use aftercare_store::Store;
use tauri::{AppHandle, Runtime};

use super::{ExactAlarms, Permission};
use crate::error::{Error, Result};

pub(crate) struct Delivery {
    reminders: Reminders,
}

impl Delivery {
    pub(crate) fn start<R: Runtime>(
        app: &AppHandle<R>,
        store: Arc<Mutex<Store>>,
    ) -> Result<Delivery> {
        let app = app.clone();
        let reminders = Reminders::start(store, move |_happened| {
            // The window reads what changed from the store; nothing to do if it is closed.
            crate::signals::reminders_changed(&app);
        })?;
        Ok(Delivery { reminders })
    }

    pub(crate) fn sync(&self, occasion: Occasion) -> Result<Report> {
        Ok(self.reminders.sync(occasion)?)
    }

    #[expect(
        clippy::unused_self,
        reason = "the same interface as mobile delivery, which asks the system"
    )]
    pub(crate) fn permission(&self) -> Permission {
        Permission::Granted
    }

    #[expect(
        clippy::unused_self,
        clippy::unnecessary_wraps,
        reason = "the same interface as mobile delivery, which asks the system"
    )]
    pub(crate) fn request_permission(&self) -> Result<Permission> {
        Ok(Permission::Granted)
    }

    #[expect(
        clippy::unused_self,
        reason = "the same interface as mobile delivery, which asks the system"
    )]
    pub(crate) fn exact_alarms(&self) -> Option<ExactAlarms> {
        None
    }

    #[expect(
        clippy::unused_self,
        reason = "the same interface as mobile delivery, which asks the system"
    )]
    pub(crate) fn request_exact_alarms(&self) -> Result<()> {
        Err(Error::Platform(Message::new("error-exact-alarms-desktop")))
    }
}
