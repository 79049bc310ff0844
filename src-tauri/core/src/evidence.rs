//! Proof files copied into a case folder, so the case stays whole when the originals move or vanish.
//!
//! A file is stored in the case's `evidence/` folder under its SHA-256 (lowercase hex) and its original
//! extension: the same content is stored once however often it is attached, and a stored file is never
//! replaced. The name the user knows it by is kept in `case.json`.

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::error::{ErrorCode, StoreError};
use crate::models::AttachedFile;
use crate::store::{case_subfolder, create_temp, open_plain_file, sync_dir};

/// The case subfolder evidence is copied into.
pub const EVIDENCE_DIR: &str = "evidence";
/// The largest file accepted: scans, photos and short recordings fit; a film does not belong in a case.
pub const MAX_EVIDENCE_BYTES: u64 = 50 * 1024 * 1024;

/// Why a file could not be attached.
#[derive(Debug, thiserror::Error)]
pub enum EvidenceError {
    /// The file to attach is missing, is a folder, or cannot be read.
    #[error("{path} cannot be read: {reason}")]
    Unreadable {
        /// The file the user chose.
        path: String,
        /// The system's reason.
        reason: String,
    },
    /// The file is larger than [`MAX_EVIDENCE_BYTES`].
    #[error("{path} is {size} bytes; files up to {max} bytes can be attached", max = MAX_EVIDENCE_BYTES)]
    TooLarge {
        /// The file the user chose.
        path: String,
        /// Its size.
        size: u64,
    },
    /// The evidence item to attach to does not exist in the case.
    #[error("the case has no evidence item {item} (it has {count})")]
    ItemMissing {
        /// The index asked for.
        item: usize,
        /// How many items the case has.
        count: usize,
    },
    /// The item does not list the file asked for (it was removed meanwhile), or its copy is not in the case
    /// folder.
    #[error("evidence item {item} has no file {name}")]
    FileMissing {
        /// The item's index.
        item: usize,
        /// The file's name as the user knows it.
        name: String,
    },
    /// A different file already has the content-hash name (changed by hand); it is left as it is.
    #[error("{path} already exists with different content; it was left as it is")]
    Conflict {
        /// The stored file.
        path: String,
    },
    /// Reading or saving the case, or writing into its folder, failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl EvidenceError {
    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unreadable { .. } => ErrorCode::EvidenceUnreadable,
            Self::TooLarge { .. } => ErrorCode::EvidenceTooLarge,
            Self::ItemMissing { .. } => ErrorCode::EvidenceItemMissing,
            Self::FileMissing { .. } => ErrorCode::EvidenceFileMissing,
            Self::Conflict { .. } => ErrorCode::EvidenceConflict,
            Self::Store(e) => e.code(),
        }
    }
}

/// A file stored in a case's `evidence/` folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvidence {
    /// The name the file had where the user picked it.
    pub original_name: String,
    /// SHA-256 of the content, lowercase hex.
    pub sha256: String,
    /// The file's name inside `evidence/`: the hash plus the original extension.
    pub stored_name: String,
}

/// Copies `source` into `case_dir/evidence/`, hashing while copying; reuses a stored copy of the same content.
pub fn import(case_dir: &Path, source: &Path) -> Result<StoredEvidence, EvidenceError> {
    // A pipe, a device or a link is refused at once: reading one could block or copy something else.
    let mut input = open_plain_file(source).map_err(|e| unreadable(source, e.into()))?;
    let size = input.metadata().map_err(|e| unreadable(source, e))?.len();
    if size > MAX_EVIDENCE_BYTES {
        return Err(too_large(source, size));
    }
    let dir = case_subfolder(case_dir, EVIDENCE_DIR)?;
    let (temp, output) = create_temp(&dir, "import").map_err(|e| StoreError::io(&dir, e))?;
    let result = copy_into(&dir, &temp, output, &mut input, source);
    let _ = fs::remove_file(&temp);
    result
}

fn unreadable(source: &Path, e: io::Error) -> EvidenceError {
    EvidenceError::Unreadable { path: source.display().to_string(), reason: e.to_string() }
}

