//! The aftercare protocol as data: rules with day windows, read from TOML or JSON and validated.
//!
//! Clinics disagree on the days (wash from day 3 or day 6, pools after a week or a month), so
//! nothing about them is code: a protocol file says what to avoid, what is allowed again and what
//! to do, counted from which session, and when the reminder goes out. The default ships embedded.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Problem, Result};

/// The protocol file format this engine reads and writes.
pub const FORMAT: u32 = 1;

/// Limits that keep a hostile or mistaken file from producing an absurd schedule.
pub mod limits {
    /// Rules in one protocol.
    pub const RULES: usize = 64;
    /// Earliest day of a window: preparation starts at most this many days before a session.
    pub const FIRST_DAY: i32 = -90;
    /// Latest day of a window: about ten years after a session.
    pub const LAST_DAY: i32 = 3660;
    /// Days on which one rule may appear (in the digest, or repeated with `every`).
    pub const OCCURRENCES: i32 = 400;
    pub const KEY_CHARS: usize = 40;
    pub const NAME_CHARS: usize = 80;
    pub const VERSION_CHARS: usize = 20;
    pub const TITLE_CHARS: usize = 100;
    pub const BODY_CHARS: usize = 500;
    pub const SOURCE_CHARS: usize = 200;
    pub const DESCRIPTION_CHARS: usize = 500;
    /// A studio's phone number, e-mail or address.
    pub const CONTACT_CHARS: usize = 120;
    pub const GRACE_HOURS: u16 = 24 * 30;
    pub const MIN_DAYS_BETWEEN_SESSIONS: u16 = 365;
}

/// What a reminder is about; each category can be muted on its own (an Android channel each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    /// Something changes: "from today you may wash".
    Milestone,
    /// A line of the morning digest: today's do's and don'ts while healing.
    Digest,
    /// Preparation before a session.
    Prep,
    /// Sun protection.
    Sun,
    /// Long-term check-ins: fading, touch-ups.
    Checkin,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Milestone,
        Category::Digest,
        Category::Prep,
        Category::Sun,
        Category::Checkin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Milestone => "milestone",
            Category::Digest => "digest",
            Category::Prep => "prep",
            Category::Sun => "sun",
            Category::Checkin => "checkin",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A set of categories, such as the ones the client has turned off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Categories(u8);

impl Categories {
    pub const NONE: Categories = Categories(0);

    fn bit(category: Category) -> u8 {
        1 << (category as u8)
    }

    pub fn contains(self, category: Category) -> bool {
        self.0 & Categories::bit(category) != 0
    }

    /// This set with `category` in it or not.
    #[must_use]
    pub fn with(self, category: Category, included: bool) -> Categories {
        if included {
            Categories(self.0 | Categories::bit(category))
        } else {
            Categories(self.0 & !Categories::bit(category))
        }
    }

    pub fn iter(self) -> impl Iterator<Item = Category> {
        Category::ALL.into_iter().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Category> for Categories {
    fn from_iter<I: IntoIterator<Item = Category>>(categories: I) -> Categories {
        categories
            .into_iter()
            .fold(Categories::NONE, |set, c| set.with(c, true))
    }
}

impl Serialize for Categories {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for Categories {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<Category>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
}

impl FromStr for Category {
    type Err = Error;

    fn from_str(value: &str) -> Result<Category> {
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == value)
            .ok_or_else(|| Error::UnknownCategory {
                value: value.to_string(),
            })
    }
}

/// What a rule asks of the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Don't, for the whole window: "keep your scalp dry".
    Avoid,
    /// Allowed again from the window's first day: "you may wash".
    Allowed,
    /// Do, on each day of the window: "moisturize".
    Do,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Avoid => "avoid",
            Kind::Allowed => "allowed",
            Kind::Do => "do",
        }
    }
}

/// The session a rule's days count from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Anchor {
    /// Every session: the healing routine, the preparation.
    Each,
    /// The first session only.
    First,
    /// The final session only: long-term care, "pools a month after the last session".
    Final,
    /// The whole treatment: from the first session's start day to the final session's end day.
    Treatment,
}

