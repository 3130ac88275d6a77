//! The healing chart: the daily check-ins over the healing days as levels, pain 0-10, the
//! days things are allowed again and the days the client pushed back, drawn as one SVG that the
//! app and the artist's report both show. Colours come from classes (`ui/css/report.css`), so
//! the chart follows the theme and carries no inline style a CSP would refuse.

use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::Serialize;

use crate::healing::{DatedCheckIn, Level, Surface};
use crate::locale::Locale;
use crate::plan::course::Stretch;
use crate::plan::treatment::{Session, Treatment};

/// The shortest span drawn, so a first week does not stretch one day across the phone.
const MIN_DAYS: i64 = 14;
/// How far past today (or the last answer) the chart looks, while the course goes on further.
const AHEAD_DAYS: i64 = 7;

// The drawing's geometry, in SVG units: 1 unit is 1 CSS pixel on a 360 px wide phone.
const WIDTH: f64 = 360.0;
const LEFT: f64 = 66.0;
const RIGHT: f64 = WIDTH - 12.0;
/// Top of the signs panel; the milestones' numbers stand above it.
const SIGNS_TOP: f64 = 24.0;
/// Height of one level (none to mild, mild to moderate...).
const LEVEL_STEP: f64 = 30.0;
const SIGNS_BOTTOM: f64 = SIGNS_TOP + 3.0 * LEVEL_STEP;
const PAIN_TOP: f64 = SIGNS_BOTTOM + 26.0;
/// Height of one point of pain.
const PAIN_STEP: f64 = 6.0;
const PAIN_BOTTOM: f64 = PAIN_TOP + 10.0 * PAIN_STEP;
const TICKS: f64 = PAIN_BOTTOM + 15.0;
const MARKS: f64 = TICKS + 15.0;
const LEGEND: f64 = MARKS + 20.0;
const HEIGHT: f64 = LEGEND + 26.0;

/// The signs drawn as levels, each with its own marker so the lines part without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Redness,
    Swelling,
    Itching,
    Flaking,
}

impl Sign {
    pub const ALL: [Sign; 4] = [Sign::Redness, Sign::Swelling, Sign::Itching, Sign::Flaking];

    /// Its class.
    fn name(self) -> &'static str {
        match self {
            Sign::Redness => "redness",
            Sign::Swelling => "swelling",
            Sign::Itching => "itching",
            Sign::Flaking => "flaking",
        }
    }

    /// Its name in the catalog.
    fn label(self) -> &'static str {
        match self {
            Sign::Redness => "chart-redness",
            Sign::Swelling => "chart-swelling",
            Sign::Itching => "chart-itching",
            Sign::Flaking => "chart-flaking",
        }
    }

    /// Lines on the same level stand a little apart instead of hiding one another.
    fn offset(self) -> f64 {
        match self {
            Sign::Redness => -4.5,
            Sign::Swelling => -1.5,
            Sign::Itching => 1.5,
            Sign::Flaking => 4.5,
        }
    }

    /// The marker, centred on 0,0.
    fn marker(self) -> &'static str {
        match self {
            Sign::Redness => "M-3.5,0a3.5,3.5 0 1,0 7,0a3.5,3.5 0 1,0 -7,0Z",
            Sign::Swelling => "M-3,-3h6v6h-6Z",
            Sign::Itching => "M0,-4L4,3.5L-4,3.5Z",
            Sign::Flaking => "M0,-4.5L4,0L0,4.5L-4,0Z",
        }
    }
}

/// One answered day, as drawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Point {
    pub date: NaiveDate,
    /// 1-based session and day the date counts from.
    pub session: usize,
    pub day: i64,
    /// Levels 0 (none) to 3 (severe); flaking is 1, scabbing 2.
    pub redness: u8,
    pub swelling: u8,
    pub itching: u8,
    pub flaking: u8,
    pub pain: u8,
}

