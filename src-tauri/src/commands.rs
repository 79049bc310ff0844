//! The commands the interface calls; each is one call into `complaint_core::Desk`.

use std::path::Path;

use complaint_core::letter::{LetterKind, LetterRequest};
use complaint_core::models::{Answer, Company, Customer, IncidentType, IssuedLetter, Language, Submission};
use complaint_core::status::StatusReport;
use complaint_core::suggestions::Suggestions;
use complaint_core::{Case, CaseListEntry, Desk, Problem};
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::IpcError;

/// Every case folder, with the unreadable ones and their reasons.
#[tauri::command]
pub fn list_cases(desk: State<'_, Desk>) -> Result<Vec<CaseListEntry>, IpcError> {
    Ok(desk.list_cases()?)
}

/// One case by id.
#[tauri::command]
pub fn load_case(desk: State<'_, Desk>, id: String) -> Result<Case, IpcError> {
    Ok(desk.load_case(&id)?)
}

/// Saves a case crash-safely.
#[tauri::command]
pub fn save_case(desk: State<'_, Desk>, id: String, case: Case) -> Result<(), IpcError> {
    Ok(desk.save_case(&id, &case)?)
}

/// Creates a case folder and returns its id.
#[tauri::command]
pub fn create_case(desk: State<'_, Desk>, case: Case) -> Result<String, IpcError> {
    Ok(desk.create_case(&case)?)
}

/// Every problem in the case, with field paths for inline hints.
#[tauri::command]
pub fn check_case(desk: State<'_, Desk>, case: Case) -> Vec<Problem> {
    desk.check_case(&case)
}

/// Where a case stands today: due date with its legal basis, overdue, timeline; texts in `lang`.
#[tauri::command]
pub fn case_status(desk: State<'_, Desk>, id: String, lang: Language) -> Result<StatusReport, IpcError> {
    Ok(desk.case_status(&id, lang)?)
}

/// Records that the claim reached the company; the answer's deadline runs from its date.
#[tauri::command]
pub fn record_submission(desk: State<'_, Desk>, id: String, submission: Submission) -> Result<Case, IpcError> {
    Ok(desk.record_submission(&id, submission)?)
}

/// Records the company's answer and what it did with each demand.
#[tauri::command]
pub fn record_answer(desk: State<'_, Desk>, id: String, answer: Answer) -> Result<Case, IpcError> {
    Ok(desk.record_answer(&id, answer)?)
}

/// The demands and proof the wizard offers for an incident type, worded in `lang`.
#[tauri::command]
pub fn suggestions(desk: State<'_, Desk>, incident: IncidentType, lang: Language) -> Suggestions {
    desk.suggestions(incident, lang)
}

/// The companies of earlier cases, newest first, for the wizard to offer again.
#[tauri::command]
pub fn known_companies(desk: State<'_, Desk>) -> Result<Vec<Company>, IpcError> {
    Ok(desk.known_companies()?)
}

/// The customer's own details, saved once and prefilled into new cases.
#[tauri::command]
pub fn load_profile(desk: State<'_, Desk>) -> Result<Customer, IpcError> {
    Ok(desk.load_profile()?)
}

/// Saves the customer's own details for the next new case.
#[tauri::command]
pub fn save_profile(desk: State<'_, Desk>, customer: Customer) -> Result<(), IpcError> {
    Ok(desk.save_profile(&customer)?)
}

/// Copies a file the user picked or dropped into the case and lists it under evidence item `item`.
#[tauri::command]
pub fn attach_evidence(desk: State<'_, Desk>, id: String, item: usize, path: String) -> Result<Case, IpcError> {
    Ok(desk.attach_evidence(&id, item, Path::new(&path))?)
}

/// The letter's text for the review step; the case may still be incomplete.
#[tauri::command]
pub fn preview_letter(desk: State<'_, Desk>, case: Case, kind: LetterKind, lang: Language) -> Result<String, IpcError> {
    Ok(desk.preview_letter(&case, kind, lang)?)
}

/// Typesets a letter into the case's `letters/` folder and records it; `lang` defaults to the case's.
#[tauri::command(rename_all = "snake_case")]
pub fn issue_letter(
    desk: State<'_, Desk>,
    id: String,
    kind: LetterKind,
    lang: Option<Language>,
    office_copy: bool,
) -> Result<IssuedLetter, IpcError> {
    Ok(desk.issue_letter(&id, &LetterRequest { kind, language: lang, office_copy })?)
}

/// Opens an issued letter in the system's PDF viewer, where it can be printed (webviews cannot print it).
#[tauri::command]
pub fn open_letter<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, Desk>,
    id: String,
    file: String,
) -> Result<(), IpcError> {
    let path = desk.letter_path(&id, &file)?;
    app.opener().open_path(path.to_string_lossy(), None::<&str>).map_err(IpcError::open_failed)
}

/// Copies an issued letter to the place the user chose in the save dialog.
#[tauri::command]
pub fn save_letter_copy(desk: State<'_, Desk>, id: String, file: String, destination: String) -> Result<(), IpcError> {
    Ok(desk.save_letter_copy(&id, &file, Path::new(&destination))?)
}
