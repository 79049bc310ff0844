//! Whether the files a case lists are still the ones it recorded: each evidence copy and each letter is hashed
//! again and compared with the SHA-256 the case holds, so a file changed or lost since shows before the case
//! is relied on.

use std::path::Path;

use serde::Serialize;

use crate::evidence::{self, hash_file};
use crate::letter::is_plain_file_name;
use crate::models::Case;

/// A file the case lists, as a person finds it in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ListedFile {
    /// A file attached to an evidence item.
    Evidence {
        /// The item's index.
        item: usize,
        /// The file's name as attached.
        name: String,
    },
    /// A letter in the case's `letters/`.
    Letter {
        /// Its file name.
        file: String,
    },
}

/// What became of a listed file since the case recorded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FileState {
    /// Its content is what was recorded.
    Intact,
    /// It is there, with other content.
    Changed,
    /// It is gone, or is no longer a plain file of the case (a link, say).
    Missing,
    /// No fingerprint was recorded for it (a letter made by an earlier version): it cannot be checked.
    Unrecorded,
}

/// One listed file and what became of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct FileCheck {
    /// Which file.
    pub file: ListedFile,
    /// What became of it.
    pub state: FileState,
}

impl FileCheck {
    /// Whether the file is not as recorded: changed or missing (one that was never fingerprinted is not).
    pub fn is_fault(&self) -> bool {
        matches!(self.state, FileState::Changed | FileState::Missing)
    }
}

/// Checks every evidence file and letter `case` lists against its copy in the case folder `case_dir`.
pub fn verify_files(case: &Case, case_dir: &Path) -> Vec<FileCheck> {
    let evidence = case.evidence.iter().enumerate().flat_map(|(item, entry)| {
        entry.files.iter().map(move |file| FileCheck {
            file: ListedFile::Evidence { item, name: file.name.clone() },
            state: evidence::stored_copy(case_dir, file)
                .map_or(FileState::Missing, |path| state_of(&path, &file.sha256)),
        })
    });
    let letters = case.letters.iter().map(|letter| FileCheck {
        file: ListedFile::Letter { file: letter.file.clone() },
        state: match &letter.sha256 {
            None => FileState::Unrecorded,
            Some(_) if !is_plain_file_name(&letter.file) || !own_folder(&case_dir.join("letters")) => {
                FileState::Missing
            }
            Some(sha256) => state_of(&case_dir.join("letters").join(&letter.file), sha256),
        },
    });
    evidence.chain(letters).collect()
}

/// A folder of the case itself, not a link to one elsewhere.
fn own_folder(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir).is_ok_and(|meta| meta.is_dir())
}

fn state_of(path: &Path, recorded: &str) -> FileState {
    match hash_file(path) {
        Ok(found) if found == recorded => FileState::Intact,
        Ok(_) => FileState::Changed,
        Err(_) => FileState::Missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{AttachedFile, EvidenceItem, IncidentType, IssuedLetter, Jurisdiction, Language};

    fn letter(file: &str, sha256: Option<&str>) -> IssuedLetter {
        let mut letter = crate::letter::issued_from_file_name("2026-11-21-claim-ru.pdf").expect("a letter's name");
        letter.file = file.into();
        letter.sha256 = sha256.map(Into::into);
        letter
    }

    #[test]
    fn a_letter_named_as_a_path_or_linked_out_is_missing_and_one_never_fingerprinted_is_unrecorded() {
        let dir = tempfile::tempdir().expect("case dir");
        std::fs::create_dir(dir.path().join("letters")).expect("letters");
        std::fs::write(dir.path().join("letters").join("a.pdf"), b"abc").expect("letter");
        let outside = dir.path().join("outside.pdf");
        std::fs::write(&outside, b"abc").expect("a file out of letters/");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&outside, dir.path().join("letters").join("link.pdf")).expect("link");
        let abc = crate::evidence::sha256_hex(b"abc");

        let mut case = Case::new(IncidentType::Other, Jurisdiction::Ru, Language::Ru);
        case.letters = vec![
            letter("a.pdf", Some(&abc)),
            letter("../outside.pdf", Some(&abc)),
            letter("link.pdf", Some(&abc)),
            letter("a.pdf", None),
        ];
        case.evidence.push(EvidenceItem {
            files: vec![AttachedFile { name: "x.pdf".into(), sha256: "../outside".into(), ..AttachedFile::default() }],
            ..EvidenceItem::default()
        });
        let states: Vec<_> = verify_files(&case, dir.path()).into_iter().map(|check| check.state).collect();
        let expected =
            [FileState::Missing, FileState::Intact, FileState::Missing, FileState::Missing, FileState::Unrecorded];
        assert_eq!(states, expected);
    }
}