impl Point {
    pub fn level(&self, sign: Sign) -> u8 {
        match sign {
            Sign::Redness => self.redness,
            Sign::Swelling => self.swelling,
            Sign::Itching => self.itching,
            Sign::Flaking => self.flaking,
        }
    }
}

/// A day something is allowed again, numbered on the chart and listed beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Milestone {
    pub number: usize,
    pub date: NaiveDate,
    pub session: usize,
    pub day: i64,
    pub title: String,
    /// Days the client pushed it back.
    pub postponed: u16,
}

/// What the chart shows: the healing days from the first session, the check-ins among them
/// and the milestones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chart {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub today: NaiveDate,
    pub sessions: Vec<NaiveDate>,
    pub points: Vec<Point>,
    pub milestones: Vec<Milestone>,
}

/// Under a session's mark and Today's closer than this, centred labels ("S1", "Today") overlap.
const LABELS_APART: f64 = 32.0;

/// Where a mark's label goes, and its anchor: centred under the mark, unless the other mark on
/// the same line (a session's, or Today's) is close; then the two share the space between them,
/// the earlier label ending and the later starting halfway, the session's first on its own day.
fn label_beside(x: f64, other: Option<f64>, session: bool) -> (f64, &'static str) {
    match other {
        Some(other) if (x - other).abs() < LABELS_APART => {
            let halfway = f64::midpoint(x, other);
            let earlier = if session { x <= other } else { x < other };
            if earlier {
                (halfway - 2.0, "end")
            } else {
                (halfway + 2.0, "start")
            }
        }
        _ => (x, "middle"),
    }
}

fn level(level: Level) -> u8 {
    level as u8
}

/// The chart of a treatment's check-ins: from the session today counts from to the last
/// milestone of the healing course, or, while that is far off, to a week past today (or the last answer), so
/// that the days answered are not crammed into a corner of a phone. Two weeks at least.
pub fn chart(
    treatment: &Treatment,
    course: &[Stretch],
    check_ins: &[DatedCheckIn],
    today: NaiveDate,
) -> Chart {
    // The session today counts from: a touch-up years later has a chart of its own.
    let first = treatment.sessions()[treatment.position(today).0].date();
    let ends = course.iter().map(|s| s.until + chrono::TimeDelta::days(1));
    let answered = check_ins.iter().map(|c| c.date).max().unwrap_or(today);
    let horizon = today.max(answered) + chrono::TimeDelta::days(AHEAD_DAYS);
    let last = ends
        .max()
        .unwrap_or(first)
        .min(horizon)
        .max(first + chrono::TimeDelta::days(MIN_DAYS));
    let points = check_ins
        .iter()
        .filter(|c| first <= c.date && c.date <= last)
        .map(|c| {
            let (session, day) = treatment.position(c.date);
            let answers = &c.answers;
            Point {
                date: c.date,
                session: session + 1,
                day,
                redness: level(answers.redness),
                swelling: level(answers.swelling),
                itching: level(answers.itching),
                flaking: match answers.surface {
                    Surface::Smooth => 0,
                    Surface::Flaking => 1,
                    Surface::Scabbing => 2,
                },
                pain: answers.pain.min(10),
            }
        })
        .collect();
    // All of them, to list; the chart draws those within its days.
    let mut lifts: Vec<_> = course
        .iter()
        .filter_map(|s| s.lifted.as_ref().map(|lift| (lift, s)))
        .filter(|(lift, _)| lift.date >= first)
        .collect();
    lifts.sort_by_key(|(lift, s)| (lift.date, s.session));
    let milestones = lifts
        .into_iter()
        .enumerate()
        .map(|(index, (lift, stretch))| Milestone {
            number: index + 1,
            date: lift.date,
            session: stretch.session,
            day: (lift.date - stretch.anchor).num_days(),
            title: lift.title.clone(),
            postponed: stretch.postponed,
        })
        .collect();
    Chart {
        first,
        last,
        today,
        sessions: treatment.sessions().iter().map(Session::date).collect(),
        points,
        milestones,
    }
}

