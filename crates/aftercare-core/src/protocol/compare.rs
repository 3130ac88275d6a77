//! What differs between two protocols, in the client's words and language: shown before they
//! accept an artist's protocol, so that nothing changes behind their back.

use serde::Serialize;

use crate::locale::{Locale, Value};
use crate::protocol::{Anchor, At, Category, Kind, Protocol, Rule};

/// One difference: what it is about, and its value before and after (none where there is none:
/// a rule added or removed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Difference {
    /// The rule's key, or none for the protocol as a whole.
    pub rule: Option<String>,
    /// `Name`, `You may wash your scalp again: days`, `New: Pools and sauna`.
    pub what: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Every difference from `current` to `incoming`, each read in the locale's language (else the
/// protocol's own): the protocol's own fields, then each rule of `incoming` in its order, then
/// the rules it drops.
pub fn differences(current: &Protocol, incoming: &Protocol, locale: Locale) -> Vec<Difference> {
    let (current, incoming) = (current.in_language(locale), incoming.in_language(locale));
    let words = Words(locale);
    let mut found = Vec::new();
    // An empty value is none: a studio named where there was none is added, not changed.
    let mut top = |what: String, before: String, after: String| {
        if before != after {
            found.push(Difference {
                rule: None,
                what,
                before: Some(before).filter(|v| !v.is_empty()),
                after: Some(after).filter(|v| !v.is_empty()),
            });
        }
    };
    top(
        locale.text("compare-name"),
        current.name.clone(),
        incoming.name.clone(),
    );
    top(
        locale.text("compare-version"),
        current.version.clone(),
        incoming.version.clone(),
    );
    let studio = |p: &Protocol| {
        p.studio.as_ref().map_or_else(String::new, |s| {
            let reach = s.reach();
            if reach.is_empty() {
                s.name.clone()
            } else {
                format!("{} ({})", s.name, reach.join(", "))
            }
        })
    };
    top(
        locale.text("compare-studio"),
        studio(&current),
        studio(&incoming),
    );
    top(
        locale.text("compare-description"),
        current.description.clone().unwrap_or_default(),
        incoming.description.clone().unwrap_or_default(),
    );
    top(
        locale.text("compare-min-days"),
        current.min_days_between_sessions.to_string(),
        incoming.min_days_between_sessions.to_string(),
    );
    for category in Category::ALL {
        top(
            locale.text_with(
                "compare-grace",
                [("category", words.category(category).into())],
            ),
            words.hours(current.grace_hours.of(category)),
            words.hours(incoming.grace_hours.of(category)),
        );
    }
    for rule in &incoming.rules {
        match current.rule(&rule.key) {
            Some(before) => found.extend(words.rule_differences(before, rule)),
            None => found.push(Difference {
                rule: Some(rule.key.clone()),
                what: locale.text_with("compare-new", [("rule", rule.title.as_str().into())]),
                before: None,
                after: Some(words.summary(rule)),
            }),
        }
    }
    for rule in &current.rules {
        if incoming.rule(&rule.key).is_none() {
            found.push(Difference {
                rule: Some(rule.key.clone()),
                what: locale.text_with("compare-dropped", [("rule", rule.title.as_str().into())]),
                before: Some(words.summary(rule)),
                after: None,
            });
        }
    }
    found
}

/// A protocol's values as the client reads them, in one language.
struct Words(Locale);

