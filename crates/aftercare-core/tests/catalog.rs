//! The message catalog as a whole: every file parses with Fluent's own parser, every language
//! has exactly English's messages with the same variables, every message is used by the code
//! and every message the code asks for exists, and each translation says whether a native
//! speaker has reviewed it.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

const LANGUAGES: [&str; 5] = ["en", "es", "fr", "pt-BR", "tr"];

/// Each file of a language: its name and text.
fn files(language: &str) -> BTreeMap<String, String> {
    fs::read_dir(locales().join(language))
        .unwrap_or_else(|e| panic!("locales/{language}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, fs::read_to_string(&path).unwrap())
        })
        .collect()
}

/// Each message of a file: its id and the variables it uses.
fn messages(language: &str, name: &str, text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
        panic!("locales/{language}/{name}.ftl does not parse: {errors:?}")
    });
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut variables);
                }
                Some((message.id.name.to_string(), variables))
            }
            Entry::Junk { content } => {
                panic!("locales/{language}/{name}.ftl: unreadable entry {content:?}")
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, into),
        _ => {}
    }
}

#[test]
fn every_language_has_english_s_messages_with_the_same_variables() {
    let english = files("en");
    for language in &LANGUAGES[1..] {
        let translated = files(language);
        assert_eq!(
            translated.keys().collect::<Vec<_>>(),
            english.keys().collect::<Vec<_>>(),
            "{language} has a file for each of English's"
        );
        for (name, text) in &english {
            let want = messages("en", name, text);
            let have = messages(language, name, &translated[name]);
            let missing: Vec<_> = want.keys().filter(|id| !have.contains_key(*id)).collect();
            let extra: Vec<_> = have.keys().filter(|id| !want.contains_key(*id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "locales/{language}/{name}.ftl: missing {missing:?}, not in English {extra:?}"
            );
            for (id, variables) in &want {
                assert_eq!(
                    &have[id], variables,
                    "locales/{language}/{name}.ftl `{id}` uses English's variables, no other"
                );
            }
        }
    }
}

#[test]
fn every_translation_says_whether_a_native_speaker_reviewed_it() {
    for language in &LANGUAGES[1..] {
        for (name, text) in files(language) {
            let first = text.lines().next().unwrap_or_default();
            assert!(
                first.starts_with("### Review status: draft.")
                    || first.starts_with("### Review status: reviewed by "),
                "locales/{language}/{name}.ftl opens with its review status (see TRANSLATIONS.md): {first:?}"
            );
        }
    }
}

#[test]
fn every_message_formats_in_every_language() {
    for language in LANGUAGES {
        let mut bundle: FluentBundle<FluentResource> =
            FluentBundle::new(vec![language.parse().unwrap()]);
        bundle.add_builtins().unwrap();
        let mut all = BTreeMap::new();
        for (name, text) in files(language) {
            all.extend(messages(language, &name, &text));
            bundle
                .add_resource(FluentResource::try_new(text).unwrap())
                .unwrap_or_else(|e| panic!("{language}/{name}.ftl defines an id twice: {e:?}"));
        }
        for (id, variables) in &all {
            // Numbers reach every plural variant's rules; strings the selectors on code values.
            for sample in [0, 1, 2, 5, 21] {
                let mut args = FluentArgs::new();
                for variable in variables {
                    args.set(variable.as_str(), sample);
                }
                let pattern = bundle.get_message(id).unwrap().value().unwrap();
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(
                    errors.is_empty() && !text.trim().is_empty(),
                    "{language} `{id}` with {sample}: {errors:?} {text:?}"
                );
            }
        }
    }
}

/// The code's text: every Rust source of the app and the UI's modules and page.
fn code() -> Vec<(PathBuf, String)> {
    let mut found = Vec::new();
    let mut folders = vec![root().join("src-tauri/src"), root().join("ui")];
    for entry in fs::read_dir(root().join("crates")).unwrap() {
        folders.push(entry.unwrap().path().join("src"));
    }
    while let Some(folder) = folders.pop() {
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if !path.ends_with("vendor") {
                    folders.push(path);
                }
            } else if path
                .extension()
                .is_some_and(|e| e == "rs" || e == "js" || e == "html")
            {
                found.push((path.clone(), fs::read_to_string(&path).unwrap()));
            }
        }
    }
    found
}

