//! The core as its front ends see it: the case store and the clock, behind one call per action.
//!
//! The desktop commands and the CLI each make exactly one call here, so both behave alike and the
//! window adds no logic of its own.

use std::path::Path;
use std::sync::OnceLock;

use crate::error::StoreError;
use crate::letter::{LetterError, LetterRequest, Letters, lang_id};
use crate::models::{Answer, Case, CaseStatus, IssuedLetter, Language, Submission};
use crate::rules::RulesError;
use crate::status::{StatusReport, report};
use crate::store::{CaseListEntry, Store};
use crate::typeset::RenderedPdf;
use crate::validate::{Problem, validate};
use crate::world::Clock;

/// A store opened on one data directory, with the clock that dates what it creates.
pub struct Desk {
    store: Store,
    clock: Box<dyn Clock + Send + Sync>,
    /// Templates and fonts, prepared on the first letter only: listing cases needs neither.
    letters: OnceLock<Letters>,
}

impl Desk {
    /// Opens the cases under `data_dir`, creating the folder on first use.
    pub fn open(data_dir: impl AsRef<Path>, clock: impl Clock + Send + Sync + 'static) -> Result<Desk, StoreError> {
        Ok(Desk { store: Store::open(data_dir)?, clock: Box::new(clock), letters: OnceLock::new() })
    }

    /// The underlying store, for front ends that need paths.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Every case, readable or not.
    pub fn list_cases(&self) -> Result<Vec<CaseListEntry>, StoreError> {
        self.store.list(self.clock.today())
    }

    /// One case by id.
    pub fn load_case(&self, id: &str) -> Result<Case, StoreError> {
        self.store.load(id)
    }

    /// Saves a case crash-safely.
    pub fn save_case(&self, id: &str, case: &Case) -> Result<(), StoreError> {
        self.store.save(id, case)
    }

    /// Creates a case folder dated today; returns the new id.
    pub fn create_case(&self, case: &Case) -> Result<String, StoreError> {
        self.store.create(case, self.clock.today())
    }

    /// Every problem that keeps the case from making a letter today.
    pub fn check_case(&self, case: &Case) -> Vec<Problem> {
        validate(case, self.clock.today())
    }

    /// Where the case stands today, with texts in `lang` (the interface's language).
    pub fn case_status(&self, id: &str, lang: Language) -> Result<StatusReport, StatusError> {
        let case = self.store.load(id)?;
        Ok(report(&case, self.clock.today(), lang)?)
    }

    /// Records that the claim reached the company; the answer's deadline runs from `submission.date`.
    pub fn record_submission(&self, id: &str, submission: Submission) -> Result<Case, StoreError> {
        let mut case = self.store.load(id)?;
        case.sent = Some(submission);
        if case.status == CaseStatus::Draft {
            case.status = CaseStatus::Sent;
        }
        self.store.save(id, &case)?;
        Ok(case)
    }

    /// Records the company's answer and what it did with each demand.
    pub fn record_answer(&self, id: &str, answer: Answer) -> Result<Case, StoreError> {
        let mut case = self.store.load(id)?;
        case.answer = Some(answer);
        if matches!(case.status, CaseStatus::Draft | CaseStatus::Sent) {
            case.status = CaseStatus::Answered;
        }
        self.store.save(id, &case)?;
        Ok(case)
    }

    /// The letter for a case, dated today, without storing it.
    pub fn render_letter(&self, case: &Case, request: &LetterRequest) -> Result<RenderedPdf, LetterError> {
        self.letters()?.render(case, request, self.clock.today())
    }

    /// Writes the letter into the case's `letters/` folder under a new name and records it in the case.
    pub fn issue_letter(&self, id: &str, request: &LetterRequest) -> Result<IssuedLetter, LetterError> {
        let mut case = self.store.load(id)?;
        let pdf = self.render_letter(&case, request)?;
        let today = self.clock.today().format("%Y-%m-%d").to_string();
        let lang = lang_id(request.language.unwrap_or(case.letter_language));
        let office = if request.office_copy { "-office" } else { "" };
        let stem = format!("{today}-{}-{lang}{office}", request.kind.id().replace('_', "-"));
        let file = self.store.add_file(id, "letters", &stem, "pdf", &pdf.bytes)?;
        let issued = IssuedLetter { kind: request.kind.id().into(), language: lang.into(), date: today, file };
        case.letters.push(issued.clone());
        self.store.save(id, &case)?;
        Ok(issued)
    }

    fn letters(&self) -> Result<&Letters, LetterError> {
        if let Some(letters) = self.letters.get() {
            return Ok(letters);
        }
        let letters = Letters::new()?;
        Ok(self.letters.get_or_init(|| letters))
    }
}

/// Why a case's standing could not be worked out.
#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    /// The case could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The rule packs have no rule for the case's dates.
    #[error(transparent)]
    Rules(#[from] RulesError),
}

impl StatusError {
    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Store(e) => e.code(),
            Self::Rules(e) => e.code(),
        }
    }
}
