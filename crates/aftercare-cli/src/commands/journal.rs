//! The healing journal: notes, check-ins and photos by day, and `postpone` for a scalp that
//! heals slower than the protocol's days.

use std::fmt::Write as _;
use std::path::PathBuf;

use aftercare_core::healing::{CheckIn, Discharge, Level, Surface};
use aftercare_core::{Locale, parse};
use aftercare_store::{Assessed, Note, PhotoInfo, Store};
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use crate::error::Error;
use crate::machine::{self, now};
use crate::render;

/// Write in or read the healing journal.
#[derive(Debug, Subcommand)]
pub(crate) enum JournalCommand {
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
pub(crate) struct CheckInArgs {
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
pub(crate) enum PhotoCommand {
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

/// Still scabbing? Push a healing rule (e.g. `no-wash` or `wash-ok`) back a day for one
/// session; the reminders follow.
#[derive(Debug, Args)]
pub(crate) struct PostponeArgs {
    rule: String,
    /// The session (default: the one today counts from).
    #[arg(long)]
    session: Option<usize>,
    /// Back to the protocol's day.
    #[arg(long)]
    undo: bool,
}

pub(crate) fn run(
    command: JournalCommand,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let locale = machine::speaking(store, lang)?;
    match command {
        JournalCommand::Add { note, date } => {
            let date = day_or_today(store, date.as_deref())?;
            let entry = store.add_note(date, &note, now())?;
            let date = ("date", locale.day(entry.date).into());
            Ok(format!("{}\n", locale.text_with("cli-noted", [date])))
        }
        JournalCommand::List => Ok(notes(&store.notes()?, locale)),
        JournalCommand::CheckIn(args) => {
            let date = day_or_today(store, args.date.as_deref())?;
            Ok(assessed(
                &store.check_in(date, args.answers(), now())?,
                locale,
            ))
        }
        JournalCommand::CheckIns { json } => {
            let all = store.check_ins()?;
            Ok(if json {
                render::json(&all)
            } else {
                all.iter().map(|one| assessed(one, locale)).collect()
            })
        }
        JournalCommand::Photo(command) => photo(command, store, locale),
    }
}

/// Pushes a healing rule back a day for a session: the one given, or the one today counts from.
pub(crate) fn postpone(
    args: &PostponeArgs,
    store: &mut Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let session = if let Some(number) = args.session {
        number
    } else {
        let today = day_or_today(store, None)?;
        store
            .treatment()?
            .map_or(1, |(treatment, _)| treatment.position(today).0 + 1)
    };
    let changes = store.postpone(session, &args.rule, args.undo, now())?;
    let locale = machine::speaking(store, lang)?;
    Ok(render::reminders_changed(&changes, locale))
}

fn photo(command: PhotoCommand, store: &mut Store, locale: Locale) -> Result<String, Error> {
    match command {
        PhotoCommand::Add { file, date } => {
            let bytes = std::fs::read(&file).map_err(|source| Error::Read {
                path: file.display().to_string(),
                source,
            })?;
            let date = day_or_today(store, date.as_deref())?;
            let kept = store.add_photo(date, &bytes, now())?;
            // A photo's number is typed back (`photo save 1234`): its digits, never grouped.
            let args = [
                ("id", kept.id.to_string().into()),
                ("date", locale.day(kept.date).into()),
            ];
            Ok(format!("{}\n", locale.text_with("cli-photo-kept", args)))
        }
        PhotoCommand::List => Ok(photos(&store.photos()?, locale)),
        PhotoCommand::Save { id, file } => {
            let (_, bytes) = store.photo(id)?;
            std::fs::write(&file, bytes).map_err(|source| Error::Write {
                path: file.display().to_string(),
                source,
            })?;
            let args = [
                ("id", id.to_string().into()),
                ("file", file.display().to_string().into()),
            ];
            Ok(format!("{}\n", locale.text_with("cli-photo-written", args)))
        }
        PhotoCommand::Remove { id } => {
            store.remove_photo(id)?;
            let deleted = locale.text_with("cli-photo-deleted", [("id", id.to_string().into())]);
            Ok(format!("{deleted}\n"))
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

fn notes(notes: &[Note], locale: Locale) -> String {
    let mut out = String::new();
    for note in notes {
        let _ = writeln!(
            out,
            "{:>4}  {}  {}",
            note.id,
            locale.day(note.entry.date),
            note.entry.note
        );
    }
    if notes.is_empty() {
        let _ = writeln!(out, "{}", locale.text("cli-notes-none"));
    }
    out
}

/// A check-in and its advice: whom to contact, why, then what to do.
fn assessed(assessed: &Assessed, locale: Locale) -> String {
    let mut out = String::new();
    let date = locale.long_day(assessed.check_in.date);
    let heading = match (assessed.session, assessed.day) {
        (Some(session), Some(day)) => locale.text_with(
            "cli-day-heading",
            [
                ("date", date.into()),
                ("position", locale.position(session, day).into()),
            ],
        ),
        _ => date,
    };
    let _ = writeln!(out, "{heading}");
    let advice = &assessed.advice;
    let _ = writeln!(out, "  {}", advice.heading);
    for reason in &advice.reasons {
        let _ = writeln!(out, "  - {reason}");
    }
    let _ = writeln!(out, "  {}\n", advice.message);
    out
}

fn photos(photos: &[PhotoInfo], locale: Locale) -> String {
    if photos.is_empty() {
        return format!("{}\n", locale.text("cli-photos-none"));
    }
    let mut out = String::new();
    for photo in photos {
        let _ = writeln!(
            out,
            "{:>4}  {}  {}  {} KiB",
            photo.id,
            locale.day(photo.date),
            photo.mime,
            photo.size.div_ceil(1024)
        );
    }
    out
}
