//! The schedule: every reminder a treatment and a protocol give, with its key, instant and text.
//!
//! One morning digest per day lists that day's do's and don'ts; every other rule gets its own
//! reminder on the first day of its window (or on each repeat day), and reminders of one category
//! due at the same minute go out as one, so that a day never floods the client.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write;

use chrono::{
    DateTime, DurationRound, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta,
};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize, Serializer};

use super::settings::Settings;
use super::spans::{Day, Span, later_session_covers, spans, still_avoided};
use super::treatment::Treatment;
use crate::error::Result;
use crate::locale::Locale;
use crate::protocol::{At, Category, Kind, Protocol};
use crate::sun::{self, Ozone, Place, SunDay, Window};
use crate::wall;

/// A reminder that prepares for a session goes out at least this long before it starts.
pub const PREP_LEAD: TimeDelta = TimeDelta::hours(1);

/// Without a place to follow, a sun rule goes out every this many days of its window.
pub const NO_PLACE_EVERY: i64 = 7;

/// A sun reminder goes out this long before the day's UV window opens.
pub const SUN_LEAD: TimeDelta = TimeDelta::minutes(30);

/// Why a reminder does not fire at the wall time its rule names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shift {
    /// Moved to the end of the quiet hours.
    QuietHours,
    /// The wall time did not exist (spring forward): fired when the clock jumped.
    DstGap,
    /// Moved earlier so that it arrives before the session it prepares for.
    BeforeSession,
}

/// One line of a reminder: the rule it comes from and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Item {
    pub rule: String,
    /// The calendar day the line is for; a reminder moved past midnight can hold the day before.
    pub date: NaiveDate,
    pub kind: Kind,
    pub title: String,
    /// For an `avoid` rule: the last day it still applies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

/// One notification: when it fires and what it says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    /// Stable identity: the same input gives the same key; an edit changes only the keys of
    /// what it touches. `2026-03-05/wash-ok/4` for a rule, `2026-03-09/digest` for a digest.
    pub key: String,
    pub category: Category,
    /// 1-based session the day counts from.
    pub session: usize,
    /// Day number from that session; negative before it.
    pub day: i64,
    /// The calendar day the reminder is for.
    pub date: NaiveDate,
    /// Wall time it fires, in the zone it follows.
    #[serde(serialize_with = "minutes")]
    pub local: NaiveDateTime,
    /// The instant it fires.
    pub at: DateTime<FixedOffset>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shift: Option<Shift>,
    pub title: String,
    pub body: String,
    pub items: Vec<Item>,
}

impl Reminder {
    /// What the notification says. Without details, only that there is something, so that the
    /// lock screen tells nobody else about the client's treatment; the app shows the rest.
    pub fn notification_text(&self, details: bool, locale: Locale) -> (String, String) {
        if details {
            return (self.title.clone(), self.body.clone());
        }
        let title = match self.category {
            Category::Digest => "private-digest",
            Category::Milestone => "private-milestone",
            Category::Prep => "private-prep",
            Category::Sun => "private-sun",
            Category::Checkin => "private-checkin",
        };
        (locale.text(title), locale.text("private-body"))
    }
}

/// Every reminder of a treatment under a protocol, in firing order.
pub fn reminders_for(
    treatment: &Treatment,
    protocol: &Protocol,
    settings: &Settings,
) -> Vec<Reminder> {
    // Each rule's words in the client's language, where the protocol has them.
    let protocol = &protocol.in_language(settings.locale);
    let spans = spans(protocol, treatment);
    let mut reminders = own_reminders(&spans, treatment, settings);
    reminders.extend(digests(&spans, treatment, settings));
    in_firing_order(reminders)
}

