//! `aftercare`: the SMP aftercare engine from a terminal, for clients, artists and scripts.

mod render;

use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use aftercare_core::{Protocol, QuietHours, Session, Settings, Treatment, parse};
use chrono::NaiveDate;
use chrono_tz::Tz;
use clap::{Args, Parser, Subcommand};

/// A protocol file larger than this is not a protocol.
const MAX_PROTOCOL_BYTES: u64 = 256 * 1024;

#[derive(Debug, Parser)]
#[command(
    name = "aftercare",
    version,
    about = "SMP aftercare: your reminders and today's steps, from a terminal."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print every reminder of a treatment: prep, daily steps, milestones, sun, check-ins.
    Plan {
        #[command(flatten)]
        treatment: TreatmentArgs,
        /// Time of the morning digest and of morning reminders.
        #[arg(long, value_name = "HH:MM", default_value = "09:00")]
        reminder_time: String,
        /// No reminders inside this daily window; they wait until it ends.
        #[arg(long, value_name = "HH:MM-HH:MM")]
        quiet: Option<String>,
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
    /// Show or check aftercare protocols.
    #[command(subcommand)]
    Protocol(ProtocolCommand),
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
}

#[derive(Debug, Args)]
struct TreatmentArgs {
    /// A session's local start; repeat for each session, in order.
    #[arg(long = "session", value_name = "YYYY-MM-DDTHH:MM", required = true)]
    sessions: Vec<String>,
    /// IANA zone of the sessions and of the reminders (default: this machine's).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    /// A bundled protocol (`seed`, `strict`) or a protocol file (TOML or JSON).
    #[arg(long, value_name = "FILE|seed|strict")]
    protocol: Option<String>,
}

#[derive(Debug, thiserror::Error)]
enum Error {
    #[error(transparent)]
    Core(#[from] aftercare_core::Error),
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
    #[error("`{path}` is {bytes} bytes; a protocol file is at most {max} bytes", max = MAX_PROTOCOL_BYTES)]
    TooLarge { path: String, bytes: u64 },
    #[error(
        "cannot tell this machine's time zone ({0}); pass one with --tz, e.g. --tz Europe/London"
    )]
    NoZone(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
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
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<String, Error> {
    match command {
        Command::Plan {
            treatment,
            reminder_time,
            quiet,
            json,
        } => {
            let (protocol, treatment, zone) = treatment.load()?;
            let settings = Settings {
                reminder_time: parse::time(&reminder_time)?,
                quiet: quiet.as_deref().map(str::parse::<QuietHours>).transpose()?,
                zone,
            };
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
            let (protocol, treatment, zone) = treatment.load()?;
            let date = date
                .as_deref()
                .map_or_else(|| Ok(today_in(zone)), parse::date)?;
            let today = aftercare_core::today(&treatment, &protocol, date);
            Ok(if json {
                render::json(&today)
            } else {
                render::today(&today)
            })
        }
        Command::Protocol(ProtocolCommand::Show { protocol, json }) => match protocol.as_deref() {
            None => Ok(if json {
                Protocol::seed().to_json()
            } else {
                aftercare_core::protocol::BUNDLED[0].1.to_string()
            }),
            Some(name) => {
                let protocol = load_protocol(name)?;
                Ok(if json {
                    protocol.to_json()
                } else {
                    protocol.to_toml()
                })
            }
        },
        Command::Protocol(ProtocolCommand::Check { file }) => {
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
    }
}

impl TreatmentArgs {
    fn load(&self) -> Result<(Protocol, Treatment, Tz), Error> {
        let zone = match &self.tz {
            Some(name) => parse::zone(name)?,
            None => machine_zone()?,
        };
        let protocol = self
            .protocol
            .as_deref()
            .map_or_else(|| Ok(Protocol::seed()), load_protocol)?;
        let sessions = self
            .sessions
            .iter()
            .map(|start| Session::new(parse::local(start)?, zone))
            .collect::<Result<Vec<_>, _>>()?;
        let treatment = Treatment::new(sessions, &protocol)?;
        Ok((protocol, treatment, zone))
    }
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
    let bytes = std::fs::metadata(path).map_err(read_error)?.len();
    if bytes > MAX_PROTOCOL_BYTES {
        return Err(Error::TooLarge { path: shown, bytes });
    }
    let source = std::fs::read_to_string(path).map_err(read_error)?;
    let parsed = if source.trim_start().starts_with('{') {
        Protocol::from_json(&source)
    } else {
        Protocol::from_toml(&source)
    };
    parsed.map_err(|error| Error::InFile { path: shown, error })
}

fn machine_zone() -> Result<Tz, Error> {
    let name = iana_time_zone::get_timezone().map_err(|e| Error::NoZone(e.to_string()))?;
    parse::zone(&name).map_err(|e| Error::NoZone(e.to_string()))
}

#[expect(
    clippy::disallowed_methods,
    reason = "the CLI is an edge: its default date is the real today"
)]
fn today_in(zone: Tz) -> NaiveDate {
    chrono::Utc::now().with_timezone(&zone).date_naive()
}