/// When a rule's reminder goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum At {
    /// As a line of that day's morning digest, on every day of the window.
    Digest,
    /// As its own reminder at the client's reminder time.
    Morning,
    /// As its own reminder at this local time of day.
    Time(NaiveTime),
    /// As its own reminder shortly before the day's clear-sky UV index reaches 3, and only on
    /// days it does: sun protection that follows the real sun, not the calendar.
    Uv,
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Digest => f.write_str("digest"),
            At::Morning => f.write_str("morning"),
            At::Uv => f.write_str("uv"),
            At::Time(t) => write!(f, "{}", t.format("%H:%M")),
        }
    }
}

impl Serialize for At {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for At {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.as_str() {
            "digest" => Ok(At::Digest),
            "morning" => Ok(At::Morning),
            "uv" => Ok(At::Uv),
            other => crate::parse::time(other).map(At::Time).map_err(|_| {
                serde::de::Error::custom(format!(
                    "`{other}` is not \"digest\", \"morning\", \"uv\" or a time of day such as \"18:00\""
                ))
            }),
        }
    }
}

/// One instruction of the protocol with its day window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable identifier: reminder keys and the client's "done" marks hang on it.
    pub key: String,
    pub category: Category,
    pub kind: Kind,
    pub from: Anchor,
    /// First and last day of the window, inclusive; day 0 is the session's local date.
    pub days: [i32; 2],
    /// Repeat every this many days inside the window instead of once (long-term reminders).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<u16>,
    pub at: At,
    /// The `avoid` rule this `allowed` rule ends; it stays quiet while that rule still applies
    /// because of another session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifts: Option<String>,
    pub title: String,
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Rule {
    pub fn start(&self) -> i32 {
        self.days[0]
    }

    pub fn end(&self) -> i32 {
        self.days[1]
    }

    /// Days between two occurrences inside the window.
    pub fn step(&self) -> i32 {
        i32::from(self.every.unwrap_or(1))
    }

    /// Whether the rule applies on every day of its window, or only on its repeat days.
    pub fn repeats(&self) -> bool {
        self.every.is_some()
    }
}

/// How long after its time a reminder is still worth delivering, per category, in hours.
/// A "no alcohol tonight" reminder is useless the next morning; a yearly check-in is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GraceHours {
    pub milestone: u16,
    pub digest: u16,
    pub prep: u16,
    pub sun: u16,
    pub checkin: u16,
}

impl GraceHours {
    pub fn of(&self, category: Category) -> u16 {
        match category {
            Category::Milestone => self.milestone,
            Category::Digest => self.digest,
            Category::Prep => self.prep,
            Category::Sun => self.sun,
            Category::Checkin => self.checkin,
        }
    }
}

/// Who gives a protocol, and how the client reaches them: shown as text, never as a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Studio {
    pub name: String,
    /// A phone number, an e-mail address, a street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// A whole aftercare protocol: who it is from, and its rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Protocol {
    pub format: u32,
    pub id: String,
    pub name: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub min_days_between_sessions: u16,
    /// The artist's studio, for a protocol an artist gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub studio: Option<Studio>,
    pub grace_hours: GraceHours,
    #[serde(rename = "rule")]
    pub rules: Vec<Rule>,
}

/// The protocols that ship inside the app, as their TOML source.
pub const BUNDLED: [(&str, &str); 2] = [
    ("seed", include_str!("../protocols/seed.toml")),
    ("strict", include_str!("../protocols/strict.toml")),
];

impl Protocol {
    /// The default protocol: the seed article's routine.
    pub fn seed() -> Protocol {
        Protocol::bundled("seed").expect("the seed protocol is bundled and valid")
    }

    /// A protocol shipped with the app, by id (`seed`, `strict`).
    pub fn bundled(id: &str) -> Option<Protocol> {
        let (_, source) = BUNDLED.iter().find(|(name, _)| *name == id)?;
        Some(Protocol::from_toml(source).expect("bundled protocols are checked by the tests"))
    }

    /// Reads and validates a protocol file, naming the line of each problem.
    pub fn from_toml(source: &str) -> Result<Protocol> {
        check_format(toml::from_str::<Head>(source).map_err(|e| toml_problem(source, &e)))?;
        let protocol: Protocol = toml::from_str(source).map_err(|e| toml_problem(source, &e))?;
        protocol.validate_located(|at| toml_line(source, at))?;
        Ok(protocol)
    }

