//! Every claim cites its own jurisdiction's law, whatever language it is written in: every jurisdiction × every
//! language × 7 incidents, read as the company would read the letter.

use chrono::NaiveDate;

use super::Letters;
use crate::models::{
    Answer, Case, ContactChannel, DemandOutcome, IncidentType, Jurisdiction, Language, LetterKind, LossOfService,
    Submission, Terms,
};
use crate::rules;

/// What a lawyer looks for first in a letter under each jurisdiction, by letter language: the act and the
/// article the claim rests on.
fn citation(jurisdiction: Jurisdiction, lang: Language) -> &'static [&'static str] {
    match (jurisdiction, lang) {
        (Jurisdiction::Ru, Language::En) => &["Article 55 of the Federal Law “On Communications”"],
        (Jurisdiction::Ru, Language::Ru) => &["ст. 55", "«О связи»"],
        (Jurisdiction::Ru, Language::Bg) => &["чл. 55", "„За съобщенията“"],
        (Jurisdiction::Bg, Language::En) => {
            &["Article 127 of the Consumer Protection Act", "Electronic Communications Act"]
        }
        (Jurisdiction::Bg, Language::Ru) => {
            &["статьёй 127 Закона о защите потребителей", "Закон об электронных сообщениях"]
        }
        (Jurisdiction::Bg, Language::Bg) => {
            &["чл. 127", "Закона за защита на потребителите", "Закона за електронните съобщения"]
        }
        (Jurisdiction::Ru, Language::Uk) => &["статті 55", "«Про зв’язок»"],
        (Jurisdiction::Bg, Language::Uk) => &["статті 127", "Закону Республіки Болгарія про захист споживачів"],
        (Jurisdiction::Gb, _) => &["Ofcom", "C4"],
        // Every claim to a Ukrainian company cites the Law on Citizens' Appeals; a stranger's debt is not a
        // consumer's dispute, so the Law on Electronic Communications is not cited for it.
        (Jurisdiction::Ua, Language::Uk) => &["Закону України «Про звернення громадян»", "393/96"],
        (Jurisdiction::Ua, Language::Ru) => &["Закон Украины от 02.10.1996 № 393/96-ВР «Об обращениях граждан»"],
        (Jurisdiction::Ua, Language::Bg) => &["„За обръщенията на гражданите“", "393/96"],
        (Jurisdiction::Ua, Language::En) => &["Law of Ukraine “On Citizens’ Appeals”", "393/96"],
        (Jurisdiction::Other, _) => &[],
    }
}

/// Words that belong to one jurisdiction's law: a letter under another must not carry them.
const FOREIGN: [(Jurisdiction, &[&str]); 4] = [
    (Jurisdiction::Ru, &["О связи", "On Communications", "За съобщенията", "Про зв’язок", "152-ФЗ", "152-FZ"]),
    (
        Jurisdiction::Bg,
        &[
            "Consumer Protection Act",
            "Закона о защите потребителей",
            "защита на потребителите",
            "Закона за електронните съобщения",
            "Electronic Communications Act",
            "Закон об электронных сообщениях",
            "Республіки Болгарія",
        ],
    ),
    (Jurisdiction::Gb, &["Ofcom", "Consumer Rights Act", "UK GDPR"]),
    (Jurisdiction::Ua, &["1089-IX", "1280-IV", "393/96", "2297-VI"]),
];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
}

fn claim(letters: &Letters, jurisdiction: Jurisdiction, lang: Language, incident: IncidentType) -> String {
    let mut case = Case::new(incident, jurisdiction, lang);
    case.company.legal_name = "Example Telecom".into();
    case.customer.full_name = "Anna Petrova".into();
    case.demands = vec!["Refund the charge.".into()];
    case.terms = Terms { long_distance_or_roaming: false, ..Terms::default() };
    let text = letters.preview(&case, LetterKind::Claim, lang, today()).unwrap_or_else(|e| panic!("{e}"));
    text.replace(['\u{a0}', '\n'], " ")
}

