//! The engine's one error type: every way its input can be wrong, each naming the bad value.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};

use crate::locale::{Locale, Message};

/// Why an input was refused. Every message names the value at fault so that a person can fix it.
/// Put into words by [`Error::message`] in the client's language (`Display`: English).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    InvalidDateTime {
        value: String,
    },
    InvalidDate {
        value: String,
    },
    InvalidTime {
        value: String,
    },
    InvalidQuietHours {
        value: String,
    },
    UnknownZone {
        value: String,
    },
    DateOutOfRange {
        date: NaiveDate,
    },
    /// `what`: the catalog's message for the coordinate at fault.
    InvalidPlace {
        what: &'static str,
        value: String,
    },
    InvalidOzone {
        value: String,
    },
    UnknownCategory {
        value: String,
    },
    UnknownLanguage {
        value: String,
    },
    InvalidDuration {
        value: String,
    },
    EveningPassed,
    NoSessions,
    TooManySessions {
        count: usize,
        max: usize,
    },
    SessionsOutOfOrder {
        earlier: usize,
        earlier_start: NaiveDateTime,
        later: usize,
        later_start: NaiveDateTime,
    },
    SessionsTooClose {
        earlier: usize,
        later: usize,
        days: i64,
        min: u16,
        protocol: String,
    },
    InvalidPain {
        value: u8,
    },
    UnknownRule {
        key: String,
    },
    NotPostponable {
        key: String,
    },
    PostponedTooLong {
        key: String,
        max: u16,
    },
    InvalidProtocol {
        problems: Vec<Problem>,
    },
    /// `reason`: the catalog's message for what is wrong with it.
    InvalidShareCode {
        reason: &'static str,
    },
    NewerShareCode {
        format: u32,
    },
    ImportTooLarge {
        max: usize,
    },
    TooLargeForQr {
        bytes: usize,
        max: usize,
    },
    UnsupportedPhoto {
        kind: Option<&'static str>,
    },
    /// `why`: what the file's bytes break, in the terms of its format.
    DamagedPhoto {
        why: Message,
    },
    PhotoTooLarge {
        max: usize,
    },
}

impl Error {
    /// What went wrong, in the locale's language, naming the value at fault.
    pub fn message(&self, locale: &Locale) -> String {
        self.said(*locale).in_locale(locale)
    }

