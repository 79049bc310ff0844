//! Our letters: the claim with its checklist for every example case, as `complaint letter` makes it.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use complaint_core::letter::{LetterKind, LetterRequest, Letters};
use complaint_core::store::parse_case;
use complaint_core::world::Date;
use complaint_typeset::Document;

use crate::table::{Row, median_ms, size};

/// Runs of the `complaint` process per case; the median is reported.
const PROCESS_RUNS: usize = 21;
/// Renders in process per case.
const RENDER_RUNS: usize = 51;
/// The end-to-end budget of one letter, in milliseconds.
const LETTER_BUDGET_MS: f64 = 5.0;

/// The claim as `complaint letter` makes it by default: no copies, no annexes.
pub const CLAIM: LetterRequest = LetterRequest::plain(LetterKind::Claim);

/// The pinned "today" of every letter, so each run sets the same text; `SOURCE_DATE_EPOCH` is the same day.
pub fn today() -> Date {
    Date::from_ymd_opt(2026, 11, 21).expect("a valid date")
}
const SOURCE_DATE_EPOCH: &str = "1795219200";

/// One example case's letter, as the peers get it.
pub struct Measured {
    /// The example's folder name.
    pub name: String,
    /// The median of `complaint letter`, start to PDF written, in milliseconds.
    pub process_ms: f64,
    /// Pages of our PDF.
    pub pages: usize,
    /// What was typeset, for the peers to set again.
    pub document: Document,
}

/// The example cases of the repository, in name order.
pub fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/cases");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(root).expect("the example cases").map(|e| e.expect("an entry").path()).collect();
    cases.sort();
    cases
}

/// The folder name of a path, for the table.
pub fn name_of(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `complaint` with the data folder and the pinned date, as every run of it here starts.
pub fn complaint(data: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_complaint"));
    command.arg("--data-dir").arg(data).env("SOURCE_DATE_EPOCH", SOURCE_DATE_EPOCH);
    command
}

/// Times every example's claim; the rows go to the table, the measures to the peers.
pub fn measure(letters: &Letters, data: &Path, rows: &mut Vec<Row>) -> Vec<Measured> {
    examples().iter().map(|example| measure_one(letters, data, example, rows)).collect()
}

fn measure_one(letters: &Letters, data: &Path, example: &Path, rows: &mut Vec<Row>) -> Measured {
    let created = complaint(data).args(["new", "--from"]).arg(example).output().expect("complaint new");
    let stdout = String::from_utf8_lossy(&created.stdout);
    let id = stdout.lines().next().and_then(|l| l.strip_prefix("created ")).expect("a created case").to_owned();
    let out = data.join(format!("{id}.pdf"));
    let process: Vec<Duration> = (0..PROCESS_RUNS)
        .map(|_| {
            let start = Instant::now();
            let status = complaint(data)
                .args(["letter", &id, "--out"])
                .arg(&out)
                .stdout(Stdio::null())
                .status()
                .expect("complaint letter");
            assert!(status.success(), "complaint letter failed for {id}");
            start.elapsed()
        })
        .collect();

    let case = parse_case(&std::fs::read(example.join("case.json")).expect("case.json")).expect("an example case");
    let mut last = None;
    let render: Vec<Duration> = (0..RENDER_RUNS)
        .map(|_| {
            let start = Instant::now();
            last = Some(letters.render(&case, &CLAIM, &[], today()).expect("the claim"));
            start.elapsed()
        })
        .collect();
    let pdf = last.expect("rendered at least once");
    let name = name_of(example);
    let process_ms = median_ms(process);
    rows.push(
        Row::new(
            "letters",
            format!("claim with checklist, {name}: process start to PDF written ({PROCESS_RUNS} runs)"),
            format!(
                "{process_ms:.2} ms; in process {:.2} ms; {}; {} pages",
                median_ms(render),
                size(pdf.bytes.len() as u64),
                pdf.pages
            ),
        )
        .judged(format!("≤ {LETTER_BUDGET_MS} ms"), process_ms <= LETTER_BUDGET_MS),
    );
    let document = letters.document(&case, &CLAIM, &[], today()).expect("the claim's document");
    Measured { name, process_ms, pages: pdf.pages, document }
}
