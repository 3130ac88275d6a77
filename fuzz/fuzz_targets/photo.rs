//! A photo as a client may pick it: any file. Cleaning gives a photo or an error, never a panic,
//! and a photo it gives is already clean: cleaning it again changes nothing.
#![no_main]

use aftercare_core::photo;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(cleaned) = photo::clean(data) {
        assert_eq!(photo::clean(&cleaned.bytes).ok(), Some(cleaned));
    }
});
