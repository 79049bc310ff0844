//! Brings a `case.json` written by an earlier version up to the layout this build reads and writes.
//!
//! The migration works on the parsed JSON document, not on [`Case`](crate::models::Case), so every key this
//! build does not know passes through untouched. It is pure: the store migrates in memory on every read and
//! writes the new layout only when the case really changes, so merely opening a case never rewrites it.

use serde_json::{Map, Value};

use crate::error::Unreadable;
use crate::models::SCHEMA_VERSION;

/// One layout change: edits a document of one version into the next (the version number is set by the caller).
type Step = fn(&mut Map<String, Value>);

/// The layout changes in order: `STEPS[0]` takes version 1 to 2, `STEPS[1]` would take 2 to 3, and so on.
/// Its length follows [`SCHEMA_VERSION`], so a new version does not compile until its step is added here.
const STEPS: [Step; SCHEMA_VERSION as usize - 1] = [jurisdiction_uk_becomes_gb];

/// Returns `document` at [`SCHEMA_VERSION`], running each step from its own version onwards.
///
/// A document of a newer version is refused (an older build must never rewrite it), and so is one without a
/// `schema_version` number or with a version no Complaint Desk has written.
pub fn to_current(mut document: Value) -> Result<Value, Unreadable> {
    let object = document
        .as_object_mut()
        .ok_or_else(|| Unreadable::Corrupt { message: "the file holds no JSON object".to_owned() })?;
    let version = object
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or_else(|| Unreadable::Corrupt { message: "no schema_version number".to_owned() })?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(Unreadable::NewerSchema { found: version, supported: SCHEMA_VERSION });
    }
    if version == 0 {
        return Err(Unreadable::Corrupt { message: "schema_version 0 was never written by Complaint Desk".to_owned() });
    }
    for (reached, step) in (2..=SCHEMA_VERSION).zip(STEPS).skip_while(|&(reached, _)| u64::from(reached) <= version) {
        step(object);
        object.insert("schema_version".to_owned(), reached.into());
    }
    Ok(document)
}

/// Schema 2: the United Kingdom is `gb` (ISO 3166), freeing `uk` (ISO 639, Ukrainian) for a later use.
fn jurisdiction_uk_becomes_gb(case: &mut Map<String, Value>) {
    if let Some(jurisdiction) = case.get_mut("jurisdiction").filter(|j| *j == "uk") {
        *jurisdiction = "gb".into();
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn a_version_1_uk_case_becomes_a_version_2_gb_case_with_everything_else_kept() {
        let v1 = json!({
            "schema_version": 1,
            "revision": 4,
            "jurisdiction": "uk",
            "letter_language": "en",
            "company": {"legal_name": "Example Telecom Ltd", "companies_house_number": "01234567"},
            "written_by_hand": ["uk", {"jurisdiction": "uk"}],
        });
        let mut expected = v1.clone();
        expected["schema_version"] = 2.into();
        expected["jurisdiction"] = "gb".into();
        assert_eq!(to_current(v1), Ok(expected), "only the top-level jurisdiction is the case's");
    }

    #[test]
    fn other_jurisdictions_only_change_version() {
        for jurisdiction in ["ru", "bg", "other", "gb"] {
            let v1 = json!({"schema_version": 1, "jurisdiction": jurisdiction, "title": "x"});
            let migrated = to_current(v1).expect("migrates");
            assert_eq!(migrated, json!({"schema_version": 2, "jurisdiction": jurisdiction, "title": "x"}));
        }
        let without = to_current(json!({"schema_version": 1})).expect("a case with no jurisdiction migrates");
        assert_eq!(without, json!({"schema_version": 2}), "no jurisdiction is added");
    }

    #[test]
    fn a_current_document_is_returned_as_it_came() {
        let current = json!({"schema_version": SCHEMA_VERSION, "jurisdiction": "uk", "extra": {"a": 1}});
        assert_eq!(to_current(current.clone()), Ok(current), "no step runs twice");
    }

    #[test]
    fn newer_missing_and_impossible_versions_are_refused() {
        let newer = json!({"schema_version": SCHEMA_VERSION + 1, "jurisdiction": "uk"});
        assert_eq!(
            to_current(newer),
            Err(Unreadable::NewerSchema { found: u64::from(SCHEMA_VERSION) + 1, supported: SCHEMA_VERSION })
        );
        for refused in [json!({"jurisdiction": "uk"}), json!({"schema_version": "1"}), json!({"schema_version": 0})] {
            assert!(matches!(to_current(refused.clone()), Err(Unreadable::Corrupt { .. })), "{refused}");
        }
        assert!(matches!(to_current(json!([1])), Err(Unreadable::Corrupt { .. })));
    }
}
