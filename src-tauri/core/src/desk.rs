//! The core as its front ends see it: the case store and the clock, behind one call per action.
//!
//! The desktop commands and the CLI each make exactly one call here, so both behave alike and the
//! window adds no logic of its own.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use base64::prelude::{BASE64_STANDARD, Engine as _};
use serde::Serialize;

use crate::bag::{self, BagError};
use crate::check::{CaseCheck, language_problem, warnings};
use crate::dates::parse_date;
use crate::error::{ErrorCode, StoreError};
use crate::evidence::{self, CopyProblem, EvidenceError};
use crate::forms::{FormsGuide, forms_guide};
use crate::ics::{CaseDeadlines, deadlines_calendar};
use crate::letter::{
    Enclosure, LetterError, LetterOption, LetterRequest, LetterTitle, Letters, follow_up_options, is_plain_file_name,
    issued_from_file_name, letter_stem, listed_evidence,
};
use crate::listing::{CaseListEntry, list_cases};
use crate::models::{
    Answer, AttachedFile, Case, CaseRecord, CaseStatus, Company, Customer, DeliveryDate, EvidenceStatus, Extra,
    IncidentType, IssuedLetter, Jurisdiction, Language, Shelf, Submission, SubmissionKind,
};
use crate::profile::{Profile, ProfileError, Settings, known_companies};
use crate::rules::{self, FALLBACK_LANGUAGE, JurisdictionProfile, RulesError, jurisdiction_profiles};
use crate::status::{Deadline, StatusReport, deadlines, report};
use crate::store::{CaseFolder, Store, case_subfolder, write_atomically};
use crate::suggestions::{Suggestions, for_incident};
use crate::validate::{first_claim_letter, validate};
use crate::verify::{FileCheck, verify_files};
use crate::world::{Bin, Clock, SystemTrash};
use complaint_typeset::RenderedPdf;

/// A store opened on one data directory, with the clock that dates what it creates.
pub struct Desk {
    store: Store,
    profile: Profile,
    clock: Box<dyn Clock + Send + Sync>,
    /// Where deleted cases go.
    bin: Box<dyn Bin + Send + Sync>,
    /// Templates and fonts, prepared on the first letter only: listing cases needs neither.
    letters: OnceLock<Letters>,
}

/// How often a letter is typeset again because the case changed while it was being made.
const LETTER_ATTEMPTS: usize = 5;

/// A case just created: its folder name and the revision the next save must start from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CreatedCase {
    /// The case's id (folder name).
    pub id: String,
    /// The revision stored.
    #[cfg_attr(test, ts(type = "number"))]
    pub revision: u64,
}

/// A letter's pages as the review step draws them: the PDF the core typesets, never written to disk.
///
/// The PDF crosses to the window as base64 text: a JSON array of numbers would be about three times as long
/// and slow to read into bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct LetterPages {
    /// The PDF file, base64-encoded (RFC 4648, with padding).
    pub pdf: String,
    /// How many pages it has, all its parts together.
    pub pages: usize,
}

/// A case written as a bag: where, so the customer can find it, and how many files it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ExportedBag {
    /// The zip file, as the system names it (shown, never taken back as a path).
    pub path: String,
    /// How many files of the case it holds.
    pub files: usize,
}

impl From<RenderedPdf> for LetterPages {
    fn from(rendered: RenderedPdf) -> LetterPages {
        LetterPages { pdf: BASE64_STANDARD.encode(&rendered.bytes), pages: rendered.pages }
    }
}

/// The case after files were attached, and the files that could not be.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Attached {
    /// The case as stored after the last file attached.
    pub case: Case,
    /// Each file that was not attached, with the reason.
    pub failures: Vec<AttachFailure>,
}

/// One file that could not be attached.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AttachFailure {
    /// The file's name (not its path).
    pub name: String,
    /// Why, for translation.
    pub code: ErrorCode,
    /// The error in English.
    pub message: String,
}

impl Desk {
    /// Opens the cases under `data_dir`, creating the folder on first use.
    pub fn open(data_dir: impl AsRef<Path>, clock: impl Clock + Send + Sync + 'static) -> Result<Desk, StoreError> {
        Ok(Desk {
            store: Store::open(&data_dir)?,
            profile: Profile::new(&data_dir),
            clock: Box::new(clock),
            bin: Box::new(SystemTrash),
            letters: OnceLock::new(),
        })
    }

    /// The same desk with deleted cases going to `bin` instead of the system's trash (tests).
    pub fn with_bin(self, bin: impl Bin + Send + Sync + 'static) -> Desk {
        Desk { bin: Box::new(bin), ..self }
    }

    /// The underlying store, for front ends that need paths.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Every case on `shelf`, readable or not.
    pub fn list_cases(&self, shelf: Shelf) -> Result<Vec<CaseListEntry>, StoreError> {
        list_cases(&self.store, shelf, self.clock.today())
    }

    /// Puts a case away: its whole folder moves to `archive/`, out of the list; returns its id there.
    pub fn archive_case(&self, id: &str) -> Result<String, StoreError> {
        self.store.move_case(id, Shelf::Active, Shelf::Archived)
    }

    /// Brings an archived case back to the list as it was; returns its id there.
    pub fn restore_case(&self, id: &str) -> Result<String, StoreError> {
        self.store.move_case(id, Shelf::Archived, Shelf::Active)
    }

    /// Moves a case's folder, letters and evidence included, to the system's trash, where it can still be
    /// restored from.
    pub fn delete_case(&self, id: &str, shelf: Shelf) -> Result<(), StoreError> {
        self.store.discard(id, shelf, self.bin.as_ref())
    }

    /// A new draft, dated today, with the case's company, customer, facts and evidence (its files copied), and
    /// nothing of what was sent or received: for a second complaint on the same story.
    pub fn duplicate_case(&self, id: &str) -> Result<CreatedCase, EvidenceError> {
        let source = self.store.load(id)?;
        let draft = Case {
            revision: 0,
            letters: Vec::new(),
            sent: None,
            data_request: None,
            regulator_complaint: None,
            answer: None,
            status: CaseStatus::Draft,
            ..source
        };
        let source = self.store.case_dir(id)?;
        // Only read from the original: a case without an evidence folder has nothing to copy, and gets none.
        // One that is not the case's own (a link) is refused before the new draft is made.
        let evidence_dir = source.join(evidence::EVIDENCE_DIR);
        let from = match evidence_dir.symlink_metadata() {
            Ok(_) => Some(case_subfolder(&source, evidence::EVIDENCE_DIR)?),
            Err(_) => None,
        };
        let created = self.create_case(&draft)?;
        let Some(from) = from else { return Ok(created) };
        let to = self.store.case_dir(&created.id)?;
        for entry in std::fs::read_dir(&from).map_err(|e| StoreError::io(&from, e))?.flatten() {
            let plain = entry.file_type().is_ok_and(|kind| kind.is_file());
            if plain && !entry.file_name().to_string_lossy().starts_with('.') {
                evidence::import(&to, &entry.path())?;
            }
        }
        Ok(created)
    }

    /// One case by id.
    pub fn load_case(&self, id: &str) -> Result<Case, StoreError> {
        self.store.load(id)
    }

    /// Saves a case edited in the wizard; refused with [`StoreError::Conflict`] when `case.revision` is not
    /// the revision on disk (the case changed elsewhere since it was loaded). The letters recorded stay as
    /// they are: only issuing a letter records one. Returns the case as stored, with its new revision.
    pub fn save_case(&self, id: &str, case: &Case) -> Result<Case, StoreError> {
        let (stored, ()) = self.update(id, |stored, _| {
            if case.revision != stored.revision {
                return Err(StoreError::Conflict { id: id.to_owned(), stored: stored.revision, base: case.revision });
            }
            let letters = std::mem::take(&mut stored.letters);
            *stored = Case { letters, ..case.clone() };
            Ok(())
        })?;
        Ok(stored)
    }

