//! Case files of every earlier schema (`tests/fixtures/schema/v<N>-*.json`) load migrated, stay untouched on
//! disk until a real change, and are then written in the current schema with every field kept; a file of a
//! newer schema is refused and left byte for byte.

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use complaint_core::letter::{LetterKind, Letters};
use complaint_core::listing::list_cases;
use complaint_core::models::{Jurisdiction, Language, Shelf};
use complaint_core::status::DeadlineKind;
use complaint_core::store::{BACKUP_FILE, CASE_FILE, read_case_file};
use complaint_core::{CaseListEntry, SCHEMA_VERSION, Store, StoreError, Unreadable};
use serde_json::Value;
use support::{complaint, fixtures, stderr, stdout};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 5, 20).expect("date")
}

/// The fixtures whose file name starts with `prefix`, sorted by name.
fn schema_fixtures(prefix: &str) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(fixtures().join("schema"))
        .expect("tests/fixtures/schema exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(prefix)))
        .collect();
    found.sort();
    found
}

/// Puts `fixture` into the store as a case folder of its own; returns the case's id and its file.
fn place(store: &Store, fixture: &Path) -> (String, PathBuf) {
    let stem = fixture.file_stem().and_then(|s| s.to_str()).expect("utf-8 name");
    let id = format!("2026-05-04-{stem}");
    let dir = store.cases_dir().join(&id);
    fs::create_dir(&dir).expect("case folder");
    fs::copy(fixture, dir.join(CASE_FILE)).expect("copy fixture");
    (id, dir.join(CASE_FILE))
}

fn json(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("JSON")
}

/// What a schema-1 document says at schema 2.
fn at_version_2(mut document: Value) -> Value {
    document["schema_version"] = 2.into();
    if document["jurisdiction"] == "uk" {
        document["jurisdiction"] = "gb".into();
    }
    document
}

#[test]
fn every_version_1_case_loads_migrated_and_is_written_at_version_2_only_on_a_change() {
    let fixtures = schema_fixtures("v1-");
    assert!(fixtures.len() >= 2, "expected a UK and a non-UK schema-1 case, found {fixtures:?}");
    let mut jurisdictions = Vec::new();
    for fixture in fixtures {
        let data = tempfile::tempdir().expect("temp dir");
        let store = Store::open(data.path()).expect("store");
        let (id, file) = place(&store, &fixture);
        let original = fs::read(&file).expect("read");
        let raw = json(&original);
        let name = fixture.display();

        let case = store.load(&id).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(case.schema_version, SCHEMA_VERSION, "{name}");
        assert_eq!(serde_json::to_value(case.jurisdiction).expect("id"), at_version_2(raw.clone())["jurisdiction"]);
        assert!(!case.extra.is_empty(), "{name} should carry a field this version does not know");
        for (key, value) in &case.extra {
            assert_eq!(&raw[key], value, "{name}: {key}");
        }
        jurisdictions.push(case.jurisdiction);

        // Reading, listing and a change that changes nothing leave the file as it was.
        assert!(
            matches!(list_cases(&store, Shelf::Active, today()).expect("list")[..], [CaseListEntry::Readable { .. }]),
            "{name}"
        );
        let (unchanged, ()) = store.update(&id, |_, _| Ok::<_, StoreError>(())).expect("no-op update");
        assert_eq!(unchanged.revision, case.revision, "{name}: a no-op made a revision");
        assert_eq!(fs::read(&file).expect("read"), original, "{name} was rewritten without a change");
        assert!(!file.with_file_name(BACKUP_FILE).exists(), "{name}");

        let (saved, ()) = store
            .update(&id, |case, _| {
                case.title.push_str(" (followed up)");
                Ok::<_, StoreError>(())
            })
            .expect("update");
        let mut expected = at_version_2(raw.clone());
        expected["revision"] = (raw["revision"].as_u64().expect("revision") + 1).into();
        expected["title"] = format!("{} (followed up)", raw["title"].as_str().expect("title")).into();
        assert_eq!(json(&fs::read(&file).expect("read")), expected, "{name}: only the change and the migration");
        assert_eq!(saved.revision, raw["revision"].as_u64().expect("revision") + 1);
        assert_eq!(fs::read(file.with_file_name(BACKUP_FILE)).expect("backup"), original, "{name}: the backup");
    }
    assert!(jurisdictions.contains(&Jurisdiction::Gb), "no schema-1 UK case: {jurisdictions:?}");
    assert!(jurisdictions.iter().any(|j| *j != Jurisdiction::Gb), "no schema-1 non-UK case: {jurisdictions:?}");
}

