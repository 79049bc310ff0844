//! What a command of the contract is: the name the window calls it by, its request and its response.
//!
//! The commands themselves (`commands`) and the shell's handlers both build on this one definition.

use serde::de::DeserializeOwned;

use super::error::WireError;

/// One command the window may call: the request is its whole argument object.
pub trait Command: DeserializeOwned {
    /// The name the window invokes it by.
    const NAME: &'static str;
    /// What it answers with when it succeeds.
    type Response: serde::Serialize;
}

/// What a command's handler returns: its response, or the error the window translates.
pub type Reply<C> = Result<<C as Command>::Response, WireError>;
