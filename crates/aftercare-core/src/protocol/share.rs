//! Share codes: a protocol as a short, versioned text that fits a QR code, a link or a message,
//! and the one way a protocol from someone else is read (code, link, JSON or TOML file).
//!
//! A code is `SMPA3-` (the format) and the protocol's compact JSON, deflated against a dictionary
//! both sides hold (the default protocol as it was when that format was fixed), in unpadded
//! base64url. A protocol that starts from the default and changes a few days takes a few dozen
//! characters. Codes of every earlier format still read.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::error::{Error, Result};
use crate::protocol::Protocol;

/// The format this build writes.
pub const FORMAT: u32 = 3;
/// What every code this build writes starts with.
pub const PREFIX: &str = "SMPA3-";
/// The app's own URL scheme; a link opens the app on the import screen.
pub const SCHEME: &str = "smp-aftercare";
/// A link is this followed by the code.
pub const LINK_PREFIX: &str = "smp-aftercare://protocol/";
/// The most a protocol from someone else may weigh, as a file or decoded from a code: the
/// default protocol in five languages takes about 30 KiB.
pub const MAX_BYTES: usize = 64 * 1024;
/// The most a QR code holds in byte mode at error correction level M (version 40).
const QR_BYTES: usize = 2331;

/// Each format with its dictionary. Frozen: codes already shared decode only with theirs; a
/// better one needs a new format number. 2 came with the sun rules and the photo check, 3 with
/// the texts in several languages (an app reading format 2 refuses their `translations`).
const DICTIONARIES: [(u32, &[u8]); 3] = [
    (1, include_bytes!("../../protocols/share-dictionary-1.json")),
    (2, include_bytes!("../../protocols/share-dictionary-2.json")),
    (3, include_bytes!("../../protocols/share-dictionary-3.json")),
];

fn dictionary(format: u32) -> Option<&'static [u8]> {
    DICTIONARIES
        .iter()
        .find(|(number, _)| *number == format)
        .map(|(_, dictionary)| *dictionary)
}

/// The protocol's share code.
pub fn encode(protocol: &Protocol) -> String {
    let json = serde_json::to_vec(protocol).expect("a protocol is plain data and serializes");
    let dictionary = dictionary(FORMAT).expect("the format written has a dictionary");
    format!(
        "{PREFIX}{}",
        URL_SAFE_NO_PAD.encode(deflate(&json, dictionary))
    )
}

fn deflate(json: &[u8], dictionary: &[u8]) -> Vec<u8> {
    let mut deflate = Compress::new(Compression::best(), false);
    deflate
        .set_dictionary(dictionary)
        .expect("a raw deflate stream takes a dictionary before its first byte");
    // Deflate's worst case is a few bytes over the input; the loop is for that case.
    let mut packed = Vec::with_capacity(json.len() + 64);
    loop {
        let consumed = usize::try_from(deflate.total_in()).expect("the input is in memory");
        let status = deflate
            .compress_vec(&json[consumed..], &mut packed, FlushCompress::Finish)
            .expect("deflating plain bytes into a growing buffer cannot fail");
        if status == Status::StreamEnd {
            break;
        }
        packed.reserve(256);
    }
    packed
}

/// The link that opens the app on the protocol: `smp-aftercare://protocol/SMPA3-…`.
pub fn link(protocol: &Protocol) -> String {
    format!("{LINK_PREFIX}{}", encode(protocol))
}

/// Reads a protocol from someone else: a share code or link, or the text of a protocol file
/// (JSON or TOML). Everything is checked before anything is returned: size, format, version,
/// every field and every limit. Surrounding whitespace is ignored.
pub fn import(text: &str) -> Result<Protocol> {
    if text.len() > MAX_BYTES {
        return Err(Error::ImportTooLarge { max: MAX_BYTES });
    }
    let text = text.trim();
    if let Some(code) = text.strip_prefix(LINK_PREFIX) {
        return decode(code);
    }
    if text.starts_with("SMPA") || text.starts_with(SCHEME) {
        return decode(text);
    }
    if text.starts_with('{') {
        Protocol::from_json(text)
    } else {
        Protocol::from_toml(text)
    }
}

/// Where a protocol someone shared came from, as the store records it: its studio, if it names
/// one.
pub fn origin(protocol: &Protocol) -> String {
    protocol
        .studio
        .as_ref()
        .map_or_else(|| "shared code".to_string(), |studio| studio.name.clone())
}

