//! `session`: the stored sessions, which every reminder counts from.

use aftercare_core::{Locale, Session, parse};
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

pub(crate) fn run(
    command: SessionCommand,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let locale = machine::speaking(store, lang)?;
    let changes = match command {
        SessionCommand::Add { start, tz } => {
            store.add_session(session_at(&start, tz.as_deref())?, now())?
        }
        SessionCommand::Move { number, start, tz } => {
            store.move_session(number, session_at(&start, tz.as_deref())?, now())?
        }
        SessionCommand::Remove { number } => store.remove_session(number, now())?,
        SessionCommand::List => return Ok(shown(&store.sessions()?, locale)),
    };
    Ok(shown(&store.sessions()?, locale) + &render::reminders_changed(&changes, locale))
}

fn session_at(start: &str, zone: Option<&str>) -> Result<Session, Error> {
    let zone = zone.map_or_else(machine::zone, |z| Ok(parse::zone(z)?))?;
    Ok(Session::new(parse::local(start)?, zone)?)
}

fn shown(sessions: &[Session], locale: Locale) -> String {
    if sessions.is_empty() {
        return render::line(locale, "cli-sessions-none", []);
    }
    sessions
        .iter()
        .enumerate()
        .map(|(i, session)| {
            let args = [
                ("number", (i + 1).into()),
                ("start", locale.dated_time(session.start()).into()),
                ("zone", session.zone().name().into()),
            ];
            render::line(locale, "cli-session-line", args)
        })
        .collect()
}
