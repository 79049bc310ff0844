//! Cases as folders on the user's disk: `<data dir>/cases/<id>/case.json`, and the archived ones under
//! `<data dir>/archive/<id>/`.
//!
//! A case changes only inside [`Store::update`]: the case's lock is taken, the file is read, the change
//! is applied and the result saved before the lock is released, so two writers never lose each other's
//! work. Writes are crash-safe (temporary file, fsync, rename, fsync of the folder) and keep the last good
//! copy as `case.json.bak`. A file this build cannot read is reported, never overwritten; anything that
//! is not a plain file (a pipe, a device, a link) is refused before it is opened for reading.

use std::ffi::{OsStr, OsString};
use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::error::{StoreError, Unreadable};
use crate::migrate;
use crate::models::{Case, IncidentType, SCHEMA_VERSION, Shelf};
use crate::text::normalize_line_breaks;
use crate::world::Bin;

/// The case file inside a case folder.
pub const CASE_FILE: &str = "case.json";
/// The previous good version of the case file.
pub const BACKUP_FILE: &str = "case.json.bak";
/// The case subfolders files are added to; their leftovers are tidied with the case.
pub const CASE_SUBFOLDERS: [&str; 2] = ["evidence", "letters"];
/// The largest `case.json` read: far above any case typed by hand, far below what would stall the list.
pub const MAX_CASE_BYTES: u64 = 16 * 1024 * 1024;
const LOCK_FILE: &str = ".lock";
/// Marks a temporary file (`.case.json.tmp-…`); one left by a writer that died is removed by the next writer.
const TEMP_MARK: &str = ".tmp-";
/// How long a save waits for another process to finish writing the same case.
const LOCK_PATIENCE: Duration = Duration::from_secs(5);

/// A case folder's id with its case, or the reason this build cannot read it.
pub type StoredCase = (String, Result<Case, Unreadable>);

/// The set of cases under one data directory.
#[derive(Debug, Clone)]
pub struct Store {
    cases: PathBuf,
    archive: PathBuf,
}

/// The folder of a case whose lock is held: what an update may add files to.
#[derive(Debug)]
pub struct CaseFolder<'a> {
    dir: &'a Path,
}

impl CaseFolder<'_> {
    /// The case folder on disk.
    pub fn path(&self) -> &Path {
        self.dir
    }

    /// Adds a file to a case subfolder (`letters`, `evidence`) without ever replacing one already there.
    ///
    /// `stem` and `extension` give the preferred name; `-2`, `-3`… are appended when it is taken.
    /// Returns the file name used.
    pub fn add_file(&self, folder: &str, stem: &str, extension: &str, bytes: &[u8]) -> Result<String, StoreError> {
        let dir = case_subfolder(self.dir, folder)?;
        let (temp, mut file) = create_temp(&dir, stem).map_err(|e| StoreError::io(&dir, e))?;
        let written = file.write_all(bytes).and_then(|()| file.sync_all());
        let result = written
            .map_err(|e| StoreError::io(&temp, e))
            .and_then(|()| link_under_free_name(&dir, &temp, stem, extension));
        let _ = fs::remove_file(&temp);
        drop(file);
        let name = result?;
        sync_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
        Ok(name)
    }
}

/// A case subfolder (`letters`, `evidence`) as a real folder inside the case, created when missing; a link
/// or anything else in its place is refused, so no file is ever read, written or removed outside the case.
pub fn case_subfolder(case_dir: &Path, name: &str) -> Result<PathBuf, StoreError> {
    let dir = case_dir.join(name);
    match fs::symlink_metadata(&dir) {
        Ok(meta) if meta.is_dir() => Ok(dir),
        Ok(meta) => {
            let kind = kind_of(&meta);
            Err(StoreError::io(&dir, io::Error::other(format!("not a folder of the case ({kind})"))))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            fs::create_dir(&dir).map_err(|e| StoreError::io(&dir, e))?;
            Ok(dir)
        }
        Err(e) => Err(StoreError::io(&dir, e)),
    }
}

/// Gives `temp` the first free name of `stem.extension`, `stem-2.extension`…; a hard link fails when the name
/// exists, so a file is never replaced, even by a racing process.
fn link_under_free_name(dir: &Path, temp: &Path, stem: &str, extension: &str) -> Result<String, StoreError> {
    for n in 1..1000 {
        let name = if n == 1 { format!("{stem}.{extension}") } else { format!("{stem}-{n}.{extension}") };
        match fs::hard_link(temp, dir.join(&name)) {
            Ok(()) => return Ok(name),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(StoreError::io(&dir.join(&name), e)),
        }
    }
    Err(StoreError::io(dir, io::Error::other("no free file name")))
}

impl Store {
    /// Opens (creating if needed) the `cases/` folder under `data_dir`; `archive/` is made on the first archiving.
    pub fn open(data_dir: impl AsRef<Path>) -> Result<Store, StoreError> {
        let cases = data_dir.as_ref().join("cases");
        fs::create_dir_all(&cases).map_err(|e| StoreError::io(&cases, e))?;
        Ok(Store { cases, archive: data_dir.as_ref().join("archive") })
    }

    /// The folder that holds every case in use.
    pub fn cases_dir(&self) -> &Path {
        &self.cases
    }

    /// The folder that holds the cases on `shelf`.
    pub fn shelf_dir(&self, shelf: Shelf) -> &Path {
        match shelf {
            Shelf::Active => &self.cases,
            Shelf::Archived => &self.archive,
        }
    }

