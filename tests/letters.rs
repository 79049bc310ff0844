//! Letters as the clerk and the customer see them: every example case, in every language, checked with
//! the same tools a reader would use (`qpdf`, `pdffonts`, `pdftotext`).

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use complaint_core::models::EvidenceStatus;
use complaint_core::store::parse_case;
use support::{complaint, example_cases, stderr, stdout};

const LANGUAGES: [(&str, &str); 4] =
    [("ru", "21 ноября 2026"), ("bg", "21 ноември 2026"), ("en", "21 November 2026"), ("uk", "21 листопада 2026")];

/// Text as a reader compares it: no line breaks, hyphens or spacing differences.
fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '‐')).collect()
}

fn tool(name: &str, args: &[&Path]) -> String {
    let output = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} runs: {e}"));
    assert!(output.status.success(), "{name} {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn pdftotext(pdf: &Path) -> String {
    tool("pdftotext", &[pdf, Path::new("-")])
}

/// Runs the reader's checks on a PDF — structure, fonts embedded as subsets with a Unicode map — and
/// returns its text.
fn checked_text(pdf: &Path, label: &str) -> String {
    tool("qpdf", &[Path::new("--check"), pdf]);
    let fonts = tool("pdffonts", &[pdf]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{label}: no fonts");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID: the three yes/no columns sit before the object id.
        let flags = &cols[cols.len() - 5..cols.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "{label}: font not embedded, subset and mapped: {row}");
        assert!(cols[0].contains('+'), "{label}: subset fonts carry a tag: {row}");
    }
    let text = pdftotext(pdf);
    assert!(text.split_whitespace().count() > 100, "{label}: too little text extracted");
    text
}

/// Imports every example into a fresh data directory; returns (data dir, [(id, example folder)]).
fn imported() -> (tempfile::TempDir, Vec<(String, PathBuf)>) {
    let data = tempfile::tempdir().expect("temp dir");
    let ids = example_cases()
        .into_iter()
        .map(|example| {
            let created = complaint(data.path(), &["new", "--from", example.to_str().expect("utf-8")]);
            let id =
                stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
            (id, example)
        })
        .collect();
    (data, ids)
}

#[test]
fn every_example_prints_in_every_language_with_its_facts() {
    let (data, cases) = imported();
    for (id, example) in &cases {
        let case = parse_case(&std::fs::read(example.join("case.json")).expect("read")).expect("parse");
        for (lang, date) in LANGUAGES {
            let pdf = data.path().join(format!("{id}-{lang}.pdf"));
            let run = complaint(data.path(), &["letter", id, "--lang", lang, "--out", pdf.to_str().expect("utf-8")]);
            assert!(run.status.success(), "{id} {lang}: {}", stderr(&run));

            let text = squeeze(&checked_text(&pdf, &format!("{id} {lang}")));
            let mut expected = vec![case.customer.full_name.as_str(), case.company.legal_name.as_str(), date];
            expected.extend(case.demands.iter().map(String::as_str));
            expected.extend(
                case.evidence.iter().filter(|e| e.status == EvidenceStatus::Have).map(|e| e.description.as_str()),
            );
            for wanted in expected {
                assert!(text.contains(&squeeze(wanted)), "{id} {lang}: the letter lacks “{wanted}”");
            }
        }
    }
}

#[test]
fn a_letter_is_filed_in_the_case_and_never_replaces_an_earlier_one() {
    let (data, cases) = imported();
    let (id, _) = &cases[0];
    let first = complaint(data.path(), &["letter", id]);
    let second = complaint(data.path(), &["letter", id]);
    assert!(first.status.success() && second.status.success(), "{}{}", stderr(&first), stderr(&second));
    let first_path = stdout(&first).trim().to_owned();
    let second_path = stdout(&second).trim().to_owned();
    assert!(first_path.ends_with("letters/2026-11-21-claim-bg.pdf"), "{first_path}");
    assert!(second_path.ends_with("letters/2026-11-21-claim-bg-2.pdf"), "{second_path}");

    let shown = complaint(data.path(), &["show", id, "--json"]);
    let case: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("json");
    let letters = case["letters"].as_array().expect("letters");
    assert_eq!(letters.len(), 2);
    assert_eq!(letters[0]["file"], "2026-11-21-claim-bg.pdf");
    assert_eq!(letters[0]["date"], "2026-11-21");
}

