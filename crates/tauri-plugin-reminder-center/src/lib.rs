//! SMP Aftercare's own iOS notification code (`ios/`): the delegate that takes a tap, Done or
//! "In an hour" on a reminder, even one delivered after iOS ended the app, and keeps it until
//! Rust takes it; and what Notification Center holds pending and lists as shown, which
//! tauri-plugin-notification's `pending()` cannot read back and its `active()` crashes on. Add it
//! after tauri-plugin-notification, whose delegate it replaces (the Swift file says why).
//! Elsewhere than on iOS it does nothing.

use tauri::Runtime;
use tauri::plugin::{Builder, TauriPlugin};

/// A tap (`tap`), a button (`done`, `snooze`) or a dismissal (`dismiss`) on reminder
/// `notification_id`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pressed {
    pub action_id: String,
    pub notification_id: i32,
}

/// A reminder iOS holds pending: its id, when it fires (seconds since the epoch, as its trigger
/// says), and what it shows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Pending {
    pub id: i32,
    pub at: Option<i64>,
    pub title: String,
    pub body: String,
}

#[cfg(target_os = "ios")]
tauri::ios_plugin_binding!(init_plugin_reminder_center);

/// The Swift side, once registered.
#[cfg(target_os = "ios")]
#[derive(Debug)]
pub struct ReminderCenter<R: Runtime>(tauri::plugin::PluginHandle<R>);

#[cfg(target_os = "ios")]
impl<R: Runtime> ReminderCenter<R> {
    /// Every press not yet taken, oldest first; each is handed out once.
    pub fn take(&self) -> Result<Vec<Pressed>, tauri::plugin::mobile::PluginInvokeError> {
        self.0.run_mobile_plugin("takeActions", ())
    }

    /// What iOS holds pending.
    pub fn pending(&self) -> Result<Vec<Pending>, tauri::plugin::mobile::PluginInvokeError> {
        self.0.run_mobile_plugin("pending", ())
    }

    /// The ids of the reminders Notification Center lists.
    pub fn delivered(&self) -> Result<Vec<i32>, tauri::plugin::mobile::PluginInvokeError> {
        self.0.run_mobile_plugin("delivered", ())
    }

    /// `waiting` runs whenever a press is queued, and at once if some already are.
    pub fn watch(
        &self,
        waiting: impl Fn() + Send + Sync + 'static,
    ) -> Result<(), tauri::plugin::mobile::PluginInvokeError> {
        #[derive(serde::Serialize)]
        struct Watch {
            handler: tauri::ipc::Channel,
        }
        let handler = tauri::ipc::Channel::new(move |_| {
            waiting();
            Ok(())
        });
        self.0.run_mobile_plugin("watch", Watch { handler })
    }
}

/// The plugin; on iOS its Swift side is made now, before launch ends, as the delegate must be.
pub fn init<R: Runtime>() -> TauriPlugin<R> {
    let builder = Builder::new("reminder-center");
    #[cfg(target_os = "ios")]
    let builder = builder.setup(|app, api| {
        let handle = api.register_ios_plugin(init_plugin_reminder_center)?;
        tauri::Manager::manage(app, ReminderCenter(handle));
        Ok(())
    });
    builder.build()
}
