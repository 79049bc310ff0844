//! What to demand and what proof to keep, per incident type and language.
//!
//! The lists live in `templates/suggestions/<lang>.toml`, so wording is edited as data; the wizard offers
//! them and the evidence checklist lists the proof a case has not recorded yet.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::bundled;
use crate::models::{IncidentType, Language};

/// Suggested demands and evidence for one incident type.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Suggestions {
    /// Demands the customer can take over and edit, each answerable yes or no.
    pub demands: Vec<String>,
    /// Proof worth keeping for this kind of incident.
    pub evidence: Vec<SuggestedEvidence>,
}

/// One piece of proof the checklist asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct SuggestedEvidence {
    /// Stable id, the same in every language (`notice`, `receipt`…).
    pub kind: String,
    /// How it is named in the attachments list.
    pub description: String,
}

type Table = HashMap<IncidentType, Suggestions>;

/// The language's suggestions file, `templates/suggestions/<language>.toml`; none parses as no suggestions.
fn parse(lang: Language) -> Result<Table, toml::de::Error> {
    toml::from_str(bundled::file(&format!("suggestions/{}.toml", lang.id())).unwrap_or_default())
}

/// The suggestions for one incident type in one language.
pub fn for_incident(lang: Language, incident: IncidentType) -> Suggestions {
    static TABLES: OnceLock<Vec<Table>> = OnceLock::new();
    let tables = TABLES.get_or_init(|| {
        // The files are compiled in and parsed by the tests below, so this cannot fail in a release.
        Language::ALL.into_iter().map(|lang| parse(lang).unwrap_or_default()).collect()
    });
    tables[lang.index()].get(&incident).cloned().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_demands_and_the_same_evidence_kinds_for_every_incident() {
        for incident in IncidentType::ALL {
            let kinds = |lang| -> Vec<String> {
                parse(lang).expect("suggestions parse")[&incident].evidence.iter().map(|e| e.kind.clone()).collect()
            };
            for lang in Language::ALL {
                let table = parse(lang).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
                let entry = table.get(&incident).unwrap_or_else(|| panic!("{lang:?} lacks {incident:?}"));
                assert!(!entry.demands.is_empty() && !entry.evidence.is_empty(), "{lang:?} {incident:?}");
                assert_eq!(kinds(lang), kinds(Language::En), "{lang:?} {incident:?}");
            }
        }
    }
}
