//! What the window waits for from Rust: reminders that changed behind its back (shown, or Done
//! or snoozed from a notification) and an `smp-aftercare://` link that arrived. Counted here and
//! read by a request the page keeps pending (`next_signals`), answered through the same custom
//! protocol as every command. Rust evaluates no script in the page: Tauri's events did, and on
//! Linux the first evaluation starts a JavaScript engine in the app's own process, through which
//! `WebKitGTK` hands back the result (6 MiB of the app's peak memory at start, measured).

use serde::{Deserialize, Serialize};
use tauri::{Manager, Runtime};
use tokio::sync::watch;

/// How many of each signal there have been since the app started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Happened {
    reminders_changed: u64,
    links: u64,
}

/// The counts, as the app's state: every pending request watches them.
#[derive(Default)]
pub(crate) struct Signals(watch::Sender<Happened>);

impl Signals {
    /// The counts once they differ from `seen`; at once when nothing was seen yet.
    pub(crate) async fn after(&self, seen: Option<Happened>) -> Happened {
        let mut counts = self.0.subscribe();
        let Some(seen) = seen else {
            return *counts.borrow();
        };
        // The sender lives as long as the app: no error to wait for.
        counts
            .wait_for(|now| *now != seen)
            .await
            .map_or(seen, |now| *now)
    }
}

/// Tells a waiting window to read what changed.
pub(crate) fn reminders_changed<R: Runtime, M: Manager<R>>(app: &M) {
    app.state::<Signals>()
        .0
        .send_modify(|counts| counts.reminders_changed += 1);
}

/// Tells a waiting window that a link arrived; the overview holds it.
pub(crate) fn link_arrived<R: Runtime, M: Manager<R>>(app: &M) {
    app.state::<Signals>()
        .0
        .send_modify(|counts| counts.links += 1);
}