    /// The folder of one case in use, after checking the id cannot point outside the store.
    pub fn case_dir(&self, id: &str) -> Result<PathBuf, StoreError> {
        self.case_dir_on(Shelf::Active, id)
    }

    /// The folder of one case on `shelf`, after checking the id cannot point outside the store.
    pub fn case_dir_on(&self, shelf: Shelf, id: &str) -> Result<PathBuf, StoreError> {
        if !is_case_id(id) {
            return Err(StoreError::InvalidId(id.to_owned()));
        }
        let dir = self.shelf_dir(shelf).join(id);
        match fs::symlink_metadata(&dir) {
            Ok(meta) if meta.is_dir() => Ok(dir),
            Ok(meta) if meta.file_type().is_symlink() => {
                Err(StoreError::Unreadable { id: id.to_owned(), reason: Unreadable::LinkedFolder })
            }
            _ => Err(StoreError::NotFound(id.to_owned())),
        }
    }

    /// Every case folder on `shelf` with its case or the reason it cannot be read, newest id (creation date)
    /// first.
    pub fn read_all(&self, shelf: Shelf) -> Result<Vec<StoredCase>, StoreError> {
        let dir = self.shelf_dir(shelf);
        let entries = match fs::read_dir(dir) {
            Ok(entries) => entries,
            // Nothing was ever archived.
            Err(e) if e.kind() == io::ErrorKind::NotFound && shelf == Shelf::Archived => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(dir, e)),
        };
        let mut folders = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| StoreError::io(dir, e))?;
            let id = entry.file_name().to_string_lossy().into_owned();
            let Ok(kind) = entry.file_type() else { continue };
            if id.starts_with('.') || !(kind.is_dir() || kind.is_symlink()) {
                continue;
            }
            folders.push((id, entry.path(), kind));
        }
        // Sorted before reading: moving the read cases would copy every one of them.
        folders.sort_by(|a, b| b.0.cmp(&a.0));
        let read = on_every_core(&folders, |(id, path, kind)| read_folder(id, path, *kind));
        Ok(folders.into_iter().zip(read).filter_map(|((id, _, _), read)| Some((id, read?))).collect())
    }

    /// Reads one case.
    pub fn load(&self, id: &str) -> Result<Case, StoreError> {
        let dir = self.case_dir(id)?;
        read_case(&dir).map_err(|reason| StoreError::Unreadable { id: id.to_owned(), reason })
    }

    /// Makes a new case folder named after the date, the company and the incident; returns its id and the
    /// case as stored (its first revision).
    pub fn create(&self, case: &Case, today: NaiveDate) -> Result<(String, Case), StoreError> {
        let base = slug(today, &case.company.legal_name, case.incident);
        for n in 1..1000 {
            let id = numbered_id(&base, n);
            let dir = self.cases.join(&id);
            match fs::create_dir(&dir) {
                Ok(()) => {
                    // The case file comes first: a folder a killed process left before it holds nothing typed,
                    // and is passed over by the list.
                    let lock = CaseLock::acquire(&dir, &id)?;
                    let mut stored = case.clone();
                    stored.revision = 1;
                    let written = encode_case(&dir, &mut stored).and_then(|json| write_case(&dir, &json));
                    if let Err(e) = written {
                        // Nothing typed is in the folder yet: it goes, so the list shows no empty case.
                        drop(lock);
                        let _ = fs::remove_dir_all(&dir);
                        return Err(e);
                    }
                    for sub in CASE_SUBFOLDERS {
                        fs::create_dir(dir.join(sub)).map_err(|e| StoreError::io(&dir, e))?;
                    }
                    drop(lock);
                    return Ok((id, stored));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&dir, e)),
            }
        }
        Err(StoreError::io(&self.cases, io::Error::other("too many cases with the same name")))
    }

    /// Makes a new case whole before it appears: its case file, its subfolders and what `fill` writes into the
    /// folder (a bag's letters and evidence) go into a hidden folder of the store, which is then renamed into
    /// place under a free id. A process killed midway leaves only the hidden folder, which the list passes over.
    pub fn create_filled(
        &self,
        case: &Case,
        today: NaiveDate,
        fill: impl FnOnce(&Path) -> Result<(), StoreError>,
    ) -> Result<(String, Case), StoreError> {
        static STAGED: AtomicU64 = AtomicU64::new(0);
        fs::create_dir_all(&self.cases).map_err(|e| StoreError::io(&self.cases, e))?;
        let serial = STAGED.fetch_add(1, Ordering::Relaxed);
        let staging = self.cases.join(format!(".incoming{TEMP_MARK}{}-{serial}", std::process::id()));
        fs::create_dir(&staging).map_err(|e| StoreError::io(&staging, e))?;
        let mut stored = case.clone();
        stored.revision = 1;
        let filled = (|| {
            write_case(&staging, &encode_case(&staging, &mut stored)?)?;
            for sub in CASE_SUBFOLDERS {
                fs::create_dir(staging.join(sub)).map_err(|e| StoreError::io(&staging, e))?;
            }
            fill(&staging)?;
            let base = slug(today, &case.company.legal_name, case.incident);
            for n in 1..1000 {
                let id = numbered_id(&base, n);
                let target = self.cases.join(&id);
                // A rename would replace an empty folder of that name: one that exists is passed over.
                if fs::symlink_metadata(&target).is_ok() {
                    continue;
                }
                fs::rename(&staging, &target).map_err(|e| StoreError::io(&target, e))?;
                sync_dir(&self.cases).map_err(|e| StoreError::io(&self.cases, e))?;
                return Ok(id);
            }
            Err(StoreError::io(&self.cases, io::Error::other("too many cases with the same name")))
        })();
        match filled {
            Ok(id) => Ok((id, stored)),
            Err(e) => {
                let _ = fs::remove_dir_all(&staging);
                Err(e)
            }
        }
    }

    /// The one way a case changes: under the case's lock, reads it, lets `change` edit it (and add files to
    /// its folder), and saves the result as the next revision before the lock is released.
    ///
    /// Nothing is written when `change` fails or leaves the case as it was; so a file of an earlier schema,
    /// migrated as it is read, is rewritten in the current one only with a real change (its old bytes become
    /// the backup). Refuses a file on disk this build cannot read, so it is never lost. Returns the case as
    /// stored and what `change` returned.
    pub fn update<T, E: From<StoreError>>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Case, &CaseFolder<'_>) -> Result<T, E>,
    ) -> Result<(Case, T), E> {
        let dir = self.case_dir(id)?;
        let _lock = CaseLock::acquire(&dir, id)?;
        let unreadable = |reason| StoreError::Unreadable { id: id.to_owned(), reason };
        let current = read_case_bytes(&dir.join(CASE_FILE)).map_err(unreadable)?;
        let before = parse_case(&current).map_err(unreadable)?;
        let mut case = before.clone();
        let outcome = change(&mut case, &CaseFolder { dir: &dir })?;
        if case == before {
            return Ok((case, outcome));
        }
        case.revision = before.revision.checked_add(1).ok_or_else(|| {
            unreadable(Unreadable::Corrupt { message: format!("revision {} cannot grow", before.revision) })
        })?;
        let json = encode_case(&dir, &mut case)?;
        write_atomically(&dir, BACKUP_FILE, &current).map_err(|e| StoreError::io(&dir.join(BACKUP_FILE), e))?;
        write_case(&dir, &json)?;
        Ok((case, outcome))
    }

    /// Moves a case folder, whole and under its lock (so never in the middle of a save), from one shelf to the
    /// other; returns its id there, which gains `-2`, `-3`… when a folder of that name is there already.
    pub fn move_case(&self, id: &str, from: Shelf, to: Shelf) -> Result<String, StoreError> {
        let dir = self.case_dir_on(from, id)?;
        let _lock = CaseLock::acquire(&dir, id)?;
        let target = self.shelf_dir(to);
        fs::create_dir_all(target).map_err(|e| StoreError::io(target, e))?;
        for n in 1..1000 {
            let new_id = numbered_id(id, n);
            match rename_without_replacing(&dir, &target.join(&new_id)) {
                Ok(()) => {
                    sync_dir(target).map_err(|e| StoreError::io(target, e))?;
                    return Ok(new_id);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&dir, e)),
            }
        }
        Err(StoreError::io(target, io::Error::other("too many cases with the same name")))
    }

    /// Hands a case folder on `shelf` to `bin` (the system's trash), under its lock, so it can still be
    /// brought back from there.
    pub fn discard(&self, id: &str, shelf: Shelf, bin: &dyn Bin) -> Result<(), StoreError> {
        let dir = self.case_dir_on(shelf, id)?;
        let _lock = CaseLock::acquire(&dir, id)?;
        bin.discard(&dir).map_err(|e| StoreError::io(&dir, e))
    }
}

