//! What the review step and `complaint check` say about a case: the problems that keep it from making a
//! letter, and the warnings that do not block it but that the company could hold against the claim.
//!
//! A warning is advice, never a refusal: the customer may have reasons the app cannot see (a bill issued
//! later than the event, a company that reads the letter's language). Windows the law sets are rules of the
//! jurisdiction's pack (kind `claim_window`), so a window is data, never code.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::parse_date;
use crate::models::{Case, Language, Registry};
use crate::rules::{self, Basis, RuleKind, RulesError};
use crate::validate::{Problem, ProblemCode};

/// Declares [`WarningCode`] and the list of its variants together, so the list cannot miss one.
macro_rules! warning_codes {
    ($($(#[doc = $doc:literal])+ $variant:ident,)+) => {
        /// Why a case is worth a second look before its letter goes out (`snake_case` on the wire); the interface
        /// translates by this code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        #[serde(rename_all = "snake_case")]
        pub enum WarningCode {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl WarningCode {
            /// Every code, for the tests that each has a translation.
            pub const ALL: &[WarningCode] = &[$(WarningCode::$variant,)+];
        }
    };
}

warning_codes! {
    /// The letter is not written in the language the jurisdiction's companies are written to.
    NotOfficialLanguage,
    /// An event the claim rests on is older than the time the law gives for making a claim about it.
    ClaimWindowPassed,
}

/// A case as the check finds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CaseCheck {
    /// What must be fixed before a letter can be made.
    pub problems: Vec<Problem>,
    /// What the customer should know before handing the letter in; none of it blocks the letter.
    pub warnings: Vec<Warning>,
}

/// One thing worth a second look, located like a problem by the path of its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Warning {
    /// Dotted path of the field, with list indexes: `letter_language`, `events[0].date`.
    pub path: String,
    /// Machine-readable reason, for translation.
    pub code: WarningCode,
    /// The warning in English, for the CLI and logs.
    pub message: String,
    /// The rule the warning rests on, when a law sets it.
    pub rule: Option<RuleNote>,
    /// The language the jurisdiction's companies are written to, for a letter in another one.
    pub official_language: Option<Language>,
}

/// The rule behind a warning, as the customer needs it to judge the warning: what it says and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RuleNote {
    /// The rule's id in its pack, e.g. `ru.claim_window`.
    pub id: String,
    /// The law and article.
    pub source: String,
    /// The rule in one line, in every language of the interface (the interface may switch language).
    pub basis: Basis,
    /// `YYYY-MM-DD`: the last day the term allowed.
    pub last_day: String,
    /// The date rests on something not yet confirmed (a rule or a calendar year marked for checking).
    pub verify: bool,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: warning: {}", self.path, self.message)
    }
}

/// Every warning about the case, in the order of the wizard's steps; `today` dates a claim not yet handed in.
///
/// Fails only when the compiled-in rule data is damaged (which the tests keep from shipping).
pub fn warnings(case: &Case, today: NaiveDate) -> Result<Vec<Warning>, RulesError> {
    let mut found: Vec<Warning> = language_warning(case)?.into_iter().collect();
    found.extend(claim_window_warnings(case, today)?);
    Ok(found)
}

/// A letter in another language than the one the jurisdiction's companies are written to may be treated as
/// unreadable; jurisdictions without one (`other`) never warn.
fn language_warning(case: &Case) -> Result<Option<Warning>, RulesError> {
    let Some(pack) = rules::rule_packs()?.iter().find(|pack| pack.jurisdiction == case.jurisdiction) else {
        return Ok(None);
    };
    let official = pack.profile.official_language;
    Ok(official.filter(|official| *official != case.letter_language).map(|official| Warning {
        path: "letter_language".into(),
        code: WarningCode::NotOfficialLanguage,
        message: format!(
            "the letter is in {}; letters to companies of this jurisdiction ({}) are written in {}",
            case.letter_language.description(),
            pack.profile.name.get(Language::En),
            official.description()
        ),
        rule: None,
        official_language: Some(official),
    }))
}

