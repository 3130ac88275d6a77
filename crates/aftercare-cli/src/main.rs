//! `aftercare`: the SMP aftercare engine and store from a terminal, for clients, artists and scripts.

mod render;

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aftercare_core::healing::{CheckIn, Discharge, Level, Surface};
use aftercare_core::ics::Selection;
use aftercare_core::places;
use aftercare_core::sun::{Ozone, Place, sun_day};
use aftercare_core::{
    Category, Protocol, QuietHours, Session, Settings, Snooze, Treatment, compare, parse, share,
};
use aftercare_notify::desktop::Reminders;
use aftercare_store::{ChosenPlace, Preferences, Store, ZonePolicy};
use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "aftercare",
    version,
    about = "SMP aftercare: your reminders and today's steps, from a terminal."
)]
struct Cli {
    /// The database (default: the app's, in the XDG data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print every reminder of a treatment: prep, daily steps, milestones, sun, check-ins.
    Plan {
        #[command(flatten)]
        treatment: TreatmentArgs,
        #[command(flatten)]
        timing: TimingArgs,
        /// Print a JSON array of reminders instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print one day's checklist and what changes next.
    Today {
        #[command(flatten)]
        treatment: TreatmentArgs,
        /// The day to show (default: today in the zone).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Add, move, remove or list the stored sessions.
    #[command(subcommand)]
    Session(SessionCommand),
    /// List the stored reminders with their ids and states.
    Reminders {
        /// Only those whose time has come and that are not done.
        #[arg(long)]
        due: bool,
        #[arg(long)]
        json: bool,
    },
    /// Mark a reminder done, by its key.
    Done { key: String },
    /// Put a reminder off, by its key: `hour`, `evening` (19:00), `tomorrow` (the reminder
    /// time), or a duration such as 30m, 2h or 1d. Quiet hours are respected.
    Snooze { key: String, until: String },
    /// Show the settings, or change those given.
    Settings(SettingsArgs),
    /// Show reminders as desktop notifications while this runs (Linux): what came due while
    /// nothing ran is shown within its grace period, the rest is recorded as missed.
    Remind,
    /// Write a backup: JSON if FILE ends in .json, else a copy of the database.
    Backup { file: PathBuf },
    /// Replace everything with a backup, after checking all of it.
    Restore { file: PathBuf },
    /// Show, check or choose aftercare protocols.
    #[command(subcommand)]
    Protocol(ProtocolCommand),
    /// Write in or read the healing journal.
    #[command(subcommand)]
    Journal(JournalCommand),
    /// Still scabbing? Push a healing rule (e.g. `no-wash` or `wash-ok`) back a day for one
    /// session; the reminders follow.
    Postpone {
        rule: String,
        /// The session (default: the one today counts from).
        #[arg(long)]
        session: Option<usize>,
        /// Back to the protocol's day.
        #[arg(long)]
        undo: bool,
    },
    /// Export the reminders for a calendar.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Print a summary of your progress to send your artist: sessions, days followed, missed
    /// steps, and only the journal notes you pick.
    Summary {
        /// A journal note to include, by the number `journal list` shows; repeat for each.
        #[arg(long = "note", value_name = "N")]
        notes: Vec<i64>,
    },
    /// Show when the sun calls for protecting your scalp: each day's clear-sky UV index peak
    /// and the hours it is 3 or more. The place is a zone's principal city, or --lat and --lon.
    Sun(SunArgs),
}

#[derive(Debug, Subcommand)]
enum ExportCommand {
    /// Write the reminders and upcoming sessions as an iCalendar (.ics) file any calendar
    /// imports; importing a newer export updates the events instead of duplicating them.
    Ics {
        /// Only this category: milestone, digest, prep, sun, checkin; repeat for several.
        #[arg(long, value_name = "CATEGORY")]
        category: Vec<String>,
        /// First day to include.
        #[arg(long, value_name = "YYYY-MM-DD")]
        from: Option<String>,
        /// Last day to include.
        #[arg(long, value_name = "YYYY-MM-DD")]
        to: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum SessionCommand {
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

#[derive(Debug, Subcommand)]
enum ProtocolCommand {
    /// Print a protocol (default: the one the app ships with) as TOML, or JSON.
    Show {
        /// A bundled protocol (`seed`, `strict`) or a protocol file.
        #[arg(long, value_name = "FILE|seed|strict")]
        protocol: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Check a protocol file, naming the line and field of each problem.
    Check { file: PathBuf },
    /// Follow a protocol from now on: a bundled one (`seed`, `strict`) or a file.
    Use { protocol: String },
    /// Print a protocol file's share code and the link that opens it in the app.
    Share { file: PathBuf },
    /// Write a protocol file's link as a QR code (SVG).
    Qr {
        file: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Show how a shared protocol (a code, a link or a file) differs from yours, and follow it
    /// once you accept.
    Import {
        #[arg(value_name = "CODE_OR_FILE")]
        source: String,
        /// Accept without asking.
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Debug, Subcommand)]
enum JournalCommand {
    /// Write a note for a day (default: today).
    Add {
        note: String,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// Print every note.
    List,
    /// Answer the day's healing check-in (answering again replaces it) and get advice: when
    /// the answers match a red flag or get worse after day 3, whom to contact.
    CheckIn(CheckInArgs),
    /// Print every check-in with its advice.
    CheckIns {
        #[arg(long)]
        json: bool,
    },
    /// Keep, list, save or remove healing photos; location metadata is stripped on the way in.
    #[command(subcommand)]
    Photo(PhotoCommand),
}

#[expect(
    clippy::struct_excessive_bools,
    reason = "the check-in's yes-or-no questions, one flag each"
)]
#[derive(Debug, Args)]
struct CheckInArgs {
    /// The day it is for (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// none, mild, moderate or severe.
    #[arg(long, value_parser = answer::<Level>, default_value = "none")]
    redness: Level,
    /// The redness spreads beyond the treated area.
    #[arg(long)]
    spreading: bool,
    /// none, mild, moderate or severe.
    #[arg(long, value_parser = answer::<Level>, default_value = "none")]
    swelling: Level,
    /// none, mild, moderate or severe.
    #[arg(long, value_parser = answer::<Level>, default_value = "none")]
    itching: Level,
    /// smooth, flaking or scabbing.
    #[arg(long, value_parser = answer::<Surface>, default_value = "smooth")]
    surface: Surface,
    /// 0 (none) to 10 (the worst imaginable).
    #[arg(long, default_value_t = 0)]
    pain: u8,
    /// The area feels hot to the touch.
    #[arg(long)]
    warmth: bool,
    /// none, clear, or pus (yellow or green).
    #[arg(long, value_parser = answer::<Discharge>, default_value = "none")]
    discharge: Discharge,
    /// Fever or chills.
    #[arg(long)]
    fever: bool,
    /// Red streaks running from the area.
    #[arg(long)]
    streaks: bool,
}

#[derive(Debug, Subcommand)]
enum PhotoCommand {
    /// Keep a JPEG or PNG photo for a day (default: today), without its location metadata.
    Add {
        file: PathBuf,
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
    },
    /// List the photos by day.
    List,
    /// Write photo ID to FILE.
    Save { id: i64, file: PathBuf },
    /// Delete photo ID.
    Remove { id: i64 },
}

#[derive(Debug, Args)]
struct TreatmentArgs {
    /// A session's local start; repeat for each session, in order (default: the stored sessions).
    #[arg(long = "session", value_name = "YYYY-MM-DDTHH:MM")]
    sessions: Vec<String>,
    /// IANA zone of the sessions and of the reminders (default: this machine's, or `TZ`).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    /// A bundled protocol (`seed`, `strict`) or a protocol file (default: the stored one).
    #[arg(long, value_name = "FILE|seed|strict")]
    protocol: Option<String>,
}

#[derive(Debug, Args)]
struct TimingArgs {
    /// Time of the morning digest and of morning reminders (default: the stored setting, 09:00).
    #[arg(long, value_name = "HH:MM")]
    reminder_time: Option<String>,
    /// No reminders inside this daily window; they wait until it ends.
    #[arg(long, value_name = "HH:MM-HH:MM")]
    quiet: Option<String>,
}

#[derive(Debug, Args)]
struct SunArgs {
    /// The first day (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// IANA zone the times are shown in; without --lat and --lon, the place is its principal
    /// city (default: this machine's zone).
    #[arg(long, alias = "tz", value_name = "ZONE")]
    zone: Option<String>,
    /// Degrees north; negative south.
    #[arg(
        long,
        value_name = "DEGREES",
        requires = "lon",
        allow_negative_numbers = true
    )]
    lat: Option<f64>,
    /// Degrees east; negative west.
    #[arg(
        long,
        value_name = "DEGREES",
        requires = "lat",
        allow_negative_numbers = true
    )]
    lon: Option<f64>,
    /// Metres above sea level: each kilometre adds about 6 % to the UV index.
    #[arg(
        long,
        value_name = "METRES",
        default_value_t = 0.0,
        allow_negative_numbers = true
    )]
    elevation: f64,
    /// How many days to show, from the first.
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=366))]
    days: u16,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct SettingsArgs {
    #[arg(long, value_name = "HH:MM")]
    reminder_time: Option<String>,
    /// Quiet hours, or `off`.
    #[arg(long, value_name = "HH:MM-HH:MM|off")]
    quiet: Option<String>,
    /// Follow the device's current zone, or keep the home zone.
    #[arg(long, value_enum)]
    zone_policy: Option<PolicyArg>,
    #[arg(long, value_name = "ZONE")]
    home_zone: Option<String>,
    /// Turn a category's reminders off: milestone, digest, prep, sun, checkin.
    #[arg(long, value_name = "CATEGORY")]
    mute: Vec<String>,
    /// Turn a category's reminders back on.
    #[arg(long, value_name = "CATEGORY")]
    unmute: Vec<String>,
    /// Where the sun is estimated for: a city (the main city of a time zone, e.g. Lisbon), or
    /// `auto`, the main city of the zone reminders follow.
    #[arg(long, value_name = "CITY|auto", conflicts_with = "lat")]
    city: Option<String>,
    /// Coordinates for the sun instead of a city: degrees north (south negative)...
    #[arg(long, allow_hyphen_values = true, requires = "lon")]
    lat: Option<f64>,
    /// ...and degrees east (west negative).
    #[arg(long, allow_hyphen_values = true, requires = "lat")]
    lon: Option<f64>,
    /// Metres above sea level: the UV index rises with altitude.
    #[arg(long, allow_hyphen_values = true)]
    elevation: Option<f64>,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PolicyArg {
    Follow,
    Home,
}

#[derive(Debug, thiserror::Error)]
enum Error {
    #[error(transparent)]
    Core(#[from] aftercare_core::Error),
    #[error(transparent)]
    Store(#[from] aftercare_store::Error),
    #[error(transparent)]
    Notify(#[from] aftercare_notify::Error),
    #[error("{path}: {error}")]
    InFile {
        path: String,
        error: aftercare_core::Error,
    },
    /// `protocol check` lists every problem of the file, one per line, as compilers do.
    #[error("{path}: {} problem(s)", problems.len())]
    Problems {
        path: String,
        problems: Vec<aftercare_core::Problem>,
    },
    #[error("cannot read `{path}`: {source}")]
    Read { path: String, source: io::Error },
    #[error("cannot write `{path}`: {source}")]
    Write { path: String, source: io::Error },
    #[error(
        "cannot tell this machine's time zone (neither TZ nor the system names one); pass one with --tz, e.g. --tz Europe/London"
    )]
    NoZone,
    #[error(
        "`{0}` is not a city the app knows: use the main city of a time zone (e.g. Lisbon, Sydney), or --lat and --lon"
    )]
    UnknownCity(String),
    #[error("cannot tell where to keep the data (no HOME or XDG_DATA_HOME); pass --db PATH")]
    NoDataDir,
    #[error(
        "no session is stored yet: add one with `aftercare session add 2026-03-05T10:00`, or pass --session"
    )]
    NoSessions,
    #[error(
        "say where the sun is: --zone Europe/London (its principal city), or --lat 51.5 --lon -0.13"
    )]
    NoPlace,
    #[error("the zone `{0}` names no place: pass --lat and --lon")]
    NoCity(String),
}

