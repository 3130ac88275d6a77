//! Delivery of reminders: the one notifier interface every platform implements, and `sync`,
//! which reconciles what the store says should fire with what the notifier holds.
//!
//! The store is the source of truth; the OS (or, on desktop, the in-process timer) holds a
//! disposable cache of the next few notifications. `sync` runs on app start and resume, after
//! every edit, after a reminder fires, and when the zone changes.

pub mod android;
#[cfg(target_os = "linux")]
pub mod desktop;

use std::collections::{HashMap, HashSet};

use aftercare_core::reconcile::{MAX_WINDOW, fingerprint};
use aftercare_core::{Category, Held, Locale, Open, Plan, Rules, Snooze, reconcile};
use aftercare_store::{Delivery, Preferences, State, Store, StoredReminder};
use chrono::{DateTime, Utc};

/// What a notifier can do wrong; put into words by [`Error::message`] (`Display`: English).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    Store(#[from] aftercare_store::Error),
    /// The service's own words.
    Notifier(String),
}

impl Error {
    /// What went wrong, in the locale's language.
    pub fn message(&self, locale: &Locale) -> String {
        match self {
            Error::Store(error) => error.message(locale),
            Error::Notifier(detail) => aftercare_core::locale::Message::new("error-notifier")
                .arg("detail", detail.as_str())
                .in_locale(locale),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(&Locale::default()))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// One notification as it is handed over: what it says and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// The OS notification id, the reminder's id in the store.
    pub id: i32,
    pub key: String,
    pub category: Category,
    /// The instant it fires; its wall time follows the zone the client chose.
    pub at: DateTime<Utc>,
    /// What the lock screen shows: generic unless the client asked for details.
    pub title: String,
    pub body: String,
    /// The language its action buttons are labelled in.
    pub locale: Locale,
}

impl Notification {
    pub fn of(stored: &StoredReminder, preferences: &Preferences) -> Notification {
        let (title, body) = stored
            .reminder
            .notification_text(preferences.show_details, preferences.locale());
        Notification {
            id: stored.id,
            key: stored.reminder.key.clone(),
            category: stored.reminder.category,
            at: stored.fire_at,
            title,
            body,
            locale: preferences.locale(),
        }
    }

    pub fn fingerprint(&self) -> u64 {
        fingerprint(self.at, &self.title, &self.body)
    }

    pub fn held(&self) -> Held {
        Held {
            id: self.id,
            fingerprint: self.fingerprint(),
        }
    }
}

/// What the client can do from a notification: the buttons every reminder carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Done,
    /// Put off for an hour.
    Snooze,
}

impl Action {
    pub const ALL: [Action; 2] = [Action::Done, Action::Snooze];

    /// The id the notification carries for it, and the platform reports back.
    pub fn id(self) -> &'static str {
        match self {
            Action::Done => "done",
            Action::Snooze => "snooze",
        }
    }

    /// The button's text in `locale`.
    pub fn label(self, locale: Locale) -> String {
        locale.text(match self {
            Action::Done => "action-done",
            Action::Snooze => "action-snooze",
        })
    }

    /// The action a reported id names; `None` for a tap on the notification itself.
    pub fn from_id(id: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.id() == id)
    }
}

/// `action` pressed on notification `id`, on any platform: the reminder it names as it now
/// stands, or `None` when no reminder has that id any more (its session moved meanwhile).
pub fn act(
    store: &mut Store,
    id: i32,
    action: Action,
    now: DateTime<Utc>,
) -> Result<Option<StoredReminder>> {
    let Some(reminder) = store.reminders()?.into_iter().find(|r| r.id == id) else {
        return Ok(None);
    };
    let key = &reminder.reminder.key;
    let acted = match action {
        Action::Done => store.mark_done(key, now)?,
        Action::Snooze => {
            let until = Snooze::Hour
                .until(now, &store.preferences()?.settings())
                .map_err(aftercare_store::Error::from)?;
            store.snooze(key, until, now)?
        }
    };
    Ok(Some(acted))
}

/// What a platform's notifications can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Platform {
    /// Pending notifications the OS keeps at most (iOS: 64, dropping the rest silently).
    pub max_pending: usize,
    /// The OS keeps scheduled notifications, and shows them, while the app is not running.
    pub keeps_schedule: bool,
}

impl Platform {
    pub fn window(self) -> usize {
        self.max_pending.min(MAX_WINDOW)
    }
}

