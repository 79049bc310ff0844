//! What the new-case wizard fills in for the customer: their own details, saved once, and the companies of
//! earlier cases.
//!
//! The details live in `<data dir>/profile.json`, a plain [`Customer`] readable in any text editor, written
//! crash-safely like `case.json`. A file this build cannot read is reported and never overwritten.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{ErrorCode, StoreError};
use crate::models::{Case, Company, Customer, Extra};
use crate::store::{open_plain_file, write_atomically};

/// The profile file inside the data directory.
pub const PROFILE_FILE: &str = "profile.json";
/// The print settings file inside the data directory.
pub const SETTINGS_FILE: &str = "settings.json";

/// How the customer prints every letter, chosen once.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(default)]
pub struct Settings {
    /// The window envelope letters are posted in: the addressee then prints where its window shows it.
    pub envelope: Option<Envelope>,
    /// Fields this version does not know (a newer version's), kept as they were on every save.
    #[serde(flatten)]
    #[cfg_attr(test, ts(skip))]
    pub extra: Extra,
}

/// A window envelope: its size, and on which side its window is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Envelope {
    /// DL, C5 or C4.
    pub size: EnvelopeSize,
    /// Left or right.
    pub window: WindowSide,
}

/// The envelope sizes letters are posted in, by how the A4 sheet goes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum EnvelopeSize {
    /// 110 × 220 mm: the sheet folded in three.
    Dl,
    /// 162 × 229 mm: the sheet folded once.
    C5,
    /// 229 × 324 mm: the sheet flat.
    C4,
}

/// Where an envelope's window is, seen from the front.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum WindowSide {
    /// At the left: the standard window (DIN 680).
    Left,
    /// At the right.
    Right,
}

/// The address field of a letter for window envelopes, DIN 5008 form B: 85 × 45 mm, its top 45 mm below the
/// sheet's top edge; 20 mm from the left edge for a left window (DIN 680 puts DL, C5 and C4 windows where this
/// field then shows), mirrored for a right window. Sources: DIN 5008 summaries at din-5008-richtlinien.de and
/// sprache-kompakt.de (fold marks of form B at 105 and 210 mm); the right-window place has no standard (verify).
pub const ADDRESS_FIELD_MM: (f32, f32, f32, f32) = (20.0, 45.0, 85.0, 45.0);

impl Envelope {
    /// The address field (left, top, width, height, in millimetres) on an A4 sheet.
    pub fn address_field(self) -> (f32, f32, f32, f32) {
        let (left, top, width, height) = ADDRESS_FIELD_MM;
        match self.window {
            WindowSide::Left => (left, top, width, height),
            WindowSide::Right => (210.0 - left - width, top, width, height),
        }
    }

    /// Where the sheet is folded to go in, from its top edge, in millimetres.
    pub fn fold_marks(self) -> Vec<f32> {
        match self.size {
            EnvelopeSize::Dl => vec![105.0, 210.0],
            EnvelopeSize::C5 => vec![148.5],
            EnvelopeSize::C4 => Vec::new(),
        }
    }
}

/// Why the profile could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// `profile.json` exists but is not a profile; it is left as it is.
    #[error("{path} cannot be read, so it is left as it is: {message}")]
    Unreadable {
        /// The file.
        path: String,
        /// What the parser or the system said.
        message: String,
    },
    /// The file system refused to write the profile.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ProfileError {
    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unreadable { .. } => ErrorCode::ProfileUnreadable,
            Self::Store(e) => e.code(),
        }
    }
}

/// The customer's saved details in one data directory.
#[derive(Debug, Clone)]
pub struct Profile {
    dir: PathBuf,
}

impl Profile {
    /// The profile kept in `data_dir` (the folder that holds `cases/`).
    pub fn new(data_dir: impl AsRef<Path>) -> Profile {
        Profile { dir: data_dir.as_ref().to_path_buf() }
    }

    /// Where the profile is stored.
    pub fn path(&self) -> PathBuf {
        self.dir.join(PROFILE_FILE)
    }

    /// The saved details; empty ones before the first save.
    pub fn load(&self) -> Result<Customer, ProfileError> {
        Ok(self.read()?.unwrap_or_default())
    }

    /// Replaces the saved details crash-safely; refuses while the file on disk cannot be read.
    pub fn save(&self, customer: &Customer) -> Result<(), ProfileError> {
        self.read()?;
        let path = self.path();
        let mut json = serde_json::to_vec_pretty(customer).map_err(|e| StoreError::io(&path, io::Error::other(e)))?;
        json.push(b'\n');
        fs::create_dir_all(&self.dir).map_err(|e| StoreError::io(&self.dir, e))?;
        write_atomically(&self.dir, PROFILE_FILE, &json).map_err(|e| StoreError::io(&path, e))?;
        Ok(())
    }

    /// The print settings; none chosen before the first save.
    pub fn settings(&self) -> Result<Settings, ProfileError> {
        Ok(read_saved(&self.dir.join(SETTINGS_FILE))?.unwrap_or_default())
    }

