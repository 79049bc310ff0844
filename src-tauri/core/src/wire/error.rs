//! Every core error as the window receives it: a code to translate, the English sentence for logs, and the
//! fields concerned.

use serde::Serialize;

use crate::bag::BagError;
use crate::desk::{RecordError, StatusError};
use crate::error::{ErrorCode, StoreError};
use crate::evidence::EvidenceError;
use crate::letter::LetterError;
use crate::profile::ProfileError;
use crate::rules::RulesError;
use crate::validate::{Problem, ProblemCode};

/// A failed command. The interface shows the translation of `code`, and marks each of `problems` at its
/// field; `message` is English, for logs and for codes a dictionary does not know yet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct WireError {
    /// Why the command failed.
    pub code: ErrorCode,
    /// The reason in English.
    pub message: String,
    /// The fields concerned, each with its own reason; empty when the error is about no field.
    pub problems: Vec<Problem>,
}

impl WireError {
    /// An error about no particular field.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        WireError { code, message: message.into(), problems: Vec::new() }
    }

    /// An error about one field.
    fn at(code: ErrorCode, message: String, path: &str, problem: ProblemCode) -> Self {
        let problems = vec![Problem { path: path.to_owned(), code: problem, message: message.clone() }];
        WireError { code, message, problems }
    }
}

/// The errors that concern no field cross as their code and sentence.
macro_rules! plain_errors {
    ($($error:ty),+ $(,)?) => {$(
        impl From<$error> for WireError {
            fn from(error: $error) -> Self {
                WireError::new(error.code(), error.to_string())
            }
        }
    )+};
}

plain_errors!(StoreError, StatusError, EvidenceError, ProfileError, RulesError, BagError);

impl From<RecordError> for WireError {
    fn from(error: RecordError) -> Self {
        let (code, message) = (error.code(), error.to_string());
        match &error {
            RecordError::InvalidDate { field } => WireError::at(code, message, field, ProblemCode::InvalidDate),
            RecordError::FutureDate { field } => WireError::at(code, message, field, ProblemCode::FutureDate),
            RecordError::BeforeClaimLetter { field, .. } => {
                WireError::at(code, message, field, ProblemCode::BeforeClaimLetter)
            }
            RecordError::OutOfOrder { field } => WireError::at(code, message, field, ProblemCode::DatesOutOfOrder),
            RecordError::NotDelivered { field } => WireError::at(code, message, field, ProblemCode::Required),
            RecordError::AnswerRests { .. } => WireError::new(code, message),
            RecordError::Store(_) => WireError::new(code, message),
        }
    }
}

impl From<LetterError> for WireError {
    fn from(error: LetterError) -> Self {
        let (code, message) = (error.code(), error.to_string());
        match error {
            LetterError::Incomplete(problems) => WireError { code, message, problems },
            LetterError::UnsupportedCharacter { field, .. } => {
                WireError::at(code, message, &field, ProblemCode::UnprintableCharacter)
            }
            LetterError::InvisibleCharacter { field, .. } => {
                WireError::at(code, message, &field, ProblemCode::InvisibleCharacter)
            }
            _ => WireError::new(code, message),
        }
    }
}