    /// The catalog's message; `locale` puts a protocol's problems into words, each located.
    fn said(&self, locale: Locale) -> Message {
        let value = |id, value: &String| Message::new(id).arg("value", value.as_str());
        match self {
            Error::InvalidDateTime { value: v } => value("error-date-time", v),
            Error::InvalidDate { value: v } => value("error-date", v),
            Error::InvalidTime { value: v } => value("error-time", v),
            Error::InvalidQuietHours { value: v } => value("error-quiet-hours", v),
            Error::UnknownZone { value: v } => value("error-zone", v),
            Error::DateOutOfRange { date } => Message::new("error-date-out-of-range")
                .arg("date", date.to_string())
                .arg("first", crate::FIRST_YEAR.to_string())
                .arg("last", crate::LAST_YEAR.to_string()),
            Error::InvalidPlace { what, value: v } => value(what, v),
            Error::InvalidOzone { value: v } => value("error-ozone", v),
            Error::UnknownCategory { value: v } => value("error-category", v),
            Error::UnknownLanguage { value: v } => value("error-language", v),
            Error::InvalidDuration { value: v } => value("error-snooze", v),
            Error::EveningPassed => Message::new("error-evening-passed"),
            Error::NoSessions => Message::new("error-no-sessions"),
            Error::TooManySessions { count, max } => Message::new("error-too-many-sessions")
                .number("count", *count)
                .number("max", *max),
            Error::SessionsOutOfOrder {
                earlier,
                earlier_start,
                later,
                later_start,
            } => Message::new("error-sessions-out-of-order")
                .number("earlier", *earlier)
                .arg("earlier_start", wall(earlier_start))
                .number("later", *later)
                .arg("later_start", wall(later_start)),
            Error::SessionsTooClose {
                earlier,
                later,
                days,
                min,
                protocol,
            } => Message::new("error-sessions-too-close")
                .number("earlier", *earlier)
                .number("later", *later)
                .number("days", *days)
                .number("min", *min)
                .arg("protocol", protocol.as_str()),
            Error::InvalidPain { value } => Message::new("error-pain").number("value", *value),
            Error::UnknownRule { key } => Message::new("error-unknown-rule").arg("key", key),
            Error::NotPostponable { key } => Message::new("error-not-postponable").arg("key", key),
            Error::PostponedTooLong { key, max } => Message::new("error-postponed-too-long")
                .arg("key", key)
                .number("max", *max),
            Error::InvalidProtocol { problems } => {
                let problems: Vec<String> = problems.iter().map(|p| p.in_locale(&locale)).collect();
                Message::new("error-invalid-protocol").arg("problems", problems.join("; "))
            }
            Error::InvalidShareCode { reason } => {
                Message::new("error-share-code").message("reason", Message::new(reason))
            }
            Error::NewerShareCode { format } => {
                Message::new("error-newer-share-code").number("format", *format)
            }
            Error::ImportTooLarge { max } => {
                Message::new("error-import-too-large").number("kib", *max / 1024)
            }
            Error::TooLargeForQr { bytes, max } => Message::new("error-too-large-for-qr")
                .number("bytes", *bytes)
                .number("max", *max),
            Error::UnsupportedPhoto { kind } => {
                Message::new("error-photo-kind").arg("kind", kind.unwrap_or("none"))
            }
            Error::DamagedPhoto { why } => {
                Message::new("error-photo-damaged").message("why", why.clone())
            }
            Error::PhotoTooLarge { max } => {
                Message::new("error-photo-too-large").number("mib", *max / (1024 * 1024))
            }
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(&Locale::default()))
    }
}

fn wall(at: &NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M").to_string()
}

/// One thing wrong with a protocol file, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line in the source file, when the source was a file with lines.
    pub line: Option<usize>,
    /// Where in the protocol (`name`, a rule's `days`); none for the document as a whole.
    pub field: Option<Message>,
    pub message: Message,
}

impl Problem {
    /// `line 3, rule `keep-dry`, days: …`, in the locale's language.
    pub fn in_locale(&self, locale: &Locale) -> String {
        let message = self.message.in_locale(locale);
        let said = match (self.line, &self.field) {
            (Some(line), Some(field)) => Message::new("problem-line-field")
                .arg("line", line.to_string())
                .arg("field", field.in_locale(locale)),
            (Some(line), None) => Message::new("problem-line").arg("line", line.to_string()),
            (None, Some(field)) => {
                Message::new("problem-field").arg("field", field.in_locale(locale))
            }
            (None, None) => return message,
        };
        said.arg("message", message).in_locale(locale)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_locale(&Locale::default()))
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Protocol;

    #[test]
    fn an_error_names_the_value_in_the_client_s_language() {
        let error = Error::InvalidDate {
            value: "2026-13-01".into(),
        };
        let spanish = error.message(&"es".parse().expect("a shipped language"));
        assert!(
            spanish.contains("2026-13-01") && spanish != error.to_string(),
            "the value typed, in Spanish words: {spanish}"
        );
    }

    #[test]
    fn a_protocol_s_problems_are_listed_in_the_client_s_language_with_the_file_s_own_names() {
        let source = Protocol::seed()
            .to_toml()
            .replacen("days = [0, ", "days = [900, ", 1);
        let Err(error) = Protocol::from_toml(&source) else {
            panic!("a window past the last day is refused");
        };
        let french = error.message(&"fr".parse().expect("a shipped language"));
        assert!(
            french.contains("days") && french.contains("900") && french != error.to_string(),
            "in French, naming the field as the file does and the day at fault: {french}"
        );
    }
}
