//! The daily healing check-in, and the plain advice its answers call for: the red flags of
//! care-facts.md, and anything getting worse after day 3. It advises; it never diagnoses.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::locale::Locale;

/// The last day on which redness, swelling and tenderness may still grow; after it they should
/// only settle.
pub const LAST_GROWING_DAY: i64 = 3;
/// Pain from this score up is "severe pain", a red flag.
pub const SEVERE_PAIN: u8 = 7;

/// How strong a sign is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    None,
    Mild,
    Moderate,
    Severe,
}

/// What the skin on the treated area is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Surface {
    #[default]
    Smooth,
    Flaking,
    Scabbing,
}

/// Anything coming out of the treated area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Discharge {
    #[default]
    None,
    /// Clear or slightly pink fluid: plasma, common on the first day.
    Clear,
    /// Pus, or yellow or green fluid.
    Pus,
}

/// One day's answers. Every field has a calm default, so a check-in can be partial.
#[expect(
    clippy::struct_excessive_bools,
    reason = "each is a yes-or-no question of the check-in, as the client answers it"
)]
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckIn {
    pub redness: Level,
    /// The redness spreads beyond the treated area.
    pub spreading: bool,
    pub swelling: Level,
    pub itching: Level,
    pub surface: Surface,
    /// 0 (none) to 10 (the worst imaginable).
    pub pain: u8,
    /// The area feels hot to the touch.
    pub warmth: bool,
    pub discharge: Discharge,
    /// Fever or chills.
    pub fever: bool,
    /// Red streaks running from the area.
    pub streaks: bool,
}

/// Whom to contact, if anyone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Urgency {
    /// Nothing calls for anyone: the usual course of healing.
    Usual,
    /// Contact the practitioner (or a doctor).
    Practitioner,
    /// Contact a doctor today.
    Doctor,
}

/// What the answers call for, with every reason in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub urgency: Urgency,
    /// Whom to contact, in a few words: what every screen and the CLI lead with.
    pub heading: String,
    /// One sentence per sign that raised the urgency, most urgent first.
    pub reasons: Vec<String>,
    /// What to say to the client, whatever the answers.
    pub message: String,
}

impl CheckIn {
    /// Checks what the types cannot.
    pub fn check(&self) -> crate::Result<()> {
        if self.pain > 10 {
            return Err(crate::Error::InvalidPain { value: self.pain });
        }
        Ok(())
    }
}

/// The advice for `today`'s answers on `day` of healing, given the latest earlier check-in of
/// the same session if there is one, to tell what got worse; written in `locale`.
pub fn advice(today: &CheckIn, day: i64, earlier: Option<&CheckIn>, locale: Locale) -> Advice {
    let mut found: Vec<(Urgency, &str)> = Vec::new();
    let mut flag = |raised: bool, urgency, reason| {
        if raised {
            found.push((urgency, reason));
        }
    };
    flag(today.fever, Urgency::Doctor, "healing-fever");
    flag(today.streaks, Urgency::Doctor, "healing-streaks");
    flag(
        today.discharge == Discharge::Pus,
        Urgency::Practitioner,
        "healing-pus",
    );
    flag(
        today.pain >= SEVERE_PAIN,
        Urgency::Practitioner,
        "healing-severe-pain",
    );
    flag(today.warmth, Urgency::Practitioner, "healing-warmth");
    let settling = day > LAST_GROWING_DAY;
    flag(
        settling && today.spreading,
        Urgency::Practitioner,
        "healing-spreading",
    );
    if let Some(before) = earlier {
        flag(
            settling && today.redness > before.redness,
            Urgency::Practitioner,
            "healing-redness-growing",
        );
        flag(
            today.swelling > before.swelling,
            Urgency::Practitioner,
            "healing-swelling-growing",
        );
        flag(
            settling && today.pain > before.pain,
            Urgency::Practitioner,
            "healing-pain-growing",
        );
    }
    found.sort_by_key(|(urgency, _)| std::cmp::Reverse(*urgency));
    let urgency = found
        .first()
        .map_or(Urgency::Usual, |(urgency, _)| *urgency);
    let (heading, message) = match urgency {
        Urgency::Doctor => ("healing-doctor", "healing-doctor-advice"),
        Urgency::Practitioner => ("healing-practitioner", "healing-practitioner-advice"),
        Urgency::Usual => ("healing-usual", "healing-usual-advice"),
    };
    Advice {
        urgency,
        heading: locale.text(heading),
        reasons: found
            .into_iter()
            .map(|(_, reason)| locale.text(reason))
            .collect(),
        message: locale.text(message),
    }
}

