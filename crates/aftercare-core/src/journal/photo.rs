//! Healing-journal photos made safe to keep: a JPEG or PNG from the camera or a file, with every
//! place a location hides (Exif GPS, XMP, IPTC, comments, text chunks) taken out before it is
//! stored.
//!
//! Nothing is decoded or re-encoded: the image data is copied byte for byte, so a photo loses no
//! quality and cleaning it again changes nothing. The one piece of metadata carried over is the
//! Exif orientation, rewritten on its own, so a photo taken in portrait still shows upright.

use std::fmt;

use crate::error::{Error, Result};
use crate::locale::Message;

/// The largest photo accepted: above what a phone camera writes (a 50 MP JPEG is about 15 MiB),
/// below what would strain a phone's memory while it is cleaned.
pub const MAX_PHOTO_BYTES: usize = 25 * 1024 * 1024;

/// The image formats a journal photo may come in: what every phone camera and WebView shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
}

impl Format {
    pub fn mime(self) -> &'static str {
        match self {
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }
}

/// A photo with its location gone, ready to store.
#[derive(Clone, PartialEq, Eq)]
pub struct Photo {
    pub format: Format,
    pub bytes: Vec<u8>,
}

// By hand: megabytes of pixels in a failed assertion would bury its message.
impl fmt::Debug for Photo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Photo")
            .field("format", &self.format)
            .field("bytes", &format_args!("<{} bytes>", self.bytes.len()))
            .finish()
    }
}

/// The photo without anything that can tell where it was taken, or why it cannot be kept. Every
/// structure is checked (JPEG segments up to the end marker, PNG chunks and their checksums up
/// to IEND); what follows the image's end is dropped, since phones append second images there
/// that carry their own metadata.
pub fn clean(bytes: &[u8]) -> Result<Photo> {
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(Error::PhotoTooLarge {
            max: MAX_PHOTO_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(damaged("photo-empty"));
    }
    if bytes.starts_with(&[0xFF, SOI]) {
        clean_jpeg(bytes)
    } else if bytes.starts_with(b"\x89PNG") {
        clean_png(bytes)
    } else {
        Err(Error::UnsupportedPhoto {
            kind: other_kind(bytes),
        })
    }
}

/// `why`: the catalog's words for what the file breaks.
fn damaged(why: &'static str) -> Error {
    Error::DamagedPhoto {
        why: Message::new(why),
    }
}

/// Names the formats people try most, so the message can say what the file is.
fn other_kind(bytes: &[u8]) -> Option<&'static str> {
    // HEIC and AVIF are ISO media files: an `ftyp` box naming the brand comes first.
    if let Some(brand) = bytes
        .get(4..12)
        .and_then(|bytes| bytes.strip_prefix(b"ftyp"))
    {
        return match brand {
            b"avif" | b"avis" => Some("AVIF"),
            b"heic" | b"heix" | b"heim" | b"heis" | b"hevc" | b"hevx" | b"hevm" | b"hevs"
            | b"mif1" | b"msf1" => Some("HEIC"),
            _ => None,
        };
    }
    if bytes.starts_with(b"GIF8") {
        Some("GIF")
    } else if bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP") {
        Some("WebP")
    } else if bytes.starts_with(b"II*\0") || bytes.starts_with(b"MM\0*") {
        Some("TIFF or camera RAW")
    } else {
        None
    }
}

fn slice(bytes: &[u8], at: usize, len: usize) -> Option<&[u8]> {
    bytes.get(at..at.checked_add(len)?)
}

fn be_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(slice(bytes, at, 2)?.try_into().ok()?))
}

fn be_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(slice(bytes, at, 4)?.try_into().ok()?))
}

