//! What the core takes from the outside world: today's date, where the data lives and where deleted cases go.
//!
//! Passing these in (rather than reading them deep inside) lets tests pin the date and the folder,
//! and lets `SOURCE_DATE_EPOCH` make every dated output reproducible.

use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDate};

/// A calendar date, as front ends pass it to a `FixedClock`.
pub use chrono::NaiveDate as Date;

/// Environment variable that moves the data directory (tests, portable installs).
pub const HOME_ENV: &str = "COMPLAINT_DESK_HOME";

/// The source of "today" for letter dates, import dates, slugs and the validation of future dates.
pub trait Clock {
    /// The current calendar date where the user is.
    fn today(&self) -> NaiveDate;
}

/// The machine's local date, or the date of `SOURCE_DATE_EPOCH` when it is set (reproducible builds).
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn today(&self) -> NaiveDate {
        std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(|secs| DateTime::from_timestamp(secs, 0))
            .map(|t| t.date_naive())
            .unwrap_or_else(|| Local::now().date_naive())
    }
}

/// A clock stuck on one date, for tests and for re-rendering a letter as it was.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub NaiveDate);

impl Clock for FixedClock {
    fn today(&self) -> NaiveDate {
        self.0
    }
}

/// Where cases live: the `--data-dir` flag, else `COMPLAINT_DESK_HOME`, else the system's data folder.
///
/// `None` only on a system with no home directory at all.
pub fn data_dir(flag: Option<PathBuf>) -> Option<PathBuf> {
    if flag.is_some() {
        return flag;
    }
    if let Some(dir) = std::env::var_os(HOME_ENV).filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Complaint Desk", "complaint-desk").map(|dirs| dirs.data_dir().to_path_buf())
}
/// Where the system's file dialogs open: the user's documents folder, else their home folder; `None` lets the
/// dialog choose (it would otherwise start in whatever folder the app was launched from).
pub fn documents_dir() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf())
}

/// Where a deleted case folder goes: somewhere it can be brought back from, never straight off the disk.
pub trait Bin {
    /// Moves `path` (a case folder, or a file of one) out of the data directory.
    fn discard(&self, path: &Path) -> io::Result<()>;
}

/// The desktop's trash (on Linux the freedesktop.org one), where the file manager can restore from.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemTrash;

impl Bin for SystemTrash {
    fn discard(&self, path: &Path) -> io::Result<()> {
        trash::delete(path).map_err(io::Error::other)
    }
}
