//! Bytes to text: byte-order mark first, then a declared charset, then UTF-8, then a guess.
//!
//! Valid UTF-8 wins over a declaration because pages often keep a stale
//! `windows-1256` meta tag after being re-encoded, while legacy Arabic text that happens to
//! be valid UTF-8 does not occur in practice. Undeclared text that is almost all UTF-8 with
//! a few broken sequences is reported as corrupt rather than guessed, since a guess would
//! turn every Arabic letter into mojibake; where UTF-8 is declared, the broken sequences
//! become U+FFFD instead.

use crate::error::ErrorKind;
use encoding_rs::{Encoding, UTF_8};
use std::borrow::Cow;

/// Text decoded from bytes, with the name of the encoding it was decoded from.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static str,
}

/// How much of the input the binary sniffing looks at; enough to see a header, small enough
/// to cost nothing on a 50 MB file.
const SNIFF_LEN: usize = 8192;

/// Rejects content that is plainly not text: known binary signatures, NUL bytes or many
/// control characters near the start.
pub(crate) fn check_not_binary(bytes: &[u8]) -> Result<(), ErrorKind> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "PDF"),
        (b"\x89PNG", "PNG image"),
        (b"GIF8", "GIF image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"\x7FELF", "ELF executable"),
        (b"MZ", "Windows executable"),
        (b"7z\xBC\xAF", "7-Zip archive"),
        (b"Rar!", "RAR archive"),
        (b"BZh", "bzip2 data"),
        (b"\xFD7zXZ", "xz data"),
        (b"\x28\xB5\x2F\xFD", "zstd data"),
        (b"SQLite format 3", "SQLite database"),
        (b"\xD0\xCF\x11\xE0", "MS Office document"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(ErrorKind::Binary(what));
        }
    }
    if Encoding::for_bom(bytes).is_some() {
        // UTF-16 text is full of NULs; its BOM already told us it is text.
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    if head.contains(&0) {
        return Err(ErrorKind::Binary("NUL bytes"));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if controls * 20 > head.len() {
        return Err(ErrorKind::Binary("control characters"));
    }
    Ok(())
}

/// Decodes `bytes`, honouring a BOM, then `declared` (a charset label from a meta tag or XML
/// declaration), then UTF-8, then chardetng's guess.
pub(crate) fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&str>,
) -> Result<Decoded<'a>, ErrorKind> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        if encoding == UTF_8 {
            return decode_utf8(body);
        }
        let (text, _) = encoding.decode_without_bom_handling(body);
        return Ok(Decoded {
            text,
            encoding: encoding.name(),
        });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8.name(),
        });
    }
    let declared = declared
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        // A page cannot really be UTF-16 once it was sniffed as ASCII-compatible markup.
        .map(|e| e.output_encoding());
    // A declared charset is trusted even where the bytes break it, as browsers do: a
    // page that says UTF-8 and has one truncated character gets one U+FFFD, not an error.
    if let Some(encoding) = declared {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return Ok(Decoded {
            text,
            encoding: encoding.name(),
        });
    }
    if let Some(offset) = broken_utf8_offset(bytes) {
        return Err(ErrorKind::InvalidUtf8 { offset });
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors && encoding == UTF_8 {
        return Err(ErrorKind::Decode {
            encoding: encoding.name(),
        });
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
    })
}

/// Decodes bytes that must be UTF-8 (after a BOM, or by format definition such as JSON).
pub(crate) fn decode_utf8(bytes: &[u8]) -> Result<Decoded<'_>, ErrorKind> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded {
            text: Cow::Borrowed(text),
            encoding: UTF_8.name(),
        }),
        Err(e) => Err(ErrorKind::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}