    /// Reads and validates a protocol stored or shared as JSON.
    pub fn from_json(source: &str) -> Result<Protocol> {
        check_format(serde_json::from_str::<Head>(source).map_err(|e| json_problem(&e)))?;
        let protocol: Protocol = serde_json::from_str(source).map_err(|e| json_problem(&e))?;
        protocol.validate()?;
        Ok(protocol)
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a protocol is plain data and always serializes")
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a protocol is plain data and always serializes")
    }

    /// Checks everything the types cannot: windows, limits, texts, keys and references.
    pub fn validate(&self) -> Result<()> {
        self.validate_located(|_| None)
    }

    pub fn rule(&self, key: &str) -> Option<&Rule> {
        self.rules.iter().find(|rule| rule.key == key)
    }

    /// The healing rule a client's "still scabbing? wait a day" pushes back when they pick
    /// `key`: an `avoid` rule itself, or the rule an `allowed` milestone lifts, so that the two
    /// always move together. Preparation and check-ins are not the client's to move.
    pub fn postponable(&self, key: &str) -> Result<&Rule> {
        let picked = self.rule(key).ok_or_else(|| Error::UnknownRule {
            key: key.to_string(),
        })?;
        let avoided = match (picked.kind, picked.lifts.as_deref()) {
            (Kind::Avoid, _) => Some(picked),
            (Kind::Allowed, Some(lifted)) => self.rule(lifted),
            _ => None,
        };
        avoided
            .filter(|rule| !matches!(rule.category, Category::Prep | Category::Checkin))
            .ok_or_else(|| Error::NotPostponable {
                key: key.to_string(),
            })
    }

    fn validate_located(&self, line: impl Fn(&Field) -> Option<usize>) -> Result<()> {
        let found = self.problems();
        if found.is_empty() {
            return Ok(());
        }
        let problems = found
            .into_iter()
            .map(|(field, message)| Problem {
                line: line(&field),
                field: field.describe(self),
                message,
            })
            .collect();
        Err(Error::InvalidProtocol { problems })
    }

    fn problems(&self) -> Vec<(Field, String)> {
        let mut found = Vec::new();
        let mut top = |name: &'static str, problem: Option<String>| {
            if let Some(message) = problem {
                found.push((Field::Top(name), message));
            }
        };
        top("id", check_key(&self.id));
        top("name", check_text(&self.name, limits::NAME_CHARS, false));
        top(
            "version",
            check_text(&self.version, limits::VERSION_CHARS, false),
        );
        if let Some(description) = &self.description {
            top(
                "description",
                check_text(description, limits::DESCRIPTION_CHARS, true),
            );
        }
        if let Some(studio) = &self.studio {
            top(
                "studio.name",
                check_text(&studio.name, limits::NAME_CHARS, false),
            );
            if let Some(contact) = &studio.contact {
                top(
                    "studio.contact",
                    check_text(contact, limits::CONTACT_CHARS, false),
                );
            }
        }
        top(
            "min_days_between_sessions",
            check_range(
                i64::from(self.min_days_between_sessions),
                1..i64::from(limits::MIN_DAYS_BETWEEN_SESSIONS) + 1,
            ),
        );
        for category in Category::ALL {
            if self.grace_hours.of(category) > limits::GRACE_HOURS {
                found.push((
                    Field::Grace(category),
                    format!("at most {} hours (30 days)", limits::GRACE_HOURS),
                ));
            }
        }
        if self.rules.is_empty() {
            found.push((
                Field::Top("rule"),
                "a protocol needs at least one rule".into(),
            ));
        }
        if self.rules.len() > limits::RULES {
            found.push((
                Field::Top("rule"),
                format!(
                    "{} rules; at most {} are allowed",
                    self.rules.len(),
                    limits::RULES
                ),
            ));
        }
        for (index, rule) in self.rules.iter().enumerate() {
            for (field, message) in self.rule_problems(index, rule) {
                found.push((Field::Rule(index, field), message));
            }
        }
        found
    }

    fn rule_problems(&self, index: usize, rule: &Rule) -> Vec<(&'static str, String)> {
        let mut found = Vec::new();
        let mut check = |field: &'static str, problem: Option<String>| {
            if let Some(message) = problem {
                found.push((field, message));
            }
        };
        check("key", check_key(&rule.key));
        if self.rules[..index]
            .iter()
            .any(|earlier| earlier.key == rule.key)
        {
            check(
                "key",
                Some(format!(
                    "`{}` is used by an earlier rule; keys must be unique",
                    rule.key
                )),
            );
        }
        check("days", check_window(rule));
        check(
            "every",
            rule.every.and_then(|every| {
                check_range(i64::from(every), 1..i64::from(limits::LAST_DAY) + 1)
            }),
        );
        check("lifts", self.check_lifts(rule));
        check(
            "at",
            (rule.at == At::Uv && rule.category != Category::Sun)
                .then(|| "\"uv\" follows the sun: only a `sun` rule can use it".to_string()),
        );
        check("title", check_text(&rule.title, limits::TITLE_CHARS, false));
        check("body", check_text(&rule.body, limits::BODY_CHARS, true));
        if let Some(source) = &rule.source {
            check("source", check_text(source, limits::SOURCE_CHARS, false));
        }
        found
    }

    fn check_lifts(&self, rule: &Rule) -> Option<String> {
        let lifted_key = rule.lifts.as_deref()?;
        if rule.kind != Kind::Allowed {
            return Some("only an `allowed` rule can lift another".into());
        }
        let Some(lifted) = self.rule(lifted_key) else {
            return Some(format!(
                "`{lifted_key}` is not the key of a rule in this protocol"
            ));
        };
        if lifted.kind != Kind::Avoid {
            return Some(format!("`{lifted_key}` is not an `avoid` rule"));
        }
        if lifted.from == rule.from && rule.start() <= lifted.end() {
            return Some(format!(
                "allowed from day {} while `{lifted_key}` still applies until day {}",
                rule.start(),
                lifted.end()
            ));
        }
        None
    }
}