/// The one interface to a platform's notifications. Calls may block (a D-Bus round trip, a
/// mobile plugin call): run them off any async runtime.
pub trait Notifier {
    fn platform(&self) -> Platform;
    /// What the OS holds pending, if it can be known reliably; `None` when only the store's
    /// record of what was handed over can say.
    fn pending(&self) -> Option<Vec<Held>>;
    /// Ids of notifications the OS has shown and still lists (the notification tray), if it
    /// can tell: how a reminder shown while the app was closed is known to be shown even if the
    /// clock has since been set back before its time.
    fn shown(&self) -> Option<Vec<i32>>;
    fn cancel(&mut self, ids: &[i32]) -> Result<()>;
    /// Hands notifications over to be shown at their time, in one batch, with their own ids.
    fn schedule(&mut self, notifications: &[Notification]) -> Result<()>;
    /// Shows a notification now.
    fn show(&mut self, notification: &Notification) -> Result<()>;
}

/// Why `sync` runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    /// App start, resume or reboot: the OS may have lost what it held, so it is all handed over
    /// again (the same ids replace, never duplicate).
    Start,
    /// After an edit, a reminder firing or a zone change.
    Change,
}

/// What one `sync` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub plan: Plan,
    /// Shown now, late but within their grace period.
    pub shown: Vec<i32>,
    /// Could not be shown now; tried again at the next sync while within their grace period.
    pub failed: Vec<(i32, String)>,
}

/// Brings the notifier in line with the store and records what happened.
pub fn sync(
    store: &mut Store,
    notifier: &mut dyn Notifier,
    now: DateTime<Utc>,
    occasion: Occasion,
) -> Result<Report> {
    // First what edits left for the OS to drop: it may hold them without anyone else knowing.
    let owed = store.owed_cancellations()?;
    notifier.cancel(&owed)?;

    let platform = notifier.platform();
    let preferences = store.preferences()?;
    let grace = store.protocol()?.protocol.grace_hours;
    // Shown while nobody was looking: delivered, whatever the clock says now.
    let listed: HashSet<i32> = notifier.shown().unwrap_or_default().into_iter().collect();
    let (already_shown, stored): (Vec<StoredReminder>, Vec<StoredReminder>) = store
        .open_reminders()?
        .into_iter()
        .partition(|r| listed.contains(&r.id));
    let notifications: HashMap<i32, Notification> = stored
        .iter()
        .map(|r| (r.id, Notification::of(r, &preferences)))
        .collect();
    let open: Vec<Open> = stored
        .iter()
        .map(|r| Open {
            id: r.id,
            fire_at: r.fire_at,
            category: r.reminder.category,
            fingerprint: notifications[&r.id].fingerprint(),
            handed: r.state == State::Scheduled,
        })
        .collect();
    // What the OS holds: its own list where it gives one, else what was handed over, as it was
    // handed: the OS holds it until its time, and what falls out of the window must be
    // cancelled, or it stays, past iOS's 64.
    let held = notifier.pending().unwrap_or_else(|| {
        stored
            .iter()
            .filter(|r| r.fire_at > now)
            .filter_map(|r| {
                r.handed.map(|fingerprint| Held {
                    id: r.id,
                    fingerprint,
                })
            })
            .collect()
    });
    let rules = Rules {
        window: platform.window(),
        grace,
    };
    let mut plan = reconcile(&open, &held, now, &rules);
    if occasion == Occasion::Start {
        // The OS may have lost what it held (a reboot, iOS's "seconds from now" after a zone
        // change): the window is handed over again, the same ids replacing.
        plan.schedule.append(&mut plan.kept);
        plan.schedule.sort_unstable();
    }

    notifier.cancel(&plan.cancel)?;
    let scheduled: Vec<Notification> = plan
        .schedule
        .iter()
        .map(|id| notifications[id].clone())
        .collect();
    notifier.schedule(&scheduled)?;
    let mut report = Report {
        plan,
        ..Report::default()
    };
    for id in &report.plan.deliver_now {
        match notifier.show(&notifications[id]) {
            Ok(()) => report.shown.push(*id),
            Err(error) => report.failed.push((*id, error.to_string())),
        }
    }
    let delivered = report.plan.delivered.iter().chain(&report.shown).copied();
    let delivered: Vec<i32> = delivered
        .chain(already_shown.iter().map(|r| r.id))
        .collect();
    let handed: Vec<(i32, u64)> = if platform.keeps_schedule {
        let handed = report.plan.schedule.iter().chain(&report.plan.kept);
        handed
            .map(|id| (*id, notifications[id].fingerprint()))
            .collect()
    } else {
        Vec::new()
    };
    let cancelled: Vec<i32> = owed.iter().chain(&report.plan.cancel).copied().collect();
    let delivery = Delivery {
        cancelled: &cancelled,
        scheduled: &handed,
        delivered: &delivered,
        missed: &report.plan.missed,
    };
    store.record_delivery(&delivery, now)?;
    Ok(report)
}