/// A day's check-in as stored and shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedCheckIn {
    pub date: NaiveDate,
    #[serde(flatten)]
    pub answers: CheckIn,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calm() -> CheckIn {
        CheckIn::default()
    }

    type Case = (&'static str, CheckIn, i64, Option<CheckIn>, Urgency);

    /// The red-flag table: each answer, on a day, against the day before, and what it calls for.
    #[test]
    fn red_flags_call_for_the_practitioner_or_a_doctor() {
        for (name, answers, day, earlier, expected) in cases() {
            let advice = advice(&answers, day, earlier.as_ref(), Locale::default());
            assert_eq!(advice.urgency, expected, "{name}: {advice:?}");
            assert_eq!(
                advice.reasons.is_empty(),
                expected == Urgency::Usual,
                "{name}: every raised urgency says why, and the usual course gives no reason"
            );
        }
    }

    #[expect(clippy::too_many_lines, reason = "a table, one row per case")]
    fn cases() -> Vec<Case> {
        let mild = CheckIn {
            redness: Level::Mild,
            swelling: Level::Mild,
            pain: 2,
            ..calm()
        };
        vec![
            ("nothing at all", calm(), 1, None, Urgency::Usual),
            (
                "redness, itching and scabs on day 2 are healing",
                CheckIn {
                    redness: Level::Moderate,
                    itching: Level::Severe,
                    surface: Surface::Scabbing,
                    discharge: Discharge::Clear,
                    pain: 4,
                    ..calm()
                },
                2,
                None,
                Urgency::Usual,
            ),
            (
                "fever",
                CheckIn {
                    fever: true,
                    ..calm()
                },
                1,
                None,
                Urgency::Doctor,
            ),
            (
                "red streaks",
                CheckIn {
                    streaks: true,
                    ..calm()
                },
                5,
                None,
                Urgency::Doctor,
            ),
            (
                "pus",
                CheckIn {
                    discharge: Discharge::Pus,
                    ..calm()
                },
                2,
                None,
                Urgency::Practitioner,
            ),
            (
                "severe pain",
                CheckIn { pain: 7, ..calm() },
                0,
                None,
                Urgency::Practitioner,
            ),
            (
                "pain 6 is not severe",
                CheckIn { pain: 6, ..calm() },
                0,
                None,
                Urgency::Usual,
            ),
            (
                "warmth",
                CheckIn {
                    warmth: true,
                    ..calm()
                },
                1,
                None,
                Urgency::Practitioner,
            ),
            (
                "redness spreading on day 2 is early swelling",
                CheckIn {
                    spreading: true,
                    ..calm()
                },
                2,
                None,
                Urgency::Usual,
            ),
            (
                "redness spreading on day 4",
                CheckIn {
                    spreading: true,
                    ..calm()
                },
                4,
                None,
                Urgency::Practitioner,
            ),
            (
                "redness growing on day 3 is still expected",
                CheckIn {
                    redness: Level::Moderate,
                    ..mild.clone()
                },
                3,
                Some(mild.clone()),
                Urgency::Usual,
            ),
            (
                "redness growing on day 4",
                CheckIn {
                    redness: Level::Moderate,
                    ..mild.clone()
                },
                4,
                Some(mild.clone()),
                Urgency::Practitioner,
            ),
            (
                "pain growing on day 5",
                CheckIn {
                    pain: 5,
                    ..mild.clone()
                },
                5,
                Some(mild.clone()),
                Urgency::Practitioner,
            ),
            (
                "swelling that grows, any day",
                CheckIn {
                    swelling: Level::Moderate,
                    ..mild.clone()
                },
                1,
                Some(mild.clone()),
                Urgency::Practitioner,
            ),
            (
                "redness fading on day 6",
                CheckIn {
                    redness: Level::None,
                    ..mild.clone()
                },
                6,
                Some(mild.clone()),
                Urgency::Usual,
            ),
            (
                "fever outranks pus",
                CheckIn {
                    fever: true,
                    discharge: Discharge::Pus,
                    ..calm()
                },
                4,
                None,
                Urgency::Doctor,
            ),
        ]
    }

    #[test]
    fn every_reason_is_listed_most_urgent_first() {
        let advice = advice(
            &CheckIn {
                pain: 9,
                fever: true,
                ..calm()
            },
            2,
            None,
            Locale::default(),
        );
        assert_eq!(advice.reasons.len(), 2, "{advice:?}");
        assert!(
            advice.reasons[0].starts_with("Fever"),
            "the doctor's reason leads: {advice:?}"
        );
        assert!(
            advice.message.contains("doctor"),
            "the message says whom to contact"
        );
    }

    #[test]
    fn a_pain_score_above_ten_is_refused() {
        assert!(
            CheckIn { pain: 11, ..calm() }.check().is_err(),
            "pain runs 0 to 10"
        );
        assert!(CheckIn { pain: 10, ..calm() }.check().is_ok());
    }

    #[test]
    fn a_partial_check_in_reads_with_calm_defaults() {
        let answers: CheckIn = serde_json::from_str(r#"{"fever": true}"#).unwrap();
        assert_eq!(
            answers,
            CheckIn {
                fever: true,
                ..calm()
            },
            "unanswered is calm"
        );
        assert!(
            serde_json::from_str::<CheckIn>(r#"{"fevr": true}"#).is_err(),
            "a misspelt answer is refused, not ignored"
        );
    }
}
