//! The catalog as the page's Fluent holds it: the screens' files parsed here, in the form
//! @fluent/bundle's `FluentResource` keeps (its `body`), so that the page adds them to its bundle
//! without parsing Fluent, which took 7-12 ms of its start (`ui/js/i18n.js`).

use std::sync::OnceLock;

use fluent_syntax::ast::{
    Attribute, CallArguments, Entry, Expression, InlineExpression, Pattern, PatternElement,
    VariantKey,
};
use fluent_syntax::unicode::unescape_unicode_to_string;
use serde_json::{Value as Json, json};

use super::Language;
use super::text::{RUST_ONLY, index, sources};

/// The files the screens read, parsed, as one list of messages and terms: what the UI adds to its
/// bundle at start, so it holds no message the screens never show. `tests/ui` checks that it is
/// what @fluent/bundle's own parser makes of the same files.
pub fn ui_catalog(language: Language) -> &'static Json {
    static CATALOGS: [OnceLock<Json>; 5] = [const { OnceLock::new() }; 5];
    CATALOGS[index(language)].get_or_init(|| {
        sources(language)
            .filter(|(name, _)| !RUST_ONLY.contains(name))
            .flat_map(|(_, source)| entries(source))
            .collect()
    })
}

fn entries(source: &'static str) -> Vec<Json> {
    let resource = fluent_syntax::parser::parse(source)
        .expect("the catalog parses: tests/catalog checks every file");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(json!({
                "id": message.id.name,
                "value": message.value.as_ref().map(pattern),
                "attributes": attributes(&message.attributes),
            })),
            // Terms are told apart by their dash, as in the source.
            Entry::Term(term) => Some(json!({
                "id": format!("-{}", term.id.name),
                "value": pattern(&term.value),
                "attributes": attributes(&term.attributes),
            })),
            Entry::Comment(_)
            | Entry::GroupComment(_)
            | Entry::ResourceComment(_)
            | Entry::Junk { .. } => None,
        })
        .collect()
}

fn attributes(attributes: &[Attribute<&str>]) -> Json {
    attributes
        .iter()
        .map(|attribute| (attribute.id.name.to_string(), pattern(&attribute.value)))
        .collect::<serde_json::Map<_, _>>()
        .into()
}

/// Text alone is a string; otherwise the text runs (lines joined) and placeables in order.
fn pattern(pattern: &Pattern<&str>) -> Json {
    let mut parts = Vec::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => match parts.last_mut() {
                Some(Json::String(text)) => text.push_str(value),
                _ => parts.push(Json::String((*value).to_string())),
            },
            PatternElement::Placeable { expression } => parts.push(self::expression(expression)),
        }
    }
    if let [Json::String(_)] = parts.as_slice() {
        return parts.pop().expect("a pattern of one text");
    }
    Json::Array(parts)
}

fn expression(expression: &Expression<&str>) -> Json {
    match expression {
        Expression::Inline(inline) => self::inline(inline),
        Expression::Select { selector, variants } => json!({
            "type": "select",
            "selector": inline(selector),
            "variants": variants
                .iter()
                .map(|variant| json!({
                    "key": match &variant.key {
                        VariantKey::Identifier { name } => json!({ "type": "str", "value": name }),
                        VariantKey::NumberLiteral { value } => number(value),
                    },
                    "value": pattern(&variant.value),
                }))
                .collect::<Vec<_>>(),
            "star": variants
                .iter()
                .position(|variant| variant.default)
                .expect("a selection has a default variant: tests/catalog checks every file"),
        }),
    }
}

fn inline(expression: &InlineExpression<&str>) -> Json {
    match expression {
        InlineExpression::StringLiteral { value } => {
            json!({ "type": "str", "value": unescape_unicode_to_string(value) })
        }
        InlineExpression::NumberLiteral { value } => number(value),
        InlineExpression::FunctionReference { id, arguments } => {
            json!({ "type": "func", "name": id.name, "args": self::arguments(arguments) })
        }
        InlineExpression::MessageReference { id, attribute } => json!({
            "type": "mesg",
            "name": id.name,
            "attr": attribute.as_ref().map(|attribute| attribute.name),
        }),
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => json!({
            "type": "term",
            "name": id.name,
            "attr": attribute.as_ref().map(|attribute| attribute.name),
            "args": arguments.as_ref().map_or_else(Vec::new, self::arguments),
        }),
        InlineExpression::VariableReference { id } => json!({ "type": "var", "name": id.name }),
        InlineExpression::Placeable { expression } => self::expression(expression),
    }
}

