//! Characters that print wrong, and what to do about them.
//!
//! Text reaches a case from the keyboard, from the clipboard (web pages, chat apps, PDFs, other editors) and
//! from file names. Some of what comes along cannot be seen but changes what is printed or how it reads:
//!
//! - **Invisible characters** ([`is_invisible`]): zero-width spaces and joiners, direction marks, bidirectional
//!   embeddings, overrides and isolates, the byte-order mark, soft hyphens, tag characters, variation
//!   selectors. In a letter they are either nothing at all (so two fields that look the same differ, and a
//!   required field that looks filled in is empty), or they silently reorder the text around them (an override
//!   can make `1000` read as `0001` on paper). None of the scripts our letters are written in — Cyrillic and
//!   Latin — needs any of them.
//! - **Carriage returns**: a line break typed on Windows or pasted from some programs is CR LF, and old Mac
//!   text uses a lone CR. The case keeps LF only ([`normalize_str`], [`normalize_line_breaks`]).
//!
//! Validation reports invisible characters by field, the letter refuses to print them, and an evidence file's
//! name is cleaned of them before it is stored ([`clean_file_name`]).

use std::borrow::Cow;

/// Whether `c` is an invisible format character that must never reach a printed letter.
///
/// The set is Unicode's `Default_Ignorable_Code_Point` property — the characters a renderer shows as nothing
/// at all — plus the interlinear annotation controls U+FFF9–U+FFFB, which are invisible formatting too:
///
/// | code points | what they are |
/// |---|---|
/// | U+00AD | soft hyphen: the typesetter hyphenates by itself, a typed one only hides a break point |
/// | U+034F | combining grapheme joiner |
/// | U+061C | Arabic letter mark (a direction mark) |
/// | U+115F, U+1160, U+3164, U+FFA0 | Hangul fillers, which show as blank |
/// | U+17B4, U+17B5 | invisible Khmer vowels |
/// | U+180B–U+180F | Mongolian variation selectors and vowel separator |
/// | U+200B–U+200F | zero-width space, non-joiner, joiner; left-to-right and right-to-left marks |
/// | U+202A–U+202E | bidirectional embeddings, overrides and their terminator |
/// | U+2060–U+206F | word joiner, invisible operators, bidirectional isolates, deprecated format controls |
/// | U+FE00–U+FE0F | variation selectors |
/// | U+FEFF | byte-order mark / zero-width no-break space |
/// | U+FFF0–U+FFF8 | reserved ignorable code points |
/// | U+FFF9–U+FFFB | interlinear annotation anchor, separator, terminator |
/// | U+1BCA0–U+1BCA3 | shorthand format controls |
/// | U+1D173–U+1D17A | musical symbol format controls |
/// | U+E0000–U+E0FFF | tag characters, variation selectors supplement, reserved ignorables |
///
/// Control characters (`Cc`: U+0000–U+001F, U+007F–U+009F) are a separate matter, see [`char::is_control`].
/// The visible spaces — no-break space U+00A0, narrow no-break space U+202F — are not in the set: they print.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'..='\u{1160}'
            | '\u{17B4}'..='\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF0}'..='\u{FFFB}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
            | '\u{E0000}'..='\u{E0FFF}'
    )
}

/// The first invisible character of `s` (see [`is_invisible`]), if any.
pub fn find_invisible(s: &str) -> Option<char> {
    s.chars().find(|&c| is_invisible(c))
}

/// Whether `s` holds nothing that prints: only whitespace and invisible characters.
///
/// A required field holding only a zero-width space (or a direction mark, or a byte-order mark pasted along
/// with the text) is empty.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// `s` with every CR LF and every lone CR turned into LF; borrowed when there is no CR.
pub fn normalize_str(s: &str) -> Cow<'_, str> {
    if !s.contains('\r') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            out.push('\n');
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Applies [`normalize_str`] to every string value in a JSON tree, in place; says whether anything changed.
///
/// Object keys are left as they are: they are the case format's field names, never typed text.
pub fn normalize_line_breaks(value: &mut serde_json::Value) -> bool {
    match value {
        serde_json::Value::String(s) => match normalize_str(s) {
            Cow::Owned(normalized) => {
                *s = normalized;
                true
            }
            Cow::Borrowed(_) => false,
        },
        serde_json::Value::Array(items) => {
            items.iter_mut().fold(false, |changed, v| normalize_line_breaks(v) | changed)
        }
        serde_json::Value::Object(fields) => {
            fields.values_mut().fold(false, |changed, v| normalize_line_breaks(v) | changed)
        }
        serde_json::Value::Null | serde_json::Value::Bool(_) | serde_json::Value::Number(_) => false,
    }
}

/// Shown for a file whose name holds nothing printable.
pub const FALLBACK_FILE_NAME: &str = "file";

