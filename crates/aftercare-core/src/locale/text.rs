//! The message catalog: every text the client reads, in Project Fluent, one bundle a language,
//! English behind every other as the fallback. The UI reads the same files (`page::ui_catalog`).

use std::cell::Cell;
use std::sync::OnceLock;

use chrono::NaiveDate;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumberOptions;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::PatternElement;

use super::{Language, Locale};

pub use fluent_bundle::FluentValue as Value;

/// The catalog's files, by area; each language has every one.
macro_rules! catalog {
    ($($file:literal),* $(,)?) => {
        /// The files' names, in the order of each language's sources.
        const FILES: &[&str] = &[$($file),*];
        /// Each language's files, in [`Language::ALL`]'s order.
        const SOURCES: [&[&str]; 5] = [
            &[$(include_str!(concat!("../../locales/en/", $file, ".ftl"))),*],
            &[$(include_str!(concat!("../../locales/es/", $file, ".ftl"))),*],
            &[$(include_str!(concat!("../../locales/fr/", $file, ".ftl"))),*],
            &[$(include_str!(concat!("../../locales/pt-BR/", $file, ".ftl"))),*],
            &[$(include_str!(concat!("../../locales/tr/", $file, ".ftl"))),*],
        ];
    };
}
catalog!(
    "core", "errors", "shell", "cli", "ui", "today", "timeline", "journal", "sessions", "share",
    "settings", "welcome",
);

type Bundle = FluentBundle<FluentResource>;

/// Where a language sits in the per-language tables ([`Language::ALL`]'s order).
pub(super) fn index(language: Language) -> usize {
    Language::ALL
        .iter()
        .position(|shipped| *shipped == language)
        .expect("ALL lists every language")
}

/// The files whose messages only Rust writes: error messages (the UI shows them as Rust wrote
/// them), notifications' channels and actions, the command line's output.
pub(super) const RUST_ONLY: [&str; 3] = ["errors", "shell", "cli"];

/// A language's files, each by name.
pub(super) fn sources(language: Language) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES
        .iter()
        .copied()
        .zip(SOURCES[index(language)].iter().copied())
}

fn bundle(language: Language) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 5] = [const { OnceLock::new() }; 5];
    BUNDLES[index(language)].get_or_init(|| {
        let tag = Locale::from(language).tag();
        let mut bundle = Bundle::new_concurrent(vec![tag.parse().expect("shipped tags parse")]);
        // Notifications and the terminal show Unicode isolation marks as boxes; no shipped
        // language is written right to left.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(counted));
        bundle
            .add_builtins()
            .expect("NUMBER is added to a new bundle once");
        for source in SOURCES[index(language)] {
            let resource = FluentResource::try_new((*source).to_string())
                .expect("the catalog parses: tests/catalog checks every file");
            bundle
                .add_resource(resource)
                .expect("no message is defined twice: tests/catalog checks every file");
        }
        bundle
    })
}

thread_local! {
    /// The locale of the message being written. Fluent's number hook is told only the value,
    /// and a bundle is a language's where the region decides the grouping (`1.461` in Spain's
    /// Spanish, `1,461` in Mexico's).
    static WRITING: Cell<Locale> = Cell::new(Locale::default());
}

/// Fluent's hook for the numbers it writes: a whole number of 1,000 or more, or below zero,
/// written by ICU4X as the client's locale writes it (`in 1,461 days`), as the screens write a
/// count. `None` leaves Fluent's own digits: to a count from 0 to 999, which every shipped
/// locale writes as its digits (a test checks), and to a number with options (the UV index's
/// one decimal, which only the page writes). Numbers that are values rather than counts reach
/// Fluent as text (`Message::arg`).
fn counted<M>(value: &Value, _: &M) -> Option<String> {
    let Value::Number(number) = value else {
        return None;
    };
    // Most numbers are a session's or a day's: the cheapest test first.
    if (0.0..1000.0).contains(&number.value)
        || number.value.fract() != 0.0
        || number.options != FluentNumberOptions::default()
    {
        return None;
    }
    Some(WRITING.get().count(number.value as i64))
}