impl Error {
    /// 2 for input a person can correct; 1 when the database or the disk failed.
    fn exit_code(&self) -> u8 {
        use aftercare_store::Error as S;
        match self {
            Error::Store(
                S::NewerDatabase { .. }
                | S::NotADatabase { .. }
                | S::Corrupt { .. }
                | S::CannotOpen { .. }
                | S::ReadOnly { .. }
                | S::DiskFull { .. }
                | S::Io { .. }
                | S::StillInLog { .. }
                | S::Sqlite(_)
                | S::Migration(_),
            ) => 1,
            _ => 2,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command, cli.db.as_deref()) {
        Ok(output) => {
            // A closed pipe (`aftercare plan | head`) is not an error worth a message.
            let _ = io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(Error::Problems { path, problems }) => {
            for problem in problems {
                eprintln!("{}", render::located(&path, &problem));
            }
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("aftercare: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

fn run(command: Command, db: Option<&Path>) -> Result<String, Error> {
    match command {
        Command::Plan {
            treatment,
            timing,
            json,
        } => {
            let (protocol, treatment, mut settings) = treatment.load(db)?;
            timing.apply(&mut settings)?;
            let reminders = aftercare_core::reminders_for(&treatment, &protocol, &settings);
            Ok(if json {
                render::json(&reminders)
            } else {
                render::plan(&protocol, &settings, &reminders)
            })
        }
        Command::Today {
            treatment,
            date,
            json,
        } => {
            let (protocol, treatment, settings) = treatment.load(db)?;
            let date = date.as_deref().map_or_else(
                || Ok(now().with_timezone(&settings.zone).date_naive()),
                parse::date,
            )?;
            let today = aftercare_core::today(&treatment, &protocol, date);
            Ok(if json {
                render::json(&today)
            } else {
                render::today(&today)
            })
        }
        Command::Session(command) => session(command, &mut open(db)?),
        Command::Reminders { due, json } => {
            let store = open(db)?;
            let reminders = if due {
                store.due(now())?
            } else {
                store.reminders()?
            };
            Ok(if json {
                render::json(&reminders)
            } else {
                render::reminders(&reminders)
            })
        }
        Command::Done { key } => Ok(render::state_change(&open(db)?.mark_done(&key, now())?)),
        Command::Snooze { key, until } => {
            let mut store = open(db)?;
            let now = now();
            let until = Snooze::parse(&until)?.until(now, &store.preferences()?.settings())?;
            Ok(render::state_change(&store.snooze(&key, until, now)?))
        }
        Command::Settings(args) => settings(&args, &mut open(db)?),
        Command::Remind => remind(open(db)?),
        Command::Backup { file } => {
            open(db)?.backup_to(&file, now())?;
            Ok(format!("Backed up to {}\n", file.display()))
        }
        Command::Restore { file } => {
            let changes = open(db)?.restore_from(&file, now())?;
            Ok(format!(
                "Restored {}: {}\n",
                file.display(),
                render::changes(&changes)
            ))
        }
        Command::Protocol(command) => protocol(command, db),
        Command::Journal(command) => journal(command, &mut open(db)?),
        Command::Postpone {
            rule,
            session,
            undo,
        } => postpone(&mut open(db)?, &rule, session, undo),
        Command::Export(ExportCommand::Ics {
            category,
            from,
            to,
            output,
        }) => {
            let selection = selection(&category, from.as_deref(), to.as_deref())?;
            let calendar = open(db)?.calendar(&selection, now())?;
            written(output.as_deref(), calendar)
        }
        Command::Summary { notes } => Ok(open(db)?.progress(&notes, now())?.to_text()),
        Command::Sun(args) => sun(&args),
    }
}

fn journal(command: JournalCommand, store: &mut Store) -> Result<String, Error> {
    match command {
        JournalCommand::Add { note, date } => {
            let date = day_or_today(store, date.as_deref())?;
            let entry = store.add_journal_entry(date, &note, now())?;
            Ok(format!("Noted for {}\n", entry.date))
        }
        JournalCommand::List => Ok(render::journal(&store.journal()?)),
        JournalCommand::CheckIn(args) => {
            let date = day_or_today(store, args.date.as_deref())?;
            Ok(render::assessed(&store.check_in(
                date,
                args.answers(),
                now(),
            )?))
        }
        JournalCommand::CheckIns { json } => {
            let all = store.check_ins()?;
            Ok(if json {
                render::json(&all)
            } else {
                all.iter().map(render::assessed).collect()
            })
        }
        JournalCommand::Photo(command) => photo(command, store),
    }
}

/// Pushes a healing rule back a day for a session: the one given, or the one today counts from.
fn postpone(
    store: &mut Store,
    rule: &str,
    session: Option<usize>,
    undo: bool,
) -> Result<String, Error> {
    let session = if let Some(number) = session {
        number
    } else {
        let today = day_or_today(store, None)?;
        store
            .treatment()?
            .map_or(1, |(treatment, _)| treatment.position(today).0 + 1)
    };
    let changes = store.postpone(session, rule, undo, now())?;
    Ok(format!("Reminders: {}\n", render::changes(&changes)))
}

fn photo(command: PhotoCommand, store: &mut Store) -> Result<String, Error> {
    match command {
        PhotoCommand::Add { file, date } => {
            let bytes = std::fs::read(&file).map_err(|source| Error::Read {
                path: file.display().to_string(),
                source,
            })?;
            let date = day_or_today(store, date.as_deref())?;
            let kept = store.add_photo(date, &bytes, now())?;
            Ok(format!(
                "Kept photo {} for {}, without location metadata\n",
                kept.id, kept.date
            ))
        }
        PhotoCommand::List => Ok(render::photos(&store.photos()?)),
        PhotoCommand::Save { id, file } => {
            let (_, bytes) = store.photo(id)?;
            std::fs::write(&file, bytes).map_err(|source| Error::Write {
                path: file.display().to_string(),
                source,
            })?;
            Ok(format!("Wrote photo {id} to {}\n", file.display()))
        }
        PhotoCommand::Remove { id } => {
            store.remove_photo(id)?;
            Ok(format!("Deleted photo {id}\n"))
        }
    }
}

/// The date given, or today where reminders are followed.
fn day_or_today(store: &Store, date: Option<&str>) -> Result<NaiveDate, Error> {
    Ok(match date {
        Some(date) => parse::date(date)?,
        None => now()
            .with_timezone(&store.preferences()?.zone())
            .date_naive(),
    })
}

/// A check-in answer by the name the app and the backups use (`mild`, `scabbing`, `pus`).
fn answer<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|e| e.to_string().replace(" at line 1 column 0", ""))
}

impl CheckInArgs {
    fn answers(&self) -> CheckIn {
        CheckIn {
            redness: self.redness,
            spreading: self.spreading,
            swelling: self.swelling,
            itching: self.itching,
            surface: self.surface,
            pain: self.pain,
            warmth: self.warmth,
            discharge: self.discharge,
            fever: self.fever,
            streaks: self.streaks,
        }
    }
}

/// The reminders an export takes: the categories named (all if none) within the dates given.
fn selection(
    categories: &[String],
    from: Option<&str>,
    to: Option<&str>,
) -> Result<Selection, Error> {
    let mut selection = Selection::all();
    if !categories.is_empty() {
        selection.categories = categories
            .iter()
            .map(|c| c.parse::<Category>())
            .collect::<Result<_, _>>()?;
    }
    selection.from = from.map(parse::date).transpose()?;
    selection.to = to.map(parse::date).transpose()?;
    Ok(selection)
}

/// `text` into `file`, or as the output when there is none.
fn written(file: Option<&Path>, text: String) -> Result<String, Error> {
    let Some(file) = file else {
        return Ok(text);
    };
    std::fs::write(file, text).map_err(|source| Error::Write {
        path: file.display().to_string(),
        source,
    })?;
    Ok(format!("Wrote {}\n", file.display()))
}

fn session(command: SessionCommand, store: &mut Store) -> Result<String, Error> {
    let changes = match command {
        SessionCommand::Add { start, tz } => {
            store.add_session(session_at(&start, tz.as_deref())?, now())?
        }
        SessionCommand::Move { number, start, tz } => {
            store.move_session(number, session_at(&start, tz.as_deref())?, now())?
        }
        SessionCommand::Remove { number } => store.remove_session(number, now())?,
        SessionCommand::List => return Ok(render::sessions(&store.sessions()?)),
    };
    Ok(format!(
        "{}Reminders: {}\n",
        render::sessions(&store.sessions()?),
        render::changes(&changes)
    ))
}

/// Keeps the reminders on the desktop until interrupted, telling the terminal what happens.
fn remind(store: Store) -> Result<String, Error> {
    let store = std::sync::Arc::new(std::sync::Mutex::new(store));
    let reminders = Reminders::start(store, |happened| {
        println!("{}", render::happened(&happened));
    })?;
    println!("Reminding; leave this running (Ctrl-C to stop).");
    reminders.wait();
    Ok(String::new())
}

fn settings(args: &SettingsArgs, store: &mut Store) -> Result<String, Error> {
    let mut preferences = store.preferences()?;
    if args.apply(&mut preferences)? {
        let changes = store.set_preferences(&preferences, now())?;
        return Ok(format!(
            "{}Reminders: {}\n",
            render::preferences(&preferences),
            render::changes(&changes)
        ));
    }
    Ok(if args.json {
        render::json(&preferences)
    } else {
        render::preferences(&preferences)
    })
}

fn protocol(command: ProtocolCommand, db: Option<&Path>) -> Result<String, Error> {
    match command {
        ProtocolCommand::Show { protocol, json } => match protocol.as_deref() {
            None if !json => Ok(aftercare_core::protocol::BUNDLED[0].1.to_string()),
            None => Ok(Protocol::seed().to_json()),
            Some(name) => {
                let protocol = load_protocol(name)?;
                Ok(if json {
                    protocol.to_json()
                } else {
                    protocol.to_toml()
                })
            }
        },
        ProtocolCommand::Check { file } => {
            let protocol = read_protocol(&file).map_err(|error| match error {
                Error::InFile {
                    path,
                    error: aftercare_core::Error::InvalidProtocol { problems },
                } => Error::Problems { path, problems },
                other => other,
            })?;
            Ok(format!(
                "{}: ok: \"{}\" version {}, {} rules\n",
                file.display(),
                protocol.name,
                protocol.version,
                protocol.rules.len()
            ))
        }
        ProtocolCommand::Use { protocol: name } => {
            let protocol = load_protocol(&name)?;
            let origin = if Protocol::bundled(&name).is_some() {
                "bundled".to_string()
            } else {
                name
            };
            follow(&mut open(db)?, &protocol, &origin)
        }
        ProtocolCommand::Share { file } => {
            let protocol = read_protocol(&file)?;
            Ok(format!(
                "{}\n{}\n",
                share::encode(&protocol),
                share::link(&protocol)
            ))
        }
        ProtocolCommand::Qr { file, output } => {
            let svg = share::qr_svg(&share::link(&read_protocol(&file)?))?;
            written(output.as_deref(), svg)
        }
        ProtocolCommand::Import { source, yes } => {
            // A file if there is one by that name, else the code or link itself.
            let incoming = if Path::new(&source).is_file() {
                read_protocol(Path::new(&source))?
            } else {
                share::import(&source)?
            };
            let mut store = open(db)?;
            let differences = compare::differences(&store.protocol()?.protocol, &incoming);
            let mut out = render::differences(&incoming, &differences);
            if differences.is_empty() {
                return Ok(out);
            }
            let accepted = yes || {
                print!("{out}");
                out.clear();
                confirm("Follow this protocol from now on?")?
            };
            if !accepted {
                out.push_str("Nothing changed. Run again with --yes to follow it.\n");
                return Ok(out);
            }
            out.push_str(&follow(&mut store, &incoming, &share::origin(&incoming))?);
            Ok(out)
        }
    }
}

fn follow(store: &mut Store, protocol: &Protocol, origin: &str) -> Result<String, Error> {
    let changes = store.set_protocol(protocol, origin, now())?;
    Ok(format!(
        "Now following \"{}\" {}. Reminders: {}\n",
        protocol.name,
        protocol.version,
        render::changes(&changes)
    ))
}

/// Asks on the terminal; anything but yes, or no terminal, is no.
fn confirm(question: &str) -> Result<bool, Error> {
    use std::io::IsTerminal as _;
    if !io::stdin().is_terminal() {
        return Ok(false);
    }
    print!("{question} [y/N] ");
    let _ = io::stdout().flush();
    let mut answer = String::new();
    io::stdin()
        .read_line(&mut answer)
        .map_err(|source| Error::Read {
            path: "standard input".into(),
            source,
        })?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

impl TreatmentArgs {
    /// The treatment from `--session` (nothing stored is touched) or else from the store, with
    /// the protocol and settings that go with it.
    fn load(&self, db: Option<&Path>) -> Result<(Protocol, Treatment, Settings), Error> {
        let chosen = self.protocol.as_deref().map(load_protocol).transpose()?;
        if self.sessions.is_empty() {
            let store = open(db)?;
            let (treatment, stored) = store.treatment()?.ok_or(Error::NoSessions)?;
            let (treatment, protocol) = match chosen {
                // Another protocol: the rules pushed back may not exist in it.
                Some(protocol) => (
                    Treatment::new(treatment.sessions().to_vec(), &protocol)?,
                    protocol,
                ),
                None => (treatment, stored),
            };
            let mut settings = store.preferences()?.settings();
            if let Some(zone) = &self.tz {
                settings.zone = parse::zone(zone)?;
            }
            return Ok((protocol, treatment, settings));
        }
        let zone = match &self.tz {
            Some(name) => parse::zone(name)?,
            None => machine_zone()?,
        };
        let protocol = chosen.unwrap_or_else(Protocol::seed);
        let sessions = self
            .sessions
            .iter()
            .map(|start| Session::new(parse::local(start)?, zone))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((
            protocol.clone(),
            Treatment::new(sessions, &protocol)?,
            Settings::new(zone),
        ))
    }
}

impl TimingArgs {
    fn apply(&self, settings: &mut Settings) -> Result<(), Error> {
        if let Some(time) = &self.reminder_time {
            settings.reminder_time = parse::time(time)?;
        }
        if let Some(quiet) = &self.quiet {
            settings.quiet = Some(quiet.parse::<QuietHours>()?);
        }
        Ok(())
    }
}

impl SettingsArgs {
    /// Applies the flags given; whether any was.
    fn apply(&self, preferences: &mut Preferences) -> Result<bool, Error> {
        if let Some(time) = &self.reminder_time {
            preferences.reminder_time = parse::time(time)?;
        }
        if let Some(quiet) = &self.quiet {
            preferences.quiet = if quiet == "off" {
                None
            } else {
                Some(quiet.parse()?)
            };
        }
        if let Some(policy) = self.zone_policy {
            preferences.zone_policy = match policy {
                PolicyArg::Follow => ZonePolicy::Follow,
                PolicyArg::Home => ZonePolicy::Home,
            };
        }
        if let Some(zone) = &self.home_zone {
            preferences.home_zone = parse::zone(zone)?;
        }
        for (names, muted) in [(&self.mute, true), (&self.unmute, false)] {
            for name in names {
                preferences.muted = preferences.muted.with(name.parse::<Category>()?, muted);
            }
        }
        if let Some(name) = &self.city {
            preferences.place = if name == "auto" {
                None
            } else {
                let city = places::cities()
                    .iter()
                    .find(|city| city.name.eq_ignore_ascii_case(name.trim()))
                    .ok_or_else(|| Error::UnknownCity(name.clone()))?;
                Some(ChosenPlace {
                    name: Some(city.name.clone()),
                    latitude: city.latitude,
                    longitude: city.longitude,
                })
            };
        }
        if let (Some(latitude), Some(longitude)) = (self.lat, self.lon) {
            preferences.place = Some(ChosenPlace {
                name: None,
                latitude,
                longitude,
            });
        }
        if let Some(elevation) = self.elevation {
            preferences.elevation = elevation;
        }
        Ok(self.city.is_some()
            || self.lat.is_some()
            || self.elevation.is_some()
            || self.reminder_time.is_some()
            || self.quiet.is_some()
            || self.zone_policy.is_some()
            || self.home_zone.is_some()
            || !self.mute.is_empty()
            || !self.unmute.is_empty())
    }
}

/// Opens the database and tells it the machine's zone, so that reminders follow a move.
fn open(db: Option<&Path>) -> Result<Store, Error> {
    let path = match db {
        Some(path) => path.to_path_buf(),
        None => Store::default_path().ok_or(Error::NoDataDir)?,
    };
    let mut store = Store::open(&path)?;
    if let Ok(zone) = machine_zone() {
        store.observe_device_zone(zone, now())?;
    }
    Ok(store)
}

fn session_at(start: &str, zone: Option<&str>) -> Result<Session, Error> {
    let zone = zone.map_or_else(machine_zone, |z| Ok(parse::zone(z)?))?;
    Ok(Session::new(parse::local(start)?, zone)?)
}

/// A bundled protocol by id, or else a file.
fn load_protocol(name: &str) -> Result<Protocol, Error> {
    Protocol::bundled(name).map_or_else(|| read_protocol(Path::new(name)), Ok)
}

fn read_protocol(path: &Path) -> Result<Protocol, Error> {
    let shown = path.display().to_string();
    let read_error = |source| Error::Read {
        path: shown.clone(),
        source,
    };
    let in_file = |error| Error::InFile {
        path: shown.clone(),
        error,
    };
    // Not read at all when it is larger than a protocol can be.
    let bytes = std::fs::metadata(path).map_err(read_error)?.len();
    if bytes > share::MAX_BYTES as u64 {
        return Err(in_file(aftercare_core::Error::ImportTooLarge {
            max: share::MAX_BYTES,
        }));
    }
    let source = std::fs::read_to_string(path).map_err(read_error)?;
    share::import(&source).map_err(in_file)
}

/// The sun over `--lat`/`--lon`, or over the zone's principal city, day by day.
fn sun(args: &SunArgs) -> Result<String, Error> {
    let named_zone = args.zone.as_deref().map(parse::zone).transpose()?;
    let (place, city) = match (args.lat.zip(args.lon), named_zone) {
        (Some((latitude, longitude)), _) => {
            (Place::new(latitude, longitude, args.elevation)?, None)
        }
        (None, Some(zone)) => {
            let city = places::principal_city(zone.name())
                .ok_or_else(|| Error::NoCity(zone.name().to_string()))?;
            (city.place(args.elevation)?, Some(city))
        }
        (None, None) => return Err(Error::NoPlace),
    };
    let zone = named_zone.map_or_else(machine_zone, Ok)?;
    let first = args
        .date
        .as_deref()
        .map_or_else(|| Ok(now().with_timezone(&zone).date_naive()), parse::date)?;
    let days = first
        .iter_days()
        .take(args.days.into())
        .map(|date| sun_day(&place, Ozone::STANDARD, zone, date))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(if args.json {
        render::sun_json(&place, city, zone, &days)
    } else {
        render::sun(&place, city, zone, &days)
    })
}

/// The machine's zone: `TZ`, else the system's.
fn machine_zone() -> Result<Tz, Error> {
    aftercare_store::device_zone().ok_or(Error::NoZone)
}

#[expect(
    clippy::disallowed_methods,
    reason = "the CLI is an edge: it reads the real clock for everyone else"
)]
fn now() -> DateTime<Utc> {
    Utc::now()
}
