//! Why a letter could not be made.

use complaint_typeset::TypesetError;

use super::request::LetterBlock;
use crate::error::{ErrorCode, StoreError};
use crate::models::{Jurisdiction, Language};
use crate::rules::RulesError;
use crate::validate::Problem;

/// What can go wrong between a case and its PDF.
#[derive(Debug, thiserror::Error)]
pub enum LetterError {
    /// A character of the customer's text has no glyph in the letter font; printing it would leave a box.
    #[error("{field} contains “{ch}” (U+{code:04X}), which the letter font cannot print", code = u32::from(*ch))]
    UnsupportedCharacter {
        /// Path of the field, e.g. `events[0].text`.
        field: String,
        /// The character.
        ch: char,
    },
    /// The customer's text holds an invisible format character (a zero-width space, a direction mark, a
    /// bidirectional override…, see [`crate::text::is_invisible`]): on paper it would be nothing, or reorder
    /// the text around it. Only the code point is named: the character itself would garble the message.
    #[error(
        "{field} contains an invisible character U+{code:04X}, which must not reach a printed letter",
        code = u32::from(*ch)
    )]
    InvisibleCharacter {
        /// Path of the field, e.g. `events[0].text`.
        field: String,
        /// The character.
        ch: char,
    },
    /// The case has problems to fix first; each names its field.
    #[error("the case is not ready for a letter: {}", list_problems(.0))]
    Incomplete(Vec<Problem>),
    /// The jurisdiction's law is not written in this language: a letter in it would have nothing to cite.
    #[error("letters for {jurisdiction:?} are not written in {language:?}: its law is not written in that language")]
    LanguageNotOffered {
        /// The case's jurisdiction.
        jurisdiction: Jurisdiction,
        /// The letter's, or its reading copy's, language.
        language: Language,
    },
    /// The case has not reached the point in its life this letter is for.
    #[error("{}", .0.sentence())]
    Blocked(LetterBlock),
    /// A letter template is broken (a bug in the templates, caught by their tests).
    #[error("letter template {template}: {message}")]
    Template {
        /// Template name.
        template: String,
        /// What is wrong.
        message: String,
    },
    /// The typesetter failed.
    #[error(transparent)]
    Typeset(#[from] TypesetError),
    /// No letter of that name in the case's `letters/` folder (or the name is not a plain file name).
    #[error("case “{id}” has no letter “{file}”")]
    NotFound {
        /// The case id.
        id: String,
        /// The file name asked for.
        file: String,
    },
    /// Reading the case or writing the PDF failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The rule packs could not be read (a bug in the bundled data, caught by their tests).
    #[error(transparent)]
    Rules(#[from] RulesError),
}

impl LetterError {
    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::UnsupportedCharacter { .. } => ErrorCode::UnsupportedCharacter,
            Self::InvisibleCharacter { .. } => ErrorCode::InvisibleCharacter,
            Self::Incomplete(_) => ErrorCode::CaseIncomplete,
            Self::LanguageNotOffered { .. } => ErrorCode::LanguageNotOffered,
            Self::Blocked(block) => block.code(),
            Self::Template { .. } => ErrorCode::Template,
            Self::NotFound { .. } => ErrorCode::LetterNotFound,
            Self::Typeset(TypesetError::MissingGlyph { .. }) => ErrorCode::MissingGlyph,
            Self::Typeset(TypesetError::Font(_)) => ErrorCode::Font,
            Self::Typeset(TypesetError::Pdf(_)) => ErrorCode::Pdf,
            Self::Store(e) => e.code(),
            Self::Rules(e) => e.code(),
        }
    }
}

/// The first three problems and how many more, for the English message.
fn list_problems(problems: &[Problem]) -> String {
    let listed: Vec<String> = problems.iter().take(3).map(ToString::to_string).collect();
    match problems.len().saturating_sub(3) {
        0 => listed.join("; "),
        more => format!("{} and {more} more", listed.join("; ")),
    }
}