/// The Exif orientation of a TIFF structure (an Exif APP1's or a PNG eXIf's body), when it turns
/// or mirrors the image (2-8). Anything unreadable counts as upright: the metadata goes either
/// way, and a photo is not refused for it.
fn orientation(tiff: &[u8]) -> Option<u16> {
    let big_endian = match tiff.get(..4)? {
        b"MM\0*" => true,
        b"II*\0" => false,
        _ => return None,
    };
    let u16_at = |at| {
        let raw = slice(tiff, at, 2)?.try_into().ok()?;
        Some(if big_endian {
            u16::from_be_bytes(raw)
        } else {
            u16::from_le_bytes(raw)
        })
    };
    let u32_at = |at| {
        let raw = slice(tiff, at, 4)?.try_into().ok()?;
        Some(if big_endian {
            u32::from_be_bytes(raw)
        } else {
            u32::from_le_bytes(raw)
        })
    };
    let ifd0 = usize::try_from(u32_at(4)?).ok()?;
    for index in 0..usize::from(u16_at(ifd0)?) {
        let entry = ifd0.checked_add(2)?.checked_add(index.checked_mul(12)?)?;
        if u16_at(entry)? != ORIENTATION_TAG {
            continue;
        }
        let is_one_short = u16_at(entry + 2)? == SHORT && u32_at(entry + 4)? >= 1;
        return u16_at(entry + 8).filter(|value| is_one_short && (2..=8).contains(value));
    }
    None
}

const ORIENTATION_TAG: u16 = 0x0112;
const SHORT: u16 = 3;

/// A little-endian TIFF whose IFD0 holds the orientation and nothing else.
fn orientation_tiff(orientation: u16) -> Vec<u8> {
    [
        b"II*\0".as_slice(),
        &8u32.to_le_bytes(),
        &1u16.to_le_bytes(),
        &ORIENTATION_TAG.to_le_bytes(),
        &SHORT.to_le_bytes(),
        &1u32.to_le_bytes(),
        &u32::from(orientation).to_le_bytes(),
        // No next IFD.
        &0u32.to_le_bytes(),
    ]
    .concat()
}

const SOI: u8 = 0xD8;
const EOI: u8 = 0xD9;
const SOS: u8 = 0xDA;
const TEM: u8 = 0x01;
const APP0: u8 = 0xE0;
const APP1: u8 = 0xE1;
const APP2: u8 = 0xE2;
const APP14: u8 = 0xEE;
const COM: u8 = 0xFE;

/// The catalog's words for a JPEG that ends too soon.
const JPEG_CUT_SHORT: &str = "photo-cut-short";

/// Walks the segments and keeps the image and only the application segments known to hold no
/// more than how to show it: JFIF's APP0, the ICC profile's APP2 and Adobe's APP14. Every other
/// application segment goes, known or not: Exif and XMP (APP1), the Multi-Picture index (APP2),
/// IPTC (APP13), content credentials (APP11, which can carry Exif), and whatever a maker invents
/// next; comments too. Scans are copied as they are.
fn clean_jpeg(bytes: &[u8]) -> Result<Photo> {
    let mut out = Vec::with_capacity(bytes.len() + 64);
    out.extend_from_slice(&[0xFF, SOI]);
    let mut at = 2;
    // Exif's APP1 goes right after SOI, or after JFIF's APP0 when there is one.
    let mut exif_at = out.len();
    let mut past_app0 = false;
    let mut turn = None;
    let mut framed = false;
    let mut scanned = false;
    loop {
        let marker = next_marker(bytes, &mut at)?;
        let segment = match marker {
            EOI => break,
            SOI | 0x00 => return Err(damaged("photo-jpeg-stray-marker")),
            TEM | 0xD0..=0xD7 => &[][..],
            _ => {
                let length = be_u16(bytes, at).ok_or_else(|| damaged(JPEG_CUT_SHORT))?;
                if length < 2 {
                    return Err(damaged("photo-jpeg-segment-length"));
                }
                slice(bytes, at, usize::from(length))
                    .ok_or_else(|| damaged("photo-jpeg-segment-past-end"))?
            }
        };
        at += segment.len();
        let body = segment.get(2..).unwrap_or_default();
        let keep = match marker {
            APP1 => {
                turn = turn.or_else(|| body.strip_prefix(b"Exif\0\0").and_then(orientation));
                false
            }
            APP0 => body.starts_with(b"JFIF\0") || body.starts_with(b"JFXX\0"),
            APP2 => body.starts_with(b"ICC_PROFILE\0"),
            APP14 => body.starts_with(b"Adobe"),
            0xE0..=0xEF | COM => false,
            _ => true,
        };
        if is_frame_header(marker) && !framed {
            check_frame_size(body)?;
            framed = true;
        }
        if keep {
            out.extend_from_slice(&[0xFF, marker]);
            out.extend_from_slice(segment);
            if marker == APP0 && !past_app0 {
                exif_at = out.len();
            } else {
                past_app0 = true;
            }
        }
        if marker == SOS {
            if !framed {
                return Err(damaged("photo-jpeg-data-before-frame"));
            }
            let end = scan_end(bytes, at)?;
            out.extend_from_slice(bytes.get(at..end).unwrap_or_default());
            at = end;
            scanned = true;
        }
    }
    if !framed || !scanned {
        return Err(damaged("photo-no-image-data"));
    }
    out.extend_from_slice(&[0xFF, EOI]);
    if let Some(turn) = turn {
        let tiff = orientation_tiff(turn);
        let length = (2 + 6 + tiff.len()) as u16;
        let exif = [
            [0xFF, APP1].as_slice(),
            &length.to_be_bytes(),
            b"Exif\0\0",
            tiff.as_slice(),
        ]
        .concat();
        out.splice(exif_at..exif_at, exif);
    }
    Ok(Photo {
        format: Format::Jpeg,
        bytes: out,
    })
}

