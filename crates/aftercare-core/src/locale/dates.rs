//! Dates, times and counts in the client's conventions, from CLDR through ICU4X: weekday and
//! month names, day-month order, the 12- or 24-hour clock, the grouping of digits.
//!
//! Rust formats with ICU4X itself. The UI gets each format as [`Conventions`]: the pieces ICU4X
//! printed for a sample, with every field's text in a table (the name of each month as ICU4X
//! printed it in that format, each hour, each minute), so that the screens write exactly what a
//! notification writes without a second copy of CLDR. The tests check both over every day of a
//! year and every minute of a day.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{self, T};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::parts;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use serde::Serialize;
use writeable::{Part, PartsWrite, Writeable};

use super::Locale;
use crate::kept::kept;

type Format<F> = FixedCalendarDateTimeFormatter<Gregorian, F>;

/// A locale's formats, built once and kept.
struct Formats {
    day: Format<fieldsets::MDE>,
    dated_day: Format<fieldsets::YMDE>,
    long_day: Format<fieldsets::YMDE>,
    time: Format<T>,
    day_time: Format<fieldsets::MDET>,
    dated_time: Format<fieldsets::YMDET>,
    count: DecimalFormatter,
    /// What `time` and `day` wrote: a timeline writes the same times of day and the same few
    /// end dates hundreds of times, and ICU4X takes a microsecond each.
    written: RefCell<Written>,
}

#[derive(Default)]
struct Written {
    /// By minute of the day, filled as asked: a day has 1,440, so the table needs no bound, and
    /// an index rather than a hash (the schedule writes three times into each sun reminder).
    times: Vec<Option<Rc<str>>>,
    days: FxHashMap<NaiveDate, Rc<str>>,
}

/// Enough days for every date of a treatment's timeline; past it the table starts again, so a
/// long-running app holds no more than this.
const DAYS_KEPT: usize = 8192;
const MINUTES_A_DAY: usize = 24 * 60;

/// The formats of `locale`, built once per thread: ICU4X's formatters are not `Sync`.
fn formats(locale: Locale) -> Rc<Formats> {
    thread_local! {
        static BUILT: RefCell<Vec<(Locale, Rc<Formats>)>> = const { RefCell::new(Vec::new()) };
    }
    BUILT.with_borrow_mut(|built| {
        if let Some((_, formats)) = built.iter().find(|(of, _)| *of == locale) {
            return Rc::clone(formats);
        }
        let prefs = locale.icu().into();
        let data = "ICU4X's compiled data covers every locale";
        let formats = Rc::new(Formats {
            day: Format::try_new(prefs, fieldsets::MDE::medium()).expect(data),
            dated_day: Format::try_new(prefs, fieldsets::YMDE::medium()).expect(data),
            long_day: Format::try_new(prefs, fieldsets::YMDE::long()).expect(data),
            time: Format::try_new(prefs, T::hm()).expect(data),
            day_time: Format::try_new(prefs, fieldsets::MDE::medium().with_time_hm()).expect(data),
            dated_time: Format::try_new(prefs, fieldsets::YMDE::medium().with_time_hm())
                .expect(data),
            count: DecimalFormatter::try_new(
                locale.icu().into(),
                DecimalFormatterOptions::default(),
            )
            .expect(data),
            written: RefCell::default(),
        });
        built.push((locale, Rc::clone(&formats)));
        formats
    })
}

fn icu_date(date: NaiveDate) -> Date<Gregorian> {
    Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8)
        .expect("a chrono date is a Gregorian date")
}

fn icu_time(time: NaiveTime) -> Time {
    Time::try_new(time.hour() as u8, time.minute() as u8, 0, 0).expect("a chrono time is a time")
}

fn icu_date_time(at: NaiveDateTime) -> DateTime<Gregorian> {
    DateTime {
        date: icu_date(at.date()),
        time: icu_time(at.time()),
    }
}

impl Locale {
    /// `Mon, Mar 9` (en), `Mon 9 Mar` (en-GB), `lun. 9 mars` (fr).
    pub fn day(&self, date: NaiveDate) -> String {
        let formats = formats(*self);
        let mut written = formats.written.borrow_mut();
        kept(&mut written.days, date, DAYS_KEPT, || {
            formats.day.format(&icu_date(date)).to_string().into()
        })
        .to_string()
    }

