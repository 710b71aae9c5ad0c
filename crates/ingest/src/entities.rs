//! Character references in XML-ish text (`&amp;`, `&#1604;`, `&#x644;`, a few HTML names).
//!
//! Corpora such as ANT also contain bare ampersands (`Dolce&Gabbana`, `S&P`), so anything
//! that is not a complete, known reference is left exactly as written.

use std::borrow::Cow;

pub(crate) fn decode(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        // Names and numbers are short; a `;` further away belongs to the text.
        let semi = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        match semi.and_then(|i| reference(&after[..i]).map(|c| (i, c))) {
            Some((i, c)) => {
                out.push(c);
                rest = &after[i + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn reference(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "rlm" => '\u{200F}',
        "lrm" => '\u{200E}',
        "copy" => '©',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_references_decode_and_bare_ampersands_stay() {
        assert_eq!(decode("a &amp; b &lt;c&gt; &#1604;&#x627;"), "a & b <c> لا");
        assert_eq!(
            decode("Dolce&Gabbana و S&P; و &unknown;"),
            "Dolce&Gabbana و S&P; و &unknown;"
        );
        assert_eq!(decode("trailing &"), "trailing &");
    }
}
