//! What differs between two protocols, in the client's words: shown before they accept an
//! artist's protocol, so that nothing changes behind their back.

use serde::Serialize;

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

/// Every difference from `current` to `incoming`: the protocol's own fields, then each rule of
/// `incoming` in its order, then the rules it drops.
pub fn differences(current: &Protocol, incoming: &Protocol) -> Vec<Difference> {
    let mut found = Vec::new();
    // An empty value is none: a studio named where there was none is added, not changed.
    let mut top = |what: &str, before: String, after: String| {
        if before != after {
            found.push(Difference {
                rule: None,
                what: what.to_string(),
                before: Some(before).filter(|v| !v.is_empty()),
                after: Some(after).filter(|v| !v.is_empty()),
            });
        }
    };
    top("Name", current.name.clone(), incoming.name.clone());
    top("Version", current.version.clone(), incoming.version.clone());
    let studio = |p: &Protocol| {
        p.studio
            .as_ref()
            .map_or_else(String::new, |s| match &s.contact {
                Some(contact) => format!("{} ({contact})", s.name),
                None => s.name.clone(),
            })
    };
    top("Studio", studio(current), studio(incoming));
    top(
        "Description",
        current.description.clone().unwrap_or_default(),
        incoming.description.clone().unwrap_or_default(),
    );
    top(
        "Days between sessions, at least",
        current.min_days_between_sessions.to_string(),
        incoming.min_days_between_sessions.to_string(),
    );
    for category in Category::ALL {
        top(
            &format!("How late a {} reminder may still come", label(category)),
            hours(current.grace_hours.of(category)),
            hours(incoming.grace_hours.of(category)),
        );
    }
    for rule in &incoming.rules {
        match current.rule(&rule.key) {
            Some(before) => found.extend(rule_differences(before, rule)),
            None => found.push(Difference {
                rule: Some(rule.key.clone()),
                what: format!("New: {}", rule.title),
                before: None,
                after: Some(summary(rule)),
            }),
        }
    }
    for rule in &current.rules {
        if incoming.rule(&rule.key).is_none() {
            found.push(Difference {
                rule: Some(rule.key.clone()),
                what: format!("Dropped: {}", rule.title),
                before: Some(summary(rule)),
                after: None,
            });
        }
    }
    found
}

/// A field of a rule as the client reads it.
type Field = (&'static str, fn(&Rule) -> String);

fn rule_differences(before: &Rule, after: &Rule) -> Vec<Difference> {
    let fields: [Field; 10] = [
        ("title", |r| r.title.clone()),
        ("days", |r| window(r.days)),
        ("counts from", |r| anchor(r.from).to_string()),
        ("what it asks", |r| kind(r.kind).to_string()),
        ("kind of reminder", |r| label(r.category).to_string()),
        ("reminder", |r| at(r.at)),
        ("repeats", |r| {
            r.every
                .map_or_else(|| "no".to_string(), |n| format!("every {n} days"))
        }),
        ("ends", |r| r.lifts.clone().unwrap_or_default()),
        ("text", |r| r.body.clone()),
        ("source", |r| r.source.clone().unwrap_or_default()),
    ];
    fields
        .into_iter()
        .filter_map(|(name, value)| {
            let (old, new) = (value(before), value(after));
            (old != new).then(|| Difference {
                rule: Some(after.key.clone()),
                what: format!("{}: {name}", after.title),
                before: Some(old),
                after: Some(new),
            })
        })
        .collect()
}

/// A rule in a line: `Keep your scalp dry: days 0 to 3 of each session`.
fn summary(rule: &Rule) -> String {
    format!(
        "{}, {} of {}: {}",
        kind(rule.kind),
        window(rule.days),
        anchor(rule.from),
        rule.body
    )
}

fn window([start, end]: [i32; 2]) -> String {
    if start == end {
        day(start)
    } else {
        format!("{} to {}", day(start), day(end))
    }
}

fn day(n: i32) -> String {
    match n {
        -1 => "the day before".to_string(),
        n if n < 0 => format!("{} days before", -n),
        n => format!("day {n}"),
    }
}

fn hours(n: u16) -> String {
    if n == 1 {
        "1 hour".to_string()
    } else {
        format!("{n} hours")
    }
}

fn at(at: At) -> String {
    match at {
        At::Digest => "in the morning list".to_string(),
        At::Morning => "at the morning reminder time".to_string(),
        At::Time(time) => format!("at {}", time.format("%H:%M")),
        At::Uv => "shortly before the UV index reaches 3".to_string(),
    }
}

fn anchor(anchor: Anchor) -> &'static str {
    match anchor {
        Anchor::Each => "each session",
        Anchor::First => "the first session",
        Anchor::Final => "the final session",
        Anchor::Treatment => "the treatment",
    }
}

fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Avoid => "avoid",
        Kind::Allowed => "allowed again",
        Kind::Do => "do",
    }
}

fn label(category: Category) -> &'static str {
    match category {
        Category::Milestone => "change",
        Category::Digest => "daily",
        Category::Prep => "preparation",
        Category::Sun => "sun",
        Category::Checkin => "check-in",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_protocol_differs_in_nothing() {
        assert!(differences(&Protocol::seed(), &Protocol::seed()).is_empty());
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
        let found = differences(&seed, &artist);
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
            contact: Some("+44 20 7946 0000".into()),
        });
        let found = differences(&seed, &artist);
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