/// Positional, then named: @fluent/bundle sorts them apart when it calls a function.
fn arguments(arguments: &CallArguments<&str>) -> Vec<Json> {
    let positional = arguments.positional.iter().map(inline);
    let named = arguments.named.iter().map(
        |named| json!({ "type": "narg", "name": named.name.name, "value": inline(&named.value) }),
    );
    positional.chain(named).collect()
}

/// `1.50`: the value, and the digits written after the point, which Fluent keeps as written.
fn number(value: &str) -> Json {
    let precision = value
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len());
    // A whole number as an integer: JSON reads it back the same, and so do the tests.
    let parsed: Json = match value.parse::<i64>() {
        Ok(whole) => whole.into(),
        Err(_) => value
            .parse::<f64>()
            .expect("a Fluent number literal is a decimal number")
            .into(),
    };
    json!({ "type": "num", "value": parsed, "precision": precision })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every construct the catalog may use, and what @fluent/bundle 0.19's own parser makes of
    /// it (`new FluentResource(SOURCE).body` on Node, its text runs joined as `tests/ui` joins
    /// them): the shipped files use only some of these.
    const SOURCE: &str = r#"-brand = Aftercare
    .short = AC
with-term = { -brand(case: "upper") } and { -brand.short ->
    [AC] short
   *[other] long
}
decimal = { NUMBER($x, minimumFractionDigits: 2) } at { 1.50 } or { -3 }
escaped = { "\u00e9\\\"" }
selected = { $n ->
    [0] none
    [one] one
   *[other] { $n } things
}
multi =
    first line
      indented
    last
only-attr =
    .label = Label
nested = { { $x } }
reference = { with-term }
"#;

    const BY_FLUENT_BUNDLE: [&str; 9] = [
        r#"{"id":"-brand","value":"Aftercare","attributes":{"short":"AC"}}"#,
        r#"{"id":"with-term","value":[{"type":"term","name":"brand","attr":null,"args":[{"type":"narg","name":"case","value":{"type":"str","value":"upper"}}]}," and ",{"type":"select","selector":{"type":"term","name":"brand","attr":"short","args":[]},"variants":[{"key":{"type":"str","value":"AC"},"value":"short"},{"key":{"type":"str","value":"other"},"value":"long"}],"star":1}],"attributes":{}}"#,
        r#"{"id":"decimal","value":[{"type":"func","name":"NUMBER","args":[{"type":"var","name":"x"},{"type":"narg","name":"minimumFractionDigits","value":{"type":"num","value":2,"precision":0}}]}," at ",{"type":"num","value":1.5,"precision":2}," or ",{"type":"num","value":-3,"precision":0}],"attributes":{}}"#,
        r#"{"id":"escaped","value":[{"type":"str","value":"é\\\""}],"attributes":{}}"#,
        r#"{"id":"selected","value":[{"type":"select","selector":{"type":"var","name":"n"},"variants":[{"key":{"type":"num","value":0,"precision":0},"value":"none"},{"key":{"type":"str","value":"one"},"value":"one"},{"key":{"type":"str","value":"other"},"value":[{"type":"var","name":"n"}," things"]}],"star":2}],"attributes":{}}"#,
        r#"{"id":"multi","value":"first line\n  indented\nlast","attributes":{}}"#,
        r#"{"id":"only-attr","value":null,"attributes":{"label":"Label"}}"#,
        r#"{"id":"nested","value":[{"type":"var","name":"x"}],"attributes":{}}"#,
        r#"{"id":"reference","value":[{"type":"mesg","name":"with-term","attr":null}],"attributes":{}}"#,
    ];

    #[test]
    fn every_construct_reads_as_fluent_bundle_parses_it() {
        let parsed = entries(SOURCE);
        assert_eq!(
            parsed.len(),
            BY_FLUENT_BUNDLE.len(),
            "one entry a message or term"
        );
        for (ours, theirs) in parsed.iter().zip(BY_FLUENT_BUNDLE) {
            let theirs: Json = serde_json::from_str(theirs).expect("the expected entry is JSON");
            assert_eq!(
                ours, &theirs,
                "the page's Fluent reads the entry as its own parser would"
            );
        }
    }
}
