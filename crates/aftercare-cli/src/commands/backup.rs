//! `backup` and `restore`: everything stored, out to a file and back.

use std::path::PathBuf;

use aftercare_core::Locale;
use aftercare_store::Store;
use clap::Args;

use crate::error::Error;
use crate::machine::{now, speaking};
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

pub(crate) fn backup(
    args: &BackupArgs,
    store: &Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    store.backup_to(&args.file, now())?;
    let file = ("file", args.file.display().to_string().into());
    Ok(render::line(
        speaking(store, lang)?,
        "cli-backed-up",
        [file],
    ))
}

pub(crate) fn restore(
    args: &RestoreArgs,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let changes = store.restore_from(&args.file, now())?;
    let locale = speaking(store, lang)?;
    let file = ("file", args.file.display().to_string().into());
    let counts = render::changes(&changes, locale);
    Ok(render::line(
        locale,
        "cli-restored",
        [file, ("changes", counts.into())],
    ))
}
