//! A case as a BagIt bag (RFC 8493) in a zip file, for a lawyer, a regulator or a consumer centre: the case
//! file, the letters and the evidence under their own names, each with its SHA-256 in the manifest, so the
//! bag proves it is what the customer kept. Reading one back refuses, before anything is written, a bag
//! that does not prove itself or that reaches outside itself.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Read, Seek, Write};
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use crate::error::StoreError;
use crate::evidence::{self, CopyProblem, sha256_hex};
use crate::letter::is_plain_file_name;
use crate::models::Case;
use crate::store::{CASE_FILE, case_subfolder, open_plain_file, write_atomically};
use crate::text::clean_file_name;

/// The most a bag may hold, unpacked: what a case of many scans and recordings reaches, far from what would
/// exhaust the memory it is checked in.
pub const MAX_BAG_BYTES: u64 = 512 * 1024 * 1024;
/// The most files a bag may hold.
pub const MAX_BAG_FILES: usize = 10_000;
/// How much more a file may unpack to than it takes in the archive before it is taken for a zip bomb.
pub const MAX_RATIO: u64 = 200;

const PAYLOAD: &str = "data/";
const BAGIT_TXT: &str = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

/// Why a bag was refused; nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BagRefusal {
    /// Not a zip file, or one this app cannot read (encrypted, an unknown compression).
    #[error("the file is not a zip archive that can be read: {0}")]
    NotAZip(String),
    /// A zip without `bagit.txt`, a manifest or `data/case.json`.
    #[error("the archive is not a bag of a case: {0} is missing")]
    NotABag(String),
    /// An entry named with an absolute path, `..`, a backslash or a control character.
    #[error("{0}: the name points outside the bag")]
    UnsafePath(String),
    /// A link, which could point anywhere.
    #[error("{0}: a link, which a bag may not hold")]
    Link(String),
    /// Two entries of one name.
    #[error("{0}: the name occurs twice")]
    Duplicate(String),
    /// More files, more bytes, or a higher compression ratio than a bag of a case has.
    #[error("{0}: the bag unpacks to more than {max} MB or {MAX_BAG_FILES} files, or beyond {MAX_RATIO} times its packed size", max = MAX_BAG_BYTES / 1024 / 1024)]
    TooLarge(String),
    /// A manifest line that is not `<sha256> <path>`.
    #[error("{0}: a manifest line that is not a SHA-256 and a path")]
    BadManifest(String),
    /// A file whose content does not have the SHA-256 its manifest gives.
    #[error("{0}: its content does not match its SHA-256 in the manifest")]
    BadHash(String),
    /// A file the manifest or the case lists that is not in the bag.
    #[error("{0}: listed in the bag's manifest or its case but not in the bag")]
    Missing(String),
    /// A file in the bag its manifest or its case does not list.
    #[error("{0}: in the bag but not listed in its manifest or its case")]
    Extra(String),
    /// `Payload-Oxum` disagrees with the payload.
    #[error("bag-info.txt: Payload-Oxum {0} does not match the payload")]
    BadOxum(String),
    /// The case file cannot be read by this version.
    #[error("data/case.json: {0}")]
    BadCase(String),
}

/// A bag's payload, checked: the case and its files by path under `data/`.
#[derive(Debug)]
pub struct Payload {
    /// The case as its file gives it.
    pub case: Case,
    /// `letters/<file>` → content.
    pub letters: BTreeMap<String, Vec<u8>>,
    /// SHA-256 → content, for every evidence file.
    pub evidence: BTreeMap<String, Vec<u8>>,
}

/// One file to put in a bag: its path under `data/` and its content.
pub struct BagFile {
    /// `case.json`, `letters/…` or `evidence/…`.
    pub path: String,
    /// What it holds.
    pub bytes: Vec<u8>,
}

