//! Cases as folders on the user's disk: `<data dir>/cases/<id>/case.json`.
//!
//! Writes are crash-safe (temporary file, fsync, rename, fsync of the folder) and keep the last good
//! copy as `case.json.bak`. A file this build cannot read is reported, never overwritten. A lock file
//! per case keeps two processes from writing the same case at once.

use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde::Serialize;

use crate::error::{StoreError, Unreadable};
use crate::models::{Case, CaseStatus, IncidentType, SCHEMA_VERSION};
use crate::rules::is_overdue;
use crate::status::pending_due;

/// The case file inside a case folder.
pub const CASE_FILE: &str = "case.json";
/// The previous good version of the case file.
pub const BACKUP_FILE: &str = "case.json.bak";
const LOCK_FILE: &str = ".lock";
/// Marks a temporary file (`.case.json.tmp-…`); one left by a writer that died is removed by the next writer.
const TEMP_MARK: &str = ".tmp-";
/// How long a save waits for another process to finish writing the same case.
const LOCK_PATIENCE: Duration = Duration::from_secs(5);

/// One row of the case list: enough to show and sort without opening the case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum CaseListEntry {
    /// A case that loads.
    Readable {
        /// Folder name, the case's id.
        id: String,
        /// The customer's title for the case.
        title: String,
        /// Incident type.
        incident: IncidentType,
        /// Company legal name.
        company: String,
        /// Where the case stands.
        status: CaseStatus,
        /// Date of the newest letter, if any.
        last_letter: Option<String>,
        /// `YYYY-MM-DD` the company's answer is due, while one is awaited.
        due: Option<String>,
        /// The due date has passed with no answer recorded.
        overdue: bool,
    },
    /// A case folder whose file cannot be read by this build; left untouched.
    Unreadable {
        /// Folder name.
        id: String,
        /// Why, as a code and an English sentence.
        reason: Unreadable,
    },
}

impl CaseListEntry {
    /// The case's folder name.
    pub fn id(&self) -> &str {
        match self {
            Self::Readable { id, .. } | Self::Unreadable { id, .. } => id,
        }
    }
}

/// A case folder's id with its case, or the reason this build cannot read it.
pub type StoredCase = (String, Result<Case, Unreadable>);

/// The set of cases under one data directory.
#[derive(Debug, Clone)]
pub struct Store {
    cases: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the `cases/` folder under `data_dir`.
    pub fn open(data_dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let cases = data_dir.as_ref().join("cases");
        fs::create_dir_all(&cases).map_err(|e| StoreError::io(&cases, e))?;
        Ok(Store { cases })
    }

    /// The folder that holds every case.
    pub fn cases_dir(&self) -> &Path {
        &self.cases
    }

