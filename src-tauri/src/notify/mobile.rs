//! Delivery on Android and iOS, with tauri-plugin-notification as the notifier.
//!
//! The plugin's known bugs, designed around (see ../shared/platform-facts.md and the README):
//! - `pending()` fails on some Android versions and, on iOS, never reads back (the Swift side
//!   sends no schedule, which the Rust type requires), and `cancel_all()` fails on Android: on
//!   Android what the OS holds is taken from the store's record of what was handed over; on iOS
//!   the app's own plugin lists it; cancelling is always by id.
//! - Only Android's `batch` command stores notifications for restore after a reboot: scheduling
//!   goes through it, called on the plugin's own Android class, with every notification carrying
//!   its own JSON (`sourceJson`), which the boot receiver and the action intents read, and as a
//!   wake-up alarm (see `aftercare_notify::android`).
//! - iOS turns `Schedule::At` into "seconds from now", which does not follow a zone change:
//!   every resume and zone change re-arms what is pending.
//! - On iOS the plugin's delegate and `active()` force-unwrap a map of what the running process
//!   scheduled, and crash on a reminder from an earlier run: the app's own delegate
//!   (`tauri-plugin-reminder-center`) takes taps and buttons instead, queued until Rust takes
//!   them, and lists what Notification Center holds and shows.
//! - The default id is random: every notification carries its reminder's id.

use std::sync::{Arc, Mutex};

use aftercare_core::Held;
#[cfg(target_os = "ios")]
use aftercare_core::reconcile::fingerprint;
use aftercare_notify::android::ACTIONS;
use aftercare_notify::{Notification, Notifier, Occasion, Platform, Report};
use aftercare_store::Store;
use chrono::{DateTime, Utc};
use tauri::plugin::{PermissionState, TauriPlugin};
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::{Action, ActionType, NotificationExt};

use super::{ExactAlarms, Permission};
use crate::error::{Error, Result};
use crate::{lock, now};

/// iOS keeps at most 64 pending notifications.
const MAX_PENDING: usize = 64;

/// The plugin's own Android class, reached for its `batch` command, which the plugin does not
/// expose to Rust and which alone survives a reboot, and for `show` with what the plugin's Rust
/// builder cannot set (`sourceJson`).
#[cfg(target_os = "android")]
struct Android<R: Runtime>(tauri::plugin::PluginHandle<R>);

/// The app's own Android class (`src-tauri/mobile/android/java`): whether the app may set exact
/// alarms, and the system screen that allows them.
#[cfg(target_os = "android")]
struct AlarmPermission<R: Runtime>(tauri::plugin::PluginHandle<R>);

/// The app's Android classes, each as a Tauri plugin of its own: Tauri's Android plugin manager
/// keeps one class per plugin name (`PluginManager.load`: `plugins[name] = handle`), so a second
/// class registered under one name takes every call meant for the first. Add them beside the
/// notification plugin.
pub(crate) fn plugins<R: Runtime>() -> Vec<TauriPlugin<R>> {
    #[cfg(target_os = "android")]
    return vec![
        android_class(
            "aftercare-delivery",
            "app.tauri.notification",
            "NotificationPlugin",
            |app, handle| {
                tauri::Manager::manage(app, Android(handle));
            },
        ),
        android_class(
            "aftercare-exact-alarms",
            "org.smpaftercare.app",
            "ExactAlarmsPlugin",
            |app, handle| {
                tauri::Manager::manage(app, AlarmPermission(handle));
            },
        ),
        // The WebView's text follows the system's font size; nothing calls it.
        android_class(
            "aftercare-text-size",
            "org.smpaftercare.app",
            "TextSizePlugin",
            |_, _| {},
        ),
    ];
    #[cfg(not(target_os = "android"))]
    Vec::new()
}

/// A Tauri plugin that registers one Android class and keeps its handle with `keep`.
#[cfg(target_os = "android")]
fn android_class<R: Runtime>(
    name: &'static str,
    package: &'static str,
    class: &'static str,
    keep: fn(&AppHandle<R>, tauri::plugin::PluginHandle<R>),
) -> TauriPlugin<R> {
    tauri::plugin::Builder::new(name)
        .setup(move |app, api| {
            keep(app, api.register_android_plugin(package, class)?);
            Ok(())
        })
        .build()
}

