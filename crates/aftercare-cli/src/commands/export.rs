//! What leaves the app for others: the reminders as a calendar, and a progress summary and a
//! report with the chart and photos for the artist.

use std::path::{Path, PathBuf};

use aftercare_core::ics::Selection;
use aftercare_core::protocol::Category;
use aftercare_core::{Locale, parse};
use aftercare_store::Store;
use clap::{Args, Subcommand};

use super::written;
use crate::error::Error;
use crate::machine::{self, now, open};

/// Export the reminders for a calendar.
#[derive(Debug, Subcommand)]
pub(crate) enum ExportCommand {
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

/// Print a summary of your progress to send your artist: sessions, days followed, missed
/// steps, and only the journal notes you pick.
#[derive(Debug, Args)]
pub(crate) struct SummaryArgs {
    /// A journal note to include, by the number `journal list` shows; repeat for each.
    #[arg(long = "note", value_name = "N")]
    notes: Vec<i64>,
}

/// Write a report for your artist as one web page: sessions, days followed, missed steps, the
/// healing chart, and only the photos and journal notes you pick. It loads nothing and runs no
/// script; open it in any browser.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// The file to write (an .html file).
    #[arg(long, short, value_name = "FILE")]
    output: PathBuf,
    /// A photo to include, by the number `journal photo list` shows; repeat for each.
    #[arg(long = "photo", value_name = "N")]
    photos: Vec<i64>,
    /// A journal note to include, by the number `journal list` shows; repeat for each.
    #[arg(long = "note", value_name = "N")]
    notes: Vec<i64>,
}

pub(crate) fn run(
    command: ExportCommand,
    db: Option<&Path>,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let ExportCommand::Ics {
        category,
        from,
        to,
        output,
    } = command;
    // Bad dates or categories are refused before the database is touched.
    let selection = selection(&category, from.as_deref(), to.as_deref())?;
    let store = open(db)?;
    let calendar = store.calendar(&selection, now())?;
    written(
        output.as_deref(),
        calendar,
        machine::speaking(&store, lang)?,
    )
}

pub(crate) fn summary(
    args: &SummaryArgs,
    store: &Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let locale = machine::speaking(store, lang)?;
    Ok(store.progress(&args.notes, locale, now())?.to_text(locale))
}

pub(crate) fn report(
    args: &ReportArgs,
    store: &Store,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let locale = machine::speaking(store, lang)?;
    let report = store.report(&args.notes, &args.photos, locale, now())?;
    written(Some(&args.output), report.to_html(locale), locale)
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