/// A field of a rule: its name in the catalog, and its value as the client reads it.
type Field = (&'static str, fn(&Words, &Rule) -> String);

impl Words {
    fn rule_differences(&self, before: &Rule, after: &Rule) -> Vec<Difference> {
        let fields: [Field; 10] = [
            ("compare-field-title", |_, r| r.title.clone()),
            ("compare-field-days", |w, r| w.window(r.days)),
            ("compare-field-from", |w, r| w.anchor(r.from)),
            ("compare-field-kind", |w, r| w.kind(r.kind)),
            ("compare-field-category", |w, r| w.category(r.category)),
            ("compare-field-at", |w, r| w.at(r.at)),
            ("compare-field-every", |w, r| {
                let days = r.every.map_or(0, i64::from);
                w.0.text_with("compare-every", [("days", days.into())])
            }),
            ("compare-field-lifts", |_, r| {
                r.lifts.clone().unwrap_or_default()
            }),
            ("compare-field-body", |_, r| r.body.clone()),
            ("compare-field-source", |_, r| {
                r.source.clone().unwrap_or_default()
            }),
        ];
        fields
            .into_iter()
            .filter_map(|(name, value)| {
                let (old, new) = (value(self, before), value(self, after));
                (old != new).then(|| Difference {
                    rule: Some(after.key.clone()),
                    what: self.0.text_with(
                        "compare-rule-field",
                        [
                            ("rule", after.title.as_str().into()),
                            ("field", self.0.text(name).into()),
                        ],
                    ),
                    before: Some(old),
                    after: Some(new),
                })
            })
            .collect()
    }

    /// A rule in a line: `avoid, day 0 to day 3 of each session: Keep your scalp dry…`.
    fn summary(&self, rule: &Rule) -> String {
        self.0.text_with(
            "compare-summary",
            [
                ("kind", self.kind(rule.kind).into()),
                ("window", self.window(rule.days).into()),
                ("anchor", self.anchor(rule.from).into()),
                ("body", rule.body.as_str().into()),
            ],
        )
    }

    fn window(&self, [start, end]: [i32; 2]) -> String {
        if start == end {
            self.day(start)
        } else {
            self.0.text_with(
                "compare-window",
                [
                    ("start", self.day(start).into()),
                    ("end", self.day(end).into()),
                ],
            )
        }
    }

    fn day(&self, n: i32) -> String {
        if n < 0 {
            self.0
                .text_with("compare-days-before", [("days", (-n).into())])
        } else {
            self.0.text_with("compare-day", [("day", n.into())])
        }
    }

    fn hours(&self, n: u16) -> String {
        self.0.text_with("compare-hours", [("hours", n.into())])
    }

    fn at(&self, at: At) -> String {
        match at {
            At::Digest => self.0.text("compare-at-digest"),
            At::Morning => self.0.text("compare-at-morning"),
            At::Time(time) => {
                let time: Value<'_> = self.0.time(time).into();
                self.0.text_with("compare-at-time", [("time", time)])
            }
            At::Uv => self.0.text("compare-at-uv"),
        }
    }

    fn anchor(&self, anchor: Anchor) -> String {
        self.0.text(match anchor {
            Anchor::Each => "compare-anchor-each",
            Anchor::First => "compare-anchor-first",
            Anchor::Final => "compare-anchor-final",
            Anchor::Treatment => "compare-anchor-treatment",
        })
    }

    fn kind(&self, kind: Kind) -> String {
        self.0.text(match kind {
            Kind::Avoid => "compare-kind-avoid",
            Kind::Allowed => "compare-kind-allowed",
            Kind::Do => "compare-kind-do",
        })
    }

    fn category(&self, category: Category) -> String {
        self.0.text(match category {
            Category::Milestone => "compare-category-milestone",
            Category::Digest => "compare-category-digest",
            Category::Prep => "compare-category-prep",
            Category::Sun => "compare-category-sun",
            Category::Checkin => "compare-category-checkin",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_protocol_differs_in_nothing() {
        assert!(differences(&Protocol::seed(), &Protocol::seed(), Locale::default()).is_empty());
    }

    #[test]
    fn a_changed_day_is_named_with_its_rule_and_both_values() {
        let seed = Protocol::seed();
        let mut artist = seed.clone();
        let wash = artist
            .rules
            .iter_mut()
            .find(|r| r.key == "wash-ok")
            .unwrap();
        wash.days = [5, 6];
        let found = differences(&seed, &artist, Locale::default());
        assert_eq!(found.len(), 1, "one change: {found:?}");
        let change = &found[0];
        assert_eq!(change.rule.as_deref(), Some("wash-ok"));
        assert!(change.what.ends_with(": days"), "{}", change.what);
        assert_eq!(change.before.as_deref(), Some("day 4 to day 6"));
        assert_eq!(change.after.as_deref(), Some("day 5 to day 6"));
    }

    #[test]
    fn added_and_dropped_rules_and_the_studio_are_listed() {
        let seed = Protocol::seed();
        let strict = Protocol::bundled("strict").unwrap();
        let mut artist = strict.clone();
        artist.studio = Some(crate::protocol::Studio {
            name: "Ink Studio".into(),
            phone: Some("+44 20 7946 0000".into()),
            ..crate::protocol::Studio::default()
        });
        let found = differences(&seed, &artist, Locale::default());
        let whats: Vec<&str> = found.iter().map(|d| d.what.as_str()).collect();
        assert!(whats.contains(&"Studio"), "{whats:?}");
        assert!(
            found
                .iter()
                .any(|d| d.what.starts_with("New: ") && d.before.is_none()),
            "the strict protocol adds rules the default lacks: {whats:?}"
        );
        assert!(
            found
                .iter()
                .any(|d| d.what.starts_with("Dropped: ") && d.after.is_none()),
            "and drops some: {whats:?}"
        );
    }
}