fn format(language: Language, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let bundle = bundle(language);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    // Room for the text and its variables up front: the schedule writes hundreds of messages,
    // and growing each string as Fluent wrote it took a tenth of the schedule's time.
    let room = pattern
        .elements
        .iter()
        .map(|element| match element {
            PatternElement::TextElement { value } => value.len(),
            PatternElement::Placeable { .. } => 16,
        })
        .sum();
    let mut text = String::with_capacity(room);
    bundle
        .write_pattern(&mut text, pattern, args, &mut errors)
        .ok()?;
    errors.is_empty().then_some(text)
}

impl Locale {
    /// The catalog's message `id` in this language, else in English.
    pub fn text(&self, id: &str) -> String {
        self.text_with(id, [])
    }

    /// The message `id` with its variables: `[("days", 3.into())]`.
    pub fn text_with<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, Value<'a>)>,
    ) -> String {
        let args: FluentArgs<'a> = args.into_iter().collect();
        let args = args.iter().next().is_some().then_some(&args);
        WRITING.set(*self);
        format(self.language, id, args)
            .or_else(|| format(Language::English, id, args))
            .unwrap_or_else(|| {
                debug_assert!(false, "`{id}` is missing from the English catalog");
                id.to_string()
            })
    }
}

/// A catalog message and its variables, kept until it is shown, when the language is known: what
/// an error says. Shown in English by `Display`, for logs and tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Arg {
    Text(String),
    Number(i64),
    Message(Box<Message>),
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// With a text variable: a value the client typed, a path, a key; a number that is a value
    /// or a name rather than a count (a day in a protocol file, a year, a line, an id), so that
    /// it reads as typed, its digits never grouped.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// With a count, which selects plurals and is grouped as the locale groups digits.
    #[must_use]
    pub fn number(mut self, name: &'static str, value: impl TryInto<i64>) -> Message {
        let value = value.try_into().unwrap_or(i64::MAX);
        self.args.push((name, Arg::Number(value)));
        self
    }

    /// With another message as a variable, put into words in the same language.
    #[must_use]
    pub fn message(mut self, name: &'static str, value: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// In the locale's language.
    pub fn in_locale(&self, locale: &Locale) -> String {
        let args: Vec<(&str, Value<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => Value::from(text.as_str()),
                    Arg::Number(number) => Value::from(*number),
                    Arg::Message(message) => Value::from(message.in_locale(locale)),
                };
                (*name, value)
            })
            .collect();
        locale.text_with(self.id, args)
    }
}

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_locale(&Locale::default()))
    }
}

impl Locale {
    /// Where a date stands: `Session 1 · day 3`, or `2 days before session 1`.
    pub fn position(&self, session: usize, day: i64) -> String {
        let session = ("session", session.into());
        if day >= 0 {
            self.text_with("position-day", [session, ("day", day.into())])
        } else {
            self.text_with("position-before", [session, ("days", (-day).into())])
        }
    }

    /// A step that lasts until `until`, as written on `date`: `Keep your scalp dry (through
    /// Mon 9 Mar)`, `(last day today)`, or the step alone when it has no end.
    pub fn step_until(&self, step: String, until: Option<NaiveDate>, date: NaiveDate) -> String {
        match until {
            Some(until) if until == date => {
                self.text_with("digest-until-today", [("step", step.into())])
            }
            Some(until) => self.text_with(
                "digest-until",
                [
                    ("step", step.into()),
                    ("date", self.day_as_of(until, date).into()),
                ],
            ),
            None => step,
        }
    }

    /// `today`, `tomorrow`, `in 3 days`, `yesterday`, `5 days ago`.
    pub fn in_days(&self, days: i64) -> String {
        if days >= 0 {
            self.text_with("days-ahead", [("days", days.into())])
        } else {
            self.text_with("days-ago", [("days", (-days).into())])
        }
    }
}
