//! `aftercare`: the SMP aftercare engine and store from a terminal, for clients, artists and scripts.

mod commands;
mod error;
mod machine;
mod render;

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use crate::commands::Command;
use crate::error::Error;

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
    /// The language to write in, with its date conventions: en, en-GB, es, fr, fr-CA, pt-BR, tr
    /// (default: the one chosen in the app, else LANG's).
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<aftercare_core::Locale>,
    #[command(subcommand)]
    command: Command,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Errors speak the language asked for, else the system's: the store may be what failed.
    let locale = machine::language(cli.lang);
    match commands::run(cli.command, cli.db.as_deref(), cli.lang) {
        Ok(output) => {
            // A closed pipe (`aftercare plan | head`) is not an error worth a message.
            let _ = io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(Error::Problems { path, problems }) => {
            for problem in problems {
                eprintln!("{}", error::located(&path, &problem, locale));
            }
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("aftercare: {}", error.message(locale));
            ExitCode::from(error.exit_code())
        }
    }
}