    /// The folder of one case, after checking the id cannot point outside the store.
    pub fn case_dir(&self, id: &str) -> Result<PathBuf, StoreError> {
        let well_formed = !id.is_empty()
            && id.len() <= 120
            && !id.starts_with(['-', '.'])
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            return Err(StoreError::InvalidId(id.to_owned()));
        }
        let dir = self.cases.join(id);
        if !dir.is_dir() {
            return Err(StoreError::NotFound(id.to_owned()));
        }
        Ok(dir)
    }

    /// Every case folder with its case or the reason it cannot be read, newest id (creation date) first.
    pub fn read_all(&self) -> Result<Vec<StoredCase>, StoreError> {
        let entries = fs::read_dir(&self.cases).map_err(|e| StoreError::io(&self.cases, e))?;
        let mut cases = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(&self.cases, e))?;
            let id = entry.file_name().to_string_lossy().into_owned();
            if id.starts_with('.') || !entry.path().is_dir() {
                continue;
            }
            cases.push((id, read_case(&entry.path())));
        }
        cases.sort_by(|a, b| b.0.cmp(&a.0));
        Ok(cases)
    }

    /// Every case folder, readable or not, newest id first; deadlines are judged as of `today`.
    pub fn list(&self, today: NaiveDate) -> Result<Vec<CaseListEntry>, StoreError> {
        let mut list = Vec::new();
        for (id, read) in self.read_all()? {
            list.push(match read {
                Ok(case) => {
                    // A deadline that cannot be computed (no rule for that date) is shown as none.
                    let due = pending_due(&case, case.letter_language).ok().flatten();
                    CaseListEntry::Readable {
                        overdue: due.as_ref().is_some_and(|d| is_overdue(d, today)),
                        due: due.map(|d| d.date.format("%Y-%m-%d").to_string()),
                        last_letter: case.last_letter_date().map(str::to_owned),
                        title: case.title,
                        incident: case.incident,
                        company: case.company.legal_name,
                        status: case.status,
                        id,
                    }
                }
                Err(reason) => CaseListEntry::Unreadable { id, reason },
            });
        }
        Ok(list)
    }

    /// Reads one case.
    pub fn load(&self, id: &str) -> Result<Case, StoreError> {
        let dir = self.case_dir(id)?;
        read_case(&dir).map_err(|reason| StoreError::Unreadable { id: id.to_owned(), reason })
    }

    /// Makes a new case folder named after the date, the company and the incident; returns its id.
    pub fn create(&self, case: &Case, today: NaiveDate) -> Result<String, StoreError> {
        let base = slug(today, &case.company.legal_name, case.incident);
        for n in 1..1000 {
            let id = if n == 1 { base.clone() } else { format!("{base}-{n}") };
            let dir = self.cases.join(&id);
            match fs::create_dir(&dir) {
                Ok(()) => {
                    for sub in ["evidence", "letters"] {
                        fs::create_dir(dir.join(sub)).map_err(|e| StoreError::io(&dir, e))?;
                    }
                    self.save(&id, case)?;
                    return Ok(id);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&dir, e)),
            }
        }
        Err(StoreError::io(&self.cases, io::Error::other("too many cases with the same name")))
    }

    /// Replaces a case's file atomically, keeping the previous version as `case.json.bak`.
    ///
    /// Refuses when the file on disk cannot be read by this build, so it is never lost.
    pub fn save(&self, id: &str, case: &Case) -> Result<(), StoreError> {
        let dir = self.case_dir(id)?;
        let _lock = CaseLock::acquire(&dir, id)?;

        let current = dir.join(CASE_FILE);
        match fs::read(&current) {
            Ok(bytes) => {
                parse_case(&bytes).map_err(|reason| StoreError::Unreadable { id: id.to_owned(), reason })?;
                write_atomically(&dir, BACKUP_FILE, &bytes).map_err(|e| StoreError::io(&dir.join(BACKUP_FILE), e))?;
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::io(&current, e)),
        }

        let mut stored = case.clone();
        stored.schema_version = SCHEMA_VERSION;
        let mut json = serde_json::to_vec_pretty(&stored).map_err(|e| StoreError::io(&current, io::Error::other(e)))?;
        json.push(b'\n');
        write_atomically(&dir, CASE_FILE, &json).map_err(|e| StoreError::io(&current, e))
    }
}

impl Store {
    /// Adds a file to a case subfolder (`letters`, `evidence`) without ever replacing one already there.
    ///
    /// `stem` and `extension` give the preferred name; `-2`, `-3`… are appended when it is taken.
    /// Returns the file name used.
    pub fn add_file(
        &self,
        id: &str,
        folder: &str,
        stem: &str,
        extension: &str,
        bytes: &[u8],
    ) -> Result<String, StoreError> {
        let dir = self.case_dir(id)?.join(folder);
        fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
        let temp = temp_path(&dir, stem);
        let written = (|| {
            let mut file = File::create(&temp)?;
            file.write_all(bytes)?;
            file.sync_all()
        })();
        written.map_err(|e| {
            let _ = fs::remove_file(&temp);
            StoreError::io(&temp, e)
        })?;
        let mut result = Err(StoreError::io(&dir, io::Error::other("no free file name")));
        for n in 1..1000 {
            let name = if n == 1 { format!("{stem}.{extension}") } else { format!("{stem}-{n}.{extension}") };
            // A hard link fails when the name exists, so a file is never replaced, even by a racing process.
            match fs::hard_link(&temp, dir.join(&name)) {
                Ok(()) => {
                    result = Ok(name);
                    break;
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    result = Err(StoreError::io(&dir.join(&name), e));
                    break;
                }
            }
        }
        let _ = fs::remove_file(&temp);
        sync_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
        result
    }
}

