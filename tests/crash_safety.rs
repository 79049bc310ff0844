//! A writer killed at random moments never leaves a partial `case.json`.
//!
//! The test binary runs itself as the writer (`writer_process` below does the work only when the
//! `CRASH_WRITER_DIR` variable is set), and the parent SIGKILLs it again and again mid-save.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use complaint_core::models::{Event, IncidentType, Jurisdiction, Language};
use complaint_core::store::{BACKUP_FILE, CASE_FILE, parse_case};
use complaint_core::{Case, Store, StoreError};

const KILLS: usize = 1000;

/// Version `n` of the case: its size and contents follow from `n`, so any mix of two versions shows.
fn version(n: usize) -> Case {
    let mut case = Case::new(IncidentType::ServiceOutage, Jurisdiction::Ru, Language::Ru);
    case.title = format!("v{n}");
    case.company.legal_name = "ПАО «Т2 Мобайл»".into();
    let events = 1 + n % 40;
    for i in 0..events {
        case.events.push(Event {
            date: "2026-11-01".into(),
            text: format!("{n}:{i} ").repeat(200 + n % 300),
            ..Event::default()
        });
    }
    case
}

/// Says whether a case is exactly one of the versions written.
fn is_whole_version(case: &Case) -> bool {
    let content = Case { revision: 0, ..case.clone() };
    case.title.strip_prefix('v').and_then(|n| n.parse::<usize>().ok()).is_some_and(|n| content == version(n))
}

#[test]
fn writer_process() {
    let Some(dir) = std::env::var_os("CRASH_WRITER_DIR") else { return };
    let store = Store::open(&dir).expect("store");
    let id = std::env::var("CRASH_WRITER_ID").expect("id");
    let start: usize = std::env::var("CRASH_WRITER_START").expect("start").parse().expect("number");
    for n in start.. {
        store
            .update(&id, |case, _| {
                *case = version(n);
                Ok::<_, StoreError>(())
            })
            .expect("save");
    }
}

fn check_whole(path: &Path) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let case = parse_case(&bytes).unwrap_or_else(|e| panic!("{} is not a whole case: {e}", path.display()));
    assert!(is_whole_version(&case), "{} mixes two versions", path.display());
}

#[test]
fn killing_the_writer_mid_save_never_leaves_a_partial_case_file() {
    let data = tempfile::tempdir().expect("temp dir");
    let store = Store::open(data.path()).expect("store");
    let (id, _) = store.create(&version(0), chrono_today()).expect("create");
    let case_dir = store.case_dir(&id).expect("dir");
    let mut seen_versions = std::collections::BTreeSet::new();
    let mut rng = 0x2545_f491_4f6c_dd1d_u64;

    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "writer_process", "--test-threads=1"])
            .env("CRASH_WRITER_DIR", data.path())
            .env("CRASH_WRITER_ID", &id)
            .env("CRASH_WRITER_START", (kill * 1000).to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn writer");
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        std::thread::sleep(Duration::from_micros(2_000 + rng % 40_000));
        child.kill().expect("SIGKILL the writer");
        child.wait().expect("reap the writer");

        check_whole(&case_dir.join(CASE_FILE));
        if case_dir.join(BACKUP_FILE).exists() {
            check_whole(&case_dir.join(BACKUP_FILE));
        }
        let current = store.load(&id).expect("the case still loads");
        seen_versions.insert(current.title);
    }
    // The kills must have landed while saves were happening, not before the first one.
    assert!(seen_versions.len() > KILLS / 2, "only {} distinct versions survived {KILLS} kills", seen_versions.len());
    eprintln!("{KILLS} kills mid-save: every case.json and backup whole, {} distinct versions", seen_versions.len());
}

fn chrono_today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("valid date")
}