/// The case's letter language when the jurisdiction's law, written in `offered`, is not written in it: no
/// letter could be made.
pub fn language_problem(case: &Case, offered: &[Language]) -> Option<Problem> {
    (!offered.contains(&case.letter_language)).then(|| {
        let names: Vec<&str> = offered.iter().map(|lang| lang.description()).collect();
        Problem {
            path: "letter_language".into(),
            code: ProblemCode::LanguageNotOffered,
            message: format!(
                "letters for this jurisdiction are written in {}, not in {}",
                names.join(", "),
                case.letter_language.description()
            ),
        }
    })
}

/// Each event whose claim window, counted by the jurisdiction's `claim_window` rule, closed before the claim's
/// date: the day it was handed in, or `today` while it has not been.
///
/// An event that is not a case date (validation reports it), or for which no window rule is in force, has no
/// window to miss.
fn claim_window_warnings(case: &Case, today: NaiveDate) -> Result<Vec<Warning>, RulesError> {
    let claim_date = case.sent.as_ref().and_then(|sent| parse_date(&sent.date)).unwrap_or(today);
    let mut found = Vec::new();
    for (i, event) in case.events.iter().enumerate() {
        let Some(date) = parse_date(&event.date) else { continue };
        let window = match rules::deadline(case.jurisdiction, &case.terms, RuleKind::ClaimWindow, date, Language::En) {
            Ok(window) => window,
            Err(e) if e.is_uncovered() => continue,
            Err(e) => return Err(e),
        };
        if claim_date <= window.date {
            continue;
        }
        let rule = rules::rule_packs()?
            .iter()
            .find_map(|pack| pack.rule(&window.rule_id))
            .ok_or_else(|| RulesError::UnknownRule { id: window.rule_id.clone() })?;
        let last_day = window.date.format("%Y-%m-%d").to_string();
        found.push(Warning {
            path: format!("events[{i}].date"),
            code: WarningCode::ClaimWindowPassed,
            message: format!(
                "the window for a claim about this event closed on {last_day}: {} ({})",
                window.basis, window.source
            ),
            rule: Some(RuleNote {
                id: window.rule_id,
                source: window.source,
                basis: rule.basis.clone(),
                last_day,
                verify: window.verify,
            }),
            official_language: None,
        });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Event, IncidentType, Jurisdiction, Submission};

    fn day(text: &str) -> NaiveDate {
        parse_date(text).expect("test date")
    }

    fn case(jurisdiction: Jurisdiction, lang: Language, events: &[&str]) -> Case {
        let mut case = Case::new(IncidentType::BillingDispute, jurisdiction, lang);
        for date in events {
            case.events.push(Event { date: (*date).into(), text: "Счёт".into(), ..Event::default() });
        }
        case
    }

    fn found(case: &Case, today: &str) -> Vec<(String, WarningCode)> {
        warnings(case, day(today)).expect("rules load").into_iter().map(|w| (w.path, w.code)).collect()
    }

    #[test]
    fn a_letter_language_the_law_is_not_written_in_is_a_problem_naming_the_ones_it_is() {
        let ukrainian = case(Jurisdiction::Bg, Language::Uk, &[]);
        let problem = language_problem(&ukrainian, &[Language::Bg, Language::En]).expect("not offered");
        assert_eq!((problem.path.as_str(), problem.code), ("letter_language", ProblemCode::LanguageNotOffered));
        assert!(problem.message.contains("Bulgarian, English"), "{}", problem.message);
        assert_eq!(language_problem(&ukrainian, &[Language::Bg, Language::Uk]), None);
    }

    #[test]
    fn a_letter_in_another_language_than_the_jurisdictions_is_worth_a_warning() {
        for (jurisdiction, official) in
            [(Jurisdiction::Ru, Language::Ru), (Jurisdiction::Bg, Language::Bg), (Jurisdiction::Gb, Language::En)]
        {
            for lang in [Language::Ru, Language::Bg, Language::En] {
                let all = warnings(&case(jurisdiction, lang, &[]), day("2026-11-21")).expect("rules load");
                if lang == official {
                    assert_eq!(all, vec![], "{jurisdiction:?} {lang:?}");
                } else {
                    assert_eq!(all.len(), 1, "{jurisdiction:?} {lang:?}: {all:?}");
                    assert_eq!(
                        (all[0].path.as_str(), all[0].code),
                        ("letter_language", WarningCode::NotOfficialLanguage)
                    );
                    assert_eq!(all[0].official_language, Some(official));
                }
            }
        }
        for lang in [Language::Ru, Language::Bg, Language::En] {
            assert_eq!(found(&case(Jurisdiction::Other, lang, &[]), "2026-11-21"), vec![], "no official language");
        }
    }

    #[test]
    fn a_russian_claim_about_an_event_over_six_months_old_is_warned_with_the_rule_and_its_source() {
        // 2026-05-20 + 6 months = 2026-11-20, a Friday: the last day a claim about it can be made.
        let case = case(Jurisdiction::Ru, Language::Ru, &["2026-05-19", "2026-05-20", "not a date", "2026-11-01"]);
        assert_eq!(found(&case, "2026-11-20"), [("events[0].date".to_owned(), WarningCode::ClaimWindowPassed)]);
        let all = warnings(&case, day("2026-11-21")).expect("rules load");
        let paths: Vec<&str> = all.iter().map(|w| w.path.as_str()).collect();
        assert_eq!(paths, ["events[0].date", "events[1].date"]);
        let rule = all[1].rule.as_ref().expect("the rule behind it");
        assert_eq!((rule.id.as_str(), rule.last_day.as_str()), ("ru.claim_window", "2026-11-20"));
        assert!(rule.source.contains("ст. 55"), "{}", rule.source);
        assert!(rule.basis.get(Language::Ru).contains("6 месяцев"), "{}", rule.basis.get(Language::Ru));
        assert!(all[1].message.contains("2026-11-20") && all[1].message.contains("6 months"), "{}", all[1].message);
        assert_eq!(all[1].to_string(), format!("events[1].date: warning: {}", all[1].message));
    }

    #[test]
    fn a_last_day_off_moves_the_window_to_the_next_working_day() {
        // 2026-05-21 + 6 months = Saturday 2026-11-21: the claim may still be made on Monday the 23rd.
        let case = case(Jurisdiction::Ru, Language::Ru, &["2026-05-21"]);
        assert_eq!(found(&case, "2026-11-23"), vec![]);
        assert_eq!(found(&case, "2026-11-24").len(), 1);
    }

    #[test]
    fn the_window_is_counted_to_the_day_the_claim_was_handed_in() {
        let mut case = case(Jurisdiction::Ru, Language::Ru, &["2016-01-10"]);
        case.sent = Some(Submission { date: "2016-03-14".into(), ..Submission::default() });
        assert_eq!(found(&case, "2026-11-21"), vec![], "handed in within the window, ten years ago");
        case.sent = Some(Submission { date: "2016-07-12".into(), ..Submission::default() });
        assert_eq!(found(&case, "2026-11-21").len(), 1);
        case.sent = Some(Submission { date: "soon".into(), ..Submission::default() });
        assert_eq!(found(&case, "2026-11-21").len(), 1, "a date that is not one counts as today");
    }

    #[test]
    fn jurisdictions_without_a_window_rule_never_warn_of_one() {
        for jurisdiction in [Jurisdiction::Bg, Jurisdiction::Gb, Jurisdiction::Other] {
            let lang = match jurisdiction {
                Jurisdiction::Bg => Language::Bg,
                _ => Language::En,
            };
            assert_eq!(found(&case(jurisdiction, lang, &["2001-01-01"]), "2026-11-21"), vec![], "{jurisdiction:?}");
        }
    }

    #[test]
    fn events_before_the_window_rule_was_in_force_have_no_window() {
        assert_eq!(found(&case(Jurisdiction::Ru, Language::Ru, &["2003-12-31"]), "2026-11-21"), vec![]);
        assert_eq!(found(&case(Jurisdiction::Ru, Language::Ru, &["2004-01-01"]), "2026-11-21").len(), 1);
    }
}