    /// Creates a case folder dated today.
    pub fn create_case(&self, case: &Case) -> Result<CreatedCase, StoreError> {
        let (id, stored) = self.store.create(case, self.clock.today())?;
        Ok(CreatedCase { id, revision: stored.revision })
    }

    /// Every problem that keeps the case from making a letter today, characters the font lacks included, and
    /// the warnings worth reading before it goes out (they never block it).
    pub fn check_case(&self, case: &Case) -> Result<CaseCheck, RulesError> {
        let today = self.clock.today();
        let mut problems = validate(case, today);
        problems.extend(language_problem(case, rules::letter_languages(case.jurisdiction)?));
        if let Ok(letters) = self.letters() {
            problems.extend(letters.unprintable(case));
        }
        Ok(CaseCheck { problems, warnings: warnings(case, today)? })
    }

    /// A fresh draft for someone using the app in `lang`: the first jurisdiction whose letters are written in
    /// it (anywhere else when none), letters in `lang` where that jurisdiction's law is written in it.
    pub fn new_case(&self, lang: Language) -> Result<Case, RulesError> {
        let profiles = jurisdiction_profiles()?;
        let profile = profiles
            .iter()
            .find(|profile| profile.official_language == Some(lang))
            .or_else(|| profiles.iter().find(|profile| profile.jurisdiction == Jurisdiction::Other));
        let jurisdiction = profile.map_or(Jurisdiction::Other, |profile| profile.jurisdiction);
        let offered = profile.map_or(&[][..], |profile| profile.letter_languages.as_slice());
        let letter_language = [lang, FALLBACK_LANGUAGE]
            .into_iter()
            .chain(offered.iter().copied())
            .find(|candidate| offered.contains(candidate))
            .unwrap_or(lang);
        Ok(Case::new(IncidentType::Other, jurisdiction, letter_language))
    }

    /// What each jurisdiction asks of a case, for the wizard to ask exactly that.
    pub fn jurisdictions(&self) -> Result<Vec<JurisdictionProfile>, RulesError> {
        jurisdiction_profiles()
    }

    /// What each letter kind is called in `lang` (the interface's language), as its templates title it.
    pub fn letter_titles(&self, lang: Language) -> Result<Vec<LetterTitle>, LetterError> {
        Ok(self.letters()?.titles(lang))
    }

    /// Which follow-up letters the stored case can have now, and why not the others.
    pub fn letter_options(&self, id: &str) -> Result<Vec<LetterOption>, StoreError> {
        Ok(follow_up_options(&self.store.load(id)?, self.clock.today()))
    }

    /// The web forms of the regulators the case can go to, each field filled from the case and each evidence file
    /// measured against the form's limits; names and notes in `lang` (the interface's language).
    pub fn regulator_forms(&self, id: &str, lang: Language) -> Result<FormsGuide, LetterError> {
        let case = self.store.load(id)?;
        forms_guide(self.letters()?, &case, &self.store.case_dir(id)?, self.clock.today(), lang)
    }

    /// Where the case stands today, with texts in `lang` (the interface's language).
    pub fn case_status(&self, id: &str, lang: Language) -> Result<StatusReport, StatusError> {
        let case = self.store.load(id)?;
        Ok(report(&case, self.clock.today(), lang)?)
    }

    /// The running deadlines of the case `id`, or of every readable case, as an iCalendar file in `lang`; a case
    /// whose deadlines cannot be worked out is left out of the all-cases file rather than holding up the others.
    pub fn deadlines_calendar(&self, id: Option<&str>, lang: Language) -> Result<String, StatusError> {
        let today = self.clock.today();
        let mut cases: Vec<(String, Case, Vec<Deadline>)> = Vec::new();
        match id {
            Some(id) => {
                let case = self.store.load(id)?;
                let found = deadlines(&case, today, lang)?;
                cases.push((id.to_owned(), case, found));
            }
            None => {
                for (id, case) in self.store.read_all(Shelf::Active)? {
                    let Ok(case) = case else { continue };
                    if let Ok(found) = deadlines(&case, today, lang) {
                        cases.push((id, case, found));
                    }
                }
            }
        }
        let entries: Vec<CaseDeadlines<'_>> =
            cases.iter().map(|(id, case, deadlines)| CaseDeadlines { id, case, deadlines }).collect();
        Ok(deadlines_calendar(&entries, today, lang)?)
    }

    /// Writes [`Desk::deadlines_calendar`] to `destination`, a place the customer chose.
    pub fn save_calendar(&self, id: Option<&str>, lang: Language, destination: &Path) -> Result<(), StatusError> {
        let text = self.deadlines_calendar(id, lang)?;
        Ok(write_chosen(destination, text.as_bytes())?)
    }

    /// Records that a letter of `kind` reached its addressee; its answer's term runs from `submission.date`, or
    /// from `registered_on` once known. Neither is after today, the registration is not before the receipt, and
    /// a claim is not handed in before the case's first claim letter was dated.
    pub fn record_submission(
        &self,
        id: &str,
        kind: SubmissionKind,
        submission: Submission,
    ) -> Result<Case, RecordError> {
        let field = kind.field();
        let handed_in = self.check_past_date(&format!("{field}.date"), &submission.date)?;
        for (name, value) in [("registered_on", &submission.registered_on), ("answered_on", &submission.answered_on)] {
            if value.trim().is_empty() {
                continue;
            }
            let path = format!("{field}.{name}");
            if self.check_past_date(&path, value)? < handed_in {
                return Err(RecordError::OutOfOrder { field: path });
            }
        }
        let (case, ()) = self.update(id, |case, _| {
            // Read under the lock: a claim letter issued meanwhile counts.
            if let Some(claim) =
                first_claim_letter(case).filter(|claim| kind == SubmissionKind::Claim && handed_in < *claim)
            {
                return Err(RecordError::BeforeClaimLetter { field: "sent.date".into(), claim });
            }
            let record = case.submission_mut(kind);
            *record = Some(keep_unknown_fields(record.take().map(|s| s.extra), submission, |s| &mut s.extra));
            if kind == SubmissionKind::Claim && case.status == CaseStatus::Draft {
                case.status = CaseStatus::Sent;
            }
            Ok::<_, RecordError>(())
        })?;
        Ok(case)
    }

    /// Records a later day of a delivered letter: the addressee's registration (which ends an estimate), or the
    /// arrival of the answer to a data request or a regulator complaint (which stops its term; the claim's answer
    /// is recorded with its outcomes).
    pub fn record_delivery_date(
        &self,
        id: &str,
        kind: SubmissionKind,
        which: DeliveryDate,
        date: &str,
    ) -> Result<Case, RecordError> {
        let field = format!("{}.{}", kind.field(), which.field());
        let day = self.check_past_date(&field, date)?;
        let (case, ()) = self.update(id, |case, _| {
            let record = case.submission_mut(kind).as_mut();
            let record = record.filter(|_| !(kind == SubmissionKind::Claim && which == DeliveryDate::Answered));
            let Some(record) = record else { return Err(RecordError::NotDelivered { field: kind.field().into() }) };
            if parse_date(&record.date).is_some_and(|delivered| day < delivered) {
                return Err(RecordError::OutOfOrder { field });
            }
            let value = date.trim().to_owned();
            match which {
                DeliveryDate::Registered => record.registered_on = value,
                DeliveryDate::Answered => record.answered_on = value,
            }
            Ok::<_, RecordError>(())
        })?;
        Ok(case)
    }

    /// Takes back a record entered wrongly, so it can be entered again; the deadlines follow. The claim's hand-in
    /// goes only once no answer is recorded (the answer rests on it), and the case's stage steps back with it.
    pub fn remove_record(&self, id: &str, record: CaseRecord) -> Result<Case, RecordError> {
        let (case, ()) = self.update(id, |case, _| {
            let field = record.submission().map_or("answer", SubmissionKind::field);
            let missing = || RecordError::NotDelivered { field: field.into() };
            match record.submission() {
                None => {
                    case.answer.take().ok_or_else(missing)?;
                    if case.status == CaseStatus::Answered {
                        case.status = CaseStatus::Sent;
                    }
                }
                Some(SubmissionKind::Claim) if case.answer.is_some() => {
                    return Err(RecordError::AnswerRests { field: field.into() });
                }
                Some(kind) => {
                    case.submission_mut(kind).take().ok_or_else(missing)?;
                    if kind == SubmissionKind::Claim && case.status == CaseStatus::Sent {
                        case.status = CaseStatus::Draft;
                    }
                }
            }
            Ok::<_, RecordError>(())
        })?;
        Ok(case)
    }

