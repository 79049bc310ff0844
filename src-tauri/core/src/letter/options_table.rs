//! The follow-up letters for every combination of status, submission and answer, written for the interface's
//! test, which renders the case page's buttons from it: the buttons follow the core's answer in every case.

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

fn table() -> Value {
    let mut rows = Vec::new();
    for status in STATUSES {
        for (sent, answered) in [(false, false), (true, false), (true, true), (false, true)] {
            let options = follow_up_options(&case(status, sent, answered));
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
            follow_up_options(&case(status, sent, answered)).into_iter().map(|o| json!([o.kind, o.blocked])).collect()
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