impl Chart {
    fn x(&self, date: NaiveDate) -> f64 {
        let span = units((self.last - self.first).num_days().max(1));
        LEFT + units((date - self.first).num_days()) / span * (RIGHT - LEFT)
    }

    /// Where a sign's level is drawn, its line's small offset included.
    pub fn level_y(sign: Sign, level: u8) -> f64 {
        SIGNS_BOTTOM - f64::from(level) * LEVEL_STEP + sign.offset()
    }

    pub fn pain_y(pain: u8) -> f64 {
        PAIN_BOTTOM - f64::from(pain) * PAIN_STEP
    }

    fn shown(&self, date: NaiveDate) -> bool {
        self.first <= date && date <= self.last
    }

    /// What a screen reader says of the chart: the page gives the same answers as a table.
    pub fn label(&self, locale: Locale) -> String {
        locale.text_with("journal-chart-label", [("count", self.points.len().into())])
    }

    /// The chart as an SVG element to place in a page: every text escaped, each answered day a
    /// `data-date` to tap, labelled for screen readers by `label` (the page gives the same
    /// answers as a table).
    pub fn svg(&self, locale: Locale, label: &str) -> String {
        let mut svg = String::with_capacity(16 * 1024);
        let _ = write!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{}">"#,
            escape(label)
        );
        self.grid(&mut svg, locale);
        self.marks(&mut svg, locale);
        for sign in Sign::ALL {
            self.series(
                &mut svg,
                sign.name(),
                |p| Chart::level_y(sign, p.level(sign)),
                sign.marker(),
            );
        }
        self.series(
            &mut svg,
            "pain",
            |p| Chart::pain_y(p.pain),
            Sign::Redness.marker(),
        );
        // Last, so a tap anywhere in an answered day's column lands on it.
        let column = ((RIGHT - LEFT) / units((self.last - self.first).num_days().max(1))).max(6.0);
        for point in &self.points {
            let _ = write!(
                svg,
                r#"<rect class="hit" data-date="{}" x="{:.1}" y="{SIGNS_TOP}" width="{column:.1}" height="{}"/>"#,
                point.date,
                self.x(point.date) - column / 2.0,
                PAIN_BOTTOM - SIGNS_TOP
            );
        }
        Chart::legend(&mut svg, locale);
        svg.push_str("</svg>");
        svg
    }

    fn grid(&self, svg: &mut String, locale: Locale) {
        svg.push_str(r#"<g class="grid">"#);
        let levels = ["chart-none", "chart-mild", "chart-moderate", "chart-severe"];
        for (value, id) in levels.iter().enumerate() {
            let y = SIGNS_BOTTOM - units(value) * LEVEL_STEP;
            let _ = write!(
                svg,
                r#"<line x1="{LEFT}" x2="{RIGHT}" y1="{y}" y2="{y}"/><text x="{}" y="{}" text-anchor="end">{}</text>"#,
                LEFT - 6.0,
                y + 4.0,
                escape(&locale.text(id))
            );
        }
        for pain in [0_u8, 5, 10] {
            let y = Chart::pain_y(pain);
            let _ = write!(
                svg,
                r#"<line x1="{LEFT}" x2="{RIGHT}" y1="{y}" y2="{y}"/><text x="{}" y="{}" text-anchor="end">{pain}</text>"#,
                LEFT - 6.0,
                y + 4.0
            );
        }
        let _ = write!(
            svg,
            r#"<text class="panel" x="4" y="{}">{}</text>"#,
            f64::midpoint(PAIN_TOP, PAIN_BOTTOM) + 4.0,
            escape(&locale.text("chart-pain"))
        );
        let _ = write!(
            svg,
            r#"<text class="panel" x="4" y="{TICKS}">{}</text>"#,
            escape(&locale.text("chart-day"))
        );
        let days = (self.last - self.first).num_days();
        // Whole weeks, and no more than about eight labels.
        let every = ((days + 7) / 8 + 6) / 7 * 7;
        for day in (0..=days).step_by(usize::try_from(every.max(7)).unwrap_or(7)) {
            let x = self.x(self.first + chrono::TimeDelta::days(day));
            let _ = write!(
                svg,
                r#"<text x="{x:.1}" y="{TICKS}" text-anchor="middle">{day}</text>"#
            );
        }
        svg.push_str("</g>");
    }

    /// Sessions and today as lines, milestones as numbered lines, a pushed-back one with an
    /// arrow from the day it was due.
    fn marks(&self, svg: &mut String, locale: Locale) {
        svg.push_str(r#"<g class="marks">"#);
        let today = self.shown(self.today).then(|| self.x(self.today));
        let sessions: Vec<(usize, f64)> = (self.sessions.iter().enumerate())
            .filter(|(_, date)| self.shown(**date))
            .map(|(index, date)| (index, self.x(*date)))
            .collect();
        for &(index, x) in &sessions {
            let (at, anchor) = label_beside(x, today, true);
            let _ = write!(
                svg,
                r#"<line class="session" x1="{x:.1}" x2="{x:.1}" y1="{SIGNS_TOP}" y2="{PAIN_BOTTOM}"/><text class="session" x="{at:.1}" y="{MARKS}" text-anchor="{anchor}">{}</text>"#,
                escape(&locale.text_with("chart-session", [("number", (index + 1).into())]))
            );
        }
        let mut by_date: Vec<(NaiveDate, Vec<&Milestone>)> = Vec::new();
        for milestone in &self.milestones {
            match by_date.last_mut() {
                Some((date, list)) if *date == milestone.date => list.push(milestone),
                _ => by_date.push((milestone.date, vec![milestone])),
            }
        }
        for (date, list) in by_date.into_iter().filter(|(date, _)| self.shown(*date)) {
            let x = self.x(date);
            let pushed = list.iter().map(|m| m.postponed).max().unwrap_or(0);
            let numbers: Vec<String> = list.iter().map(|m| m.number.to_string()).collect();
            let class = if pushed > 0 {
                "milestone pushed"
            } else {
                "milestone"
            };
            let _ = write!(
                svg,
                r#"<line class="{class}" data-date="{date}" x1="{x:.1}" x2="{x:.1}" y1="{}" y2="{PAIN_BOTTOM}"/><text class="{class}" x="{x:.1}" y="{}" text-anchor="middle">{}</text>"#,
                SIGNS_TOP - 4.0,
                SIGNS_TOP - 10.0,
                numbers.join("·")
            );
            if pushed > 0 {
                let due = self.x(date - chrono::TimeDelta::days(pushed.into()));
                let _ = write!(
                    svg,
                    r#"<path class="pushed-arrow" d="M{due:.1},{y}H{:.1}m-4,-3l4,3l-4,3"/>"#,
                    x - 1.0,
                    y = SIGNS_TOP - 2.0
                );
            }
        }
        if let Some(x) = today {
            let nearest = sessions
                .iter()
                .map(|&(_, session)| session)
                .min_by(|a, b| (a - x).abs().total_cmp(&(b - x).abs()));
            let (at, anchor) = label_beside(x, nearest, false);
            let _ = write!(
                svg,
                r#"<line class="today" x1="{x:.1}" x2="{x:.1}" y1="{SIGNS_TOP}" y2="{PAIN_BOTTOM}"/><text class="today" x="{at:.1}" y="{MARKS}" text-anchor="{anchor}">{}</text>"#,
                escape(&locale.text("chart-today"))
            );
        }
        svg.push_str("</g>");
    }

    fn series(&self, svg: &mut String, class: &str, y: impl Fn(&Point) -> f64, marker: &str) {
        let at: Vec<(f64, f64, &Point)> = self
            .points
            .iter()
            .map(|p| (self.x(p.date), y(p), p))
            .collect();
        if at.len() > 1 {
            let _ = write!(svg, r#"<polyline class="line {class}" points=""#);
            for (x, y, _) in &at {
                let _ = write!(svg, "{x:.1},{y:.1} ");
            }
            svg.push_str(r#""/>"#);
        }
        for (x, y, point) in at {
            let _ = write!(
                svg,
                r#"<path class="point {class}" data-date="{}" transform="translate({x:.1} {y:.1})" d="{marker}"/>"#,
                point.date
            );
        }
    }

    fn legend(svg: &mut String, locale: Locale) {
        svg.push_str(r#"<g class="legend">"#);
        for (index, sign) in Sign::ALL.iter().enumerate() {
            let x = 8.0 + units(index % 2) * 176.0;
            let y = LEGEND + units(index / 2) * 16.0;
            let _ = write!(
                svg,
                r#"<path class="point {name}" transform="translate({} {y})" d="{}"/><text x="{}" y="{}">{}</text>"#,
                x + 4.0,
                sign.marker(),
                x + 14.0,
                y + 4.0,
                escape(&locale.text(sign.label())),
                name = sign.name()
            );
        }
        svg.push_str("</g>");
    }
}

/// A small count (days, a level, an index) in drawing units; dates run from 1970 to 2100, so a
/// count of days always fits.
fn units(count: impl TryInto<i32>) -> f64 {
    count.try_into().map_or(0.0, f64::from)
}

/// Text for HTML or SVG: nothing in it can open an element, an attribute or an entity.
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::healing::CheckIn;
    use crate::plan::course::course;
    use crate::plan::treatment::{Postponement, Session};
    use crate::protocol::Protocol;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn treatment(postponed: Vec<Postponement>) -> Treatment {
        let session = Session::parse("2026-03-05T10:00", "Europe/London").unwrap();
        Treatment::new(vec![session], &Protocol::seed())
            .unwrap()
            .with_postponements(postponed)
    }

    fn check_in(day: &str, redness: Level, pain: u8, surface: Surface) -> DatedCheckIn {
        DatedCheckIn {
            date: date(day),
            answers: CheckIn {
                redness,
                surface,
                pain,
                ..CheckIn::default()
            },
        }
    }

    fn drawn(treatment: &Treatment, check_ins: &[DatedCheckIn]) -> Chart {
        drawn_on(treatment, check_ins, date("2026-03-10"))
    }

    fn drawn_on(treatment: &Treatment, check_ins: &[DatedCheckIn], today: NaiveDate) -> Chart {
        let protocol = Protocol::seed();
        chart(treatment, &course(&protocol, treatment), check_ins, today)
    }

    /// Each `<path class="point {class}" data-date=...>`'s date and centre, in drawing order.
    fn points(svg: &str, class: &str) -> Vec<(String, f64, f64)> {
        let start = format!(r#"<path class="point {class}" data-date=""#);
        svg.match_indices(&start)
            .map(|(at, _)| {
                let rest = &svg[at + start.len()..];
                let day = rest[..10].to_string();
                let inside = rest.split("translate(").nth(1).unwrap();
                let inside = &inside[..inside.find(')').unwrap()];
                let (x, y) = inside.split_once(' ').unwrap();
                (day, x.parse().unwrap(), y.parse().unwrap())
            })
            .collect()
    }

    #[test]
    fn every_answered_day_is_one_point_at_its_level() {
        let check_ins = [
            check_in("2026-03-05", Level::Moderate, 6, Surface::Smooth),
            check_in("2026-03-06", Level::Mild, 4, Surface::Flaking),
            check_in("2026-03-08", Level::None, 1, Surface::Scabbing),
        ];
        let chart = drawn(&treatment(vec![]), &check_ins);
        let svg = chart.svg(Locale::default(), "chart");
        let pain = points(&svg, "pain");
        assert_eq!(pain.len(), 3, "one pain point per answered day: {pain:?}");
        for ((day, _, y), expected) in pain.iter().zip([6, 4, 1]) {
            assert!(
                (y - Chart::pain_y(expected)).abs() < 0.06,
                "{day}: pain {expected} is drawn at its height, not at {y}"
            );
        }
        assert!(
            Chart::pain_y(6) < Chart::pain_y(4),
            "more pain is drawn higher"
        );
        let redness = points(&svg, "redness");
        let levels: Vec<f64> = redness.iter().map(|(_, _, y)| *y).collect();
        let expected: Vec<f64> = [2, 1, 0]
            .into_iter()
            .map(|l| Chart::level_y(Sign::Redness, l))
            .collect();
        assert_eq!(
            levels.len(),
            3,
            "one redness point per day (the legend's is not one)"
        );
        for (got, want) in levels.iter().zip(&expected) {
            assert!(
                (got - want).abs() < 0.06,
                "redness at {got}, expected {want}"
            );
        }
        let flaking: Vec<u8> = chart.points.iter().map(|p| p.flaking).collect();
        assert_eq!(
            flaking,
            [0, 1, 2],
            "smooth, flaking, scabbing as rising levels"
        );
        let xs: Vec<f64> = pain.iter().map(|(_, x, _)| *x).collect();
        assert!(
            (xs[2] - xs[1]) > (xs[1] - xs[0]) * 1.9,
            "days are spaced by the calendar: day 3 is two days after day 1, {xs:?}"
        );
        assert_eq!(
            svg.matches(r#"<rect class="hit""#).count(),
            3,
            "one tap target per answered day"
        );
    }

    #[test]
    fn milestones_stand_on_the_days_things_are_allowed_again() {
        let chart = drawn(&treatment(vec![]), &[]);
        let days: Vec<(NaiveDate, i64)> =
            chart.milestones.iter().map(|m| (m.date, m.day)).collect();
        assert_eq!(
            days,
            [
                (date("2026-03-09"), 4),
                (date("2026-03-12"), 7),
                (date("2026-03-12"), 7),
                (date("2026-04-04"), 30),
            ],
            "washing on day 4, workouts and shaving on day 7, the sun on day 30 (the seed)"
        );
        assert_eq!(
            chart.last,
            date("2026-03-19"),
            "on day 5, two weeks are drawn, not the month to the sun's milestone"
        );
        let svg = chart.svg(Locale::default(), "chart");
        assert_eq!(
            svg.matches(r#"<line class="milestone" data-date=""#)
                .count(),
            2,
            "two milestones on one day share a line; the sun's, on day 30, is only listed"
        );
        let later = drawn_on(&treatment(vec![]), &[], date("2026-04-20"));
        assert_eq!(
            later.last,
            date("2026-04-04"),
            "once past, the whole course to the sun"
        );
        assert_eq!(
            later
                .svg(Locale::default(), "chart")
                .matches(r#"<line class="milestone""#)
                .count(),
            3,
            "with the sun's milestone"
        );
        assert!(svg.contains(">2·3</text>"), "and show both numbers: {svg}");
        assert!(!svg.contains("pushed"), "nothing was pushed back");
    }

    #[test]
    fn a_pushed_back_step_moves_its_milestone_and_shows_from_where() {
        let pushed = treatment(vec![Postponement {
            session: 1,
            rule: "keep-dry".into(),
            days: 2,
        }]);
        let chart = drawn(&pushed, &[]);
        let wash = &chart.milestones[0];
        assert_eq!(
            (wash.date, wash.day, wash.postponed),
            (date("2026-03-11"), 6, 2),
            "washing moved from day 4 to day 6"
        );
        let svg = chart.svg(Locale::default(), "chart");
        assert!(
            svg.contains(r#"<line class="milestone pushed" data-date="2026-03-11""#),
            "the moved milestone is marked: {svg}"
        );
        assert_eq!(
            svg.matches("pushed-arrow").count(),
            1,
            "an arrow from day 4 to day 6"
        );
    }

    #[test]
    fn days_outside_the_healing_course_are_left_to_the_table() {
        let check_ins = [
            check_in("2026-03-01", Level::Mild, 2, Surface::Smooth),
            check_in("2026-03-07", Level::Mild, 2, Surface::Smooth),
            check_in("2026-06-01", Level::Mild, 2, Surface::Smooth),
        ];
        let chart = drawn(&treatment(vec![]), &check_ins);
        let dates: Vec<NaiveDate> = chart.points.iter().map(|p| p.date).collect();
        assert_eq!(
            dates,
            [date("2026-03-07")],
            "before the session and months later stay out"
        );
        assert_eq!(
            (chart.points[0].session, chart.points[0].day),
            (1, 2),
            "session 1, day 2"
        );
    }

    #[test]
    fn a_touch_up_years_later_has_a_chart_of_its_own() {
        let sessions = ["2026-03-05T10:00", "2030-03-05T10:00"]
            .map(|start| Session::parse(start, "Europe/London").unwrap());
        let treatment = Treatment::new(sessions.to_vec(), &Protocol::seed()).unwrap();
        let check_ins = [
            check_in("2026-03-06", Level::Mild, 2, Surface::Smooth),
            check_in("2030-03-06", Level::Mild, 3, Surface::Smooth),
        ];
        let chart = drawn_on(&treatment, &check_ins, date("2030-03-10"));
        assert_eq!(chart.first, date("2030-03-05"), "the touch-up's day 0");
        let days: Vec<(usize, i64)> = chart.points.iter().map(|p| (p.session, p.day)).collect();
        assert_eq!(
            days,
            [(2, 1)],
            "the touch-up's check-in alone, counted from it"
        );
        assert!(
            chart.milestones.iter().all(|m| m.session == 2),
            "only the touch-up's milestones: {:?}",
            chart.milestones
        );
        let svg = chart.svg(Locale::default(), "chart");
        assert!(svg.contains(">S2</text>"), "the line of session 2 at day 0");
    }

    /// Each `<text class="{class}" x=... text-anchor=...>`'s x and anchor.
    fn labels(svg: &str, class: &str) -> Vec<(f64, String)> {
        let start = format!(r#"<text class="{class}" x=""#);
        svg.match_indices(&start)
            .map(|(at, _)| {
                let rest = &svg[at + start.len()..];
                let x = rest[..rest.find('"').unwrap()].parse().unwrap();
                let anchor = rest.split("text-anchor=\"").nth(1).unwrap();
                (x, anchor[..anchor.find('"').unwrap()].to_string())
            })
            .collect()
    }

    #[test]
    fn the_session_and_today_labels_sit_side_by_side_in_the_first_days() {
        for today in ["2026-03-05", "2026-03-06"] {
            let svg = drawn_on(&treatment(vec![]), &[], date(today)).svg(Locale::default(), "");
            let (session, today_label) = (labels(&svg, "session"), labels(&svg, "today"));
            assert_eq!(
                (session[0].1.as_str(), today_label[0].1.as_str()),
                ("end", "start"),
                "on {today}, S1 ends where Today starts, rather than both centred over each other"
            );
            assert!(
                session[0].0 < today_label[0].0,
                "on {today}, S1's label is left of Today's: {session:?} {today_label:?}"
            );
        }
        let svg = drawn_on(&treatment(vec![]), &[], date("2026-03-12")).svg(Locale::default(), "");
        assert_eq!(
            (
                labels(&svg, "session")[0].1.as_str(),
                labels(&svg, "today")[0].1.as_str()
            ),
            ("middle", "middle"),
            "a week apart, each label is centred under its mark"
        );
    }

    #[test]
    fn the_label_and_every_text_are_escaped() {
        let chart = drawn(&treatment(vec![]), &[]);
        let svg = chart.svg(Locale::default(), r#"<script>alert("x")</script>"#);
        assert!(
            !svg.contains("<script"),
            "a label cannot open an element: {svg}"
        );
        assert!(
            svg.contains("&lt;script&gt;alert(&quot;x&quot;)"),
            "it stays readable text"
        );
    }
}
