//! The typographic checker: every example case, in every letter language, every letter kind with the
//! applicant's copy, laid out and read line by line for what a careful typesetter never does — an e-mail
//! address, a phone or reference number, a company's name with its legal form, initials, a number and its
//! unit or "№ 123" broken over two lines; a name or an address in the address column broken anywhere but
//! after a comma; a centred heading ending in one word; a runt; a word running on over a page break; a list
//! leaving one item alone on a page; a justified line set short of the margin, letter-spaced past the
//! typesetter's limit or with its spaces looser than theirs. A line nothing could fill (what follows cannot
//! break or move up) is set ragged, at its natural spacing, and counted.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use complaint_typeset::{
    self as typeset, Align, Block, LaidLine, LineEnd, LineKind, Proof, STRETCH_LIMIT, TRACKING_LIMIT,
};

use super::{LetterKind, LetterRequest, Letters};
use crate::models::{Answer, Case, DemandOutcome, Language, Submission};
use crate::rules;
use crate::store::parse_case;

/// A last line with fewer visible characters than this is a runt ("л.", "56).", "кв. 47").
const RUNT_CHARS: usize = 6;
/// Legal forms written before a company's name: ПАО «МТС».
const FORMS_BEFORE: &[&str] = &["ПАО", "ООО", "АО", "ЗАО", "ОАО", "ЧАО", "ПрАТ"];
/// Legal forms written after it: „Мобилтел“ ЕАД, Vodafone Ltd.
const FORMS_AFTER: &[&str] =
    &["ЕАД", "ЕООД", "АД", "ООД", "Ltd", "Ltd.", "Limited", "plc", "PLC", "LLC", "EAD", "EOOD"];
/// Words naming a provision, never parted from its number: "статьи 12", "чл. 55", "Article 55".
const PROVISIONS: &[&str] = &[
    "ст.",
    "статьи",
    "статья",
    "статьёй",
    "статті",
    "стаття",
    "статтею",
    "частини",
    "пункт",
    "п.",
    "ч.",
    "части",
    "чл.",
    "член",
    "ал.",
    "article",
    "art.",
    "section",
];
/// Widths are compared to this many points.
const SLACK: f64 = 0.01;
/// Conjunctions and prepositions: a number is never parted from them as from its unit.
const LINKING_WORDS: &[&str] =
    &["и", "или", "а", "но", "по", "до", "от", "за", "на", "към", "і", "та", "або", "від", "and", "or", "to", "from"];

/// One thing a reader of the printed letter would mark.
#[derive(Debug)]
struct Defect {
    kind: &'static str,
    letter: String,
    page: usize,
    line: String,
}

/// What the checker went through.
#[derive(Debug, Default)]
struct Tally {
    letters: usize,
    pages: usize,
    lines: usize,
    defects: Vec<Defect>,
    /// Justified lines letter-spaced to reach the margin.
    tracked: usize,
    /// Lines of justified blocks set ragged, because what follows could neither break nor move up.
    ragged: usize,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn letters() -> &'static Letters {
    static LETTERS: std::sync::OnceLock<Letters> = std::sync::OnceLock::new();
    LETTERS.get_or_init(|| Letters::new().expect("templates and fonts load"))
}

/// The example cases of `tests/fixtures/cases`, by folder name.
fn example_cases() -> Vec<(String, Case)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/cases");
    let mut cases: Vec<(String, Case)> = std::fs::read_dir(&root)
        .expect("tests/fixtures/cases")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.join("case.json").is_file())
        .map(|path| {
            let name = path.file_name().expect("name").to_string_lossy().into_owned();
            (name, parse_case(&std::fs::read(path.join("case.json")).expect("read")).expect("parses"))
        })
        .collect();
    cases.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(cases.len(), 6, "the six example cases");
    cases
}

