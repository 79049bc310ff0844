//! Dated scenarios for the deadline engine, and checks that the shipped data is complete.

use chrono::{Datelike, NaiveDate};

use super::*;
use crate::models::{Case, IncidentType, Submission};

use DueKind::{ClaimAnswer as Claim, DataRequestAnswer as Data, RegulatorAnswer as Regulator};
use Jurisdiction::{Bg, Gb, Other, Ru, Ua};

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("test date {text}: {e}"))
}

/// Facts that choose the term, without the unknown fields a file may carry (rows cannot hold a map).
#[derive(Clone, Copy)]
struct Facts {
    reply_days: Option<u32>,
    long_distance_or_roaming: bool,
}

impl From<Facts> for Terms {
    fn from(f: Facts) -> Terms {
        Terms { reply_days: f.reply_days, long_distance_or_roaming: f.long_distance_or_roaming, ..Terms::default() }
    }
}

/// No special facts: general rules, default terms.
const PLAIN: Facts = Facts { reply_days: None, long_distance_or_roaming: false };
/// A claim about long-distance or international calls or roaming.
const LONG_DISTANCE: Facts = Facts { reply_days: None, long_distance_or_roaming: true };

const fn user(days: u32) -> Facts {
    Facts { reply_days: Some(days), long_distance_or_roaming: false }
}

/// (jurisdiction, terms, kind, received, expected due date, expected rule, why the row is there)
type Row = (Jurisdiction, Facts, DueKind, &'static str, &'static str, &'static str, &'static str);