/// The phone's notifications, as the one notifier interface sees them.
struct Phone<R: Runtime> {
    app: AppHandle<R>,
}

impl<R: Runtime> Notifier for Phone<R> {
    fn platform(&self) -> Platform {
        Platform {
            max_pending: MAX_PENDING,
            keeps_schedule: true,
        }
    }

    /// Android's is not trusted (see above): the store's record says.
    #[cfg(target_os = "android")]
    fn pending(&self) -> Option<Vec<Held>> {
        None
    }

    /// iOS, through the app's own plugin: what it holds, fingerprinted as it shows it.
    #[cfg(target_os = "ios")]
    fn pending(&self) -> Option<Vec<Held>> {
        use tauri::Manager;
        let center = self
            .app
            .state::<tauri_plugin_reminder_center::ReminderCenter<R>>();
        let pending = center.pending().ok()?;
        Some(
            pending
                .into_iter()
                .map(|p| Held {
                    id: p.id,
                    // Without a time it matches nothing, and is handed over afresh.
                    fingerprint: p
                        .at
                        .and_then(|at| DateTime::from_timestamp(at, 0))
                        .map_or(0, |at| fingerprint(at, &p.title, &p.body)),
                })
                .collect(),
        )
    }

    #[cfg(target_os = "android")]
    fn shown(&self) -> Option<Vec<i32>> {
        let active = self.app.notification().active().ok()?;
        Some(
            active
                .iter()
                .map(tauri_plugin_notification::ActiveNotification::id)
                .collect(),
        )
    }

    #[cfg(target_os = "ios")]
    fn shown(&self) -> Option<Vec<i32>> {
        use tauri::Manager;
        let actions = self
            .app
            .state::<tauri_plugin_reminder_center::ReminderCenter<R>>();
        actions.delivered().ok()
    }

    fn cancel(&mut self, ids: &[i32]) -> aftercare_notify::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        self.app
            .notification()
            .cancel(ids.to_vec())
            .map_err(refused)
    }

    fn schedule(&mut self, notifications: &[Notification]) -> aftercare_notify::Result<()> {
        if notifications.is_empty() {
            return Ok(());
        }
        self.hand_over(notifications)
    }

    #[cfg(target_os = "android")]
    fn show(&mut self, notification: &Notification) -> aftercare_notify::Result<()> {
        self.android("show", aftercare_notify::android::show(notification))
    }

    #[cfg(target_os = "ios")]
    fn show(&mut self, notification: &Notification) -> aftercare_notify::Result<()> {
        self.app
            .notification()
            .builder()
            .id(notification.id)
            .action_type_id(ACTIONS)
            .title(&notification.title)
            .body(&notification.body)
            .show()
            .map_err(refused)
    }
}

impl<R: Runtime> Phone<R> {
    #[cfg(target_os = "android")]
    fn hand_over(&self, notifications: &[Notification]) -> aftercare_notify::Result<()> {
        self.android("batch", aftercare_notify::android::batch(notifications))
    }

    /// A command of the plugin's Android class, with arguments as its Kotlin reads them.
    #[cfg(target_os = "android")]
    fn android(&self, command: &str, arguments: serde_json::Value) -> aftercare_notify::Result<()> {
        use tauri::Manager;
        self.app
            .state::<Android<R>>()
            .0
            .run_mobile_plugin::<serde_json::Value>(command, arguments)
            .map(drop)
            .map_err(refused)
    }

    /// iOS keeps what it is handed across reboots itself: one call per notification.
    #[cfg(target_os = "ios")]
    fn hand_over(&self, notifications: &[Notification]) -> aftercare_notify::Result<()> {
        for n in notifications {
            let date =
                time::OffsetDateTime::from_unix_timestamp(n.at.timestamp()).map_err(refused)?;
            self.app
                .notification()
                .builder()
                .id(n.id)
                .action_type_id(ACTIONS)
                .title(&n.title)
                .body(&n.body)
                .schedule(tauri_plugin_notification::Schedule::At {
                    date,
                    repeating: false,
                    allow_while_idle: true,
                })
                .show()
                .map_err(refused)?;
        }
        Ok(())
    }

    fn permission(&self) -> Result<Permission> {
        let state = self
            .app
            .notification()
            .permission_state()
            .map_err(Error::platform)?;
        Ok(permission(state))
    }
}