/// Sorted by instant, then key. By index: a reminder is large, and sorting moved each one about
/// ten times, a tenth of the schedule's time.
fn in_firing_order(reminders: Vec<Reminder>) -> Vec<Reminder> {
    let mut order: Vec<usize> = (0..reminders.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&reminders[a], &reminders[b]);
        a.at.cmp(&b.at).then_with(|| a.key.cmp(&b.key))
    });
    let mut slots: Vec<Option<Reminder>> = reminders.into_iter().map(Some).collect();
    order
        .into_iter()
        .map(|index| slots[index].take().expect("each index comes once"))
        .collect()
}

/// One occurrence of a rule: its span, the date, where it fires and why there, and the day's
/// sun for a rule that follows it.
type Due<'s, 'p> = (
    &'s Span<'p>,
    NaiveDate,
    NaiveDateTime,
    Option<Shift>,
    Option<SunDay>,
);

/// Occurrences that fire at one instant in one category go out as one reminder.
type Group = (DateTime<FixedOffset>, Category);

/// Rules with a time of their own: one reminder on the window's first day, or on each repeat
/// day; those of one category that fire at the same instant go out as one.
fn own_reminders(spans: &[Span<'_>], treatment: &Treatment, settings: &Settings) -> Vec<Reminder> {
    let sun = settings.place.map(|place| Sun {
        place,
        zone: settings.zone,
    });
    let mut due: Vec<(Group, Due<'_, '_>)> = Vec::new();
    for span in spans
        .iter()
        .filter(|span| !settings.muted.contains(span.rule.category))
    {
        if span.rule.at == At::Digest {
            continue;
        }
        let follows_sun = span.rule.at == At::Uv;
        let occurrences = if span.rule.repeats() || follows_sun {
            usize::MAX
        } else {
            1
        };
        for (day, date) in span.dates().take(occurrences) {
            if span.rule.kind == Kind::Allowed && still_avoided(spans, span, day) {
                continue;
            }
            if follows_sun && later_session_covers(spans, span, day) {
                continue;
            }
            // The day's sun, for a rule that follows it: kept for the reminder's UV note.
            let (wall, sun_day) = match span.rule.at {
                // Digest rules were left to the digests above.
                At::Morning | At::Digest => (date.and_time(settings.reminder_time), None),
                At::Time(time) => (date.and_time(time), None),
                At::Uv => match sun {
                    // No place to follow: once a week at the reminder time, since a daily
                    // reminder through a winter would teach the client to ignore it.
                    None if (day - span.first) % NO_PLACE_EVERY == 0 => {
                        (date.and_time(settings.reminder_time), None)
                    }
                    None => continue,
                    Some(sun) => match sun.day(date).and_then(|day| Some((sun.lead(&day)?, day))) {
                        Some((lead, day)) => (lead, Some(day)),
                        // The UV index stays below 3: nothing to protect from today.
                        None => continue,
                    },
                },
            };
            let prepares = span.rule.category == Category::Prep && span.day(day) <= 0;
            let deadline = prepares
                .then(|| treatment.sessions()[span.session].instant().fixed_offset() - PREP_LEAD);
            let (local, at, shift) = fire(wall, settings, deadline);
            due.push((
                (at, span.rule.category),
                (span, date, local, shift, sun_day),
            ));
        }
    }
    // Stable: a group lists its rules in protocol order.
    due.sort_by_key(|(group, _)| *group);
    let mut prefixes: HashMap<(Day, &str), String> = HashMap::new();
    due.chunk_by(|(a, _), (b, _)| a == b)
        .map(|members| gathered(members, settings, &mut prefixes))
        .collect()
}

/// The reminder for one group of occurrences; `prefixes` keeps each rule and session's part of
/// the key, written once: years of sun reminders come from one of them.
fn gathered<'p>(
    members: &[(Group, Due<'_, 'p>)],
    settings: &Settings,
    prefixes: &mut HashMap<(Day, &'p str), String>,
) -> Reminder {
    let ((at, category), (lead, date, local, shift, sun_day)) = members[0];
    let items: Vec<Item> = members
        .iter()
        .map(|(_, (span, date, ..))| item(span, *date, None))
        .collect();
    let (title, mut body) = if let [(_, (only, ..))] = members {
        (only.rule.title.clone(), only.rule.body.clone())
    } else {
        let locale = settings.locale;
        (
            locale.text(group_title(category)),
            bullets(&items, date, locale),
        )
    };
    if let Some(day) = sun_day
        && let Some(window) = day.window
    {
        add_uv_note(&mut body, &day, window, settings.locale);
    }
    let prefix = prefixes
        .entry((lead.anchor, lead.rule.key.as_str()))
        .or_insert_with(|| format!("{}/{}/", lead.anchor.date(), lead.rule.key));
    let day = lead.day(Day::of(date));
    let mut key = String::with_capacity(prefix.len() + 5);
    key.push_str(prefix);
    write!(key, "{day}").expect("a String takes any text");
    Reminder {
        key,
        category,
        session: lead.session + 1,
        day,
        date,
        local,
        at,
        shift,
        title,
        body,
        items,
    }
}

/// One morning digest for each day with do's and don'ts, whichever sessions they count from.
fn digests<'a>(
    spans: &'a [Span<'a>],
    treatment: &'a Treatment,
    settings: &'a Settings,
) -> impl Iterator<Item = Reminder> + 'a {
    let mut days: BTreeMap<NaiveDate, Vec<Item>> = BTreeMap::new();
    let listed = |span: &&Span<'_>| {
        span.rule.at == At::Digest
            && !settings.muted.contains(span.rule.category)
            && !settings.muted.contains(Category::Digest)
    };
    for span in spans.iter().filter(listed) {
        let until = (span.rule.kind == Kind::Avoid).then(|| span.last.date());
        for (day, date) in span.dates() {
            if span.rule.kind == Kind::Allowed
                && (day != span.first || still_avoided(spans, span, day))
            {
                continue;
            }
            let items = days.entry(date).or_default();
            match items.iter_mut().find(|item| item.rule == span.rule.key) {
                Some(same) => same.until = same.until.max(until),
                None => items.push(item(span, date, until)),
            }
        }
    }
    days.into_iter().map(move |(date, mut items)| {
        items.sort_by_key(|item| match item.kind {
            Kind::Allowed => 0,
            Kind::Avoid => 1,
            Kind::Do => 2,
        });
        let (session, day) = treatment.position(date);
        let (local, at, shift) = fire(date.and_time(settings.reminder_time), settings, None);
        Reminder {
            key: format!("{date}/digest"),
            category: Category::Digest,
            session: session + 1,
            day,
            date,
            local,
            at,
            shift,
            title: digest_title(session + 1, day, settings.locale),
            body: bullets(&items, date, settings.locale),
            items,
        }
    })
}