    /// Records the company's answer and what it did with each demand.
    pub fn record_answer(&self, id: &str, answer: Answer) -> Result<Case, RecordError> {
        self.check_past_date("answer.date", &answer.date)?;
        let (case, ()) = self.update(id, |case, _| {
            case.answer = Some(keep_unknown_fields(case.answer.take().map(|a| a.extra), answer, |a| &mut a.extra));
            if matches!(case.status, CaseStatus::Draft | CaseStatus::Sent) {
                case.status = CaseStatus::Answered;
            }
            Ok::<_, RecordError>(())
        })?;
        Ok(case)
    }

    /// The letter for a case, dated today, without storing it; the copies of its evidence, when asked for, are
    /// read from the case's folder `case_dir`.
    pub fn render_letter(
        &self,
        case: &Case,
        case_dir: Option<&Path>,
        request: &LetterRequest,
    ) -> Result<RenderedPdf, LetterError> {
        let request = self.with_settings(request);
        self.letters()?.render(case, &request, &enclosures(case, case_dir, &request), self.clock.today())
    }

    /// The request with the print settings chosen once (the window envelope). A settings file that cannot be
    /// read leaves them out: the settings screen names that file, and the letter still prints.
    fn with_settings(&self, request: &LetterRequest) -> LetterRequest {
        let envelope = self.profile.settings().ok().and_then(|settings| settings.envelope);
        LetterRequest { envelope, ..*request }
    }

    /// The print settings chosen once for every letter.
    pub fn settings(&self) -> Result<Settings, ProfileError> {
        self.profile.settings()
    }

    /// Keeps the print settings for every letter from now on.
    pub fn save_settings(&self, settings: &Settings) -> Result<(), ProfileError> {
        self.profile.save_settings(settings)
    }

    /// Writes the letter into the case's `letters/` folder under a new name and records it in the case.
    ///
    /// The letter is typeset outside the case's lock (a long case takes seconds), then written and recorded
    /// under it only if the case is still the revision it was made from; otherwise it is made again, so the
    /// letter always matches what is recorded. A letter whose recording fails is removed again.
    pub fn issue_letter(&self, id: &str, request: &LetterRequest) -> Result<IssuedLetter, LetterError> {
        for _ in 0..LETTER_ATTEMPTS {
            let case = self.store.load(id)?;
            let pdf = self.render_letter(&case, Some(&self.store.case_dir(id)?), request)?;
            let written = std::cell::RefCell::new(None);
            let result = self.update(id, |stored, folder| {
                if stored.revision != case.revision {
                    return Ok(None);
                }
                let today = self.clock.today();
                let stem = letter_stem(today, request, request.language.unwrap_or(case.letter_language));
                let file = folder.add_file("letters", &stem, "pdf", &pdf.bytes)?;
                *written.borrow_mut() = Some(folder.path().join("letters").join(&file));
                let mut issued = issued_from_file_name(&file).ok_or_else(|| {
                    LetterError::from(StoreError::io(
                        &folder.path().join(&file),
                        std::io::Error::other("unexpected name"),
                    ))
                })?;
                issued.sha256 = Some(evidence::sha256_hex(&pdf.bytes));
                stored.letters.push(issued.clone());
                Ok::<_, LetterError>(Some(issued))
            });
            match result {
                Ok((_, Some(issued))) => return Ok(issued),
                Ok((_, None)) => continue,
                Err(e) => {
                    if let Some(path) = written.into_inner() {
                        let _ = std::fs::remove_file(path);
                    }
                    return Err(e);
                }
            }
        }
        Err(StoreError::Locked(id.to_owned()).into())
    }

    /// Finishes what a process that died left half done in every case: temporary files are removed and a
    /// letter written but not yet recorded is recorded. Run once at start; returns the cases it could not tidy.
    pub fn tidy(&self) -> Result<Vec<(String, StoreError)>, StoreError> {
        let mut failed = Vec::new();
        for (id, read) in self.store.read_all(Shelf::Active)? {
            if read.is_ok()
                && let Err(e) = self.update(&id, |_, _| Ok::<_, StoreError>(()))
            {
                failed.push((id, e));
            }
        }
        Ok(failed)
    }

    /// The demands and proof the wizard suggests for an incident, worded in `lang`.
    pub fn suggestions(&self, incident: IncidentType, lang: Language) -> Suggestions {
        for_incident(lang, incident)
    }

    /// The companies of the readable cases, one per legal name, most recently created case first.
    pub fn known_companies(&self) -> Result<Vec<Company>, StoreError> {
        let cases: Vec<Case> =
            self.store.read_all(Shelf::Active)?.into_iter().filter_map(|(_, case)| case.ok()).collect();
        Ok(known_companies(&cases))
    }

    /// The customer's own details as last saved, for prefilling a new case; empty before the first save.
    pub fn load_profile(&self) -> Result<Customer, ProfileError> {
        self.profile.load()
    }

    /// Saves the customer's own details for the next new case.
    pub fn save_profile(&self, customer: &Customer) -> Result<(), ProfileError> {
        self.profile.save(customer)
    }

    /// Copies the file at `source` into the case's `evidence/` folder and lists it under evidence item `item`,
    /// which then counts as in hand. Attaching the same content again stores no second copy.
    ///
    /// The copy is made before the case's lock is taken (a large file must not hold up other saves); the
    /// stored file is named by its content, so a copy whose recording fails is simply reused next time.
    pub fn attach_evidence(&self, id: &str, item: usize, source: &Path) -> Result<Case, EvidenceError> {
        self.check_evidence_item(id, item)?;
        let stored = evidence::import(&self.store.case_dir(id)?, source)?;
        let imported = self.clock.today().format("%Y-%m-%d").to_string();
        let (case, ()) = self.update(id, |case, folder| {
            // The same content removed from another item meanwhile took its copy to the trash: copy it again,
            // and list what was copied then.
            let stored = if folder.path().join(evidence::EVIDENCE_DIR).join(&stored.stored_name).is_file() {
                stored
            } else {
                evidence::import(folder.path(), source)?
            };
            let count = case.evidence.len();
            let entry = case.evidence.get_mut(item).ok_or(EvidenceError::ItemMissing { item, count })?;
            // The same file dropped twice on one item is listed once.
            if !entry.files.iter().any(|f| f.sha256 == stored.sha256 && f.name == stored.original_name) {
                entry.files.push(AttachedFile {
                    name: stored.original_name,
                    sha256: stored.sha256,
                    imported,
                    ..AttachedFile::default()
                });
            }
            entry.status = EvidenceStatus::Have;
            Ok::<_, EvidenceError>(())
        })?;
        Ok(case)
    }

    /// The copy of a file attached to evidence item `item`, to open it: only a real file of the case's
    /// `evidence/` that the item lists.
    pub fn evidence_path(&self, id: &str, item: usize, sha256: &str, name: &str) -> Result<PathBuf, EvidenceError> {
        let case = self.store.load(id)?;
        let file = listed_file(&case, item, sha256, name)?;
        evidence::stored_copy(&self.store.case_dir(id)?, file)
            .ok_or_else(|| EvidenceError::FileMissing { item, name: name.to_owned() })
    }

