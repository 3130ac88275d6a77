//! Properties of the schedule over random treatments, zones, reminder times and quiet hours.

#![allow(
    clippy::unwrap_used,
    reason = "a test or benchmark fails loudly on a broken fixture"
)]

mod support;

use std::collections::BTreeSet;

use aftercare_core::{
    Anchor, Categories, Locale, Protocol, QuietHours, Reminder, Session, Settings, Treatment,
    reminders_for,
};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use proptest::prelude::*;
use support::{ZONES, check_all};

#[derive(Debug, Clone)]
struct Case {
    protocol: Protocol,
    sessions: Vec<NaiveDateTime>,
    settings: Settings,
}

impl Case {
    fn treatment(&self) -> Treatment {
        treatment(&self.protocol, &self.sessions, self.settings.zone)
    }

    fn plan(&self) -> Vec<Reminder> {
        reminders_for(&self.treatment(), &self.protocol, &self.settings)
    }
}

fn treatment(protocol: &Protocol, sessions: &[NaiveDateTime], zone: chrono_tz::Tz) -> Treatment {
    let sessions = sessions
        .iter()
        .map(|start| Session::new(*start, zone).unwrap())
        .collect();
    Treatment::new(sessions, protocol).unwrap()
}

fn minute_of_day() -> impl Strategy<Value = NaiveTime> {
    (0u32..24 * 60).prop_map(|m| NaiveTime::from_hms_opt(m / 60, m % 60, 0).unwrap())
}

/// Sessions from 2000 to about 2036, as far apart as the protocol allows or up to 60 days more,
/// at any minute of the day: day 0 of the first one at a DST change is as likely as any other.
fn case() -> impl Strategy<Value = Case> {
    let protocol = prop_oneof![
        Just(Protocol::seed()),
        Just(Protocol::bundled("strict").unwrap())
    ];
    let quiet = proptest::option::of((minute_of_day(), minute_of_day()))
        .prop_filter("quiet hours need two different times", |q| {
            q.is_none_or(|(a, b)| a != b)
        });
    (
        protocol,
        0i64..13_300,
        proptest::collection::vec((0i64..=60, minute_of_day()), 0..4),
        minute_of_day(),
        0..ZONES.len(),
        minute_of_day(),
        quiet,
    )
        .prop_map(
            |(protocol, first_day, gaps, first_time, zone, reminder_time, quiet)| {
                let mut date =
                    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + TimeDelta::days(first_day);
                let mut sessions = vec![date.and_time(first_time)];
                for (extra, time) in gaps {
                    date += TimeDelta::days(i64::from(protocol.min_days_between_sessions) + extra);
                    sessions.push(date.and_time(time));
                }
                let quiet = quiet.map(|(start, end)| QuietHours::new(start, end).unwrap());
                Case {
                    protocol,
                    sessions,
                    settings: Settings {
                        reminder_time,
                        quiet,
                        muted: Categories::NONE,
                        zone: ZONES[zone],
                        // Without a place the sun rules keep to the reminder time, which these
                        // properties restate; the schedule's tests cover the sun.
                        place: None,
                        locale: Locale::default(),
                    },
                }
            },
        )
}

fn lines(reminders: &[Reminder]) -> BTreeSet<(String, NaiveDate)> {
    reminders
        .iter()
        .flat_map(|r| r.items.iter().map(|i| (i.rule.clone(), i.date)))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_reminder_fires_at_its_wall_time_or_a_documented_shift_with_a_unique_key(case in case()) {
        let reminders = case.plan();
        prop_assert!(!reminders.is_empty(), "every treatment has reminders");
        if let Err(why) = check_all(&reminders, &case.protocol, &case.treatment(), &case.settings) {
            return Err(TestCaseError::fail(why));
        }
    }

    #[test]
    fn the_same_input_gives_the_same_reminders(case in case()) {
        prop_assert_eq!(case.plan(), case.plan(), "the schedule is a pure function of its input");
    }

    #[test]
    fn quiet_hours_move_reminders_but_never_drop_one(case in case()) {
        let loud = Case { settings: Settings { quiet: None, ..case.settings }, ..case.clone() };
        prop_assert_eq!(lines(&case.plan()), lines(&loud.plan()), "the same steps on the same days");
    }

    #[test]
    fn moving_one_session_leaves_what_does_not_depend_on_it_untouched(
        case in case(),
        pick in any::<prop::sample::Index>(),
        shift in -10i64..=10,
    ) {
        let k = pick.index(case.sessions.len());
        let mut moved = case.clone();
        moved.sessions[k] += TimeDelta::days(shift);
        let spacing_ok = moved.sessions.windows(2).all(|pair| {
            (pair[1].date() - pair[0].date()).num_days() >= i64::from(case.protocol.min_days_between_sessions)
        });
        prop_assume!(shift != 0 && spacing_ok);

        let (old, new) = (case.sessions[k].date(), moved.sessions[k].date());
        // Days session k can reach: its windows from both places, and the days it governs until
        // the next session.
        let rules = &case.protocol.rules;
        let earliest = rules.iter().map(aftercare_core::Rule::start).min().unwrap();
        let latest = rules.iter().filter(|r| r.from == Anchor::Each).map(aftercare_core::Rule::end).max().unwrap();
        let next = case.sessions.get(k + 1).map(NaiveDateTime::date);
        let mut from = old.min(new) + TimeDelta::days(earliest.into());
        // A rule spanning the whole treatment ends with the final session, so moving the final
        // session reaches back to the first one's window ("no pools until a month after").
        if k == case.sessions.len() - 1 {
            for rule in rules.iter().filter(|r| r.from == Anchor::Treatment) {
                from = from.min(case.sessions[0].date() + TimeDelta::days(rule.start().into()));
            }
        }
        let to = (old.max(new) + TimeDelta::days(latest.into())).max(next.unwrap_or(old));
        let touched = |date: NaiveDate| from <= date && date <= to;
        let independent = |r: &Reminder, anchor: NaiveDate| {
            !r.key.starts_with(&anchor.to_string()) && !touched(r.date) && r.items.iter().all(|i| !touched(i.date))
        };

        let before = case.plan();
        let after = moved.plan();
        let kept: Vec<&Reminder> = before.iter().filter(|r| independent(r, old)).collect();
        let kept_after: Vec<&Reminder> = after.iter().filter(|r| independent(r, new)).collect();
        prop_assert_eq!(kept, kept_after, "moving session {} changed reminders that do not depend on it", k + 1);
    }
}