/// Every letter kind with the case in the state it needs: handed in for the reminder, answered (every
/// outcome in turn) for the no-answer and regulator letters.
fn stages(case: &Case) -> Vec<(LetterKind, Case)> {
    let mut sent = case.clone();
    sent.sent = Some(Submission {
        date: "2026-10-01".into(),
        registration_number: "ВХ-0412/16".into(),
        ..Submission::default()
    });
    let mut answered = sent.clone();
    let outcomes = [
        DemandOutcome::Satisfied,
        DemandOutcome::RefusedWithReasons,
        DemandOutcome::RefusedWithoutReasons,
        DemandOutcome::NotAddressed,
    ];
    answered.answer = Some(Answer {
        date: "2026-11-10".into(),
        outcomes: (0..case.demands.len()).map(|i| outcomes[i % outcomes.len()]).collect(),
        ..Answer::default()
    });
    vec![
        (LetterKind::Claim, case.clone()),
        (LetterKind::Reminder, sent),
        (LetterKind::NoAnswer, answered.clone()),
        (LetterKind::Regulator, answered),
        (LetterKind::DataRequest, case.clone()),
    ]
}

/// Lays out every example × language × kind, with `adjust` applied to each document first, and checks it.
fn check_all(adjust: fn(&mut typeset::Document)) -> Tally {
    let letters = letters();
    let mut tally = Tally::default();
    for (name, case) in example_cases() {
        for (kind, staged) in stages(&case) {
            for &lang in rules::letter_languages(staged.jurisdiction).expect("packs") {
                let request = LetterRequest { language: Some(lang), office_copy: true, ..LetterRequest::plain(kind) };
                let label = format!("{name} {lang:?} {}", kind.id());
                letters.check(&staged, &request, today()).unwrap_or_else(|e| panic!("{label}: {e}"));
                let mut document = letters.document(&staged, &request, &[], today()).expect("document");
                adjust(&mut document);
                let proof = typeset::proof(&document, &letters.fonts).expect("lays out");
                tally.letters += 1;
                tally.pages += proof.pages;
                tally.lines += proof.lines.len();
                Checker { label, values: Values::of(&staged), tally: &mut tally }.proof(&proof);
            }
        }
    }
    tally
}

/// What the case itself says must stay whole.
struct Values {
    /// Never broken: e-mail, phone, the company's name with its legal form, registration number.
    whole: Vec<String>,
    /// Broken only after a comma in the address column: names and addresses.
    addresses: Vec<String>,
}

impl Values {
    fn of(case: &Case) -> Values {
        let mut whole = vec![case.customer.email.clone(), case.customer.phone.clone()];
        whole.extend(case.sent.iter().map(|sent| sent.registration_number.clone()));
        // "ПАО «Мобильные ТелеСистемы» (ПАО «МТС»)": each part holding a legal form is one name.
        let legal = &case.company.legal_name;
        whole.extend(
            legal
                .split(['(', ')'])
                .map(str::trim)
                .filter(|part| {
                    part.split_whitespace().any(|word| FORMS_BEFORE.contains(&word) || FORMS_AFTER.contains(&word))
                })
                .map(str::to_owned),
        );
        let addresses = [legal, &case.company.claims_address, &case.customer.full_name, &case.customer.postal_address]
            .into_iter()
            .cloned()
            .collect();
        let clean =
            |values: Vec<String>| -> Vec<String> { values.iter().map(|v| flat(v)).filter(|v| !v.is_empty()).collect() };
        Values { whole: clean(whole), addresses: clean(addresses) }
    }
}

/// Text with every run of spaces as one " ", as the laid-out lines read.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One block's lines read as a single text, with where each soft line break fell.
struct Joined {
    chars: Vec<char>,
    /// (index of the first character of the next line, index of the line that ends there).
    breaks: Vec<(usize, usize)>,
}

fn join(lines: &[&LaidLine]) -> Joined {
    let mut chars = Vec::new();
    let mut breaks = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let text = match line.end {
            LineEnd::Hyphen => line.text.strip_suffix('-').unwrap_or(&line.text),
            _ => &line.text,
        };
        chars.extend(text.chars());
        match line.end {
            LineEnd::Space => chars.push(' '),
            LineEnd::End => chars.push('\n'),
            LineEnd::Hyphen | LineEnd::Split => {}
        }
        if line.end != LineEnd::End && i + 1 < lines.len() {
            breaks.push((chars.len(), i));
        }
    }
    Joined { chars, breaks }
}

/// Checks the proof of one letter.
struct Checker<'a> {
    label: String,
    values: Values,
    tally: &'a mut Tally,
}

