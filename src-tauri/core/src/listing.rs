//! The case list: one row per case folder, built from what the store read and the deadlines of the rules.
//!
//! The store only reads folders; judging a deadline needs the rules and the clock, which sit above it.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{StoreError, Unreadable};
use crate::models::{Case, CaseStatus, IncidentType, Shelf};
use crate::status::{DeadlineKind, deadlines};
use crate::store::{Store, StoredCase};

/// One row of the case list: enough to show and sort without opening the case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CaseListEntry {
    /// A case that loads.
    Readable {
        /// Folder name, the case's id.
        id: String,
        /// The customer's title for the case.
        title: String,
        /// Incident type.
        incident: IncidentType,
        /// Company legal name.
        company: String,
        /// Where the case stands.
        status: CaseStatus,
        /// Date of the newest letter, if any.
        last_letter: Option<String>,
        /// The deadline the case is sorted by: the longest-late answer, else the nearest day still ahead, else an
        /// open referral to the ADR scheme.
        next_deadline: Option<NextDeadline>,
        /// An answer the case waits for is late.
        overdue: bool,
    },
    /// A case folder whose file cannot be read by this build; left untouched.
    Unreadable {
        /// Folder name.
        id: String,
        /// Why, as a code and an English sentence.
        reason: Unreadable,
    },
}

/// The one deadline a case-list row shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct NextDeadline {
    /// What it is for, which decides its wording.
    pub kind: DeadlineKind,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The day is behind: a late answer, or a referral to the ADR scheme that is open.
    pub passed: bool,
}

impl CaseListEntry {
    /// The case's folder name.
    pub fn id(&self) -> &str {
        match self {
            Self::Readable { id, .. } | Self::Unreadable { id, .. } => id,
        }
    }

    /// The row of one folder the store read, its deadline judged as of `today`.
    pub fn of(stored: StoredCase, today: NaiveDate) -> CaseListEntry {
        match stored {
            (id, Ok(case)) => Self::readable(id, case, today),
            (id, Err(reason)) => Self::Unreadable { id, reason },
        }
    }

    fn readable(id: String, case: Case, today: NaiveDate) -> CaseListEntry {
        // Deadlines that cannot be computed (no rule for that date) are shown as none.
        let deadlines = deadlines(&case, today, case.letter_language).unwrap_or_default();
        let late = deadlines.iter().find(|d| d.kind.is_answer() && d.passed);
        // An open referral to the ADR scheme is worth a line too, once nothing else is ahead.
        let next = late
            .or_else(|| deadlines.iter().find(|d| !d.passed))
            .or_else(|| deadlines.iter().find(|d| d.kind == DeadlineKind::AdrFrom));
        Self::Readable {
            overdue: late.is_some(),
            next_deadline: next.map(|d| NextDeadline {
                kind: d.kind,
                date: d.due.date.format("%Y-%m-%d").to_string(),
                passed: d.passed,
            }),
            last_letter: case.last_letter_date().map(str::to_owned),
            title: case.title,
            incident: case.incident,
            company: case.company.legal_name,
            status: case.status,
            id,
        }
    }
}

/// Every case folder of `store`, readable or not, newest id first; deadlines are judged as of `today`.
pub fn list_cases(store: &Store, shelf: Shelf, today: NaiveDate) -> Result<Vec<CaseListEntry>, StoreError> {
    Ok(store.read_all(shelf)?.into_iter().map(|stored| CaseListEntry::of(stored, today)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Jurisdiction, Submission};
    use crate::store::parse_case;

    const DEBT_NOTICE: &str =
        include_str!("../../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    fn claim_sent_on(date: &str) -> Case {
        let mut case = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        case.jurisdiction = Jurisdiction::Ru;
        case.sent = Some(Submission { date: date.into(), ..Submission::default() });
        case.status = CaseStatus::Sent;
        case
    }

    fn due_and_overdue(entry: &CaseListEntry) -> (Option<&str>, bool) {
        match entry {
            CaseListEntry::Readable { next_deadline, overdue, .. } => {
                (next_deadline.as_ref().map(|d| d.date.as_str()), *overdue)
            }
            CaseListEntry::Unreadable { .. } => panic!("a readable case was listed as unreadable"),
        }
    }

    #[test]
    fn a_sent_claim_is_listed_with_its_due_date_and_late_the_day_after() {
        let case = claim_sent_on("2026-11-20");
        let on_time = CaseListEntry::of(("a".into(), Ok(case.clone())), day(2026, 12, 23));
        assert_eq!(due_and_overdue(&on_time), (Some("2026-12-23"), false));
        let late = CaseListEntry::of(("a".into(), Ok(case)), day(2026, 12, 24));
        assert_eq!(due_and_overdue(&late), (Some("2026-12-23"), true));
    }

    #[test]
    fn an_open_referral_to_the_uk_adr_scheme_is_listed_but_never_as_overdue() {
        let mut case = claim_sent_on("2026-10-01");
        case.jurisdiction = Jurisdiction::Gb;
        let entry = CaseListEntry::of(("uk".into(), Ok(case)), day(2026, 11, 21));
        let CaseListEntry::Readable { next_deadline: Some(next), overdue, .. } = entry else {
            panic!("the UK case lists no deadline: {entry:?}")
        };
        // Six weeks from 1 October 2026.
        assert_eq!(
            (next.kind, next.date.as_str(), next.passed, overdue),
            (DeadlineKind::AdrFrom, "2026-11-12", true, false)
        );
    }

    #[test]
    fn a_draft_has_no_due_date_and_an_unreadable_folder_keeps_its_reason() {
        let draft = parse_case(DEBT_NOTICE.as_bytes()).expect("fixture");
        let entry = CaseListEntry::of(("draft".into(), Ok(draft)), day(2026, 11, 21));
        assert_eq!(due_and_overdue(&entry), (None, false));
        let unreadable = CaseListEntry::of(("x".into(), Err(Unreadable::BadName)), day(2026, 11, 21));
        assert_eq!(unreadable, CaseListEntry::Unreadable { id: "x".into(), reason: Unreadable::BadName });
    }
}
