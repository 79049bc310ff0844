//! Where a case stands today: its deadline with the legal basis, whether it is late, and its timeline.
//!
//! Nothing here is stored: "overdue" and "days left" follow from the clock every time they are asked for.

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::parse_date;
use crate::models::{Case, CaseStatus, Language, Submission};
use crate::rules::{self, Due, DueKind, RuleKind, RulesError};

/// A case's standing on one day, for the case view and `complaint status`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct StatusReport {
    /// The stored stage of the case.
    pub status: CaseStatus,
    /// Every term running in the case, the nearest first.
    pub deadlines: Vec<Deadline>,
    /// An answer the case waits for is late (the claim's, a data request's or a regulator's).
    pub overdue: bool,
    /// What happened, oldest first.
    pub timeline: Vec<TimelineEntry>,
}

/// One dated line of the case's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TimelineEntry {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What kind of step it was, for its icon and wording.
    pub kind: TimelineKind,
    /// The step's own words: the event's text, the letter's file, the registration number.
    pub text: String,
    /// For a deadline, what it is for, which names it.
    pub deadline: Option<DeadlineKind>,
    /// An answer due on this day has not come: the step is shown as late.
    pub late: bool,
}

/// The kinds of step a case goes through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum TimelineKind {
    /// Something that happened (from the events).
    Event,
    /// A call, chat or visit.
    Contact,
    /// A letter was produced.
    Letter,
    /// The claim reached the company.
    Sent,
    /// A personal-data request reached the company.
    DataRequest,
    /// A complaint reached the regulator.
    Regulator,
    /// A term ends (see [`TimelineEntry::deadline`]).
    Due,
    /// The company answered the claim.
    Answer,
    /// A data request or a regulator complaint was answered.
    Reply,
}

/// What a deadline is for, which decides how it reads: an answer is late after its day, the referral to the UK
/// ADR scheme opens on it, a window closes on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// The company's answer to the claim.
    ClaimAnswer,
    /// The day an unresolved complaint can go to the ADR scheme (UK): an opening, never a delay.
    AdrFrom,
    /// The last day the complaint can go to the ADR scheme after the company's final answer (UK).
    AdrUntil,
    /// The answer to a personal-data request.
    DataRequestAnswer,
    /// The regulator's answer to a complaint.
    RegulatorAnswer,
    /// The last day a claim about the oldest event can be made (Russia: six months).
    ClaimWindow,
}

impl DeadlineKind {
    /// The stable id, for files and the calendar's event ids.
    pub fn id(self) -> &'static str {
        match self {
            Self::ClaimAnswer => "claim-answer",
            Self::AdrFrom => "adr-from",
            Self::AdrUntil => "adr-until",
            Self::DataRequestAnswer => "data-request-answer",
            Self::RegulatorAnswer => "regulator-answer",
            Self::ClaimWindow => "claim-window",
        }
    }

    /// Whether the day is an answer's last day, so that passing it makes the answer late.
    pub fn is_answer(self) -> bool {
        matches!(self, Self::ClaimAnswer | Self::DataRequestAnswer | Self::RegulatorAnswer)
    }
}

/// One running term of a case with its working.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Deadline {
    /// What it is for.
    pub kind: DeadlineKind,
    /// The date, its rule and how it was counted.
    pub due: Due,
    /// Days from today to the date; negative once it has passed.
    #[cfg_attr(test, ts(type = "number"))]
    pub days_left: i64,
    /// The day is behind: the answer is late, the window has closed, the referral is open.
    pub passed: bool,
}

/// The deadline that matters to the follow-up letters: the answer to the claim, until an answer is recorded.
pub fn pending_due(case: &Case, lang: Language) -> Result<Option<Due>, RulesError> {
    if case.answer.is_some() || matches!(case.status, CaseStatus::Resolved) {
        return Ok(None);
    }
    rules::due(case, DueKind::ClaimAnswer, lang)
}