/// If `bytes` look like UTF-8 text with a few broken sequences, the offset of the first one.
///
/// Legacy Arabic encodings put letters in 0xC1..0xFE, which forms valid two-byte UTF-8
/// sequences only by accident, so such text has far more broken sequences than valid
/// multi-byte characters; real UTF-8 with damage has the opposite ratio.
fn broken_utf8_offset(bytes: &[u8]) -> Option<usize> {
    let mut multibyte = 0usize;
    let mut broken = 0usize;
    let mut first_broken = None;
    let mut offset = 0usize;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        multibyte += valid.bytes().filter(|&b| b >= 0xC0).count();
        offset += valid.len();
        if !chunk.invalid().is_empty() {
            broken += 1;
            first_broken.get_or_insert(offset);
            offset += chunk.invalid().len();
        }
    }
    if broken > 0 && multibyte >= broken * 8 {
        first_broken
    } else {
        None
    }
}

/// The charset named in an XML declaration (`<?xml version="1.0" encoding="windows-1256"?>`).
pub(crate) fn xml_declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(512)];
    let start = find_ascii_ci(head, b"<?xml")?;
    let end = start + head[start..].iter().position(|&b| b == b'>')?;
    let decl = &head[start..end];
    let at = find_ascii_ci(decl, b"encoding")?;
    attribute_value(&decl[at + b"encoding".len()..])
}

/// The charset named by `<meta charset>` or `<meta http-equiv content="...; charset=...">`
/// in the first few kilobytes, as browsers look for it.
pub(crate) fn html_declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let mut from = 0;
    while let Some(pos) = find_ascii_ci(&head[from..], b"<meta") {
        let start = from + pos;
        let end = head[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        if let Some(at) = find_ascii_ci(tag, b"charset")
            && let Some(value) = attribute_value(&tag[at + b"charset".len()..])
        {
            return Some(value);
        }
        from = end;
    }
    None
}

/// Reads `= "value"`, `='value'` or `=value` (ending at `;`, space, quote or `>`).
fn attribute_value(rest: &[u8]) -> Option<String> {
    let rest = trim_ascii_start(rest);
    let rest = trim_ascii_start(rest.strip_prefix(b"=")?);
    let rest = match rest.first() {
        Some(b'"' | b'\'') => &rest[1..],
        _ => rest,
    };
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'>' | b'/' | b'?'))
        .unwrap_or(rest.len());
    let value = std::str::from_utf8(&rest[..end]).ok()?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

fn trim_ascii_start(bytes: &[u8]) -> &[u8] {
    let n = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[n..]
}

/// ASCII case-insensitive search.
pub(crate) fn find_ascii_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets_are_found() {
        assert_eq!(
            html_declared_encoding(b"<html><head><meta charset=\"windows-1256\">").as_deref(),
            Some("windows-1256")
        );
        assert_eq!(
            html_declared_encoding(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"
            )
            .as_deref(),
            Some("ISO-8859-6")
        );
        assert_eq!(
            xml_declared_encoding(b"<?xml version=\"1.0\" encoding='windows-1256'?><rss>")
                .as_deref(),
            Some("windows-1256")
        );
        assert_eq!(html_declared_encoding(b"<p>charset</p>"), None);
    }

    #[test]
    fn legacy_arabic_is_guessed_and_damaged_utf8_is_reported() {
        let text = "قال المتحدث باسم الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
        let decoded = decode(&bytes, None).map_err(|e| e.to_string());
        let decoded = decoded.as_ref().map(|d| (d.text.as_ref(), d.encoding));
        assert_eq!(decoded, Ok((text, "windows-1256")));

        let mut damaged = text.as_bytes().to_vec();
        damaged[9] = 0xFF;
        assert!(matches!(
            decode(&damaged, None),
            Err(ErrorKind::InvalidUtf8 { offset: 9 })
        ));
        let lossy = decode(&damaged, Some("utf-8")).map(|d| d.text.contains('\u{FFFD}'));
        assert!(matches!(lossy, Ok(true)));
    }

    #[test]
    fn binary_is_rejected() {
        assert!(check_not_binary(b"%PDF-1.4 ...").is_err());
        assert!(check_not_binary(b"abc\0def").is_err());
        assert!(check_not_binary("نص عادي\n".as_bytes()).is_ok());
    }
}