#[test]
fn every_claim_cites_the_law_of_its_own_jurisdiction_in_every_language() {
    let letters = Letters::new().expect("letters load");
    let mut checked = 0;
    let mut expected = 0;
    for jurisdiction in Jurisdiction::ALL {
        let languages = rules::letter_languages(jurisdiction).expect("packs");
        expected += languages.len() * IncidentType::ALL.len();
        for &lang in languages {
            for incident in IncidentType::ALL {
                let text = claim(&letters, jurisdiction, lang, incident);
                let label = format!("{jurisdiction:?} claim in {lang:?} about {incident:?}");
                for wanted in citation(jurisdiction, lang) {
                    assert!(text.contains(wanted), "{label} does not cite “{wanted}”:\n{text}");
                }
                for (other, words) in FOREIGN.iter().filter(|(j, _)| *j != jurisdiction) {
                    for word in *words {
                        assert!(!text.contains(word), "{label} cites {other:?} law (“{word}”):\n{text}");
                    }
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, expected);
}

#[test]
fn a_russian_roaming_claim_gives_the_company_sixty_days() {
    let letters = Letters::new().expect("letters load");
    for (lang, sixty) in
        [(Language::Ru, "60 дней"), (Language::Bg, "60 дни"), (Language::En, "60 days"), (Language::Uk, "60 днів")]
    {
        let mut case = Case::new(IncidentType::BillingDispute, Jurisdiction::Ru, lang);
        case.terms.long_distance_or_roaming = true;
        let text = letters.preview(&case, LetterKind::Claim, lang, today()).expect("preview").replace('\u{a0}', " ");
        assert!(text.contains(sixty), "{lang:?}: no “{sixty}” in\n{text}");
        assert!(!text.contains(&sixty.replace("60", "30")), "{lang:?}: still 30 days in\n{text}");
    }
}

#[test]
fn a_uk_outage_claim_states_the_automatic_compensation_owed() {
    let letters = Letters::new().expect("letters load");
    let mut case = Case::new(IncidentType::ServiceOutage, Jurisdiction::Gb, Language::En);
    case.loss_of_service = Some(LossOfService {
        reported: "2026-11-02".into(),
        restored: "2026-11-09".into(),
        provider_in_scheme: true,
        ..LossOfService::default()
    });
    for &lang in rules::letter_languages(Jurisdiction::Gb).expect("packs") {
        let text = letters.preview(&case, LetterKind::Claim, lang, today()).expect("preview").replace('\u{a0}', " ");
        assert!(text.contains("automatic compensation scheme"), "{lang:?}: {text}");
        // Reported on Monday 2 November: repair due by Wednesday the 4th; the 4th to the 8th are paid for.
        assert!(text.contains("02.11.2026") && text.contains("04.11.2026"), "{lang:?}: {text}");
        assert!(["5 days", "5 дней", "5 дни", "5 днів"].iter().any(|days| text.contains(days)), "{lang:?}: {text}");
    }
}

#[test]
fn no_letter_template_decides_the_law_itself() {
    for lang in Language::ALL {
        let path = format!("letters/{}.tera", lang.id());
        let text = crate::bundled::file(&path).expect("the language's letters");
        assert!(!text.contains("jurisdiction"), "{path} branches on the jurisdiction");
    }
}

#[test]
fn a_no_answer_letter_objects_to_an_answer_given_by_phone_in_every_jurisdiction() {
    let letters = Letters::new().expect("letters load");
    let objections = [
        (Language::Ru, "ответ дан устно"),
        (Language::Bg, "отговорът е даден устно"),
        (Language::En, "the response was given orally"),
        (Language::Uk, "відповідь надано усно"),
    ];
    for jurisdiction in Jurisdiction::ALL {
        let mut case = Case::new(IncidentType::BillingDispute, jurisdiction, Language::En);
        case.sent = Some(Submission { date: "2026-10-01".into(), ..Submission::default() });
        for (channel, objects) in [(ContactChannel::Phone, true), (ContactChannel::Email, false)] {
            case.answer = Some(Answer { date: "2026-10-20".into(), channel, ..Answer::default() });
            for (lang, objection) in objections {
                let text = letters.preview(&case, LetterKind::NoAnswer, lang, today()).expect("preview");
                assert_eq!(text.contains(objection), objects, "{jurisdiction:?} {lang:?} {channel:?}: {text}");
            }
        }
    }
}

#[test]
fn an_estimated_delay_in_russian_counts_its_days_in_the_genitive() {
    let letters = Letters::new().expect("letters load");
    let mut checked = 0;
    for day in 1..=12 {
        let mut case = Case::new(IncidentType::BillingDispute, Jurisdiction::Ru, Language::Ru);
        // No registration date entered: the term runs from the last day the claim could be registered.
        case.sent = Some(Submission { date: format!("2026-09-{day:02}"), ..Submission::default() });
        for kind in [LetterKind::Reminder, LetterKind::Regulator] {
            let text = letters.preview(&case, kind, Language::Ru, today()).expect("preview").replace('\u{a0}', " ");
            let Some(at) = text.find("не менее ") else { continue };
            let mut words = text[at + "не менее ".len()..].split_whitespace();
            let (Some(count), Some(noun)) = (words.next(), words.next()) else { continue };
            let Ok(count) = count.parse::<u32>() else { continue };
            let noun = noun.trim_end_matches(['.', ',', ';']);
            let genitive = if count % 10 == 1 && count % 100 != 11 { "дня" } else { "дней" };
            assert_eq!(noun, genitive, "не менее {count} {noun}: {text}");
            checked += 1;
        }
    }
    assert!(checked >= 12, "only {checked} estimated delays were stated");
}

#[test]
fn a_complaint_to_the_regulator_after_a_partly_granted_claim_says_it_was_resolved_in_part() {
    let letters = Letters::new().expect("letters load");
    let in_part = [
        (Language::Ru, "лишь частично"),
        (Language::Bg, "само отчасти"),
        (Language::En, "only in part"),
        (Language::Uk, "лише частково"),
    ];
    for jurisdiction in [Jurisdiction::Ru, Jurisdiction::Bg, Jurisdiction::Ua] {
        let mut case = Case::new(IncidentType::BillingDispute, jurisdiction, Language::En);
        case.demands = vec!["Refund the charge.".into(), "Explain the charge.".into()];
        case.sent = Some(Submission { date: "2026-09-01".into(), ..Submission::default() });
        for (outcomes, partly) in [
            (vec![DemandOutcome::Satisfied, DemandOutcome::NotAddressed], true),
            (vec![DemandOutcome::NotAddressed, DemandOutcome::NotAddressed], false),
            (vec![DemandOutcome::RefusedWithoutReasons, DemandOutcome::NotAddressed], false),
        ] {
            case.answer = Some(Answer { date: "2026-09-20".into(), outcomes, ..Answer::default() });
            for (lang, words) in in_part {
                let text = letters.preview(&case, LetterKind::Regulator, lang, today()).expect("preview");
                let text = text.replace(['\u{a0}', '\n'], " ");
                assert_eq!(text.contains(words), partly, "{jurisdiction:?} {lang:?} partly {partly}: {text}");
                let on_the_merits = [
                    "не рассмотрена компанией по существу",
                    "не разгледа по същество",
                    "has not dealt with my",
                    "по суті не",
                ];
                let denied = on_the_merits.iter().any(|words| text.contains(words));
                assert_eq!(denied, !partly, "{jurisdiction:?} {lang:?}: says the claim was not dealt with: {text}");
            }
        }
    }
}

#[test]
fn a_stranger_s_debt_in_ukraine_goes_to_the_ombudsman_not_to_the_consumer_regulator() {
    let letters = Letters::new().expect("letters load");
    let ombudsman = [
        (Language::Uk, "Уповноваженому Верховної Ради України з прав людини"),
        (Language::Ru, "Уполномоченному Верховной Рады Украины по правам человека"),
        (Language::En, "Ukrainian Parliament Commissioner for Human Rights"),
        (Language::Bg, "Упълномощения по правата на човека на Върховната рада на Украйна"),
    ];
    let mut case = Case::new(IncidentType::WrongPersonDebt, Jurisdiction::Ua, Language::Uk);
    case.sent = Some(Submission { date: "2026-09-01".into(), ..Submission::default() });
    for (lang, addressee) in ombudsman {
        for kind in [LetterKind::Claim, LetterKind::Reminder, LetterKind::Regulator] {
            let text = letters.preview(&case, kind, lang, today()).expect("preview").replace(['\u{a0}', '\n'], " ");
            assert!(!text.contains("123"), "{lang:?} {kind:?} offers a consumer's dispute settlement: {text}");
            assert!(!text.contains("22 Закону України «Про захист прав споживачів»"), "{lang:?} {kind:?}: {text}");
            if kind == LetterKind::Regulator {
                assert!(text.contains(addressee), "{lang:?}: not addressed to the Ombudsman: {text}");
            }
        }
        // A customer's own claim rests on the Law on Electronic Communications.
        let customer = Case::new(IncidentType::BillingDispute, Jurisdiction::Ua, lang);
        let text = letters.preview(&customer, LetterKind::Claim, lang, today()).expect("preview");
        assert!(text.replace('\u{a0}', " ").contains("1089-IX"), "{lang:?}: {text}");
    }
}