#[test]
fn the_same_date_gives_the_same_bytes() {
    let (data, cases) = imported();
    let (id, _) = &cases[0];
    let out = |name: &str| data.path().join(name);
    for name in ["a.pdf", "b.pdf"] {
        let run =
            complaint(data.path(), &["letter", id, "--copies", "office", "--out", out(name).to_str().expect("utf-8")]);
        assert!(run.status.success(), "{}", stderr(&run));
    }
    assert_eq!(std::fs::read(out("a.pdf")).expect("a"), std::fs::read(out("b.pdf")).expect("b"));
}

#[test]
fn the_office_print_holds_the_original_and_a_receipt_copy() {
    let (data, cases) = imported();
    for (id, _) in &cases {
        let single = data.path().join("single.pdf");
        let office = data.path().join("office.pdf");
        complaint(data.path(), &["letter", id, "--out", single.to_str().expect("utf-8")]);
        let run =
            complaint(data.path(), &["letter", id, "--copies", "office", "--out", office.to_str().expect("utf-8")]);
        assert!(run.status.success(), "{}", stderr(&run));
        let text = pdftotext(&office);
        let receipt = ["Отметка о получении", "Отметка за приемане", "Acknowledgement of receipt"];
        assert!(receipt.iter().any(|r| text.contains(r)), "{id}: no receipt block:\n{text}");
        assert!(text.len() > pdftotext(&single).len() * 3 / 2, "{id}: the office print does not hold two copies");
    }
}

#[test]
fn a_reading_copy_follows_the_letter_and_every_one_of_its_pages_says_it_is_not_to_be_handed_in() {
    let (data, cases) = imported();
    let (id, _) = &cases[0];
    let plain = data.path().join("plain.pdf");
    let with_copy = data.path().join("with-copy.pdf");
    complaint(data.path(), &["letter", id, "--lang", "bg", "--out", plain.to_str().expect("utf-8")]);
    let run = complaint(
        data.path(),
        &["letter", id, "--lang", "bg", "--reading-copy", "en", "--out", with_copy.to_str().expect("utf-8")],
    );
    assert!(run.status.success(), "{}", stderr(&run));
    let pages = |pdf: &Path| pdftotext(pdf).split('\u{c}').filter(|p| !p.trim().is_empty()).count();
    let text = checked_text(&with_copy, "reading copy");
    let added: Vec<&str> = text.split('\u{c}').filter(|p| !p.trim().is_empty()).skip(pages(&plain)).collect();
    assert!(!added.is_empty(), "no pages were added");
    assert!(added.iter().any(|page| page.contains("FORMAL COMPLAINT")), "the English letter is not appended");
    for page in &added {
        assert!(page.contains("Translation for the applicant — not to be handed in"), "unmarked page:\n{page}");
    }
    assert!(!text.split('\u{c}').take(pages(&plain)).any(|p| p.contains("Translation for the applicant")));
}