/// Writes the bag of a case named `name` (the bag's folder inside the zip) to `out`, dated `today`, with
/// `customer` as its source and `title` as its description.
pub fn write_bag<W: Write + Seek>(
    out: W,
    name: &str,
    files: &[BagFile],
    today: NaiveDate,
    (customer, title): (&str, &str),
) -> zip::result::ZipResult<W> {
    let mut zip = zip::ZipWriter::new(out);
    let stamp = zip::DateTime::from_date_and_time(
        u16::try_from(today.year()).unwrap_or(1980),
        u8::try_from(today.month()).unwrap_or(1),
        u8::try_from(today.day()).unwrap_or(1),
        0,
        0,
        0,
    )
    .unwrap_or_default();
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(stamp)
        .unix_permissions(0o644);
    let mut manifest = String::new();
    let mut octets = 0u64;
    for file in files {
        let path = format!("{PAYLOAD}{}", file.path);
        manifest.push_str(&format!("{}  {}\n", sha256_hex(&file.bytes), encode_path(&path)));
        octets += file.bytes.len() as u64;
        zip.start_file(format!("{name}/{path}"), options)?;
        zip.write_all(&file.bytes)?;
    }
    let info = format!(
        "Bagging-Date: {}\nPayload-Oxum: {octets}.{}\nSource-Organization: {}\nExternal-Description: {}\n\
         Bag-Software-Agent: Complaint Desk\n",
        today.format("%Y-%m-%d"),
        files.len(),
        one_line(customer),
        one_line(title),
    );
    let tags = [("bagit.txt", BAGIT_TXT.to_owned()), ("bag-info.txt", info), ("manifest-sha256.txt", manifest)];
    let mut tag_manifest = String::new();
    for (tag, text) in &tags {
        tag_manifest.push_str(&format!("{}  {tag}\n", sha256_hex(text.as_bytes())));
        zip.start_file(format!("{name}/{tag}"), options)?;
        zip.write_all(text.as_bytes())?;
    }
    zip.start_file(format!("{name}/tagmanifest-sha256.txt"), options)?;
    zip.write_all(tag_manifest.as_bytes())?;
    zip.finish()
}

/// A value of `bag-info.txt` on one line.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A manifest path: CR, LF and `%` percent-encoded (RFC 8493, 2.1.3).
fn encode_path(path: &str) -> String {
    path.replace('%', "%25").replace('\n', "%0A").replace('\r', "%0D")
}

fn decode_path(path: &str) -> String {
    path.replace("%0A", "\n").replace("%0a", "\n").replace("%0D", "\r").replace("%0d", "\r").replace("%25", "%")
}

/// Reads and checks a zipped bag: every entry a plain file with a safe name inside one bag folder, within the
/// size limits; every payload file in the manifest with the SHA-256 it gives, and nothing else; the tag
/// manifest and the payload's size as the bag states them; a case file this version reads.
pub fn read_bag<R: Read + Seek>(input: R) -> Result<Payload, BagRefusal> {
    let entries = read_entries(input)?;
    let tag = |name: &str| entries.get(name).ok_or_else(|| BagRefusal::NotABag(name.to_owned()));
    let version = String::from_utf8_lossy(tag("bagit.txt")?).into_owned();
    if !version.lines().any(|line| line.starts_with("BagIt-Version:")) {
        return Err(BagRefusal::NotABag("BagIt-Version in bagit.txt".into()));
    }
    let manifest = parse_manifest("manifest-sha256.txt", tag("manifest-sha256.txt")?)?;
    check_listed(&entries, &manifest)?;
    if let Some(extra) = entries.keys().find(|path| path.starts_with(PAYLOAD) && !manifest.contains_key(*path)) {
        return Err(BagRefusal::Extra(extra.clone()));
    }
    if let Some(tags) = entries.get("tagmanifest-sha256.txt") {
        check_listed(&entries, &parse_manifest("tagmanifest-sha256.txt", tags)?)?;
    }
    if let Some(info) = entries.get("bag-info.txt") {
        check_oxum(&String::from_utf8_lossy(info), &entries)?;
    }
    payload(entries)
}

