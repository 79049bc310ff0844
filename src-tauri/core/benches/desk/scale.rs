//! The sizes a customer or a consumer group reaches: a 20-page letter, a case with 3,000 events, 10,000 cases
//! in the list, a case with 500 evidence items, a 500-event case saved.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use complaint_core::letter::Letters;
use complaint_core::models::{AttachedFile, Case, ContactEntry, Event, EvidenceItem, EvidenceStatus, Language, Shelf};
use complaint_core::store::parse_case;
use complaint_core::{Desk, FixedClock};

use crate::letters::{CLAIM, complaint, examples, today};
use crate::table::{Row, median_ms, size};

/// Runs per timed step.
const RUNS: usize = 21;
/// Cases in the generated list.
const LISTED_CASES: usize = 10_000;

/// An example case as the generated ones start: the hotline story, which has contacts and events.
fn base_case() -> Case {
    let example = examples().into_iter().find(|p| p.to_string_lossy().contains("hotline")).expect("the hotline case");
    parse_case(&std::fs::read(example.join("case.json")).expect("case.json")).expect("an example case")
}

/// Writes `case` as the store keeps it, under `id`, and gives the folder.
fn put_case(data: &Path, id: &str, case: &Case) -> PathBuf {
    let folder = data.join("cases").join(id);
    std::fs::create_dir_all(&folder).expect("a case folder");
    std::fs::write(folder.join("case.json"), serde_json::to_vec_pretty(case).expect("a case as JSON"))
        .expect("case.json");
    folder
}

/// `complaint letter` for a stored case, timed; `Err` with its message when it refuses.
fn letter_process(data: &Path, id: &str) -> (Duration, Result<(), String>) {
    let start = Instant::now();
    let out = complaint(data)
        .args(["letter", id, "--out"])
        .arg(data.join(format!("{id}.pdf")))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("complaint letter");
    let elapsed = start.elapsed();
    let result =
        if out.status.success() { Ok(()) } else { Err(String::from_utf8_lossy(&out.stderr).trim().to_owned()) };
    (elapsed, result)
}

/// Runs `step` [`RUNS`] times and gives the median in milliseconds.
fn timed(mut step: impl FnMut()) -> f64 {
    median_ms(
        (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                step();
                start.elapsed()
            })
            .collect(),
    )
}

/// Every scale row; `ui` is the interface's folder, where the list of 10,000 is handed to its search benchmark.
pub fn measure(letters: &Letters, data: &Path, ui: &Path, rows: &mut Vec<Row>) {
    long_letter(letters, data, rows);
    many_events(data, rows);
    many_cases(data, ui, rows);
    many_evidence(data, rows);
    saving(data, rows);
}

fn long_letter(letters: &Letters, data: &Path, rows: &mut Vec<Row>) {
    let mut case = base_case();
    let calls = case.contacts.clone();
    case.contacts = (0..200).map(|i| calls[i % calls.len()].clone()).collect::<Vec<ContactEntry>>();
    put_case(data, "long-letter", &case);
    let process = median_ms(
        (0..RUNS)
            .map(|_| {
                let (elapsed, result) = letter_process(data, "long-letter");
                result.expect("the 200-contact letter");
                elapsed
            })
            .collect(),
    );
    let pdf = letters.render(&case, &CLAIM, &[], today()).expect("the 200-contact letter");
    let render = timed(|| drop(letters.render(&case, &CLAIM, &[], today())));
    rows.push(
        Row::new(
            "scale",
            "claim with 200 contact entries: process start to PDF written",
            format!(
                "{process:.1} ms; in process {render:.1} ms; {} pages; {}",
                pdf.pages,
                size(pdf.bytes.len() as u64)
            ),
        )
        .judged("≤ 30 ms", process <= 30.0),
    );
}

fn many_events(data: &Path, rows: &mut Vec<Row>) {
    let mut case = base_case();
    let events = case.events.clone();
    case.events = (0..3000).map(|i| events[i % events.len()].clone()).collect::<Vec<Event>>();
    put_case(data, "many-events", &case);
    // Fewer runs: each writes a letter of hundreds of pages.
    let runs: Vec<(Duration, Result<(), String>)> = (0..5).map(|_| letter_process(data, "many-events")).collect();
    let ms = median_ms(runs.iter().map(|(elapsed, _)| *elapsed).collect());
    let (_, result) = runs.into_iter().next_back().expect("five runs");
    let figure = match result {
        Ok(()) => format!("{ms:.0} ms (median of 5), letter written"),
        Err(message) => format!("{ms:.0} ms, refused: {}", message.lines().last().unwrap_or_default()),
    };
    rows.push(
        Row::new("scale", "claim for a case with 3,000 events: process start to PDF or refusal", figure)
            .judged("≤ 1 s", ms <= 1000.0),
    );
}