const TABLE: &[Row] = &[
    // Russia, art. 55 «О связи»: registration on the next working day, then 30 calendar days, art. 193 moves.
    (Ru, PLAIN, Claim, "2026-02-02", "2026-03-05", "ru.claim_answer", "plain: registered Tue 3 Feb"),
    (Ru, PLAIN, Claim, "2025-12-03", "2026-01-12", "ru.claim_answer", "ends Sat 3 Jan (holiday) → after 9 Jan"),
    (Ru, PLAIN, Claim, "2025-12-05", "2026-01-12", "ru.claim_answer", "ends 7 Jan (holiday) → after 9 Jan"),
    (Ru, PLAIN, Claim, "2026-04-08", "2026-05-12", "ru.claim_answer", "ends Sat 9 May, Mon 11 May is off"),
    (Ru, PLAIN, Claim, "2026-09-09", "2026-10-12", "ru.claim_answer", "ends Sat 10 Oct → Monday"),
    (Ru, PLAIN, Claim, "2026-06-11", "2026-07-15", "ru.claim_answer", "registration skips 12 Jun and weekend"),
    (Ru, PLAIN, Claim, "2025-10-31", "2025-12-01", "ru.claim_answer", "registered on working Sat 1 Nov 2025"),
    (Ru, PLAIN, Claim, "2025-01-23", "2025-02-24", "ru.claim_answer", "ends Sun 23 Feb; 24 Feb 2025 was working"),
    (Ru, user(10), Claim, "2026-02-02", "2026-03-05", "ru.claim_answer", "a user term does not shorten the law"),
    // Russia: 60 days for long-distance, international and roaming claims.
    (Ru, LONG_DISTANCE, Claim, "2026-03-02", "2026-05-04", "ru.claim_answer_long_distance", "ends Sat 2 May"),
    (Ru, LONG_DISTANCE, Claim, "2026-06-10", "2026-08-10", "ru.claim_answer_long_distance", "plain 60 days"),
    (Ru, LONG_DISTANCE, Claim, "2025-11-07", "2026-01-12", "ru.claim_answer_long_distance", "ends Fri 9 Jan (off)"),
    // Russia before the 2016 amendment: 60 days from receipt (year not in the calendar: weekends and holidays).
    (Ru, PLAIN, Claim, "2016-03-14", "2016-05-13", "ru.claim_answer_2003", "the rule in force in March 2016"),
    // Russia, 152-ФЗ: 10 working days.
    (Ru, PLAIN, Data, "2026-04-30", "2026-05-18", "ru.pd_request_answer", "across both May breaks of 2026"),
    (Ru, PLAIN, Data, "2025-04-28", "2025-05-16", "ru.pd_request_answer", "across May 2025 with 2 and 8 May off"),
    (Ru, PLAIN, Data, "2025-12-26", "2026-01-21", "ru.pd_request_answer", "across 31 Dec to 11 Jan"),
    (Ru, PLAIN, Data, "2026-06-05", "2026-06-22", "ru.pd_request_answer", "across Russia Day"),
    // Russia, 59-ФЗ: registration within 3 days, answer within 30 days of it.
    (Ru, PLAIN, Regulator, "2026-02-03", "2026-03-10", "ru.rkn_answer", "ends Sun 8 Mar, Mon 9 Mar is off"),
    (Ru, PLAIN, Regulator, "2026-04-28", "2026-06-03", "ru.rkn_answer", "registration day 1 May moves to 4 May"),
    // Bulgaria: the operator's term from its general conditions, moved off non-working days.
    (Bg, user(14), Claim, "2026-03-02", "2026-03-16", "bg.operator_answer", "user term of 14 days"),
    (Bg, user(14), Claim, "2026-02-17", "2026-03-04", "bg.operator_answer", "ends on 3 March, a holiday"),
    (Bg, PLAIN, Claim, "2026-04-24", "2026-05-26", "bg.operator_answer", "default 30: Sun 24 May, Mon 25 off"),
    (Bg, PLAIN, Claim, "2026-03-11", "2026-04-14", "bg.operator_answer", "default 30: ends Good Friday"),
    (Bg, PLAIN, Claim, "2025-12-02", "2026-01-05", "bg.operator_answer", "ends 1 Jan; 2 Jan 2026 is off"),
    (Bg, PLAIN, Data, "2026-08-06", "2026-09-08", "bg.gdpr_access", "one month: Sun 6 Sep, Mon 7 off"),
    // Bulgaria, regulators: КРС's two months (the longer term wins while the body is not chosen).
    (Bg, PLAIN, Regulator, "2026-12-31", "2027-03-01", "bg.crc_answer", "month end: Sun 28 Feb 2027 → Monday"),
    (Bg, PLAIN, Regulator, "2025-12-31", "2026-03-02", "bg.crc_answer", "month end: Sat 28 Feb 2026 → Monday"),
    (Bg, PLAIN, Regulator, "2026-07-31", "2026-09-30", "bg.crc_answer", "no 31 September: last day"),
    // United Kingdom: ADR after 8 weeks, or 6 for complaints made from 8 April 2026; weeks never move.
    (Gb, PLAIN, Claim, "2026-04-07", "2026-06-02", "gb.adr_8_weeks", "made the day before the change"),
    (Gb, PLAIN, Claim, "2026-04-08", "2026-05-20", "gb.adr_6_weeks", "made on the day of the change"),
    (Gb, PLAIN, Claim, "2025-12-24", "2026-02-18", "gb.adr_8_weeks", "made in 2025"),
    (Gb, PLAIN, Claim, "2026-12-19", "2027-01-30", "gb.adr_6_weeks", "ends on a Saturday and stays"),
    (Gb, LONG_DISTANCE, Claim, "2026-05-02", "2026-06-13", "gb.adr_6_weeks", "roaming changes nothing in the UK"),
    // United Kingdom: subject access, one month, moved off weekends and bank holidays (ICO).
    (Gb, PLAIN, Data, "2026-03-10", "2026-04-10", "gb.subject_access", "same date next month"),
    (Gb, PLAIN, Data, "2026-01-31", "2026-03-02", "gb.subject_access", "Sat 28 Feb → Monday"),
    (Gb, PLAIN, Data, "2026-11-25", "2026-12-29", "gb.subject_access", "Christmas and Boxing Day substitute"),
    (Gb, PLAIN, Data, "2026-03-06", "2026-04-07", "gb.subject_access", "Easter Monday"),
    // Ukraine: one month from receipt (the Law on citizens' appeals, art. 20), moved off days off (Civil Code
    // art. 254 ч. 5); before 2022 under the Law on Telecommunications, today the Law on Electronic Communications.
    (Ua, PLAIN, Claim, "2011-10-14", "2011-11-14", "ua.claim_answer_2004", "the top-up story"),
    (Ua, PLAIN, Claim, "2011-05-27", "2011-06-29", "ua.claim_answer_2004", "27 Jun moved off, 28 Jun a holiday"),
    (Ua, PLAIN, Claim, "2011-12-02", "2012-01-03", "ua.claim_answer_2004", "Mon 2 Jan off for New Year's Day"),
    (Ua, PLAIN, Claim, "2022-02-08", "2022-03-09", "ua.claim_answer", "8 March, before martial law"),
    (Ua, PLAIN, Claim, "2025-11-25", "2025-12-25", "ua.claim_answer", "Christmas worked under martial law"),
    (Ua, PLAIN, Claim, "2026-01-31", "2026-03-02", "ua.claim_answer", "no 31 February: Sat 28 Feb → Monday"),
    (Ua, PLAIN, Data, "2026-03-02", "2026-04-01", "ua.pd_request_answer", "30 calendar days"),
    (Ua, PLAIN, Regulator, "2026-02-03", "2026-04-03", "ua.nkek_answer", "НКЕК's two months win"),
    // Elsewhere: the user's own term in plain calendar days.
    (Other, user(45), Claim, "2026-03-10", "2026-04-24", "other.user_term", "user term of 45 days"),
    (Other, PLAIN, Claim, "2026-05-01", "2026-05-31", "other.user_term", "default 30, a Sunday, no moving"),
    (Other, user(14), Claim, "2011-10-14", "2011-10-28", "other.user_term", "an old case"),
];