/// The entries of the zip by their path inside the bag folder, refusing what a bag may not hold.
fn read_entries<R: Read + Seek>(input: R) -> Result<BTreeMap<String, Vec<u8>>, BagRefusal> {
    let mut archive = zip::ZipArchive::new(input).map_err(|e| BagRefusal::NotAZip(e.to_string()))?;
    if archive.len() > MAX_BAG_FILES + 8 {
        return Err(BagRefusal::TooLarge(format!("{} entries", archive.len())));
    }
    let mut entries = BTreeMap::new();
    let mut root: Option<String> = None;
    let mut total = 0u64;
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(|e| BagRefusal::NotAZip(e.to_string()))?;
        let name = entry.name().map_err(|e| BagRefusal::NotAZip(e.to_string()))?.into_owned();
        if entry.is_symlink() {
            return Err(BagRefusal::Link(name));
        }
        let (top, rest) = safe_parts(&name)?;
        match &root {
            Some(root) if *root != top => return Err(BagRefusal::UnsafePath(name)),
            Some(_) => {}
            None => root = Some(top),
        }
        if entry.is_dir() || rest.is_empty() {
            continue;
        }
        // Never more is unpacked than the limits allow, whatever size the entry claims.
        let limit = MAX_BAG_BYTES.saturating_sub(total).min(entry.compressed_size().max(1024) * MAX_RATIO);
        let mut bytes = Vec::new();
        let read = (&mut entry).take(limit + 1).read_to_end(&mut bytes);
        read.map_err(|e| BagRefusal::NotAZip(format!("{name}: {e}")))?;
        if bytes.len() as u64 > limit {
            return Err(BagRefusal::TooLarge(name));
        }
        total += bytes.len() as u64;
        if entries.insert(rest.clone(), bytes).is_some() {
            return Err(BagRefusal::Duplicate(rest));
        }
    }
    Ok(entries)
}

/// The bag folder and the path inside it of an entry, refusing an absolute or climbing name.
fn safe_parts(name: &str) -> Result<(String, String), BagRefusal> {
    let unsafe_path = || BagRefusal::UnsafePath(name.to_owned());
    let drive = name.get(1..2) == Some(":");
    if name.starts_with('/') || drive || name.contains('\\') || name.chars().any(char::is_control) {
        return Err(unsafe_path());
    }
    let parts: Vec<&str> = name.trim_end_matches('/').split('/').collect();
    if parts.iter().any(|part| part.is_empty() || *part == "." || *part == "..") {
        return Err(unsafe_path());
    }
    let (top, rest) = parts.split_first().ok_or_else(unsafe_path)?;
    Ok(((*top).to_owned(), rest.join("/")))
}

/// A manifest's paths and hashes.
fn parse_manifest(name: &str, bytes: &[u8]) -> Result<BTreeMap<String, String>, BagRefusal> {
    let text = std::str::from_utf8(bytes).map_err(|_| BagRefusal::BadManifest(name.to_owned()))?;
    let mut listed = BTreeMap::new();
    for line in text.lines().filter(|line| !line.trim().is_empty()) {
        let bad = || BagRefusal::BadManifest(format!("{name}: {line}"));
        let (hash, path) = line.split_once(char::is_whitespace).ok_or_else(bad)?;
        let path = decode_path(path.trim_start());
        let is_hash = hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit());
        if !is_hash || path.is_empty() {
            return Err(bad());
        }
        safe_parts(&format!("bag/{path}"))?;
        if listed.insert(path.clone(), hash.to_ascii_lowercase()).is_some() {
            return Err(BagRefusal::Duplicate(path));
        }
    }
    Ok(listed)
}

/// Every file a manifest lists is there with the hash it gives.
fn check_listed(entries: &BTreeMap<String, Vec<u8>>, listed: &BTreeMap<String, String>) -> Result<(), BagRefusal> {
    for (path, hash) in listed {
        let bytes = entries.get(path).ok_or_else(|| BagRefusal::Missing(path.clone()))?;
        if sha256_hex(bytes) != *hash {
            return Err(BagRefusal::BadHash(path.clone()));
        }
    }
    Ok(())
}

