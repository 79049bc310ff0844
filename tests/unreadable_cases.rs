//! Case files this build cannot read are reported with the reason and never touched.

mod support;

use std::fs;
use std::process::Command;

use complaint_core::listing::list_cases;
use complaint_core::models::Shelf;
use complaint_core::{CaseListEntry, SCHEMA_VERSION, Store, StoreError, Unreadable};
use support::{complaint, example_cases, stdout};

#[test]
fn corrupt_and_future_case_files_are_listed_as_unreadable_and_left_byte_for_byte() {
    let data = tempfile::tempdir().expect("temp dir");
    let example = example_cases().into_iter().next().expect("an example case");
    let created = complaint(data.path(), &["new", "--from", example.to_str().expect("utf-8")]);
    let good_id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();

    let store = Store::open(data.path()).expect("store");
    let good = store.load(&good_id).expect("the good case loads");

    // A save cut short by a full disk on an old version, and a file from a newer app.
    let corrupt_id = "2026-10-01-cut-short";
    let future_id = "2026-10-02-from-the-future";
    let good_json = fs::read_to_string(store.cases_dir().join(&good_id).join("case.json")).expect("read");
    let corrupt = &good_json.as_bytes()[..good_json.len() / 2];
    let current = format!("\"schema_version\": {SCHEMA_VERSION}");
    let future = good_json.replacen(&current, "\"schema_version\": 7", 1);
    for (id, bytes) in [(corrupt_id, corrupt), (future_id, future.as_bytes())] {
        fs::create_dir(store.cases_dir().join(id)).expect("mkdir");
        fs::write(store.cases_dir().join(id).join("case.json"), bytes).expect("write");
    }

    let listed =
        list_cases(&store, Shelf::Active, chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")).expect("list");
    assert_eq!(listed.len(), 3);
    let reason_of = |id: &str| match listed.iter().find(|e| e.id() == id) {
        Some(CaseListEntry::Unreadable { reason, .. }) => reason.clone(),
        other => panic!("{id}: expected unreadable, got {other:?}"),
    };
    assert!(matches!(reason_of(corrupt_id), Unreadable::Corrupt { .. }));
    assert_eq!(reason_of(future_id), Unreadable::NewerSchema { found: 7, supported: SCHEMA_VERSION });
    assert!(listed.iter().any(|e| matches!(e, CaseListEntry::Readable { id, .. } if *id == good_id)));

    let cli_list = stdout(&complaint(data.path(), &["list"]));
    let corrupt_row = cli_list.lines().find(|l| l.starts_with(corrupt_id)).expect("the damaged case is listed");
    assert!(corrupt_row.contains("unreadable  case.json is damaged: EOF while parsing"), "{cli_list}");
    assert!(
        cli_list.contains(&format!(
            "case.json was written by a newer Complaint Desk (schema 7; this version reads up to {SCHEMA_VERSION})"
        )),
        "{cli_list}"
    );

    // Saving over either is refused; the good case still saves.
    for id in [corrupt_id, future_id] {
        let retitled = store.update(id, |case, _| {
            case.title = good.title.clone();
            Ok::<_, StoreError>(())
        });
        assert!(matches!(retitled, Err(StoreError::Unreadable { .. })), "{id}");
        assert!(matches!(store.load(id), Err(StoreError::Unreadable { .. })), "{id}");
    }
    store
        .update(&good_id, |case, _| {
            case.title.push('!');
            Ok::<_, StoreError>(())
        })
        .expect("the good case saves");

    assert_eq!(fs::read(store.cases_dir().join(corrupt_id).join("case.json")).expect("read"), corrupt);
    assert_eq!(fs::read(store.cases_dir().join(future_id).join("case.json")).expect("read"), future.as_bytes());
    for id in [corrupt_id, future_id] {
        assert!(!store.cases_dir().join(id).join("case.json.bak").exists(), "{id} got a backup written");
    }
}

/// A case file named on the command line gets the same refusals as one in the store: a pipe never blocks.
#[cfg(unix)]
#[test]
fn a_pipe_given_as_a_case_file_is_refused_at_once() {
    let data = tempfile::tempdir().expect("temp dir");
    let fifo = data.path().join("case.json");
    assert!(Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    let started = std::time::Instant::now();
    let path = fifo.to_str().expect("utf-8");
    for args in [vec!["check", path], vec!["new", "--from", path]] {
        let output = complaint(data.path(), &args);
        assert!(!output.status.success(), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("not a plain file (pipe)"), "{output:?}");
    }
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "a pipe was waited on");
}
