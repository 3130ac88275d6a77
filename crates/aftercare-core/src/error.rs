//! The engine's one error type: every way its input can be wrong, each naming the bad value.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};

/// Why an input was refused. Every message names the value at fault so that a person can fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("`{value}` is not a date and time: expected YYYY-MM-DDTHH:MM, e.g. 2026-03-05T10:00")]
    InvalidDateTime { value: String },
    #[error("`{value}` is not a date: expected YYYY-MM-DD, e.g. 2026-03-08")]
    InvalidDate { value: String },
    #[error("`{value}` is not a time of day: expected HH:MM, e.g. 09:00")]
    InvalidTime { value: String },
    #[error(
        "`{value}` is not a quiet-hours window: expected HH:MM-HH:MM with two different times, e.g. 22:00-08:00"
    )]
    InvalidQuietHours { value: String },
    #[error(
        "`{value}` is not a known IANA time zone: use a name such as Europe/London or America/New_York"
    )]
    UnknownZone { value: String },
    #[error("{date} is outside the supported years {first}-{last}", first = crate::FIRST_YEAR, last = crate::LAST_YEAR)]
    DateOutOfRange { date: NaiveDate },
    #[error("`{value}` is not {what}")]
    InvalidPlace { what: &'static str, value: String },
    #[error("`{value}` is not an ozone column: use Dobson units from 50 to 700 (300 is typical)")]
    InvalidOzone { value: String },
    #[error("`{value}` is not a reminder category: use milestone, digest, prep, sun or checkin")]
    UnknownCategory { value: String },
    #[error(
        "`{value}` is not a language the app speaks: use en, es, fr, pt-BR or tr, with a region for its date and time conventions if you like (en-GB, fr-CA)"
    )]
    UnknownLanguage { value: String },
    #[error(
        "`{value}` is not a snooze: use hour, evening, tomorrow, or a duration such as 30m, 1h or 1d"
    )]
    InvalidDuration { value: String },
    #[error("it is already evening: snooze for an hour, or until tomorrow morning")]
    EveningPassed,
    #[error("a treatment needs at least one session")]
    NoSessions,
    #[error("a treatment holds at most {max} sessions, not {count}")]
    TooManySessions { count: usize, max: usize },
    #[error(
        "session {later} ({later_start}) does not come after session {earlier} ({earlier_start}): list sessions in order"
    )]
    SessionsOutOfOrder {
        earlier: usize,
        earlier_start: NaiveDateTime,
        later: usize,
        later_start: NaiveDateTime,
    },
    #[error(
        "sessions {earlier} and {later} are only {} apart; the protocol `{protocol}` needs at least {}",
        days_text(*days),
        days_text(i64::from(*min))
    )]
    SessionsTooClose {
        earlier: usize,
        later: usize,
        days: i64,
        min: u16,
        protocol: String,
    },
    #[error("pain {value} is out of range: score it from 0 (none) to 10 (the worst imaginable)")]
    InvalidPain { value: u8 },
    #[error("the protocol has no rule `{key}`")]
    UnknownRule { key: String },
    #[error(
        "`{key}` cannot be pushed back: only what you avoid while healing, or what is allowed again after it, can wait"
    )]
    NotPostponable { key: String },
    #[error(
        "`{key}` is already pushed back {max} days for this session: ask your practitioner before waiting longer"
    )]
    PostponedTooLong { key: String, max: u16 },
    #[error("{}", Problems(.problems))]
    InvalidProtocol { problems: Vec<Problem> },
    #[error("this is not a protocol share code: {reason}; nothing was imported")]
    InvalidShareCode { reason: String },
    #[error(
        "this share code comes from a newer SMP Aftercare (format {format}): update the app to import it"
    )]
    NewerShareCode { format: u32 },
    #[error(
        "larger than the {} KiB a protocol may take; nothing was read from it",
        .max / 1024
    )]
    ImportTooLarge { max: usize },
    #[error(
        "{bytes} characters are too many for one QR code (at most {max}): share the link or the file instead"
    )]
    TooLargeForQr { bytes: usize, max: usize },
    #[error(
        "{}only JPEG and PNG photos can be added; nothing was stored",
        kind.map(|kind| format!("this is a {kind} image, and ")).unwrap_or_default()
    )]
    UnsupportedPhoto { kind: Option<&'static str> },
    #[error("this photo cannot be read: {why}; nothing was stored")]
    DamagedPhoto { why: String },
    #[error(
        "this photo is larger than the {} MiB a photo may take; nothing was stored",
        .max / (1024 * 1024)
    )]
    PhotoTooLarge { max: usize },
}

/// One thing wrong with a protocol file, located as precisely as the input allows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// 1-based line in the source file, when the source was a file with lines.
    pub line: Option<usize>,
    /// Where in the protocol: `rule[2].days`, `name`, or empty for the document as a whole.
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.field.is_empty()) {
            (Some(line), false) => write!(f, "line {line}, {}: {}", self.field, self.message),
            (Some(line), true) => write!(f, "line {line}: {}", self.message),
            (None, false) => write!(f, "{}: {}", self.field, self.message),
            (None, true) => f.write_str(&self.message),
        }
    }
}

struct Problems<'a>(&'a [Problem]);

impl fmt::Display for Problems<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid protocol: ")?;
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{problem}")?;
        }
        Ok(())
    }
}

fn days_text(days: i64) -> String {
    if days == 1 {
        "1 day".into()
    } else {
        format!("{days} days")
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