/// Renames the folder `from` to `to`, failing with `AlreadyExists` rather than taking the place of a folder
/// there: the name is claimed first with an empty folder of our own (as a creation claims one), which the
/// rename then replaces.
fn rename_without_replacing(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir(to)?;
    fs::rename(from, to).inspect_err(|_| release_claim(to))
}

/// Removes a folder claimed for a rename that failed. A writer that came for a case of that name meanwhile
/// may have left its lock there (it found no case): the folder goes all the same, so the name stays free.
fn release_claim(dir: &Path) {
    if is_unfinished_creation(dir) {
        let _ = fs::remove_dir_all(dir);
    }
}

/// Whether a case folder holds only what a creation killed before writing `case.json` leaves: the lock file
/// and temporary files, nothing anyone typed.
fn is_unfinished_creation(dir: &Path) -> bool {
    let Ok(entries) = fs::read_dir(dir) else { return false };
    entries.flatten().all(|e| {
        let name = e.file_name();
        let name = name.to_string_lossy();
        name == LOCK_FILE || (name.starts_with('.') && name.contains(TEMP_MARK))
    })
}

/// The longest case id: a folder name every file system takes, with room for the path around it.
const MAX_ID_LEN: usize = 120;

/// `base`, or `base-n` after the first, cut so the id stays within [`MAX_ID_LEN`] however often a name is
/// taken again (a restore of `x-2` beside one is `x-2-2`).
fn numbered_id(base: &str, n: usize) -> String {
    let suffix = if n == 1 { String::new() } else { format!("-{n}") };
    // Ids are ASCII, so any byte is a character boundary.
    let kept = base.get(..MAX_ID_LEN - suffix.len()).unwrap_or(base).trim_end_matches('-');
    format!("{kept}{suffix}")
}

