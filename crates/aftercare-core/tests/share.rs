//! Share codes round-trip: any valid protocol an artist can make (days, texts in any script,
//! a studio) comes back from its code and its link exactly as it went in.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use aftercare_core::{Protocol, Studio, share};
use proptest::prelude::*;

/// Text an artist may write: any printable characters, emoji and accents included.
fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::string::string_regex(&format!("[^\\p{{Cc}}]{{1,{max}}}"))
        .unwrap()
        .prop_filter("not only spaces", |t| !t.trim().is_empty())
}

#[derive(Debug, Clone)]
struct Edit {
    rule: usize,
    start: i32,
    length: i32,
    title: String,
    body: String,
}

fn edit() -> impl Strategy<Value = Edit> {
    (0usize..64, -90i32..200, 0i32..60, text(100), text(500)).prop_map(
        |(rule, start, length, title, body)| Edit {
            rule,
            start,
            length,
            title,
            body,
        },
    )
}

/// A studio's phone, e-mail address and website, each maybe.
type Reach = (Option<String>, Option<String>, Option<String>);

fn reach() -> impl Strategy<Value = Reach> {
    (
        proptest::option::of("\\+?[0-9][0-9 ]{2,14}[0-9]"),
        proptest::option::of("[a-z0-9.]{1,12}@[a-z]{1,12}\\.[a-z]{2,6}"),
        proptest::option::of("https://[a-z]{1,12}\\.[a-z]{2,6}(/[a-z0-9?=&%-]{0,20})?"),
    )
}

/// The default or the stricter protocol with the edits applied, if the result is valid (an edit
/// may move an `allowed` rule inside the rule it lifts) and small enough to share.
fn edited(
    strict: bool,
    edits: &[Edit],
    studio: Option<(String, Option<String>, Reach)>,
) -> Option<Protocol> {
    let mut protocol = if strict {
        Protocol::bundled("strict").unwrap()
    } else {
        Protocol::seed()
    };
    for edit in edits {
        let count = protocol.rules.len();
        let rule = &mut protocol.rules[edit.rule % count];
        rule.days = [edit.start, edit.start + edit.length];
        rule.title.clone_from(&edit.title);
        rule.body.clone_from(&edit.body);
    }
    protocol.studio = studio.map(|(name, contact, (phone, email, website))| Studio {
        name,
        contact,
        phone,
        email,
        website,
        social: None,
    });
    let shareable = serde_json::to_string(&protocol).unwrap().len() <= share::MAX_BYTES;
    (shareable && protocol.validate().is_ok()).then_some(protocol)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_valid_protocol_comes_back_from_its_code_and_its_link(
        strict in any::<bool>(),
        edits in proptest::collection::vec(edit(), 0..6),
        studio in proptest::option::of((text(80), proptest::option::of(text(120)), reach())),
    ) {
        let Some(protocol) = edited(strict, &edits, studio) else {
            return Ok(());
        };
        let code = share::encode(&protocol);
        prop_assert!(code.starts_with(share::PREFIX));
        prop_assert!(
            code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
            "a code is safe in a URL and a message: {code}"
        );
        prop_assert_eq!(&share::decode(&code).unwrap(), &protocol, "from the code");
        prop_assert_eq!(&share::import(&share::link(&protocol)).unwrap(), &protocol, "from the link");
        prop_assert_eq!(
            &share::import(&format!("  {code}\n")).unwrap(),
            &protocol,
            "pasted with whitespace around it"
        );
    }
}