#[test]
fn every_message_is_used_and_every_message_asked_for_exists() {
    let mut english = BTreeMap::new();
    let mut references = String::new();
    for (name, text) in files("en") {
        english.extend(messages("en", &name, &text));
        references.push_str(&text);
    }
    let code = code();
    let used = |id: &str| {
        let quoted = [format!("\"{id}\""), format!("'{id}'")];
        code.iter()
            .any(|(_, text)| quoted.iter().any(|q| text.contains(q.as_str())))
            // A message another one shows (`{ private-digest }`).
            || references.contains(&format!("{{ {id} }}"))
    };
    let unused: Vec<_> = english.keys().filter(|id| !used(id)).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");

    // The page gets only the files the screens read: a message the UI names must be in them.
    let screens: BTreeSet<&str> =
        aftercare_core::locale::ui_catalog(aftercare_core::Language::English)
            .as_array()
            .expect("the page's catalog is a list of messages")
            .iter()
            .filter_map(|message| message["id"].as_str())
            .collect();
    let ui = root().join("ui");
    for (path, text) in code.iter().filter(|(path, _)| path.starts_with(&ui)) {
        for id in english.keys() {
            let named = [format!("\"{id}\""), format!("'{id}'")]
                .iter()
                .any(|quoted| text.contains(quoted.as_str()));
            assert!(
                !named || screens.contains(id.as_str()),
                "{}: `{id}` is in a file the page is not given (errors, shell, cli)",
                path.display()
            );
        }
    }

    let asked = [
        "t('",
        r#"data-l10n-id=""#,
        r#".text(""#,
        r#".text_with(""#,
        r#"Message::new(""#,
    ];
    for (path, text) in &code {
        for call in asked {
            for (at, _) in text.match_indices(call) {
                // `t('` alone, not the end of `split('`.
                let before = text[..at].chars().next_back();
                if call.starts_with('t') && before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                {
                    continue;
                }
                let rest = &text[at + call.len()..];
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                assert!(
                    english.contains_key(&id),
                    "{}: `{id}` is not in the English catalog",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn the_catalog_embeds_every_file_there_is() {
    let source =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/locale/text.rs"))
            .unwrap();
    let listed = source
        .split("catalog!(")
        .nth(1)
        .expect("text.rs lists the files in `catalog!(...)`");
    let listed = &listed[..listed.find(')').unwrap()];
    let listed: BTreeSet<String> = listed
        .split(',')
        .map(|name| name.trim().trim_matches('"').to_string())
        .filter(|name| !name.is_empty())
        .collect();
    let there: BTreeSet<String> = files("en").into_keys().collect();
    assert_eq!(
        listed, there,
        "text.rs embeds each file of locales/en, and no other"
    );
}

/// What the UI is checked against (`tests/ui/locale.test.mjs`): for each locale, its conventions
/// and what Rust writes for sample dates and times, and each language's catalog with the ids and
/// variables every message has, the catalog the page is given (`ui_catalog`, parsed), and how
/// Rust writes a count into a message (`days-ahead`).
#[test]
fn the_ui_s_fixture_is_what_rust_writes() {
    use aftercare_core::{Language, Locale};
    use chrono::{NaiveDate, TimeDelta};

    let start = NaiveDate::from_ymd_opt(2027, 12, 25)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    // Every weekday and month, every hour, minutes with one and two digits.
    let samples: Vec<_> = (0..400)
        .map(|i| start + TimeDelta::days(i) + TimeDelta::minutes(i * 37 % 1440))
        .collect();
    let mut locales = serde_json::Map::new();
    for tag in ["en", "en-GB", "es", "es-MX", "fr", "fr-CA", "pt-BR", "tr"] {
        let locale: Locale = tag.parse().unwrap();
        let written: Vec<_> = samples
            .iter()
            .map(|at| {
                serde_json::json!({
                    "value": at.format("%Y-%m-%dT%H:%M").to_string(),
                    "day": locale.day(at.date()),
                    "dated_day": locale.dated_day(at.date()),
                    "long_day": locale.long_day(at.date()),
                    "time": locale.time(at.time()),
                    "day_time": locale.day_time(*at),
                    "dated_day_time": locale.dated_time(*at),
                })
            })
            .collect();
        locales.insert(
            tag.to_string(),
            serde_json::json!({ "conventions": locale.conventions(), "written": written }),
        );
    }
    let mut english = BTreeMap::new();
    for (name, text) in files("en") {
        english.extend(messages("en", &name, &text));
    }
    let catalogs: serde_json::Map<_, _> = Language::ALL
        .iter()
        .map(|language| {
            (
                language.code().to_string(),
                files(language.code())
                    .into_values()
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into(),
            )
        })
        .collect();
    // Counts up to a life's worth of days (a touch-up years away is thousands of days ahead), in
    // each shipped language and in regions that group digits otherwise (Mexico's Spanish, India's
    // English, Portugal's Portuguese, Switzerland's French).
    let counted: Vec<_> = [
        "en-US", "en-GB", "en-IN", "es", "es-MX", "fr-FR", "fr-CA", "fr-CH", "pt-BR", "pt-PT", "tr",
    ]
    .into_iter()
    .map(|tag| {
        let locale: Locale = tag.parse().unwrap();
        let written: Vec<_> = [0, 1, 2, 5, 21, 999, 1000, 1461, 12_000, 123_456, 1_234_567]
            .into_iter()
            .map(|days: i64| {
                let text = locale.text_with("days-ahead", [("days", days.into())]);
                serde_json::json!({ "days": days, "text": text })
            })
            .collect();
        serde_json::json!({
            "tag": tag,
            "language": locale.language.code(),
            "conventions": locale.conventions(),
            "written": written,
        })
    })
    .collect();
    let pages: serde_json::Map<_, _> = Language::ALL
        .iter()
        .map(|&language| {
            let catalog = aftercare_core::locale::ui_catalog(language).clone();
            (language.code().to_string(), catalog)
        })
        .collect();
    let fixture = serde_json::json!({
        "locales": locales,
        "catalogs": catalogs,
        "pages": pages,
        "messages": english,
        "counted": counted,
    });
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join("locale-fixture.json");
    fs::write(&path, serde_json::to_string(&fixture).unwrap()).unwrap();
}