#[test]
fn bulgarian_and_russian_special_characters_print() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut case: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            example_cases()
                .iter()
                .find(|p| p.to_string_lossy().contains("mtel"))
                .expect("a Bulgarian case")
                .join("case.json"),
        )
        .expect("read"),
    )
    .expect("json");
    case["events"][0]["text"] = "Обадих ѝ се отново, но тя не ми отговори.".into();
    case["demands"][0] = "Вернуть 1 200 ₽ по квитанции № 4411.".into();
    let file = data.path().join("case.json");
    std::fs::write(&file, serde_json::to_vec(&case).expect("json")).expect("write");
    let created = complaint(data.path(), &["new", "--from", file.to_str().expect("utf-8")]);
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let pdf = data.path().join("special.pdf");
    let run = complaint(data.path(), &["letter", &id, "--out", pdf.to_str().expect("utf-8")]);
    assert!(run.status.success(), "{}", stderr(&run));
    let text = squeeze(&pdftotext(&pdf));
    for wanted in ["ѝ", "₽", "№"] {
        assert!(text.contains(wanted), "{wanted} missing");
    }
}

#[test]
fn every_letter_kind_prints_in_ukrainian_with_its_own_letters() {
    let data = tempfile::tempdir().expect("temp dir");
    let example = example_cases().into_iter().find(|p| p.to_string_lossy().contains("ukraine")).expect("example");
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(example.join("case.json")).expect("read")).expect("json");
    case["customer"]["full_name"] = "Ґалаґан Євгенія Ігорівна".into();
    case["customer"]["postal_address"] = "вул. Їжакевича, 12, кв. 3, м. Київ, 03150".into();
    case["letter_language"] = "uk".into();
    case["delivery"] = "in_person".into();
    let file = data.path().join("case.json");
    std::fs::write(&file, serde_json::to_vec(&case).expect("json")).expect("write");
    let created = complaint(data.path(), &["new", "--from", file.to_str().expect("utf-8")]);
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let letter = |kind: &str| {
        let pdf = data.path().join(format!("{kind}.pdf"));
        let run = complaint(
            data.path(),
            &["letter", &id, "--kind", kind, "--copies", "office", "--out", pdf.to_str().expect("utf-8")],
        );
        assert!(run.status.success(), "{kind}: {}", stderr(&run));
        checked_text(&pdf, kind)
    };
    let mut texts = vec![("claim", letter("claim"))];
    let sent = complaint(data.path(), &["sent", &id, "--date", "2026-10-01"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    texts.extend(["reminder", "regulator", "data-request"].map(|kind| (kind, letter(kind))));
    let answered = complaint(data.path(), &["answered", &id, "--date", "2026-11-10"]);
    assert!(answered.status.success(), "{}", stderr(&answered));
    texts.push(("no-answer", letter("no-answer")));
    for (kind, text) in &texts {
        for wanted in ['є', 'і', 'ї', 'ґ', 'Ґ', 'Є', 'Ї'] {
            assert!(text.contains(wanted), "{kind}: “{wanted}” is not in the text a reader extracts");
        }
        assert!(text.contains("Про звернення громадян") || text.contains("Про захист персональних даних"), "{kind}");
    }
}

#[test]
fn an_unprintable_character_is_named_with_its_field() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut case: serde_json::Value =
        serde_json::from_slice(&std::fs::read(example_cases()[0].join("case.json")).expect("read")).expect("json");
    case["demands"][1] = "Ответить до пятницы 😀".into();
    let file = data.path().join("case.json");
    std::fs::write(&file, serde_json::to_vec(&case).expect("json")).expect("write");
    let created = complaint(data.path(), &["new", "--from", file.to_str().expect("utf-8")]);
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let run = complaint(data.path(), &["letter", &id]);
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        stderr(&run).trim(),
        "complaint: demands[1] contains “😀” (U+1F600), which the letter font cannot print"
    );
}

