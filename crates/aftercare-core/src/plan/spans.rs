//! Where each rule of a protocol falls on a treatment's calendar: the date windows that both the
//! schedule and Today read.

use chrono::{NaiveDate, TimeDelta};

use crate::plan::treatment::Treatment;
use crate::protocol::{Anchor, Kind, Protocol, Rule};

/// One rule counted from one session: the dates it covers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Span<'p> {
    pub(crate) rule: &'p Rule,
    /// Index of the session the days count from.
    pub(crate) session: usize,
    /// That session's date: day 0.
    pub(crate) anchor: NaiveDate,
    pub(crate) first: NaiveDate,
    pub(crate) last: NaiveDate,
}

impl Span<'_> {
    pub(crate) fn day(&self, date: NaiveDate) -> i64 {
        (date - self.anchor).num_days()
    }

    /// Whether the rule applies on `date`: inside the window, and on a repeat day if it repeats.
    pub(crate) fn occurs_on(&self, date: NaiveDate) -> bool {
        self.first <= date
            && date <= self.last
            && (date - self.first).num_days() % i64::from(self.rule.step()) == 0
    }

    pub(crate) fn dates(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let step = TimeDelta::days(self.rule.step().into());
        std::iter::successors(Some(self.first), move |date| Some(*date + step))
            .take_while(|date| *date <= self.last)
    }
}

/// Every rule counted from each session it applies to, in protocol order.
pub(crate) fn spans<'p>(protocol: &'p Protocol, treatment: &Treatment) -> Vec<Span<'p>> {
    let sessions = treatment.sessions();
    let final_index = sessions.len() - 1;
    let mut spans = Vec::with_capacity(protocol.rules.len() * sessions.len());
    for rule in &protocol.rules {
        let span = |session: usize, last_from: usize| {
            let anchor = sessions[session].date();
            let mut first = anchor + TimeDelta::days(rule.start().into());
            let mut last = sessions[last_from].date() + TimeDelta::days(rule.end().into());
            // A pushed-back `avoid` lasts longer, and what it lifts starts that much later.
            // Date arithmetic only when something was pushed back: Today runs this per date.
            let pushed = |key: &str| match treatment.postponed(session, key) {
                0 => None,
                days => Some(TimeDelta::days(days.into())),
            };
            match (rule.kind, rule.lifts.as_deref()) {
                (Kind::Avoid, _) => {
                    if let Some(days) = pushed(&rule.key) {
                        last += days;
                    }
                }
                (Kind::Allowed, Some(lifted)) => {
                    if let Some(days) = pushed(lifted) {
                        first += days;
                        last = last.max(first);
                    }
                }
                _ => {}
            }
            Span {
                rule,
                session,
                anchor,
                first,
                last,
            }
        };
        match rule.from {
            Anchor::Each => spans.extend((0..sessions.len()).map(|i| span(i, i))),
            Anchor::First => spans.push(span(0, 0)),
            Anchor::Final => spans.push(span(final_index, final_index)),
            Anchor::Treatment => spans.push(span(0, final_index)),
        }
    }
    spans
}

/// Whether the same rule counted from a later session also falls on `date`: a daily rule of
/// overlapping sessions speaks once, for the later session.
pub(crate) fn later_session_covers(spans: &[Span<'_>], span: &Span<'_>, date: NaiveDate) -> bool {
    // The same rule is the same protocol entry: compared by address, as this runs for every
    // day of a year-long rule.
    spans.iter().any(|other| {
        other.session > span.session && std::ptr::eq(other.rule, span.rule) && other.occurs_on(date)
    })
}

/// Whether an `allowed` rule must stay quiet on `date` because the rule it lifts still applies,
/// counted from another session ("you may wash" from session 1 on session 2's day 1).
pub(crate) fn still_avoided(spans: &[Span<'_>], allowed: &Span<'_>, date: NaiveDate) -> bool {
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
        .any(|span| span.rule.key == lifted && span.occurs_on(date))
}