impl Checker<'_> {
    fn mark(&mut self, kind: &'static str, line: &LaidLine) {
        let defect = Defect { kind, letter: self.label.clone(), page: line.page, line: line.text.clone() };
        self.tally.defects.push(defect);
    }

    fn proof(&mut self, proof: &Proof) {
        let mut blocks: BTreeMap<usize, Vec<&LaidLine>> = BTreeMap::new();
        for line in &proof.lines {
            blocks.entry(line.block).or_default().push(line);
            self.line(line);
        }
        for lines in blocks.values() {
            self.breaks(lines);
            self.segments(lines);
        }
        self.lists(&proof.lines);
        self.stamps(&proof.lines);
        self.signed_pages(&proof.lines, &blocks);
    }

    /// A signature closing a letter's text, on a later page than the letter's first, shares that page with the
    /// end of the text it signs (a line of a paragraph of several lines), never only with the enclosures and
    /// the closing. (A form's header set as a signature line closes no text.)
    fn signed_pages(&mut self, lines: &[LaidLine], blocks: &BTreeMap<usize, Vec<&LaidLine>>) {
        let closes_text = |i: usize| {
            let (line, before) = (&lines[i], i.checked_sub(1).map(|b| &lines[b]));
            line.kind == LineKind::Signature
                && before.is_some_and(|b| {
                    b.section == line.section && matches!(b.kind, LineKind::Paragraph | LineKind::ListItem)
                })
        };
        for signature in (0..lines.len()).filter(|&i| closes_text(i)).map(|i| &lines[i]) {
            let section = signature.section;
            let first_page = lines.iter().find(|line| line.section == section).map_or(signature.page, |l| l.page);
            let with_text = lines.iter().any(|line| {
                line.section == section
                    && line.page == signature.page
                    && matches!(line.kind, LineKind::Paragraph | LineKind::ListItem)
                    && blocks.get(&line.block).is_some_and(|block| block.len() > 1)
            });
            if signature.page > first_page && !with_text {
                self.mark("signature on a page without the letter's text", signature);
            }
        }
    }

    /// A stamp's frame after a signature in its section (the applicant's copy's receipt block) is on the
    /// signature's page: the sheet the clerk stamps carries the date and the signature.
    fn stamps(&mut self, lines: &[LaidLine]) {
        for (i, frame) in lines.iter().enumerate().filter(|(_, line)| line.kind == LineKind::Caption) {
            let signatures: Vec<&LaidLine> = lines[..i]
                .iter()
                .filter(|line| line.section == frame.section && line.kind == LineKind::Signature)
                .collect();
            if !signatures.is_empty() && signatures.iter().all(|line| line.page != frame.page) {
                self.mark("receipt block apart from the signature", frame);
            }
        }
    }

    /// A line on its own: not wider than its measure, and if justified and not the last of its lines, flush
    /// with the margin, letter-spaced no more than the limit, its spaces no looser than theirs; or, where
    /// nothing could fill it, set ragged with its spaces as they are (counted).
    fn line(&mut self, line: &LaidLine) {
        if line.width > line.measure + SLACK {
            self.mark("overfull line", line);
        }
        if line.align != Align::Justify || line.end == LineEnd::End {
            return;
        }
        if line.ragged {
            self.tally.ragged += 1;
            if (line.width - line.natural_width).abs() > SLACK || line.tracking != 0.0 {
                self.mark("ragged line stretched", line);
            }
            return;
        }
        if line.width < line.measure - SLACK {
            self.mark("justified line set short", line);
        }
        if line.tracking > TRACKING_LIMIT + 1e-9 {
            self.mark("letter-spaced past the limit", line);
        }
        if line.tracking > 0.0 {
            self.tally.tracked += 1;
        }
        if line.ratio > STRETCH_LIMIT + 1e-9 {
            self.mark("justified line looser than the limit", line);
        }
    }

    /// Every soft line break of a block: not inside what must stay whole, not inside a word over a page.
    fn breaks(&mut self, lines: &[&LaidLine]) {
        let joined = join(lines);
        for &(at, i) in &joined.breaks {
            let line = lines[i];
            if let Some(kind) = bad_break(&joined.chars, at, line.end) {
                self.mark(kind, line);
            }
            if matches!(line.end, LineEnd::Hyphen | LineEnd::Split) && lines[i + 1].page != line.page {
                self.mark("word broken over a page", line);
            }
        }
        for value in &self.values.whole.clone() {
            for (start, end) in occurrences(&joined.chars, value) {
                for &(_, i) in joined.breaks.iter().filter(|&&(at, _)| start < at && at < end) {
                    self.mark("case value broken", lines[i]);
                }
            }
        }
        if lines.first().is_some_and(|line| line.kind == LineKind::Column) {
            for value in &self.values.addresses.clone() {
                for (start, end) in occurrences(&joined.chars, value) {
                    let inside = joined.breaks.iter().filter(|&&(at, _)| start < at && at < end);
                    for &(at, i) in inside {
                        if !(joined.chars[at - 1] == ' ' && joined.chars[at - 2] == ',') {
                            self.mark("address broken not at a comma", lines[i]);
                        }
                    }
                }
            }
        }
    }

    /// The last line of every group of lines (a paragraph, or its part up to a line break in the text).
    fn segments(&mut self, lines: &[&LaidLine]) {
        let mut first = 0;
        for (i, line) in lines.iter().enumerate() {
            if line.end != LineEnd::End && i + 1 < lines.len() {
                continue;
            }
            if i > first {
                if line.text.chars().filter(|c| !c.is_whitespace()).count() < RUNT_CHARS {
                    self.mark("runt", line);
                }
                // A table's column heading wraps a word to a line in its narrow cell; a heading of the text must not.
                if line.align == Align::Center && line.kind != LineKind::Cell && !line.text.trim().contains(' ') {
                    self.mark("centred heading ends in one word", line);
                }
            }
            first = i + 1;
        }
    }

    /// No page holds a single item of a list that goes on over another page.
    fn lists(&mut self, lines: &[LaidLine]) {
        let mut pages: BTreeMap<usize, BTreeMap<usize, BTreeSet<usize>>> = BTreeMap::new();
        for line in lines {
            if let Some(place) = line.list {
                pages.entry(place.list).or_default().entry(line.page).or_default().insert(place.item);
            }
        }
        for (list, by_page) in pages {
            if by_page.len() < 2 {
                continue;
            }
            for (page, items) in by_page {
                if items.len() == 1 {
                    let line = lines
                        .iter()
                        .find(|l| l.page == page && l.list.is_some_and(|p| p.list == list))
                        .expect("a line of the item");
                    self.mark("list item alone on a page", line);
                }
            }
        }
    }
}

