//! The core as its front ends see it: the case store and the clock, behind one call per action.
//!
//! The desktop commands and the CLI each make exactly one call here, so both behave alike and the
//! window adds no logic of its own.

use std::path::Path;

use crate::error::StoreError;
use crate::models::Case;
use crate::store::{CaseListEntry, Store};
use crate::validate::{Problem, validate};
use crate::world::Clock;

/// A store opened on one data directory, with the clock that dates what it creates.
pub struct Desk {
    store: Store,
    clock: Box<dyn Clock + Send + Sync>,
}

impl Desk {
    /// Opens the cases under `data_dir`, creating the folder on first use.
    pub fn open(data_dir: impl AsRef<Path>, clock: impl Clock + Send + Sync + 'static) -> Result<Desk, StoreError> {
        Ok(Desk { store: Store::open(data_dir)?, clock: Box::new(clock) })
    }

    /// The underlying store, for front ends that need paths.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Every case, readable or not.
    pub fn list_cases(&self) -> Result<Vec<CaseListEntry>, StoreError> {
        self.store.list()
    }

    /// One case by id.
    pub fn load_case(&self, id: &str) -> Result<Case, StoreError> {
        self.store.load(id)
    }

    /// Saves a case crash-safely.
    pub fn save_case(&self, id: &str, case: &Case) -> Result<(), StoreError> {
        self.store.save(id, case)
    }

    /// Creates a case folder dated today; returns the new id.
    pub fn create_case(&self, case: &Case) -> Result<String, StoreError> {
        self.store.create(case, self.clock.today())
    }

    /// Every problem that keeps the case from making a letter today.
    pub fn check_case(&self, case: &Case) -> Vec<Problem> {
        validate(case, self.clock.today())
    }
}