/// Whether `id` is a name the store gives a case folder (and so cannot point outside the store).
fn is_case_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && !id.starts_with(['-', '.'])
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Serializes `case` in the current layout, as `case.json` will hold it. Refuses a case larger than the loader
/// reads: written, it could never be opened again.
fn encode_case(dir: &Path, case: &mut Case) -> Result<Vec<u8>, StoreError> {
    let path = dir.join(CASE_FILE);
    case.schema_version = SCHEMA_VERSION;
    let encoding = |e| StoreError::io(&path, io::Error::other(e));
    // Text pasted with Windows or old Mac line breaks is stored with plain ones, as the letter prints it.
    let mut value = serde_json::to_value(&*case).map_err(encoding)?;
    if normalize_line_breaks(&mut value) {
        *case = serde_json::from_value(value.clone()).map_err(encoding)?;
    }
    let mut json = serde_json::to_vec_pretty(&value).map_err(encoding)?;
    json.push(b'\n');
    let size = json.len() as u64;
    if size > MAX_CASE_BYTES {
        return Err(StoreError::TooLarge { size, limit: MAX_CASE_BYTES });
    }
    Ok(json)
}

/// Replaces `case.json` with bytes from [`encode_case`].
fn write_case(dir: &Path, json: &[u8]) -> Result<(), StoreError> {
    write_atomically(dir, CASE_FILE, json).map_err(|e| StoreError::io(&dir.join(CASE_FILE), e))
}

/// What the list makes of one folder of a shelf; `None` for a case still being created.
fn read_folder(id: &str, path: &Path, kind: fs::FileType) -> Option<Result<Case, Unreadable>> {
    if kind.is_symlink() {
        return Some(Err(Unreadable::LinkedFolder));
    }
    if !is_case_id(id) {
        return (!is_unfinished_creation(path)).then_some(Err(Unreadable::BadName));
    }
    // A folder being created has no case file yet: only then is it worth listing the folder.
    match read_case(path) {
        Err(Unreadable::Missing) if is_unfinished_creation(path) => None,
        read => Some(read),
    }
}

/// `read` of every item, in their order, on every core: reading and parsing case files is nearly all the time
/// a list of thousands of cases takes. A panic in one part is the caller's, as it would be on one thread.
fn on_every_core<T: Sync, R: Send>(items: &[T], read: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let part = items.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let read = &read;
        let parts: Vec<_> =
            items.chunks(part).map(|items| scope.spawn(move || items.iter().map(read).collect::<Vec<R>>())).collect();
        parts
            .into_iter()
            .flat_map(|part| part.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// Reads and checks a case folder's file, saying why when it cannot be used.
fn read_case(dir: &Path) -> Result<Case, Unreadable> {
    read_case_file(&dir.join(CASE_FILE))
}

/// Reads a case file anywhere (an example to copy, a file to check), with the same refusals as the store's.
pub fn read_case_file(path: &Path) -> Result<Case, Unreadable> {
    parse_case(&read_case_bytes(path)?)
}

/// The bytes of a case file, refusing anything but a plain file of a sane size before reading it.
fn read_case_bytes(path: &Path) -> Result<Vec<u8>, Unreadable> {
    let io_reason = |e: io::Error| Unreadable::Io { message: e.to_string() };
    let file = match open_plain_file(path) {
        Ok(file) => file,
        Err(OpenError::NotAFile(kind)) => return Err(Unreadable::NotAFile { kind: kind.to_owned() }),
        Err(OpenError::Io(e)) if e.kind() == io::ErrorKind::NotFound => return Err(Unreadable::Missing),
        Err(OpenError::Io(e)) => return Err(io_reason(e)),
    };
    let size = file.metadata().map_err(io_reason)?.len();
    if size > MAX_CASE_BYTES {
        return Err(Unreadable::TooLarge { size, limit: MAX_CASE_BYTES });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // The limit holds even for a file that grows while it is read.
    file.take(MAX_CASE_BYTES + 1).read_to_end(&mut bytes).map_err(io_reason)?;
    if bytes.len() as u64 > MAX_CASE_BYTES {
        return Err(Unreadable::TooLarge { size: bytes.len() as u64, limit: MAX_CASE_BYTES });
    }
    Ok(bytes)
}

/// Why [`open_plain_file`] refused.
#[derive(Debug)]
pub(crate) enum OpenError {
    /// The path is a pipe, socket, device, folder or link (named by the `&str`).
    NotAFile(&'static str),
    /// The system refused.
    Io(io::Error),
}

impl From<OpenError> for io::Error {
    fn from(error: OpenError) -> io::Error {
        match error {
            OpenError::NotAFile(kind) => io::Error::other(format!("not a plain file ({kind})")),
            OpenError::Io(e) => e,
        }
    }
}

/// Opens a plain file for reading without following a link and without blocking on a pipe or a device.
///
/// The type is checked both before opening and on the open file, so a file swapped for a pipe in between
/// is still refused.
pub(crate) fn open_plain_file(path: &Path) -> Result<File, OpenError> {
    let meta = fs::symlink_metadata(path).map_err(OpenError::Io)?;
    if !meta.is_file() {
        return Err(OpenError::NotAFile(kind_of(&meta)));
    }
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ELOOP) {
            return OpenError::NotAFile("link");
        }
        OpenError::Io(e)
    })?;
    let meta = file.metadata().map_err(OpenError::Io)?;
    if !meta.is_file() {
        return Err(OpenError::NotAFile(kind_of(&meta)));
    }
    Ok(file)
}

/// A word for what a path is when it is not a plain file.
fn kind_of(meta: &Metadata) -> &'static str {
    let kind = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "pipe";
        }
        if kind.is_socket() {
            return "socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "device";
        }
    }
    if kind.is_symlink() {
        "link"
    } else if kind.is_dir() {
        "folder"
    } else if kind.is_file() {
        "file"
    } else {
        "special file"
    }
}

