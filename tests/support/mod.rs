//! Shared helpers for the scenario tests: run the real `complaint` binary over fixture cases.

#![allow(dead_code)] // each test file uses its own subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// 2026-11-21 00:00 UTC: the date every scenario runs on.
pub const PINNED_EPOCH: &str = "1795219200";

/// The repository's `tests/fixtures` folder.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// The example case folders made from the seed stories, sorted by name.
pub fn example_cases() -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures().join("cases"))
        .expect("tests/fixtures/cases exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.join("case.json").is_file())
        .collect();
    cases.sort();
    cases
}

/// Runs `complaint --data-dir <data_dir> <args…>` on the pinned date.
pub fn complaint(data_dir: &Path, args: &[&str]) -> Output {
    complaint_days_later(data_dir, 0, args)
}

/// Runs `complaint --data-dir <data_dir> <args…>` on the day `days` after the pinned date.
pub fn complaint_days_later(data_dir: &Path, days: i64, args: &[&str]) -> Output {
    let epoch = PINNED_EPOCH.parse::<i64>().expect("epoch") + days * 86_400;
    Command::new(env!("CARGO_BIN_EXE_complaint"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("SOURCE_DATE_EPOCH", epoch.to_string())
        .env_remove("COMPLAINT_DESK_HOME")
        .output()
        .expect("the complaint binary runs")
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Creates a case from the example whose folder name contains `name`, with `extra` arguments to `new`;
/// returns its id.
pub fn create_example(data: &Path, name: &str, extra: &[&str]) -> String {
    let example = example_cases().into_iter().find(|p| p.to_string_lossy().contains(name)).expect("example");
    let mut args = vec!["new", "--from", example.to_str().expect("utf-8")];
    args.extend_from_slice(extra);
    let created = complaint(data, &args);
    assert!(created.status.success(), "{}", stderr(&created));
    stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned()
}
