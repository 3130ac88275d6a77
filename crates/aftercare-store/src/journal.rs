//! How the healing goes, as the client records it: the daily check-in, photos with their
//! location stripped, and healing rules pushed back for a session.

use aftercare_core::healing::{self, Advice, CheckIn, DatedCheckIn};
use aftercare_core::{MAX_POSTPONED_DAYS, Postponement, photo};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::{Error, Result, Store, load_sessions, parse_timestamp, session_id, timestamp};

/// How far back a check-in counts as the one to compare with.
const RECENT_DAYS: i64 = 3;

/// What the app lists of a photo; its bytes come one photo at a time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhotoInfo {
    pub id: i64,
    /// The day it shows.
    pub date: NaiveDate,
    pub added_at: DateTime<Utc>,
    pub mime: String,
    pub size: usize,
    /// 1-based session and day number the photo's day counts from; `None` before any session.
    pub session: Option<usize>,
    pub day: Option<i64>,
}

/// A day's check-in and what it calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessed {
    #[serde(flatten)]
    pub check_in: DatedCheckIn,
    /// 1-based session and day number the check-in counts from; `None` before any session.
    pub session: Option<usize>,
    pub day: Option<i64>,
    pub advice: Advice,
}

pub(crate) fn save_check_in(
    conn: &Connection,
    check_in: &DatedCheckIn,
    written_at: DateTime<Utc>,
) -> Result<()> {
    check_in.answers.check()?;
    aftercare_core::parse::in_range(check_in.date)?;
    conn.execute(
        "INSERT OR REPLACE INTO checkin (date, answers, written_at) VALUES (?1, ?2, ?3)",
        (
            check_in.date.to_string(),
            serde_json::to_string(&check_in.answers).expect("answers are plain data"),
            timestamp(written_at),
        ),
    )?;
    Ok(())
}

pub(crate) fn load_check_ins(conn: &Connection) -> Result<Vec<DatedCheckIn>> {
    let mut statement = conn.prepare_cached("SELECT date, answers FROM checkin ORDER BY date")?;
    let mut rows = statement.query([])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let answers: String = row.get(1)?;
        found.push(DatedCheckIn {
            date: aftercare_core::parse::date(&row.get::<_, String>(0)?)?,
            answers: serde_json::from_str(&answers)
                .map_err(|e| crate::corrupt_value(&answers, &e))?,
        });
    }
    Ok(found)
}

/// Stores a photo that has been cleaned already.
pub(crate) fn insert_photo(
    conn: &Connection,
    date: NaiveDate,
    added_at: DateTime<Utc>,
    photo: &photo::Photo,
) -> Result<i64> {
    aftercare_core::parse::in_range(date)?;
    conn.execute(
        "INSERT INTO photo (date, added_at, mime, bytes) VALUES (?1, ?2, ?3, ?4)",
        (
            date.to_string(),
            timestamp(added_at),
            photo.format.mime(),
            &photo.bytes,
        ),
    )?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn load_photos(conn: &Connection) -> Result<Vec<PhotoInfo>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, date, added_at, mime, length(bytes) FROM photo ORDER BY date, id",
    )?;
    let mut rows = statement.query([])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        found.push(PhotoInfo {
            id: row.get(0)?,
            date: aftercare_core::parse::date(&row.get::<_, String>(1)?)?,
            added_at: parse_timestamp(&row.get::<_, String>(2)?)?,
            mime: row.get(3)?,
            size: usize::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
            session: None,
            day: None,
        });
    }
    Ok(found)
}

pub(crate) fn photo_bytes(conn: &Connection, id: i64) -> Result<(String, Vec<u8>)> {
    conn.query_row("SELECT mime, bytes FROM photo WHERE id = ?1", [id], |row| {
        Ok((row.get(0)?, row.get(1)?))
    })
    .optional()?
    .ok_or(Error::NoSuchPhoto { id })
}

/// Pushed-back rules, by 1-based session number in time order.
pub(crate) fn load_postponements(conn: &Connection) -> Result<Vec<Postponement>> {
    let numbers: std::collections::HashMap<i64, usize> = load_sessions(conn)?
        .into_iter()
        .enumerate()
        .map(|(index, (id, _))| (id, index + 1))
        .collect();
    let mut statement = conn.prepare_cached("SELECT session_id, rule, days FROM postponement")?;
    let mut rows = statement.query([])?;
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        if let Some(session) = numbers.get(&row.get::<_, i64>(0)?) {
            found.push(Postponement {
                session: *session,
                rule: row.get(1)?,
                days: row.get(2)?,
            });
        }
    }
    Ok(found)
}