/// Every term running in the case on `today`, the nearest first, with texts in `lang`.
///
/// The claim's answer runs from its receipt until an answer is recorded; in the UK the referral to the ADR
/// scheme opens on its day unless a final answer (a deadlock or ADR letter) opened it earlier, and the ADR
/// window runs 12 months from that final answer; a data request's and a regulator's answer from
/// their delivery until their answer is entered; the claim window, while the claim is not sent, from the oldest
/// event. A resolved case has none. A term no rule covers (a regulator with no statutory term) is left out; a
/// claim whose answer cannot be dated is an error, because the customer waits for that date.
pub fn deadlines(case: &Case, today: NaiveDate, lang: Language) -> Result<Vec<Deadline>, RulesError> {
    if case.status == CaseStatus::Resolved {
        return Ok(Vec::new());
    }
    let mut found: Vec<(DeadlineKind, Due)> = Vec::new();
    let final_answer = case.answer.as_ref().filter(|a| a.final_response);
    // The claim's answer until one comes; a referral to the ADR scheme until a final answer opens it at once.
    let claim = match &case.answer {
        None => pending_due(case, lang)?,
        Some(_) if final_answer.is_none() => {
            rules::due(case, DueKind::ClaimAnswer, lang)?.filter(|d| d.rule_kind == RuleKind::AdrReferral)
        }
        Some(_) => None,
    };
    if let Some(due) = claim {
        let kind =
            if due.rule_kind == RuleKind::AdrReferral { DeadlineKind::AdrFrom } else { DeadlineKind::ClaimAnswer };
        found.push((kind, due));
    }
    let unanswered =
        |submission: &Option<Submission>| submission.as_ref().is_some_and(|s| s.answered_on.trim().is_empty());
    for (kind, due_kind, submission) in [
        (DeadlineKind::DataRequestAnswer, DueKind::DataRequestAnswer, &case.data_request),
        (DeadlineKind::RegulatorAnswer, DueKind::RegulatorAnswer, &case.regulator_complaint),
    ] {
        if unanswered(submission)
            && let Some(due) = uncovered_as_none(rules::due(case, due_kind, lang))?.flatten()
        {
            found.push((kind, due));
        }
    }
    if let Some(date) = final_answer.and_then(|a| parse_date(&a.date)) {
        let window = rules::deadline(case.jurisdiction, &case.terms, RuleKind::AdrWindow, date, lang);
        found.extend(uncovered_as_none(window)?.map(|due| (DeadlineKind::AdrUntil, due)));
    }
    if case.sent.is_none() {
        let windows = case
            .events
            .iter()
            .filter_map(|e| parse_date(&e.date))
            .min()
            .map(|oldest| rules::deadline(case.jurisdiction, &case.terms, RuleKind::ClaimWindow, oldest, lang));
        found.extend(windows.map(uncovered_as_none).transpose()?.flatten().map(|due| (DeadlineKind::ClaimWindow, due)));
    }
    let mut listed: Vec<Deadline> = found
        .into_iter()
        .map(|(kind, due)| Deadline {
            kind,
            days_left: (due.date - today).num_days(),
            passed: rules::is_overdue(&due, today),
            due,
        })
        .collect();
    listed.sort_by_key(|d| d.due.date);
    Ok(listed)
}

/// A term with no rule in force for it becomes `None`; other failures stay errors.
fn uncovered_as_none<T>(result: Result<T, RulesError>) -> Result<Option<T>, RulesError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(e) if e.is_uncovered() => Ok(None),
        Err(e) => Err(e),
    }
}

