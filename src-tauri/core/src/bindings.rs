//! Keeps the interface's TypeScript types, the schema version and the contract equal to the Rust model.
//!
//! `UPDATE_BINDINGS=1 cargo test -p complaint-core --lib` rewrites the generated files after a model change.

use serde::Serialize;
use ts_rs::{Config, TS};

use crate::check::{CaseCheck, RuleNote, Warning, WarningCode};
use crate::desk::{AttachFailure, Attached, CreatedCase, ExportedBag, LetterPages};
use crate::error::{ErrorCode, Unreadable};
use crate::forms::{FilledField, FormGuide, FormsGuide, UploadFile, UploadGuide, UploadProblem};
use crate::letter::{LetterBlock, LetterKind, LetterOption, LetterTitle};
use crate::listing::{CaseListEntry, NextDeadline};
use crate::models::*;
use crate::profile::{Envelope, EnvelopeSize, Settings, WindowSide};
use crate::rules::{
    Basis, Calculation, Condition, Currency, DayOff, Due, FormValue, JurisdictionProfile, Registration, SkippedDay,
    Term, Unit, UploadLimits,
};
use crate::status::{Deadline, DeadlineKind, StatusReport, TimelineEntry, TimelineKind};
use crate::suggestions::{SuggestedEvidence, Suggestions};
use crate::validate::{MAX_LINE_CHARS, MAX_REPLY_DAYS, MAX_TEXT_CHARS, Problem, ProblemCode};
use crate::verify::{FileCheck, FileState, ListedFile};
use crate::wire::{self, WireError};

fn declaration<T: TS + ?Sized>(cfg: &Config) -> String {
    format!("export {}\n", T::decl(cfg))
}

fn generated() -> String {
    let cfg = Config::default();
    let mut out =
        String::from("// Generated from the Rust model by `complaint-core`'s bindings test. Do not edit.\n\n");
    for decl in case_declarations(&cfg).into_iter().chain(service_declarations(&cfg)) {
        out.push_str(&decl);
    }
    out.push_str(&limits());
    out.push_str(&value_lists());
    out.push('\n');
    out.push_str(&wire::typescript(&cfg));
    out
}

/// The case file's types, as `case.json` holds them.
fn case_declarations(cfg: &Config) -> Vec<String> {
    vec![
        declaration::<Case>(cfg),
        declaration::<IncidentType>(cfg),
        declaration::<Jurisdiction>(cfg),
        declaration::<Language>(cfg),
        declaration::<Company>(cfg),
        declaration::<Customer>(cfg),
        declaration::<Settings>(cfg),
        declaration::<ExportedBag>(cfg),
        declaration::<Envelope>(cfg),
        declaration::<EnvelopeSize>(cfg),
        declaration::<WindowSide>(cfg),
        declaration::<Event>(cfg),
        declaration::<Money>(cfg),
        declaration::<ContactChannel>(cfg),
        declaration::<ContactEntry>(cfg),
        declaration::<ReplyChannel>(cfg),
        declaration::<DeliveryMethod>(cfg),
        declaration::<EvidenceStatus>(cfg),
        declaration::<EvidenceItem>(cfg),
        declaration::<AttachedFile>(cfg),
        declaration::<IssuedLetter>(cfg),
        declaration::<Terms>(cfg),
        declaration::<LossOfService>(cfg),
        declaration::<SubmissionKind>(cfg),
        declaration::<DeliveryDate>(cfg),
        declaration::<CaseRecord>(cfg),
        declaration::<Submission>(cfg),
        declaration::<Answer>(cfg),
        declaration::<DemandOutcome>(cfg),
        declaration::<CaseStatus>(cfg),
    ]
}

