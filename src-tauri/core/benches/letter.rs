//! `make bench`: how fast and how small the letters are, for each example case.
//!
//! Prints, per case: the median wall time of `complaint letter` from process start to PDF written,
//! the median in-process render time (templates and fonts already loaded), the PDF size and pages.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use complaint_core::letter::{LetterKind, LetterRequest, Letters};
use complaint_core::store::parse_case;
use complaint_core::world::Date;

const PROCESS_RUNS: usize = 21;
const RENDER_RUNS: usize = 51;

fn median(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples[samples.len() / 2].as_secs_f64() * 1000.0
}

fn examples() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/cases");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(root).expect("fixtures").map(|e| e.expect("entry").path()).collect();
    cases.sort();
    cases
}

/// The claim as `complaint letter` makes it by default: no copies, no annexes.
const CLAIM: LetterRequest = LetterRequest::plain(LetterKind::Claim);

fn main() {
    let binary = env!("CARGO_BIN_EXE_complaint");
    let data = std::env::temp_dir().join(format!("complaint-bench-{}", std::process::id()));
    let today = Date::from_ymd_opt(2026, 11, 21).expect("date");

    let started = Instant::now();
    let letters = Letters::new().expect("templates and fonts");
    let setup_ms = started.elapsed().as_secs_f64() * 1000.0;

    println!(
        "Claim plus evidence checklist, per example case ({PROCESS_RUNS} process runs, {RENDER_RUNS} renders each)"
    );
    println!("{:<46} {:>12} {:>11} {:>9} {:>6}", "case", "process ms", "render ms", "bytes", "pages");
    for example in examples() {
        let created = Command::new(binary)
            .arg("--data-dir")
            .arg(&data)
            .args(["new", "--from"])
            .arg(&example)
            .env("SOURCE_DATE_EPOCH", "1795219200")
            .output()
            .expect("complaint new");
        let stdout = String::from_utf8_lossy(&created.stdout);
        let id = stdout.lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
        let out = data.join(format!("{id}.pdf"));

        let process: Vec<Duration> = (0..PROCESS_RUNS)
            .map(|_| {
                let start = Instant::now();
                let status = Command::new(binary)
                    .arg("--data-dir")
                    .arg(&data)
                    .args(["letter", &id, "--out"])
                    .arg(&out)
                    .env("SOURCE_DATE_EPOCH", "1795219200")
                    .stdout(std::process::Stdio::null())
                    .status()
                    .expect("complaint letter");
                assert!(status.success());
                start.elapsed()
            })
            .collect();

        let case = parse_case(&std::fs::read(example.join("case.json")).expect("case")).expect("parse");
        let mut last = None;
        let render: Vec<Duration> = (0..RENDER_RUNS)
            .map(|_| {
                let start = Instant::now();
                last = Some(letters.render(&case, &CLAIM, &[], today).expect("render"));
                start.elapsed()
            })
            .collect();
        let pdf = last.expect("rendered at least once");
        let name = example.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        println!(
            "{name:<46} {:>12.2} {:>11.2} {:>9} {:>6}",
            median(process),
            median(render),
            pdf.bytes.len(),
            pdf.pages
        );
    }
    println!("One-time set-up in process (templates compiled, fonts parsed): {setup_ms:.2} ms");
    let _ = std::fs::remove_dir_all(&data);
}
