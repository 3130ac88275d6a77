//! The healing course: for each session, how long each thing stays avoided and the day it is
//! allowed again, pushed-back days included. Today's timeline and the journal's chart draw it.

use chrono::{NaiveDate, TimeDelta};
use serde::Serialize;

use super::spans::spans;
use crate::plan::treatment::Treatment;
use crate::protocol::{Kind, Protocol};

/// One thing to avoid after one session ("keep your scalp out of the sun", days 0 to 29).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stretch {
    /// 1-based session the days count from.
    pub session: usize,
    /// The `avoid` rule.
    pub rule: String,
    pub title: String,
    /// Day 0 of the session.
    pub anchor: NaiveDate,
    /// First and last day of the rule's window, the days the client pushed it back included.
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The last day before it is allowed again: the day before its milestone, which can come
    /// days after the window ("no sweating" to day 4, light exercise, workouts from day 7), or
    /// the window's last day where nothing lifts it.
    pub until: NaiveDate,
    pub postponed: u16,
    /// The milestone that ends it, if the protocol has one.
    pub lifted: Option<Lift>,
}

/// The day something is allowed again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Lift {
    /// The `allowed` rule.
    pub rule: String,
    pub title: String,
    pub date: NaiveDate,
}

/// Every healing `avoid` rule (one starting on the session's day or later, so not the prep
/// before it) for each session, by session and then by first day.
pub fn course(protocol: &Protocol, treatment: &Treatment) -> Vec<Stretch> {
    let spans = spans(protocol, treatment);
    let mut stretches: Vec<Stretch> = spans
        .iter()
        .filter(|span| span.rule.kind == Kind::Avoid && span.rule.start() >= 0)
        .map(|avoid| {
            let lifted = spans
                .iter()
                .find(|allowed| {
                    allowed.session == avoid.session
                        && allowed.rule.lifts.as_deref() == Some(avoid.rule.key.as_str())
                })
                .map(|allowed| Lift {
                    rule: allowed.rule.key.clone(),
                    title: allowed.rule.title.clone(),
                    date: allowed.first.date(),
                });
            Stretch {
                until: lifted
                    .as_ref()
                    .map_or(avoid.last.date(), |lift| lift.date - TimeDelta::days(1)),
                session: avoid.session + 1,
                rule: avoid.rule.key.clone(),
                title: avoid.rule.title.clone(),
                anchor: avoid.anchor.date(),
                first: avoid.first.date(),
                last: avoid.last.date(),
                postponed: treatment.postponed(avoid.session, &avoid.rule.key),
                lifted,
            }
        })
        .collect();
    stretches.sort_by_key(|s| (s.session, s.first, s.last));
    stretches
}

/// The course of the session `date` counts from, while it lasts: empty before that session's
/// day and once everything in it is allowed again. What Today draws.
pub fn course_on(protocol: &Protocol, treatment: &Treatment, date: NaiveDate) -> Vec<Stretch> {
    let (index, day) = treatment.position(date);
    let stretches: Vec<Stretch> = course(protocol, treatment)
        .into_iter()
        .filter(|s| s.session == index + 1)
        .collect();
    let lasts = stretches.iter().map(|s| s.until).max();
    if day < 0 || lasts.is_none_or(|until| date > until) {
        return Vec::new();
    }
    stretches
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::treatment::{Postponement, Session};

    fn session(start: &str) -> Session {
        Session::parse(start, "Europe/London").unwrap()
    }

    #[test]
    fn each_session_avoids_its_healing_rules_until_their_milestones() {
        let protocol = Protocol::seed();
        let treatment = Treatment::new(
            vec![session("2026-03-05T10:00"), session("2026-03-19T10:00")],
            &protocol,
        )
        .unwrap();
        let course = course(&protocol, &treatment);
        let sun: Vec<_> = course.iter().filter(|s| s.rule == "avoid-sun").collect();
        assert_eq!(
            sun.len(),
            2,
            "the sun is avoided after each session: {course:#?}"
        );
        assert_eq!(
            (sun[0].first, sun[0].last),
            ("2026-03-05".parse().unwrap(), "2026-04-03".parse().unwrap()),
            "days 0 to 29 of session 1"
        );
        let lifted = sun[1].lifted.as_ref().expect("the seed lifts the sun rule");
        assert_eq!(
            (lifted.rule.as_str(), lifted.date),
            ("sun-ok", "2026-04-18".parse().unwrap()),
            "day 30 of session 2"
        );
        assert!(
            course.iter().all(|s| s.rule != "no-alcohol"),
            "prep before a session is not part of the healing course"
        );
        assert!(
            course
                .windows(2)
                .all(|w| (w[0].session, w[0].first) <= (w[1].session, w[1].first)),
            "by session, then by first day"
        );
    }

    #[test]
    fn a_pushed_back_rule_lasts_longer_and_its_milestone_moves_with_it() {
        let protocol = Protocol::seed();
        let treatment = Treatment::new(vec![session("2026-03-05T10:00")], &protocol)
            .unwrap()
            .with_postponements(vec![Postponement {
                session: 1,
                rule: "keep-dry".into(),
                days: 2,
            }]);
        let course = course(&protocol, &treatment);
        let dry = course.iter().find(|s| s.rule == "keep-dry").unwrap();
        assert_eq!(dry.postponed, 2, "the client pushed it back twice");
        assert_eq!(
            dry.last,
            "2026-03-10".parse().unwrap(),
            "day 3 plus two days"
        );
        assert_eq!(
            dry.lifted.as_ref().unwrap().date,
            "2026-03-11".parse().unwrap(),
            "washing is allowed the day after, not on day 4"
        );
        let sweat = course.iter().find(|s| s.rule == "no-sweat").unwrap();
        assert_eq!(
            (sweat.last, sweat.until),
            ("2026-03-09".parse().unwrap(), "2026-03-11".parse().unwrap()),
            "sweating is avoided to day 4 and workouts wait for day 7: avoided until day 6"
        );
    }

    #[test]
    fn today_shows_the_course_of_its_own_session_while_it_lasts() {
        let protocol = Protocol::seed();
        let treatment = Treatment::new(
            vec![session("2026-03-05T10:00"), session("2030-03-05T10:00")],
            &protocol,
        )
        .unwrap();
        let on = |date: &str| course_on(&protocol, &treatment, date.parse().unwrap());
        assert!(
            on("2026-03-04").is_empty(),
            "nothing before the first session"
        );
        assert!(
            on("2026-03-12").iter().all(|s| s.session == 1) && on("2026-03-12").len() == 4,
            "a week in: session 1's four things avoided"
        );
        assert_eq!(
            on("2026-04-03").len(),
            4,
            "the last day out of the sun is still part of it"
        );
        assert!(
            on("2026-04-04").is_empty(),
            "everything allowed again: gone"
        );
        assert!(
            on("2030-03-06").iter().all(|s| s.session == 2) && !on("2030-03-06").is_empty(),
            "the touch-up's own course, years later"
        );
    }
}
