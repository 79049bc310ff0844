//! The deadlines as an iCalendar file (RFC 5545), for the customer's own calendar application.
//!
//! Each deadline is an all-day event with a reminder at 09:00 on the working day before it. Its UID is stable per
//! case and deadline kind and its SEQUENCE is the case's revision, so importing the file again updates the events
//! instead of adding copies. Nothing in it depends on the moment it was written but the stamp the clock gives.

use chrono::{Days, Duration, NaiveDate};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Property};

use crate::letter::calendar_words;
use crate::models::{Case, Language};
use crate::rules::{self, RulesError};
use crate::status::{Deadline, DeadlineKind};

/// The reminder goes off at this hour of the working day before the deadline.
const REMINDER_HOUR: i64 = 9;

/// One case's part of the calendar.
pub struct CaseDeadlines<'a> {
    /// The case's folder name, which makes the events' UIDs.
    pub id: &'a str,
    /// The case.
    pub case: &'a Case,
    /// Its running deadlines.
    pub deadlines: &'a [Deadline],
}

/// The calendar file for `cases`, its texts in `lang`, stamped with `stamp`.
pub fn deadlines_calendar(cases: &[CaseDeadlines<'_>], stamp: NaiveDate, lang: Language) -> Result<String, RulesError> {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Complaint Desk//Deadlines//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .name(calendar_name(lang));
    let stamp = stamp.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    for entry in cases {
        for deadline in entry.deadlines {
            let date = deadline.due.date;
            let summary = summary(entry.case, deadline.kind, lang);
            let reminder_day = rules::working_day_before(entry.case.jurisdiction, date)?;
            let before = Duration::days((date - reminder_day).num_days()) - Duration::hours(REMINDER_HOUR);
            let uid = format!("{}.{}@complaint-desk", entry.id, deadline.kind.id());
            let alarm = Alarm::display(&summary, -before).uid(&format!("reminder.{uid}")).timestamp(stamp).done();
            let event = Event::new()
                .uid(&uid)
                .sequence(u32::try_from(entry.case.revision).unwrap_or(u32::MAX))
                .timestamp(stamp)
                .summary(&summary)
                .description(&description(entry.case, deadline, lang))
                .starts(date)
                .ends(date.checked_add_days(Days::new(1)).unwrap_or(date))
                .alarm(alarm)
                .done();
            calendar.push(event);
        }
    }
    Ok(calendar.done().to_string())
}

fn calendar_name(lang: Language) -> &'static str {
    calendar_words(lang).map_or("Complaint Desk", |words| words.name.as_str())
}

/// What the event is, and with whom.
fn summary(case: &Case, kind: DeadlineKind, lang: Language) -> String {
    let label = calendar_words(lang).and_then(|words| words.summary.get(kind.id())).map_or(kind.id(), String::as_str);
    // The regulator's answer is the regulator's, not the company's.
    let company = case.company.legal_name.trim();
    if company.is_empty() || kind == DeadlineKind::RegulatorAnswer {
        label.to_owned()
    } else {
        format!("{label}: {company}")
    }
}

/// The rule and its source, the estimate when there is one, and the case's title.
fn description(case: &Case, deadline: &Deadline, lang: Language) -> String {
    let mut lines = vec![deadline.due.basis.clone(), deadline.due.source.clone()];
    if deadline.due.estimated {
        lines.extend(calendar_words(lang).map(|words| words.estimated.clone()));
    }
    if !case.title.trim().is_empty() {
        lines.push(case.title.trim().to_owned());
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_titles_every_deadline_of_its_calendar() {
        use DeadlineKind::*;
        for lang in Language::ALL {
            let words = calendar_words(lang).expect("the calendar words load");
            for kind in [ClaimAnswer, AdrFrom, AdrUntil, DataRequestAnswer, RegulatorAnswer, ClaimWindow] {
                assert!(words.summary.get(kind.id()).is_some_and(|s| !s.trim().is_empty()), "{lang:?} {kind:?}");
            }
            assert_eq!(words.summary.len(), 6, "{lang:?}: only the deadlines there are");
        }
    }
    use crate::models::{IncidentType, Jurisdiction, Submission};
    use crate::status::deadlines;

    fn day(text: &str) -> NaiveDate {
        crate::dates::parse_date(text).expect("test date")
    }

    fn case_with_two_deadlines(revision: u64) -> Case {
        let mut case = Case::new(IncidentType::BillingDispute, Jurisdiction::Ru, Language::Ru);
        case.revision = revision;
        case.company.legal_name = "ПАО «МТС»".into();
        case.sent = Some(Submission { date: "2026-12-01".into(), ..Submission::default() });
        case.data_request = Some(Submission { date: "2026-11-30".into(), ..Submission::default() });
        case
    }

    /// The events of the file as a calendar application reads them: (UID, DTSTART, SEQUENCE, trigger).
    fn events(text: &str) -> Vec<(String, String, String, String)> {
        let mut parser = ical::IcalParser::new(text.as_bytes());
        let calendar = parser.next().expect("one calendar").expect("parses");
        assert!(parser.next().is_none(), "one calendar only");
        let value = |props: &[ical::property::Property], name: &str| {
            props.iter().find(|p| p.name == name).and_then(|p| p.value.clone()).unwrap_or_default()
        };
        calendar
            .events
            .iter()
            .map(|event| {
                let alarm = event.alarms.first().expect("each event has a reminder");
                (
                    value(&event.properties, "UID"),
                    value(&event.properties, "DTSTART"),
                    value(&event.properties, "SEQUENCE"),
                    value(&alarm.properties, "TRIGGER"),
                )
            })
            .collect()
    }

    fn file_for(case: &Case) -> String {
        let found = deadlines(case, day("2026-12-02"), Language::Ru).expect("deadlines");
        let entry = CaseDeadlines { id: "2026-12-02-mts", case, deadlines: &found };
        deadlines_calendar(&[entry], day("2026-12-02"), Language::Ru).expect("calendar")
    }

    #[test]
    fn each_deadline_is_an_all_day_event_reminded_the_working_day_before_with_a_stable_uid() {
        let case = case_with_two_deadlines(3);
        let text = file_for(&case);
        let found = events(&text);
        assert_eq!(
            found,
            [
                // 10 working days from Monday 30 November: Monday 14 December, reminded Friday 11th at 09:00.
                (
                    "2026-12-02-mts.data-request-answer@complaint-desk".to_owned(),
                    "20261214".to_owned(),
                    "3".to_owned(),
                    "-PT226800S".to_owned() // 2 days 15 hours
                ),
                // Due Monday 11 January 2027 after the holidays, which begin with Thursday 31 December: reminded
                // on Wednesday 30 December, 12 days before.
                (
                    "2026-12-02-mts.claim-answer@complaint-desk".to_owned(),
                    "20270111".to_owned(),
                    "3".to_owned(),
                    "-PT1004400S".to_owned() // 11 days 15 hours
                ),
            ]
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20270111"), "{text}");
        assert!(text.contains("DTEND;VALUE=DATE:20270112"), "{text}");
        assert!(text.contains("SUMMARY:Срок ответа на претензию: ПАО «МТС»"), "{text}");

        // Written again after a change: the same UIDs with a higher sequence, so an import updates the events.
        let again = events(&file_for(&case_with_two_deadlines(4)));
        assert_eq!(again.iter().map(|e| &e.0).collect::<Vec<_>>(), found.iter().map(|e| &e.0).collect::<Vec<_>>());
        assert!(again.iter().all(|e| e.2 == "4"));
        // And the same case written twice on the same day gives the same bytes.
        assert_eq!(file_for(&case), text);
    }
}
