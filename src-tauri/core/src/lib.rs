//! Complaint Desk's core: everything a complaint needs, with no window and no Tauri.
//!
//! The desktop shell and the `complaint` CLI (crate `complaint-cli`) are thin front ends over this crate.

pub mod bag;
mod bundled;
pub mod check;
pub mod dates;
pub mod desk;
pub mod error;
pub mod evidence;
pub mod forms;
pub mod ics;
pub mod letter;
pub mod listing;
pub mod migrate;
pub mod models;
pub mod profile;
pub mod rules;
pub mod status;
pub mod store;
pub mod suggestions;
pub mod text;
pub mod validate;
pub mod verify;
pub mod wire;
pub mod world;

#[cfg(test)]
mod bindings;

pub use desk::Desk;
pub use error::{StoreError, Unreadable};
pub use listing::CaseListEntry;
pub use models::{Case, SCHEMA_VERSION};
pub use store::Store;
pub use validate::{Problem, ProblemCode, validate};
pub use world::{Clock, FixedClock, SystemClock};
