//! The follow-up letters for every combination of status, submission and answer, written for the interface's
//! test, which renders the case page's buttons from it: the buttons follow the core's answer in every case.

use chrono::NaiveDate;
use serde_json::{Value, json};

use super::follow_up_options;
use crate::models::{Answer, Case, CaseStatus, IncidentType, Jurisdiction, Language, Submission};

const STATUSES: [CaseStatus; 5] =
    [CaseStatus::Draft, CaseStatus::Sent, CaseStatus::Answered, CaseStatus::Resolved, CaseStatus::Escalated];

fn case(status: CaseStatus, sent: bool, answered: bool) -> Case {
    let mut case = Case::new(IncidentType::BillingDispute, Jurisdiction::Ru, Language::Ru);
    case.status = status;
    case.sent = sent.then(|| Submission { date: "2026-10-01".into(), ..Submission::default() });
    case.answer = answered.then(|| Answer { date: "2026-10-20".into(), ..Answer::default() });
    case
}

/// A day when the claim of `case` (received 1 October) is past its answer's term.
fn after_the_term() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).expect("date")
}

fn table() -> Value {
    let mut rows = Vec::new();
    for status in STATUSES {
        for (sent, answered) in [(false, false), (true, false), (true, true), (false, true)] {
            let options = follow_up_options(&case(status, sent, answered), after_the_term());
            rows.push(json!({ "status": status, "sent": sent, "answered": answered, "options": options }));
        }
    }
    Value::Array(rows)
}

#[test]
fn the_interface_renders_the_follow_ups_from_the_current_table() {
    let fresh = serde_json::to_string_pretty(&table()).expect("table serializes") + "\n";
    crate::bindings::check_generated("ui/src/test/core/letterOptions.json", &fresh);
}

#[test]
fn each_follow_up_waits_for_the_fact_it_rests_on() {
    for status in STATUSES {
        let blocked = |sent, answered| -> Vec<Value> {
            follow_up_options(&case(status, sent, answered), after_the_term())
                .into_iter()
                .map(|o| json!([o.kind, o.blocked]))
                .collect()
        };
        assert_eq!(
            blocked(false, false),
            [
                json!(["reminder", "not_sent"]),
                json!(["no_answer", "not_sent"]),
                json!(["regulator", "not_sent"]),
                json!(["data_request", null])
            ],
            "{status:?}: nothing but a data request before the claim is handed in"
        );
        assert_eq!(
            blocked(true, false),
            [
                json!(["reminder", null]),
                json!(["no_answer", "not_answered"]),
                json!(["regulator", null]),
                json!(["data_request", null])
            ],
            "{status:?}: handed in, no answer"
        );
        assert_eq!(
            blocked(true, true),
            [
                json!(["reminder", "already_answered"]),
                json!(["no_answer", null]),
                json!(["regulator", null]),
                json!(["data_request", null])
            ],
            "{status:?}: answered"
        );
    }
}

#[test]
fn a_reminder_and_a_regulator_complaint_wait_for_the_day_after_the_answer_s_last_day() {
    // Received Thursday 1 October 2026: registered by the 2nd, due Monday 2 November.
    let sent = case(CaseStatus::Sent, true, false);
    let blocked_on = |y, m, d| -> Vec<Value> {
        let today = NaiveDate::from_ymd_opt(y, m, d).expect("date");
        follow_up_options(&sent, today).into_iter().map(|o| json!([o.kind, o.blocked])).collect()
    };
    let waiting = [
        json!(["reminder", "not_yet_due"]),
        json!(["no_answer", "not_answered"]),
        json!(["regulator", "not_yet_due"]),
        json!(["data_request", null]),
    ];
    assert_eq!(blocked_on(2026, 11, 2), waiting, "the last day is still the company's");
    assert_eq!(blocked_on(2026, 11, 3)[0], json!(["reminder", null]));
    assert_eq!(blocked_on(2026, 11, 3)[2], json!(["regulator", null]));
}
