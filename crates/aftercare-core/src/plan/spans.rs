//! Where each rule of a protocol falls on a treatment's calendar: the date windows that both the
//! schedule and Today read.

use std::ops::Sub;

use chrono::{Datelike, NaiveDate, TimeDelta};

use crate::plan::treatment::Treatment;
use crate::protocol::{Anchor, Kind, Protocol, Rule};

/// A date as a count of days (chrono's from the common era). Today works out every rule's
/// window again for each date it is asked about, and chrono's calendar arithmetic was most of
/// its time; windows are added and compared as numbers, and made dates only where shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Day(i32);

impl Day {
    pub(crate) fn of(date: NaiveDate) -> Day {
        Day(date.num_days_from_ce())
    }

    pub(crate) fn date(self) -> NaiveDate {
        NaiveDate::from_num_days_from_ce_opt(self.0)
            .expect("a window is a session's date moved by at most a rule's bounded days")
    }

    fn plus(self, days: i32) -> Day {
        Day(self.0 + days)
    }
}

impl Sub for Day {
    type Output = i64;

    /// Days from `other` to `self`.
    fn sub(self, other: Day) -> i64 {
        i64::from(self.0 - other.0)
    }
}

/// One rule counted from one session: the days it covers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span<'p> {
    pub(crate) rule: &'p Rule,
    /// Index of the session the days count from.
    pub(crate) session: usize,
    /// That session's date: day 0.
    pub(crate) anchor: Day,
    pub(crate) first: Day,
    pub(crate) last: Day,
}

impl Span<'_> {
    /// The session's day number of `day`.
    pub(crate) fn day(&self, day: Day) -> i64 {
        day - self.anchor
    }

    /// Whether the rule applies on `day`: inside the window, and on a repeat day if it repeats.
    pub(crate) fn occurs_on(&self, day: Day) -> bool {
        self.first <= day
            && day <= self.last
            && (!self.rule.repeats() || (day - self.first) % i64::from(self.rule.step()) == 0)
    }

    /// Each day the rule applies on, with its date.
    pub(crate) fn dates(&self) -> impl Iterator<Item = (Day, NaiveDate)> + '_ {
        let step = self.rule.step();
        let delta = TimeDelta::days(step.into());
        std::iter::successors(Some((self.first, self.first.date())), move |(day, date)| {
            Some((day.plus(step), *date + delta))
        })
        .take_while(|(day, _)| *day <= self.last)
    }
}

/// Every rule counted from each session it applies to, in protocol order.
pub(crate) fn spans<'p>(protocol: &'p Protocol, treatment: &Treatment) -> Vec<Span<'p>> {
    let sessions = treatment.sessions();
    let final_index = sessions.len() - 1;
    let days: Vec<Day> = sessions.iter().map(|s| Day::of(s.date())).collect();
    let mut spans = Vec::with_capacity(protocol.rules.len() * sessions.len());
    for rule in &protocol.rules {
        // Which sessions the rule counts from, and from which its window's end counts: one loop
        // body rather than a closure called per case, which was not inlined and cost a third of
        // Today's time in loading what it captured (`perf annotate`).
        let (counted_from, end_from) = match rule.from {
            Anchor::Each => (0..sessions.len(), None),
            Anchor::First => (0..1, None),
            Anchor::Final => (final_index..sessions.len(), None),
            Anchor::Treatment => (0..1, Some(final_index)),
        };
        for session in counted_from {
            let anchor = days[session];
            let mut first = anchor.plus(rule.start());
            let mut last = days[end_from.unwrap_or(session)].plus(rule.end());
            // A pushed-back `avoid` lasts longer, and what it lifts starts that much later.
            match (rule.kind, rule.lifts.as_deref()) {
                (Kind::Avoid, _) => {
                    last = last.plus(treatment.postponed(session, &rule.key).into());
                }
                (Kind::Allowed, Some(lifted)) => match treatment.postponed(session, lifted) {
                    0 => {}
                    pushed => {
                        first = first.plus(pushed.into());
                        last = last.max(first);
                    }
                },
                _ => {}
            }
            // Pushed rather than built and returned: a returned span was copied with loads wider
            // than its stores, which stalled the processor on each (`perf annotate`).
            spans.push(Span {
                rule,
                session,
                anchor,
                first,
                last,
            });
        }
    }
    spans
}

/// Whether the same rule counted from a later session also falls on `day`: a daily rule of
/// overlapping sessions speaks once, for the later session.
pub(crate) fn later_session_covers(spans: &[Span<'_>], span: &Span<'_>, day: Day) -> bool {
    // The same rule is the same protocol entry: compared by address, as this runs for every
    // day of a year-long rule.
    spans.iter().any(|other| {
        other.session > span.session && std::ptr::eq(other.rule, span.rule) && other.occurs_on(day)
    })
}

/// Whether an `allowed` rule must stay quiet on `day` because the rule it lifts still applies,
/// counted from another session ("you may wash" from session 1 on session 2's day 1).
pub(crate) fn still_avoided(spans: &[Span<'_>], allowed: &Span<'_>, day: Day) -> bool {
    let Some(lifted) = allowed.rule.lifts.as_deref() else {
        return false;
    };
    debug_assert_eq!(
        allowed.rule.kind,
        Kind::Allowed,
        "validation allows lifts only on allowed rules"
    );
    spans
        .iter()
        .any(|span| span.occurs_on(day) && span.rule.key == lifted)
}