#[test]
fn a_migrated_uk_case_is_counted_with_the_gb_rules() {
    let data = tempfile::tempdir().expect("temp dir");
    let store = Store::open(data.path()).expect("store");
    let (id, _) = place(&store, &fixtures().join("schema/v1-uk-broadband-outage.json"));
    let listed = list_cases(&store, Shelf::Active, today()).expect("list");
    let [CaseListEntry::Readable { id: listed_id, next_deadline: Some(next), overdue, .. }] = &listed[..] else {
        panic!("the UK case is not listed as readable: {listed:?}")
    };
    assert_eq!(listed_id, &id);
    // Made on 4 May 2026, after the 6-week ADR rule took effect on 8 April 2026.
    assert_eq!((next.kind, next.date.as_str()), (DeadlineKind::AdrFrom, "2026-06-15"));
    assert!(!overdue);
}

#[test]
fn a_migrated_uk_case_cites_uk_law_and_goes_to_the_ombudsman() {
    let case = read_case_file(&fixtures().join("schema/v1-uk-broadband-outage.json")).expect("migrates");
    let letters = Letters::new().expect("templates load");
    let claim = letters.preview(&case, LetterKind::Claim, Language::En, today()).expect("claim");
    assert!(claim.contains("Consumer Rights Act 2015"), "{claim}");
    let referral = letters.preview(&case, LetterKind::Regulator, Language::Ru, today()).expect("regulator");
    assert!(referral.contains("Communications Ombudsman / CISAS"), "{referral}");
}

#[test]
fn a_case_of_a_newer_schema_is_refused_and_left_byte_for_byte() {
    let newer = schema_fixtures(&format!("v{}-", SCHEMA_VERSION + 1));
    assert!(!newer.is_empty(), "expected a fixture of schema {}", SCHEMA_VERSION + 1);
    for fixture in newer {
        let data = tempfile::tempdir().expect("temp dir");
        let store = Store::open(data.path()).expect("store");
        let (id, file) = place(&store, &fixture);
        let original = fs::read(&file).expect("read");
        let refusal = Unreadable::NewerSchema { found: u64::from(SCHEMA_VERSION) + 1, supported: SCHEMA_VERSION };

        assert!(matches!(store.load(&id), Err(StoreError::Unreadable { reason, .. }) if reason == refusal));
        let listed = list_cases(&store, Shelf::Active, today()).expect("list");
        assert!(matches!(&listed[..], [CaseListEntry::Unreadable { reason, .. }] if *reason == refusal), "{listed:?}");
        let retitled = store.update(&id, |case, _| {
            case.title.push('!');
            Ok::<_, StoreError>(())
        });
        assert!(matches!(retitled, Err(StoreError::Unreadable { .. })), "{}", fixture.display());

        assert_eq!(fs::read(&file).expect("read"), original, "{} was touched", fixture.display());
        assert!(!file.with_file_name(BACKUP_FILE).exists(), "{} got a backup", fixture.display());
    }
}

#[test]
fn the_cli_takes_gb_shows_gb_and_still_reads_uk() {
    let data = tempfile::tempdir().expect("temp dir");
    let help = stdout(&complaint(data.path(), &["new", "--help"]));
    let jurisdiction_help = help.lines().skip_while(|l| !l.contains("--jurisdiction")).take(12).collect::<String>();
    assert!(jurisdiction_help.contains("gb"), "{help}");
    assert!(!jurisdiction_help.contains("uk"), "the old spelling is shown: {help}");

    let store = Store::open(data.path()).expect("store");
    for spelling in ["gb", "uk"] {
        let created = complaint(
            data.path(),
            &["new", "--incident", "service_outage", "--jurisdiction", spelling, "--lang", "en", "--company", "X Ltd"],
        );
        assert!(created.status.success(), "--jurisdiction {spelling}: {}", stderr(&created));
        let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
        assert_eq!(store.load(&id).expect("load").jurisdiction, Jurisdiction::Gb, "--jurisdiction {spelling}");
        let on_disk = json(&fs::read(store.cases_dir().join(&id).join(CASE_FILE)).expect("read"));
        assert_eq!(on_disk["jurisdiction"], "gb");
    }

    let old = fixtures().join("schema/v1-uk-broadband-outage.json");
    let created = complaint(data.path(), &["new", "--from", old.to_str().expect("utf-8 path")]);
    assert!(created.status.success(), "new --from a schema-1 case: {}", stderr(&created));
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let on_disk = json(&fs::read(store.cases_dir().join(&id).join(CASE_FILE)).expect("read"));
    assert_eq!((on_disk["schema_version"].as_u64(), &on_disk["jurisdiction"]), (Some(2), &Value::from("gb")));
    assert_eq!(on_disk["ofcom_reference"], json(&fs::read(&old).expect("read"))["ofcom_reference"]);
}