fn many_cases(data: &Path, ui: &Path, rows: &mut Vec<Row>) {
    let folder = data.join("many-cases");
    let examples: Vec<Case> = examples()
        .iter()
        .map(|e| parse_case(&std::fs::read(e.join("case.json")).expect("case.json")).expect("an example"))
        .collect();
    for i in 0..LISTED_CASES {
        let mut case = examples[i % examples.len()].clone();
        case.title = format!("{} ({})", case.title, i + 1);
        put_case(&folder, &format!("case-{i:05}"), &case);
    }
    let desk = Desk::open(&folder, FixedClock(today())).expect("the desk");
    let mut listed = Vec::new();
    let list = timed(|| listed = desk.list_cases(Shelf::Active).expect("the list"));
    let mut json = String::new();
    let wire = timed(|| json = serde_json::to_string(&listed).expect("the list as JSON"));
    let handed = ui.join(".bench");
    std::fs::create_dir_all(&handed).expect("the interface's bench folder");
    std::fs::write(handed.join("case-list.json"), &json).expect("the list for the interface");
    let search = crate::interface::search_ms(ui);
    let figure = match search {
        Some(search) => format!(
            "{:.0} ms: read and judged {list:.0} ms, to JSON {wire:.0} ms ({}), sorted and searched in the interface {search:.1} ms",
            list + wire + search,
            size(json.len() as u64)
        ),
        None => format!("read and judged {list:.0} ms, to JSON {wire:.0} ms; the interface's search did not run"),
    };
    let total = list + wire + search.unwrap_or(f64::INFINITY);
    rows.push(
        Row::new("scale", format!("{LISTED_CASES} cases listed and searched"), figure)
            .judged("≤ 150 ms", total <= 150.0),
    );
}

fn many_evidence(data: &Path, rows: &mut Vec<Row>) {
    let mut case = base_case();
    case.evidence = (0..500)
        .map(|i| EvidenceItem {
            kind: "document".into(),
            description: format!("Счёт за услуги связи, лист {}", i + 1),
            status: EvidenceStatus::Have,
            files: vec![AttachedFile {
                name: format!("scan-{i:03}.pdf"),
                sha256: format!("{:064x}", i),
                imported: "2026-11-20".into(),
                ..AttachedFile::default()
            }],
            ..EvidenceItem::default()
        })
        .collect();
    put_case(data, "many-evidence", &case);
    let desk = Desk::open(data, FixedClock(today())).expect("the desk");
    // What the case page asks for when it opens, each answer as it crosses to the window.
    let open = timed(|| {
        let case = desk.load_case("many-evidence").expect("the case");
        let status = desk.case_status("many-evidence", Language::Ru).expect("its status");
        let options = desk.letter_options("many-evidence").expect("its letters");
        let answers = (serde_json::to_string(&case), serde_json::to_string(&status), serde_json::to_string(&options));
        assert!(answers.0.is_ok() && answers.1.is_ok() && answers.2.is_ok());
    });
    rows.push(
        Row::new(
            "scale",
            "case with 500 evidence items opened (case, status and letters, as JSON)",
            format!("{open:.1} ms"),
        )
        .judged("≤ 100 ms", open <= 100.0),
    );
}

fn saving(data: &Path, rows: &mut Vec<Row>) {
    let mut case = base_case();
    let events = case.events.clone();
    case.events = (0..500).map(|i| events[i % events.len()].clone()).collect::<Vec<Event>>();
    put_case(data, "many-events-saved", &case);
    let desk = Desk::open(data, FixedClock(today())).expect("the desk");
    let mut edited = desk.load_case("many-events-saved").expect("the case");
    let save = timed(|| {
        edited.title.push('.');
        edited = desk.save_case("many-events-saved", &edited).expect("saved");
    });
    let bytes = std::fs::metadata(data.join("cases/many-events-saved/case.json")).map_or(0, |m| m.len());
    rows.push(Row::new(
        "scale",
        "case with 500 events saved (locked load, change, durable write)",
        format!("{save:.1} ms; {}", size(bytes)),
    ));
}