/// `Payload-Oxum: <octets>.<files>`, when the bag states it, matches the payload.
fn check_oxum(info: &str, entries: &BTreeMap<String, Vec<u8>>) -> Result<(), BagRefusal> {
    let Some(oxum) = info.lines().find_map(|line| line.strip_prefix("Payload-Oxum:")).map(str::trim) else {
        return Ok(());
    };
    let payload: Vec<&Vec<u8>> = entries.iter().filter(|(path, _)| path.starts_with(PAYLOAD)).map(|(_, b)| b).collect();
    let actual = format!("{}.{}", payload.iter().map(|bytes| bytes.len() as u64).sum::<u64>(), payload.len());
    if oxum == actual { Ok(()) } else { Err(BagRefusal::BadOxum(oxum.to_owned())) }
}

/// The case, its letters and its evidence from a checked bag.
fn payload(entries: BTreeMap<String, Vec<u8>>) -> Result<Payload, BagRefusal> {
    let case_path = format!("{PAYLOAD}{CASE_FILE}");
    let case_bytes = entries.get(&case_path).ok_or_else(|| BagRefusal::NotABag(case_path.clone()))?;
    let case = crate::store::parse_case(case_bytes).map_err(|reason| BagRefusal::BadCase(reason.to_string()))?;
    let mut letters = BTreeMap::new();
    let mut evidence = BTreeMap::new();
    for (path, bytes) in entries {
        if let Some(file) = path.strip_prefix("data/letters/").filter(|file| !file.contains('/')) {
            letters.insert(file.to_owned(), bytes);
        } else if path.starts_with("data/evidence/") {
            evidence.insert(sha256_hex(&bytes), bytes);
        } else if path.starts_with(PAYLOAD) && path != case_path {
            return Err(BagRefusal::Extra(path));
        }
    }
    check_against_case(&case, &letters, &evidence)?;
    Ok(Payload { case, letters, evidence })
}

/// The bag holds what its case file lists, and only that: each letter under a plain name and with the SHA-256
/// the case recorded, each evidence file the case lists by its SHA-256.
fn check_against_case(
    case: &Case,
    letters: &BTreeMap<String, Vec<u8>>,
    evidence: &BTreeMap<String, Vec<u8>>,
) -> Result<(), BagRefusal> {
    for letter in &case.letters {
        let path = format!("data/letters/{}", letter.file);
        if !is_plain_file_name(&letter.file) {
            return Err(BagRefusal::UnsafePath(path));
        }
        let bytes = letters.get(&letter.file).ok_or_else(|| BagRefusal::Missing(path.clone()))?;
        if letter.sha256.as_ref().is_some_and(|sha| *sha != sha256_hex(bytes)) {
            return Err(BagRefusal::BadHash(path));
        }
    }
    let listed: BTreeSet<&str> = case.evidence.iter().flat_map(|item| &item.files).map(|f| f.sha256.as_str()).collect();
    for file in case.evidence.iter().flat_map(|item| &item.files) {
        let path = format!("data/evidence/{}", file.name);
        if evidence::stored_path(Path::new(""), file).is_none() {
            return Err(BagRefusal::BadCase(format!("{path} has no SHA-256")));
        }
        if !evidence.contains_key(&file.sha256) {
            return Err(BagRefusal::Missing(path));
        }
    }
    if let Some(file) = letters.keys().find(|file| !case.letters.iter().any(|letter| letter.file == **file)) {
        return Err(BagRefusal::Extra(format!("data/letters/{file}")));
    }
    if let Some(sha) = evidence.keys().find(|sha| !listed.contains(sha.as_str())) {
        return Err(BagRefusal::Extra(format!("data/evidence/ (a file of SHA-256 {sha} the case does not list)")));
    }
    Ok(())
}