/// Reads a share code (without the link around it).
pub fn decode(code: &str) -> Result<Protocol> {
    let bad = |reason| Error::InvalidShareCode { reason };
    let Some((format, payload)) = code
        .strip_prefix("SMPA")
        .and_then(|rest| rest.split_once('-'))
        .and_then(|(number, payload)| Some((number.parse::<u32>().ok()?, payload)))
    else {
        return Err(bad("share-code-no-prefix"));
    };
    let Some(dictionary) = dictionary(format) else {
        if format > FORMAT {
            return Err(Error::NewerShareCode { format });
        }
        return Err(bad("share-code-unknown-format"));
    };
    let packed = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| bad("share-code-damaged"))?;
    let json = inflate(&packed, dictionary)?;
    let json = std::str::from_utf8(&json).map_err(|_| bad("share-code-not-text"))?;
    Protocol::from_json(json)
}

/// Inflates at most [`MAX_BYTES`]: a small code must not unpack into a flood.
fn inflate(packed: &[u8], dictionary: &[u8]) -> Result<Vec<u8>> {
    let damaged = || Error::InvalidShareCode {
        reason: "share-code-damaged",
    };
    let mut inflate = Decompress::new(false);
    inflate.set_dictionary(dictionary).map_err(|_| damaged())?;
    let mut out = Vec::with_capacity(MAX_BYTES + 1);
    let status = inflate
        .decompress_vec(packed, &mut out, FlushDecompress::Finish)
        .map_err(|_| damaged())?;
    // The buffer holds a little more than allowed: past the limit means too large.
    if out.len() > MAX_BYTES {
        return Err(Error::ImportTooLarge { max: MAX_BYTES });
    }
    match status {
        Status::StreamEnd if inflate.total_in() == packed.len() as u64 => Ok(out),
        _ => Err(damaged()),
    }
}