/// The case's standing on `today`, with texts in `lang`.
pub fn report(case: &Case, today: NaiveDate, lang: Language) -> Result<StatusReport, RulesError> {
    let deadlines = deadlines(case, today, lang)?;
    let overdue = deadlines.iter().any(|d| d.kind.is_answer() && d.passed);

    let mut timeline = Vec::new();
    let mut push = |date: &str, kind, text: &str| {
        if !date.trim().is_empty() {
            let (date, text) = (date.trim().to_owned(), text.trim().to_owned());
            timeline.push(TimelineEntry { date, kind, text, deadline: None, late: false });
        }
    };
    for event in &case.events {
        push(&event.date, TimelineKind::Event, &event.text);
    }
    for contact in &case.contacts {
        push(&contact.date, TimelineKind::Contact, &contact.summary);
    }
    for letter in &case.letters {
        push(&letter.date, TimelineKind::Letter, &letter.file);
    }
    for (kind, submission) in [
        (TimelineKind::Sent, &case.sent),
        (TimelineKind::DataRequest, &case.data_request),
        (TimelineKind::Regulator, &case.regulator_complaint),
    ] {
        if let Some(submission) = submission {
            push(&submission.date, kind, &submission.registration_number);
            push(&submission.answered_on, TimelineKind::Reply, "");
        }
    }
    if let Some(answer) = &case.answer {
        push(&answer.date, TimelineKind::Answer, &answer.summary);
    }
    for deadline in &deadlines {
        timeline.push(TimelineEntry {
            date: deadline.due.date.format("%Y-%m-%d").to_string(),
            kind: TimelineKind::Due,
            text: deadline.due.basis.clone(),
            deadline: Some(deadline.kind),
            late: deadline.kind.is_answer() && deadline.passed,
        });
    }
    // A stable sort keeps same-day steps in the order of the case's life.
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    Ok(StatusReport { status: case.status, deadlines, overdue, timeline })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Answer, DemandOutcome, Event, IncidentType, Jurisdiction, Submission};
    use crate::rules::DayOff;
    use crate::store::parse_case;

    const DEBT_NOTICE: &str =
        include_str!("../../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");

    fn day(text: &str) -> NaiveDate {
        parse_date(text).expect("test date")
    }

    fn delivered(date: &str, registered_on: &str) -> Option<Submission> {
        Some(Submission { date: date.into(), registered_on: registered_on.into(), ..Submission::default() })
    }

    fn sent_case(date: &str) -> Case {
        let mut case = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        case.jurisdiction = Jurisdiction::Ru;
        case.sent =
            Some(Submission { date: date.into(), registration_number: "ВХ-0412".into(), ..Submission::default() });
        case.status = CaseStatus::Sent;
        case
    }

    /// What a row of the table puts in the case.
    enum Given {
        /// The claim received, and registered on the day given (empty: unknown).
        Claim(&'static str, &'static str),
        /// A personal-data request delivered.
        DataRequest(&'static str),
        /// A regulator complaint delivered, and registered on the day given (empty: unknown).
        Regulator(&'static str, &'static str),
        /// The company's final answer refusing the demand, after a claim received on the first date.
        FinalAnswer(&'static str, &'static str),
        /// A draft whose oldest event is on this day.
        Event(&'static str),
    }

    struct Row {
        jurisdiction: Jurisdiction,
        reply_days: Option<u32>,
        roaming: bool,
        given: Given,
        kind: DeadlineKind,
        date: &'static str,
        estimated: bool,
    }

    const fn row(
        jurisdiction: Jurisdiction,
        given: Given,
        kind: DeadlineKind,
        date: &'static str,
        estimated: bool,
    ) -> Row {
        Row { jurisdiction, reply_days: None, roaming: false, given, kind, date, estimated }
    }

    fn case_for(row: &Row) -> Case {
        let mut case = Case::new(IncidentType::BillingDispute, row.jurisdiction, Language::En);
        case.terms.reply_days = row.reply_days;
        case.terms.long_distance_or_roaming = row.roaming;
        match row.given {
            Given::Claim(received, registered) => case.sent = delivered(received, registered),
            Given::DataRequest(received) => case.data_request = delivered(received, ""),
            Given::Regulator(received, registered) => case.regulator_complaint = delivered(received, registered),
            Given::FinalAnswer(received, answered) => {
                case.sent = delivered(received, "");
                case.demands = vec!["Refund".into()];
                case.answer = Some(Answer {
                    date: answered.into(),
                    outcomes: vec![DemandOutcome::RefusedWithReasons],
                    final_response: true,
                    ..Answer::default()
                });
            }
            Given::Event(date) => {
                case.events.push(Event { date: date.into(), text: "Bill".into(), ..Event::default() })
            }
        }
        case
    }

    use DeadlineKind::{AdrFrom, AdrUntil, ClaimAnswer, ClaimWindow, DataRequestAnswer, RegulatorAnswer};
    use Given::{Claim, DataRequest, Event as Oldest, FinalAnswer, Regulator};
    use Jurisdiction::{Bg, Gb, Ru};

    #[rustfmt::skip]
    const TABLE: &[Row] = &[
        // Received on Friday: registered by Monday 23rd unless the stamp says the same Friday.
        row(Ru, Claim("2026-11-20", ""), ClaimAnswer, "2026-12-23", true),
        row(Ru, Claim("2026-11-20", "2026-11-20"), ClaimAnswer, "2026-12-21", false),
        row(Ru, Claim("2026-11-27", ""), ClaimAnswer, "2026-12-30", true),
        row(Ru, Claim("2026-11-27", "2026-11-27"), ClaimAnswer, "2026-12-28", false),
        // Due on 1 January: the New Year holidays and the weekend after them move it to Monday 11th.
        row(Ru, Claim("2026-12-01", ""), ClaimAnswer, "2027-01-11", true),
        // A stamp later than the law allows does not lengthen the term.
        row(Ru, Claim("2026-12-01", "2026-12-04"), ClaimAnswer, "2027-01-11", false),
        row(Ru, Claim("2026-12-07", "2026-12-07"), ClaimAnswer, "2027-01-11", false),
        Row { roaming: true, ..row(Ru, Claim("2026-11-20", "2026-11-20"), ClaimAnswer, "2027-01-19", false) },
        // Before the 2016 amendment: 60 days from receipt, no registration to wait for.
        row(Ru, Claim("2016-03-14", ""), ClaimAnswer, "2016-05-13", false),
        // 10 working days across the New Year holidays; then across working Saturday 20 February 2027.
        row(Ru, DataRequest("2026-12-25"), DataRequestAnswer, "2027-01-19", false),
        row(Ru, DataRequest("2027-02-18"), DataRequestAnswer, "2027-03-05", false),
        // One month, moved off Christmas and the days off after it (Bulgaria), off a substitute day (UK).
        row(Bg, DataRequest("2026-11-24"), DataRequestAnswer, "2026-12-29", false),
        row(Gb, DataRequest("2027-11-28"), DataRequestAnswer, "2027-12-29", false),
        // Roskomnadzor: registered within three days (31 December is off), then 30 days.
        row(Ru, Regulator("2026-12-28", ""), RegulatorAnswer, "2027-02-10", true),
        row(Ru, Regulator("2026-12-28", "2026-12-29"), RegulatorAnswer, "2027-01-28", false),
        // Bulgaria: КРС's two months outlast КЗП's 30 days until the customer says which one.
        row(Bg, Regulator("2026-11-02", ""), RegulatorAnswer, "2027-01-04", false),
        // UK: 8 weeks for complaints before 8 April 2026, 6 weeks from then; 12 months after a final answer.
        row(Gb, Claim("2026-04-07", ""), AdrFrom, "2026-06-02", false),
        row(Gb, Claim("2026-04-08", ""), AdrFrom, "2026-05-20", false),
        row(Gb, FinalAnswer("2026-04-08", "2026-05-11"), AdrUntil, "2027-05-11", false),
        // Russia: a claim within six months of the service; a last day on a holiday moves.
        row(Ru, Oldest("2026-06-30"), ClaimWindow, "2026-12-30", false),
        row(Ru, Oldest("2026-07-03"), ClaimWindow, "2027-01-11", false),
        // Bulgaria: the operator's term, 30 days by default, or the one the customer entered.
        row(Bg, Claim("2026-12-02", ""), ClaimAnswer, "2027-01-04", false),
        Row { reply_days: Some(14), ..row(Bg, Claim("2026-12-02", ""), ClaimAnswer, "2026-12-16", false) },
    ];

    #[test]
    fn every_running_term_of_a_case_falls_on_its_day() {
        for row in TABLE {
            let case = case_for(row);
            let found = deadlines(&case, day("2026-12-02"), Language::En).expect("deadlines");
            let deadline = found
                .iter()
                .find(|d| d.kind == row.kind)
                .unwrap_or_else(|| panic!("{:?} has no {:?} deadline: {found:?}", row.jurisdiction, row.kind));
            assert_eq!(
                (deadline.due.date, deadline.due.estimated),
                (day(row.date), row.estimated),
                "{:?} {:?} {:?}",
                row.jurisdiction,
                row.kind,
                deadline.due.calculation
            );
        }
    }

    #[test]
    fn a_claim_due_across_the_new_year_lists_each_day_skipped_with_its_reason() {
        let case = case_for(&row(Ru, Claim("2026-12-01", ""), ClaimAnswer, "", true));
        let found = deadlines(&case, day("2026-12-02"), Language::Ru).expect("deadlines");
        let calculation = &found[0].due.calculation;
        assert_eq!(calculation.start, day("2026-12-01"));
        let registration = calculation.registration.as_ref().expect("runs from registration");
        assert_eq!((registration.latest, registration.stated), (day("2026-12-02"), None));
        assert_eq!(calculation.term_end, day("2027-01-01"));
        let skipped: Vec<(String, &DayOff)> =
            calculation.skipped.iter().map(|s| (s.date.format("%m-%d").to_string(), &s.reason)).collect();
        let holiday = |name: &str| DayOff::Holiday { name: name.into() };
        let mut expected: Vec<(String, DayOff)> =
            (1..=8).map(|d| (format!("01-{d:02}"), holiday("Новогодние каникулы"))).collect();
        expected[6].1 = holiday("Рождество Христово");
        expected.push(("01-09".into(), DayOff::Weekend));
        expected.push(("01-10".into(), DayOff::Weekend));
        assert_eq!(skipped, expected.iter().map(|(d, r)| (d.clone(), r)).collect::<Vec<_>>());
    }

    #[test]
    fn a_uk_answer_that_is_not_final_leaves_the_referral_and_a_final_one_opens_the_adr_window() {
        let mut case = case_for(&row(Gb, FinalAnswer("2026-04-08", "2026-04-20"), AdrUntil, "", false));
        let kinds = |case: &Case| -> Vec<(DeadlineKind, String)> {
            let found = deadlines(case, day("2026-05-01"), Language::En).expect("deadlines");
            found.iter().map(|d| (d.kind, d.due.date.format("%Y-%m-%d").to_string())).collect()
        };
        assert_eq!(kinds(&case), [(AdrUntil, "2027-04-20".to_owned())]);
        case.answer.as_mut().expect("answer").final_response = false;
        assert_eq!(kinds(&case), [(AdrFrom, "2026-05-20".to_owned())]);
    }

    #[test]
    fn the_uk_referral_opens_on_its_day_and_is_never_an_overdue_answer() {
        let case = case_for(&row(Gb, Claim("2026-04-08", ""), AdrFrom, "", false));
        let report = report(&case, day("2026-06-01"), Language::En).expect("report");
        assert_eq!(report.deadlines.len(), 1);
        assert!(report.deadlines[0].passed);
        assert!(!report.overdue, "an open referral is not a late answer");
    }

    #[test]
    fn answered_requests_and_resolved_cases_stop_their_clocks_and_the_nearest_comes_first() {
        let mut case = case_for(&row(Ru, Claim("2026-11-20", ""), ClaimAnswer, "", true));
        case.data_request = delivered("2026-11-25", "");
        case.regulator_complaint = delivered("2026-11-10", "");
        let kinds = |case: &Case| -> Vec<DeadlineKind> {
            deadlines(case, day("2026-12-02"), Language::En).expect("deadlines").iter().map(|d| d.kind).collect()
        };
        assert_eq!(kinds(&case), [DataRequestAnswer, RegulatorAnswer, ClaimAnswer]);
        case.data_request.as_mut().expect("request").answered_on = "2026-12-01".into();
        assert_eq!(kinds(&case), [RegulatorAnswer, ClaimAnswer]);
        case.status = CaseStatus::Resolved;
        assert_eq!(kinds(&case), []);
    }

    #[test]
    fn the_timeline_names_each_deadline_and_marks_only_a_late_answer() {
        let mut case = case_for(&row(Ru, Claim("2026-11-20", ""), ClaimAnswer, "", true));
        case.data_request = delivered("2026-11-25", "");
        let report = report(&case, day("2026-12-12"), Language::En).expect("report");
        let steps: Vec<(&str, TimelineKind, Option<DeadlineKind>, bool)> =
            report.timeline.iter().map(|e| (e.date.as_str(), e.kind, e.deadline, e.late)).collect();
        assert_eq!(
            steps,
            [
                ("2026-11-20", TimelineKind::Sent, None, false),
                ("2026-11-25", TimelineKind::DataRequest, None, false),
                // 10 working days from Wednesday 25 November: Wednesday 9 December, three days late.
                ("2026-12-09", TimelineKind::Due, Some(DataRequestAnswer), true),
                ("2026-12-23", TimelineKind::Due, Some(ClaimAnswer), false),
            ]
        );
    }

    #[test]
    fn a_sent_russian_claim_is_late_the_day_after_its_date() {
        // Received Friday 2026-11-20: registered by Monday 23rd, 30 days → 2026-12-23.
        let case = sent_case("2026-11-20");
        let on_time = report(&case, day("2026-12-23"), Language::En).expect("report");
        let due = &on_time.deadlines[0];
        assert_eq!((due.kind, due.due.date, due.days_left), (ClaimAnswer, day("2026-12-23"), 0));
        assert!(due.due.source.contains("ст. 55"), "{}", due.due.source);
        assert!(!on_time.overdue);
        let late = report(&case, day("2026-12-24"), Language::En).expect("report");
        assert!(late.overdue);
        assert_eq!(late.deadlines[0].days_left, -1);
    }

    #[test]
    fn an_answer_stops_the_clock_and_the_timeline_is_in_date_order() {
        let mut case = sent_case("2026-11-20");
        case.answer = Some(Answer { date: "2026-12-01".into(), ..Answer::default() });
        let report = report(&case, day("2027-01-15"), Language::Ru).expect("report");
        assert_eq!(report.deadlines, []);
        assert!(!report.overdue);
        let dates: Vec<&str> = report.timeline.iter().map(|e| e.date.as_str()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted);
        assert_eq!(report.timeline.last().map(|e| e.kind), Some(TimelineKind::Answer));
    }
}