/// Parses `case.json` bytes, refusing a newer layout before looking at anything else and bringing an older one
/// up to date in memory (the file is rewritten only by the next change of the case).
///
/// A UTF-8 byte-order mark (some editors add one) is accepted; a key given twice in one object makes the file
/// damaged, with its line, rather than one of the two values being silently taken.
pub fn parse_case(bytes: &[u8]) -> Result<Case, Unreadable> {
    let corrupt = |e: serde_json::Error| Unreadable::Corrupt { message: e.to_string() };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    // Checked as UTF-8 once, as a whole, the reader then checks no string again; a file that is not (cut short
    // inside a letter, or in another encoding) is read from its bytes, for the reader's line and column.
    let UniqueKeys(value) = match std::str::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    }
    .map_err(corrupt)?;
    let mut value = migrate::to_current(value)?;
    normalize_line_breaks(&mut value);
    serde_json::from_value(value).map_err(corrupt)
}

/// A JSON document read as a value, refused when an object has a key twice (which a plain value would keep
/// the last of, silently): one pass over the bytes for both.
struct UniqueKeys(serde_json::Value);

impl<'de> Deserialize<'de> for UniqueKeys {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueKeysVisitor)
    }
}

struct UniqueKeysVisitor;

impl<'de> Visitor<'de> for UniqueKeysVisitor {
    type Value = UniqueKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(v.into()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(v.into()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(v.into()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(v.into()))
    }

    fn visit_str<E>(self, v: &str) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(v.into()))
    }

    fn visit_string<E>(self, v: String) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(v.into()))
    }

    fn visit_unit<E>(self) -> Result<UniqueKeys, E> {
        Ok(UniqueKeys(serde_json::Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<UniqueKeys, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(UniqueKeys(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(UniqueKeys(serde_json::Value::Array(items)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UniqueKeys, A::Error> {
        let mut object = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                return Err(de::Error::custom(format!("the key “{key}” appears twice in one object")));
            }
            let UniqueKeys(value) = map.next_value()?;
            object.insert(key, value);
        }
        Ok(UniqueKeys(serde_json::Value::Object(object)))
    }
}

/// Writes `name` in `dir` so that a crash at any moment leaves either the old or the new content.
///
/// A temporary file beside the target is written, flushed to disk and renamed over it, then the folder is
/// flushed so the rename itself survives a power cut. Used for `case.json`, the profile and letter copies.
pub(crate) fn write_atomically(dir: &Path, name: impl AsRef<OsStr>, bytes: &[u8]) -> io::Result<()> {
    let name = name.as_ref();
    let (temp, mut file) = create_temp(dir, name)?;
    let result = (|| {
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, dir.join(name))?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Creates a temporary file beside `name` in `dir`, unique to this process and this call, and holds a lock on
/// it while it is open: a temporary file nobody holds is a dead writer's leftover, safe to remove.
pub(crate) fn create_temp(dir: &Path, name: impl AsRef<OsStr>) -> io::Result<(PathBuf, File)> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let mut temp = OsString::from(".");
    temp.push(name);
    temp.push(format!("{TEMP_MARK}{}-{n}", std::process::id()));
    let path = dir.join(temp);
    let file = OpenOptions::new().read(true).write(true).create_new(true).open(&path)?;
    file.lock()?;
    Ok((path, file))
}

/// Removes the temporary files a writer that died left in a case folder and its subfolders.
fn remove_leftovers(case_dir: &Path) {
    // A subfolder that is a link is not the case's: nothing is removed there.
    let subfolders =
        CASE_SUBFOLDERS.iter().map(|s| case_dir.join(s)).filter(|d| fs::symlink_metadata(d).is_ok_and(|m| m.is_dir()));
    for folder in std::iter::once(case_dir.to_path_buf()).chain(subfolders) {
        let Ok(entries) = fs::read_dir(&folder) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with('.') && name.contains(TEMP_MARK)) {
                continue;
            }
            // A live writer holds its temporary file locked; only an abandoned one can be locked here.
            if let Ok(file) = open_plain_file(&entry.path())
                && file.try_lock().is_ok()
            {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
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
        if let Ok(meta) = fs::symlink_metadata(&path)
            && !meta.is_file()
        {
            let kind = kind_of(&meta);
            return Err(StoreError::io(&path, io::Error::other(format!("not a plain file ({kind})"))));
        }
        let mut options = OpenOptions::new();
        options.write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        let file = options.open(&path).map_err(|e| StoreError::io(&path, e))?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => break,
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_PATIENCE => {
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(fs::TryLockError::WouldBlock) => return Err(StoreError::Locked(id.to_owned())),
                Err(fs::TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
            }
        }
        remove_leftovers(dir);
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
    numbered_id(&slug, 1)
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
    use crate::error::ErrorCode;
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
    fn a_case_made_whole_appears_only_when_whole_and_a_failed_one_leaves_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let failed = store.create_filled(&sample("ПАО «МТС»"), day(), |folder| {
            fs::write(folder.join("letters").join("a.pdf"), b"%PDF").map_err(|e| StoreError::io(folder, e))?;
            Err(StoreError::io(folder, io::Error::other("the disk is full")))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read_dir(store.cases_dir()).expect("cases").count(), 0, "nothing is left behind");
        let (id, stored) = store
            .create_filled(&sample("ПАО «МТС»"), day(), |folder| {
                fs::write(folder.join("letters").join("a.pdf"), b"%PDF").map_err(|e| StoreError::io(folder, e))
            })
            .expect("created");
        assert_eq!((id.as_str(), stored.revision), ("2026-11-21-mts-debt-notice", 1));
        assert_eq!(fs::read(store.case_dir(&id).expect("dir").join("letters/a.pdf")).expect("letter"), b"%PDF");
        assert_eq!(store.load(&id).expect("loads").title, "Уведомление о долге на чужое имя");
    }

    #[test]
    fn slugs_are_dated_ascii_and_skip_legal_forms() {
        assert_eq!(slug(day(), "ПАО «МТС»", IncidentType::WrongPersonDebt), "2026-11-21-mts-debt-notice");
        assert_eq!(slug(day(), "„Мобилтел“ ЕАД", IncidentType::BillingDispute), "2026-11-21-mobiltel-billing-dispute");
        assert_eq!(slug(day(), "", IncidentType::Other), "2026-11-21-complaint");
    }

    #[test]
    fn a_long_company_name_and_names_taken_again_and_again_keep_ids_within_the_limit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let name = "Общество с ограниченной ответственностью «Телекоммуникационная компания Северо-Западного федерального округа»";
        let (id, _) = store.create(&sample(name), day()).expect("create");
        assert!(id.len() <= MAX_ID_LEN && is_case_id(&id), "{id}");
        store.load(&id).expect("the case can be opened by its id");
        let mut again = id.clone();
        for _ in 0..40 {
            again = numbered_id(&again, 2);
            assert!(again.len() <= MAX_ID_LEN && is_case_id(&again), "{again}");
        }
        assert_eq!(numbered_id("2026-11-21-mts", 1), "2026-11-21-mts");
        assert_eq!(numbered_id("2026-11-21-mts", 12), "2026-11-21-mts-12");
    }

    #[test]
    fn a_claimed_folder_left_with_only_a_writer_s_lock_is_released_and_one_with_a_case_is_not() {
        let dir = tempfile::tempdir().expect("temp dir");
        let claimed = dir.path().join("2026-11-21-mts-debt-notice");
        fs::create_dir(&claimed).expect("claim");
        fs::write(claimed.join(LOCK_FILE), b"").expect("a writer's lock");
        release_claim(&claimed);
        assert!(!claimed.exists(), "the name is free again");
        fs::create_dir(&claimed).expect("claim");
        fs::write(claimed.join(CASE_FILE), b"{}").expect("a case");
        release_claim(&claimed);
        assert!(claimed.join(CASE_FILE).exists(), "a folder holding a case is never removed");
    }

    #[test]
    fn create_then_load_round_trips_and_ids_stay_unique() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let (first, stored) = store.create(&sample("ПАО «МТС»"), day()).expect("create");
        let (second, _) = store.create(&sample("ПАО «МТС»"), day()).expect("create");
        assert_eq!(first, "2026-11-21-mts-debt-notice");
        assert_eq!(second, "2026-11-21-mts-debt-notice-2");
        assert_eq!(stored.revision, 1, "a new case starts at its first revision");
        assert_eq!(store.load(&first).expect("load"), Case { revision: 1, ..sample("ПАО «МТС»") });
        assert!(store.cases_dir().join(&first).join("evidence").is_dir());
        assert!(store.cases_dir().join(&first).join("letters").is_dir());
    }

    #[test]
    fn a_case_too_large_to_read_back_is_never_written() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let mut huge = sample("МТС");
        // Under the limit as typed, over it once pretty-printed with its escapes.
        huge.title = "\u{1}".repeat(3_000_000);
        let refused = store.create(&huge, day()).expect_err("too large to create");
        assert_eq!(refused.code(), ErrorCode::CaseTooLarge);
        assert_eq!(fs::read_dir(store.cases_dir()).expect("cases").count(), 0, "no folder is left behind");

        let (id, _) = store.create(&sample("МТС"), day()).expect("create");
        let case_file = store.cases_dir().join(&id).join(CASE_FILE);
        let before = fs::read(&case_file).expect("case.json");
        let err = store
            .update(&id, |case, _| {
                case.title = "И".repeat(9_000_000);
                Ok::<_, StoreError>(())
            })
            .expect_err("too large to save");
        assert_eq!(err.code(), ErrorCode::CaseTooLarge);
        assert_eq!(fs::read(&case_file).expect("case.json"), before, "the stored case is untouched");
        assert!(!store.cases_dir().join(&id).join(BACKUP_FILE).exists(), "no backup of an unchanged case");
        assert_eq!(store.load(&id).expect("still opens").revision, 1);
    }

    #[test]
    fn saving_keeps_the_previous_version_as_backup() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let (id, created) = store.create(&sample("МТС"), day()).expect("create");
        let mut changed = created.clone();
        changed.demands.push("Прекратить рассылку".into());
        let (saved, ()) = store
            .update(&id, |case, _| {
                *case = changed.clone();
                Ok::<_, StoreError>(())
            })
            .expect("save");
        let backup = fs::read(store.cases_dir().join(&id).join(BACKUP_FILE)).expect("backup");
        assert_eq!(parse_case(&backup).expect("backup parses"), created);
        assert_eq!(saved, Case { revision: 2, ..changed });
        assert_eq!(store.load(&id).expect("load"), saved);
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
        let (id, _) = store.create(&sample("МТС"), day()).expect("create");
        let case_dir = store.case_dir(&id).expect("dir");
        let held = CaseLock::acquire(&case_dir, &id).expect("lock");
        let other = std::thread::spawn({
            let store = store.clone();
            let id = id.clone();
            move || {
                store.update(&id, |case, _| {
                    case.title.push('!');
                    Ok::<_, StoreError>(())
                })
            }
        });
        std::thread::sleep(Duration::from_millis(100));
        assert!(!other.is_finished(), "a save went ahead while another writer held the lock");
        drop(held);
        other.join().expect("thread").expect("save after the lock is released");
    }

    /// A store with one case; returns the store, the case's id and its folder.
    fn one_case(dir: &Path) -> (Store, String, PathBuf) {
        let store = Store::open(dir).expect("store");
        let (id, _) = store.create(&sample("МТС"), day()).expect("create");
        let case_dir = store.case_dir(&id).expect("dir");
        (store, id, case_dir)
    }

    fn retitle(store: &Store, id: &str, title: &str) -> Result<Case, StoreError> {
        store
            .update(id, |case, _| {
                case.title = title.into();
                Ok::<_, StoreError>(())
            })
            .map(|(case, ())| case)
    }

    #[test]
    fn fields_this_version_does_not_know_survive_every_save() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        let file = case_dir.join(CASE_FILE);
        let mut json: serde_json::Value = serde_json::from_slice(&fs::read(&file).expect("read")).expect("json");
        json["future_field"] = serde_json::json!({"kept": [1, 2]});
        json["company"]["vat_number"] = "BG123".into();
        json["events"] = serde_json::json!([{"date": "2026-11-01", "text": "x", "witness": "соседка"}]);
        fs::write(&file, serde_json::to_vec(&json).expect("bytes")).expect("hand edit");

        let saved = retitle(&store, &id, "новое название").expect("save");
        assert_eq!(saved.extra["future_field"], serde_json::json!({"kept": [1, 2]}));
        let on_disk: serde_json::Value = serde_json::from_slice(&fs::read(&file).expect("read")).expect("json");
        assert_eq!(on_disk["title"], "новое название");
        assert_eq!(on_disk["future_field"], serde_json::json!({"kept": [1, 2]}));
        assert_eq!(on_disk["company"]["vat_number"], "BG123");
        assert_eq!(on_disk["events"][0]["witness"], "соседка");
    }

    #[test]
    fn windows_line_breaks_are_read_and_stored_as_plain_ones() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        let file = case_dir.join(CASE_FILE);
        let mut json: serde_json::Value = serde_json::from_slice(&fs::read(&file).expect("read")).expect("json");
        json["company"]["claims_address"] = "109147, Москва,\r\nул. Марксистская, 4\rофис 1".into();
        fs::write(&file, serde_json::to_vec(&json).expect("bytes")).expect("hand edit");
        let expected = "109147, Москва,\nул. Марксистская, 4\nофис 1";
        assert_eq!(store.load(&id).expect("load").company.claims_address, expected);
        retitle(&store, &id, "x").expect("save");
        let on_disk: serde_json::Value = serde_json::from_slice(&fs::read(&file).expect("read")).expect("json");
        assert_eq!(on_disk["company"]["claims_address"], expected);

        let mut typed = store.load(&id).expect("load");
        typed.customer.postal_address = "Краснодар\r\nул. Красная".into();
        let (saved, ()) = store
            .update(&id, |case, _| {
                *case = typed;
                Ok::<_, StoreError>(())
            })
            .expect("save");
        assert_eq!(saved.customer.postal_address, "Краснодар\nул. Красная", "the caller sees what was stored");
    }

    #[test]
    fn a_byte_order_mark_is_accepted_and_a_key_given_twice_is_damage_with_its_line() {
        let json = serde_json::to_string_pretty(&sample("МТС")).expect("json");
        let with_bom = format!("\u{feff}{json}");
        assert_eq!(parse_case(with_bom.as_bytes()).expect("BOM accepted"), sample("МТС"));

        let twice = json.replacen("\"title\": ", "\"title\": \"первое\",\n  \"title\": ", 1);
        let Err(Unreadable::Corrupt { message }) = parse_case(twice.as_bytes()) else {
            panic!("a duplicate key was accepted")
        };
        assert!(message.contains("“title” appears twice") && message.contains("line 5"), "{message}");
        let nested = json.replacen("\"office\": ", "\"office\": \"\",\n    \"office\": ", 1);
        assert!(matches!(parse_case(nested.as_bytes()), Err(Unreadable::Corrupt { .. })), "nested duplicate");

        // A Windows-1251 "М" where UTF-8 was expected, and a file cut inside a letter: damage, with its place.
        let mut cp1251 = json.clone().into_bytes();
        let at = json.find("МТС").expect("the company's name");
        cp1251.splice(at..at + 2, [0xCC]);
        let Err(Unreadable::Corrupt { message }) = parse_case(&cp1251) else { panic!("a byte of another encoding") };
        assert!(message.contains("invalid unicode code point at line 9"), "{message}");
        let Err(Unreadable::Corrupt { message }) = parse_case(&json.as_bytes()[..at + 1]) else { panic!("cut short") };
        assert!(message.contains("EOF while parsing"), "{message}");
    }

    #[test]
    fn a_save_refused_by_its_change_writes_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        let before = fs::read(case_dir.join(CASE_FILE)).expect("read");
        let refused = store.update(&id, |case, _| {
            case.title = "half done".into();
            Err::<(), _>(StoreError::Locked(id.clone()))
        });
        assert!(refused.is_err());
        let unchanged = store.update(&id, |_, _| Ok::<_, StoreError>(()));
        assert_eq!(unchanged.expect("no-op").0.revision, 1, "a change that changes nothing is no new revision");
        assert_eq!(fs::read(case_dir.join(CASE_FILE)).expect("read"), before);
        assert!(!case_dir.join(BACKUP_FILE).exists());
    }

    #[cfg(unix)]
    #[test]
    fn pipes_links_and_oversized_files_are_refused_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        let good = fs::read(case_dir.join(CASE_FILE)).expect("read");

        let fifo = |path: &Path| {
            let made = std::process::Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
            assert!(made.success());
        };
        let started = Instant::now();
        fs::remove_file(case_dir.join(CASE_FILE)).expect("remove");
        fifo(&case_dir.join(CASE_FILE));
        assert!(matches!(store.load(&id), Err(StoreError::Unreadable { reason: Unreadable::NotAFile { .. }, .. })));
        assert!(retitle(&store, &id, "x").is_err(), "nothing is written over a pipe");
        assert!(started.elapsed() < Duration::from_secs(1), "a pipe was waited on");

        fs::remove_file(case_dir.join(CASE_FILE)).expect("remove");
        std::os::unix::fs::symlink(dir.path().join("elsewhere.json"), case_dir.join(CASE_FILE)).expect("link");
        fs::write(dir.path().join("elsewhere.json"), &good).expect("target");
        let Err(StoreError::Unreadable { reason: Unreadable::NotAFile { kind }, .. }) = store.load(&id) else {
            panic!("a linked case file was read")
        };
        assert_eq!(kind, "link");

        fs::remove_file(case_dir.join(CASE_FILE)).expect("remove");
        File::create(case_dir.join(CASE_FILE)).and_then(|f| f.set_len(MAX_CASE_BYTES + 1)).expect("big file");
        assert!(matches!(store.load(&id), Err(StoreError::Unreadable { reason: Unreadable::TooLarge { .. }, .. })));

        fs::remove_file(case_dir.join(LOCK_FILE)).expect("remove lock");
        fifo(&case_dir.join(LOCK_FILE));
        fs::write(case_dir.join(CASE_FILE), &good).expect("restore");
        assert!(retitle(&store, &id, "x").is_err(), "a pipe as the lock file is refused");
        assert!(started.elapsed() < Duration::from_secs(1), "a pipe was waited on");
    }

    #[cfg(unix)]
    #[test]
    fn linked_and_misnamed_case_folders_are_listed_with_the_reason() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        std::os::unix::fs::symlink(&case_dir, store.cases_dir().join("2026-11-22-linked")).expect("link");
        fs::create_dir(store.cases_dir().join("Копия дела")).expect("folder");
        fs::copy(case_dir.join(CASE_FILE), store.cases_dir().join("Копия дела").join(CASE_FILE)).expect("copy");

        let read = store.read_all(Shelf::Active).expect("read all");
        let reason = |name: &str| match read.iter().find(|(id, _)| id == name) {
            Some((_, Err(reason))) => reason.clone(),
            other => panic!("{name}: {other:?}"),
        };
        assert_eq!(reason("2026-11-22-linked"), Unreadable::LinkedFolder);
        assert_eq!(reason("Копия дела"), Unreadable::BadName);
        assert!(matches!(read.iter().find(|(found, _)| *found == id), Some((_, Ok(_)))));
        assert!(matches!(retitle(&store, "2026-11-22-linked", "x"), Err(StoreError::Unreadable { .. })));
    }

    #[test]
    fn a_dead_writers_temporary_files_are_removed_and_a_live_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        let dead = [
            case_dir.join(".case.json.tmp-999999-1"),
            case_dir.join("letters").join(".2026-11-21-claim-ru.tmp-999999-2"),
            case_dir.join("evidence").join(".import.tmp-999999-3"),
        ];
        for path in &dead {
            fs::write(path, b"half").expect("leftover");
        }
        let (live, _held) = create_temp(&case_dir.join("evidence"), "import").expect("a writer at work");
        fs::write(case_dir.join("letters").join("mine.pdf"), b"%PDF").expect("a file of the user's");

        retitle(&store, &id, "x").expect("save");
        for path in &dead {
            assert!(!path.exists(), "{} was left", path.display());
        }
        assert!(live.exists(), "a temporary file still being written was removed");
        assert!(case_dir.join("letters").join("mine.pdf").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_subfolder_is_never_written_to_or_tidied() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, case_dir) = one_case(dir.path());
        let outside = tempfile::tempdir().expect("outside");
        let leftover = outside.path().join(".notes.tmp-1-1");
        fs::write(&leftover, b"someone else's").expect("file outside");
        fs::remove_dir(case_dir.join("letters")).expect("remove");
        std::os::unix::fs::symlink(outside.path(), case_dir.join("letters")).expect("link");

        retitle(&store, &id, "x").expect("a save still works");
        assert!(leftover.exists(), "a file outside the case was removed");
        let added = store.update(&id, |_, folder| folder.add_file("letters", "2026-11-21-claim-ru", "pdf", b"%PDF"));
        assert!(added.is_err(), "a letter was written through a link");
        assert_eq!(fs::read_dir(outside.path()).expect("outside").count(), 1);
    }

    #[test]
    fn a_folder_left_by_a_creation_killed_before_its_case_file_is_passed_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (store, id, _) = one_case(dir.path());
        let unfinished = store.cases_dir().join("2026-11-21-mts-debt-notice-2");
        fs::create_dir(&unfinished).expect("folder");
        fs::write(unfinished.join(LOCK_FILE), b"").expect("lock");
        let ids: Vec<String> = store.read_all(Shelf::Active).expect("read all").into_iter().map(|(id, _)| id).collect();
        assert_eq!(ids, [id]);
    }
}
