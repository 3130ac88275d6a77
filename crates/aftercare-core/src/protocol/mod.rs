//! The aftercare protocol as data: rules with day windows, read from TOML or JSON and validated.
//!
//! Clinics disagree on the days (wash from day 3 or day 6, pools after a week or a month), so
//! nothing about them is code: a protocol file says what to avoid, what is allowed again and what
//! to do, counted from which session, and when the reminder goes out. The default ships embedded.

use std::fmt;
use std::str::FromStr;

use std::collections::BTreeMap;

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Problem, Result};
use crate::locale::Message;

mod check;
pub mod compare;
mod languages;
pub mod share;

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
    /// A studio's address or other free text; an e-mail address; a website.
    pub const CONTACT_CHARS: usize = 120;
    /// A phone number as written, and the digits it may hold (E.164 has at most 15).
    pub const PHONE_CHARS: usize = 30;
    pub const PHONE_DIGITS: std::ops::RangeInclusive<usize> = 3..=15;
    /// A social media handle.
    pub const HANDLE_CHARS: usize = 40;
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
    /// The title and body in other languages, by language tag (`es`, `pt-BR`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, RuleText>,
}

/// A rule's words in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleText {
    pub title: String,
    pub body: String,
}

/// A protocol's name and description in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProtocolText {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
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

/// Who gives a protocol, and how the client reaches them. The phone, e-mail address and website
/// open only when the client taps them (`links`); the rest is shown as text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Studio {
    pub name: String,
    /// Free text: a street address, opening hours; what protocols before the fields below held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// `+44 20 7946 0000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// `https://…` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// A social media handle, `@inkstudio`: shown, not opened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub social: Option<String>,
}

/// One way to reach a studio that the device opens: the dialler, the mail app, the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub kind: LinkKind,
    /// `tel:+442079460000`, `mailto:…`, `https://…`.
    pub uri: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LinkKind {
    Phone,
    Email,
    Website,
}

impl Studio {
    /// Every way to reach the studio, as written: phone, e-mail, website, handle, free text.
    pub fn reach(&self) -> Vec<&str> {
        [
            &self.phone,
            &self.email,
            &self.website,
            &self.social,
            &self.contact,
        ]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect()
    }

    /// What the device can open, from fields the protocol's check has accepted.
    pub fn links(&self) -> Vec<Link> {
        let link = |kind, uri: String| Link { kind, uri };
        let phone = self.phone.as_ref().map(|phone| {
            let dialled: String = phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect();
            link(LinkKind::Phone, format!("tel:{dialled}"))
        });
        let email =
            (self.email.as_ref()).map(|email| link(LinkKind::Email, format!("mailto:{email}")));
        let website = (self.website.as_ref()).map(|site| link(LinkKind::Website, site.clone()));
        [phone, email, website].into_iter().flatten().collect()
    }
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
    /// The language the protocol is written in (its name, description, titles and bodies).
    #[serde(default = "english", skip_serializing_if = "is_english")]
    pub language: String,
    /// The name and description in other languages, by language tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, ProtocolText>,
}

fn english() -> String {
    "en".to_string()
}

fn is_english(language: &str) -> bool {
    language == "en"
}

/// Where a protocol comes from: one the app ships, by id, or the text the artist gave (a file,
/// a share code or a link), by the name it came under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source<'a> {
    Bundled(&'a str),
    Text { name: &'a str, text: &'a str },
}

impl Source<'_> {
    /// The protocol, checked whole, and the origin it is stored with: `bundled`, or the name.
    pub fn read(self) -> Result<(Protocol, String)> {
        match self {
            Source::Bundled(id) => {
                let protocol = Protocol::bundled(id).ok_or_else(|| Error::InvalidProtocol {
                    problems: vec![Problem {
                        line: None,
                        field: None,
                        message: Message::new("problem-not-bundled").arg("id", id),
                    }],
                })?;
                Ok((protocol, "bundled".to_string()))
            }
            Source::Text { name, text } => Ok((share::import(text)?, name.to_string())),
        }
    }
}

