//! The fuzzers' corpus (`fuzz/corpus/`), replayed: every input cargo fuzz kept, crashes found
//! and fixed included, goes through the same readers as in the fuzz targets on every test run.
//! Each gives a protocol or an error; none panics.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::path::Path;

use aftercare_core::{Protocol, share};

fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut found: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).unwrap())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_kept_share_code_input_decodes_or_is_refused() {
    let corpus = inputs("share_code");
    assert!(corpus.len() >= 5, "the corpus is kept in the repository");
    let mut decoded = 0;
    for (_, data) in &corpus {
        let text = String::from_utf8_lossy(data);
        for code in [format!("{}{text}", share::PREFIX), text.into_owned()] {
            if let Ok(protocol) = share::decode(&code) {
                assert_eq!(
                    share::decode(&share::encode(&protocol)).ok(),
                    Some(protocol)
                );
                decoded += 1;
            }
        }
    }
    assert!(decoded > 0, "the corpus reaches valid codes too");
}

#[test]
fn every_kept_protocol_file_input_is_read_or_refused() {
    let corpus = inputs("protocol_file");
    assert!(corpus.len() >= 5, "the corpus is kept in the repository");
    let mut read = 0;
    for (name, data) in &corpus {
        let text = String::from_utf8_lossy(data);
        if let Ok(protocol) = share::import(&text) {
            assert!(protocol.validate().is_ok(), "{name}: what is read is valid");
            read += 1;
        }
        let _ = Protocol::from_toml(&text);
        let _ = Protocol::from_json(&text);
    }
    assert!(read > 0, "the corpus reaches valid protocols too");
}

#[test]
fn every_kept_photo_input_is_cleaned_or_refused() {
    let corpus = inputs("photo");
    assert!(corpus.len() >= 2, "the corpus is kept in the repository");
    let mut cleaned = 0;
    for (name, data) in &corpus {
        if let Ok(photo) = aftercare_core::photo::clean(data) {
            assert_eq!(
                aftercare_core::photo::clean(&photo.bytes).ok(),
                Some(photo),
                "{name}: a cleaned photo is clean"
            );
            cleaned += 1;
        }
    }
    assert!(cleaned > 0, "the corpus reaches whole photos too");
}
