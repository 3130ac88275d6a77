//! A share code as someone may paste it: any text. Decoding gives a protocol or an error, never
//! a panic, and a protocol it gives encodes back to a code that decodes to it.
#![no_main]

use aftercare_core::share;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // As typed after the prefix, and as a whole: both reach the decoder's deeper paths.
    for code in [format!("{}{text}", share::PREFIX), text.into_owned()] {
        if let Ok(protocol) = share::decode(&code) {
            assert_eq!(
                share::decode(&share::encode(&protocol)).ok(),
                Some(protocol)
            );
        }
    }
});