#[test]
fn every_follow_up_prints_in_every_language_and_the_reminder_quotes_the_claim() {
    let (data, cases) = imported();
    let (id, _) = cases.iter().find(|(id, _)| id.contains("debt-notice")).expect("the debt-notice case");
    let letter = |kind: &str, lang: &str| {
        let pdf = data.path().join(format!("{kind}-{lang}.pdf"));
        let run = complaint(
            data.path(),
            &["letter", id, "--kind", kind, "--lang", lang, "--out", pdf.to_str().expect("utf-8")],
        );
        assert!(run.status.success(), "{kind} {lang}: {}", stderr(&run));
        squeeze(&checked_text(&pdf, &format!("{kind} {lang}")))
    };

    let refused = complaint(data.path(), &["letter", id, "--kind", "reminder"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("not been marked as handed in"), "{}", stderr(&refused));

    let sent = complaint(data.path(), &["sent", id, "--date", "2026-10-01", "--registration", "ВХ-0412"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    for (lang, _) in LANGUAGES {
        let reminder = letter("reminder", lang);
        assert!(reminder.contains("01.10.2026") && reminder.contains("ВХ0412"), "{lang}: the reminder lacks the claim");
        // Received on Thursday 1 October: registered on the 2nd, thirty days end on Sunday 1 November → Monday.
        assert!(reminder.contains("02.11.2026"), "{lang}: the reminder lacks the due date");
        letter("regulator", lang);
        letter("data-request", lang);
    }
    // The registration date is not known: the date is the latest the term can end, and the letter says so.
    let estimated = [
        ("ru", "истёкнепозднее02.11.2026"),
        ("bg", "изтеченайкъснона02.11.2026"),
        ("en", "endednolaterthan02.11.2026"),
        ("uk", "спливнепізніше02.11.2026"),
    ];
    for (lang, wording) in estimated {
        let reminder = letter("reminder", lang);
        assert!(reminder.to_lowercase().contains(&wording.to_lowercase()), "{lang}: {reminder}");
    }
    // The clerk's stamp says 1 October: the same last day, now stated as the day the term ended.
    let stamped = complaint(
        data.path(),
        &["sent", id, "--date", "2026-10-01", "--registration", "ВХ-0412", "--registered-on", "2026-10-01"],
    );
    assert!(stamped.status.success(), "{}", stderr(&stamped));
    let stated = [
        ("ru", "истёк02.11.2026", "зарегистрирована01.10.2026"),
        ("bg", "изтечена02.11.2026", "заведенана01.10.2026"),
        ("en", "endedon02.11.2026", "on01.10.2026"),
        ("uk", "сплив02.11.2026", "зареєстрована01.10.2026"),
    ];
    for (lang, ended, registered) in stated {
        let reminder = letter("reminder", lang);
        assert!(reminder.contains(ended) && reminder.contains(registered), "{lang}: {reminder}");
    }

    let answered = complaint(
        data.path(),
        &["answered", id, "--date", "2026-11-10", "--outcomes", "satisfied,refused-without-reasons"],
    );
    assert!(answered.status.success(), "{}", stderr(&answered));
    for (lang, _) in LANGUAGES {
        let text = letter("no-answer", lang);
        assert!(text.contains("10.11.2026"), "{lang}: the no-answer letter lacks the answer's date");
    }
}

#[test]
fn a_default_term_the_customer_never_entered_is_not_written_as_the_company_s() {
    let (data, cases) = imported();
    let (id, _) = cases.iter().find(|(id, _)| id.contains("billing-dispute")).expect("the 13th-fee case");
    let sent = complaint(data.path(), &["sent", id, "--date", "2026-10-01"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    for (lang, _) in LANGUAGES {
        let pdf = data.path().join(format!("reminder-{lang}.pdf"));
        let run = complaint(
            data.path(),
            &["letter", id, "--kind", "reminder", "--lang", lang, "--out", pdf.to_str().expect("utf-8")],
        );
        assert!(run.status.success(), "{lang}: {}", stderr(&run));
        let text = squeeze(&checked_text(&pdf, &format!("reminder {lang}")));
        // Thirty days from Thursday 1 October end on Saturday 31 October: the term ended on Monday 2 November.
        assert!(text.contains("02.11.2026"), "{lang}: the reminder lacks the day the term ended: {text}");
        for default in ["30дни", "30дней", "30days", "30днів"] {
            assert!(!text.contains(default), "{lang}: the app's default term is stated as the company's: {text}");
        }
    }
}

#[test]
fn a_uk_follow_up_says_the_complaint_can_go_to_adr_and_counts_no_delay() {
    let data = tempfile::tempdir().expect("temp dir");
    let example = example_cases().into_iter().find(|p| p.to_string_lossy().contains("tele2")).expect("example");
    let created = complaint(
        data.path(),
        &["new", "--from", example.to_str().expect("utf-8"), "--jurisdiction", "gb", "--lang", "en"],
    );
    assert!(created.status.success(), "{}", stderr(&created));
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let sent = complaint(data.path(), &["sent", &id, "--date", "2026-10-01"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    for (kind, lang, wanted) in [
        ("reminder", "en", "withoutmycomplaintbeingresolved"),
        ("reminder", "ru", "жалобанеурегулирована"),
        ("reminder", "bg", "жалбатаминееуредена"),
        ("reminder", "uk", "скаргуневрегульовано"),
        ("regulator", "en", "withoutthecomplaintbeingresolved"),
    ] {
        let pdf = data.path().join(format!("{kind}-{lang}.pdf"));
        let run = complaint(
            data.path(),
            &["letter", &id, "--kind", kind, "--lang", lang, "--out", pdf.to_str().expect("utf-8")],
        );
        assert!(run.status.success(), "{kind} {lang}: {}", stderr(&run));
        let text = squeeze(&checked_text(&pdf, &format!("{kind} {lang}")));
        // Six weeks from 1 October 2026 ended on 12 November; nine days later no answer is "overdue".
        assert!(text.contains("12.11.2026") && text.contains(wanted), "{kind} {lang}: {text}");
        for delay in ["overdue", "просрочка", "забавата", "прострочення"] {
            assert!(!text.to_lowercase().contains(delay), "{kind} {lang} counts a delay: {text}");
        }
    }
}

/// Notes the app writes for the customer (a rule's basis, a default to check): never printed to the company.
const NOTES_FOR_THE_CUSTOMER: [&str; 11] = [
    "проверьте",
    "по умолчанию",
    "последний допустимый день",
    "проверете",
    "по подразбиране",
    "последния допустим ден",
    "check it",
    "by default",
    "перевірте",
    "за замовчуванням",
    "останній допустимий день",
];

#[test]
fn follow_ups_print_no_note_for_the_customer_and_answer_each_demand_by_its_outcome() {
    let (data, cases) = imported();
    let (id, _) = cases.iter().find(|(id, _)| id.contains("debt-notice")).expect("the debt-notice case");
    let text_of = |kind: &str, lang: &str| {
        let pdf = data.path().join(format!("{kind}-{lang}.pdf"));
        let run = complaint(
            data.path(),
            &["letter", id, "--kind", kind, "--lang", lang, "--out", pdf.to_str().expect("utf-8")],
        );
        assert!(run.status.success(), "{kind} {lang}: {}", stderr(&run));
        pdftotext(&pdf).split_whitespace().collect::<Vec<_>>().join(" ").replace('\u{ad}', "")
    };
    let no_notes = |text: &str, label: &str| {
        for note in NOTES_FOR_THE_CUSTOMER {
            assert!(!text.to_lowercase().contains(note), "{label} prints “{note}” to the company:\n{text}");
        }
    };
    let sent = complaint(data.path(), &["sent", id, "--date", "2026-10-01", "--registration", "ВХ-0412"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    for (lang, _) in LANGUAGES {
        for kind in ["claim", "reminder", "regulator", "data-request"] {
            no_notes(&text_of(kind, lang), &format!("{kind} {lang}"));
        }
    }

    let outcomes = "satisfied,refused-without-reasons,not-addressed,not-addressed";
    let answered = complaint(data.path(), &["answered", id, "--date", "2026-11-10", "--outcomes", outcomes]);
    assert!(answered.status.success(), "{}", stderr(&answered));
    let expected = [
        ("ru", ["Требование удовлетворено.", "отказано без объяснения причин.", "Ответ не содержит решения по этому"]),
        ("bg", ["Искането е удовлетворено.", "отхвърлено без посочени мотиви.", "не съдържа становище по това"]),
        ("en", ["You accepted this request.", "without giving any reasons.", "does not answer this request."]),
        ("uk", ["Вимогу задоволено.", "відмовлено без пояснення причин.", "Відповідь не містить рішення щодо цієї"]),
    ];
    let none_decided = ["ни по одному", "по нито едно", "decides none", "щодо жодної"];
    for (lang, [satisfied, refused, unanswered]) in expected {
        let text = text_of("no-answer", lang);
        no_notes(&text, &format!("no-answer {lang}"));
        for wanted in [satisfied, refused, unanswered] {
            assert!(text.contains(wanted), "no-answer {lang} lacks “{wanted}”:\n{text}");
        }
        assert_eq!(text.matches(unanswered).count(), 2, "no-answer {lang}: two demands were not addressed");
        for claim in none_decided {
            assert!(!text.contains(claim), "no-answer {lang} says no demand was decided:\n{text}");
        }
    }
}

/// The debt-notice example with a file for each proof it lists: a turned photo, a screenshot, a two-page PDF
/// and the screenshot again. Returns the data folder, the case id and the case as `show --json` gives it.
fn debt_notice_with_copies() -> (tempfile::TempDir, String, serde_json::Value) {
    let data = tempfile::tempdir().expect("temp dir");
    let id = support::create_example(data.path(), "mts-debt-notice", &[]);
    let evidence = support::fixtures().join("evidence");
    for (item, file) in
        [("1", "photo-turned.jpg"), ("2", "screenshot.png"), ("3", "statement.pdf"), ("4", "screenshot.png")]
    {
        let path = evidence.join(file);
        let attached = complaint(data.path(), &["attach", &id, "--item", item, path.to_str().expect("utf-8")]);
        assert!(attached.status.success(), "{}", stderr(&attached));
    }
    let shown = complaint(data.path(), &["show", &id, "--json"]);
    let case = serde_json::from_slice(&shown.stdout).expect("json");
    (data, id, case)
}

/// The text of each page of a PDF.
fn page_texts(pdf: &Path) -> Vec<String> {
    pdftotext(pdf).split('\u{c}').filter(|page| !page.trim().is_empty()).map(squeeze).collect()
}

#[test]
fn the_copies_of_the_evidence_follow_the_letter_as_its_numbered_annexes() {
    let (data, id, case) = debt_notice_with_copies();
    let office = data.path().join("office.pdf");
    let run = complaint(data.path(), &["letter", &id, "--copies", "office", "--out", office.to_str().expect("utf-8")]);
    assert!(run.status.success(), "{}", stderr(&run));
    tool("qpdf", &[Path::new("--check"), &office]);
    // The statement's own fonts come as the file has them; the letter's are embedded subsets.
    let fonts = tool("pdffonts", &[&office]);
    let ours: Vec<&str> = fonts.lines().filter(|row| row.contains("NotoSerif")).collect();
    assert!(!ours.is_empty() && ours.iter().all(|row| row.contains("yes yes yes")), "{fonts}");
    let pages = page_texts(&office);
    let first_annex = pages.iter().position(|page| page.starts_with(&squeeze("Приложение 1"))).expect("annex pages");
    assert!(pages[first_annex - 1].contains(&squeeze("— на 2 л.")), "the letter lists the PDF's two sheets");
    let sha = |item: usize| case["evidence"][item]["files"][0]["sha256"].as_str().expect("sha256").to_owned();
    let expected = [
        ("Приложение 1", 0, "photo-turned.jpg"),
        ("Приложение 2", 1, "screenshot.png"),
        ("Приложение 3, лист 1 из 2", 2, "statement.pdf"),
        ("Приложение 3, лист 2 из 2", 2, "statement.pdf"),
        ("Приложение 4", 3, "screenshot.png"),
    ];
    for (offset, (heading, item, file)) in expected.into_iter().enumerate() {
        let page = &pages[first_annex + offset];
        assert!(page.starts_with(&squeeze(heading)), "page {}: {page}", first_annex + offset + 1);
        let description = case["evidence"][item]["description"].as_str().expect("description");
        for wanted in [description, file, &format!("SHA-256: {}", sha(item))] {
            assert!(page.contains(&squeeze(wanted)), "{heading} lacks “{wanted}”: {page}");
        }
    }
    // The copies come with the company's letter, before the applicant's copy and its receipt.
    let receipt = pages.iter().position(|page| page.contains(&squeeze("Отметка о получении"))).expect("receipt");
    assert!(receipt > first_annex + 4);
    let counted = format!("претензия на {first_annex} л., приложения на 5 л.");
    assert!(pages[receipt].contains(&squeeze(&counted)), "{}", pages[receipt]);

    let images = tool("pdfimages", &[Path::new("-list"), &office]);
    let sizes: Vec<(String, String)> = images
        .lines()
        .skip(2)
        .map(|row| row.split_whitespace().collect::<Vec<_>>())
        .map(|cols| (cols[2].to_owned(), format!("{}x{}", cols[3], cols[4])))
        .collect();
    let expected =
        [("image", "1200x900"), ("image", "414x868"), ("smask", "414x868"), ("image", "414x868"), ("smask", "414x868")];
    let expected: Vec<(String, String)> = expected.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect();
    assert_eq!(sizes, expected, "the photo as it came, the screenshot with its transparency:\n{images}");
}

#[test]
fn copies_are_printed_when_asked_for_and_not_otherwise() {
    let (data, id, _) = debt_notice_with_copies();
    let count = |args: &[&str]| {
        let pdf = data.path().join("letter.pdf");
        let mut all = vec!["letter", id.as_str(), "--out", pdf.to_str().expect("utf-8")];
        all.extend_from_slice(args);
        let run = complaint(data.path(), &all);
        assert!(run.status.success(), "{args:?}: {}", stderr(&run));
        page_texts(&pdf).iter().filter(|page| page.starts_with(&squeeze("Приложение "))).count()
    };
    assert_eq!(count(&[]), 0, "a letter for the post has no copies unless asked");
    assert_eq!(count(&["--annexes"]), 5);
    assert_eq!(count(&["--copies", "office", "--no-annexes"]), 0);
    assert_eq!(count(&["--kind", "data-request", "--annexes"]), 0, "a data request lists no evidence");
}

#[test]
fn a_claim_by_registered_post_in_russia_carries_form_107_in_two_copies_listing_every_enclosure() {
    let (data, id, case) = debt_notice_with_copies();
    assert_eq!(case["delivery"], "registered_post");
    let pdf = data.path().join("posted.pdf");
    let run = complaint(data.path(), &["letter", &id, "--annexes", "--out", pdf.to_str().expect("utf-8")]);
    assert!(run.status.success(), "{}", stderr(&run));
    let pages = page_texts(&pdf);
    let letter_sheets = pages.iter().position(|page| page.starts_with(&squeeze("Приложение 1"))).expect("annexes");
    let forms: Vec<&String> = pages.iter().filter(|page| page.contains(&squeeze("ОПИСЬ ВЛОЖЕНИЯ"))).collect();
    assert_eq!(forms.len(), 2, "two copies of the inventory");
    let address = case["company"]["claims_address"].as_str().expect("address");
    for form in forms {
        assert!(form.contains(&squeeze(&format!("Куда: {address}"))), "{form}");
        let claim = format!("1 Претензия от 21 ноября 2026 г. на {letter_sheets} л. 1");
        assert!(form.contains(&squeeze(&claim)), "{form}");
        let listed = case["evidence"].as_array().expect("evidence").iter().filter(|item| item["status"] == "have");
        for (item, sheets) in listed.zip([1, 1, 2, 1]) {
            let description = item["description"].as_str().expect("description");
            let row = format!("{description} на {sheets} л. 1");
            assert!(form.contains(&squeeze(&row)), "“{description}” with {sheets} sheets: {form}");
        }
        assert!(form.contains(&squeeze("Общий итог 5")), "five things in the envelope: {form}");
    }
}

/// The words of a PDF's first page with their boxes in millimetres from the top left: (word, x0, y0, x1, y1).
fn first_page_words(pdf: &Path) -> Vec<(String, f64, f64, f64, f64)> {
    let html = tool(
        "pdftotext",
        &[Path::new("-bbox"), Path::new("-f"), Path::new("1"), Path::new("-l"), Path::new("1"), pdf, Path::new("-")],
    );
    let mm = |value: &str| value.parse::<f64>().expect("a number") * 25.4 / 72.0;
    html.lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("<word ")?;
            let attr = |name: &str| line.split(&format!("{name}=\"")).nth(1)?.split('"').next();
            let word = line.split('>').nth(1)?.split('<').next()?.to_owned();
            Some((word, mm(attr("xMin")?), mm(attr("yMin")?), mm(attr("xMax")?), mm(attr("yMax")?)))
        })
        .collect()
}

#[test]
fn the_addressee_lies_inside_the_window_of_a_dl_envelope_on_either_side() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = support::create_example(data.path(), "mts-debt-notice", &[]);
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&complaint(data.path(), &["show", &id, "--json"]))).expect("json");
    let address = shown["company"]["claims_address"].as_str().expect("address").to_owned();
    for (choice, left) in [("dl-left", 20.0), ("dl-right", 105.0)] {
        assert!(complaint(data.path(), &["settings", "--envelope", choice]).status.success());
        let pdf = data.path().join(format!("{choice}.pdf"));
        let run = complaint(data.path(), &["letter", &id, "--out", pdf.to_str().expect("utf-8")]);
        assert!(run.status.success(), "{}", stderr(&run));
        let words = first_page_words(&pdf);
        // Every word of the company's name and address, as the window (85 × 45 mm, its top 45 mm down) shows it.
        let wanted: Vec<&str> =
            ["Генеральному", "директору", "ПАО"].into_iter().chain(address.split_whitespace()).collect();
        let within = |(_, x0, y0, x1, y1): &(String, f64, f64, f64, f64)| {
            *x0 >= left && *x1 <= left + 85.0 && *y0 >= 45.0 && *y1 <= 90.0
        };
        for word in wanted {
            assert!(words.iter().any(|each| each.0 == word && within(each)), "{choice}: “{word}” is not in the window");
        }
        // Nothing else of the letter shows through the window.
        let inside = |(_, x0, y0, x1, y1): &&(String, f64, f64, f64, f64)| {
            *x1 > left && *x0 < left + 85.0 && *y1 > 45.0 && *y0 < 90.0
        };
        let shown_words: Vec<&String> = words.iter().filter(inside).map(|(w, ..)| w).collect();
        let sender = squeeze(&format!(
            "{}, {}",
            shown["customer"]["full_name"].as_str().unwrap_or_default(),
            shown["customer"]["postal_address"].as_str().unwrap_or_default()
        ));
        let company = squeeze(&format!(
            "Генеральному директору {} {address}",
            shown["company"]["legal_name"].as_str().unwrap_or_default()
        ));
        let through = squeeze(&shown_words.iter().map(|w| w.as_str()).collect::<String>());
        assert_eq!(through, format!("{sender}{company}"), "{choice}");
    }
}