/// Reads and checks a case folder's file, saying why when it cannot be used.
fn read_case(dir: &Path) -> Result<Case, Unreadable> {
    match fs::read(dir.join(CASE_FILE)) {
        Ok(bytes) => parse_case(&bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(Unreadable::Missing),
        Err(e) => Err(Unreadable::Io { message: e.to_string() }),
    }
}

/// Parses `case.json` bytes, refusing a newer layout before looking at anything else.
pub fn parse_case(bytes: &[u8]) -> Result<Case, Unreadable> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| Unreadable::Corrupt { message: e.to_string() })?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| Unreadable::Corrupt { message: "no schema_version number".to_owned() })?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(Unreadable::NewerSchema { found: version, supported: SCHEMA_VERSION });
    }
    serde_json::from_value(value).map_err(|e| Unreadable::Corrupt { message: e.to_string() })
}

/// Writes `name` in `dir` so that a crash at any moment leaves either the old or the new content.
///
/// A temporary file beside the target is written, flushed to disk and renamed over it, then the folder is
/// flushed so the rename itself survives a power cut. Used for `case.json`, the profile and letter copies.
pub(crate) fn write_atomically(dir: &Path, name: impl AsRef<OsStr>, bytes: &[u8]) -> io::Result<()> {
    let name = name.as_ref();
    let temp = temp_path(dir, name);
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create(true).truncate(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, dir.join(name))?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// A temporary name beside `name` in `dir`, unique to this process and this call.
pub(crate) fn temp_path(dir: &Path, name: impl AsRef<OsStr>) -> PathBuf {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut temp = OsString::from(".");
    temp.push(name);
    temp.push(format!("{TEMP_MARK}{}-{n}", std::process::id()));
    dir.join(temp)
}

/// Whether a file name is one of our temporary files.
fn is_temp(file_name: &str) -> bool {
    file_name.starts_with('.') && file_name.contains(TEMP_MARK)
}

/// Flushes a folder's entries (a new or renamed file) to disk.
pub(crate) fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// An exclusive lock on one case folder, released when dropped (or when the process dies).
struct CaseLock(File);

impl CaseLock {
    fn acquire(dir: &Path, id: &str) -> Result<CaseLock, StoreError> {
        let path = dir.join(LOCK_FILE);
        let file = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| StoreError::io(&path, e))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_PATIENCE => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(fs::TryLockError::WouldBlock) => return Err(StoreError::Locked(id.to_owned())),
                Err(fs::TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
            }
        }
        // Temporary files left by a writer that died are now safe to remove.
        if let Ok(entries) = fs::read_dir(dir) {
            for entry in entries.flatten() {
                if is_temp(&entry.file_name().to_string_lossy()) {
                    let _ = fs::remove_file(entry.path());
                }
            }
        }
        Ok(CaseLock(file))
    }
}

impl Drop for CaseLock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