/// The protocols that ship inside the app, as their TOML source.
pub const BUNDLED: [(&str, &str); 2] = [
    ("seed", include_str!("../../protocols/seed.toml")),
    ("strict", include_str!("../../protocols/strict.toml")),
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

    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a protocol is plain data and always serializes")
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a protocol is plain data and always serializes")
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Locale;

    fn problems(source: &str) -> Vec<Problem> {
        match Protocol::from_toml(source) {
            Err(Error::InvalidProtocol { problems }) => problems,
            other => panic!("expected an invalid protocol, got {other:?}"),
        }
    }

    fn seed_with(edit: impl Fn(&str) -> String) -> String {
        edit(BUNDLED[0].1)
    }

    fn locale(tag: &str) -> Locale {
        tag.parse().unwrap()
    }

    #[test]
    fn a_client_reads_the_protocol_in_their_language_else_in_its_own() {
        let seed = Protocol::seed();
        let wash = |protocol: &Protocol| protocol.rule("wash-ok").unwrap().title.clone();
        assert_eq!(
            wash(&seed.in_language(locale("es-MX"))),
            seed.rule("wash-ok").unwrap().translations["es"].title,
            "a Mexican client reads the Spanish text"
        );
        assert_ne!(
            seed.in_language(locale("fr")).name,
            seed.name,
            "the name is translated too"
        );
        let mut english_only = seed.clone();
        english_only.translations.clear();
        for rule in &mut english_only.rules {
            rule.translations.remove("tr");
        }
        assert_eq!(
            wash(&english_only.in_language(locale("tr"))),
            wash(&seed),
            "without Turkish, the protocol's own words"
        );
        assert_eq!(english_only.in_language(locale("tr")).name, seed.name);
    }

    #[test]
    fn an_artist_writes_in_spanish_with_an_english_fallback() {
        let mut protocol = Protocol::seed();
        protocol.language = "es".into();
        for rule in &mut protocol.rules {
            let spanish = rule.translations.remove("es").unwrap();
            let english = RuleText {
                title: std::mem::replace(&mut rule.title, spanish.title),
                body: std::mem::replace(&mut rule.body, spanish.body),
            };
            rule.translations = [("en".to_string(), english)].into();
        }
        protocol.translations.clear();
        protocol
            .validate()
            .expect("a protocol may be written in Spanish");
        let wash = |tag| {
            protocol
                .in_language(locale(tag))
                .rule("wash-ok")
                .unwrap()
                .title
                .clone()
        };
        assert_eq!(
            wash("en-GB"),
            Protocol::seed().rule("wash-ok").unwrap().title,
            "English from its translation"
        );
        assert_eq!(
            wash("es"),
            protocol.rule("wash-ok").unwrap().title,
            "Spanish, its own"
        );
        assert_eq!(
            wash("fr"),
            protocol.rule("wash-ok").unwrap().title,
            "no French: its own, Spanish"
        );
    }

    #[test]
    fn an_artist_edits_in_their_own_language_and_loses_nothing() {
        let seed = Protocol::seed();
        let french = seed.written_in(locale("fr-CA"));
        assert_eq!(french.language, "fr", "French becomes the protocol's own");
        assert_eq!(
            french.rule("wash-ok").unwrap().title,
            seed.rule("wash-ok").unwrap().translations["fr"].title,
            "the artist edits the French words"
        );
        french.validate().expect("still a valid protocol");
        for tag in ["en", "es", "fr", "pt-BR", "tr"] {
            let read = |protocol: &Protocol| {
                let protocol = protocol.in_language(locale(tag));
                let texts = protocol
                    .rules
                    .iter()
                    .map(|r| (r.title.clone(), r.body.clone()));
                (protocol.name.clone(), texts.collect::<Vec<_>>())
            };
            assert!(
                read(&french) == read(&seed),
                "{tag}: every text reads as before"
            );
        }
    }

    #[test]
    fn a_translation_needs_a_language_tag_other_than_the_protocol_s_own() {
        let bad = seed_with(|s| {
            s.replacen(
                "[rule.translations.es]",
                "[rule.translations.\"not a tag\"]",
                1,
            )
        });
        let found = problems(&bad);
        assert!(
            found.iter().any(|p| p
                .field
                .as_ref()
                .is_some_and(|f| f.to_string().ends_with("translations"))
                && p.message.to_string().contains("not a tag")),
            "the field and the tag are named: {found:?}"
        );
        let own = seed_with(|s| s.replacen("[rule.translations.es]", "[rule.translations.en]", 1));
        assert!(
            problems(&own).iter().any(|p| p
                .message
                .to_string()
                .contains("written in this language already")),
            "English is the protocol's own language"
        );
        let unknown = seed_with(|s| {
            s.replacen(
                "[rule.translations.es]\ntitle",
                "[rule.translations.es]\nheading",
                1,
            )
        });
        assert!(
            Protocol::from_toml(&unknown).is_err(),
            "a translation holds a title and a body, nothing else"
        );
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
            problems[0].message.to_string().contains("colour"),
            "the message names the field: {problems:?}"
        );
    }

    #[test]
    fn missing_field_is_named() {
        let source = seed_with(|s| s.replacen("title = \"Keep your scalp dry\"\n", "", 1));
        let problems = problems(&source);
        assert!(
            problems[0]
                .message
                .to_string()
                .contains("missing field `title`"),
            "{problems:?}"
        );
        assert!(
            problems[0].line.is_some(),
            "the rule's line is given: {problems:?}"
        );
    }

    fn with_studio(lines: &str) -> String {
        seed_with(|s| {
            s.replacen(
                "min_days_between_sessions = 5\n",
                &format!(
                    "min_days_between_sessions = 5\n\n[studio]\nname = \"Ink Studio\"\n{lines}\n"
                ),
                1,
            )
        })
    }

    #[test]
    fn a_studio_s_phone_e_mail_and_website_become_links_only_the_device_opens() {
        let source = with_studio(
            "phone = \"+44 (20) 7946-0000\"\nemail = \"hello@ink.example\"\nwebsite = \"https://ink.example/aftercare\"\nsocial = \"@inkstudio\"",
        );
        let studio = Protocol::from_toml(&source).unwrap().studio.unwrap();
        let links = studio.links();
        let uris: Vec<&str> = links.iter().map(|l| l.uri.as_str()).collect();
        assert_eq!(
            uris,
            [
                "tel:+442079460000",
                "mailto:hello@ink.example",
                "https://ink.example/aftercare"
            ],
            "the dialler gets digits, the mail app the address, the browser the page"
        );
        assert_eq!(studio.social.as_deref(), Some("@inkstudio"));
    }

    #[test]
    fn a_protocol_with_only_free_text_contact_still_reads() {
        let source = with_studio("contact = \"12 High Street, open Tue-Sat\"");
        let studio = Protocol::from_toml(&source).unwrap().studio.unwrap();
        assert!(
            studio.links().is_empty() && studio.contact.is_some(),
            "older protocols' contact is shown as text, never opened"
        );
    }

    #[test]
    fn invalid_contacts_are_refused_with_the_field_named() {
        for (line, field) in [
            ("phone = \"call me maybe\"", "studio.phone"),
            ("phone = \"12\"", "studio.phone"),
            ("phone = \"44+20\"", "studio.phone"),
            ("email = \"hello at ink\"", "studio.email"),
            ("email = \"a@b\"", "studio.email"),
            ("website = \"http://ink.example\"", "studio.website"),
            ("website = \"javascript:alert(1)\"", "studio.website"),
            (
                "website = \"https://ink.example/<script>\"",
                "studio.website",
            ),
            ("social = \"@ink studio\"", "studio.social"),
        ] {
            let found = problems(&with_studio(line));
            assert!(
                found
                    .iter()
                    .any(|p| p.field.as_ref().is_some_and(|f| f.to_string() == field)),
                "{line}: refused, naming {field}: {found:?}"
            );
        }
    }

    #[test]
    fn window_ending_before_it_starts_is_located() {
        let source = seed_with(|s| s.replacen("days = [0, 3]", "days = [3, 1]", 1));
        let problems = problems(&source);
        let expected_line = source.lines().position(|l| l == "days = [3, 1]").unwrap() + 1;
        assert_eq!(problems.len(), 1, "exactly one problem: {problems:?}");
        assert_eq!(problems[0].line, Some(expected_line), "{problems:?}");
        assert_eq!(
            problems[0]
                .field
                .as_ref()
                .map(ToString::to_string)
                .as_deref(),
            Some("rule `keep-dry`, days"),
            "the rule is named by its key"
        );
        assert!(
            problems[0]
                .message
                .to_string()
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
                .any(|p| p.message.to_string().contains("day 99999 is out of range")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.message.to_string().contains("used by an earlier rule")),
            "{problems:?}"
        );
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let source = seed_with(|s| s.replacen("key = \"wash-ok\"", "key = \"keep-dry\"", 1));
        let problems = problems(&source);
        assert!(
            problems.iter().any(|p| p
                .message
                .to_string()
                .contains("`keep-dry` is used by an earlier rule")),
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
            problems[0]
                .message
                .to_string()
                .contains("101 characters; at most 100"),
            "{problems:?}"
        );
    }

    #[test]
    fn absurd_day_numbers_are_refused() {
        let source = seed_with(|s| s.replacen("days = [0, 3]", "days = [-500, 3]", 1));
        assert!(
            problems(&source)[0]
                .message
                .to_string()
                .contains("day -500 is out of range")
        );
    }

    #[test]
    fn a_daily_rule_cannot_flood_the_schedule() {
        let source = seed_with(|s| s.replacen("days = [0, 3]", "days = [0, 3000]", 1));
        assert!(
            problems(&source)[0]
                .message
                .to_string()
                .contains("occurrences; at most 400")
        );
    }

    #[test]
    fn a_newer_format_is_named_as_such() {
        let source = seed_with(|s| s.replacen("format = 1", "format = 2", 1));
        assert!(
            problems(&source)[0]
                .message
                .to_string()
                .contains("format 2 is newer")
        );
    }

    #[test]
    fn lifting_an_unknown_rule_is_refused() {
        let source = seed_with(|s| s.replacen("lifts = \"keep-dry\"", "lifts = \"keep-drier\"", 1));
        assert!(
            problems(&source)[0]
                .message
                .to_string()
                .contains("`keep-drier` is not the key of a rule")
        );
    }

    #[test]
    fn a_bad_time_of_day_is_explained() {
        let source = seed_with(|s| s.replacen("at = \"18:00\"", "at = \"6pm\"", 1));
        assert!(
            problems(&source)[0]
                .message
                .to_string()
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