#[test]
fn dated_scenarios_give_the_expected_day_and_rule() {
    let mut failures = Vec::new();
    for &(jurisdiction, ref terms, kind, received, expected, rule, why) in TABLE {
        let got = due_from(jurisdiction, &Terms::from(*terms), kind, date(received), Language::En);
        match got {
            Ok(due) if due.date == date(expected) && due.rule_id == rule => {}
            Ok(due) => failures.push(format!(
                "{jurisdiction:?} {kind:?} received {received} ({why}): expected {expected} by {rule}, got {} by {}",
                due.date, due.rule_id
            )),
            Err(e) => failures.push(format!("{jurisdiction:?} {kind:?} received {received} ({why}): {e}")),
        }
    }
    assert!(TABLE.len() >= 30);
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), TABLE.len(), failures.join("\n"));
}

#[test]
fn the_registration_day_and_the_extension_are_reported() {
    let claim = due_from(Ru, &PLAIN.into(), Claim, date("2026-06-11"), Language::Ru).expect("claim");
    assert_eq!(claim.counted_from, date("2026-06-15"));
    assert_eq!(claim.extended_date, None);

    let data = due_from(Ru, &PLAIN.into(), Data, date("2026-04-30"), Language::Ru).expect("data request");
    assert_eq!(data.counted_from, date("2026-04-30"));
    assert_eq!(data.extended_date, Some(date("2026-05-25")), "five more working days after 18 May");

    let regulator = due_from(Ru, &PLAIN.into(), Regulator, date("2026-02-03"), Language::Ru).expect("regulator");
    assert_eq!(regulator.counted_from, date("2026-02-06"));
    assert_eq!(regulator.extended_date, Some(date("2026-04-09")));

    let access = due_from(Gb, &PLAIN.into(), Data, date("2026-03-10"), Language::En).expect("subject access");
    assert_eq!(access.extended_date, Some(date("2026-06-10")));

    // Ukraine: one month, extended to 45 days in all from receipt, never month end plus 15 days.
    let claim = due_from(Ua, &PLAIN.into(), Claim, date("2026-10-01"), Language::Uk).expect("today's claim");
    assert_eq!(claim.date, date("2026-11-02"), "1 November is a Sunday");
    assert_eq!(claim.extended_date, Some(date("2026-11-16")), "the 45th day, Sun 15 November, moves to Monday");
    let old = due_from(Ua, &PLAIN.into(), Claim, date("2011-10-24"), Language::Uk).expect("the 2011 claim");
    assert_eq!(old.extended_date, Some(date("2011-12-08")));
}

