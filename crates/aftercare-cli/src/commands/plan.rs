//! `plan` and `today`: a treatment's reminders as a table, and one day's checklist.

use std::fmt::Write as _;
use std::path::Path;

use aftercare_core::protocol::Category;
use aftercare_core::today::{State, TodayItem};
use aftercare_core::{
    Locale, Protocol, QuietHours, Reminder, Session, Settings, Shift, Today, Treatment, parse,
};
use clap::Args;

use super::protocol::load_protocol;
use crate::error::Error;
use crate::machine::{self, now, open};
use crate::render;

/// Print every reminder of a treatment: prep, daily steps, milestones, sun, check-ins.
#[derive(Debug, Args)]
pub(crate) struct PlanArgs {
    #[command(flatten)]
    treatment: TreatmentArgs,
    #[command(flatten)]
    timing: TimingArgs,
    /// Print a JSON array of reminders instead of a table.
    #[arg(long)]
    json: bool,
}

/// Print one day's checklist and what changes next.
#[derive(Debug, Args)]
pub(crate) struct TodayArgs {
    #[command(flatten)]
    treatment: TreatmentArgs,
    /// The day to show (default: today in the zone).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    #[arg(long)]
    json: bool,
}

// No doc comments on the two groups below: clap would take them for the help of the commands
// they are flattened into.
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

pub(crate) fn plan(
    args: &PlanArgs,
    db: Option<&Path>,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let (protocol, treatment, mut settings) = args.treatment.load(db, lang)?;
    args.timing.apply(&mut settings)?;
    let reminders = aftercare_core::reminders_for(&treatment, &protocol, &settings);
    Ok(if args.json {
        render::json(&reminders)
    } else {
        table(&protocol, &settings, &reminders)
    })
}

pub(crate) fn today(
    args: &TodayArgs,
    db: Option<&Path>,
    lang: Option<Locale>,
) -> Result<String, Error> {
    let (protocol, treatment, settings) = args.treatment.load(db, lang)?;
    let date = args.date.as_deref().map_or_else(
        || Ok(now().with_timezone(&settings.zone).date_naive()),
        parse::date,
    )?;
    let today = aftercare_core::today(&treatment, &protocol.in_language(settings.locale), date);
    Ok(if args.json {
        render::json(&today)
    } else {
        checklist(&today, settings.locale)
    })
}