/// The marker at `at`, after the fill bytes (0xFF) any marker may start with; `at` moves past it.
fn next_marker(bytes: &[u8], at: &mut usize) -> Result<u8> {
    match bytes.get(*at) {
        Some(0xFF) => {}
        Some(_) => {
            return Err(damaged("photo-jpeg-stray-bytes"));
        }
        None => return Err(damaged(JPEG_CUT_SHORT)),
    }
    while bytes.get(*at) == Some(&0xFF) {
        *at += 1;
    }
    let marker = *bytes.get(*at).ok_or_else(|| damaged(JPEG_CUT_SHORT))?;
    *at += 1;
    Ok(marker)
}

/// SOF0-SOF15, less the three markers in that range that are not frame headers (DHT, JPG, DAC).
fn is_frame_header(marker: u8) -> bool {
    matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC)
}

/// That a frame header's body gives a size: precision, then height, then width.
fn check_frame_size(body: &[u8]) -> Result<()> {
    let (Some(height), Some(width)) = (be_u16(body, 1), be_u16(body, 3)) else {
        return Err(damaged("photo-jpeg-frame-short"));
    };
    if width == 0 || height == 0 {
        return Err(damaged("photo-jpeg-frame-no-size"));
    }
    Ok(())
}

/// Where a scan's entropy-coded data ends: at its first marker other than a restart (0xFF00 is
/// a 0xFF data byte).
fn scan_end(bytes: &[u8], from: usize) -> Result<usize> {
    let mut at = from;
    loop {
        let ff = bytes
            .get(at..)
            .and_then(|rest| rest.iter().position(|&byte| byte == 0xFF))
            .map(|offset| at + offset)
            .ok_or_else(|| damaged(JPEG_CUT_SHORT))?;
        match bytes.get(ff + 1) {
            None => return Err(damaged(JPEG_CUT_SHORT)),
            Some(0x00 | 0xD0..=0xD7) => at = ff + 2,
            Some(_) => return Ok(ff),
        }
    }
}

const PNG_SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

/// The chunks a photo keeps: the image (critical chunks) and those that only say how to show it
/// (transparency, colour, gamma, size, background, animation). Everything else goes, known or
/// not: Exif (eXIf, and the older exIf and zxIf), text (XMP is an iTXt), time, content
/// credentials (caBX) and private chunks.
const PNG_KEPT: [&[u8; 4]; 18] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB",
    b"cICP", b"mDCV", b"cLLI", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
];