/// An evidence file's name as it is stored and displayed: the name the user knows it by, made safe to show.
///
/// Line breaks, tabs and other whitespace become plain spaces (a name is shown on one line); control
/// characters and invisible characters ([`is_invisible`]) are removed, so a name cannot reorder itself
/// (`invoice\u{202E}fdp.exe` would display as `invoiceexe.pdf`) or hide characters in a checklist; the result
/// is trimmed. A name that leaves nothing becomes [`FALLBACK_FILE_NAME`]. The file itself is stored by its
/// content hash, so this changes no file on disk.
pub fn clean_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter_map(|c| match c {
            c if c.is_whitespace() => Some(' '),
            c if c.is_control() || is_invisible(c) => None,
            c => Some(c),
        })
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() { FALLBACK_FILE_NAME.to_owned() } else { trimmed.to_owned() }
}

/// One invisible character of each kind, for the tests of every module that must refuse them.
#[cfg(test)]
pub(crate) const INVISIBLES: [char; 31] = [
    '\u{00AD}',  // soft hyphen
    '\u{034F}',  // combining grapheme joiner
    '\u{061C}',  // Arabic letter mark
    '\u{180E}',  // Mongolian vowel separator
    '\u{200B}',  // zero-width space
    '\u{200C}',  // zero-width non-joiner
    '\u{200D}',  // zero-width joiner
    '\u{200E}',  // left-to-right mark
    '\u{200F}',  // right-to-left mark
    '\u{202A}',  // left-to-right embedding
    '\u{202B}',  // right-to-left embedding
    '\u{202C}',  // pop directional formatting
    '\u{202D}',  // left-to-right override
    '\u{202E}',  // right-to-left override
    '\u{2060}',  // word joiner
    '\u{2061}',  // function application
    '\u{2062}',  // invisible times
    '\u{2063}',  // invisible separator
    '\u{2064}',  // invisible plus
    '\u{2066}',  // left-to-right isolate
    '\u{2067}',  // right-to-left isolate
    '\u{2068}',  // first strong isolate
    '\u{2069}',  // pop directional isolate
    '\u{FE0F}',  // variation selector 16
    '\u{FEFF}',  // byte-order mark
    '\u{FFF9}',  // interlinear annotation anchor
    '\u{FFFA}',  // interlinear annotation separator
    '\u{FFFB}',  // interlinear annotation terminator
    '\u{E0001}', // language tag
    '\u{E0041}', // tag Latin capital A
    '\u{E007F}', // cancel tag
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn invisible_and_bidirectional_format_characters_are_recognised() {
        for c in INVISIBLES {
            assert!(is_invisible(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn what_prints_is_not_invisible() {
        for c in ['a', 'Ж', 'ѝ', '№', '₽', ' ', '\u{a0}', '\u{202f}', '\u{2011}', '-', '\n', '\u{E1000}', '\u{FFFD}']
        {
            assert!(!is_invisible(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn blank_means_nothing_that_prints() {
        for blank in ["", " ", "\n\t", "\u{200B}", " \u{FEFF}\u{200E} ", "\u{a0}\u{AD}", "\r\n"] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for filled in ["a", " Иван ", "\u{200B}.", "0", "\u{7}"] {
            assert!(!is_blank(filled), "{filled:?}");
        }
    }

    #[test]
    fn carriage_returns_become_line_feeds() {
        for (input, expected) in [
            ("", ""),
            ("one line", "one line"),
            ("a\nb", "a\nb"),
            ("a\r\nb", "a\nb"),
            ("a\rb", "a\nb"),
            ("a\r\r\nb", "a\n\nb"),
            ("a\n\rb", "a\n\nb"),
            ("\r", "\n"),
            ("конец\r\n", "конец\n"),
        ] {
            assert_eq!(normalize_str(input), expected, "{input:?}");
        }
        assert!(matches!(normalize_str("no carriage return\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_string_of_a_json_tree_is_normalized_and_nothing_else() {
        let mut value = json!({
            "title": "a\r\nb",
            "events": [{ "text": "x\ry", "amount": null }, "p\r\nq"],
            "count": 3,
            "flag": true,
            "key\r\n": "kept",
        });
        normalize_line_breaks(&mut value);
        assert_eq!(
            value,
            json!({
                "title": "a\nb",
                "events": [{ "text": "x\ny", "amount": null }, "p\nq"],
                "count": 3,
                "flag": true,
                "key\r\n": "kept",
            })
        );
    }

    #[test]
    fn file_names_lose_what_would_display_wrong() {
        for (name, shown) in [
            ("Чек 14.03.JPG", "Чек 14.03.JPG"),
            ("invoice\u{202E}fdp.exe", "invoicefdp.exe"),
            ("\u{FEFF}scan.pdf", "scan.pdf"),
            ("a\u{200B}b\u{200D}c.png", "abc.png"),
            ("  two\nlines\t.txt ", "two lines .txt"),
            ("bell\u{7}.txt", "bell.txt"),
            ("\u{200B}", FALLBACK_FILE_NAME),
            ("  \u{200E}\u{1}  ", FALLBACK_FILE_NAME),
            ("", FALLBACK_FILE_NAME),
        ] {
            assert_eq!(clean_file_name(name), shown, "{name:?}");
        }
    }
}
