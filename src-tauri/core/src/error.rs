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

impl Unreadable {
    /// Stable machine-readable reason.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Corrupt { .. } => "corrupt",
            Self::NewerSchema { .. } => "newer_schema",
            Self::Missing => "missing",
            Self::Io { .. } => "io",
            Self::NotAFile { .. } => "not_a_file",
            Self::TooLarge { .. } => "too_large",
            Self::LinkedFolder => "linked_folder",
            Self::BadName => "bad_name",
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
            Self::Conflict { .. } => "conflict",
            Self::Io { .. } => "io",
        }
    }
}
