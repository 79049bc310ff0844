//! What a front end may ask of the letters: which letter, in which language, and whether the case allows it now.
//!
//! The interface and the CLI follow the one answer given here, and the letter files are named after a request.

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::ErrorCode;
use crate::models::{Case, Language, LetterKind};
use crate::text;

impl LetterKind {
    /// Why the case cannot have this letter yet, if it cannot: the one answer the interface and the CLI
    /// both follow.
    ///
    /// A reminder or a complaint about a missing answer waits until the day after the answer's last day
    /// (`today` is the letter's date): until then the company is still within its term.
    pub fn blocked(self, case: &Case, today: NaiveDate) -> Option<LetterBlock> {
        let sent = case.sent.as_ref().is_some_and(|s| !text::is_blank(&s.date));
        match self {
            Self::Reminder | Self::Regulator | Self::NoAnswer if !sent => Some(LetterBlock::NotSent),
            Self::NoAnswer if case.answer.is_none() => Some(LetterBlock::NotAnswered),
            Self::Reminder if case.answer.is_some() => Some(LetterBlock::AlreadyAnswered),
            Self::Reminder | Self::Regulator if still_within_term(case, today) => Some(LetterBlock::NotYetDue),
            _ => None,
        }
    }
}

impl LetterKind {
    /// The letter lists the evidence among its attachments, so it can carry the copies as annexes.
    pub fn lists_evidence(self) -> bool {
        matches!(self, Self::Claim | Self::Regulator)
    }
}

/// The claim's answer is awaited and its last day is today or later. A date the rules cannot place (no rule in
/// force) does not hold a letter back.
fn still_within_term(case: &Case, today: NaiveDate) -> bool {
    let due = crate::status::pending_due(case, case.letter_language).ok().flatten();
    due.is_some_and(|due| !crate::rules::is_overdue(&due, today))
}

/// What a case lacks for a follow-up letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LetterBlock {
    /// The claim has not been marked as handed in: nothing to remind of or escalate yet.
    NotSent,
    /// No answer is recorded, so there is none to call unreasoned.
    NotAnswered,
    /// The company has answered: a reminder to answer would be wrong.
    AlreadyAnswered,
    /// The company's term to answer has not ended: a letter saying it has would be untrue.
    NotYetDue,
}

impl LetterBlock {
    /// The error a refused letter carries.
    pub fn code(self) -> ErrorCode {
        match self {
            Self::NotSent => ErrorCode::NotSent,
            Self::NotAnswered => ErrorCode::NotAnswered,
            Self::AlreadyAnswered => ErrorCode::AlreadyAnswered,
            Self::NotYetDue => ErrorCode::NotYetDue,
        }
    }

    pub(super) fn sentence(self) -> &'static str {
        match self {
            Self::NotSent => "sent: the claim has not been marked as handed in",
            Self::NotAnswered => "answer: no answer from the company has been recorded",
            Self::AlreadyAnswered => "answer: the company has already answered; a reminder no longer applies",
            Self::NotYetDue => "sent: the company's term to answer has not ended yet",
        }
    }
}

impl LetterRequest {
    /// The letter alone, in the case's letter language: no copies, no annexes, no reading copy, the envelope
    /// left to the print settings.
    pub const fn plain(kind: LetterKind) -> LetterRequest {
        LetterRequest { kind, language: None, office_copy: false, annexes: false, envelope: None, reading_copy: None }
    }
}

/// Whether one kind of letter can be made for a case now, and if not, why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LetterOption {
    /// The letter.
    pub kind: LetterKind,
    /// Why it cannot be made yet; `None` when it can.
    pub blocked: Option<LetterBlock>,
    /// It presses for an answer that is late (a reminder, the regulator), so it is offered first once it is.
    pub presses: bool,
}

/// A letter kind with what it is called in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LetterTitle {
    /// The letter.
    pub kind: LetterKind,
    /// Its title, as its template in that language gives it.
    pub title: String,
}

/// Every follow-up letter (the claim is made from the wizard), each with whether it can be made now.
pub fn follow_up_options(case: &Case, today: NaiveDate) -> Vec<LetterOption> {
    LetterKind::ALL
        .into_iter()
        .filter(|kind| *kind != LetterKind::Claim)
        .map(|kind| LetterOption {
            kind,
            blocked: kind.blocked(case, today),
            presses: matches!(kind, LetterKind::Reminder | LetterKind::Regulator),
        })
        .collect()
}

/// What to print.
#[derive(Debug, Clone, Copy)]
pub struct LetterRequest {
    /// Which letter.
    pub kind: LetterKind,
    /// The letter's language; the case's own letter language when `None`.
    pub language: Option<Language>,
    /// Add the applicant's copy with a receipt block, for handing the letter in at an office.
    pub office_copy: bool,
    /// Print the copies of the evidence after the letter, as its numbered annexes (letters that list the
    /// evidence: the claim and the regulator letter).
    pub annexes: bool,
    /// The window envelope the letter is posted in, from the print settings: the addressee then prints where
    /// its window shows it, with fold marks.
    pub envelope: Option<crate::profile::Envelope>,
    /// Append the same letter in this language, headed on every page as a translation for the applicant and
    /// not to be handed in: for a customer writing in the company's language rather than their own. Ignored when
    /// it is the letter's own language.
    pub reading_copy: Option<Language>,
}