#[test]
fn a_named_body_gets_its_own_term() {
    let kzp = due_for_rule("bg.kzp_answer", &PLAIN.into(), date("2026-04-24"), Language::Bg).expect("КЗП");
    assert_eq!(kzp.date, date("2026-05-26"), "30 days end on Sun 24 May; Mon 25 May is off");
    assert!(kzp.verify, "the КЗП term is from a secondary source");
    let rpn = due_for_rule("ru.rpn_answer", &PLAIN.into(), date("2026-02-03"), Language::Ru).expect("Роспотребнадзор");
    assert_eq!(rpn.date, date("2026-03-10"));
    assert!(rpn.basis.starts_with("Роспотребнадзор"));
}

#[test]
fn the_claim_window_runs_six_months_from_the_bill() {
    let window = deadline(Ru, &PLAIN.into(), RuleKind::ClaimWindow, date("2025-08-31"), Language::Ru).expect("window");
    assert_eq!(window.rule_id, "ru.claim_window");
    assert_eq!(window.date, date("2026-03-02"), "no 31 February; Sat 28 Feb moves to Monday");
}

#[test]
fn unconfirmed_facts_and_calendar_years_are_flagged() {
    assert!(!due_from(Ru, &PLAIN.into(), Claim, date("2026-02-02"), Language::Ru).expect("ru").verify);
    assert!(due_from(Bg, &PLAIN.into(), Claim, date("2026-03-02"), Language::Bg).expect("default term").verify);
    assert!(!due_from(Bg, &user(14).into(), Claim, date("2026-03-02"), Language::Bg).expect("user term").verify);
    // Ends on 2 January 2027: the 2027 transfers are not confirmed yet.
    assert!(due_from(Ru, &PLAIN.into(), Claim, date("2026-12-02"), Language::Ru).expect("2027").verify);
    // Years missing from the calendar are counted on the fallback and flagged.
    assert!(due_from(Ru, &PLAIN.into(), Claim, date("2016-03-14"), Language::Ru).expect("2016").verify);
}

#[test]
fn missing_rules_and_dates_before_a_rule_are_errors_not_guesses() {
    let err = due_from(Gb, &PLAIN.into(), Regulator, date("2026-05-01"), Language::En).expect_err("Ofcom takes none");
    assert_eq!(err.code(), ErrorCode::NoRule);
    let err = due_from(Ru, &PLAIN.into(), Data, date("2022-08-31"), Language::Ru).expect_err("before the 2022 wording");
    assert_eq!(
        err,
        RulesError::NoRule { jurisdiction: Ru, kind: RuleKind::DataRequestAnswer, date: date("2022-08-31") }
    );
    assert_eq!(
        due_from(Other, &PLAIN.into(), Data, date("2026-05-01"), Language::En).map_err(|e| e.code()),
        Err(ErrorCode::NoRule)
    );
    let err =
        due_for_rule("ru.pd_request_answer", &PLAIN.into(), date("2022-08-31"), Language::Ru).expect_err("too early");
    assert_eq!(err.code(), ErrorCode::NotInForce);
    let err = due_for_rule("ru.nothing", &PLAIN.into(), date("2026-01-01"), Language::Ru).expect_err("no such rule");
    assert_eq!(err.code(), ErrorCode::UnknownRule);
}

