//! Rule packs: one TOML file per jurisdiction listing the legal terms the app applies.
//!
//! A rule is data, never code, so a change in the law is an edit of `templates/rules/<jurisdiction>.toml`, and
//! the user always sees the rule's source, its basis in their language and the dates it is in force.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::basis::Basis;
use super::calendar::WorkCalendar;
use super::form::OnlineForm;
use super::term::{Term, Unit};
use crate::models::{Jurisdiction, Language, Registry, Terms};

/// What deadline a rule governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// The company's answer to a claim or complaint.
    ClaimAnswer,
    /// The latest day the company must register a claim; other terms may start from it.
    ClaimRegistration,
    /// How long after the service, refusal or bill a claim can still be filed.
    ClaimWindow,
    /// The answer to a personal-data request.
    DataRequestAnswer,
    /// The latest day a regulator must register a complaint; its answer term starts from it.
    RegulatorRegistration,
    /// A regulator's answer to a complaint.
    RegulatorAnswer,
    /// When an unresolved complaint can go to an alternative dispute resolution scheme.
    AdrReferral,
    /// How long after the company's final answer the complaint can still go to that scheme.
    AdrWindow,
}

impl RuleKind {
    /// The stable id used in the data files.
    pub fn id(self) -> &'static str {
        match self {
            Self::ClaimAnswer => "claim_answer",
            Self::ClaimRegistration => "claim_registration",
            Self::ClaimWindow => "claim_window",
            Self::DataRequestAnswer => "data_request_answer",
            Self::RegulatorRegistration => "regulator_registration",
            Self::RegulatorAnswer => "regulator_answer",
            Self::AdrReferral => "adr_referral",
            Self::AdrWindow => "adr_window",
        }
    }

    fn is_registration(self) -> bool {
        matches!(self, Self::ClaimRegistration | Self::RegulatorRegistration)
    }
}

/// When a rule applies beyond its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Only for claims about long-distance or international calls or roaming (`Terms::long_distance_or_roaming`);
    /// such a specific rule beats the general one when the case says so.
    LongDistanceOrRoaming,
    /// The term is the one the user sets (`Terms::reply_days`); the rule's amount is only the default.
    UserTerm,
}

/// One legal term with where it comes from and when it is in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable id, unique across all packs (`ru.claim_answer`); stored with computed deadlines.
    pub id: String,
    /// What deadline it governs.
    pub kind: RuleKind,
    /// The length of the term.
    pub term: Term,
    /// A condition on the case, if the rule does not always apply.
    #[serde(default)]
    pub when: Option<Condition>,
    /// The id of a registration rule whose last day starts this term (instead of the day of receipt).
    #[serde(default)]
    pub after: Option<String>,
    /// How much longer the addressee may take if it extends the term with a notice, as the law allows.
    #[serde(default)]
    pub extension: Option<Term>,
    /// The longest the term with its extension may run, counted from the same day as the term, where the law
    /// caps the whole ("no more than 45 days in all") rather than the extension.
    #[serde(default)]
    pub extension_within: Option<Term>,
    /// Overrides the pack's choice of moving a last day off a day off.
    #[serde(default)]
    pub move_to_working_day: Option<bool>,
    /// The fact was seen only in secondary sources: computed dates say the user should check it.
    #[serde(default)]
    pub verify: bool,
    /// The law and article, or the regulator's page, in the original language.
    pub source: String,
    /// One line the user reads next to the date; it may ask the user to check something. `{amount}` and
    /// `{amount:form|forms}` stand for the term's length, as in `letter`.
    pub basis: Basis,
    /// For a term the customer sets (`when = "user_term"`): the line shown once they have set it, which states
    /// their term as entered and asks nothing more of them.
    #[serde(default)]
    pub basis_entered: Option<Basis>,
    /// The term as a letter to the company states it, never a note to the user: the reminders print it beside
    /// the due date. `{amount}` stands for the term's length in this case. Required for the deadlines a letter
    /// quotes (a claim's answer, the ADR referral).
    #[serde(default)]
    pub letter: Option<Basis>,
    /// First day (of receipt) the rule applies to.
    #[serde(with = "super::serde_date")]
    pub valid_from: NaiveDate,
    /// First day it no longer applies to, if it has been replaced.
    #[serde(default, with = "super::serde_date::option")]
    pub valid_to: Option<NaiveDate>,
}