fn check_window(rule: &Rule) -> Option<String> {
    let [start, end] = rule.days;
    for day in [start, end] {
        if !(limits::FIRST_DAY..=limits::LAST_DAY).contains(&day) {
            return Some(format!(
                "day {day} is out of range: days run from {} to {}",
                limits::FIRST_DAY,
                limits::LAST_DAY
            ));
        }
    }
    if end < start {
        return Some(format!(
            "the window ends on day {end}, before it starts on day {start}"
        ));
    }
    let daily = matches!(rule.at, At::Digest | At::Uv) || rule.repeats();
    let occurrences = (end - start) / rule.step() + 1;
    if daily && occurrences > limits::OCCURRENCES {
        return Some(format!(
            "{occurrences} occurrences; at most {} (use a longer `every`)",
            limits::OCCURRENCES
        ));
    }
    None
}

fn check_key(key: &str) -> Option<String> {
    let well_formed = !key.is_empty()
        && key.len() <= limits::KEY_CHARS
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !key.starts_with('-');
    (!well_formed).then(|| {
        format!(
            "`{key}` is not a key: use 1 to {} lowercase letters, digits and dashes",
            limits::KEY_CHARS
        )
    })
}

fn check_text(text: &str, max_chars: usize, multiline: bool) -> Option<String> {
    let chars = text.chars().count();
    if text.trim().is_empty() && !multiline {
        return Some("must not be empty".into());
    }
    if chars > max_chars {
        return Some(format!("{chars} characters; at most {max_chars}"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(multiline && c == '\n'))
    {
        return Some("contains a control character".into());
    }
    None
}

fn check_range(value: i64, allowed: Range<i64>) -> Option<String> {
    (!allowed.contains(&value)).then(|| {
        format!(
            "{value} is out of range: {} to {}",
            allowed.start,
            allowed.end - 1
        )
    })
}

/// Where in a protocol a problem is.
enum Field {
    Top(&'static str),
    Grace(Category),
    Rule(usize, &'static str),
}

impl Field {
    fn describe(&self, protocol: &Protocol) -> String {
        match self {
            Field::Top(name) => (*name).to_string(),
            Field::Grace(category) => format!("grace_hours.{category}"),
            Field::Rule(index, name) => {
                let rule = &protocol.rules[*index];
                if check_key(&rule.key).is_none() {
                    format!("rule `{}`, {name}", rule.key)
                } else {
                    format!("rule #{}, {name}", index + 1)
                }
            }
        }
    }
}

/// The few fields read before the rest, so that a file from a newer app gets "newer format"
/// rather than a list of unknown fields.
#[derive(Deserialize)]
struct Head {
    format: Option<u32>,
}

fn check_format(head: Result<Head>) -> Result<()> {
    let problem = match head?.format {
        Some(FORMAT) => return Ok(()),
        Some(newer) if newer > FORMAT => {
            format!("format {newer} is newer than this app understands ({FORMAT}); update the app")
        }
        Some(other) => format!("format {other} is not supported; this app reads format {FORMAT}"),
        None => format!("missing field `format` (this app reads format {FORMAT})"),
    };
    Err(Error::InvalidProtocol {
        problems: vec![Problem {
            line: None,
            field: "format".into(),
            message: problem,
        }],
    })
}

fn toml_problem(source: &str, error: &toml::de::Error) -> Error {
    Error::InvalidProtocol {
        problems: vec![Problem {
            line: error.span().map(|span| line_at(source, span.start)),
            field: String::new(),
            message: error.message().trim().to_string(),
        }],
    }
}

fn json_problem(error: &serde_json::Error) -> Error {
    Error::InvalidProtocol {
        problems: vec![Problem {
            line: Some(error.line()),
            field: String::new(),
            message: error.to_string(),
        }],
    }
}

/// The line of a field in the TOML source, found again only when there is a problem to report.
fn toml_line(source: &str, field: &Field) -> Option<usize> {
    let root = toml::de::DeTable::parse(source).ok()?;
    let root = root.get_ref();
    let found = match field {
        Field::Top(path) => {
            let mut names = path.split('.');
            let mut found = root.get(names.next()?)?;
            for name in names {
                match found.get_ref().get(name) {
                    Some(inner) => found = inner,
                    None => break,
                }
            }
            Some(found.span())
        }
        Field::Grace(category) => {
            let grace = root.get("grace_hours")?;
            Some(
                grace
                    .get_ref()
                    .get(category.as_str())
                    .unwrap_or(grace)
                    .span(),
            )
        }
        Field::Rule(index, name) => {
            let rule = root.get("rule")?.get_ref().get(*index)?;
            Some(rule.get_ref().get(*name).unwrap_or(rule).span())
        }
    };
    found.map(|span| line_at(source, span.start))
}

fn line_at(source: &str, offset: usize) -> usize {
    source.as_bytes()[..offset.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(source: &str) -> Vec<Problem> {
        match Protocol::from_toml(source) {
            Err(Error::InvalidProtocol { problems }) => problems,
            other => panic!("expected an invalid protocol, got {other:?}"),
        }
    }

    fn seed_with(edit: impl Fn(&str) -> String) -> String {
        edit(BUNDLED[0].1)
    }

    #[test]
    fn bundled_protocols_are_valid() {
        for (id, source) in BUNDLED {
            let protocol = Protocol::from_toml(source)
                .unwrap_or_else(|e| panic!("bundled protocol {id} must load: {e}"));
            assert_eq!(protocol.id, id, "a bundled protocol is found by its own id");
        }
    }

    #[test]
    fn toml_and_json_round_trip_to_the_same_protocol() {
        let seed = Protocol::seed();
        assert_eq!(
            Protocol::from_toml(&seed.to_toml()).unwrap(),
            seed,
            "TOML must round-trip"
        );
        assert_eq!(
            Protocol::from_json(&seed.to_json()).unwrap(),
            seed,
            "JSON must round-trip"
        );
    }

    #[test]
    fn unknown_field_names_the_field_and_its_line() {
        let source = seed_with(|s| {
            s.replacen(
                "key = \"keep-dry\"",
                "key = \"keep-dry\"\ncolour = \"red\"",
                1,
            )
        });
        let problems = problems(&source);
        let expected_line = source
            .lines()
            .position(|l| l.starts_with("colour"))
            .unwrap()
            + 1;
        assert_eq!(
            problems[0].line,
            Some(expected_line),
            "the line of the unknown field: {problems:?}"
        );
        assert!(
            problems[0].message.contains("colour"),
            "the message names the field: {problems:?}"
        );
    }

    #[test]
    fn missing_field_is_named() {
        let source = seed_with(|s| s.replacen("title = \"Keep your scalp dry\"\n", "", 1));
        let problems = problems(&source);
        assert!(
            problems[0].message.contains("missing field `title`"),
            "{problems:?}"
        );
        assert!(
            problems[0].line.is_some(),
            "the rule's line is given: {problems:?}"
        );
    }

    #[test]
    fn window_ending_before_it_starts_is_located() {
        let source = seed_with(|s| s.replacen("days = [0, 3]", "days = [3, 1]", 1));
        let problems = problems(&source);
        let expected_line = source.lines().position(|l| l == "days = [3, 1]").unwrap() + 1;
        assert_eq!(problems.len(), 1, "exactly one problem: {problems:?}");
        assert_eq!(problems[0].line, Some(expected_line), "{problems:?}");
        assert_eq!(problems[0].field, "rule `keep-dry`, days");
        assert!(
            problems[0]
                .message
                .contains("ends on day 1, before it starts on day 3"),
            "{problems:?}"
        );
    }

    #[test]
    fn every_problem_of_a_file_is_reported_at_once() {
        let source = seed_with(|s| {
            s.replacen("days = [0, 3]", "days = [0, 99999]", 1)
                .replacen("key = \"wash-ok\"", "key = \"keep-dry\"", 1)
        });
        let problems = problems(&source);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("day 99999 is out of range")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("used by an earlier rule")),
            "{problems:?}"
        );
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let source = seed_with(|s| s.replacen("key = \"wash-ok\"", "key = \"keep-dry\"", 1));
        let problems = problems(&source);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("`keep-dry` is used by an earlier rule")),
            "{problems:?}"
        );
    }

    #[test]
    fn oversized_text_is_refused() {
        let long = "x".repeat(limits::TITLE_CHARS + 1);
        let source = seed_with(|s| {
            s.replacen(
                "title = \"Keep your scalp dry\"",
                &format!("title = \"{long}\""),
                1,
            )
        });
        let problems = problems(&source);
        assert!(
            problems[0].message.contains("101 characters; at most 100"),
            "{problems:?}"
        );
    }

    #[test]
    fn absurd_day_numbers_are_refused() {
        let source = seed_with(|s| s.replacen("days = [0, 3]", "days = [-500, 3]", 1));
        assert!(
            problems(&source)[0]
                .message
                .contains("day -500 is out of range")
        );
    }

    #[test]
    fn a_daily_rule_cannot_flood_the_schedule() {
        let source = seed_with(|s| s.replacen("days = [0, 3]", "days = [0, 3000]", 1));
        assert!(
            problems(&source)[0]
                .message
                .contains("occurrences; at most 400")
        );
    }

    #[test]
    fn a_newer_format_is_named_as_such() {
        let source = seed_with(|s| s.replacen("format = 1", "format = 2", 1));
        assert!(problems(&source)[0].message.contains("format 2 is newer"));
    }

    #[test]
    fn lifting_an_unknown_rule_is_refused() {
        let source = seed_with(|s| s.replacen("lifts = \"keep-dry\"", "lifts = \"keep-drier\"", 1));
        assert!(
            problems(&source)[0]
                .message
                .contains("`keep-drier` is not the key of a rule")
        );
    }

    #[test]
    fn a_bad_time_of_day_is_explained() {
        let source = seed_with(|s| s.replacen("at = \"18:00\"", "at = \"6pm\"", 1));
        assert!(
            problems(&source)[0]
                .message
                .contains("`6pm` is not \"digest\", \"morning\", \"uv\" or a time of day")
        );
    }

    #[test]
    fn json_problems_carry_the_line() {
        let error = Protocol::from_json("{\n\"format\": 1,\n\"id\": 7\n}").unwrap_err();
        let Error::InvalidProtocol { problems } = error else {
            panic!("{error:?}")
        };
        assert_eq!(
            problems[0].line,
            Some(3),
            "serde_json locates the bad value: {problems:?}"
        );
    }
}