/// Why a case could not be exported or a bag imported.
#[derive(Debug, thiserror::Error)]
pub enum BagError {
    /// The bag does not prove itself or reaches outside itself; nothing was written.
    #[error("{0}")]
    Refused(#[from] BagRefusal),
    /// A file of the case no longer has the SHA-256 recorded for it: a bag of it would prove nothing.
    #[error("{0} has changed since it was added to the case; check the case's files before exporting it")]
    Changed(String),
    /// A file the case lists is gone from its folder.
    #[error("{0} is missing from the case folder; check the case's files before exporting it")]
    Missing(String),
    /// Reading the case or writing the bag or the new case failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl BagError {
    /// The error code the interface translates.
    pub fn code(&self) -> crate::error::ErrorCode {
        match self {
            Self::Refused(_) => crate::error::ErrorCode::BagRefused,
            Self::Changed(_) => crate::error::ErrorCode::FileChanged,
            Self::Missing(_) => crate::error::ErrorCode::EvidenceFileMissing,
            Self::Store(e) => e.code(),
        }
    }
}

/// The files of the case in folder `dir` as a bag holds them: its case file as stored, each letter, and each
/// evidence file once under its original name (numbered when two differ and share one). A file gone from the
/// folder or changed since it was added stops the export: the bag would not prove the case.
pub fn case_files(dir: &Path, case: &Case) -> Result<Vec<BagFile>, BagError> {
    let read = |path: &Path| -> Result<Vec<u8>, BagError> {
        let mut bytes = Vec::new();
        open_plain_file(path)
            .map_err(std::io::Error::from)
            .and_then(|mut file| file.read_to_end(&mut bytes))
            .map_err(|e| StoreError::io(path, e))?;
        Ok(bytes)
    };
    let mut files = vec![BagFile { path: CASE_FILE.to_owned(), bytes: read(&dir.join(CASE_FILE))? }];
    for letter in case.letters.iter().filter(|letter| is_plain_file_name(&letter.file)) {
        let path = dir.join("letters").join(&letter.file);
        if std::fs::symlink_metadata(&path).is_err() {
            return Err(BagError::Missing(format!("letters/{}", letter.file)));
        }
        let bytes = read(&path)?;
        if letter.sha256.as_ref().is_some_and(|sha| *sha != sha256_hex(&bytes)) {
            return Err(BagError::Changed(format!("letters/{}", letter.file)));
        }
        files.push(BagFile { path: format!("letters/{}", letter.file), bytes });
    }
    let mut names = BTreeSet::new();
    let mut hashes = BTreeSet::new();
    for file in case.evidence.iter().flat_map(|item| &item.files) {
        if !hashes.insert(file.sha256.clone()) {
            continue;
        }
        let bytes = match evidence::read_copy(dir, file) {
            Ok(bytes) => bytes,
            Err(CopyProblem::Missing) => return Err(BagError::Missing(file.name.clone())),
            Err(CopyProblem::Changed | CopyProblem::TooLarge) => return Err(BagError::Changed(file.name.clone())),
        };
        // The name as the customer knows it, never a path: what a bag names is inside its folder.
        let base = file.name.rsplit(['/', '\\']).next().unwrap_or_default();
        let name = free_name(&mut names, &clean_file_name(base));
        files.push(BagFile { path: format!("evidence/{name}"), bytes });
    }
    Ok(files)
}

/// `name`, or `name (2).ext`, `name (3).ext`… when it is taken; the one given is taken from then on.
fn free_name(taken: &mut BTreeSet<String>, name: &str) -> String {
    let name = if name.is_empty() || name.starts_with('.') { format!("file{name}") } else { name.to_owned() };
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), format!(".{ext}")),
        _ => (name.clone(), String::new()),
    };
    let chosen = (1..)
        .map(|n| if n == 1 { name.clone() } else { format!("{stem} ({n}){ext}") })
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(name);
    taken.insert(chosen.clone());
    chosen
}

/// Writes a checked bag's letters and evidence into the new case folder `dir`: the letters under their own
/// names, each evidence file where the case's list of it finds it.
pub fn unpack(dir: &Path, payload: &Payload) -> Result<(), StoreError> {
    let letters = case_subfolder(dir, "letters")?;
    for (file, bytes) in payload.letters.iter().filter(|(file, _)| is_plain_file_name(file)) {
        write_atomically(&letters, file, bytes).map_err(|e| StoreError::io(&letters, e))?;
    }
    let evidence = case_subfolder(dir, evidence::EVIDENCE_DIR)?;
    for file in payload.case.evidence.iter().flat_map(|item| &item.files) {
        if let (Some(path), Some(bytes)) = (evidence::stored_path(dir, file), payload.evidence.get(&file.sha256))
            && let Some(name) = path.file_name()
        {
            write_atomically(&evidence, name, bytes).map_err(|e| StoreError::io(&evidence, e))?;
        }
    }
    Ok(())
}
