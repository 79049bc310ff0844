//! Arbitrary bytes as an evidence file printed on annex pages: a file that is not a PNG, a JPEG or a PDF, or
//! is damaged, made to exhaust memory or to loop, is refused with a reason, never a panic or a hang.
//!
//! Whatever opens is typeset on annex pages (at most four of them) and written as a PDF, so the page-copying
//! and image code runs on it too.

#![no_main]

use std::sync::LazyLock;

use complaint_typeset::{self as typeset, Attachment, Block, Document, Fonts, FooterLabel, Section, TextLanguage};
use libfuzzer_sys::fuzz_target;

/// Pages of one file laid out and written.
const MAX_PAGES: usize = 4;

static FONTS: LazyLock<Fonts> = LazyLock::new(|| Fonts::bundled().expect("the bundled fonts parse"));

fuzz_target!(|bytes: &[u8]| {
    let Ok(attachment) = Attachment::open(bytes) else {
        return;
    };
    let blocks = (0..attachment.pages().min(MAX_PAGES))
        .flat_map(|page| [Block::PageBreak, Block::Embed { attachment: attachment.clone(), page }])
        .collect();
    let document = Document {
        title: "Annex".to_owned(),
        author: "Fuzz".to_owned(),
        subject: "Attachment".to_owned(),
        creation_date: (2026, 11, 21),
        language: TextLanguage { tag: "ru-RU", cyrillic: *b"ru" },
        sections: vec![Section { header: None, footer_label: FooterLabel { page_of: String::new() }, blocks }],
    };
    let pdf = typeset::render(&document, &FONTS).expect("annex pages of an opened file always render");
    assert!(pdf.bytes.starts_with(b"%PDF-"));
});
