//! Reading a protocol and checking it whole: everything its types cannot say (windows, limits,
//! texts, keys, references), each problem named by field and, in a file, by line.

use std::ops::Range;

use serde::Deserialize;

use super::{At, Category, FORMAT, Kind, Protocol, Rule, limits};
use crate::error::{Error, Problem, Result};
use crate::locale::Message;

impl Protocol {
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

    /// Checks everything the types cannot: windows, limits, texts, keys and references.
    pub fn validate(&self) -> Result<()> {
        self.validate_located(|_| None)
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
                field: Some(field.describe(self)),
                message,
            })
            .collect();
        Err(Error::InvalidProtocol { problems })
    }

    fn problems(&self) -> Vec<(Field, Message)> {
        let mut found = Vec::new();
        let mut top = |name: &'static str, problem: Option<Message>| {
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
            if let Some(phone) = &studio.phone {
                top("studio.phone", check_phone(phone));
            }
            if let Some(email) = &studio.email {
                top("studio.email", check_email(email));
            }
            if let Some(website) = &studio.website {
                top("studio.website", check_website(website));
            }
            if let Some(social) = &studio.social {
                top("studio.social", check_handle(social));
            }
        }
        top("language", check_language(&self.language));
        for (tag, text) in &self.translations {
            let problem = self
                .check_translation(tag)
                .or_else(|| check_text(&text.name, limits::NAME_CHARS, false))
                .or_else(|| {
                    let description = text.description.as_deref()?;
                    check_text(description, limits::DESCRIPTION_CHARS, true)
                });
            top(
                "translations",
                problem.map(|message| in_translation(tag, message)),
            );
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
                    Message::new("problem-grace").number("max", limits::GRACE_HOURS),
                ));
            }
        }
        if self.rules.is_empty() {
            found.push((Field::Top("rule"), Message::new("problem-no-rules")));
        }
        if self.rules.len() > limits::RULES {
            found.push((
                Field::Top("rule"),
                Message::new("problem-too-many-rules")
                    .number("count", self.rules.len())
                    .number("max", limits::RULES),
            ));
        }
        for (index, rule) in self.rules.iter().enumerate() {
            for (field, message) in self.rule_problems(index, rule) {
                found.push((Field::Rule(index, field), message));
            }
        }
        found
    }

    fn rule_problems(&self, index: usize, rule: &Rule) -> Vec<(&'static str, Message)> {
        let mut found = Vec::new();
        let mut check = |field: &'static str, problem: Option<Message>| {
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
                Some(Message::new("problem-key-taken").arg("key", rule.key.as_str())),
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
                .then(|| Message::new("problem-uv-not-sun")),
        );
        check("title", check_text(&rule.title, limits::TITLE_CHARS, false));
        check("body", check_text(&rule.body, limits::BODY_CHARS, true));
        if let Some(source) = &rule.source {
            check("source", check_text(source, limits::SOURCE_CHARS, false));
        }
        for (tag, text) in &rule.translations {
            let problem = self
                .check_translation(tag)
                .or_else(|| check_text(&text.title, limits::TITLE_CHARS, false))
                .or_else(|| check_text(&text.body, limits::BODY_CHARS, true));
            check(
                "translations",
                problem.map(|message| in_translation(tag, message)),
            );
        }
        found
    }

    /// A translation's language: a language tag, other than the protocol's own.
    fn check_translation(&self, tag: &str) -> Option<Message> {
        check_language(tag).or_else(|| {
            (tag == self.language).then(|| Message::new("problem-translation-own-language"))
        })
    }

    fn check_lifts(&self, rule: &Rule) -> Option<Message> {
        let lifted_key = rule.lifts.as_deref()?;
        if rule.kind != Kind::Allowed {
            return Some(Message::new("problem-lifts-not-allowed"));
        }
        let Some(lifted) = self.rule(lifted_key) else {
            return Some(Message::new("problem-lifts-unknown").arg("key", lifted_key));
        };
        if lifted.kind != Kind::Avoid {
            return Some(Message::new("problem-lifts-not-avoid").arg("key", lifted_key));
        }
        if lifted.from == rule.from && rule.start() <= lifted.end() {
            return Some(
                Message::new("problem-lifts-overlap")
                    .arg("from", rule.start().to_string())
                    .arg("key", lifted_key)
                    .arg("until", lifted.end().to_string()),
            );
        }
        None
    }
}

fn check_window(rule: &Rule) -> Option<Message> {
    let [start, end] = rule.days;
    for day in [start, end] {
        if !(limits::FIRST_DAY..=limits::LAST_DAY).contains(&day) {
            return Some(
                Message::new("problem-day-out-of-range")
                    .arg("day", day.to_string())
                    .arg("first", limits::FIRST_DAY.to_string())
                    .arg("last", limits::LAST_DAY.to_string()),
            );
        }
    }
    if end < start {
        return Some(
            Message::new("problem-window-backwards")
                .arg("end", end.to_string())
                .arg("start", start.to_string()),
        );
    }
    let daily = matches!(rule.at, At::Digest | At::Uv) || rule.repeats();
    let occurrences = (end - start) / rule.step() + 1;
    if daily && occurrences > limits::OCCURRENCES {
        return Some(
            Message::new("problem-occurrences")
                .number("count", occurrences)
                .number("max", limits::OCCURRENCES),
        );
    }
    None
}