/// Where `value` occurs in `chars`, as character ranges.
fn occurrences(chars: &[char], value: &str) -> Vec<(usize, usize)> {
    let value: Vec<char> = value.chars().collect();
    if value.is_empty() || value.len() > chars.len() {
        return Vec::new();
    }
    (0..=chars.len() - value.len())
        .filter(|&i| chars[i..i + value.len()] == value[..])
        .map(|i| (i, i + value.len()))
        .collect()
}

/// The words either side of the break before `at`.
fn words_around(chars: &[char], at: usize) -> (String, String) {
    let before_end = if chars[at - 1] == ' ' { at - 1 } else { at };
    let start = chars[..before_end].iter().rposition(|c| c.is_whitespace()).map_or(0, |p| p + 1);
    let end = chars[at..].iter().position(|c| c.is_whitespace()).map_or(chars.len(), |p| at + p);
    let before: String = chars[start..before_end].iter().collect();
    let after: String = chars[at..end].iter().collect();
    // A word broken inside reads whole on both sides.
    if before_end == at {
        let word: String = chars[start..end].iter().collect();
        return (word.clone(), word);
    }
    (before, after)
}

/// What is wrong with a soft line break before `at`, if anything.
fn bad_break(chars: &[char], at: usize, end: LineEnd) -> Option<&'static str> {
    let (before, after) = words_around(chars, at);
    let digit = |word: &str| word.chars().any(|c| c.is_ascii_digit());
    let bare = |word: &str| word.trim_matches(|c: char| !c.is_alphanumeric()).to_owned();
    let first = after.chars().next().unwrap_or(' ');
    if end != LineEnd::Space {
        let address = before.contains('@') || before.contains("://") || before.contains('/');
        return (digit(&before) || address).then_some("number, e-mail or URL broken inside");
    }
    let numeric = |word: &str| {
        digit(word) && word.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '(' | ')' | '.' | ','))
    };
    let initial = |word: &str| word.chars().count() == 2 && word.starts_with(char::is_uppercase) && word.ends_with('.');
    let capitalised = |word: &str| bare(word).starts_with(char::is_uppercase);
    let number = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word.ends_with(|c: char| c.is_ascii_digit())
            && word.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
    };
    // "14.03.2016", "09.08,": a date after a phone number is not one of its groups.
    let date = |word: &str| {
        let parts: Vec<&str> = word.trim_end_matches(['.', ',', ';', ')']).split('.').collect();
        (2..=3).contains(&parts.len()) && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    };
    let provision =
        PROVISIONS.contains(&before.trim_start_matches('(').to_lowercase().as_str()) && first.is_ascii_digit();
    let unit = (first.is_alphabetic() && bare(&after).chars().count() <= 4 && !LINKING_WORDS.contains(&after.as_str()))
        || matches!(first, '₽' | '€' | '$' | '£' | '%');
    if matches!(before.as_str(), "№" | "§" | "No." | "Nr.") {
        Some("№ parted from its number")
    } else if provision {
        Some("provision parted from its number")
    } else if numeric(&before)
        && before.ends_with(|c: char| c.is_ascii_digit() || c == ')')
        && first.is_ascii_digit()
        && !date(&after)
    {
        Some("digit groups of one number parted")
    } else if number(&before) && unit {
        Some("number parted from its unit")
    } else if (initial(&before) && (capitalised(&after) || initial(&after)))
        || (capitalised(&before) && initial(after.trim_end_matches([',', ';', ')'])))
    {
        Some("initials parted from the surname")
    } else if (FORMS_BEFORE.contains(&bare(&before).as_str()) && (capitalised(&after) || "«„“\"".contains(first)))
        || (FORMS_AFTER.contains(&bare(&after).as_str())
            && !after.starts_with('(')
            && (before.ends_with(['»', '“', '”', '"']) || capitalised(&before)))
    {
        Some("legal form parted from the name")
    } else {
        None
    }
}