#[test]
fn a_case_has_a_due_date_only_once_its_receipt_date_is_known() {
    let mut case = Case::new(IncidentType::BillingDispute, Ru, Language::Ru);
    assert_eq!(due(&case, Claim, Language::Ru), Ok(None));
    case.sent = Some(Submission { date: "14.03.2026".into(), ..Submission::default() });
    assert_eq!(due(&case, Claim, Language::Ru), Ok(None));
    case.sent = Some(Submission { date: String::new(), ..Submission::default() });
    assert_eq!(due(&case, Claim, Language::Ru), Ok(None));
    case.sent = Some(Submission { date: " 2026-02-02 ".into(), ..Submission::default() });
    let due = due(&case, Claim, Language::Ru).expect("computed").expect("sent");
    assert_eq!((due.date, due.rule_id.as_str()), (date("2026-03-05"), "ru.claim_answer"));
    case.terms.long_distance_or_roaming = true;
    let due = super::due(&case, Claim, Language::Ru).expect("computed").expect("sent");
    assert_eq!((due.date, due.rule_id.as_str()), (date("2026-04-06"), "ru.claim_answer_long_distance"));
}

#[test]
fn the_basis_comes_in_the_requested_language() {
    let packs = rule_packs().expect("packs");
    let rule = packs.iter().find_map(|p| p.rule("ru.claim_answer")).expect("rule");
    for lang in [Language::Ru, Language::Bg, Language::En] {
        let due = due_from(Ru, &PLAIN.into(), Claim, date("2026-02-02"), lang).expect("due");
        assert_eq!(due.basis, rule.basis.get(lang));
        assert_eq!((due.source.as_str(), due.valid_from), (rule.source.as_str(), rule.valid_from));
    }
}

#[test]
fn overdue_only_after_the_last_day() {
    let due = due_from(Ru, &PLAIN.into(), Claim, date("2026-02-02"), Language::Ru).expect("due");
    assert!(!is_overdue(&due, date("2026-03-04")));
    assert!(!is_overdue(&due, due.date), "handed in on the last day is on time");
    assert!(is_overdue(&due, date("2026-03-06")));
}

#[test]
fn every_pack_parses_and_every_rule_explains_itself() {
    let packs = rule_packs().expect("the shipped rule packs load");
    assert_eq!(packs.len(), Jurisdiction::COUNT);
    for pack in packs {
        let prefix = format!("{}.", serde_json::to_value(pack.jurisdiction).expect("id").as_str().expect("string"));
        assert!(!pack.rules.is_empty(), "{:?} has no rules", pack.jurisdiction);
        for rule in &pack.rules {
            assert!(rule.id.starts_with(&prefix), "{} should start with {prefix}", rule.id);
            assert!(!rule.source.trim().is_empty(), "{} has no source", rule.id);
            for lang in [Language::Ru, Language::Bg, Language::En] {
                assert!(!rule.basis.get(lang).trim().is_empty(), "{} has no {lang:?} basis", rule.id);
            }
        }
        // Whatever the jurisdiction, a claim sent today has an answer date.
        assert!(due_from(pack.jurisdiction, &PLAIN.into(), Claim, date("2026-11-22"), Language::En).is_ok());
    }
}

#[test]
fn rule_kinds_in_the_data_match_their_ids() {
    for rule in rule_packs().expect("packs").iter().flat_map(|p| &p.rules) {
        let id = serde_json::to_value(rule.kind).expect("kind");
        assert_eq!(id.as_str(), Some(rule.kind.id()));
    }
}

