//! Errors of the core, each with a stable code the interface translates.

use std::io;
use std::path::Path;

use serde::Serialize;

/// Declares [`ErrorCode`] and the list of its variants together, so the list cannot miss one.
macro_rules! error_codes {
    ($($(#[doc = $doc:literal])+ $variant:ident,)+) => {
        /// Every reason a command can fail, as the interface receives it (`snake_case` on the wire): the one
        /// list the core's errors map to and the interface's dictionaries translate.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        #[serde(rename_all = "snake_case")]
        pub enum ErrorCode {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl ErrorCode {
            /// Every code, for the tests that each has a translation.
            pub const ALL: &[ErrorCode] = &[$(ErrorCode::$variant,)+];
        }
    };
}

error_codes! {
    /// A case id with characters a case folder never has.
    InvalidCaseId,
    /// No case folder with that id.
    CaseNotFound,
    /// The case file exists but cannot be used by this version.
    CaseUnreadable,
    /// Another window or process is saving the case.
    CaseLocked,
    /// The case would be larger than a case file may be; nothing was written.
    CaseTooLarge,
    /// The case changed elsewhere since the edit started.
    Conflict,
    /// The file system refused.
    Io,
    /// No deadline rule covers the case's dates.
    NoRule,
    /// A rule names another rule that does not exist.
    UnknownRule,
    /// No regulator's web form has that id.
    UnknownForm,
    /// The rule was not in force on the case's dates.
    NotInForce,
    /// The built-in rule data is damaged.
    BadData,
    /// A date is outside what the calendars cover.
    OutOfRange,
    /// An evidence file could not be read.
    EvidenceUnreadable,
    /// An evidence file is larger than the app keeps.
    EvidenceTooLarge,
    /// The evidence item is no longer in the case.
    EvidenceItemMissing,
    /// The attached file is no longer listed, or its copy is gone from the case folder.
    EvidenceFileMissing,
    /// Another file of that name and different content is already attached.
    EvidenceConflict,
    /// The saved personal details cannot be read.
    ProfileUnreadable,
    /// No letter of that name in the case's folder.
    LetterNotFound,
    /// A character of the customer's text cannot be printed in the letter font.
    UnsupportedCharacter,
    /// The customer's text holds an invisible character.
    InvisibleCharacter,
    /// The case has problems to fix before a letter (listed in the error's `problems`).
    CaseIncomplete,
    /// The jurisdiction's law is not written in the language asked for, so no letter there can be in it.
    LanguageNotOffered,
    /// The letter needs the claim marked as handed in first.
    NotSent,
    /// The letter needs the company's answer recorded first.
    NotAnswered,
    /// The letter asks for an answer the company has already given.
    AlreadyAnswered,
    /// The letter says a term has ended that has not.
    NotYetDue,
    /// A letter template is broken.
    Template,
    /// The letter font has no glyph for a character of the letter.
    MissingGlyph,
    /// A bundled font cannot be read.
    Font,
    /// The PDF could not be assembled.
    Pdf,
    /// A date is not a `YYYY-MM-DD` calendar date between 1900 and 2100.
    InvalidDate,
    /// A date of something that happened is after today.
    FutureDate,
    /// A claim handed in, by the date given, before its letter was dated.
    BeforeClaimLetter,
    /// A registration or an answer dated before its letter arrived.
    DatesOutOfOrder,
    /// An answer to a letter not recorded as delivered.
    NotDelivered,
    /// A hand-in the recorded answer rests on.
    AnswerRests,
    /// The system's viewer could not be started.
    OpenFailed,
    /// The system's browser could not be started for a web form.
    BrowserFailed,
    /// The work stopped unexpectedly; nothing was half saved.
    Internal,
    /// A dropped-files id the window never announced, or one already used.
    UnknownDrop,
    /// A command's arguments do not match the contract.
    BadRequest,
    /// A bag to import does not prove itself or reaches outside itself; nothing was written.
    BagRefused,
    /// A file of the case no longer has the SHA-256 recorded when it was added.
    FileChanged,
}

/// Why a case folder cannot be used by this build. Shown in the case list; the file is left as it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Unreadable {
    /// `case.json` is not valid JSON or does not match the case layout.
    #[error("case.json is damaged: {message}")]
    Corrupt {
        /// What the parser said, with line and column.
        message: String,
    },
    /// `case.json` was written by a newer version of the app.
    #[error("case.json was written by a newer Complaint Desk (schema {found}; this version reads up to {supported})")]
    NewerSchema {
        /// The file's `schema_version`.
        #[cfg_attr(test, ts(type = "number"))]
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// The folder has no `case.json`.
    #[error("the folder has no case.json")]
    Missing,
    /// The file exists but the system refused to read it.
    #[error("case.json cannot be read: {message}")]
    Io {
        /// The system's reason.
        message: String,
    },
    /// `case.json` is a pipe, a device, a socket, a folder or a link: reading it could block or leave the case.
    #[error("case.json is not a plain file ({kind})")]
    NotAFile {
        /// What it is instead, e.g. `pipe`.
        kind: String,
    },
    /// `case.json` is larger than any case the app writes; it is not parsed.
    #[error("case.json is {size} bytes; a case file is at most {limit} bytes")]
    TooLarge {
        /// The file's size.
        #[cfg_attr(test, ts(type = "number"))]
        size: u64,
        /// The largest case file read.
        #[cfg_attr(test, ts(type = "number"))]
        limit: u64,
    },
    /// The case folder is a link to somewhere else; the app works only on folders inside its data folder.
    #[error("the case folder is a link")]
    LinkedFolder,
    /// The folder's name is not one the app gives (lowercase Latin letters, digits and dashes).
    #[error("the folder name is not a case id")]
    BadName,
}

/// What can go wrong reading or writing cases.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// An id with characters a case folder never has (guards against paths like `../x`).
    #[error("“{0}” is not a case id")]
    InvalidId(String),
    /// No folder with that id.
    #[error("there is no case “{0}”")]
    NotFound(String),
    /// The case file exists but this build cannot use it.
    #[error("case “{id}” cannot be opened: {reason}")]
    Unreadable {
        /// The case id.
        id: String,
        /// Why.
        reason: Unreadable,
    },
    /// Another process is saving the same case.
    #[error("case “{0}” is being saved by another window or process; try again")]
    Locked(String),
    /// A save started from an older revision than the one on disk: it would undo someone else's change.
    #[error("case “{id}” changed elsewhere (now revision {stored}, this edit started from {base}); reload it")]
    Conflict {
        /// The case id.
        id: String,
        /// The revision on disk.
        stored: u64,
        /// The revision the edit started from.
        base: u64,
    },
    /// The case would be larger than any case file the app reads; it is not written.
    #[error("the case would take {size} bytes; a case file is at most {limit} bytes")]
    TooLarge {
        /// The size it would have.
        size: u64,
        /// The largest case file the app reads.
        limit: u64,
    },
    /// The file system refused.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder concerned.
        path: String,
        /// The system's error.
        source: io::Error,
    },
}

impl StoreError {
    /// Wraps a file-system error with the path it concerns.
    pub fn io(path: &Path, source: io::Error) -> Self {
        StoreError::Io { path: path.display().to_string(), source }
    }

    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidId(_) => ErrorCode::InvalidCaseId,
            Self::NotFound(_) => ErrorCode::CaseNotFound,
            Self::Unreadable { .. } => ErrorCode::CaseUnreadable,
            Self::Locked(_) => ErrorCode::CaseLocked,
            Self::Conflict { .. } => ErrorCode::Conflict,
            Self::TooLarge { .. } => ErrorCode::CaseTooLarge,
            Self::Io { .. } => ErrorCode::Io,
        }
    }
}