/// The sun over the client's place, in the zone reminders follow.
#[derive(Clone, Copy)]
struct Sun {
    place: Place,
    zone: Tz,
}

impl Sun {
    /// `None` on a date out of the supported range.
    fn day(self, date: NaiveDate) -> Option<SunDay> {
        sun::sun_day(&self.place, Ozone::STANDARD, self.zone, date).ok()
    }

    /// The wall time a sun reminder goes out on `day`: [`SUN_LEAD`] before the UV window
    /// opens, but not before the day starts; `None` on a day the UV index stays below 3.
    fn lead(self, day: &SunDay) -> Option<NaiveDateTime> {
        let zone = self.zone;
        day.window.map(|window| {
            // Half an hour of real time, then the wall clock: a DST change in between moves
            // the clock, not the lead.
            let lead = (window.opens - SUN_LEAD).with_timezone(&zone).naive_local();
            // To the minute, as every reminder time is: stored, shown and compared that way.
            lead.duration_trunc(TimeDelta::minutes(1))
                .unwrap_or(lead)
                .max(day.date.and_time(NaiveTime::MIN))
        })
    }
}

/// Adds when to protect the scalp, on the clock of the zone reminders follow (the one the sun
/// was asked in), and what kind of figure it is.
fn add_uv_note(body: &mut String, day: &SunDay, window: Window, locale: Locale) {
    let [opens, closes, peak_at] =
        [window.opens, window.closes, day.peak_at].map(|at| locale.shared_time(at.time()));
    let note = locale.text_with(
        "uv-note",
        [
            ("opens", (*opens).into()),
            ("closes", (*closes).into()),
            // As `{:.0}` writes it (ties to even), without formatting a float.
            (
                "peak",
                (day.peak.round_ties_even() as i64).to_string().into(),
            ),
            ("peak_at", (*peak_at).into()),
        ],
    );
    body.push('\n');
    body.push_str(&note);
}

