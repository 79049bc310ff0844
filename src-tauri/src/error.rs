//! Errors as they cross IPC: `{code, message}`, so the interface translates by code.

use complaint_core::StoreError;
use complaint_core::desk::{RecordError, StatusError};
use complaint_core::evidence::EvidenceError;
use complaint_core::letter::LetterError;
use complaint_core::profile::ProfileError;
use serde::Serialize;

/// A core error in the shape the interface expects.
#[derive(Debug, Serialize)]
pub struct IpcError {
    /// Stable code, e.g. `case_not_found`; the interface's translations are keyed by it.
    pub code: &'static str,
    /// The English sentence, shown when no translation exists.
    pub message: String,
}

/// Every core error carries a stable `code()`; each crosses IPC the same way.
macro_rules! from_core_errors {
    ($($error:ty),+ $(,)?) => {$(
        impl From<$error> for IpcError {
            fn from(error: $error) -> Self {
                IpcError { code: error.code(), message: error.to_string() }
            }
        }
    )+};
}

from_core_errors!(StoreError, StatusError, RecordError, LetterError, EvidenceError, ProfileError);

impl IpcError {
    /// The system viewer could not be started for a letter (code `open_failed`).
    pub fn open_failed(error: tauri_plugin_opener::Error) -> Self {
        IpcError { code: "open_failed", message: format!("the letter could not be opened: {error}") }
    }

    /// The work stopped before it finished (code `internal`); nothing was half saved, since every save is
    /// whole or not at all.
    pub fn internal(error: impl std::fmt::Display) -> Self {
        IpcError { code: "internal", message: format!("the action stopped unexpectedly: {error}") }
    }

    /// An `attach_dropped` for a drop the window never announced, or one already attached (code `unknown_drop`).
    pub fn unknown_drop() -> Self {
        IpcError { code: "unknown_drop", message: "those dropped files are no longer known; drop them again".into() }
    }
}
