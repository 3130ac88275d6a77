//! The steps of Today's checklist the client ticked, day by day.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::{Result, Store, parse_timestamp, timestamp};

/// A step of Today's checklist the client ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepDone {
    pub date: NaiveDate,
    /// The protocol rule's key.
    pub rule: String,
    pub done_at: DateTime<Utc>,
}

pub(crate) fn insert_step(conn: &Connection, step: &StepDone) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO step_done (date, rule, done_at) VALUES (?1, ?2, ?3)",
        (step.date.to_string(), &step.rule, timestamp(step.done_at)),
    )?;
    Ok(())
}

pub(crate) fn load_steps(conn: &Connection, date: Option<NaiveDate>) -> Result<Vec<StepDone>> {
    let mut statement = conn.prepare_cached(
        "SELECT date, rule, done_at FROM step_done WHERE ?1 IS NULL OR date = ?1 ORDER BY date, rule",
    )?;
    let mut rows = statement.query([date.map(|d| d.to_string())])?;
    let mut steps = Vec::new();
    while let Some(row) = rows.next()? {
        steps.push(StepDone {
            date: aftercare_core::parse::date(&row.get::<_, String>(0)?)?,
            rule: row.get(1)?,
            done_at: parse_timestamp(&row.get::<_, String>(2)?)?,
        });
    }
    Ok(steps)
}

impl Store {
    /// Ticks or unticks a step of a day's checklist.
    pub fn set_step_done(
        &mut self,
        date: NaiveDate,
        rule: &str,
        done: bool,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.write(|tx| {
            if done {
                insert_step(
                    tx,
                    &StepDone {
                        date,
                        rule: rule.to_string(),
                        done_at: now,
                    },
                )
            } else {
                tx.execute(
                    "DELETE FROM step_done WHERE date = ?1 AND rule = ?2",
                    (date.to_string(), rule),
                )?;
                Ok(())
            }
        })
    }

    /// The rules ticked on a day.
    pub fn steps_done(&self, date: NaiveDate) -> Result<Vec<String>> {
        self.read(|conn| {
            Ok(load_steps(conn, Some(date))?
                .into_iter()
                .map(|s| s.rule)
                .collect())
        })
    }
}