fn item(span: &Span<'_>, date: NaiveDate, until: Option<NaiveDate>) -> Item {
    Item {
        rule: span.rule.key.clone(),
        date,
        kind: span.rule.kind,
        title: span.rule.title.clone(),
        until,
    }
}

/// Where a wall time lands: quiet hours first, then the zone's DST rules, then the deadline.
fn fire(
    wall: NaiveDateTime,
    settings: &Settings,
    deadline: Option<DateTime<FixedOffset>>,
) -> (NaiveDateTime, DateTime<FixedOffset>, Option<Shift>) {
    let quiet = settings.quiet.map_or(wall, |quiet| quiet.defer(wall));
    let (instant, gap) = wall::resolve(settings.zone, quiet);
    let instant = instant.fixed_offset();
    let shift = if quiet != wall {
        Some(Shift::QuietHours)
    } else if gap {
        Some(Shift::DstGap)
    } else {
        None
    };
    match deadline {
        Some(deadline) if instant > deadline => {
            let capped = deadline.with_timezone(&settings.zone).fixed_offset();
            (capped.naive_local(), capped, Some(Shift::BeforeSession))
        }
        _ => (instant.naive_local(), instant, shift),
    }
}

/// The message that names a group of reminders of `category` going out together.
fn group_title(category: Category) -> &'static str {
    match category {
        Category::Milestone => "group-milestone",
        Category::Digest => "group-digest",
        Category::Prep => "group-prep",
        Category::Sun => "group-sun",
        Category::Checkin => "group-checkin",
    }
}

fn digest_title(session: usize, day: i64, locale: Locale) -> String {
    let session = ("session", session.into());
    match day {
        ..0 => locale.text_with("digest-title-before", [session, ("days", (-day).into())]),
        _ => locale.text_with("digest-title-day", [session, ("day", day.into())]),
    }
}

fn bullets(items: &[Item], date: NaiveDate, locale: Locale) -> String {
    // Each step's title, with room for its bullet and its end date: grown line by line, the
    // digests' bodies were reallocated several times each.
    let mut body = String::with_capacity(items.iter().map(|item| item.title.len() + 40).sum());
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            body.push('\n');
        }
        body.push_str("• ");
        let step = if item.kind == Kind::Allowed {
            locale.text_with("digest-allowed", [("step", item.title.as_str().into())])
        } else {
            item.title.clone()
        };
        body.push_str(&locale.step_until(step, item.until, date));
    }
    body
}