    /// Takes a file attached by mistake off evidence item `item`; its copy goes to the trash once no item
    /// lists it, so it can still be got back. The item stays, with its other files.
    pub fn remove_evidence_file(&self, id: &str, item: usize, sha256: &str, name: &str) -> Result<Case, EvidenceError> {
        let (case, ()) = self.update(id, |case, folder| {
            let file = listed_file(case, item, sha256, name)?.clone();
            case.evidence[item].files.retain(|each| *each != file);
            // Only a copy the app left in the case's own folder goes; a listing with no hash has none.
            let Some(copy) = evidence::stored_copy(folder.path(), &file) else { return Ok(()) };
            let still_listed = case
                .evidence
                .iter()
                .flat_map(|each| &each.files)
                .any(|each| evidence::stored_path(folder.path(), each).as_ref() == Some(&copy));
            // Under the case's lock: an attachment of the same content waits, and finds the copy gone.
            if !still_listed {
                self.bin.discard(&copy).map_err(|e| StoreError::io(&copy, e))?;
            }
            Ok::<_, EvidenceError>(())
        })?;
        Ok(case)
    }

    /// Every evidence file and letter the case lists, hashed again against the SHA-256 it recorded: a file
    /// changed or lost since it was added shows before the case is relied on.
    pub fn verify_case(&self, id: &str) -> Result<Vec<FileCheck>, StoreError> {
        let case = self.store.load(id)?;
        Ok(verify_files(&case, &self.store.case_dir(id)?))
    }

    /// Writes case `id` as a zipped BagIt bag at `out`, whole or not at all (it is written beside and renamed
    /// into place).
    pub fn export_case(&self, id: &str, out: &Path) -> Result<ExportedBag, BagError> {
        let dir = self.store.case_dir(id)?;
        let case = self.store.load(id)?;
        let files = bag::case_files(&dir, &case)?;
        let folder = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = out.file_name().unwrap_or_default();
        let written = crate::store::create_temp(folder, name).and_then(|(temp, file)| {
            let names = (case.customer.full_name.as_str(), case.title.as_str());
            let result = bag::write_bag(file, id, &files, self.clock.today(), names)
                .map_err(std::io::Error::other)
                .and_then(|file| file.sync_all())
                .and_then(|()| std::fs::rename(&temp, out));
            if result.is_err() {
                let _ = std::fs::remove_file(&temp);
            }
            result
        });
        written.map_err(|e| StoreError::io(out, e))?;
        Ok(ExportedBag { path: out.display().to_string(), files: files.len() })
    }

    /// Adds the case of a zipped bag as a new case, with its letters and evidence, after checking every file
    /// against the bag's manifest and its case; a bag that does not prove itself is refused and nothing is
    /// written. The case appears whole or not at all.
    pub fn import_bag(&self, zip: &Path) -> Result<CreatedCase, BagError> {
        let file = crate::store::open_plain_file(zip).map_err(|e| StoreError::io(zip, e.into()))?;
        let payload = bag::read_bag(std::io::BufReader::new(file))?;
        let (id, stored) =
            self.store.create_filled(&payload.case, self.clock.today(), |dir| bag::unpack(dir, &payload))?;
        Ok(CreatedCase { id, revision: stored.revision })
    }

    /// Refuses, before any dialog is opened for it, an attachment to a case or an evidence item that is not
    /// there.
    pub fn check_evidence_item(&self, id: &str, item: usize) -> Result<(), EvidenceError> {
        let count = self.store.load(id)?.evidence.len();
        if item >= count {
            return Err(EvidenceError::ItemMissing { item, count });
        }
        Ok(())
    }

    /// Attaches several files to evidence item `item`, one after the other; a file that cannot be attached
    /// is reported by name and does not stop the others.
    pub fn attach_files(&self, id: &str, item: usize, sources: &[PathBuf]) -> Result<Attached, EvidenceError> {
        self.check_evidence_item(id, item)?;
        let mut case = None;
        let mut failures = Vec::new();
        for source in sources {
            match self.attach_evidence(id, item, source) {
                Ok(updated) => case = Some(updated),
                Err(e) => failures.push(AttachFailure {
                    name: source.file_name().unwrap_or_default().to_string_lossy().into_owned(),
                    code: e.code(),
                    message: e.to_string(),
                }),
            }
        }
        let case = match case {
            Some(case) => case,
            None => self.store.load(id)?,
        };
        Ok(Attached { case, failures })
    }

    /// The letter's pages as they would print today, for reviewing a case that may still be incomplete; nothing
    /// is written.
    pub fn letter_pages(&self, id: &str, case: &Case, request: &LetterRequest) -> Result<LetterPages, LetterError> {
        // A folder that is not there leaves every copy missing, printed as a note, as the letter would.
        let request = self.with_settings(request);
        let enclosures = enclosures(case, self.store.case_dir(id).ok().as_deref(), &request);
        Ok(self.letters()?.draft(case, &request, &enclosures, self.clock.today())?.into())
    }

    /// The path of an issued letter, after checking `file` is a plain name of a file in the case's `letters/`.
    pub fn letter_path(&self, id: &str, file: &str) -> Result<PathBuf, LetterError> {
        let not_found = || LetterError::NotFound { id: id.to_owned(), file: file.to_owned() };
        if !is_plain_file_name(file) {
            return Err(not_found());
        }
        let letters = self.store.case_dir(id)?.join("letters");
        if !std::fs::symlink_metadata(&letters).is_ok_and(|m| m.is_dir()) {
            return Err(not_found());
        }
        let path = letters.join(file);
        // A link is not a letter the app wrote; only real files inside the folder are offered.
        match path.symlink_metadata() {
            Ok(meta) if meta.is_file() => Ok(path),
            _ => Err(not_found()),
        }
    }

    /// Copies an issued letter to `destination` (chosen in a save dialog, so an existing file there is
    /// replaced), crash-safely: the destination holds either its old content or the whole letter.
    pub fn save_letter_copy(&self, id: &str, file: &str, destination: &Path) -> Result<(), LetterError> {
        let source = self.letter_path(id, file)?;
        let bytes = std::fs::read(&source).map_err(|e| StoreError::io(&source, e))?;
        Ok(write_chosen(destination, &bytes)?)
    }

    /// Every change of a case passes here: the store's locked update, after recording any letter a process
    /// that died wrote but did not record.
    fn update<T, E: From<StoreError>>(
        &self,
        id: &str,
        change: impl FnOnce(&mut Case, &CaseFolder<'_>) -> Result<T, E>,
    ) -> Result<(Case, T), E> {
        self.store.update(id, |case, folder| {
            record_unrecorded_letters(case, folder);
            change(case, folder)
        })
    }

    fn letters(&self) -> Result<&Letters, LetterError> {
        if let Some(letters) = self.letters.get() {
            return Ok(letters);
        }
        let letters = Letters::new()?;
        Ok(self.letters.get_or_init(|| letters))
    }
}

/// The file `name` with content `sha256` that evidence item `item` lists.
fn listed_file<'a>(case: &'a Case, item: usize, sha256: &str, name: &str) -> Result<&'a AttachedFile, EvidenceError> {
    let count = case.evidence.len();
    let entry = case.evidence.get(item).ok_or(EvidenceError::ItemMissing { item, count })?;
    entry
        .files
        .iter()
        .find(|file| file.sha256 == sha256 && file.name == name)
        .ok_or_else(|| EvidenceError::FileMissing { item, name: name.to_owned() })
}

/// Adds to the case the letters in its `letters/` folder that carry a letter's name but no record: a writer
/// killed between writing the PDF and saving the case leaves one. Other files there are left alone.
fn record_unrecorded_letters(case: &mut Case, folder: &CaseFolder<'_>) {
    let letters = folder.path().join("letters");
    // Only the case's own folder: a link there is not the case's.
    if !std::fs::symlink_metadata(&letters).is_ok_and(|m| m.is_dir()) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(letters) else { return };
    let mut found: Vec<IssuedLetter> = entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|entry| {
            let mut issued = issued_from_file_name(&entry.file_name().to_string_lossy())?;
            // Written whole before its record (the writer renames a complete file into place).
            issued.sha256 = evidence::hash_file(&entry.path()).ok();
            Some(issued)
        })
        .filter(|issued| !case.letters.iter().any(|l| l.file == issued.file))
        .collect();
    found.sort_by(|a, b| a.file.cmp(&b.file));
    case.letters.extend(found);
}