impl TreatmentArgs {
    /// The treatment from `--session` (nothing stored is touched) or else from the store, with
    /// the protocol and settings that go with it, written in `lang` if given.
    fn load(
        &self,
        db: Option<&Path>,
        lang: Option<Locale>,
    ) -> Result<(Protocol, Treatment, Settings), Error> {
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
            settings.locale = lang.unwrap_or(settings.locale);
            return Ok((protocol, treatment, settings));
        }
        let zone = match &self.tz {
            Some(name) => parse::zone(name)?,
            None => machine::zone()?,
        };
        let protocol = chosen.unwrap_or_else(Protocol::seed);
        let sessions = self
            .sessions
            .iter()
            .map(|start| Session::new(parse::local(start)?, zone))
            .collect::<Result<Vec<_>, _>>()?;
        let settings = Settings {
            locale: machine::language(lang),
            ..Settings::new(zone)
        };
        Ok((
            protocol.clone(),
            Treatment::new(sessions, &protocol)?,
            settings,
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

/// Where the REMINDER column starts: the widths of the columns before it, and their gaps.
const WHEN: usize = 26;

fn table(protocol: &Protocol, settings: &Settings, reminders: &[Reminder]) -> String {
    let locale = settings.locale;
    let quiet = settings
        .quiet
        .map(|quiet| locale.text_with("cli-plan-quiet", [("quiet", quiet.to_string().into())]));
    let heading = locale.text_with(
        "cli-plan-heading",
        [
            ("protocol", protocol.name.as_str().into()),
            ("version", protocol.version.as_str().into()),
            ("zone", settings.zone.name().into()),
            ("time", locale.time(settings.reminder_time).into()),
        ],
    );
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{heading}{}\n",
        quiet.map(|q| format!(" {q}")).unwrap_or_default()
    );
    let _ = writeln!(
        out,
        "{:<WHEN$}  {:>7}  {:>5}  {:<9}  {}",
        locale.text("cli-plan-when"),
        locale.text("cli-plan-session"),
        locale.text("cli-plan-day"),
        locale.text("cli-plan-category"),
        locale.text("cli-plan-reminder"),
    );
    let indent = " ".repeat(WHEN + 2 + 7 + 2 + 5 + 2 + 9 + 2);
    for reminder in reminders {
        let _ = write!(
            out,
            "{:<WHEN$}  {:>7}  {:>5}  {:<9}  {}",
            locale.dated_time(reminder.local),
            reminder.session,
            reminder.day,
            reminder.category,
            reminder.title
        );
        if let Some(shift) = reminder.shift {
            let _ = write!(out, "  [{}]", locale.text(shift_note(shift)));
        }
        out.push('\n');
        if reminder.items.len() > 1 || reminder.category == Category::Digest {
            for line in reminder.body.lines() {
                let _ = writeln!(out, "{indent}{line}");
            }
        }
    }
    let total = locale.text_with(
        "cli-plan-total",
        [
            ("count", reminders.len().into()),
            ("counts", counts(reminders, locale).into()),
        ],
    );
    let _ = writeln!(out, "\n{total}");
    out
}

fn shift_note(shift: Shift) -> &'static str {
    match shift {
        Shift::QuietHours => "cli-shift-quiet-hours",
        Shift::DstGap => "cli-shift-dst-gap",
        Shift::BeforeSession => "cli-shift-before-session",
    }
}

fn counts(reminders: &[Reminder], locale: Locale) -> String {
    Category::ALL
        .iter()
        .map(|category| {
            let count = reminders.iter().filter(|r| r.category == *category).count();
            let id = match category {
                Category::Milestone => "cli-count-milestone",
                Category::Digest => "cli-count-digest",
                Category::Prep => "cli-count-prep",
                Category::Sun => "cli-count-sun",
                Category::Checkin => "cli-count-checkin",
            };
            (count, id)
        })
        .filter(|(count, _)| *count > 0)
        .map(|(count, id)| locale.text_with(id, [("count", count.into())]))
        .collect::<Vec<_>>()
        .join(", ")
}

fn checklist(today: &Today, locale: Locale) -> String {
    let mut out = String::new();
    let heading = locale.text_with(
        "cli-day-heading",
        [
            ("date", locale.long_day(today.date).into()),
            ("position", locale.position(today.session, today.day).into()),
        ],
    );
    let _ = writeln!(out, "{heading}");
    let sections = [
        ("cli-today-allowed-today", State::AllowedToday),
        ("cli-today-avoid", State::Avoid),
        ("cli-today-do", State::Do),
        ("cli-today-allowed", State::Allowed),
    ];
    for (heading, state) in sections {
        let items: Vec<&TodayItem> = today
            .items
            .iter()
            .filter(|item| item.state == state)
            .collect();
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", locale.text(heading));
        for item in items {
            let mut line = locale.step_until(item.title.clone(), item.until, today.date);
            if item.new && state != State::AllowedToday {
                line = locale.text_with("cli-today-new", [("step", line.into())]);
            }
            let _ = writeln!(out, "  • {line}");
            if !item.body.is_empty() {
                let _ = writeln!(out, "    {}", item.body);
            }
        }
    }
    if today.items.is_empty() {
        let _ = writeln!(out, "\n{}", locale.text("cli-today-nothing"));
    }
    out.push('\n');
    let next_change = match &today.next_change {
        Some(change) => locale.text_with(
            "cli-today-next-change",
            [
                ("when", locale.in_days(change.in_days).into()),
                ("date", locale.day(change.date).into()),
                (
                    "position",
                    locale.position(change.session, change.day).into(),
                ),
                ("steps", change.titles.join("; ").into()),
            ],
        ),
        None => locale.text("cli-today-no-change"),
    };
    let _ = writeln!(out, "{next_change}");
    if let Some(next) = &today.next_session {
        let next_session = locale.text_with(
            "cli-today-next-session",
            [
                ("session", next.session.into()),
                ("date", locale.day(next.start.date()).into()),
                ("time", locale.time(next.start.time()).into()),
                ("zone", next.zone.name().into()),
                ("when", locale.in_days(next.in_days).into()),
            ],
        );
        let _ = writeln!(out, "{next_session}");
    }
    out
}