fn too_large(source: &Path, size: u64) -> EvidenceError {
    EvidenceError::TooLarge { path: source.display().to_string(), size }
}

/// The part of [`import`] that may leave its temporary file behind (the caller removes it).
fn copy_into(
    dir: &Path,
    temp: &Path,
    mut output: File,
    input: &mut File,
    source: &Path,
) -> Result<StoredEvidence, EvidenceError> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut copied: u64 = 0;
    loop {
        let n = match input.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(unreadable(source, e)),
        };
        copied += n as u64;
        // The file may have grown since its size was checked.
        if copied > MAX_EVIDENCE_BYTES {
            return Err(too_large(source, copied));
        }
        hasher.update(&buffer[..n]);
        output.write_all(&buffer[..n]).map_err(|e| StoreError::io(temp, e))?;
    }
    output.sync_all().map_err(|e| StoreError::io(temp, e))?;

    let sha256 = hex(&hasher.finalize());
    let original_name = crate::text::clean_file_name(&source.file_name().unwrap_or_default().to_string_lossy());
    // From the name kept in the case, so the copy is found again from what the case lists.
    let stored_name = stored_name(&sha256, Path::new(&original_name));
    let target = dir.join(&stored_name);
    // A hard link fails when the name exists, so a stored file is never replaced, even by a racing process.
    match fs::hard_link(temp, &target) {
        Ok(()) => sync_dir(dir).map_err(|e| StoreError::io(dir, e))?,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            if hash_file(&target).map_err(|e| StoreError::io(&target, e))? != sha256 {
                return Err(EvidenceError::Conflict { path: target.display().to_string() });
            }
        }
        Err(e) => return Err(StoreError::io(&target, e).into()),
    }
    Ok(StoredEvidence { original_name, sha256, stored_name })
}

/// The name inside `evidence/` of content `sha256` attached from a file named `name` (its original name or
/// path): the hash and the name's extension.
fn stored_name(sha256: &str, name: &Path) -> String {
    match extension(name) {
        Some(ext) => format!("{sha256}.{ext}"),
        None => sha256.to_owned(),
    }
}

/// Where the copy of an attached file is kept in the case folder `case_dir`, whether or not it is there; none
/// when the case gives no SHA-256 for it (a hand-edited file could give a path instead).
pub fn stored_path(case_dir: &Path, file: &AttachedFile) -> Option<PathBuf> {
    let is_hash = file.sha256.len() == 64 && file.sha256.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    is_hash.then(|| case_dir.join(EVIDENCE_DIR).join(stored_name(&file.sha256, Path::new(&file.name))))
}

/// The copy of an attached file as the app left it in the case folder `case_dir`: a plain file in the case's
/// own `evidence/` folder, neither a link nor reached through one. None when it is not there so.
pub fn stored_copy(case_dir: &Path, file: &AttachedFile) -> Option<PathBuf> {
    let own_folder = fs::symlink_metadata(case_dir.join(EVIDENCE_DIR)).is_ok_and(|meta| meta.is_dir());
    let path = stored_path(case_dir, file)?;
    (own_folder && fs::symlink_metadata(&path).is_ok_and(|meta| meta.is_file())).then_some(path)
}

/// The extension to keep on the stored copy, lower-cased so `scan.PDF` and `scan.pdf` share one file;
/// none when it is not a plain short ASCII word.
fn extension(path: &Path) -> Option<String> {
    let ext = path.extension()?.to_str()?;
    let plain = !ext.is_empty() && ext.len() <= 16 && ext.chars().all(|c| c.is_ascii_alphanumeric());
    plain.then(|| ext.to_ascii_lowercase())
}

/// Why the copy of an attached file cannot be read back as it was attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyProblem {
    /// Not in the case's `evidence/` folder (removed or moved by hand).
    Missing,
    /// Its content no longer has the SHA-256 recorded when it was attached.
    Changed,
    /// Larger than [`MAX_COPY_BYTES`].
    TooLarge,
}

/// The largest copy read back whole (to print it after a letter).
pub const MAX_COPY_BYTES: u64 = 64 * 1024 * 1024;