/// Why a case's standing could not be worked out.
#[derive(Debug, thiserror::Error)]
pub enum StatusError {
    /// The case could not be read.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The rule packs have no rule for the case's dates.
    #[error(transparent)]
    Rules(#[from] RulesError),
}

impl StatusError {
    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Store(e) => e.code(),
            Self::Rules(e) => e.code(),
        }
    }
}

/// Why a submission or an answer was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The case could not be read or saved.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A date is not a `YYYY-MM-DD` calendar date between 1900 and 2100.
    #[error("{field}: not a date of the form YYYY-MM-DD between 1900 and 2100")]
    InvalidDate {
        /// The field path, e.g. `sent.date`.
        field: String,
    },
    /// A date after today.
    #[error("{field}: the date is in the future")]
    FutureDate {
        /// The field path, e.g. `answer.date`.
        field: String,
    },
    /// A registration or an answer dated before the letter arrived.
    #[error("{field}: the date is before the letter arrived")]
    OutOfOrder {
        /// The field path, e.g. `sent.registered_on`.
        field: String,
    },
    /// The claim's hand-in cannot be taken back while the company's answer to it is recorded.
    #[error("{field}: the company's answer rests on it; remove the answer first")]
    AnswerRests {
        /// The field path, `sent`.
        field: String,
    },
    /// An answer to a letter that is not recorded as delivered (the claim's answer is recorded with its outcomes).
    #[error("{field}: the letter is not recorded as delivered")]
    NotDelivered {
        /// The field path of the missing record, e.g. `data_request`.
        field: String,
    },
    /// A claim handed in before its letter was written.
    #[error("{field}: the claim cannot have been handed in before its letter of {claim}")]
    BeforeClaimLetter {
        /// The field path, `sent.date`.
        field: String,
        /// The date of the case's first claim letter.
        claim: chrono::NaiveDate,
    },
}

impl RecordError {
    /// Stable machine-readable code for the interface.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Store(e) => e.code(),
            Self::InvalidDate { .. } => ErrorCode::InvalidDate,
            Self::FutureDate { .. } => ErrorCode::FutureDate,
            Self::BeforeClaimLetter { .. } => ErrorCode::BeforeClaimLetter,
            Self::OutOfOrder { .. } => ErrorCode::DatesOutOfOrder,
            Self::NotDelivered { .. } => ErrorCode::NotDelivered,
            Self::AnswerRests { .. } => ErrorCode::AnswerRests,
        }
    }
}

impl Desk {
    /// Accepts a case date as every reader of the case reads it (`YYYY-MM-DD`, 1900–2100, a real day), and
    /// not after today: a record dated in the future would block every letter.
    fn check_past_date(&self, field: &str, value: &str) -> Result<chrono::NaiveDate, RecordError> {
        match parse_date(value) {
            Some(date) if date > self.clock.today() => Err(RecordError::FutureDate { field: field.into() }),
            Some(date) => Ok(date),
            None => Err(RecordError::InvalidDate { field: field.into() }),
        }
    }
}

/// Writes a file where the customer chose, whole or not at all: a file already there is replaced only once the
/// new one is complete.
fn write_chosen(destination: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let refuse = |e| StoreError::io(destination, e);
    let name = destination.file_name().ok_or_else(|| refuse(std::io::Error::other("not a file name")))?;
    let folder = match destination.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    write_atomically(folder, name, bytes).map_err(refuse)
}

/// A record replaced by a new one keeps the fields of the old one this version does not know.
fn keep_unknown_fields<T>(old: Option<Extra>, mut new: T, extra: impl Fn(&mut T) -> &mut Extra) -> T {
    for (key, value) in old.unwrap_or_default() {
        extra(&mut new).entry(key).or_insert(value);
    }
    new
}

