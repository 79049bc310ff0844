//! Errors as they cross IPC: `{code, message}`, so the interface translates by code.

use complaint_core::StoreError;
use complaint_core::desk::StatusError;
use serde::Serialize;

/// A core error in the shape the interface expects.
#[derive(Debug, Serialize)]
pub struct IpcError {
    /// Stable code, e.g. `case_not_found`; the interface's translations are keyed by it.
    pub code: &'static str,
    /// The English sentence, shown when no translation exists.
    pub message: String,
}

impl From<StoreError> for IpcError {
    fn from(error: StoreError) -> Self {
        IpcError { code: error.code(), message: error.to_string() }
    }
}

impl From<StatusError> for IpcError {
    fn from(error: StatusError) -> Self {
        IpcError { code: error.code(), message: error.to_string() }
    }
}