fn refused<E: std::fmt::Display>(error: E) -> aftercare_notify::Error {
    aftercare_notify::Error::Notifier(error.to_string())
}

fn permission(state: PermissionState) -> Permission {
    match state {
        PermissionState::Granted => Permission::Granted,
        PermissionState::Denied => Permission::Denied,
        PermissionState::Prompt | PermissionState::PromptWithRationale => Permission::Prompt,
    }
}

/// What the app keeps of delivery: the phone's notifications and the store, shared with the
/// handler of notification actions.
pub(crate) struct Delivery {
    inner: Arc<Inner>,
    /// iOS: acts on the presses the app's delegate queued.
    #[cfg(target_os = "ios")]
    take_presses: Arc<dyn Fn() + Send + Sync>,
}

struct Inner {
    store: Arc<Mutex<Store>>,
    phone: Mutex<Box<dyn PhoneOps>>,
}

/// The parts of `Phone<R>` the app uses, without its runtime type.
trait PhoneOps: Notifier + Send {
    fn permission(&self) -> Result<Permission>;
    fn request_permission(&self) -> Result<Permission>;
    fn exact_alarms(&self) -> Option<ExactAlarms>;
    fn request_exact_alarms(&self) -> Result<()>;
}

impl<R: Runtime> PhoneOps for Phone<R> {
    fn permission(&self) -> Result<Permission> {
        Phone::permission(self)
    }

    fn request_permission(&self) -> Result<Permission> {
        let state = self
            .app
            .notification()
            .request_permission()
            .map_err(Error::platform)?;
        Ok(permission(state))
    }

    /// As Android says now: the client may allow or withdraw it in the system settings at any
    /// time, so it is asked, never remembered.
    #[cfg(target_os = "android")]
    fn exact_alarms(&self) -> Option<ExactAlarms> {
        use tauri::Manager;
        let plugin = self.app.state::<AlarmPermission<R>>();
        plugin.0.run_mobile_plugin("state", ()).ok()
    }

    #[cfg(target_os = "ios")]
    fn exact_alarms(&self) -> Option<ExactAlarms> {
        None
    }

    #[cfg(target_os = "android")]
    fn request_exact_alarms(&self) -> Result<()> {
        use tauri::Manager;
        let plugin = self.app.state::<AlarmPermission<R>>();
        plugin
            .0
            .run_mobile_plugin::<serde_json::Value>("request", ())
            .map(drop)
            .map_err(Error::platform)
    }

    #[cfg(target_os = "ios")]
    fn request_exact_alarms(&self) -> Result<()> {
        Err(Error::Platform(aftercare_core::locale::Message::new(
            "error-exact-alarms-ios",
        )))
    }
}

impl Delivery {
    /// One channel per category, so that a category can be muted in the system settings; the
    /// Done and Snooze actions; then everything handed over afresh.
    pub(crate) fn start<R: Runtime>(
        app: &AppHandle<R>,
        store: Arc<Mutex<Store>>,
    ) -> Result<Delivery> {
        let locale = lock(&store).preferences()?.locale();
        #[cfg(target_os = "android")]
        for category in aftercare_core::Category::ALL {
            let (name, description) = channel(category, locale);
            let channel = tauri_plugin_notification::Channel::builder(category.as_str(), name)
                .description(description)
                .build();
            app.notification()
                .create_channel(channel)
                .map_err(Error::platform)?;
        }
        let actions = ActionType::builder(ACTIONS)
            .actions(
                aftercare_notify::Action::ALL
                    .iter()
                    .map(|a| Action::builder(a.id(), a.label(locale)).build())
                    .collect(),
            )
            .build();
        app.notification()
            .register_action_types(vec![actions])
            .map_err(Error::platform)?;

        let phone: Box<dyn PhoneOps> = Box::new(Phone { app: app.clone() });
        let inner = Arc::new(Inner {
            store,
            phone: Mutex::new(phone),
        });
        #[cfg(target_os = "android")]
        {
            let handler = Arc::clone(&inner);
            let window = app.clone();
            app.notification()
                .on_action(move |performed| {
                    let Some(id) = performed
                        .notification()
                        .map(tauri_plugin_notification::ActiveNotification::id)
                    else {
                        return;
                    };
                    let Some(action) = aftercare_notify::Action::from_id(performed.action_id())
                    else {
                        return;
                    };
                    if handler.act(id, action, now()).is_ok() {
                        crate::signals::reminders_changed(&window);
                    }
                })
                .map_err(Error::platform)?;
        }
        #[cfg(target_os = "ios")]
        let take_presses: Arc<dyn Fn() + Send + Sync> = {
            let (inner, app) = (Arc::clone(&inner), app.clone());
            Arc::new(move || inner.take_presses(&app))
        };
        #[cfg(target_os = "ios")]
        {
            use tauri::Manager;
            let take = Arc::clone(&take_presses);
            // Off the plugin's thread: acting on a press writes the store.
            app.state::<tauri_plugin_reminder_center::ReminderCenter<R>>()
                .watch(move || {
                    let take = Arc::clone(&take);
                    drop(tauri::async_runtime::spawn_blocking(move || take()));
                })
                .map_err(Error::platform)?;
        }
        let delivery = Delivery {
            inner,
            #[cfg(target_os = "ios")]
            take_presses,
        };
        delivery.sync(Occasion::Start)?;
        Ok(delivery)
    }

