//! Where a case stands today: its deadline with the legal basis, whether it is late, and its timeline.
//!
//! Nothing here is stored: "overdue" and "days left" follow from the clock every time they are asked for.

use chrono::NaiveDate;
use serde::Serialize;

use crate::models::{Case, CaseStatus, Language};
use crate::rules::{self, Due, DueKind, RulesError};

/// A case's standing on one day, for the case view and `complaint status`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct StatusReport {
    /// The stored stage of the case.
    pub status: CaseStatus,
    /// When the company's answer is due, once the claim is sent and while no answer has come.
    pub due: Option<Due>,
    /// The due date has passed with no answer recorded.
    pub overdue: bool,
    /// Days until the due date; negative when late.
    #[cfg_attr(test, ts(type = "number | null"))]
    pub days_left: Option<i64>,
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
    /// The company's answer is due.
    Due,
    /// The company answered.
    Answer,
}

/// The deadline that matters now: the answer to the claim, until an answer is recorded.
pub fn pending_due(case: &Case, lang: Language) -> Result<Option<Due>, RulesError> {
    if case.answer.is_some() || matches!(case.status, CaseStatus::Resolved) {
        return Ok(None);
    }
    rules::due(case, DueKind::ClaimAnswer, lang)
}

/// The case's standing on `today`, with texts in `lang`.
pub fn report(case: &Case, today: NaiveDate, lang: Language) -> Result<StatusReport, RulesError> {
    let due = pending_due(case, lang)?;
    let overdue = due.as_ref().is_some_and(|d| rules::is_overdue(d, today));
    let days_left = due.as_ref().map(|d| (d.date - today).num_days());

    let mut timeline = Vec::new();
    let mut push = |date: &str, kind, text: &str| {
        if !date.trim().is_empty() {
            timeline.push(TimelineEntry { date: date.trim().to_owned(), kind, text: text.trim().to_owned() });
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
    if let Some(sent) = &case.sent {
        push(&sent.date, TimelineKind::Sent, &sent.registration_number);
    }
    if let Some(due) = &due {
        push(&due.date.format("%Y-%m-%d").to_string(), TimelineKind::Due, &due.basis);
    }
    if let Some(answer) = &case.answer {
        push(&answer.date, TimelineKind::Answer, &answer.summary);
    }
    // A stable sort keeps same-day steps in the order of the case's life.
    timeline.sort_by(|a, b| a.date.cmp(&b.date));
    Ok(StatusReport { status: case.status, due, overdue, days_left, timeline })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Answer, Jurisdiction, Submission};
    use crate::store::parse_case;

    const DEBT_NOTICE: &str =
        include_str!("../../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn sent_case(date: &str) -> Case {
        let mut case = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        case.jurisdiction = Jurisdiction::Ru;
        case.sent =
            Some(Submission { date: date.into(), registration_number: "ВХ-0412".into(), ..Submission::default() });
        case.status = CaseStatus::Sent;
        case
    }

    #[test]
    fn a_sent_russian_claim_is_due_under_article_55_and_late_the_day_after() {
        // Received Friday 2026-11-20: registered by Monday 23rd, 30 days → 2026-12-23.
        let case = sent_case("2026-11-20");
        let on_time = report(&case, day(2026, 12, 23), Language::En).expect("report");
        let due = on_time.due.as_ref().expect("due");
        assert_eq!(due.date, day(2026, 12, 23));
        assert!(due.source.contains("ст. 55"), "{}", due.source);
        assert!(!on_time.overdue);
        assert_eq!(on_time.days_left, Some(0));

        let late = report(&case, day(2026, 12, 24), Language::En).expect("report");
        assert!(late.overdue);
        assert_eq!(late.days_left, Some(-1));
    }

    #[test]
    fn an_answer_stops_the_clock_and_the_timeline_is_in_date_order() {
        let mut case = sent_case("2026-11-20");
        case.answer = Some(Answer { date: "2026-12-01".into(), ..Answer::default() });
        let report = report(&case, day(2027, 1, 15), Language::Ru).expect("report");
        assert_eq!(report.due, None);
        assert!(!report.overdue);
        let dates: Vec<&str> = report.timeline.iter().map(|e| e.date.as_str()).collect();
        let mut sorted = dates.clone();
        sorted.sort();
        assert_eq!(dates, sorted);
        assert_eq!(report.timeline.last().map(|e| e.kind), Some(TimelineKind::Answer));
    }

    #[test]
    fn a_draft_has_no_deadline() {
        let case = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        assert_eq!(report(&case, day(2026, 11, 21), Language::Ru).expect("report").due, None);
    }
}
