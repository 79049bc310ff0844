//! Arbitrary text as letter markup, then typeset into a PDF: bad markup and unprintable characters are
//! errors, never panics.
//!
//! The first byte picks the hyphenation language and whether the section has a header; the rest is the
//! markup. Every document is laid out (line breaking, hyphenation, pagination); only short ones are also
//! written as a PDF, since font subsetting and compression cost tens of milliseconds whatever the length.
//! Inputs are capped so that each run stays fast.

#![no_main]

use std::sync::LazyLock;

use complaint_core::letter::markup;
use complaint_typeset::{self as typeset, Document, Fonts, FooterLabel, Section, TextLanguage};
use libfuzzer_sys::fuzz_target;

/// Longest markup fed to the typesetter, in bytes.
const MAX_INPUT: usize = 4096;
/// Longest markup also written as a PDF, in bytes.
const MAX_RENDERED: usize = 256;

static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts::bundled().expect("the bundled fonts parse"));

fuzz_target!(|bytes: &[u8]| {
    let Some((&options, text)) = bytes.split_first() else {
        return;
    };
    if text.len() > MAX_INPUT {
        return;
    }
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let Ok(blocks) = markup::parse("fuzz", text) else {
        return;
    };
    let language = match options % 3 {
        0 => TextLanguage { tag: "ru-RU", cyrillic: *b"ru" },
        1 => TextLanguage { tag: "bg-BG", cyrillic: *b"bg" },
        _ => TextLanguage { tag: "en-GB", cyrillic: *b"ru" },
    };
    let header = (options & 0x80 != 0).then(|| "COPY — applicant's copy".to_owned());
    let document = Document {
        title: "Fuzz".to_owned(),
        author: "Fuzz".to_owned(),
        subject: String::new(),
        creation_date: (2026, 11, 21),
        language,
        sections: vec![Section {
            header,
            footer_label: FooterLabel { page_of: "Page {page} of {pages}".to_owned() },
            blocks,
        }],
    };
    let Ok(pages) = typeset::page_count(&document, &FONTS) else {
        return;
    };
    assert!(pages > 0, "a laid out document has pages");
    if text.len() <= MAX_RENDERED {
        let pdf = typeset::render(&document, &FONTS).expect("a document that lays out renders");
        assert_eq!(pdf.pages, pages, "the PDF has the pages of the layout");
        assert!(pdf.bytes.starts_with(b"%PDF-"), "a rendered document is a PDF");
    }
});