/// Makes the address column as narrow as it once was (85 mm from the margin).
fn narrow_address_column(document: &mut typeset::Document) {
    fn narrow(blocks: &mut [Block]) {
        for block in blocks {
            match block {
                Block::ListItem { label, indent_mm, .. } if label.is_empty() => *indent_mm = 85.0,
                Block::KeepTogether(inner) => narrow(inner),
                _ => {}
            }
        }
    }
    for section in &mut document.sections {
        narrow(&mut section.blocks);
    }
}

fn report(tally: &Tally) -> String {
    let mut text = format!(
        "checked {} lines on {} pages of {} letters: {} defects; {} justified lines letter-spaced, {} set ragged \
         where nothing could fill them",
        tally.lines,
        tally.pages,
        tally.letters,
        tally.defects.len(),
        tally.tracked,
        tally.ragged
    );
    for defect in &tally.defects {
        text.push_str(&format!("\n  {}: {}, page {}: “{}”", defect.kind, defect.letter, defect.page, defect.line));
    }
    text
}

#[test]
fn every_example_letter_is_typeset_without_a_defect() {
    let tally = check_all(|_| {});
    let report = report(&tally);
    println!("typography: {report}");
    // Six cases, every language, five kinds.
    assert_eq!(tally.letters, 6 * Language::COUNT * 5);
    assert!(tally.lines > 10_000 && tally.pages > 300, "{report}");
    assert!(tally.defects.is_empty(), "{report}");
}

#[test]
fn a_narrower_address_column_breaks_names_and_addresses_where_it_must_not() {
    let tally = check_all(narrow_address_column);
    let report = report(&tally);
    println!("typography with the old address column: {report}");
    assert!(tally.defects.iter().any(|d| d.kind == "address broken not at a comma"), "{report}");
}
