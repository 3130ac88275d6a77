//! The desktop (Linux) notifier: an in-process timer that sleeps until the next notification is
//! due and is woken when what it holds changes, notify-rust to show it over D-Bus, and the loop
//! that keeps a store's reminders on it for the app and for `aftercare remind`.
//!
//! Timer notification servers cannot schedule, so reminders fire only while a process holding
//! this timer runs: the app, or `aftercare remind`. What came due while none ran is caught up by
//! the next `sync` (within each category's grace period) or recorded as missed.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::Duration;

use aftercare_core::Held;
use aftercare_core::reconcile::MAX_WINDOW;
use aftercare_store::Store;
use chrono::{DateTime, Utc};

use crate::{Action, Error, Notification, Notifier, Occasion, Platform, Report, Result};

/// The longest the timer sleeps without looking at the clock: a suspended laptop or a changed
/// wall clock delays a reminder by at most this.
const MAX_SLEEP: Duration = Duration::from_hours(1);
const APP_NAME: &str = "SMP Aftercare";

/// What the owner of the timer is told.
pub trait Events: Send + Sync + 'static {
    /// The timer tried to show these notifications when they came due; `shown` holds those that
    /// the notification server accepted. The owner records them and syncs again.
    fn fired(&self, shown: &[i32]);
    /// The client chose an action on a notification.
    fn action(&self, notification: &Notification, action: Action);
}

/// The desktop notifier: a handle to the timer thread. Clones share it.
#[derive(Clone)]
pub struct Timer {
    shared: Arc<Shared>,
    events: Arc<dyn Events>,
}

impl std::fmt::Debug for Timer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timer")
            .field("held", &self.queue().held.len())
            .finish_non_exhaustive()
    }
}

struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
    wakeups: AtomicU64,
}

#[derive(Default)]
struct Queue {
    held: HashMap<i32, Notification>,
    /// Due and being shown: still held, so that a sync meanwhile leaves them to the timer
    /// instead of showing them a second time.
    firing: HashSet<i32>,
    stop: bool,
}

impl Timer {
    /// Starts the timer thread. It runs until [`Timer::stop`].
    pub fn start(events: Arc<dyn Events>) -> (Timer, JoinHandle<()>) {
        let shared = Arc::new(Shared {
            queue: Mutex::default(),
            changed: Condvar::new(),
            wakeups: AtomicU64::new(0),
        });
        let desktop = Timer { shared, events };
        let timer = desktop.clone();
        let thread = std::thread::Builder::new()
            .name("aftercare-timer".into())
            .spawn(move || timer.run())
            .expect("the OS can start a thread");
        (desktop, thread)
    }

    pub fn stop(&self) {
        self.queue().stop = true;
        self.shared.changed.notify_all();
    }

    /// How often the timer thread has woken up: from a timeout, or because what it holds changed.
    pub fn wakeups(&self) -> u64 {
        self.shared.wakeups.load(Ordering::Relaxed)
    }

    fn queue(&self) -> MutexGuard<'_, Queue> {
        self.shared
            .queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn run(&self) {
        let mut queue = self.queue();
        loop {
            if queue.stop {
                return;
            }
            let now = now();
            let due: Vec<Notification> = queue
                .held
                .values()
                .filter(|n| n.at <= now && !queue.firing.contains(&n.id))
                .cloned()
                .collect();
            if !due.is_empty() {
                queue.firing.extend(due.iter().map(|n| n.id));
                drop(queue);
                let shown: Vec<i32> = due
                    .iter()
                    .filter(|n| self.show_now(n).is_ok())
                    .map(|n| n.id)
                    .collect();
                self.events.fired(&shown);
                queue = self.queue();
                for notification in &due {
                    queue.firing.remove(&notification.id);
                    // Unless a sync meanwhile handed it over again, changed.
                    if queue.held.get(&notification.id) == Some(notification) {
                        queue.held.remove(&notification.id);
                    }
                }
                continue;
            }
            let next = queue
                .held
                .values()
                .filter(|n| !queue.firing.contains(&n.id))
                .map(|n| n.at)
                .min();
            queue = match next {
                None => self
                    .shared
                    .changed
                    .wait(queue)
                    .unwrap_or_else(PoisonError::into_inner),
                Some(at) => {
                    let sleep = (at - now).to_std().unwrap_or_default().min(MAX_SLEEP);
                    self.shared
                        .changed
                        .wait_timeout(queue, sleep)
                        .unwrap_or_else(PoisonError::into_inner)
                        .0
                }
            };
            self.shared.wakeups.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// One D-Bus call to the notification server; the actions are waited for on a thread of
    /// their own, which ends when the notification closes.
    fn show_now(&self, notification: &Notification) -> Result<()> {
        let handle = notify_rust::Notification::new()
            .appname(APP_NAME)
            .summary(&notification.title)
            .body(&notification.body)
            .action(Action::Done.id(), &Action::Done.label(notification.locale))
            .action(
                Action::Snooze.id(),
                &Action::Snooze.label(notification.locale),
            )
            .show()
            .map_err(|e| Error::Notifier(e.to_string()))?;
        let events = Arc::clone(&self.events);
        let notification = notification.clone();
        std::thread::Builder::new()
            .name("aftercare-actions".into())
            .spawn(move || {
                handle.wait_for_action(|action| {
                    if let Some(action) = Action::from_id(action) {
                        events.action(&notification, action);
                    }
                });
            })
            .map_err(|e| Error::Notifier(e.to_string()))?;
        Ok(())
    }
}

impl Notifier for Timer {
    fn platform(&self) -> Platform {
        Platform {
            max_pending: MAX_WINDOW,
            keeps_schedule: false,
        }
    }

    fn pending(&self) -> Option<Vec<Held>> {
        Some(self.queue().held.values().map(Notification::held).collect())
    }

    /// The timer records what it showed in the store as it shows it.
    fn shown(&self) -> Option<Vec<i32>> {
        None
    }

    fn cancel(&mut self, ids: &[i32]) -> Result<()> {
        if !ids.is_empty() {
            let mut queue = self.queue();
            for id in ids {
                queue.held.remove(id);
            }
            self.shared.changed.notify_all();
        }
        Ok(())
    }

    fn schedule(&mut self, notifications: &[Notification]) -> Result<()> {
        if !notifications.is_empty() {
            let mut queue = self.queue();
            for notification in notifications {
                queue.held.insert(notification.id, notification.clone());
            }
            self.shared.changed.notify_all();
        }
        Ok(())
    }

    fn show(&mut self, notification: &Notification) -> Result<()> {
        self.show_now(notification)
    }
}

#[expect(
    clippy::disallowed_methods,
    reason = "the desktop timer is an edge: it sleeps until a wall-clock instant"
)]
fn now() -> DateTime<Utc> {
    Utc::now()
}