/// The link as a QR code, in SVG: what the artist shows on screen or prints.
pub fn qr_svg(link: &str) -> Result<String> {
    if link.len() > QR_BYTES {
        return Err(Error::TooLargeForQr {
            bytes: link.len(),
            max: QR_BYTES,
        });
    }
    let code =
        qrcode::QrCode::with_error_correction_level(link, qrcode::EcLevel::M).map_err(|_| {
            Error::TooLargeForQr {
                bytes: link.len(),
                max: QR_BYTES,
            }
        })?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_wash_from_day_five() -> Protocol {
        let mut protocol = Protocol::seed();
        let wash = protocol
            .rules
            .iter_mut()
            .find(|r| r.key == "wash-ok")
            .unwrap();
        wash.days[0] = 5;
        protocol.id = "ink-studio".into();
        protocol.name = "Ink Studio aftercare".into();
        protocol
    }

    #[test]
    fn a_code_gives_back_the_protocol() {
        let protocol = with_wash_from_day_five();
        let code = encode(&protocol);
        assert!(code.starts_with(PREFIX), "versioned: {code}");
        assert_eq!(decode(&code).unwrap(), protocol, "round trip");
        assert_eq!(import(&link(&protocol)).unwrap(), protocol, "links too");
    }

    #[test]
    fn a_protocol_of_texts_that_do_not_compress_comes_back_whole() {
        // Letters in no order: the packed code is about as long as the protocol itself.
        let mut seed = 0x2545_f491_u32;
        let mut letter = || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            char::from_u32(0x3b1 + seed % 24).unwrap()
        };
        let mut protocol = Protocol::seed();
        for rule in protocol.rules.iter_mut().take(8) {
            rule.body = (0..500).map(|_| letter()).collect();
        }
        assert_eq!(decode(&encode(&protocol)).unwrap(), protocol);
    }

    #[test]
    fn a_protocol_close_to_the_default_gives_a_short_code() {
        let code = encode(&with_wash_from_day_five());
        // The default in five languages is some 20 KB of JSON: deflate's longest match is 258
        // bytes, so even an unchanged protocol takes some 80 back-references.
        assert!(
            code.len() < 400,
            "the dictionary makes small edits small: {} characters",
            code.len()
        );
        // As an artist writes one: in their own language.
        let mut strict = Protocol::bundled("strict").unwrap();
        strict.translations.clear();
        for rule in &mut strict.rules {
            rule.translations.clear();
        }
        assert!(
            encode(&strict).len() < QR_BYTES,
            "a whole different protocol in one language still fits a QR code"
        );
    }

    #[test]
    fn the_dictionaries_never_change() {
        let hash = |format| {
            crate::reconcile::fingerprint(
                chrono::DateTime::UNIX_EPOCH,
                std::str::from_utf8(dictionary(format).unwrap()).unwrap(),
                "",
            )
        };
        assert_eq!(
            (hash(1), hash(2), hash(3)),
            (
                7_690_877_816_587_502_602,
                13_615_895_733_060_012_773,
                12_873_638_047_022_706_670
            ),
            "codes already shared decode only with their dictionary; a new one needs SMPA4"
        );
    }

    #[test]
    fn a_code_of_format_one_still_reads() {
        let protocol = with_wash_from_day_five();
        let json = serde_json::to_vec(&protocol).unwrap();
        let old = format!(
            "SMPA1-{}",
            URL_SAFE_NO_PAD.encode(deflate(&json, dictionary(1).unwrap()))
        );
        assert_eq!(
            decode(&old).unwrap(),
            protocol,
            "a code shared before format 2"
        );
        assert!(
            decode(&old.replacen("SMPA1-", "SMPA2-", 1)).is_err(),
            "each format inflates only with its own dictionary"
        );
    }

    #[test]
    fn a_code_of_format_two_still_reads() {
        // What an app of format 2 shared: no texts in other languages.
        let mut protocol = with_wash_from_day_five();
        protocol.translations.clear();
        for rule in &mut protocol.rules {
            rule.translations.clear();
        }
        let json = serde_json::to_vec(&protocol).unwrap();
        let old = format!(
            "SMPA2-{}",
            URL_SAFE_NO_PAD.encode(deflate(&json, dictionary(2).unwrap()))
        );
        assert_eq!(
            decode(&old).unwrap(),
            protocol,
            "a code shared before format 3"
        );
    }

    #[test]
    fn a_damaged_or_cut_code_is_refused_with_a_reason() {
        let code = encode(&with_wash_from_day_five());
        let cut = &code[..code.len() - 10];
        assert!(
            matches!(decode(cut), Err(Error::InvalidShareCode { .. })),
            "a code cut short is refused"
        );
        let mut flipped = code.clone().into_bytes();
        let middle = flipped.len() / 2;
        flipped[middle] = if flipped[middle] == b'A' { b'B' } else { b'A' };
        assert!(
            decode(std::str::from_utf8(&flipped).unwrap()).is_err(),
            "a changed character is refused"
        );
        assert!(
            matches!(decode("SMPA3-***"), Err(Error::InvalidShareCode { .. })),
            "characters a code never has"
        );
    }

    #[test]
    fn a_code_from_a_newer_app_says_so() {
        let error = decode("SMPA4-abcdef").unwrap_err();
        assert!(
            matches!(error, Error::NewerShareCode { format: 4 }),
            "{error}"
        );
        assert!(error.to_string().contains("update"), "{error}");
    }

    #[test]
    fn a_code_that_unpacks_into_a_flood_is_refused() {
        // 1 MB of spaces deflates to about a kilobyte.
        let flood = format!("{{\"format\":1,\"id\":\"x{}\"}}", " ".repeat(1 << 20));
        let packed = deflate(flood.as_bytes(), dictionary(FORMAT).unwrap());
        let code = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(code.len() < 4096, "a small code");
        assert!(
            matches!(decode(&code), Err(Error::ImportTooLarge { .. })),
            "refused by size, not parsed"
        );
    }

    #[test]
    fn an_oversized_file_is_refused_before_it_is_read() {
        let big = format!(
            "# {}\n{}",
            "x".repeat(MAX_BYTES),
            Protocol::seed().to_toml()
        );
        assert!(matches!(import(&big), Err(Error::ImportTooLarge { .. })));
    }

    #[test]
    fn hostile_texts_are_refused_whole() {
        let mut protocol = Protocol::seed();
        protocol.rules[0].title = "<script>alert(1)</script>".into();
        // Markup is only text to the app (shown as text, never as HTML): it is kept as written.
        assert_eq!(decode(&encode(&protocol)).unwrap(), protocol);
        protocol.rules[0].body = "x".repeat(501);
        let code = encode(&protocol);
        assert!(
            matches!(decode(&code), Err(Error::InvalidProtocol { .. })),
            "a text over its limit refuses the whole protocol"
        );
    }

    #[test]
    fn the_qr_code_holds_the_link() {
        let svg = qr_svg(&link(&with_wash_from_day_five())).unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "an SVG");
        assert!(
            matches!(
                qr_svg(&"x".repeat(QR_BYTES + 1)),
                Err(Error::TooLargeForQr { .. })
            ),
            "too much for one QR code is said, not truncated"
        );
    }
}