/// `2026-11-21-mts-debt-notice`: readable in a file manager, safe on every file system.
fn slug(today: NaiveDate, company: &str, incident: IncidentType) -> String {
    let mut words: Vec<String> = Vec::new();
    // A trade name in brackets after the legal name only makes the folder name longer.
    let company = company.split(['(', '[']).next().unwrap_or_default();
    for part in [transliterate(company), incident.short_label().to_owned()] {
        let mut word = String::new();
        for c in part.chars() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    // Legal-form abbreviations say nothing about which case this is.
    words.retain(|w| {
        !matches!(
            w.as_str(),
            "pao" | "oao" | "ooo" | "zao" | "ao" | "ead" | "ad" | "ood" | "eood" | "prat" | "ltd" | "plc"
        )
    });
    words.truncate(6);
    let mut slug = today.format("%Y-%m-%d").to_string();
    for word in words {
        slug.push('-');
        slug.push_str(&word);
    }
    slug
}

/// Latin letters for Russian, Bulgarian and Ukrainian text, so folder names stay ASCII.
fn transliterate(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let latin = match lower {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'є' | 'э' => "e",
            'ё' => "yo",
            'ж' => "zh",
            'з' => "z",
            'и' | 'ы' | 'і' => "i",
            'ї' => "yi",
            'й' => "y",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sht",
            'ъ' => "a",
            'ь' => "",
            'ю' => "yu",
            'я' => "ya",
            'ѝ' => "i",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(latin);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Jurisdiction, Language};

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).expect("valid date")
    }

    fn sample(company: &str) -> Case {
        let mut case = Case::new(IncidentType::WrongPersonDebt, Jurisdiction::Ru, Language::Ru);
        case.company.legal_name = company.into();
        case.title = "Уведомление о долге на чужое имя".into();
        case
    }

    #[test]
    fn slugs_are_dated_ascii_and_skip_legal_forms() {
        assert_eq!(slug(day(), "ПАО «МТС»", IncidentType::WrongPersonDebt), "2026-11-21-mts-debt-notice");
        assert_eq!(slug(day(), "„Мобилтел“ ЕАД", IncidentType::BillingDispute), "2026-11-21-mobiltel-billing-dispute");
        assert_eq!(slug(day(), "", IncidentType::Other), "2026-11-21-complaint");
    }

    #[test]
    fn create_then_load_round_trips_and_ids_stay_unique() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let first = store.create(&sample("ПАО «МТС»"), day()).expect("create");
        let second = store.create(&sample("ПАО «МТС»"), day()).expect("create");
        assert_eq!(first, "2026-11-21-mts-debt-notice");
        assert_eq!(second, "2026-11-21-mts-debt-notice-2");
        assert_eq!(store.load(&first).expect("load"), sample("ПАО «МТС»"));
        assert!(store.cases_dir().join(&first).join("evidence").is_dir());
        assert!(store.cases_dir().join(&first).join("letters").is_dir());
    }

    #[test]
    fn saving_keeps_the_previous_version_as_backup() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let id = store.create(&sample("МТС"), day()).expect("create");
        let mut changed = sample("МТС");
        changed.demands.push("Прекратить рассылку".into());
        store.save(&id, &changed).expect("save");
        let backup = fs::read(store.cases_dir().join(&id).join(BACKUP_FILE)).expect("backup");
        assert_eq!(parse_case(&backup).expect("backup parses"), sample("МТС"));
        assert_eq!(store.load(&id).expect("load"), changed);
    }

    #[test]
    fn ids_cannot_escape_the_store() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        for bad in ["", "..", "../x", "a/b", "A", ".hidden", "-x"] {
            assert!(matches!(store.load(bad), Err(StoreError::InvalidId(_))), "{bad}");
        }
        assert!(matches!(store.load("2026-01-01-none"), Err(StoreError::NotFound(_))));
    }

    #[test]
    fn a_second_writer_waits_for_the_lock() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let id = store.create(&sample("МТС"), day()).expect("create");
        let case_dir = store.case_dir(&id).expect("dir");
        let held = CaseLock::acquire(&case_dir, &id).expect("lock");
        let other = std::thread::spawn({
            let store = store.clone();
            let id = id.clone();
            move || store.save(&id, &sample("МТС"))
        });
        std::thread::sleep(Duration::from_millis(100));
        assert!(!other.is_finished(), "a save went ahead while another writer held the lock");
        drop(held);
        other.join().expect("thread").expect("save after the lock is released");
    }
}