/// The content of an attached file's copy, checked against the SHA-256 recorded for it.
pub fn read_copy(case_dir: &Path, file: &AttachedFile) -> Result<Vec<u8>, CopyProblem> {
    let path = stored_copy(case_dir, file).ok_or(CopyProblem::Missing)?;
    let opened = open_plain_file(&path).map_err(|_| CopyProblem::Missing)?;
    let mut bytes = Vec::new();
    opened.take(MAX_COPY_BYTES + 1).read_to_end(&mut bytes).map_err(|_| CopyProblem::Missing)?;
    if bytes.len() as u64 > MAX_COPY_BYTES {
        return Err(CopyProblem::TooLarge);
    }
    if sha256_hex(&bytes) != file.sha256 {
        return Err(CopyProblem::Changed);
    }
    Ok(bytes)
}

/// The SHA-256 of a file already stored, in lowercase hex; a link or anything but a plain file is refused.
pub(crate) fn hash_file(path: &Path) -> io::Result<String> {
    let mut file = open_plain_file(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        match file.read(&mut buffer) {
            Ok(0) => return Ok(hex(&hasher.finalize())),
            Ok(n) => hasher.update(&buffer[..n]),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

/// The SHA-256 of `bytes`, in lowercase hex, as the case records a file's.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_stored_under_its_hash_with_its_extension() {
        let case = tempfile::tempdir().expect("case dir");
        let source = tempfile::tempdir().expect("source dir");
        let path = source.path().join("Чек 14.03.JPG");
        fs::write(&path, b"abc").expect("write");
        let stored = import(case.path(), &path).expect("import");
        // SHA-256 of "abc", the standard test vector.
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(stored.sha256, abc);
        assert_eq!(stored.stored_name, format!("{abc}.jpg"));
        assert_eq!(stored.original_name, "Чек 14.03.JPG");
        assert_eq!(fs::read(case.path().join("evidence").join(&stored.stored_name)).expect("copy"), b"abc");
    }

    #[test]
    fn a_different_file_under_the_same_name_is_never_replaced() {
        let case = tempfile::tempdir().expect("case dir");
        let source = tempfile::tempdir().expect("source dir");
        let path = source.path().join("a.txt");
        fs::write(&path, b"abc").expect("write");
        let stored = import(case.path(), &path).expect("import");
        let target = case.path().join("evidence").join(&stored.stored_name);
        fs::write(&target, b"changed by hand").expect("tamper");
        let err = import(case.path(), &path).expect_err("conflict");
        assert_eq!(err.code(), ErrorCode::EvidenceConflict);
        assert_eq!(fs::read(&target).expect("kept"), b"changed by hand");
        let left: Vec<_> = fs::read_dir(case.path().join("evidence")).expect("dir").flatten().collect();
        assert_eq!(left.len(), 1, "no temporary file is left behind");
    }

    #[test]
    fn a_copy_is_found_only_by_a_hash_never_by_a_path_given_for_one() {
        let case = Path::new("/data/cases/c1");
        let file = |sha256: &str, name: &str| AttachedFile {
            sha256: sha256.into(),
            name: name.into(),
            ..AttachedFile::default()
        };
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(stored_path(case, &file(abc, "чек.JPG")), Some(case.join("evidence").join(format!("{abc}.jpg"))));
        assert_eq!(stored_path(case, &file(abc, "чек.pdf/../../x")), Some(case.join("evidence").join(abc)));
        for sha256 in ["../../../../home/me/.ssh/id_ed25519", "/etc/passwd", "", &abc.to_uppercase(), &abc[1..]] {
            assert_eq!(stored_path(case, &file(sha256, "x.pdf")), None, "{sha256}");
        }
    }

    #[test]
    fn odd_extensions_are_dropped() {
        assert_eq!(extension(Path::new("x.pdf")), Some("pdf".into()));
        assert_eq!(extension(Path::new("x")), None);
        assert_eq!(extension(Path::new("x.доц")), None);
        assert_eq!(extension(Path::new("x.a b")), None);
    }
}
