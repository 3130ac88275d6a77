//! `backup` and `restore`: everything stored, out to a file and back.

use std::path::PathBuf;

use aftercare_store::Store;
use clap::Args;

use crate::error::Error;
use crate::machine::now;
use crate::render;

/// Write a backup: JSON if FILE ends in .json, else a copy of the database.
#[derive(Debug, Args)]
pub(crate) struct BackupArgs {
    file: PathBuf,
}

/// Replace everything with a backup, after checking all of it.
#[derive(Debug, Args)]
pub(crate) struct RestoreArgs {
    file: PathBuf,
}

pub(crate) fn backup(args: &BackupArgs, store: &Store) -> Result<String, Error> {
    store.backup_to(&args.file, now())?;
    Ok(format!("Backed up to {}\n", args.file.display()))
}

pub(crate) fn restore(args: &RestoreArgs, store: &mut Store) -> Result<String, Error> {
    let changes = store.restore_from(&args.file, now())?;
    Ok(format!(
        "Restored {}: {}\n",
        args.file.display(),
        render::changes(&changes)
    ))
}