impl Rule {
    /// Whether the rule governs a letter received on `date`: `valid_from <= date < valid_to`.
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.valid_from <= date && self.valid_to.is_none_or(|to| date < to)
    }

    /// Whether the rule's condition holds for the case.
    pub(super) fn applies(&self, terms: &Terms) -> bool {
        match self.when {
            None | Some(Condition::UserTerm) => true,
            Some(Condition::LongDistanceOrRoaming) => terms.long_distance_or_roaming,
        }
    }

    /// A rule about a particular fact of the case, which beats the general rule of the same kind.
    pub(super) fn is_specific(&self) -> bool {
        self.when == Some(Condition::LongDistanceOrRoaming)
    }

    /// The term for this case: the user's own where the rule leaves it to them.
    pub(super) fn term_for(&self, terms: &Terms) -> Term {
        match (self.when, terms.reply_days) {
            (Some(Condition::UserTerm), Some(days)) => Term { amount: days, unit: Unit::Days },
            _ => self.term,
        }
    }

    /// The basis line for this case: the entered-term wording once the customer has set the term.
    pub(super) fn basis_for(&self, terms: &Terms) -> &Basis {
        match (&self.basis_entered, self.when, terms.reply_days) {
            (Some(entered), Some(Condition::UserTerm), Some(_)) => entered,
            _ => &self.basis,
        }
    }

    /// Whether a date computed for this case rests on an unchecked fact of the rule; a user-set term replaces
    /// the unchecked default.
    pub(super) fn needs_checking(&self, terms: &Terms) -> bool {
        self.verify && !(self.when == Some(Condition::UserTerm) && terms.reply_days.is_some())
    }
}

/// All rules of one jurisdiction and how it counts days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePack {
    /// Whose rules these are.
    pub jurisdiction: Jurisdiction,
    /// The working-day calendar; `None` means Saturdays and Sundays only.
    #[serde(default)]
    pub calendar: Option<String>,
    /// Whether a last day that is a day off moves to the next working day (Civil Code art. 193 in Russia).
    pub move_to_working_day: bool,
    /// The law on counting terms, shown with the dates.
    pub counting: String,
    /// What the jurisdiction asks of a case beyond its deadlines.
    pub profile: PackProfile,
    /// The rules, in the order shown to the user.
    pub rules: Vec<Rule>,
    /// The web forms of its regulators and schemes, the one the regulator letter is addressed to first.
    #[serde(default)]
    pub forms: Vec<OnlineForm>,
    /// The languages its law is written in (`templates/law/<id>/<lang>.tera`), which are the languages its
    /// letters can be written in; found beside the pack, never written in it.
    #[serde(skip)]
    pub letter_languages: Vec<Language>,
}

impl RulePack {
    /// The rule with this id in this pack.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Whether `rule`'s last day moves off days off.
    pub(super) fn moves(&self, rule: &Rule) -> bool {
        rule.move_to_working_day.unwrap_or(self.move_to_working_day)
    }
}

/// The `[profile]` table of a rule pack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackProfile {
    /// The jurisdiction's name in every language, as the interface offers it.
    pub name: Basis,
    /// The language its companies and regulators are written to; `None` where the app cannot tell.
    #[serde(default)]
    pub official_language: Option<Language>,
    /// The currencies amounts are in, oldest first, each from the day it became legal tender.
    pub currencies: Vec<Currency>,
}

/// A currency and the first day it is the one amounts are in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Currency {
    /// ISO 4217 code.
    pub code: String,
    /// `YYYY-MM-DD` it replaced the one before; `None` for the first.
    #[serde(default, with = "super::serde_date::option")]
    #[cfg_attr(test, ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
}