/// A BCP 47 language tag such as `en`, `es` or `pt-BR`.
fn check_language(tag: &str) -> Option<Message> {
    let readable = tag.len() <= 16 && tag.parse::<icu_locale_core::LanguageIdentifier>().is_ok();
    (!readable).then(|| Message::new("problem-language-tag").arg("tag", tag))
}

fn check_key(key: &str) -> Option<Message> {
    let well_formed = !key.is_empty()
        && key.len() <= limits::KEY_CHARS
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !key.starts_with('-');
    (!well_formed).then(|| {
        Message::new("problem-key")
            .arg("key", key)
            .number("max", limits::KEY_CHARS)
    })
}

fn check_text(text: &str, max_chars: usize, multiline: bool) -> Option<Message> {
    let chars = text.chars().count();
    if text.trim().is_empty() && !multiline {
        return Some(Message::new("problem-empty"));
    }
    if chars > max_chars {
        return Some(
            Message::new("problem-too-long")
                .number("count", chars)
                .number("max", max_chars),
        );
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(multiline && c == '\n'))
    {
        return Some(Message::new("problem-control-character"));
    }
    None
}

/// A number a dialler takes: digits with spaces, dashes or brackets, `+` only in front.
fn check_phone(phone: &str) -> Option<Message> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    let well_formed = phone.chars().count() <= limits::PHONE_CHARS
        && limits::PHONE_DIGITS.contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')'));
    (!well_formed).then(|| Message::new("problem-phone").arg("value", phone))
}

/// `name@example.com`: one `@`, a dotted domain, nothing a mail link would have to escape.
fn check_email(email: &str) -> Option<Message> {
    let plain = |part: &str| {
        !part.is_empty()
            && part
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | '+'))
    };
    let well_formed = email.chars().count() <= limits::CONTACT_CHARS
        && email.split_once('@').is_some_and(|(local, domain)| {
            plain(local)
                && plain(domain)
                && domain.split('.').count() > 1
                && domain.split('.').all(|label| !label.is_empty())
        });
    (!well_formed).then(|| Message::new("problem-email").arg("value", email))
}

/// An `https://` address with a dotted host, nothing a link would have to escape.
fn check_website(website: &str) -> Option<Message> {
    let host = website
        .strip_prefix("https://")
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    let well_formed = website.chars().count() <= limits::CONTACT_CHARS
        && host.is_some_and(|host| {
            host.contains('.') && !host.starts_with('.') && !host.ends_with('.')
        })
        && website.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(c, '"' | '<' | '>' | '\\' | '^' | '`' | '{' | '|' | '}')
        });
    (!well_formed).then(|| Message::new("problem-website").arg("value", website))
}

/// `@inkstudio`: letters, digits, dots, dashes and underscores.
fn check_handle(handle: &str) -> Option<Message> {
    let name = handle.strip_prefix('@').unwrap_or(handle);
    let well_formed = !name.is_empty()
        && handle.chars().count() <= limits::HANDLE_CHARS
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
    (!well_formed).then(|| Message::new("problem-handle").arg("value", handle))
}

fn check_range(value: i64, allowed: Range<i64>) -> Option<Message> {
    (!allowed.contains(&value)).then(|| {
        Message::new("problem-out-of-range")
            .arg("value", value.to_string())
            .arg("first", allowed.start.to_string())
            .arg("last", (allowed.end - 1).to_string())
    })
}

/// A translation's problem, prefixed with its language tag.
fn in_translation(tag: &str, message: Message) -> Message {
    Message::new("problem-in-translation")
        .arg("tag", tag)
        .message("message", message)
}

/// Where in a protocol a problem is.
enum Field {
    Top(&'static str),
    Grace(Category),
    Rule(usize, &'static str),
}

impl Field {
    fn describe(&self, protocol: &Protocol) -> Message {
        match self {
            Field::Top(name) => Message::new("problem-in").arg("field", *name),
            Field::Grace(category) => {
                Message::new("problem-in").arg("field", format!("grace_hours.{category}"))
            }
            Field::Rule(index, name) => {
                let rule = &protocol.rules[*index];
                if check_key(&rule.key).is_none() {
                    Message::new("problem-in-rule")
                        .arg("key", rule.key.as_str())
                        .arg("field", *name)
                } else {
                    Message::new("problem-in-rule-number")
                        .number("number", index + 1)
                        .arg("field", *name)
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
            Message::new("problem-format-newer").number("found", newer)
        }
        Some(other) => Message::new("problem-format-unknown").number("found", other),
        None => Message::new("problem-format-missing"),
    }
    .number("reads", FORMAT);
    Err(Error::InvalidProtocol {
        problems: vec![Problem {
            line: None,
            field: Some(Message::new("problem-in").arg("field", "format")),
            message: problem,
        }],
    })
}

fn toml_problem(source: &str, error: &toml::de::Error) -> Error {
    Error::InvalidProtocol {
        problems: vec![Problem {
            line: error.span().map(|span| line_at(source, span.start)),
            field: None,
            message: Message::new("problem-syntax").arg("detail", error.message().trim()),
        }],
    }
}

fn json_problem(error: &serde_json::Error) -> Error {
    Error::InvalidProtocol {
        problems: vec![Problem {
            line: Some(error.line()),
            field: None,
            message: Message::new("problem-syntax").arg("detail", error.to_string()),
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