    /// `Tue, Mar 5, 2030` (en), `mar, 5 mar 2030` (es): a day with its year.
    pub fn dated_day(&self, date: NaiveDate) -> String {
        formats(*self).dated_day.format(&icu_date(date)).to_string()
    }

    /// [`Locale::day`] as read on `today`: with its year when that is another year, as a date
    /// years ahead (a touch-up check) or in last year's part of a report would be misread.
    pub fn day_as_of(&self, date: NaiveDate, today: NaiveDate) -> String {
        if date.year() == today.year() {
            self.day(date)
        } else {
            self.dated_day(date)
        }
    }

    /// `1,461` (en), `1461` and `12.000` (es), `1 461` (fr): a whole number, its digits grouped
    /// as the locale groups them.
    pub fn count(&self, value: i64) -> String {
        formats(*self)
            .count
            .format(&Decimal::from(value))
            .to_string()
    }

    /// `Monday, March 9, 2026` (en), `lundi 9 mars 2026` (fr).
    pub fn long_day(&self, date: NaiveDate) -> String {
        formats(*self).long_day.format(&icu_date(date)).to_string()
    }

    /// `9:00 AM` (en), `09:00` (en-GB), `09 h 00` (fr-CA).
    pub fn time(&self, time: NaiveTime) -> String {
        self.shared_time(time).to_string()
    }

    /// [`Locale::time`] as the locale's table keeps it, for text that copies it anyway.
    pub(crate) fn shared_time(self, time: NaiveTime) -> Rc<str> {
        let formats = formats(self);
        // To the minute, as written: the table holds at most a day's 1,440 minutes.
        let minute = (time.hour() * 60 + time.minute()) as usize;
        let mut written = formats.written.borrow_mut();
        if written.times.is_empty() {
            written.times.resize(MINUTES_A_DAY, None);
        }
        Rc::clone(written.times[minute].get_or_insert_with(|| {
            let time = NaiveTime::from_hms_opt(time.hour(), time.minute(), 0).unwrap_or(time);
            formats.time.format(&icu_time(time)).to_string().into()
        }))
    }

    /// `Mon, Mar 9, 9:00 AM` (en), `lun. 9 mars à 09:00` (fr).
    pub fn day_time(&self, at: NaiveDateTime) -> String {
        formats(*self)
            .day_time
            .format(&icu_date_time(at))
            .to_string()
    }

    /// `Mon, Mar 9, 2026, 9:00 AM` (en): for lists that span years.
    pub fn dated_time(&self, at: NaiveDateTime) -> String {
        formats(*self)
            .dated_time
            .format(&icu_date_time(at))
            .to_string()
    }

    /// The formats the UI uses, as it applies them.
    pub fn conventions(&self) -> Conventions {
        let formats = formats(*self);
        let sample = NaiveDate::from_ymd_opt(2026, 3, 9)
            .and_then(|date| date.and_hms_opt(21, 5, 0))
            .expect("a valid sample");
        let date = |at: NaiveDateTime| at.date();
        Conventions {
            day: Template::new(sample, |at| formats.day.format(&icu_date(date(at)))),
            dated_day: Template::new(sample, |at| formats.dated_day.format(&icu_date(date(at)))),
            long_day: Template::new(sample, |at| formats.long_day.format(&icu_date(date(at)))),
            time: Template::new(sample, |at| formats.time.format(&icu_time(at.time()))),
            day_time: Template::new(sample, |at| formats.day_time.format(&icu_date_time(at))),
            dated_day_time: Template::new(sample, |at| {
                formats.dated_time.format(&icu_date_time(at))
            }),
            count: Grouping::new(|count| formats.count.format(&Decimal::from(count)).to_string()),
        }
    }
}

/// How the UI writes dates, times and counts in a locale: one [`Template`] a format, the
/// `dated_` ones for a day in another year than today's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conventions {
    pub day: Template,
    pub dated_day: Template,
    pub long_day: Template,
    pub time: Template,
    pub day_time: Template,
    pub dated_day_time: Template,
    pub count: Grouping,
}

/// How a locale groups the digits of a count, read from what ICU4X writes: `1,234,567` (en),
/// `12,34,567` (en-IN), `12.000` but `1461` (es). Digits are ASCII in every shipped locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grouping {
    /// Between two groups: `,` (en), `.` (es), a narrow no-break space (fr).
    pub separator: String,
    /// How many digits the last group has (3), and each group before it (3; 2 in India).
    pub last: usize,
    pub others: usize,
    /// The fewest digits a count has for them to be grouped (4; 5 in Spain).
    pub from: usize,
}

