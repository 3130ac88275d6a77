//! A protocol from someone else: a TOML or JSON file, a code or a link, any bytes. Reading it
//! gives a valid protocol or an error, never a panic.
#![no_main]

use aftercare_core::{Protocol, share};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(protocol) = share::import(&text) {
        assert!(protocol.validate().is_ok(), "what is read is valid");
    }
    // The two file readers on their own, past the detection of which one applies.
    let _ = Protocol::from_toml(&text);
    let _ = Protocol::from_json(&text);
});