/// Refuses packs that would give a wrong or unexplained date: missing texts, dangling references, overlapping
/// jurisdictions, periods that end before they start.
pub(super) fn check(packs: &[(String, RulePack)], calendars: &[WorkCalendar]) -> Result<(), (String, String)> {
    let fail = |file: &str, message: String| Err((file.to_string(), message));
    for jurisdiction in Jurisdiction::ALL {
        let count = packs.iter().filter(|(_, p)| p.jurisdiction == jurisdiction).count();
        if count != 1 {
            return fail("rules", format!("{count} packs for {jurisdiction:?}, expected one"));
        }
    }
    let mut ids: Vec<&str> = Vec::new();
    for (file, pack) in packs {
        if let Err(message) = check_languages(pack) {
            return fail(file, message);
        }
        let languages = &pack.letter_languages;
        if blank(Some(&pack.profile.name), languages) {
            return fail(file, "the jurisdiction needs its name in each language its law is written in".into());
        }
        if pack.counting.trim().is_empty() {
            return fail(file, "the pack does not say how it counts days".into());
        }
        if let Some(id) = pack.calendar.as_ref().filter(|id| !calendars.iter().any(|c| c.id == **id)) {
            return fail(file, format!("calendar {id:?} is not loaded"));
        }
        for rule in &pack.rules {
            let id = rule.id.as_str();
            if id.trim().is_empty() || ids.contains(&id) {
                return fail(file, format!("rule id “{id}” is empty or used twice"));
            }
            ids.push(id);
            if let Err(message) = check_texts(rule, languages) {
                return fail(file, format!("{id}: {message}"));
            }
            if rule.valid_to.is_some_and(|to| to <= rule.valid_from) {
                return fail(file, format!("{id}: valid_to is not after valid_from"));
            }
            if rule.extension.is_some_and(|t| t.amount == 0) {
                return fail(file, format!("{id}: an extension of nothing"));
            }
            if rule.extension_within.is_some() && rule.extension.is_none() {
                return fail(file, format!("{id}: extension_within without an extension"));
            }
            if let Some(first_id) = &rule.after {
                let Some(first) = pack.rule(first_id) else {
                    return fail(file, format!("{id}: `after` names “{first_id}”, which is not in this pack"));
                };
                if !first.kind.is_registration() || first.after.is_some() {
                    return fail(file, format!("{id}: `after` must name a registration rule that starts at receipt"));
                }
                let covers_end = match (first.valid_to, rule.valid_to) {
                    (None, _) => true,
                    (Some(_), None) => false,
                    (Some(first_to), Some(to)) => to <= first_to,
                };
                if first.valid_from > rule.valid_from || !covers_end {
                    return fail(file, format!("{id}: “{first_id}” is not in force whenever this rule is"));
                }
            }
        }
    }
    Ok(())
}

/// Whether a text is missing, or not written in one of `languages`.
fn blank(texts: Option<&Basis>, languages: &[Language]) -> bool {
    texts.is_none_or(|b| !b.is_written_in(languages))
}

/// A jurisdiction's law is written in its official language at least, so a letter to its companies can be made.
fn check_languages(pack: &RulePack) -> Result<(), String> {
    match pack.profile.official_language {
        Some(official) if !pack.letter_languages.contains(&official) => {
            Err(format!("the law is not written in the official language, {}", official.description()))
        }
        _ if pack.letter_languages.is_empty() => Err("the law is written in no language".into()),
        _ => Ok(()),
    }
}

/// A rule's texts: a source and a basis always, the entered-term basis for a term the customer sets, the letter
/// wording for a deadline letters quote; each in every language the jurisdiction's letters are written in.
fn check_texts(rule: &Rule, languages: &[Language]) -> Result<(), &'static str> {
    if rule.source.trim().is_empty() || blank(Some(&rule.basis), languages) {
        return Err("source and basis in each letter language are required");
    }
    if rule.when == Some(Condition::UserTerm) && blank(rule.basis_entered.as_ref(), languages) {
        return Err("a term the customer sets needs `basis_entered` in each letter language");
    }
    if matches!(rule.kind, RuleKind::ClaimAnswer | RuleKind::AdrReferral) && blank(rule.letter.as_ref(), languages) {
        return Err("a deadline letters quote needs its letter wording in each letter language");
    }
    Ok(())
}
