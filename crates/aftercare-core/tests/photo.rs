//! Real files, as exiftool tags them (`tests/fixtures/photos/make.sh`): a phone-like JPEG and a
//! PNG that carry a home's location in Exif GPS, XMP, IPTC and text come out with none of it,
//! their pixels untouched and their orientation kept.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::path::Path;

use aftercare_core::photo::{self, Format};

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/photos")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// 51°30'2.6244" N as exiftool stores it in the GPS IFD: 51/1, 30/1, 6561/2500, big-endian.
const LATITUDE: [u8; 24] = [
    0, 0, 0, 51, 0, 0, 0, 1, 0, 0, 0, 30, 0, 0, 0, 1, 0, 0, 0x19, 0xA1, 0, 0, 0x09, 0xC4,
];

/// Every way the fixtures say where they were taken: GPS rationals, XMP's GPS and place names,
/// IPTC's place names, the comment, and the containers themselves.
const LOCATION_TRACES: [&[u8]; 7] = [
    &LATITUDE,
    b"GPS",
    b"Westminster",
    b"London",
    b"at home",
    b"http://ns.adobe.com/xap/1.0/",
    b"Photoshop 3.0",
];

/// Exif holding Orientation 6 ("Rotate 90 CW") and nothing else, as an APP1 segment: TIFF header
/// (little-endian, IFD0 at 8), one SHORT entry 0x0112 = 6, no next IFD.
const ROTATE_90_CW_APP1: [u8; 36] = [
    0xFF, 0xE1, 0, 34, b'E', b'x', b'i', b'f', 0, 0, b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12,
    0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0,
];

/// The fixture `name`, which carries a location, and the photo cleaned of it: no trace of where
/// it was taken is left.
fn cleaned_of_location(name: &str) -> (Vec<u8>, photo::Photo) {
    let original = fixture(name);
    for trace in [&LATITUDE[..], b"Westminster", b"London", b"at home"] {
        assert!(
            find(&original, trace).is_some(),
            "{name} carries a location, or this test proves nothing"
        );
    }
    let photo = photo::clean(&original).unwrap();
    for trace in LOCATION_TRACES {
        assert_eq!(
            find(&photo.bytes, trace),
            None,
            "{name}: `{}` would tell where the photo was taken",
            String::from_utf8_lossy(trace)
        );
    }
    (original, photo)
}

#[test]
fn a_located_jpeg_comes_out_without_its_location() {
    let (original, photo) = cleaned_of_location("located.jpg");
    let jfif_end = 2 + 18;
    assert_eq!(
        photo
            .bytes
            .get(jfif_end..jfif_end + ROTATE_90_CW_APP1.len()),
        Some(&ROTATE_90_CW_APP1[..]),
        "the photo was taken in portrait: right after JFIF, Exif says so, and says nothing else"
    );
    let icc = b"ICC_PROFILE\0";
    assert!(
        find(&photo.bytes, icc).is_some(),
        "the colour profile is how the photo looks, not where it was taken"
    );
    let quantization = [0xFF, 0xDB];
    let image = |bytes: &[u8]| bytes[find(bytes, &quantization).unwrap()..].to_vec();
    assert_eq!(
        image(&photo.bytes),
        image(&original),
        "tables, frame, scan and end marker are copied byte for byte: no quality is lost"
    );
    assert_eq!(photo.format, Format::Jpeg);
}

/// The chunk types of a PNG, in order, with their bodies.
fn chunks(png: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    let mut at = 8;
    while at < png.len() {
        let length = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let kind = String::from_utf8_lossy(&png[at + 4..at + 8]).into_owned();
        found.push((kind, png[at + 8..at + 8 + length].to_vec()));
        at += 12 + length;
    }
    found
}

#[test]
fn a_located_png_comes_out_without_its_location() {
    let (original, photo) = cleaned_of_location("located.png");
    let before = chunks(&original);
    let after = chunks(&photo.bytes);
    let names: Vec<_> = after.iter().map(|(kind, _)| kind.as_str()).collect();
    assert_eq!(
        names,
        ["IHDR", "eXIf", "IDAT", "IEND"],
        "text and XMP go; the image and a new Exif with only the orientation stay"
    );
    assert_eq!(
        after[1].1,
        ROTATE_90_CW_APP1[10..],
        "the new eXIf is the same orientation-only TIFF a JPEG gets"
    );
    let idat = |list: &[(String, Vec<u8>)]| {
        list.iter()
            .find(|(kind, _)| kind == "IDAT")
            .unwrap()
            .1
            .clone()
    };
    assert_eq!(
        idat(&after),
        idat(&before),
        "the pixels are copied byte for byte"
    );
    assert_eq!(photo.format, Format::Png);
    assert_eq!(
        photo::clean(&photo.bytes).unwrap(),
        photo,
        "a cleaned photo added again comes out the same"
    );
}
