//! What a jurisdiction asks of a case, served to the interface as data: the interface asks, it never decides.

use serde::Serialize;

use super::basis::Basis;
use super::compensation::{COMPENSATED_INCIDENT, CompensationScheme};
use super::pack::{Condition, Currency, RuleKind, RulePack};
use crate::models::{IncidentType, Jurisdiction, Language};

/// A jurisdiction as the interface needs it: which language and currency to suggest, and which facts of the
/// case its answer terms depend on (so the wizard asks for those and no others).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct JurisdictionProfile {
    /// Whose.
    pub jurisdiction: Jurisdiction,
    /// Its name in every language, as the pickers show it.
    pub name: Basis,
    /// The language letters there are written in; `None` where the app cannot tell.
    pub official_language: Option<Language>,
    /// The languages its law is written in, so the only ones a letter or its reading copy can be in.
    pub letter_languages: Vec<Language>,
    /// The currencies, oldest first.
    pub currencies: Vec<Currency>,
    /// The conditions of its claim-answer rules: `long_distance_or_roaming` asks whether the claim is about
    /// such calls, `user_term` asks for the term of the operator's conditions.
    pub term_facts: Vec<Condition>,
    /// The incidents for which a compensation scheme pays from the case's facts (the UK: an outage repaired
    /// late), so the wizard asks for those facts there and nowhere else.
    pub compensated_incidents: Vec<IncidentType>,
    /// Its rules count a window from the company's final answer (the UK's ADR window), so the answer form asks
    /// whether the answer says it is final.
    pub asks_final_response: bool,
}

impl JurisdictionProfile {
    /// The profile of a pack, with the term facts read off its claim-answer rules.
    pub(super) fn of(pack: &RulePack, schemes: &[CompensationScheme]) -> Self {
        let mut term_facts = Vec::new();
        for rule in pack.rules.iter().filter(|r| r.kind == RuleKind::ClaimAnswer) {
            if let Some(condition) = rule.when.filter(|c| !term_facts.contains(c)) {
                term_facts.push(condition);
            }
        }
        JurisdictionProfile {
            jurisdiction: pack.jurisdiction,
            name: pack.profile.name.clone(),
            official_language: pack.profile.official_language,
            letter_languages: pack.letter_languages.clone(),
            currencies: pack.profile.currencies.clone(),
            term_facts,
            compensated_incidents: schemes
                .iter()
                .filter(|scheme| scheme.jurisdiction == pack.jurisdiction)
                .map(|_| COMPENSATED_INCIDENT)
                .collect(),
            asks_final_response: pack.rules.iter().any(|r| r.kind == RuleKind::AdrWindow),
        }
    }
}