/// What the core's commands answer with beyond the case itself.
fn service_declarations(cfg: &Config) -> Vec<String> {
    vec![
        declaration::<Shelf>(cfg),
        declaration::<CaseListEntry>(cfg),
        declaration::<NextDeadline>(cfg),
        declaration::<Unreadable>(cfg),
        declaration::<Problem>(cfg),
        declaration::<ProblemCode>(cfg),
        declaration::<CaseCheck>(cfg),
        declaration::<Warning>(cfg),
        declaration::<WarningCode>(cfg),
        declaration::<RuleNote>(cfg),
        declaration::<Basis>(cfg),
        declaration::<StatusReport>(cfg),
        declaration::<Deadline>(cfg),
        declaration::<DeadlineKind>(cfg),
        declaration::<Calculation>(cfg),
        declaration::<Registration>(cfg),
        declaration::<SkippedDay>(cfg),
        declaration::<DayOff>(cfg),
        declaration::<TimelineEntry>(cfg),
        declaration::<TimelineKind>(cfg),
        declaration::<Due>(cfg),
        declaration::<Term>(cfg),
        declaration::<Unit>(cfg),
        declaration::<Suggestions>(cfg),
        declaration::<SuggestedEvidence>(cfg),
        declaration::<LetterKind>(cfg),
        declaration::<CreatedCase>(cfg),
        declaration::<Attached>(cfg),
        declaration::<AttachFailure>(cfg),
        declaration::<LetterPages>(cfg),
        declaration::<FileCheck>(cfg),
        declaration::<ListedFile>(cfg),
        declaration::<FileState>(cfg),
        declaration::<LetterBlock>(cfg),
        declaration::<LetterOption>(cfg),
        declaration::<LetterTitle>(cfg),
        declaration::<FormsGuide>(cfg),
        declaration::<FormGuide>(cfg),
        declaration::<FilledField>(cfg),
        declaration::<FormValue>(cfg),
        declaration::<UploadGuide>(cfg),
        declaration::<UploadLimits>(cfg),
        declaration::<UploadFile>(cfg),
        declaration::<UploadProblem>(cfg),
        declaration::<JurisdictionProfile>(cfg),
        declaration::<Currency>(cfg),
        declaration::<Condition>(cfg),
        declaration::<ErrorCode>(cfg),
        declaration::<WireError>(cfg),
    ]
}

/// The numbers the interface must agree with the core on: the schema it writes and the limits it enforces
/// while typing.
fn limits() -> String {
    [
        ("The schema version this build reads and writes.", "SCHEMA_VERSION", SCHEMA_VERSION as usize),
        ("The longest one-line text the core accepts.", "MAX_LINE_CHARS", MAX_LINE_CHARS),
        ("The longest multi-line text the core accepts.", "MAX_TEXT_CHARS", MAX_TEXT_CHARS),
        ("The longest answer term, in days, the core accepts.", "MAX_REPLY_DAYS", MAX_REPLY_DAYS as usize),
    ]
    .iter()
    .map(|(doc, name, value)| format!("\n/** {doc} */\nexport const {name} = {value};\n"))
    .collect()
}

/// Every value of a model enum as a TypeScript constant, so the interface lists what the core knows.
fn value_list<T: Serialize>(doc: &str, name: &str, type_name: &str, values: &[T]) -> String {
    let values: Vec<String> =
        values.iter().map(|value| serde_json::to_string(value).expect("a model value serializes")).collect();
    format!("\n/** {doc} */\nexport const {name}: readonly {type_name}[] = [{}];\n", values.join(", "))
}

/// The lists the interface's tests and pickers read: the codes whose messages each dictionary must have, and
/// the languages and letter kinds of the core's registries.
fn value_lists() -> String {
    [
        value_list(
            "Every error code, for the dictionaries' completeness test.",
            "ERROR_CODES",
            "ErrorCode",
            ErrorCode::ALL,
        ),
        value_list(
            "Every warning code, for the dictionaries' completeness test.",
            "WARNING_CODES",
            "WarningCode",
            WarningCode::ALL,
        ),
        value_list(
            "Every language letters are written in, in the core's order.",
            "LANGUAGES",
            "Language",
            &Language::ALL,
        ),
        value_list("Every letter kind, in the order of a case's life.", "LETTER_KINDS", "LetterKind", &LetterKind::ALL),
    ]
    .concat()
}

/// Compares a file the interface reads with what the core generates now; `UPDATE_BINDINGS=1` rewrites it.
pub(crate) fn check_generated(relative: &str, fresh: &str) {
    let path = format!("{}/../../{relative}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, fresh).expect("write the generated file");
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(on_disk == fresh, "{relative} is out of date; run `UPDATE_BINDINGS=1 cargo test -p complaint-core --lib`");
}

#[test]
fn checked_in_typescript_types_match_the_rust_model() {
    check_generated("ui/src/lib/bindings.ts", &generated());
}

/// The interface's test fake answers `letter_titles` with the titles the core's templates give, by language.
#[test]
fn the_test_fake_serves_the_letter_titles_the_core_serves() {
    let letters = crate::letter::Letters::new().expect("letters load");
    let titles: std::collections::BTreeMap<&str, Vec<crate::letter::LetterTitle>> =
        Language::ALL.into_iter().map(|lang| (lang.id(), letters.titles(lang))).collect();
    check_generated(
        "ui/src/test/core/letterTitles.json",
        &(serde_json::to_string_pretty(&titles).expect("json")
            + "
"),
    );
}

/// The interface's test fake answers `jurisdictions` with the core's own data.
#[test]
fn the_test_fake_serves_the_jurisdictions_the_core_serves() {
    let profiles = crate::rules::jurisdiction_profiles().expect("rule packs load");
    check_generated(
        "ui/src/test/core/jurisdictions.json",
        &(serde_json::to_string_pretty(&profiles).expect("json") + "\n"),
    );
}
