//! Keeps the interface's TypeScript types, and its copy of the schema version, equal to the Rust model.
//!
//! `UPDATE_BINDINGS=1 cargo test -p complaint-core bindings` rewrites the file after a model change.

use ts_rs::{Config, TS};

use crate::desk::{AttachFailure, Attached, CreatedCase};
use crate::error::Unreadable;
use crate::letter::LetterKind;
use crate::models::*;
use crate::rules::Due;
use crate::status::{StatusReport, TimelineEntry, TimelineKind};
use crate::store::CaseListEntry;
use crate::suggestions::{SuggestedEvidence, Suggestions};
use crate::validate::{Problem, ProblemCode};

const BINDINGS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/bindings.ts");
/// The interface's new-case builder, which copies [`SCHEMA_VERSION`] (ts-rs exports types, not constants).
const NEW_CASE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ui/src/lib/newCase.ts");

fn declaration<T: TS + ?Sized>(cfg: &Config) -> String {
    format!("export {}\n", T::decl(cfg))
}

fn generated() -> String {
    let cfg = Config::default();
    let mut out =
        String::from("// Generated from the Rust model by `complaint-core`'s bindings test. Do not edit.\n\n");
    for decl in [
        declaration::<Case>(&cfg),
        declaration::<IncidentType>(&cfg),
        declaration::<Jurisdiction>(&cfg),
        declaration::<Language>(&cfg),
        declaration::<Company>(&cfg),
        declaration::<Customer>(&cfg),
        declaration::<Event>(&cfg),
        declaration::<Money>(&cfg),
        declaration::<ContactChannel>(&cfg),
        declaration::<ContactEntry>(&cfg),
        declaration::<ReplyChannel>(&cfg),
        declaration::<DeliveryMethod>(&cfg),
        declaration::<EvidenceStatus>(&cfg),
        declaration::<EvidenceItem>(&cfg),
        declaration::<AttachedFile>(&cfg),
        declaration::<IssuedLetter>(&cfg),
        declaration::<Terms>(&cfg),
        declaration::<Submission>(&cfg),
        declaration::<Answer>(&cfg),
        declaration::<DemandOutcome>(&cfg),
        declaration::<CaseStatus>(&cfg),
        declaration::<CaseListEntry>(&cfg),
        declaration::<Unreadable>(&cfg),
        declaration::<Problem>(&cfg),
        declaration::<ProblemCode>(&cfg),
        declaration::<StatusReport>(&cfg),
        declaration::<TimelineEntry>(&cfg),
        declaration::<TimelineKind>(&cfg),
        declaration::<Due>(&cfg),
        declaration::<Suggestions>(&cfg),
        declaration::<SuggestedEvidence>(&cfg),
        declaration::<LetterKind>(&cfg),
        declaration::<CreatedCase>(&cfg),
        declaration::<Attached>(&cfg),
        declaration::<AttachFailure>(&cfg),
    ] {
        out.push_str(&decl);
    }
    out
}

#[test]
fn checked_in_typescript_types_match_the_rust_model() {
    let fresh = generated();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(BINDINGS, &fresh).expect("write bindings");
    }
    let on_disk = std::fs::read_to_string(BINDINGS).unwrap_or_default();
    assert!(
        on_disk == fresh,
        "ui/src/lib/bindings.ts is out of date; run `UPDATE_BINDINGS=1 cargo test -p complaint-core bindings`"
    );
}

#[test]
fn the_interface_writes_new_cases_at_the_schema_version_of_the_model() {
    let source = std::fs::read_to_string(NEW_CASE).expect("read newCase.ts");
    let copied = source
        .lines()
        .find_map(|line| line.strip_prefix("export const SCHEMA_VERSION = ")?.strip_suffix(';'))
        .expect("newCase.ts declares SCHEMA_VERSION");
    assert_eq!(copied, SCHEMA_VERSION.to_string(), "ui/src/lib/newCase.ts copies SCHEMA_VERSION from models.rs");
}