/// What happened to a store's reminders on the desktop, for whoever shows it (a terminal, the
/// app's window).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happened {
    Shown(Vec<Notification>),
    Done(Notification),
    Snoozed(Notification, DateTime<Utc>),
    /// Something went wrong on the way: the store or the notification server.
    Failed(String),
}

/// A store's reminders, kept on the desktop: the timer, recording what it shows, acting on Done
/// and Snooze from a notification, and syncing again after each. The app and
/// `aftercare remind` both run this.
pub struct Reminders {
    owner: Arc<Owner>,
    thread: JoinHandle<()>,
}

struct Owner {
    store: Arc<Mutex<Store>>,
    timer: std::sync::OnceLock<Timer>,
    observer: Box<dyn Fn(Happened) + Send + Sync>,
}

impl Reminders {
    /// Starts the timer and catches up: what came due while nothing ran is shown within its
    /// grace period, or recorded as missed.
    pub fn start(
        store: Arc<Mutex<Store>>,
        observer: impl Fn(Happened) + Send + Sync + 'static,
    ) -> Result<Reminders> {
        let owner = Arc::new(Owner {
            store,
            timer: std::sync::OnceLock::new(),
            observer: Box::new(observer),
        });
        let (timer, thread) = Timer::start(Arc::clone(&owner) as Arc<dyn Events>);
        let _ = owner.timer.set(timer);
        let reminders = Reminders { owner, thread };
        reminders.sync(Occasion::Start)?;
        Ok(reminders)
    }

    /// Brings the timer in line with the store: after an edit, on resume, when the zone changed.
    pub fn sync(&self, occasion: Occasion) -> Result<Report> {
        self.owner.sync(occasion)
    }

    /// How often the timer thread has woken up.
    pub fn wakeups(&self) -> u64 {
        self.owner.timer().wakeups()
    }

    pub fn stop(self) {
        self.owner.timer().stop();
        let _ = self.thread.join();
    }

    /// Runs until the process ends (`aftercare remind`).
    pub fn wait(self) {
        let _ = self.thread.join();
    }
}

impl std::fmt::Debug for Reminders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reminders")
            .field("timer", &self.owner.timer.get())
            .finish_non_exhaustive()
    }
}

impl Owner {
    fn timer(&self) -> &Timer {
        self.timer
            .get()
            .expect("the timer is set before it can fire")
    }

    fn store(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Syncs and tells the observer what was shown; the store is unlocked before the observer
    /// is called, so that it may read the store.
    fn sync(&self, occasion: Occasion) -> Result<Report> {
        let mut timer = self.timer().clone();
        let (report, shown) = {
            let mut store = self.store();
            let report = crate::sync(&mut store, &mut timer, now(), occasion)?;
            let shown = Owner::notifications(&store, &report.shown)?;
            (report, shown)
        };
        if !shown.is_empty() {
            (self.observer)(Happened::Shown(shown));
        }
        Ok(report)
    }

    fn notifications(store: &Store, ids: &[i32]) -> Result<Vec<Notification>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let preferences = store.preferences()?;
        let reminders = store
            .reminders()?
            .into_iter()
            .filter(|r| ids.contains(&r.id));
        Ok(reminders
            .map(|r| Notification::of(&r, &preferences))
            .collect())
    }

    fn report(&self, result: Result<()>) {
        if let Err(error) = result {
            (self.observer)(Happened::Failed(error.to_string()));
        }
    }
}

impl Events for Owner {
    fn fired(&self, shown: &[i32]) {
        let result = (|| {
            let notifications = {
                let mut store = self.store();
                let delivered = aftercare_store::Delivery {
                    delivered: shown,
                    ..Default::default()
                };
                store.record_delivery(&delivered, now())?;
                Owner::notifications(&store, shown)?
            };
            if !notifications.is_empty() {
                (self.observer)(Happened::Shown(notifications));
            }
            self.sync(Occasion::Change).map(drop)
        })();
        self.report(result);
    }

    fn action(&self, notification: &Notification, action: Action) {
        let result = (|| {
            let acted = crate::act(&mut self.store(), notification.id, action, now())?;
            if let Some(reminder) = acted {
                (self.observer)(match action {
                    Action::Done => Happened::Done(notification.clone()),
                    // A snoozed reminder fires next when its snooze ends.
                    Action::Snooze => Happened::Snoozed(notification.clone(), reminder.fire_at),
                });
            }
            self.sync(Occasion::Change).map(drop)
        })();
        self.report(result);
    }
}