#[test]
fn broken_packs_are_refused() {
    let calendars = calendars().expect("calendars");
    let text =
        |jurisdiction: Jurisdiction| bundled::file(&format!("rules/{}.toml", jurisdiction.id())).expect("a pack");
    let load = |text: &str| -> RulePack {
        let mut pack: RulePack = toml::from_str(text).expect("parses");
        pack.letter_languages = letter_languages(pack.jurisdiction).expect("packs").to_vec();
        pack
    };
    let mut packs: Vec<(String, RulePack)> =
        Jurisdiction::ALL.into_iter().map(|j| (format!("{}.toml", j.id()), load(text(j)))).collect();
    assert_eq!(pack::check(&packs, calendars), Ok(()));

    packs[0].1.letter_languages.retain(|lang| *lang != Language::Ru);
    assert!(pack::check(&packs, calendars).unwrap_err().1.contains("official language"), "Russian law not in Russian");
    packs[0].1 = load(text(Ru));

    packs[0].1.rules[1].after = Some("ru.nothing".into());
    assert!(pack::check(&packs, calendars).unwrap_err().1.contains("not in this pack"));
    packs[0].1 = load(text(Ru));
    packs[0].1.rules[1].basis = Basis::every(" ");
    assert!(pack::check(&packs, calendars).is_err());
    packs[0].1 = load(text(Ru));
    packs[0].1.letter_languages = vec![Language::Ru];
    packs[0].1.rules[1].basis = toml::from_str("ru = \"ст. 55\"\nen = \"art. 55\"").expect("a basis");
    assert_eq!(pack::check(&packs, calendars), Ok(()), "law in Russian only needs rule texts in Russian (and English)");
    packs[0].1.letter_languages = vec![Language::Ru, Language::Uk];
    assert!(pack::check(&packs, calendars).unwrap_err().1.contains("each letter language"), "law in Ukrainian too");
    packs[0].1 = load(text(Ru));
    packs[0].1.rules[0].valid_from = date("2017-01-01");
    assert!(pack::check(&packs, calendars).unwrap_err().1.contains("not in force whenever"));
    packs.pop();
    assert!(pack::check(&packs, calendars).is_err(), "a jurisdiction without a pack");
    assert!(toml::from_str::<RulePack>(&format!("{}\nsurprise = 1\n", text(Other))).is_err(), "unknown keys");
}

#[test]
fn calendars_cover_2025_to_2027_with_sources() {
    let calendars = calendars().expect("the shipped calendars load");
    for id in ["ru", "bg", "gb"] {
        let calendar = calendars.iter().find(|c| c.id == id).unwrap_or_else(|| panic!("no {id:?} calendar"));
        for year in 2025..=2027 {
            let entry = calendar.years.iter().find(|y| y.year == year);
            let entry = entry.unwrap_or_else(|| panic!("{id:?} lacks {year}"));
            assert!(!entry.source.trim().is_empty() && !entry.holidays.is_empty(), "{id:?} {year}");
        }
    }
    // Under martial law Ukraine's holidays are working days: the years list none, on the law's authority.
    let ua = calendars.iter().find(|c| c.id == "ua").expect("ua");
    for year in 2025..=2027 {
        let entry = ua.years.iter().find(|y| y.year == year).unwrap_or_else(|| panic!("ua lacks {year}"));
        assert!(entry.holidays.is_empty() && entry.source.contains("2136-IX"), "ua {year}");
    }
    let ru = calendars.iter().find(|c| c.id == "ru").expect("ru");
    assert!(ru.is_confirmed(2025) && ru.is_confirmed(2026));
    assert!(!ru.is_confirmed(2027), "the 2027 transfers are not confirmed yet");
}

fn working_days_in(calendar: &WorkCalendar, year: i32) -> usize {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January");
    first.iter_days().take_while(|d| d.year() == year).filter(|d| calendar.is_working(*d)).count()
}