impl Grouping {
    fn new(write: impl Fn(i64) -> String) -> Grouping {
        let sample = write(1_234_567_890);
        let separator: String = sample
            .chars()
            .skip_while(char::is_ascii_digit)
            .take_while(|c| !c.is_ascii_digit())
            .collect();
        let groups: Vec<usize> = match separator.as_str() {
            "" => Vec::new(),
            separator => sample.split(separator).map(str::len).collect(),
        };
        let [.., others, last] = groups[..] else {
            // Digits never grouped: no count is long enough.
            return Grouping {
                separator,
                last: 0,
                others: 0,
                from: usize::MAX,
            };
        };
        let from = (4..=10u32)
            .find(|&digits| write(10i64.pow(digits - 1)).len() > digits as usize)
            .map_or(usize::MAX, |digits| digits as usize);
        Grouping {
            separator,
            last,
            others,
            from,
        }
    }
}

/// One format: its pieces in order, and the text of each field it holds, as ICU4X prints it in
/// this format. A table a field does not appear in is empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Template {
    pub pieces: Vec<Piece>,
    /// Monday first.
    pub weekdays: Vec<String>,
    /// January first.
    pub months: Vec<String>,
    /// Day 1 first.
    pub days: Vec<String>,
    /// Hour 0 first.
    pub hours: Vec<String>,
    pub minutes: Vec<String>,
    /// The day period (AM, PM) of each hour.
    pub periods: Vec<String>,
}

/// Literal text, or the field that goes in its place. The year is written in ASCII digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Weekday,
    Month,
    Day,
    Year,
    Hour,
    Minute,
    Period,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Piece {
    Text(String),
    Field { field: Field },
}

impl Template {
    fn new<W: Writeable>(sample: NaiveDateTime, format: impl Fn(NaiveDateTime) -> W) -> Template {
        let printed = Printed::of(&format(sample));
        let mut pieces = Vec::new();
        let mut at = 0;
        for (range, field) in &printed.fields {
            if range.start > at {
                pieces.push(Piece::Text(printed.text[at..range.start].to_string()));
            }
            pieces.push(Piece::Field { field: *field });
            at = range.end;
        }
        if at < printed.text.len() {
            pieces.push(Piece::Text(printed.text[at..].to_string()));
        }
        let has = |field| printed.fields.iter().any(|(_, f)| *f == field);
        let table = |field: Field, samples: &mut dyn Iterator<Item = NaiveDateTime>| {
            if !has(field) {
                return Vec::new();
            }
            samples
                .map(|at| Printed::of(&format(at)).field(field))
                .collect()
        };
        let on = |y, m, d, h, min| {
            NaiveDate::from_ymd_opt(y, m, d)
                .and_then(|date| date.and_hms_opt(h, min, 0))
                .expect("valid samples")
        };
        Template {
            // 2026-03-09 is a Monday.
            weekdays: table(Field::Weekday, &mut (9..16).map(|d| on(2026, 3, d, 21, 5))),
            months: table(Field::Month, &mut (1..=12).map(|m| on(2026, m, 9, 21, 5))),
            days: table(Field::Day, &mut (1..=31).map(|d| on(2026, 1, d, 21, 5))),
            hours: table(Field::Hour, &mut (0..24).map(|h| on(2026, 3, 9, h, 5))),
            minutes: table(
                Field::Minute,
                &mut (0..60).map(|min| on(2026, 3, 9, 21, min)),
            ),
            periods: table(Field::Period, &mut (0..24).map(|h| on(2026, 3, 9, h, 5))),
            pieces,
        }
    }
}

/// A formatted value and where each field's text is in it.
struct Printed {
    text: String,
    fields: Vec<(std::ops::Range<usize>, Field)>,
}

impl Printed {
    fn of(value: &impl Writeable) -> Printed {
        let mut printed = Printed {
            text: String::new(),
            fields: Vec::new(),
        };
        value
            .write_to_parts(&mut printed)
            .expect("writing to a String does not fail");
        printed.fields.sort_by_key(|(range, _)| range.start);
        printed
    }

    fn field(&self, field: Field) -> String {
        self.fields
            .iter()
            .find(|(_, f)| *f == field)
            .map(|(range, _)| self.text[range.clone()].to_string())
            .unwrap_or_default()
    }
}

