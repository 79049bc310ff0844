//! The names of letter files in a case's `letters/` folder, and reading them back.
//!
//! A letter is written to disk before it is recorded in `case.json`; the name says enough (date, kind,
//! language, office copy) for a letter whose recording was cut short to be recorded at the next start.

use chrono::NaiveDate;

use super::request::LetterRequest;
use crate::models::{Extra, IssuedLetter, Language, LetterKind};

/// The file name's stem for a letter dated `date`, e.g. `2026-11-21-no-answer-ru-office`, or
/// `2026-11-21-claim-bg-read-ru` with a reading copy in Russian.
pub fn letter_stem(date: NaiveDate, request: &LetterRequest, language: Language) -> String {
    let office = if request.office_copy { "-office" } else { "" };
    let reading = request
        .reading_copy
        .filter(|reading| *reading != language)
        .map_or_else(String::new, |reading| format!("-read-{}", reading.id()));
    let kind = request.kind.id().replace('_', "-");
    format!("{}-{kind}-{}{office}{reading}", date.format("%Y-%m-%d"), language.id())
}

/// A plain name of a file in the case's `letters/`, never a path out of it (a hand-edited case, or a request,
/// could give one).
pub fn is_plain_file_name(file: &str) -> bool {
    !file.is_empty() && !file.starts_with('.') && !file.contains(['/', '\\', ':', '\0'])
}

/// The record of a letter file whose name [`letter_stem`] made (with `.pdf` and maybe `-2`, `-3`…); `None`
/// for any other file.
pub fn issued_from_file_name(file: &str) -> Option<IssuedLetter> {
    let stem = file.strip_suffix(".pdf")?;
    let (date, rest) = (stem.get(..10)?, stem.get(10..)?.strip_prefix('-')?);
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let kind = LetterKind::ALL.into_iter().find(|k| rest.starts_with(&format!("{}-", k.id().replace('_', "-"))))?;
    let rest = &rest[kind.id().len() + 1..];
    let language = Language::ALL.into_iter().find(|l| rest.starts_with(l.id()))?;
    let rest = &rest[2..];
    let rest = rest.strip_prefix("-office").unwrap_or(rest);
    let rest = Language::ALL
        .into_iter()
        .find_map(|l| rest.strip_prefix("-read-").and_then(|r| r.strip_prefix(l.id())))
        .unwrap_or(rest);
    let counter_ok = rest.is_empty()
        || rest.strip_prefix('-').is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    counter_ok.then(|| IssuedLetter {
        kind,
        language,
        date: date.into(),
        file: file.into(),
        sha256: None,
        extra: Extra::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_a_letter_gets_reads_back_as_its_record() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
        for kind in LetterKind::ALL {
            for language in [Language::Ru, Language::Bg, Language::En] {
                for (office_copy, reading_copy) in [(false, None), (true, None), (true, Some(Language::Ru))] {
                    let request = LetterRequest { office_copy, reading_copy, ..LetterRequest::plain(kind) };
                    let stem = letter_stem(date, &request, language);
                    for file in [format!("{stem}.pdf"), format!("{stem}-2.pdf"), format!("{stem}-13.pdf")] {
                        let issued = issued_from_file_name(&file).unwrap_or_else(|| panic!("{file}"));
                        assert_eq!(issued.kind, kind);
                        assert_eq!(issued.language, language);
                        assert_eq!(issued.date, "2026-11-21");
                        assert_eq!(issued.file, file);
                    }
                }
            }
        }
    }

    #[test]
    fn other_files_are_not_taken_for_letters() {
        for file in [
            "notes.pdf",
            "2026-11-21-claim-ru.txt",
            "2026-11-21-claim-de.pdf",
            "2026-11-21-claim-ru-.pdf",
            "2026-11-21-claim-ru-copy.pdf",
            "2026-13-01-claim-ru.pdf",
            "2026-11-21-invoice-ru.pdf",
            ".2026-11-21-claim-ru.pdf.tmp-1-2",
        ] {
            assert_eq!(issued_from_file_name(file), None, "{file}");
        }
    }
}