    /// On iOS, a start or resume first takes the presses queued meanwhile (one may be what
    /// launched the app).
    pub(crate) fn sync(&self, occasion: Occasion) -> Result<Report> {
        #[cfg(target_os = "ios")]
        if occasion == Occasion::Start {
            (self.take_presses)();
        }
        self.inner.sync(occasion, now())
    }

    pub(crate) fn permission(&self) -> Permission {
        lock(&self.inner.phone)
            .permission()
            .unwrap_or(Permission::Prompt)
    }

    /// Asks the system; the app has explained why first.
    pub(crate) fn request_permission(&self) -> Result<Permission> {
        lock(&self.inner.phone).request_permission()
    }

    pub(crate) fn exact_alarms(&self) -> Option<ExactAlarms> {
        lock(&self.inner.phone).exact_alarms()
    }

    /// Opens the system screen that allows exact alarms; the app looks again on resume, when
    /// it also hands every reminder over afresh, exact from then on.
    pub(crate) fn request_exact_alarms(&self) -> Result<()> {
        lock(&self.inner.phone).request_exact_alarms()
    }
}

impl Inner {
    fn sync(&self, occasion: Occasion, now: DateTime<Utc>) -> Result<Report> {
        let mut store = lock(&self.store);
        let mut phone = lock(&self.phone);
        Ok(aftercare_notify::sync(
            &mut store,
            phone.as_mut(),
            now,
            occasion,
        )?)
    }

    /// iOS: acts on every press the app's delegate queued (a tap only opens the app), and tells
    /// the window if anything changed.
    #[cfg(target_os = "ios")]
    fn take_presses<R: Runtime>(&self, app: &AppHandle<R>) {
        use tauri::Manager;
        let actions = app.state::<tauri_plugin_reminder_center::ReminderCenter<R>>();
        let Ok(pressed) = actions.take() else {
            return;
        };
        let mut changed = false;
        for press in pressed {
            if let Some(action) = aftercare_notify::Action::from_id(&press.action_id) {
                changed |= self.act(press.notification_id, action, now()).is_ok();
            }
        }
        if changed {
            crate::signals::reminders_changed(app);
        }
    }

    /// Done or Snooze pressed on a notification.
    fn act(&self, id: i32, action: aftercare_notify::Action, now: DateTime<Utc>) -> Result<()> {
        aftercare_notify::act(&mut lock(&self.store), id, action, now)?;
        self.sync(Occasion::Change, now).map(drop)
    }
}

#[cfg(target_os = "android")]
fn channel(category: aftercare_core::Category, locale: aftercare_core::Locale) -> (String, String) {
    use aftercare_core::Category;
    let (name, description) = match category {
        Category::Digest => ("channel-digest", "channel-digest-about"),
        Category::Milestone => ("channel-milestone", "channel-milestone-about"),
        Category::Prep => ("channel-prep", "channel-prep-about"),
        Category::Sun => ("channel-sun", "channel-sun-about"),
        Category::Checkin => ("channel-checkin", "channel-checkin-about"),
    };
    (locale.text(name), locale.text(description))
}