pub(crate) fn save_postponement(conn: &Connection, postponement: &Postponement) -> Result<()> {
    let id = session_id(conn, postponement.session)?;
    if postponement.days == 0 {
        conn.execute(
            "DELETE FROM postponement WHERE session_id = ?1 AND rule = ?2",
            (id, &postponement.rule),
        )?;
    } else {
        if postponement.days > MAX_POSTPONED_DAYS {
            return Err(aftercare_core::Error::PostponedTooLong {
                key: postponement.rule.clone(),
                max: MAX_POSTPONED_DAYS,
            }
            .into());
        }
        conn.execute(
            "INSERT OR REPLACE INTO postponement (session_id, rule, days) VALUES (?1, ?2, ?3)",
            (id, &postponement.rule, postponement.days),
        )?;
    }
    Ok(())
}

impl Store {
    /// Records the day's check-in (answering again replaces it) and says what it calls for.
    pub fn check_in(
        &mut self,
        date: NaiveDate,
        answers: CheckIn,
        now: DateTime<Utc>,
    ) -> Result<Assessed> {
        let check_in = DatedCheckIn { date, answers };
        self.write(|tx| save_check_in(tx, &check_in, now))?;
        self.assessed(date)?.ok_or_else(|| {
            crate::corrupt_value(&date.to_string(), &"the check-in just written is missing")
        })
    }

    /// Every check-in, by day, each with its advice.
    pub fn check_ins(&self) -> Result<Vec<Assessed>> {
        let all = self.read(load_check_ins)?;
        let treatment = self.treatment()?.map(|(treatment, _)| treatment);
        let locale = self.preferences()?.locale();
        Ok((0..all.len())
            .map(|i| assess(&all, i, treatment.as_ref(), locale))
            .collect())
    }

    /// The check-in of one day with its advice, if there is one.
    pub fn assessed(&self, date: NaiveDate) -> Result<Option<Assessed>> {
        let all = self.read(load_check_ins)?;
        // The app asks on every start: most days have no check-in, and then the treatment (its
        // protocol parsed again) is not needed.
        let Some(index) = all.iter().position(|c| c.date == date) else {
            return Ok(None);
        };
        let treatment = self.treatment()?.map(|(treatment, _)| treatment);
        let locale = self.preferences()?.locale();
        Ok(Some(assess(&all, index, treatment.as_ref(), locale)))
    }

    /// Cleans a photo of its location metadata and keeps it for `date`.
    pub fn add_photo(
        &mut self,
        date: NaiveDate,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<PhotoInfo> {
        let photo = photo::clean(bytes)?;
        self.checked_whole()?;
        let id = self.write(|tx| insert_photo(tx, date, now, &photo))?;
        Ok(PhotoInfo {
            id,
            date,
            added_at: now,
            mime: photo.format.mime().to_string(),
            size: photo.bytes.len(),
            session: None,
            day: None,
        })
    }

    /// Every photo by day, with the session day it shows.
    pub fn photos(&self) -> Result<Vec<PhotoInfo>> {
        let mut photos = self.read(load_photos)?;
        if let Some((treatment, _)) = self.treatment()? {
            for photo in &mut photos {
                let (session, day) = treatment.position(photo.date);
                photo.session = Some(session + 1);
                photo.day = Some(day);
            }
        }
        Ok(photos)
    }

    /// A photo's type and bytes.
    pub fn photo(&self, id: i64) -> Result<(String, Vec<u8>)> {
        self.checked_whole()?;
        self.read(|conn| photo_bytes(conn, id))
    }

    /// Deletes a photo; `secure_delete` overwrites its bytes in the file.
    pub fn remove_photo(&mut self, id: i64) -> Result<()> {
        self.checked_whole()?;
        self.write(
            |tx| match tx.execute("DELETE FROM photo WHERE id = ?1", [id])? {
                0 => Err(Error::NoSuchPhoto { id }),
                _ => Ok(()),
            },
        )?;
        self.forget_freed_pages()
    }
}

/// The `index`th check-in with its advice, against the latest earlier one of the same session.
fn assess(
    all: &[DatedCheckIn],
    index: usize,
    treatment: Option<&aftercare_core::Treatment>,
    locale: aftercare_core::Locale,
) -> Assessed {
    let check_in = &all[index];
    let position = treatment.map(|t| t.position(check_in.date));
    let session_start = treatment
        .zip(position)
        .map(|(t, (session, _))| t.sessions()[session].date());
    // "Getting worse" means since a recent check-in of the same healing, not since one weeks
    // ago: redness from a sunburn on day 40 is not the session's redness growing.
    let recent = check_in.date - chrono::TimeDelta::days(RECENT_DAYS);
    let earlier = all[..index]
        .iter()
        .rev()
        .find(|c| c.date >= recent && session_start.is_none_or(|start| c.date >= start))
        .map(|c| &c.answers);
    let day = position.map(|(_, day)| day);
    Assessed {
        check_in: check_in.clone(),
        session: position.map(|(session, _)| session + 1),
        day,
        // Before any session, nothing is "after day 3".
        advice: healing::advice(&check_in.answers, day.unwrap_or(0), earlier, locale),
    }
}
