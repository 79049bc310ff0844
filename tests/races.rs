//! Two writers on one case never lose each other's changes.
//!
//! The test binary runs itself as each writer (`writer_process` works only when `RACE_WRITER_DIR` is set):
//! both change the same case as fast as they can, each its own field, and at the end every change each
//! writer was told had succeeded must be in the file, in order.

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use complaint_core::models::{Event, IncidentType, Jurisdiction, Language};
use complaint_core::{Case, Store, StoreError};
use support::{complaint, example_cases, stdout};

/// How long both writers run; `RACE_SECONDS` changes it.
fn race_time() -> Duration {
    let seconds = std::env::var("RACE_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(30);
    Duration::from_secs(seconds)
}

#[test]
fn writer_process() {
    let Some(dir) = std::env::var_os("RACE_WRITER_DIR") else { return };
    let store = Store::open(&dir).expect("store");
    let id = std::env::var("RACE_WRITER_ID").expect("id");
    let name = std::env::var("RACE_WRITER_NAME").expect("name");
    let until =
        Instant::now() + Duration::from_millis(std::env::var("RACE_WRITER_MS").expect("ms").parse().expect("ms"));
    let mut done = 0usize;
    while Instant::now() < until {
        let entry = format!("{name}-{done}");
        store
            .update(&id, |case, _| {
                if name == "demands" {
                    case.demands.push(entry);
                } else {
                    case.events.push(Event { date: "2026-11-01".into(), text: entry, ..Event::default() });
                }
                Ok::<_, StoreError>(())
            })
            .unwrap_or_else(|e| panic!("{name}: update {done} failed: {e}"));
        done += 1;
    }
    println!("\ndone {done}");
}

#[test]
fn two_writer_processes_on_one_case_lose_no_update() {
    let data = tempfile::tempdir().expect("temp dir");
    let store = Store::open(data.path()).expect("store");
    let mut case = Case::new(IncidentType::ServiceOutage, Jurisdiction::Ru, Language::Ru);
    case.company.legal_name = "ПАО «Т2 Мобайл»".into();
    let (id, _) = store.create(&case, chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")).expect("create");

    let writers: Vec<_> = ["demands", "events"]
        .into_iter()
        .map(|name| {
            let child = Command::new(std::env::current_exe().expect("test binary"))
                .args(["--exact", "writer_process", "--test-threads=1", "--nocapture"])
                .env("RACE_WRITER_DIR", data.path())
                .env("RACE_WRITER_ID", &id)
                .env("RACE_WRITER_NAME", name)
                .env("RACE_WRITER_MS", race_time().as_millis().to_string())
                .stdout(Stdio::piped())
                .stderr(Stdio::inherit())
                .spawn()
                .expect("spawn writer");
            (name, child)
        })
        .collect();
    let mut counts = Vec::new();
    for (name, child) in writers {
        let output = child.wait_with_output().expect("writer ends");
        assert!(output.status.success(), "writer {name} failed");
        let text = String::from_utf8_lossy(&output.stdout);
        let done: usize = text
            .lines()
            .find_map(|l| l.split_once("done ").and_then(|(_, n)| n.trim().parse().ok()))
            .unwrap_or_else(|| panic!("writer {name} printed no count: {text}"));
        counts.push((name, done));
    }

    let stored = store.load(&id).expect("the case loads");
    let demands: Vec<String> = stored.demands.clone();
    let events: Vec<String> = stored.events.iter().map(|e| e.text.clone()).collect();
    for ((name, done), found) in counts.iter().zip([&demands, &events]) {
        let expected: Vec<String> = (0..*done).map(|n| format!("{name}-{n}")).collect();
        assert!(*done > 10, "writer {name} made only {done} updates");
        assert_eq!(found.len(), *done, "writer {name}: {done} updates reported, {} stored", found.len());
        assert_eq!(*found, expected, "writer {name}'s updates are all there, in order");
    }
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    assert_eq!(stored.revision, 1 + total as u64, "one revision per update");
    eprintln!("{} s, {counts:?}: 0 updates lost", race_time().as_secs());
}

/// `complaint letter` racing `complaint sent`: the letter's record and the submission both survive.
#[test]
fn a_letter_issued_while_the_claim_is_marked_sent_keeps_both() {
    let data = tempfile::tempdir().expect("temp dir");
    let example = example_cases().into_iter().next().expect("an example case");
    let created = complaint(data.path(), &["new", "--from", example.to_str().expect("utf-8")]);
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let binary = env!("CARGO_BIN_EXE_complaint");
    for round in 0..10 {
        let run = |args: &[&str]| {
            Command::new(binary)
                .arg("--data-dir")
                .arg(data.path())
                .args(args)
                .env("SOURCE_DATE_EPOCH", support::PINNED_EPOCH)
                .stdout(Stdio::null())
                .spawn()
                .expect("spawn")
        };
        let registration = format!("ВХ-{round}");
        let mut letter = run(&["letter", &id]);
        let mut sent = run(&["sent", &id, "--date", "2026-11-21", "--registration", &registration]);
        assert!(letter.wait().expect("letter").success() && sent.wait().expect("sent").success());
        let case = Store::open(data.path()).expect("store").load(&id).expect("load");
        assert_eq!(case.letters.len(), round + 1, "round {round}: every letter is recorded");
        assert_eq!(case.sent.expect("sent").registration_number, registration, "round {round}");
    }
}