/// Walks the chunks, checking each one's checksum, and keeps only those that draw the image.
fn clean_png(bytes: &[u8]) -> Result<Photo> {
    if !bytes.starts_with(PNG_SIGNATURE) {
        return Err(damaged("photo-png-signature"));
    }
    let mut out = Vec::with_capacity(bytes.len() + 64);
    out.extend_from_slice(PNG_SIGNATURE);
    let mut at = PNG_SIGNATURE.len();
    let mut headed = false;
    let mut exif_at = out.len();
    let mut turn = None;
    let mut has_data = false;
    loop {
        let (kind, body, chunk) = png_chunk(bytes, at)?;
        at += chunk.len();
        match (&kind, headed) {
            (b"IHDR", false) => {
                check_png_size(body)?;
                headed = true;
            }
            (_, false) => return Err(damaged("photo-png-no-header")),
            (b"IHDR", true) => return Err(damaged("photo-png-second-header")),
            (b"IDAT", _) => has_data = true,
            (b"eXIf", _) => turn = turn.or_else(|| orientation(body)),
            _ => {}
        }
        if PNG_KEPT.contains(&&kind) {
            out.extend_from_slice(chunk);
        }
        if &kind == b"IHDR" {
            exif_at = out.len();
        }
        if &kind == b"IEND" {
            break;
        }
    }
    if !headed || !has_data {
        return Err(damaged("photo-png-no-data"));
    }
    if let Some(turn) = turn {
        let tiff = orientation_tiff(turn);
        let typed = [b"eXIf".as_slice(), &tiff].concat();
        let length = (tiff.len() as u32).to_be_bytes();
        let exif = [
            &length,
            typed.as_slice(),
            &crc32fast::hash(&typed).to_be_bytes(),
        ]
        .concat();
        out.splice(exif_at..exif_at, exif);
    }
    Ok(Photo {
        format: Format::Png,
        bytes: out,
    })
}

/// The type, body and whole (length and checksum included) of the chunk at `at`, once its
/// checksum matches.
fn png_chunk(bytes: &[u8], at: usize) -> Result<([u8; 4], &[u8], &[u8])> {
    let cut_short = || damaged("photo-png-cut-short");
    let length = be_u32(bytes, at).ok_or_else(cut_short)?;
    // The format caps a chunk at 2^31 - 1 bytes; above is damage, and the cap keeps the sum
    // below within a 32-bit usize.
    let length = usize::try_from(length)
        .ok()
        .filter(|&length| length < 1 << 31)
        .ok_or_else(|| damaged("photo-png-chunk-length"))?;
    let chunk = slice(bytes, at, 12 + length).ok_or_else(|| damaged("photo-png-chunk-past-end"))?;
    let (Some(kind), Some(typed), Some(stored_crc)) = (
        chunk
            .get(4..8)
            .and_then(|kind| <[u8; 4]>::try_from(kind).ok()),
        chunk.get(4..8 + length),
        be_u32(chunk, 8 + length),
    ) else {
        return Err(cut_short());
    };
    if !kind.iter().all(u8::is_ascii_alphabetic) {
        return Err(damaged("photo-png-chunk-name"));
    }
    if crc32fast::hash(typed) != stored_crc {
        return Err(Error::DamagedPhoto {
            why: Message::new("photo-png-checksum").arg("chunk", String::from_utf8_lossy(&kind)),
        });
    }
    Ok((kind, typed.get(4..).unwrap_or_default(), chunk))
}

