//! The contract between the window and the core, declared once: each command's request and response types,
//! and the error every command fails with.
//!
//! The TypeScript side is generated from these types (see `bindings`), so the interface's calls and its test
//! fake are type-checked against the same declarations the desktop shell compiles against.

mod commands;
mod error;

#[cfg(test)]
pub(crate) use commands::typescript;
pub use commands::*;
pub use error::WireError;

use serde::de::DeserializeOwned;

/// One command the window may call: the request is its whole argument object.
pub trait Command: DeserializeOwned {
    /// The name the window invokes it by.
    const NAME: &'static str;
    /// What it answers with when it succeeds.
    type Response: serde::Serialize;
}

/// What a command's handler returns: its response, or the error the window translates.
pub type Reply<C> = Result<<C as Command>::Response, WireError>;
