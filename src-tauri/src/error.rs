//! The shell's own failures, in the one error shape of the contract (`complaint_core::wire::WireError`), and
//! the extractor that reads a command's whole argument object as its declared request.

use complaint_core::error::ErrorCode;
use complaint_core::wire::{Command, WireError};
use tauri::Runtime;
use tauri::ipc::{CommandArg, CommandItem, InvokeBody, InvokeError};

/// The system's viewer or file manager could not be started for a letter or a folder.
pub fn open_failed(error: tauri_plugin_opener::Error) -> WireError {
    WireError::new(ErrorCode::OpenFailed, format!("the system could not open it: {error}"))
}

/// The system could not open a web address in its browser.
pub fn browser_failed(error: tauri_plugin_opener::Error) -> WireError {
    WireError::new(ErrorCode::BrowserFailed, format!("the system could not open the browser: {error}"))
}

/// The work stopped before it finished; nothing was half saved, since every save is whole or not at all.
pub fn internal(error: impl std::fmt::Display) -> WireError {
    WireError::new(ErrorCode::Internal, format!("the action stopped unexpectedly: {error}"))
}

/// An `attach_dropped` for a drop the window never announced, or one already attached.
pub fn unknown_drop() -> WireError {
    WireError::new(ErrorCode::UnknownDrop, "those dropped files are no longer known; drop them again")
}

/// A command's request, read from the whole argument object the window sent, so the request type declared in
/// the core is the only description of a command's arguments.
pub struct Request<C>(pub C);

impl<'de, C: Command, R: Runtime> CommandArg<'de, R> for Request<C> {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let parsed = match command.message.payload() {
            InvokeBody::Json(value) if value.is_object() => C::deserialize(value).map_err(|e| e.to_string()),
            _ => Err("expected an object of arguments".to_owned()),
        };
        parsed.map(Request).map_err(|reason| {
            let message = format!("{}: {reason}", C::NAME);
            InvokeError::from(WireError::new(ErrorCode::BadRequest, message))
        })
    }
}
