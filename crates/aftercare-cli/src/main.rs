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
    #[command(subcommand)]
    command: Command,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli.command, cli.db.as_deref()) {
        Ok(output) => {
            // A closed pipe (`aftercare plan | head`) is not an error worth a message.
            let _ = io::stdout().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(Error::Problems { path, problems }) => {
            for problem in problems {
                eprintln!("{}", error::located(&path, &problem));
            }
            ExitCode::from(2)
        }
        Err(error) => {
            eprintln!("aftercare: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