/// ISO 8601 without offset, to the minute: `2026-03-09T09:00`.
fn minutes<S: Serializer>(local: &NaiveDateTime, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&local.format("%Y-%m-%dT%H:%M"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;
    use crate::plan::treatment::Session;
    use chrono::Datelike;
    use std::collections::BTreeSet;

    fn local(value: &str) -> NaiveDateTime {
        parse::local(value).unwrap()
    }

    fn plan(sessions: &[&str], settings: &Settings) -> Vec<Reminder> {
        let protocol = Protocol::seed();
        let sessions = sessions
            .iter()
            .map(|s| Session::new(local(s), settings.zone).unwrap())
            .collect();
        reminders_for(
            &Treatment::new(sessions, &protocol).unwrap(),
            &protocol,
            settings,
        )
    }

    fn london() -> Settings {
        Settings::new(Tz::Europe__London)
    }

    #[test]
    fn one_digest_per_day_even_when_sessions_overlap() {
        // Five days apart, the least the default allows: no shaving (days 0-6) overlaps.
        let reminders = plan(&["2026-03-05T10:00", "2026-03-10T10:00"], &london());
        let digests: Vec<_> = reminders
            .iter()
            .filter(|r| r.category == Category::Digest)
            .collect();
        let mut dates: Vec<_> = digests.iter().map(|r| r.date).collect();
        dates.dedup();
        assert_eq!(dates.len(), digests.len(), "never two digests on one day");
        let overlap = digests
            .iter()
            .find(|r| r.date == parse::date("2026-03-11").unwrap())
            .unwrap();
        let shaving_lines = overlap
            .items
            .iter()
            .filter(|i| i.rule == "no-shaving")
            .count();
        assert_eq!(
            shaving_lines, 1,
            "a rule active from two sessions is listed once"
        );
        assert_eq!(
            (overlap.session, overlap.day),
            (2, 1),
            "the day counts from the latest session"
        );
    }

    #[test]
    fn washing_is_announced_once_on_day_four() {
        let reminders = plan(&["2026-03-05T10:00"], &london());
        let wash: Vec<_> = reminders
            .iter()
            .filter(|r| r.items.iter().any(|i| i.rule == "wash-ok"))
            .collect();
        assert_eq!(wash.len(), 1, "a milestone is announced once");
        assert_eq!(wash[0].day, 4);
        assert_eq!(
            wash[0].local,
            local("2026-03-09T09:00"),
            "at the reminder time on day 4"
        );
        assert_eq!(wash[0].key, "2026-03-05/wash-ok/4");
    }

    #[test]
    fn a_milestone_stays_quiet_while_another_session_still_forbids_it() {
        // Session 2 on day 7 of session 1: shaving is not allowed on its day 0.
        let reminders = plan(&["2026-03-05T10:00", "2026-03-12T10:00"], &london());
        let shave: Vec<_> = reminders
            .iter()
            .filter(|r| r.items.iter().any(|i| i.rule == "shave-ok"))
            .collect();
        assert_eq!(
            shave.len(),
            1,
            "only session 2's shave milestone remains: {shave:?}"
        );
        assert_eq!(shave[0].session, 2);
    }

    #[test]
    fn same_minute_milestones_merge_into_one_notification() {
        let reminders = plan(&["2026-03-05T10:00"], &london());
        let day7: Vec<_> = reminders
            .iter()
            .filter(|r| r.category == Category::Milestone && r.day == 7)
            .collect();
        assert_eq!(
            day7.len(),
            1,
            "workouts and shaving come back together on day 7: {day7:?}"
        );
        assert_eq!(day7[0].items.len(), 2);
        assert!(
            day7[0].body.contains("shave"),
            "the body lists both: {}",
            day7[0].body
        );
    }

    #[test]
    fn prep_before_an_early_session_arrives_an_hour_before_it() {
        let reminders = plan(&["2026-03-05T08:30"], &london());
        let eat = reminders
            .iter()
            .find(|r| r.items[0].rule == "eat-well")
            .unwrap();
        assert_eq!(
            eat.local,
            local("2026-03-05T07:30"),
            "09:00 would be after the session"
        );
        assert_eq!(eat.shift, Some(Shift::BeforeSession));
    }

    #[test]
    fn quiet_hours_move_reminders_and_never_drop_them() {
        let mut settings = london();
        settings.quiet = Some("20:00-09:30".parse().unwrap());
        let quiet = plan(&["2026-03-05T10:00"], &settings);
        let loud = plan(&["2026-03-05T10:00"], &london());
        let lines = |reminders: &[Reminder]| reminders.iter().map(|r| r.items.len()).sum::<usize>();
        assert_eq!(
            lines(&quiet),
            lines(&loud),
            "quiet hours never drop a reminder, at most merge it"
        );
        let sleep = quiet
            .iter()
            .find(|r| r.items[0].rule == "sleep-well")
            .unwrap();
        assert_eq!(sleep.shift, Some(Shift::BeforeSession));
        assert_eq!(
            sleep.items.len(),
            2,
            "sleep and eat well now fire at the same instant, as one"
        );
        assert_eq!(
            sleep.local,
            local("2026-03-05T09:00"),
            "21:00 deferred to 09:30, then capped an hour before the 10:00 session"
        );
        let hair = quiet
            .iter()
            .find(|r| r.items[0].rule == "cut-hair")
            .unwrap();
        assert_eq!(
            hair.local,
            local("2026-03-04T18:00"),
            "18:00 is outside quiet hours"
        );
    }

    #[test]
    fn a_muted_category_gives_no_reminder_and_no_digest_line() {
        let mut settings = london();
        settings.muted = [Category::Sun, Category::Checkin].into_iter().collect();
        let reminders = plan(&["2026-03-05T10:00"], &settings);
        assert!(
            reminders
                .iter()
                .all(|r| r.category != Category::Sun && r.category != Category::Checkin),
            "no sun or check-in reminder once they are muted"
        );
        let lines = reminders.iter().flat_map(|r| &r.items);
        assert!(
            lines.clone().all(|i| i.rule != "avoid-sun"),
            "the sun line leaves the digest too"
        );
        assert!(
            lines.clone().any(|i| i.rule == "keep-dry"),
            "other lines stay"
        );
        settings.muted = [Category::Digest].into_iter().collect();
        let reminders = plan(&["2026-03-05T10:00"], &settings);
        assert!(
            reminders.iter().all(|r| r.category != Category::Digest),
            "no digest at all"
        );
        assert!(
            reminders.iter().any(|r| r.category == Category::Milestone),
            "milestones stay"
        );
    }

    #[test]
    fn the_followed_zone_sets_the_wall_clock_and_the_session_zone_sets_day_zero() {
        let protocol = Protocol::seed();
        // 23:00 in Los Angeles is already the next day in London: day 0 stays the LA date.
        let session = Session::parse("2026-03-05T23:00", "America/Los_Angeles").unwrap();
        let treatment = Treatment::new(vec![session], &protocol).unwrap();
        let reminders = reminders_for(&treatment, &protocol, &london());
        let wash = reminders
            .iter()
            .find(|r| r.key.contains("wash-ok"))
            .unwrap();
        assert_eq!(
            wash.local,
            local("2026-03-09T09:00"),
            "day 4 of 5 March at 09:00 London time"
        );
        assert_eq!(
            wash.at.offset().local_minus_utc(),
            0,
            "London is on GMT in March"
        );
    }

    fn sun_reminders<'r>(reminders: &'r [Reminder], rule: &str) -> Vec<&'r Reminder> {
        reminders
            .iter()
            .filter(|r| r.items.iter().any(|i| i.rule == rule))
            .collect()
    }

    #[test]
    fn healing_in_a_london_june_is_a_sun_reminder_each_morning_before_the_uv_window() {
        let reminders = plan(&["2026-06-01T10:00"], &london());
        let covered = sun_reminders(&reminders, "avoid-sun");
        assert_eq!(
            covered.len(),
            30,
            "the clear-sky UV reaches 3 every day of a London June: one reminder a healing day"
        );
        for reminder in &covered {
            let time = reminder.local.time();
            assert!(
                (NaiveTime::from_hms_opt(6, 0, 0).unwrap()
                    ..NaiveTime::from_hms_opt(10, 0, 0).unwrap())
                    .contains(&time),
                "half an hour before a June window opens in London is early morning: {reminder:?}"
            );
            assert!(
                reminder.body.contains("UV index 3 or more from")
                    && reminder.body.contains("clear-sky estimate"),
                "the reminder says when to protect the scalp, and what kind of figure that is: {}",
                reminder.body
            );
        }
    }

    #[test]
    fn a_northern_winter_gives_no_sun_reminder() {
        let reminders = plan(&["2026-11-20T10:00"], &london());
        assert!(
            sun_reminders(&reminders, "avoid-sun").is_empty(),
            "London's clear-sky UV stays below 3 from late November: nothing to protect from"
        );
        let protect = sun_reminders(&reminders, "sun-protect");
        let months: BTreeSet<u32> = protect.iter().map(|r| r.date.month()).collect();
        assert!(
            !months.contains(&12) && !months.contains(&1) && months.contains(&6),
            "after healing, sun reminders come in the UV season only, months {months:?}"
        );
    }

    #[test]
    fn the_southern_summer_has_sun_reminders_in_december() {
        let settings = Settings::new(Tz::Australia__Sydney);
        let reminders = plan(&["2026-12-01T10:00"], &settings);
        assert_eq!(
            sun_reminders(&reminders, "avoid-sun").len(),
            30,
            "a Sydney December has a UV window every day"
        );
    }

    #[test]
    fn the_polar_night_gives_no_sun_reminder() {
        let settings = Settings::new(Tz::Arctic__Longyearbyen);
        assert!(settings.place.is_some(), "Longyearbyen is a principal city");
        let reminders = plan(&["2026-11-25T10:00"], &settings);
        assert!(
            sun_reminders(&reminders, "avoid-sun").is_empty(),
            "the sun does not rise over Svalbard in December"
        );
    }

    #[test]
    fn without_a_place_sun_rules_go_out_weekly_at_the_reminder_time() {
        let settings = Settings {
            place: None,
            ..london()
        };
        let reminders = plan(&["2026-11-20T10:00"], &settings);
        let covered = sun_reminders(&reminders, "avoid-sun");
        let days: Vec<i64> = covered.iter().map(|r| r.day).collect();
        assert_eq!(
            days,
            [0, 7, 14, 21, 28],
            "no estimate: once a week through the window, neither daily nor never"
        );
        assert!(
            covered
                .iter()
                .all(|r| r.local.time() == settings.reminder_time),
            "at the reminder time"
        );
    }

    #[test]
    fn overlapping_sessions_give_one_sun_reminder_a_day_for_the_later_session() {
        let reminders = plan(&["2026-06-01T10:00", "2026-06-15T10:00"], &london());
        let covered = sun_reminders(&reminders, "avoid-sun");
        let days: BTreeSet<NaiveDate> = covered.iter().map(|r| r.date).collect();
        assert_eq!(
            days.len(),
            covered.len(),
            "never two sun reminders on one day"
        );
        let overlap = covered
            .iter()
            .find(|r| r.date == parse::date("2026-06-20").unwrap())
            .expect("June 20 is a healing day of both sessions");
        assert_eq!(
            (overlap.session, overlap.day),
            (2, 5),
            "the later session speaks"
        );
    }

    #[test]
    fn across_the_spring_change_each_sun_reminder_comes_half_an_hour_before_its_window() {
        // London's clocks go forward on 29 March 2026, in the middle of this healing.
        let settings = london();
        let reminders = plan(&["2026-03-20T10:00"], &settings);
        let covered = sun_reminders(&reminders, "avoid-sun");
        let place = settings.place.unwrap();
        assert!(
            covered
                .iter()
                .any(|r| r.date == parse::date("2026-03-29").unwrap()),
            "the change day has a sun reminder"
        );
        for reminder in &covered {
            let day = sun::sun_day(&place, Ozone::STANDARD, settings.zone, reminder.date).unwrap();
            let opens = day
                .window
                .expect("a sun reminder only on a day with a window")
                .opens;
            let lead = (opens - reminder.at).num_seconds();
            assert!(
                (30 * 60..31 * 60).contains(&lead),
                "{}: {lead} s before the window opens, on GMT and on BST alike",
                reminder.date
            );
        }
    }
}
