//! Errors of the core, each with a stable code the interface translates.

use std::io;
use std::path::Path;

use serde::Serialize;

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
}

impl Unreadable {
    /// Stable machine-readable reason.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Corrupt { .. } => "corrupt",
            Self::NewerSchema { .. } => "newer_schema",
            Self::Missing => "missing",
            Self::Io { .. } => "io",
        }
    }
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
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidId(_) => "invalid_case_id",
            Self::NotFound(_) => "case_not_found",
            Self::Unreadable { .. } => "case_unreadable",
            Self::Locked(_) => "case_locked",
            Self::Io { .. } => "io",
        }
    }
}