#[test]
fn the_russian_calendar_matches_the_published_one() {
    let calendars = calendars().expect("calendars");
    let ru = calendars.iter().find(|c| c.id == "ru").expect("ru");
    // Both years have 247 working days in the official production calendar.
    assert_eq!(working_days_in(ru, 2025), 247);
    assert_eq!(working_days_in(ru, 2026), 247);
    for off in
        (1..=11).map(|d| format!("2026-01-{d:02}")).chain(["2026-03-09", "2026-05-09", "2026-05-11"].map(String::from))
    {
        assert!(!ru.is_working(date(&off)), "{off} is a day off");
    }
    for on in ["2026-01-12", "2026-05-08", "2025-11-01", "2025-02-24", "2025-03-10"] {
        assert!(ru.is_working(date(on)), "{on} is a working day");
    }
    for off in ["2025-05-02", "2025-05-08", "2025-06-13", "2025-11-03", "2025-12-31", "2026-12-31"] {
        assert!(!ru.is_working(date(off)), "{off} is a transferred day off");
    }
}

#[test]
fn the_bulgarian_calendar_matches_the_published_one() {
    let calendars = calendars().expect("calendars");
    let bg = calendars.iter().find(|c| c.id == "bg").expect("bg");
    assert_eq!(working_days_in(bg, 2026), 248);
    for off in ["2025-12-31", "2026-01-02", "2026-04-10", "2026-04-13", "2026-05-25", "2026-09-07", "2026-12-28"] {
        assert!(!bg.is_working(date(off)), "{off} is a day off");
    }
}

#[test]
fn errors_and_deadlines_serialize_for_the_interface() {
    let due = due_from(Ru, &PLAIN.into(), Claim, date("2026-02-02"), Language::En).expect("due");
    let json = serde_json::to_value(&due).expect("due serializes");
    assert_eq!(json["date"], "2026-03-05");
    assert_eq!(json["counted_from"], "2026-02-03");
    assert_eq!(json["valid_to"], serde_json::Value::Null);
    let err = RulesError::NoRule { jurisdiction: Gb, kind: RuleKind::RegulatorAnswer, date: date("2026-05-01") };
    let json = serde_json::to_value(&err).expect("error serializes");
    assert_eq!(json["code"], serde_json::to_value(err.code()).expect("code serializes"));
    assert_eq!(json["date"], "2026-05-01");
    assert_eq!(json["kind"], "regulator_answer");
}

#[test]
fn a_term_the_customer_sets_is_written_with_the_noun_its_number_needs() {
    let terms = |days| Terms { reply_days: Some(days), ..Terms::default() };
    let received = NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    for (days, ru, bg, en) in [
        (1, "1\u{a0}день", "1\u{a0}ден", "1\u{a0}day"),
        (3, "3\u{a0}дня", "3\u{a0}дни", "3\u{a0}days"),
        (11, "11\u{a0}дней", "11\u{a0}дни", "11\u{a0}days"),
        (21, "21\u{a0}день", "21\u{a0}дни", "21\u{a0}days"),
        (30, "30\u{a0}дней", "30\u{a0}дни", "30\u{a0}days"),
    ] {
        for (lang, wanted) in [(Language::Ru, ru), (Language::Bg, bg), (Language::En, en)] {
            let due = due_from(Bg, &terms(days), Claim, received, lang).expect("due");
            assert!(due.letter.starts_with(wanted), "{days} in {lang:?}: {}", due.letter);
        }
    }
}

#[test]
fn a_term_the_customer_entered_is_shown_as_entered_and_asks_nothing_more() {
    let received = NaiveDate::from_ymd_opt(2026, 11, 2).expect("date");
    let entered = Terms { reply_days: Some(14), ..Terms::default() };
    for (lang, term, check) in [
        (Language::Bg, "14\u{a0}дни", "проверете"),
        (Language::Ru, "14\u{a0}дней", "проверьте"),
        (Language::En, "14\u{a0}days", "check it"),
    ] {
        let by_default = due_from(Bg, &PLAIN.into(), Claim, received, lang).expect("default term");
        assert!(by_default.basis.contains(check), "{lang:?}: the default asks to be checked: {}", by_default.basis);
        let set = due_from(Bg, &entered, Claim, received, lang).expect("entered term");
        assert!(set.basis.contains(term) && !set.basis.contains(check), "{lang:?}: {}", set.basis);
        assert!(!set.verify);
    }
}
