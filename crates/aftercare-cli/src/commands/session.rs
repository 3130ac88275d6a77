//! `session`: the stored sessions, which every reminder counts from.

use std::fmt::Write as _;

use aftercare_core::{Session, parse};
use aftercare_store::Store;
use clap::Subcommand;

use crate::error::Error;
use crate::machine::{self, now};
use crate::render;

/// Add, move, remove or list the stored sessions.
#[derive(Debug, Subcommand)]
pub(crate) enum SessionCommand {
    /// Add a session, e.g. `session add 2026-03-05T10:00`.
    Add {
        start: String,
        /// Zone of the session (default: this machine's).
        #[arg(long, value_name = "ZONE")]
        tz: Option<String>,
    },
    /// Move session N (1-based, in time order) to a new start.
    Move {
        number: usize,
        start: String,
        #[arg(long, value_name = "ZONE")]
        tz: Option<String>,
    },
    /// Remove session N.
    Remove { number: usize },
    /// List the sessions.
    List,
}

pub(crate) fn run(command: SessionCommand, store: &mut Store) -> Result<String, Error> {
    let changes = match command {
        SessionCommand::Add { start, tz } => {
            store.add_session(session_at(&start, tz.as_deref())?, now())?
        }
        SessionCommand::Move { number, start, tz } => {
            store.move_session(number, session_at(&start, tz.as_deref())?, now())?
        }
        SessionCommand::Remove { number } => store.remove_session(number, now())?,
        SessionCommand::List => return Ok(shown(&store.sessions()?)),
    };
    Ok(format!(
        "{}Reminders: {}\n",
        shown(&store.sessions()?),
        render::changes(&changes)
    ))
}

fn session_at(start: &str, zone: Option<&str>) -> Result<Session, Error> {
    let zone = zone.map_or_else(machine::zone, |z| Ok(parse::zone(z)?))?;
    Ok(Session::new(parse::local(start)?, zone)?)
}

fn shown(sessions: &[Session]) -> String {
    let mut out = String::new();
    for (i, session) in sessions.iter().enumerate() {
        let _ = writeln!(
            out,
            "Session {}: {} ({})",
            i + 1,
            session.start().format("%a %-d %b %Y %H:%M"),
            session.zone()
        );
    }
    if sessions.is_empty() {
        out.push_str("No sessions yet.\n");
    }
    out
}
