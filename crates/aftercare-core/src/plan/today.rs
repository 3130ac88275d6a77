//! Today: where a date falls in the treatment, what applies on it, and what changes next.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::Serialize;

use super::spans::{Day, Span, spans, still_avoided};
use crate::plan::treatment::Treatment;
use crate::protocol::{Category, Kind, Protocol};

/// The checklist for one date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Today {
    pub date: NaiveDate,
    /// 1-based session the day counts from (the first session before the treatment starts).
    pub session: usize,
    /// Day number from that session; negative before the first session.
    pub day: i64,
    /// What applies on the date: new things first, then what to avoid, then what to do.
    pub items: Vec<TodayItem>,
    pub next_change: Option<Change>,
    pub next_session: Option<NextSession>,
    /// What the client pushed back and still waits for, to see and undo.
    pub postponed: Vec<Postponed>,
}

/// A healing step the client pushed back, as Today lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Postponed {
    pub session: usize,
    /// The `avoid` rule that lasts longer.
    pub rule: String,
    /// What the client waits for: the milestone that lifts the rule, or the rule itself.
    pub title: String,
    pub days: u16,
}

/// Where a rule stands on the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// Still to avoid.
    Avoid,
    /// Allowed again, from today.
    AllowedToday,
    /// Allowed again since an earlier day of the window.
    Allowed,
    /// To do.
    Do,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TodayItem {
    pub rule: String,
    pub category: Category,
    pub state: State,
    /// It starts today: what changed today, to highlight.
    pub new: bool,
    pub title: String,
    pub body: String,
    /// 1-based session the rule counts from, and the day from it.
    pub session: usize,
    pub day: i64,
    /// For what is avoided: the last day it still applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
    /// The healing rule the client may push back a day from here ("still scabbing?"): offered
    /// when something is allowed again today, or on the last day it is still avoided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postpone: Option<String>,
}

/// The next day on which something becomes allowed again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub date: NaiveDate,
    pub in_days: i64,
    pub session: usize,
    pub day: i64,
    /// The rules allowed again on that day, and their titles.
    pub rules: Vec<String>,
    pub titles: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NextSession {
    pub session: usize,
    pub start: NaiveDateTime,
    pub zone: Tz,
    pub in_days: i64,
}

/// The checklist for `date`.
pub fn today(treatment: &Treatment, protocol: &Protocol, date: NaiveDate) -> Today {
    let spans = spans(protocol, treatment);
    let today = Day::of(date);
    let (session, day) = treatment.position(date);
    let next_session = treatment
        .sessions()
        .iter()
        .enumerate()
        .find(|(_, s)| s.date() > date)
        .map(|(i, s)| NextSession {
            session: i + 1,
            start: s.start(),
            zone: s.zone(),
            in_days: (s.date() - date).num_days(),
        });
    Today {
        date,
        session: session + 1,
        day,
        items: items(&spans, protocol, today),
        next_change: next_change(&spans, today),
        next_session,
        postponed: postponed(&spans, treatment, today),
    }
}