/// The copies of the evidence a letter prints after it, read from the case's folder; none when the request asks
/// for none, and every copy missing when there is no folder.
fn enclosures(case: &Case, case_dir: Option<&Path>, request: &LetterRequest) -> Vec<Enclosure> {
    if !request.annexes || !request.kind.lists_evidence() {
        return Vec::new();
    }
    let mut enclosures: Vec<Enclosure> = Vec::new();
    for (index, item) in listed_evidence(case) {
        for file in &item.files {
            // A file attached to two proofs is read once.
            let enclosure = match enclosures.iter().find(|e| e.file.sha256 == file.sha256 && e.file.name == file.name) {
                Some(earlier) => Enclosure { item: index, ..earlier.clone() },
                None => {
                    let bytes = case_dir.map_or(Err(CopyProblem::Missing), |dir| evidence::read_copy(dir, file));
                    Enclosure::new(index, file, bytes)
                }
            };
            enclosures.push(enclosure);
        }
    }
    enclosures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter::LetterKind;
    use crate::models::{EvidenceItem, Jurisdiction};
    use crate::store::{CASE_FILE, parse_case};
    use crate::world::FixedClock;

    const DEBT_NOTICE: &str =
        include_str!("../../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");
    // SHA-256 of "abc", the standard test vector.
    const ABC: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    fn desk(dir: &Path) -> Desk {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
        Desk::open(dir, FixedClock(today)).expect("desk")
    }

    fn fixture() -> Case {
        parse_case(DEBT_NOTICE.as_bytes()).expect("fixture parses")
    }

    /// A case with two evidence items to attach files to.
    fn case_with_items(desk: &Desk) -> String {
        let mut case = Case::new(IncidentType::PaymentNotCredited, Jurisdiction::Ru, Language::Ru);
        case.company.legal_name = "ПАО «МТС»".into();
        for kind in ["receipt", "statement"] {
            case.evidence.push(EvidenceItem { kind: kind.into(), description: kind.into(), ..EvidenceItem::default() });
        }
        desk.create_case(&case).expect("create").id
    }

    #[test]
    fn an_attached_file_is_stored_by_hash_and_listed_under_its_name() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let source = data.path().join("Чек от 14 марта.pdf");
        std::fs::write(&source, b"abc").expect("source");

        let case = desk.attach_evidence(&id, 1, &source).expect("attach");
        let item = &case.evidence[1];
        assert_eq!(item.status, EvidenceStatus::Have);
        assert_eq!(
            item.files,
            [AttachedFile {
                name: "Чек от 14 марта.pdf".into(),
                sha256: ABC.into(),
                imported: "2026-11-21".into(),
                ..AttachedFile::default()
            }]
        );
        assert_eq!(case.evidence[0].status, EvidenceStatus::Missing, "other items are untouched");
        let stored = desk.store().case_dir(&id).expect("dir").join("evidence").join(format!("{ABC}.pdf"));
        assert_eq!(std::fs::read(stored).expect("the copy"), b"abc");
        assert_eq!(desk.load_case(&id).expect("load"), case, "the case is saved");
    }

    #[test]
    fn the_same_content_attached_twice_is_stored_once() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let first = data.path().join("receipt.pdf");
        let again = data.path().join("receipt copy.pdf");
        std::fs::write(&first, b"abc").expect("source");
        std::fs::write(&again, b"abc").expect("source");

        desk.attach_evidence(&id, 0, &first).expect("attach");
        desk.attach_evidence(&id, 0, &first).expect("attach the same file again");
        let case = desk.attach_evidence(&id, 1, &again).expect("attach a copy elsewhere");
        assert_eq!(case.evidence[0].files.len(), 1, "the same file on one item is listed once");
        assert_eq!(case.evidence[1].files[0].name, "receipt copy.pdf");
        assert_eq!(case.evidence[1].files[0].sha256, ABC);
        let evidence = desk.store().case_dir(&id).expect("dir").join("evidence");
        let stored: Vec<_> = std::fs::read_dir(evidence).expect("evidence").flatten().map(|e| e.file_name()).collect();
        assert_eq!(stored, [format!("{ABC}.pdf").as_str()]);
    }

    #[test]
    fn an_attached_file_opens_from_its_copy_and_is_taken_off_to_the_trash_once_no_item_lists_it() {
        let data = tempfile::tempdir().expect("data dir");
        let bin = tempfile::tempdir().expect("bin");
        let desk = desk(data.path()).with_bin(FolderBin(bin.path().to_owned()));
        let id = case_with_items(&desk);
        let receipt = data.path().join("чек.PDF");
        let statement = data.path().join("выписка.pdf");
        std::fs::write(&receipt, b"abc").expect("source");
        std::fs::write(&statement, b"other").expect("source");
        desk.attach_evidence(&id, 0, &receipt).expect("attach");
        desk.attach_evidence(&id, 0, &statement).expect("attach");
        desk.attach_evidence(&id, 1, &receipt).expect("the same content on another item");
        let copy = desk.store().case_dir(&id).expect("dir").join("evidence").join(format!("{ABC}.pdf"));

        assert_eq!(desk.evidence_path(&id, 0, ABC, "чек.PDF").expect("path"), copy);
        let err = desk.evidence_path(&id, 0, ABC, "../case.json").expect_err("only a file the item lists");
        assert_eq!(err.code(), ErrorCode::EvidenceFileMissing);
        assert_eq!(
            desk.evidence_path(&id, 7, ABC, "чек.PDF").expect_err("no item").code(),
            ErrorCode::EvidenceItemMissing
        );

        let case = desk.remove_evidence_file(&id, 0, ABC, "чек.PDF").expect("remove");
        let names =
            |case: &Case, item: usize| case.evidence[item].files.iter().map(|f| f.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&case, 0), ["выписка.pdf"], "the item keeps its other file");
        assert_eq!(names(&case, 1), ["чек.PDF"]);
        assert!(copy.is_file(), "another item still lists the content: its copy stays");
        assert_eq!(desk.load_case(&id).expect("load"), case, "saved");
        let err = desk.remove_evidence_file(&id, 0, ABC, "чек.PDF").expect_err("already taken off");
        assert_eq!(err.code(), ErrorCode::EvidenceFileMissing);

        desk.remove_evidence_file(&id, 1, ABC, "чек.PDF").expect("remove the last listing");
        assert!(!copy.exists(), "no item lists it: the copy left the case folder");
        assert_eq!(std::fs::read(bin.path().join(format!("{ABC}.pdf"))).expect("in the bin"), b"abc");
        let err = desk.evidence_path(&id, 1, ABC, "чек.PDF").expect_err("taken off");
        assert_eq!(err.code(), ErrorCode::EvidenceFileMissing);

        // Attached again after its copy went to the bin, the content is copied again.
        let case = desk.attach_evidence(&id, 1, &receipt).expect("attach again");
        assert_eq!(names(&case, 1), ["чек.PDF"]);
        assert_eq!(std::fs::read(&copy).expect("copied again"), b"abc");
    }

    #[cfg(unix)]
    #[test]
    fn an_evidence_folder_that_is_a_link_is_neither_opened_from_nor_duplicated() {
        let data = tempfile::tempdir().expect("data dir");
        let elsewhere = tempfile::tempdir().expect("elsewhere");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let source = data.path().join("чек.pdf");
        std::fs::write(&source, b"abc").expect("source");
        desk.attach_evidence(&id, 0, &source).expect("attach");
        let evidence = desk.store().case_dir(&id).expect("dir").join("evidence");
        std::fs::rename(&evidence, elsewhere.path().join("evidence")).expect("move the folder away");
        std::os::unix::fs::symlink(elsewhere.path().join("evidence"), &evidence).expect("link to it");

        let err = desk.evidence_path(&id, 0, ABC, "чек.pdf").expect_err("not the case's own folder");
        assert_eq!(err.code(), ErrorCode::EvidenceFileMissing);
        desk.remove_evidence_file(&id, 0, ABC, "чек.pdf").expect("the listing goes");
        assert!(elsewhere.path().join("evidence").join(format!("{ABC}.pdf")).is_file(), "nothing elsewhere is touched");
        let before = listed(&desk, Shelf::Active);
        desk.duplicate_case(&id).expect_err("a linked evidence folder is refused");
        assert_eq!(listed(&desk, Shelf::Active), before, "no half-made draft is left");
    }

    #[cfg(unix)]
    #[test]
    fn a_listed_file_whose_copy_is_a_link_is_not_opened() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let source = data.path().join("чек.pdf");
        std::fs::write(&source, b"abc").expect("source");
        desk.attach_evidence(&id, 0, &source).expect("attach");
        let copy = desk.store().case_dir(&id).expect("dir").join("evidence").join(format!("{ABC}.pdf"));
        std::fs::remove_file(&copy).expect("remove the copy");
        std::os::unix::fs::symlink("/etc/passwd", &copy).expect("link");
        let err = desk.evidence_path(&id, 0, ABC, "чек.pdf").expect_err("a link is not the copy");
        assert_eq!(err.code(), ErrorCode::EvidenceFileMissing);
    }

    #[test]
    fn attaching_to_a_missing_item_or_from_a_missing_file_changes_nothing() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let before = desk.load_case(&id).expect("load");
        let source = data.path().join("photo.jpg");
        std::fs::write(&source, b"abc").expect("source");

        let err = desk.attach_evidence(&id, 2, &source).expect_err("only two items");
        assert_eq!(err.code(), ErrorCode::EvidenceItemMissing);

        let gone = data.path().join("moved away.jpg");
        let err = desk.attach_evidence(&id, 0, &gone).expect_err("no such file");
        assert_eq!(err.code(), ErrorCode::EvidenceUnreadable);
        assert!(err.to_string().contains("moved away.jpg"), "the message names the file: {err}");

        let err = desk.attach_evidence(&id, 0, data.path()).expect_err("a folder");
        assert_eq!(err.code(), ErrorCode::EvidenceUnreadable);

        assert_eq!(desk.load_case(&id).expect("load"), before);
        let evidence = desk.store().case_dir(&id).expect("dir").join("evidence");
        assert_eq!(std::fs::read_dir(evidence).expect("evidence").count(), 0, "nothing was copied");
    }

    #[test]
    fn a_file_over_the_limit_is_refused() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let big = data.path().join("film.mp4");
        // A sparse file: the size counts, the disk is not filled.
        std::fs::File::create(&big).and_then(|f| f.set_len(evidence::MAX_EVIDENCE_BYTES + 1)).expect("big file");
        let err = desk.attach_evidence(&id, 0, &big).expect_err("too large");
        assert_eq!(err.code(), ErrorCode::EvidenceTooLarge);
    }

    #[test]
    fn known_companies_come_from_readable_cases_newest_first() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        assert!(desk.known_companies().expect("none yet").is_empty());
        let mut case = fixture();
        case.company.legal_name = "ПАО «МТС»".into();
        desk.store().create(&case, chrono::NaiveDate::from_ymd_opt(2016, 3, 14).expect("date")).expect("old case");
        case.company.legal_name = "ООО «Т2 Мобайл»".into();
        desk.store().create(&case, chrono::NaiveDate::from_ymd_opt(2021, 8, 9).expect("date")).expect("case");
        case.company.legal_name = "пао «мтс» ".into();
        case.company.claims_address = "новый адрес".into();
        desk.create_case(&case).expect("newest case");
        std::fs::create_dir(desk.store().cases_dir().join("2026-12-01-broken")).expect("unreadable case");

        let companies = desk.known_companies().expect("companies");
        let names: Vec<&str> = companies.iter().map(|c| c.legal_name.as_str()).collect();
        assert_eq!(names, ["пао «мтс»", "ООО «Т2 Мобайл»"]);
        assert_eq!(companies[0].claims_address, "новый адрес");
    }

    #[test]
    fn the_profile_is_kept_beside_the_cases() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        assert_eq!(desk.load_profile().expect("empty"), Customer::default());
        let customer = fixture().customer;
        desk.save_profile(&customer).expect("save");
        assert_eq!(self::desk(data.path()).load_profile().expect("load"), customer);
        assert!(data.path().join("profile.json").is_file());
    }

    #[test]
    fn the_preview_shows_the_letter_as_typed_without_markup() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let mut case = fixture();
        let typed = "Не присылать <b>никаких</b> писем & {{ x }}";
        case.demands.push(typed.into());
        let letters = desk.letters().expect("letters");
        let text = letters.preview(&case, LetterKind::Claim, Language::Ru, desk.clock.today()).expect("preview");
        assert!(text.contains("Булатов Алексей Игоревич"), "{text}");
        for demand in &case.demands {
            assert!(text.contains(demand.as_str()), "missing demand “{demand}” in:\n{text}");
        }
        assert!(text.contains(&format!("5. {typed}")), "demands are numbered: {text}");
        let rest = text.replace(typed, "");
        for markup in ["<", ">", "&amp;", "&lt;", "&nbsp;", "&#10;"] {
            assert!(!rest.contains(markup), "markup “{markup}” left in:\n{text}");
        }
        assert!(text.contains("\n\n"), "paragraphs are separated by blank lines");
    }

    /// Every file under `dir` with its contents, to show that nothing was written.
    fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).expect("read dir") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                files.extend(files_under(&path));
            } else {
                files.push((path.clone(), std::fs::read(&path).expect("read")));
            }
        }
        files.sort();
        files
    }

    #[test]
    fn an_incomplete_case_is_typeset_in_every_kind_and_language_without_writing_anything() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let mut case = Case::new(IncidentType::BillingDispute, Jurisdiction::Bg, Language::Bg);
        case.customer.full_name = "Антония Петрова".into();
        assert!(!desk.check_case(&case).expect("check").problems.is_empty(), "the case is incomplete");
        let id = desk.create_case(&case).expect("create").id;
        let case = desk.load_case(&id).expect("load");
        let before = files_under(data.path());
        for kind in LetterKind::ALL {
            for lang in [Language::Ru, Language::Bg, Language::En] {
                let request = LetterRequest {
                    language: Some(lang),
                    office_copy: true,
                    reading_copy: Some(Language::En),
                    ..LetterRequest::plain(kind)
                };
                let pages =
                    desk.letter_pages(&id, &case, &request).unwrap_or_else(|e| panic!("{kind:?} {lang:?}: {e}"));
                let pdf = BASE64_STANDARD.decode(&pages.pdf).expect("base64");
                assert!(pdf.starts_with(b"%PDF-"), "{kind:?} {lang:?}");
                assert!(
                    pages.pages >= 2,
                    "{kind:?} {lang:?}: the letter and the applicant's copy, {} pages",
                    pages.pages
                );
            }
        }
        assert_eq!(files_under(data.path()), before, "nothing is written");
    }

    #[test]
    fn the_letter_pages_refuse_what_the_font_cannot_print_by_its_field() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let mut case = Case::new(IncidentType::BillingDispute, Jurisdiction::Ru, Language::Ru);
        case.customer.full_name = "Иван \u{1F600}".into();
        let request = LetterRequest::plain(LetterKind::Claim);
        let err = desk.letter_pages("2026-01-01-none", &case, &request).expect_err("refused");
        assert_eq!(err.code(), ErrorCode::UnsupportedCharacter);
        assert!(err.to_string().contains("customer.full_name"), "{err}");
    }

    #[test]
    fn letter_paths_stay_inside_the_case_letters_folder() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = desk.create_case(&fixture()).expect("create").id;
        let letters = desk.store().case_dir(&id).expect("dir").join("letters");
        std::fs::write(letters.join("2026-11-21-claim-ru.pdf"), b"%PDF").expect("letter");
        std::fs::write(desk.store().case_dir(&id).expect("dir").join("x"), b"secret").expect("outside");

        assert_eq!(
            desk.letter_path(&id, "2026-11-21-claim-ru.pdf").expect("found"),
            letters.join("2026-11-21-claim-ru.pdf")
        );
        for bad in ["../x", "..", ".", "", "a/b", "..\\x", "/etc/passwd", "missing.pdf"] {
            let err = desk.letter_path(&id, bad).expect_err(bad);
            assert_eq!(err.code(), ErrorCode::LetterNotFound, "{bad}");
        }
        assert_eq!(desk.letter_path("../x", "a.pdf").expect_err("bad id").code(), ErrorCode::InvalidCaseId);
    }

    #[test]
    fn a_letter_is_copied_where_the_user_chose() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = desk.create_case(&fixture()).expect("create").id;
        let letters = desk.store().case_dir(&id).expect("dir").join("letters");
        std::fs::write(letters.join("2026-11-21-claim-ru.pdf"), b"%PDF-1.7 letter").expect("letter");
        let out = tempfile::tempdir().expect("out dir");
        let destination = out.path().join("Претензия МТС.pdf");
        std::fs::write(&destination, b"older file the user chose to replace").expect("old");

        desk.save_letter_copy(&id, "2026-11-21-claim-ru.pdf", &destination).expect("copy");
        assert_eq!(std::fs::read(&destination).expect("copy"), b"%PDF-1.7 letter");
        assert_eq!(std::fs::read_dir(out.path()).expect("dir").count(), 1, "no temporary file is left behind");
        let err = desk.save_letter_copy(&id, "../case.json", &destination).expect_err("not a letter");
        assert_eq!(err.code(), ErrorCode::LetterNotFound);
    }

    #[test]
    fn a_record_dated_after_today_is_refused_and_a_new_record_keeps_the_old_ones_unknown_fields() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = desk.create_case(&fixture()).expect("create").id;
        let tomorrow = Answer { date: "2026-11-22".into(), ..Answer::default() };
        assert_eq!(desk.record_answer(&id, tomorrow).expect_err("future").code(), ErrorCode::FutureDate);

        let mut first = Submission { date: "2026-11-20".into(), ..Submission::default() };
        first.extra.insert("courier".into(), "DHL".into());
        desk.record_submission(&id, SubmissionKind::Claim, first).expect("sent");
        let again =
            Submission { date: "2026-11-21".into(), registration_number: "ВХ-2".into(), ..Submission::default() };
        let case = desk.record_submission(&id, SubmissionKind::Claim, again).expect("sent again");
        let sent = case.sent.expect("sent");
        assert_eq!((sent.date.as_str(), sent.registration_number.as_str()), ("2026-11-21", "ВХ-2"));
        assert_eq!(sent.extra["courier"], "DHL");
    }

    #[test]
    fn a_claim_handed_in_before_its_letter_was_dated_is_refused_at_the_date_field() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let mut case = fixture();
        case.letters.push(IssuedLetter {
            kind: LetterKind::Claim,
            language: Language::Ru,
            date: "2026-11-18".into(),
            file: "2026-11-18-claim-ru.pdf".into(),
            sha256: None,
            extra: Extra::new(),
        });
        let id = desk.create_case(&case).expect("create").id;
        let before = desk.load_case(&id).expect("load");

        let early = Submission { date: "2026-11-17".into(), ..Submission::default() };
        let err = desk.record_submission(&id, SubmissionKind::Claim, early).expect_err("before the letter");
        assert_eq!(err.code(), ErrorCode::BeforeClaimLetter);
        assert!(err.to_string().contains("2026-11-18"), "the message names the letter's date: {err}");
        let wire = crate::wire::WireError::from(err);
        assert_eq!(
            wire.problems.iter().map(|p| (p.path.as_str(), p.code)).collect::<Vec<_>>(),
            [("sent.date", crate::validate::ProblemCode::BeforeClaimLetter)]
        );
        assert_eq!(desk.load_case(&id).expect("load"), before, "nothing was recorded");

        let tomorrow = Submission { date: "2026-11-22".into(), ..Submission::default() };
        assert_eq!(
            desk.record_submission(&id, SubmissionKind::Claim, tomorrow).expect_err("future").code(),
            ErrorCode::FutureDate
        );
        let same_day = Submission { date: "2026-11-18".into(), ..Submission::default() };
        let case =
            desk.record_submission(&id, SubmissionKind::Claim, same_day).expect("handed in the day it was written");
        assert_eq!(case.status, CaseStatus::Sent);
    }

    #[test]
    fn a_letter_whose_recording_fails_leaves_no_file() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = desk.create_case(&fixture()).expect("create").id;
        let case_dir = desk.store().case_dir(&id).expect("dir");
        // The backup's place is taken by a folder: the save after the letter fails.
        std::fs::create_dir(case_dir.join("case.json.bak")).expect("obstacle");
        let request = LetterRequest::plain(LetterKind::Claim);
        desk.issue_letter(&id, &request).expect_err("the case cannot be saved");
        assert_eq!(std::fs::read_dir(case_dir.join("letters")).expect("letters").count(), 0);
        assert!(desk.load_case(&id).expect("load").letters.is_empty());
    }

    #[test]
    fn the_check_reports_what_the_font_cannot_print_as_the_letter_would() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let mut case = fixture();
        assert!(desk.check_case(&case).expect("check").problems.is_empty(), "the example is complete");
        case.customer.full_name.push_str(" \u{1F1F7}\u{1F1FA}");
        let problems = desk.check_case(&case).expect("check").problems;
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].path, "customer.full_name");
        assert_eq!(problems[0].code, crate::validate::ProblemCode::UnprintableCharacter);
        let request = LetterRequest::plain(LetterKind::Claim);
        assert_eq!(
            desk.render_letter(&case, None, &request).expect_err("refused").code(),
            ErrorCode::UnsupportedCharacter
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_pipe_or_a_link_picked_as_evidence_is_refused_at_once() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let pipe = data.path().join("receipt.jpg");
        assert!(std::process::Command::new("mkfifo").arg(&pipe).status().expect("mkfifo").success());
        let link = data.path().join("key.pdf");
        std::os::unix::fs::symlink("/etc/hostname", &link).expect("link");

        let started = std::time::Instant::now();
        for source in [&pipe, &link] {
            let err = desk.attach_evidence(&id, 0, source).expect_err("not a plain file");
            assert_eq!(err.code(), ErrorCode::EvidenceUnreadable, "{err}");
            assert!(err.to_string().contains("not a plain file"), "{err}");
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(1), "a pipe was waited on");
        let evidence = desk.store().case_dir(&id).expect("dir").join("evidence");
        assert_eq!(std::fs::read_dir(evidence).expect("evidence").count(), 0, "nothing was copied");
    }

    /// A bin that keeps what it is given in a folder of its own, as the trash would.
    struct FolderBin(PathBuf);

    impl Bin for FolderBin {
        fn discard(&self, path: &Path) -> std::io::Result<()> {
            std::fs::rename(path, self.0.join(path.file_name().expect("a folder name")))
        }
    }

    fn listed(desk: &Desk, shelf: Shelf) -> Vec<String> {
        desk.list_cases(shelf).expect("list").iter().map(|entry| entry.id().to_owned()).collect()
    }

    #[test]
    fn an_archived_case_leaves_the_list_whole_and_comes_back_as_it_was() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let source = data.path().join("чек.pdf");
        std::fs::write(&source, b"abc").expect("source");
        let before = desk.attach_evidence(&id, 0, &source).expect("attach");

        assert_eq!(desk.archive_case(&id).expect("archive"), id);
        assert!(listed(&desk, Shelf::Active).is_empty(), "the list no longer shows it");
        assert_eq!(listed(&desk, Shelf::Archived), std::slice::from_ref(&id));
        assert_eq!(desk.load_case(&id).expect_err("not in use").code(), ErrorCode::CaseNotFound);

        // A case of the same name made meanwhile keeps its name; the restored one takes the next.
        let again = case_with_items(&desk);
        assert_eq!(again, id);
        let restored = desk.restore_case(&id).expect("restore");
        assert_eq!(restored, format!("{id}-2"));
        assert!(listed(&desk, Shelf::Archived).is_empty());
        assert_eq!(desk.load_case(&restored).expect("restored"), before, "every field came back");
        let evidence = desk.store().case_dir(&restored).expect("dir").join("evidence").join(format!("{ABC}.pdf"));
        assert_eq!(std::fs::read(evidence).expect("its evidence"), b"abc");
        assert_eq!(desk.restore_case(&id).expect_err("nothing left to restore").code(), ErrorCode::CaseNotFound);
    }

    #[test]
    fn a_deleted_case_goes_to_the_bin_from_either_shelf() {
        let data = tempfile::tempdir().expect("data dir");
        let bin = tempfile::tempdir().expect("bin");
        let desk = desk(data.path()).with_bin(FolderBin(bin.path().to_owned()));
        let id = desk.create_case(&fixture()).expect("create").id;
        let archived = desk.create_case(&fixture()).expect("create").id;
        desk.archive_case(&archived).expect("archive");

        desk.delete_case(&id, Shelf::Active).expect("delete");
        desk.delete_case(&archived, Shelf::Archived).expect("delete archived");
        assert!(listed(&desk, Shelf::Active).is_empty() && listed(&desk, Shelf::Archived).is_empty());
        for gone in [&id, &archived] {
            let kept = std::fs::read(bin.path().join(gone).join(CASE_FILE)).expect("the bin holds the case");
            assert_eq!(parse_case(&kept).expect("whole").company, fixture().company);
        }
        let err = desk.delete_case("../cases", Shelf::Active).expect_err("not a case id");
        assert_eq!(err.code(), ErrorCode::InvalidCaseId);
    }

    #[test]
    fn a_duplicate_is_a_new_draft_with_the_facts_and_evidence_and_nothing_sent() {
        let data = tempfile::tempdir().expect("data dir");
        let desk = desk(data.path());
        let id = case_with_items(&desk);
        let source = data.path().join("чек.pdf");
        std::fs::write(&source, b"abc").expect("source");
        desk.attach_evidence(&id, 1, &source).expect("attach");
        let letters = desk.store().case_dir(&id).expect("dir").join("letters");
        std::fs::write(letters.join("2026-11-21-claim-ru.pdf"), b"%PDF-1.7 letter").expect("letter");
        desk.tidy().expect("the letter is recorded");
        desk.record_submission(
            &id,
            SubmissionKind::Claim,
            Submission { date: "2026-11-21".into(), ..Submission::default() },
        )
        .expect("sent");
        let original = desk.load_case(&id).expect("original");
        assert_eq!((original.letters.len(), original.status), (1, CaseStatus::Sent));

        let copy = desk.duplicate_case(&id).expect("duplicate");
        assert_ne!(copy.id, id);
        let duplicate = desk.load_case(&copy.id).expect("duplicate loads");
        assert_eq!(
            (&duplicate.company, &duplicate.customer, &duplicate.events),
            (&original.company, &original.customer, &original.events)
        );
        assert_eq!(duplicate.evidence, original.evidence);
        assert!(duplicate.letters.is_empty() && duplicate.sent.is_none() && duplicate.answer.is_none());
        assert_eq!((duplicate.status, duplicate.revision), (CaseStatus::Draft, 1));
        let folder = desk.store().case_dir(&copy.id).expect("dir");
        assert_eq!(std::fs::read(folder.join("evidence").join(format!("{ABC}.pdf"))).expect("evidence copied"), b"abc");
        assert_eq!(std::fs::read_dir(folder.join("letters")).expect("letters").count(), 0, "no letter copied");
        assert_eq!(desk.load_case(&id).expect("original"), original, "the original is untouched");

        let bare = desk.create_case(&fixture()).expect("create").id;
        let bare_dir = desk.store().case_dir(&bare).expect("dir");
        std::fs::remove_dir(bare_dir.join("evidence")).expect("no evidence folder");
        desk.duplicate_case(&bare).expect("duplicate of a case without evidence");
        assert!(!bare_dir.join("evidence").exists(), "the original was written to");
    }
}
