//! The contract between the window and the core, declared once: each command's request and response types,
//! and the error every command fails with.
//!
//! The TypeScript side is generated from these types (see `bindings`), so the interface's calls and its test
//! fake are type-checked against the same declarations the desktop shell compiles against.

mod command;
mod commands;
mod error;

pub use command::{Command, Reply};
#[cfg(test)]
pub(crate) use commands::typescript;
pub use commands::*;
pub use error::WireError;