/// Every pushed-back rule whose wait is not over `today`, whichever session it counts from:
/// the rule is still avoided, or what it lifts comes today or later.
fn postponed(spans: &[Span<'_>], treatment: &Treatment, today: Day) -> Vec<Postponed> {
    treatment
        .postponements()
        .iter()
        .filter_map(|p| {
            let of_session = |span: &&Span<'_>| span.session + 1 == p.session;
            let avoided = spans
                .iter()
                .filter(of_session)
                .find(|span| span.rule.key == p.rule)?;
            let lifting = spans
                .iter()
                .filter(of_session)
                .find(|span| span.rule.lifts.as_deref() == Some(p.rule.as_str()));
            let waiting = avoided.last >= today || lifting.is_some_and(|span| span.first >= today);
            waiting.then(|| Postponed {
                session: p.session,
                rule: p.rule.clone(),
                title: lifting.map_or(avoided, |span| span).rule.title.clone(),
                days: p.days,
            })
        })
        .collect()
}

fn items(spans: &[Span<'_>], protocol: &Protocol, today: Day) -> Vec<TodayItem> {
    let mut items: Vec<TodayItem> = Vec::new();
    for span in spans.iter().filter(|span| span.occurs_on(today)) {
        let state = match span.rule.kind {
            Kind::Avoid => State::Avoid,
            Kind::Do => State::Do,
            Kind::Allowed if still_avoided(spans, span, today) => continue,
            Kind::Allowed if today == span.first => State::AllowedToday,
            Kind::Allowed => State::Allowed,
        };
        let until = (state == State::Avoid).then_some(span.last);
        let postpone = (state == State::AllowedToday || until == Some(today))
            .then(|| protocol.postponable(&span.rule.key).ok())
            .flatten()
            .map(|rule| rule.key.clone());
        // The same rule counted from two sessions is one line; the later session speaks for it.
        if let Some(same) = items.iter_mut().find(|item| item.rule == span.rule.key) {
            same.until = same.until.max(until.map(Day::date));
            same.session = span.session + 1;
            same.day = span.day(today);
            same.new = false;
            same.postpone = postpone;
            continue;
        }
        items.push(TodayItem {
            rule: span.rule.key.clone(),
            category: span.rule.category,
            state,
            new: today == span.first,
            title: span.rule.title.clone(),
            body: span.rule.body.clone(),
            session: span.session + 1,
            day: span.day(today),
            until: until.map(Day::date),
            postpone,
        });
    }
    items.sort_by_key(|item| match item.state {
        State::AllowedToday => 0,
        State::Avoid => 1,
        State::Do => 2,
        State::Allowed => 3,
    });
    items
}

fn next_change(spans: &[Span<'_>], today: Day) -> Option<Change> {
    // The earliest day wins; whether a rule is still avoided, a look at every other window, is
    // asked only of rules that would come no later than the earliest found so far.
    let mut on_that_day: Vec<&Span<'_>> = Vec::new();
    for span in spans
        .iter()
        .filter(|span| span.rule.kind == Kind::Allowed && span.first > today)
    {
        let earliest = on_that_day.first().map(|lead| lead.first);
        if earliest.is_some_and(|earliest| span.first > earliest)
            || still_avoided(spans, span, span.first)
        {
            continue;
        }
        if earliest.is_some_and(|earliest| span.first < earliest) {
            on_that_day.clear();
        }
        on_that_day.push(span);
    }
    let lead = *on_that_day.first()?;
    let first = lead.first;
    Some(Change {
        date: first.date(),
        in_days: first - today,
        session: lead.session + 1,
        day: lead.day(first),
        rules: on_that_day
            .iter()
            .map(|span| span.rule.key.clone())
            .collect(),
        titles: on_that_day
            .iter()
            .map(|span| span.rule.title.clone())
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse;
    use crate::plan::treatment::Session;

    fn treatment(sessions: &[&str]) -> Treatment {
        let sessions = sessions
            .iter()
            .map(|s| Session::parse(s, "Europe/London").unwrap())
            .collect();
        Treatment::new(sessions, &Protocol::seed()).unwrap()
    }

    fn day(sessions: &[&str], date: &str) -> Today {
        today(
            &treatment(sessions),
            &Protocol::seed(),
            parse::date(date).unwrap(),
        )
    }

    fn state_of<'a>(today: &'a Today, rule: &str) -> Option<&'a TodayItem> {
        today.items.iter().find(|item| item.rule == rule)
    }

    #[test]
    fn day_two_still_keeps_the_scalp_dry_and_counts_down_to_washing() {
        let today = day(&["2026-03-05T10:00"], "2026-03-07");
        assert_eq!((today.session, today.day), (1, 2));
        let dry = state_of(&today, "keep-dry").expect("keep dry applies on day 2");
        assert_eq!(dry.state, State::Avoid);
        assert_eq!(
            dry.until,
            parse::date("2026-03-08").ok(),
            "dry through day 3"
        );
        let change = today.next_change.expect("washing comes next");
        assert_eq!(change.rules, ["wash-ok"]);
        assert_eq!((change.in_days, change.day), (2, 4));
    }

    #[test]
    fn day_four_allows_washing_from_today() {
        let today = day(&["2026-03-05T10:00"], "2026-03-09");
        let wash = state_of(&today, "wash-ok").expect("washing is the news of day 4");
        assert_eq!(wash.state, State::AllowedToday);
        assert!(wash.new, "what changed today is highlighted");
        assert!(
            state_of(&today, "keep-dry").is_none(),
            "keeping dry is over"
        );
        assert_eq!(today.items[0].rule, "wash-ok", "news comes first");
    }

    #[test]
    fn before_a_session_the_prep_steps_apply() {
        let today = day(&["2026-03-05T10:00"], "2026-03-04");
        assert_eq!((today.session, today.day), (1, -1));
        assert!(
            state_of(&today, "cut-hair").is_some(),
            "hair is cut the day before"
        );
        assert!(
            state_of(&today, "no-alcohol").is_some(),
            "no alcohol before the session"
        );
        assert_eq!(today.next_session.map(|s| s.in_days), Some(1));
    }

    #[test]
    fn a_later_session_keeps_what_it_forbids_forbidden() {
        // Day 7 of session 1 is day 0 of session 2: no shaving yet.
        let today = day(&["2026-03-05T10:00", "2026-03-12T10:00"], "2026-03-12");
        assert!(
            state_of(&today, "shave-ok").is_none(),
            "session 2 forbids shaving on its day 0"
        );
        let shaving = state_of(&today, "no-shaving").unwrap();
        assert_eq!(
            (shaving.session, shaving.day),
            (2, 0),
            "the later session speaks for the rule"
        );
        assert_eq!(
            today.next_change.unwrap().date,
            parse::date("2026-03-16").unwrap(),
            "washing after session 2"
        );
    }
}