impl fmt::Write for Printed {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.text.push_str(s);
        Ok(())
    }
}

impl PartsWrite for Printed {
    type SubPartsWrite = Printed;

    fn with_part(
        &mut self,
        part: Part,
        mut write: impl FnMut(&mut Printed) -> fmt::Result,
    ) -> fmt::Result {
        let start = self.text.len();
        write(self)?;
        let field = match part {
            parts::WEEKDAY => Field::Weekday,
            parts::MONTH => Field::Month,
            parts::DAY => Field::Day,
            parts::YEAR => Field::Year,
            parts::HOUR => Field::Hour,
            parts::MINUTE => Field::Minute,
            parts::DAY_PERIOD => Field::Period,
            _ => return Ok(()),
        };
        self.fields.push((start..self.text.len(), field));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locale(tag: &str) -> Locale {
        tag.parse().expect("a shipped locale")
    }

    fn at(value: &str) -> NaiveDateTime {
        crate::parse::local(value).expect("a valid date and time")
    }

    /// What a template writes, the way `ui/js/format.js` writes it.
    fn write(template: &Template, at: NaiveDateTime) -> String {
        let weekday = at.weekday().num_days_from_monday() as usize;
        let (month, day) = (at.month0() as usize, at.day0() as usize);
        let (hour, minute) = (at.hour() as usize, at.minute() as usize);
        template
            .pieces
            .iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.clone(),
                Piece::Field { field } => match field {
                    Field::Weekday => template.weekdays[weekday].clone(),
                    Field::Month => template.months[month].clone(),
                    Field::Day => template.days[day].clone(),
                    Field::Year => at.year().to_string(),
                    Field::Hour => template.hours[hour].clone(),
                    Field::Minute => template.minutes[minute].clone(),
                    Field::Period => template.periods[hour].clone(),
                },
            })
            .collect()
    }

    /// Locales whose conventions differ in every way the templates model: order, names,
    /// separators, the clock, day periods, digits padded or not.
    const LOCALES: [&str; 10] = [
        "en", "en-GB", "en-PH", "es", "es-MX", "fr", "fr-CA", "pt-BR", "tr", "es-US",
    ];

    #[test]
    fn the_ui_s_templates_write_what_icu4x_writes_on_every_day_and_minute() {
        for tag in LOCALES {
            let locale = locale(tag);
            let conventions = locale.conventions();
            // A leap year, and years far apart: names and order must not depend on the year.
            let days = ["1970-01-01", "2028-01-01", "2099-12-01"]
                .map(|first| at(&format!("{first}T00:00")).date());
            for first in days {
                for date in first.iter_days().take(366) {
                    let noon = date.and_hms_opt(12, 0, 0).expect("noon");
                    assert_eq!(
                        write(&conventions.day, noon),
                        locale.day(date),
                        "{tag} day {date}"
                    );
                    assert_eq!(
                        write(&conventions.dated_day, noon),
                        locale.dated_day(date),
                        "{tag} dated day {date}"
                    );
                    assert_eq!(
                        write(&conventions.long_day, noon),
                        locale.long_day(date),
                        "{tag} long day {date}"
                    );
                }
            }
            let date = at("2026-03-09T00:00").date();
            for minute in 0..24 * 60 {
                let at = date
                    .and_hms_opt(minute / 60, minute % 60, 0)
                    .expect("a minute of the day");
                assert_eq!(
                    write(&conventions.time, at),
                    locale.time(at.time()),
                    "{tag} {at}"
                );
                assert_eq!(
                    write(&conventions.day_time, at),
                    locale.day_time(at),
                    "{tag} {at}"
                );
                assert_eq!(
                    write(&conventions.dated_day_time, at),
                    locale.dated_time(at),
                    "{tag} {at}"
                );
            }
        }
    }

    #[test]
    fn counts_under_a_thousand_are_their_digits_in_every_locale() {
        // What lets the message catalog leave those to Fluent's own writing (text.rs `counted`).
        for tag in LOCALES.into_iter().chain(["en-IN", "pt-PT", "fr-CH"]) {
            for count in 0..1000 {
                assert_eq!(
                    locale(tag).count(count),
                    count.to_string(),
                    "{tag}: {count}"
                );
            }
        }
    }

    /// What a grouping writes, the way `ui/js/i18n.js` writes it.
    fn group(count: u64, grouping: &Grouping) -> String {
        let digits = count.to_string();
        if digits.len() < grouping.from {
            return digits;
        }
        let (mut rest, last) = digits.split_at(digits.len() - grouping.last);
        let mut groups = vec![last];
        while !rest.is_empty() {
            let (before, group) = rest.split_at(rest.len().saturating_sub(grouping.others));
            groups.insert(0, group);
            rest = before;
        }
        groups.join(&grouping.separator)
    }

    #[test]
    fn the_ui_s_grouping_writes_what_icu4x_writes_for_every_count() {
        let counts = (0..20_000)
            .chain((0..2000).map(|i| i * 7_919 + 100_000))
            .chain([999_999, 1_000_000, 1_234_567_890, i64::MAX]);
        for tag in LOCALES.into_iter().chain(["en-IN", "pt-PT", "fr-CH"]) {
            let locale = locale(tag);
            let grouping = locale.conventions().count;
            for count in counts.clone() {
                assert_eq!(
                    group(count as u64, &grouping),
                    locale.count(count),
                    "{tag}: {count}"
                );
            }
        }
    }

    #[test]
    fn counts_are_grouped_as_the_locale_groups_digits() {
        // CLDR: Spain's Spanish leaves four digits alone, France's French groups with a narrow
        // no-break space, India's English groups hundreds after the first thousand.
        let written = [
            ("en-US", 1461, "1,461"),
            ("es", 1461, "1461"),
            ("es", 12_000, "12.000"),
            ("es-MX", 1461, "1,461"),
            ("fr", 1461, "1\u{202f}461"),
            ("pt-BR", 1461, "1.461"),
            ("tr", 1461, "1.461"),
            ("en-IN", 1_234_567, "12,34,567"),
        ];
        for (tag, count, expected) in written {
            assert_eq!(locale(tag).count(count), expected, "{tag}: {count}");
            assert_eq!(
                locale(tag).text_with("days-ahead", [("days", count.into())]),
                locale(tag)
                    .text_with("days-ahead", [("days", 5.into())])
                    .replace('5', expected),
                "{tag}: a message writes the count as the locale does"
            );
        }
    }

    #[test]
    fn a_day_in_another_year_is_written_with_its_year() {
        let today = at("2026-12-31T00:00").date();
        let (next_year, this_year) = (at("2027-01-01T00:00").date(), at("2026-01-01T00:00").date());
        let en_gb = locale("en-GB");
        assert_eq!(
            en_gb.day_as_of(this_year, today),
            "Thu 1 Jan",
            "this year's day needs no year"
        );
        assert_eq!(
            en_gb.day_as_of(next_year, today),
            "Fri, 1 Jan 2027",
            "tomorrow, in the next year, is read with its year"
        );
    }

    #[test]
    fn each_locale_writes_its_own_clock_and_names() {
        let nine = at("2026-03-09T09:00");
        // CLDR puts a narrow no-break space before AM.
        assert_eq!(
            locale("en-US").time(nine.time()),
            "9:00\u{202f}AM",
            "the US clock has 12 hours"
        );
        assert_eq!(
            locale("en-GB").time(nine.time()),
            "09:00",
            "the UK's clock has 24 hours"
        );
        assert_eq!(
            locale("fr").time(nine.time()),
            "09:00",
            "France's clock has 24 hours"
        );
        assert_eq!(
            locale("fr-CA").time(nine.time()),
            "09 h 00",
            "Québec writes an h"
        );
        assert_eq!(
            locale("en-US").day(nine.date()),
            "Mon, Mar 9",
            "the US puts the month first"
        );
        assert_eq!(
            locale("en-GB").day(nine.date()),
            "Mon 9 Mar",
            "the UK puts the day first"
        );
        assert_eq!(
            locale("fr").long_day(nine.date()),
            "lundi 9 mars 2026",
            "French names"
        );
        assert_eq!(
            locale("es").long_day(nine.date()),
            "lunes, 9 de marzo de 2026",
            "Spanish names"
        );
        assert_eq!(
            locale("tr").long_day(nine.date()),
            "9 Mart 2026 Pazartesi",
            "Turkish order"
        );
        assert_eq!(
            locale("pt-BR").day(nine.date()),
            "seg., 9 de mar.",
            "Brazilian Portuguese names"
        );
    }
}