    /// Replaces the print settings crash-safely, keeping what a newer version added to them; refuses while the
    /// file on disk cannot be read.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), ProfileError> {
        let path = self.dir.join(SETTINGS_FILE);
        let kept = read_saved::<Settings>(&path)?.map(|stored| stored.extra).unwrap_or_default();
        let mut merged = settings.clone();
        for (key, value) in kept {
            merged.extra.entry(key).or_insert(value);
        }
        let mut json = serde_json::to_vec_pretty(&merged).map_err(|e| StoreError::io(&path, io::Error::other(e)))?;
        json.push(b'\n');
        fs::create_dir_all(&self.dir).map_err(|e| StoreError::io(&self.dir, e))?;
        write_atomically(&self.dir, SETTINGS_FILE, &json).map_err(|e| StoreError::io(&path, e))?;
        Ok(())
    }

    /// The file's details, `None` when there is no file yet.
    fn read(&self) -> Result<Option<Customer>, ProfileError> {
        read_saved(&self.path())
    }
}

/// A saved JSON file, `None` when there is none yet; one that cannot be read is reported and left as it is.
fn read_saved<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, ProfileError> {
    let unreadable = |message: String| ProfileError::Unreadable { path: path.display().to_string(), message };
    // A pipe or a link in its place is refused, never waited on.
    let bytes = open_plain_file(path).map_err(io::Error::from).and_then(|mut file| {
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes).map(|_| bytes)
    });
    match bytes {
        Ok(bytes) => serde_json::from_slice(&bytes).map(Some).map_err(|e| unreadable(e.to_string())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(unreadable(e.to_string())),
    }
}

/// The companies of `cases` for the wizard to offer again: one per legal name (trimmed, ignoring case), in
/// the order given (newest case first), the newest case's details winning; cases without a name are skipped.
pub fn known_companies<'a>(cases: impl IntoIterator<Item = &'a Case>) -> Vec<Company> {
    let mut seen = HashSet::new();
    let mut companies = Vec::new();
    for case in cases {
        let name = case.company.legal_name.trim();
        if name.is_empty() || !seen.insert(name.to_lowercase()) {
            continue;
        }
        companies.push(Company { legal_name: name.to_owned(), ..case.company.clone() });
    }
    companies
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{IncidentType, Jurisdiction, Language};

    fn customer() -> Customer {
        Customer {
            full_name: "Булатов Алексей Николаевич".into(),
            postal_address: "г. Краснодар, ул. Красная, д. 1, кв. 2".into(),
            phone: "+7 918 000-00-00".into(),
            email: "a.bulatov@example.org".into(),
            account: String::new(),
            ..Customer::default()
        }
    }

    #[test]
    fn a_missing_profile_is_empty_and_a_saved_one_comes_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let profile = Profile::new(dir.path());
        assert_eq!(profile.load().expect("no file yet"), Customer::default());
        profile.save(&customer()).expect("save");
        assert_eq!(Profile::new(dir.path()).load().expect("load"), customer());
        let on_disk = fs::read_to_string(dir.path().join(PROFILE_FILE)).expect("profile.json");
        assert!(on_disk.contains("Булатов Алексей Николаевич"), "readable without the app: {on_disk}");
        let names: Vec<_> = fs::read_dir(dir.path()).expect("dir").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names, vec![PROFILE_FILE], "no temporary file is left behind");
    }

    #[test]
    fn a_damaged_profile_is_reported_and_never_overwritten() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(PROFILE_FILE);
        fs::write(&path, "{ \"full_name\": \"Иван").expect("write");
        let profile = Profile::new(dir.path());
        let err = profile.load().expect_err("damaged");
        assert_eq!(err.code(), ErrorCode::ProfileUnreadable);
        assert!(err.to_string().contains(PROFILE_FILE), "{err}");
        let err = profile.save(&customer()).expect_err("refuses to replace it");
        assert_eq!(err.code(), ErrorCode::ProfileUnreadable);
        assert_eq!(fs::read_to_string(&path).expect("still there"), "{ \"full_name\": \"Иван");
    }

    #[test]
    fn known_companies_are_unique_by_name_newest_first_and_never_blank() {
        let case = |name: &str, address: &str| {
            let mut case = Case::new(IncidentType::Other, Jurisdiction::Ru, Language::Ru);
            case.company.legal_name = name.into();
            case.company.claims_address = address.into();
            case
        };
        let newest_first = [
            case("ПАО «МТС»", "Москва, ул. Марксистская, 4"),
            case("  ", ""),
            case("ООО «Т2 Мобайл»", ""),
            case(" пао «мтс» ", "старый адрес"),
            case("„Мобилтел“ ЕАД", "София"),
        ];
        let companies = known_companies(&newest_first);
        let names: Vec<&str> = companies.iter().map(|c| c.legal_name.as_str()).collect();
        assert_eq!(names, ["ПАО «МТС»", "ООО «Т2 Мобайл»", "„Мобилтел“ ЕАД"]);
        assert_eq!(companies[0].claims_address, "Москва, ул. Марксистская, 4", "the newest case's details win");
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_in_place_of_the_profile_is_refused_at_once() {
        let dir = tempfile::tempdir().expect("temp dir");
        let fifo = dir.path().join(PROFILE_FILE);
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
        let started = std::time::Instant::now();
        let err = Profile::new(dir.path()).load().expect_err("a pipe");
        assert!(err.to_string().contains("not a plain file (pipe)"), "{err}");
        assert!(started.elapsed() < std::time::Duration::from_secs(1), "a pipe was waited on");
    }
}
