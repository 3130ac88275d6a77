//! The `aftercare` subcommands: one module per group, each holding its arguments beside the code
//! that applies them and the way it prints.

mod backup;
mod export;
mod journal;
mod plan;
mod protocol;
mod reminders;
mod session;
mod settings;
mod sun;

use std::path::Path;

use aftercare_core::Locale;
use clap::Subcommand;

use crate::error::Error;
use crate::machine::open;
use crate::render;

// The order here is the order `aftercare --help` lists them in; each one's help is the doc
// comment on its arguments.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    Plan(plan::PlanArgs),
    Today(plan::TodayArgs),
    #[command(subcommand)]
    Session(session::SessionCommand),
    Reminders(reminders::RemindersArgs),
    Done(reminders::DoneArgs),
    Snooze(reminders::SnoozeArgs),
    Settings(settings::SettingsArgs),
    Remind(reminders::RemindArgs),
    Backup(backup::BackupArgs),
    Restore(backup::RestoreArgs),
    #[command(subcommand)]
    Protocol(protocol::ProtocolCommand),
    #[command(subcommand)]
    Journal(journal::JournalCommand),
    Postpone(journal::PostponeArgs),
    #[command(subcommand)]
    Export(export::ExportCommand),
    Summary(export::SummaryArgs),
    Report(export::ReportArgs),
    Sun(sun::SunArgs),
}

/// Runs a command; what it prints on success.
pub(crate) fn run(
    command: Command,
    db: Option<&Path>,
    lang: Option<Locale>,
) -> Result<String, Error> {
    // Those given `db` open the store only on some paths, or after checking their arguments.
    match command {
        Command::Plan(args) => plan::plan(&args, db, lang),
        Command::Today(args) => plan::today(&args, db, lang),
        Command::Session(command) => session::run(command, &mut open(db)?, lang),
        Command::Reminders(args) => reminders::list(&args, &open(db)?, lang),
        Command::Done(args) => reminders::done(&args, &mut open(db)?, lang),
        Command::Snooze(args) => reminders::snooze(&args, &mut open(db)?, lang),
        Command::Settings(args) => settings::run(&args, &mut open(db)?, lang),
        Command::Remind(_) => reminders::remind(open(db)?, lang),
        Command::Backup(args) => backup::backup(&args, &open(db)?, lang),
        Command::Restore(args) => backup::restore(&args, &mut open(db)?, lang),
        Command::Protocol(command) => protocol::run(command, db, lang),
        Command::Journal(command) => journal::run(command, &mut open(db)?, lang),
        Command::Postpone(args) => journal::postpone(&args, &mut open(db)?, lang),
        Command::Export(command) => export::run(command, db, lang),
        Command::Summary(args) => export::summary(&args, &open(db)?, lang),
        Command::Report(args) => export::report(&args, &open(db)?, lang),
        Command::Sun(args) => sun::run(&args, lang),
    }
}

/// `text` into `file`, or as the output when there is none.
fn written(file: Option<&Path>, text: String, locale: Locale) -> Result<String, Error> {
    let Some(file) = file else {
        return Ok(text);
    };
    std::fs::write(file, text).map_err(|source| Error::Write {
        path: file.display().to_string(),
        source,
    })?;
    Ok(render::line(
        locale,
        "cli-wrote",
        [("file", file.display().to_string().into())],
    ))
}