/// That IHDR's body gives a size.
fn check_png_size(body: &[u8]) -> Result<()> {
    let (13, Some(width), Some(height)) = (body.len(), be_u32(body, 0), be_u32(body, 4)) else {
        return Err(damaged("photo-png-header-size"));
    };
    if width == 0 || height == 0 {
        return Err(damaged("photo-png-header-no-size"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|at| u8::from_str_radix(&text[at..at + 2], 16).unwrap())
            .collect()
    }

    /// JFIF's APP0 of an 8x8 grey JPEG that Pillow wrote.
    fn jfif() -> Vec<u8> {
        hex("ffe000104a46494600010100000100010000")
    }

    /// The rest of that JPEG: quantization and Huffman tables, frame header, scan, end marker.
    fn image() -> Vec<u8> {
        hex(concat!(
            "ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123251d283a333d3c3933383740",
            "485c4e404457453738506d51575f626768673e4d71797064785c656763ffc0000b08000800080101",
            "1100ffc40014000100000000000000000000000000000004ffc40016100003000000000000000000",
            "0000000000000643ffda0008010100003f001a6ccfffd9",
        ))
    }

    fn segment(marker: u8, body: &[u8]) -> Vec<u8> {
        let length = u16::try_from(body.len() + 2).unwrap().to_be_bytes();
        [&[0xFF, marker], &length, body].concat()
    }

    fn jpeg(metadata: &[Vec<u8>]) -> Vec<u8> {
        [vec![0xFF, SOI], jfif(), metadata.concat(), image()].concat()
    }

    /// 51°30'2.6244" as Exif stores it: three rationals.
    fn latitude(big_endian: bool) -> Vec<u8> {
        [51, 1, 30, 1, 6561, 2500]
            .map(|n: u32| {
                if big_endian {
                    n.to_be_bytes()
                } else {
                    n.to_le_bytes()
                }
            })
            .concat()
    }

    /// A camera's Exif: IFD0 with the make, the orientation and a pointer to a GPS IFD that
    /// holds the latitude.
    fn camera_exif(big_endian: bool, orientation: u16) -> Vec<u8> {
        let short = |n: u16| {
            if big_endian {
                n.to_be_bytes()
            } else {
                n.to_le_bytes()
            }
        };
        let long = |n: u32| {
            if big_endian {
                n.to_be_bytes()
            } else {
                n.to_le_bytes()
            }
        };
        let entry = |tag: u16, kind: u16, count: u32, value: [u8; 4]| {
            [&short(tag)[..], &short(kind), &long(count), &value].concat()
        };
        let [low, high] = short(orientation);
        // Header 8, IFD0 8..50, "Example\0" 50..58, GPS IFD 58..88, latitude 88..112.
        [
            if big_endian { &b"MM\0*"[..] } else { b"II*\0" },
            &long(8),
            &short(3),
            &entry(0x010F, 2, 8, long(50)),
            &entry(ORIENTATION_TAG, SHORT, 1, [low, high, 0, 0]),
            &entry(0x8825, 4, 1, long(58)),
            &long(0),
            b"Example\0",
            &short(2),
            &entry(1, 2, 2, *b"N\0\0\0"),
            &entry(2, 5, 3, long(88)),
            &long(0),
            &latitude(big_endian),
        ]
        .concat()
    }

    fn exif_app1(big_endian: bool, orientation: u16) -> Vec<u8> {
        segment(
            APP1,
            &[&b"Exif\0\0"[..], &camera_exif(big_endian, orientation)].concat(),
        )
    }

    fn xmp_app1() -> Vec<u8> {
        segment(
            APP1,
            b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF>\
              <rdf:Description exif:GPSLatitude='51,30.04374N' exif:GPSLongitude='0,7.4775W' \
              photoshop:City='Westminster'/></rdf:RDF></x:xmpmeta>",
        )
    }

    fn icc_app2() -> Vec<u8> {
        segment(APP2, b"ICC_PROFILE\0\x01\x01not a real profile")
    }

    /// A phone photo taken in portrait at home: location in Exif, XMP, IPTC and a comment.
    fn phone_jpeg() -> Vec<u8> {
        jpeg(&[
            exif_app1(true, 6),
            xmp_app1(),
            segment(
                APP13,
                b"Photoshop 3.0\08BIM\x04\x04\0\0\0\0\0\x10\x1c\x02\x5a\0\x0bWestminster",
            ),
            icc_app2(),
            segment(COM, b"at home, Westminster"),
        ])
    }

    /// The APP1 the cleaned photo should carry for Orientation 6, written out byte by byte.
    const ROTATE_90_CW: [u8; 36] = [
        0xFF, 0xE1, 0, 34, b'E', b'x', b'i', b'f', 0, 0, b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12,
        0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0,
    ];

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack
            .windows(needle.len())
            .any(|window| window == needle)
    }

    fn chunk(kind: [u8; 4], body: &[u8]) -> Vec<u8> {
        let typed = [&kind[..], body].concat();
        let length = u32::try_from(body.len()).unwrap().to_be_bytes();
        [&length[..], &typed, &crc32fast::hash(&typed).to_be_bytes()].concat()
    }

    /// IHDR of a 3x2 8-bit grey image.
    fn ihdr() -> Vec<u8> {
        chunk(*b"IHDR", &[0, 0, 0, 3, 0, 0, 0, 2, 8, 0, 0, 0, 0])
    }

    /// Its pixels: two rows, each a filter byte and three black pixels, deflated.
    fn idat() -> Vec<u8> {
        chunk(*b"IDAT", &hex("789c636080000000080001"))
    }

    fn png(chunks: &[Vec<u8>]) -> Vec<u8> {
        [PNG_SIGNATURE.to_vec(), chunks.concat()].concat()
    }

    /// A screenshot an editor tagged: Exif with GPS, XMP, and two kinds of text.
    fn tagged_png() -> Vec<u8> {
        png(&[
            ihdr(),
            chunk(*b"tEXt", b"Comment\0at home, Westminster"),
            chunk(
                *b"iTXt",
                b"XML:com.adobe.xmp\0\0\0\0\0<rdf:Description photoshop:City='Westminster'/>",
            ),
            chunk(*b"eXIf", &camera_exif(false, 6)),
            chunk(*b"zTXt", b"Raw profile type exif\0\0x\x9c"),
            idat(),
            chunk(*b"IEND", b""),
        ])
    }

    const APP11: u8 = 0xEB;
    const APP13: u8 = 0xED;

    #[test]
    fn unknown_metadata_goes_too_not_only_the_kinds_known_to_hold_a_location() {
        // Content credentials (C2PA, JUMBF in APP11) can embed a whole Exif block; so can a
        // maker's own segment. Only what is known to be safe stays.
        let photo = clean(&jpeg(&[
            segment(APP11, b"JP\0\x01jumb c2pa Exif GPS Westminster"),
            segment(0xE5, b"MakerNote Westminster"),
            segment(APP2, b"MPF\0 second picture index"),
            segment(0xEE, b"Adobe\0\x64\0\0\0\0\x01"),
        ]))
        .unwrap();
        assert!(
            !contains(&photo.bytes, b"Westminster") && !contains(&photo.bytes, b"MPF"),
            "every unknown application segment is dropped"
        );
        assert!(
            contains(&photo.bytes, b"Adobe"),
            "Adobe's APP14 says how the colours are coded: it stays"
        );
        let png = clean(&png(&[
            ihdr(),
            chunk(*b"caBX", b"c2pa Westminster"),
            chunk(*b"prVt", b"Westminster"),
            chunk(*b"tIME", &[7, 234, 3, 5, 10, 0, 0]),
            chunk(*b"gAMA", &[0, 0, 177, 143]),
            idat(),
            chunk(*b"IEND", b""),
        ]))
        .unwrap();
        assert!(
            !contains(&png.bytes, b"Westminster") && !contains(&png.bytes, b"tIME"),
            "content credentials, private chunks and the time go"
        );
        assert!(
            contains(&png.bytes, b"gAMA"),
            "gamma only says how to show it"
        );
    }

    fn refusal(bytes: &[u8]) -> Error {
        clean(bytes).expect_err("the input is not a photo that can be kept")
    }

    #[test]
    fn a_phone_jpeg_keeps_its_image_and_orientation_and_nothing_else() {
        let photo = clean(&phone_jpeg()).unwrap();
        let expected = [
            vec![0xFF, SOI],
            jfif(),
            ROTATE_90_CW.to_vec(),
            icc_app2(),
            image(),
        ]
        .concat();
        assert_eq!(
            photo.bytes, expected,
            "Exif, XMP, IPTC and the comment go; JFIF, the colour profile and every image segment \
             stay byte for byte; the orientation comes back alone, right after JFIF"
        );
        assert!(
            !contains(&photo.bytes, &latitude(true)) && !contains(&photo.bytes, b"Westminster"),
            "no trace of where the photo was taken may remain"
        );
        assert_eq!(photo.format.mime(), "image/jpeg");
    }

    #[test]
    fn little_endian_exif_gives_its_orientation_too() {
        let photo = clean(&jpeg(&[exif_app1(false, 8)])).unwrap();
        let rotate_270 = [&ROTATE_90_CW[..28], &[8], &ROTATE_90_CW[29..]].concat();
        assert!(
            photo
                .bytes
                .starts_with(&[&[0xFF, SOI][..], &jfif(), &rotate_270].concat()),
            "Android phones write Intel byte order, iPhones Motorola: both must keep portrait upright"
        );
    }

    #[test]
    fn an_upright_photo_gets_no_exif_at_all() {
        let photo = clean(&jpeg(&[exif_app1(true, 1)])).unwrap();
        assert_eq!(
            photo.bytes,
            jpeg(&[]),
            "orientation 1 is the default: there is nothing worth writing back"
        );
    }

    #[test]
    fn without_jfif_the_orientation_follows_the_start_of_image() {
        let photo = clean(&[vec![0xFF, SOI], exif_app1(true, 6), image()].concat()).unwrap();
        assert_eq!(
            photo.bytes,
            [vec![0xFF, SOI], ROTATE_90_CW.to_vec(), image()].concat(),
            "Exif's APP1 belongs right after SOI when there is no JFIF APP0"
        );
    }

    #[test]
    fn cleaning_a_clean_photo_changes_nothing() {
        for original in [phone_jpeg(), jpeg(&[]), tagged_png()] {
            let once = clean(&original).unwrap();
            assert_eq!(
                clean(&once.bytes).unwrap(),
                once,
                "a photo stored, exported and added again must not drift"
            );
        }
    }

    #[test]
    fn a_tagged_png_keeps_its_image_and_orientation_and_nothing_else() {
        let photo = clean(&tagged_png()).unwrap();
        let orientation = chunk(*b"eXIf", &ROTATE_90_CW[10..]);
        assert_eq!(
            photo.bytes,
            png(&[ihdr(), orientation, idat(), chunk(*b"IEND", b"")]),
            "text and Exif chunks go, the orientation comes back alone after IHDR, the image \
             chunks stay byte for byte"
        );
        assert_eq!(photo.format.mime(), "image/png");
    }

    #[test]
    fn what_follows_the_end_of_image_goes_with_its_index() {
        let second_picture = jpeg(&[exif_app1(true, 1)]);
        let phone = [
            jpeg(&[segment(APP2, b"MPF\0II*\0 offsets of the pictures")]),
            second_picture,
        ]
        .concat();
        assert_eq!(
            clean(&phone).unwrap().bytes,
            jpeg(&[]),
            "a second picture after EOI carries its own Exif; the Multi-Picture index would \
             point at it"
        );
        let png_with_tail = [tagged_png(), b"trailing text".to_vec()].concat();
        assert_eq!(
            clean(&png_with_tail).unwrap(),
            clean(&tagged_png()).unwrap()
        );
    }

    #[test]
    fn progressive_scans_and_fill_bytes_are_copied_through() {
        let image = image();
        let single = &image[..image.len() - 2];
        let progressive = [
            vec![0xFF, SOI],
            jfif(),
            single.to_vec(),
            vec![0xFF, 0xFF, 0xFF],
            segment(0xC4, &hex("1100000000000000000000000000000000")),
            segment(SOS, &hex("010100003f00")),
            hex("12ff0034ffd356ffd9"),
        ]
        .concat();
        let expected = [
            &progressive[..20 + single.len()],
            &progressive[20 + single.len() + 3..],
        ]
        .concat();
        assert_eq!(
            clean(&progressive).unwrap().bytes,
            expected,
            "tables between scans, stuffed bytes and restarts are image data; only fill goes"
        );
    }

    #[test]
    fn every_cut_short_photo_is_refused() {
        for whole in [phone_jpeg(), tagged_png()] {
            for end in 0..whole.len() {
                assert!(
                    clean(&whole[..end]).is_err(),
                    "a photo cut at byte {end} of {} must not be stored as if whole",
                    whole.len()
                );
            }
        }
    }

    #[test]
    fn other_formats_are_named() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        let webp = b"RIFF\x24\0\0\0WEBPVP8 ";
        for (bytes, kind) in [
            (&heic[..], Some("HEIC")),
            (b"GIF89a\x01\0\x01\0", Some("GIF")),
            (webp, Some("WebP")),
            (b"hello, world", None),
        ] {
            assert_eq!(
                refusal(bytes),
                Error::UnsupportedPhoto { kind },
                "the message says what the file is when it can"
            );
        }
        assert_eq!(
            refusal(heic).to_string(),
            "this is a HEIC image, and only JPEG and PNG photos can be added; nothing was stored"
        );
    }

    #[test]
    fn damage_is_named() {
        let runs_past = [
            vec![0xFF, SOI],
            jfif(),
            vec![0xFF, APP1, 0xFF, 0xFF],
            b"Exif".to_vec(),
        ]
        .concat();
        let no_scan = [vec![0xFF, SOI], jfif(), vec![0xFF, EOI]].concat();
        let mut bad_checksum = tagged_png();
        let last = bad_checksum.len() - 1;
        bad_checksum[last] ^= 1;
        let no_iend = png(&[ihdr(), idat()]);
        let no_idat = png(&[ihdr(), chunk(*b"IEND", b"")]);
        for (bytes, why) in [
            (runs_past, "a JPEG segment runs past the end of the file"),
            (no_scan, "it has no image data"),
            (bad_checksum, "its PNG chunk `IEND` fails its checksum"),
            (
                no_iend,
                "the file is cut short: it ends before the PNG's last chunk (IEND)",
            ),
            (no_idat, "it has no image data (IDAT)"),
            (
                vec![0x89, b'P', b'N', b'G', b'\n'],
                "its PNG signature is damaged (was it copied as text?)",
            ),
        ] {
            let Error::DamagedPhoto { why: said } = refusal(&bytes) else {
                panic!("refused as damaged: {why}");
            };
            assert_eq!(
                said.to_string(),
                why,
                "the person is told what is wrong with the file"
            );
        }
    }

    #[test]
    fn every_refusal_says_nothing_was_stored() {
        for error in [
            refusal(b""),
            refusal(b"GIF89a"),
            refusal(&[0xFF, SOI, 0xFF]),
            refusal(&vec![0; MAX_PHOTO_BYTES + 1]),
        ] {
            assert!(
                error.to_string().ends_with("; nothing was stored"),
                "a person must know the photo is not in the journal: {error}"
            );
        }
        assert_eq!(
            refusal(&vec![0xFF; MAX_PHOTO_BYTES + 1]).to_string(),
            "this photo is larger than the 25 MiB a photo may take; nothing was stored"
        );
    }

    #[derive(Debug, Clone)]
    enum Mutation {
        Set(prop::sample::Index, u8),
        Insert(prop::sample::Index, u8),
        Remove(prop::sample::Index),
        Cut(prop::sample::Index),
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            4 => (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Set(at, byte)),
            2 => (any::<prop::sample::Index>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Insert(at, byte)),
            2 => any::<prop::sample::Index>().prop_map(Mutation::Remove),
            1 => any::<prop::sample::Index>().prop_map(Mutation::Cut),
        ]
    }

    fn mutated(mut bytes: Vec<u8>, mutations: &[Mutation]) -> Vec<u8> {
        for mutation in mutations {
            if bytes.is_empty() {
                break;
            }
            match mutation {
                Mutation::Set(at, byte) => {
                    let at = at.index(bytes.len());
                    bytes[at] = *byte;
                }
                Mutation::Insert(at, byte) => bytes.insert(at.index(bytes.len() + 1), *byte),
                Mutation::Remove(at) => {
                    bytes.remove(at.index(bytes.len()));
                }
                Mutation::Cut(at) => bytes.truncate(at.index(bytes.len())),
            }
        }
        bytes
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn any_bytes_are_cleaned_or_refused_without_a_panic(
            start in prop_oneof![
                Just(vec![]),
                Just(vec![0xFF, SOI]),
                Just(PNG_SIGNATURE.to_vec()),
            ],
            rest in prop::collection::vec(any::<u8>(), 0..512),
        ) {
            // Starting with a real signature takes the bytes past the format check.
            let _ = clean(&[start, rest].concat());
        }

        #[test]
        fn a_damaged_photo_is_refused_or_cleaned_for_good(
            png in any::<bool>(),
            mutations in prop::collection::vec(mutation(), 1..6),
        ) {
            let original = if png { tagged_png() } else { phone_jpeg() };
            if let Ok(photo) = clean(&mutated(original, &mutations)) {
                prop_assert_eq!(
                    clean(&photo.bytes),
                    Ok(photo.clone()),
                    "whatever is stored cleans to itself"
                );
            }
        }
    }
}
