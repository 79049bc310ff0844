//! The commands the interface calls; each is one call into `complaint_core::Desk`.
//!
//! Every command runs on a blocking thread, never on the window's: a slow disk, a large copy or a case
//! locked by another process cannot freeze the window. No command takes a path: files come from the
//! dialogs opened here or from the window's drop event (see `files`).

use std::sync::Arc;

use complaint_core::desk::{Attached, CreatedCase};
use complaint_core::letter::{LetterKind, LetterRequest};
use complaint_core::models::{Answer, Company, Customer, IncidentType, IssuedLetter, Language, Submission};
use complaint_core::status::StatusReport;
use complaint_core::suggestions::Suggestions;
use complaint_core::{Case, CaseListEntry, Desk, Problem};
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::IpcError;
use crate::files::{DroppedFiles, SharedPicker};

/// The core, shared by the commands running at the same time.
pub type SharedDesk = Arc<Desk>;

/// Runs `work` on a blocking thread with the desk.
async fn off_window<T: Send + 'static>(
    desk: &State<'_, SharedDesk>,
    work: impl FnOnce(&Desk) -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    let desk = Arc::clone(desk);
    tauri::async_runtime::spawn_blocking(move || work(&desk)).await.map_err(IpcError::internal)?
}

/// Every case folder, with the unreadable ones and their reasons.
#[tauri::command]
pub async fn list_cases(desk: State<'_, SharedDesk>) -> Result<Vec<CaseListEntry>, IpcError> {
    off_window(&desk, |desk| Ok(desk.list_cases()?)).await
}

/// One case by id.
#[tauri::command]
pub async fn load_case(desk: State<'_, SharedDesk>, id: String) -> Result<Case, IpcError> {
    off_window(&desk, move |desk| Ok(desk.load_case(&id)?)).await
}

/// Saves a case edited in the wizard; refused with `conflict` when it changed since `case.revision`.
#[tauri::command]
pub async fn save_case(desk: State<'_, SharedDesk>, id: String, case: Case) -> Result<Case, IpcError> {
    off_window(&desk, move |desk| Ok(desk.save_case(&id, &case)?)).await
}

/// Creates a case folder; returns its id and first revision.
#[tauri::command]
pub async fn create_case(desk: State<'_, SharedDesk>, case: Case) -> Result<CreatedCase, IpcError> {
    off_window(&desk, move |desk| Ok(desk.create_case(&case)?)).await
}

/// Every problem in the case, with field paths for inline hints.
#[tauri::command]
pub async fn check_case(desk: State<'_, SharedDesk>, case: Case) -> Result<Vec<Problem>, IpcError> {
    off_window(&desk, move |desk| Ok(desk.check_case(&case))).await
}

/// Where a case stands today: due date with its legal basis, overdue, timeline; texts in `lang`.
#[tauri::command]
pub async fn case_status(desk: State<'_, SharedDesk>, id: String, lang: Language) -> Result<StatusReport, IpcError> {
    off_window(&desk, move |desk| Ok(desk.case_status(&id, lang)?)).await
}

/// Records that the claim reached the company; the answer's deadline runs from its date.
#[tauri::command]
pub async fn record_submission(
    desk: State<'_, SharedDesk>,
    id: String,
    submission: Submission,
) -> Result<Case, IpcError> {
    off_window(&desk, move |desk| Ok(desk.record_submission(&id, submission)?)).await
}

/// Records the company's answer and what it did with each demand.
#[tauri::command]
pub async fn record_answer(desk: State<'_, SharedDesk>, id: String, answer: Answer) -> Result<Case, IpcError> {
    off_window(&desk, move |desk| Ok(desk.record_answer(&id, answer)?)).await
}

/// The demands and proof the wizard offers for an incident type, worded in `lang`.
#[tauri::command]
pub async fn suggestions(
    desk: State<'_, SharedDesk>,
    incident: IncidentType,
    lang: Language,
) -> Result<Suggestions, IpcError> {
    off_window(&desk, move |desk| Ok(desk.suggestions(incident, lang))).await
}

/// The companies of earlier cases, newest first, for the wizard to offer again.
#[tauri::command]
pub async fn known_companies(desk: State<'_, SharedDesk>) -> Result<Vec<Company>, IpcError> {
    off_window(&desk, |desk| Ok(desk.known_companies()?)).await
}

/// The customer's own details, saved once and prefilled into new cases.
#[tauri::command]
pub async fn load_profile(desk: State<'_, SharedDesk>) -> Result<Customer, IpcError> {
    off_window(&desk, |desk| Ok(desk.load_profile()?)).await
}

/// Saves the customer's own details for the next new case.
#[tauri::command]
pub async fn save_profile(desk: State<'_, SharedDesk>, customer: Customer) -> Result<(), IpcError> {
    off_window(&desk, move |desk| Ok(desk.save_profile(&customer)?)).await
}

/// Opens the system's file dialog (titled `title`) and attaches what the person picks to evidence item
/// `item`; `None` when the dialog is cancelled.
#[tauri::command]
pub async fn attach_evidence<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    id: String,
    item: usize,
    title: String,
) -> Result<Option<Attached>, IpcError> {
    off_window(&desk, move |desk| {
        let picked = app.state::<SharedPicker<R>>().files_to_attach(&app, &title);
        if picked.is_empty() { Ok(None) } else { Ok(Some(desk.attach_files(&id, item, &picked)?)) }
    })
    .await
}

/// Attaches the files of window drop `drop` (announced by the `evidence-dropped` event) to item `item`.
#[tauri::command]
pub async fn attach_dropped(
    dropped: State<'_, DroppedFiles>,
    desk: State<'_, SharedDesk>,
    id: String,
    item: usize,
    drop: u64,
) -> Result<Attached, IpcError> {
    let paths = dropped.take(drop).ok_or_else(IpcError::unknown_drop)?;
    off_window(&desk, move |desk| Ok(desk.attach_files(&id, item, &paths)?)).await
}

/// The letter's text for the review step; the case may still be incomplete.
#[tauri::command]
pub async fn preview_letter(
    desk: State<'_, SharedDesk>,
    case: Case,
    kind: LetterKind,
    lang: Language,
) -> Result<String, IpcError> {
    off_window(&desk, move |desk| Ok(desk.preview_letter(&case, kind, lang)?)).await
}

/// Typesets a letter into the case's `letters/` folder and records it; `lang` defaults to the case's.
#[tauri::command(rename_all = "snake_case")]
pub async fn issue_letter(
    desk: State<'_, SharedDesk>,
    id: String,
    kind: LetterKind,
    lang: Option<Language>,
    office_copy: bool,
) -> Result<IssuedLetter, IpcError> {
    off_window(&desk, move |desk| Ok(desk.issue_letter(&id, &LetterRequest { kind, language: lang, office_copy })?))
        .await
}

/// Opens an issued letter in the system's PDF viewer, where it can be printed (webviews cannot print it).
#[tauri::command]
pub async fn open_letter<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    id: String,
    file: String,
) -> Result<(), IpcError> {
    off_window(&desk, move |desk| {
        let path = desk.letter_path(&id, &file)?;
        app.opener().open_path(path.to_string_lossy(), None::<&str>).map_err(IpcError::open_failed)
    })
    .await
}

/// Asks in the system's save dialog (titled `title`) where to put a copy of an issued letter, and copies
/// it there; `false` when the dialog is cancelled.
#[tauri::command]
pub async fn save_letter_copy<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    id: String,
    file: String,
    title: String,
) -> Result<bool, IpcError> {
    off_window(&desk, move |desk| {
        desk.letter_path(&id, &file)?;
        match app.state::<SharedPicker<R>>().copy_destination(&app, &title, &file) {
            Some(destination) => Ok(desk.save_letter_copy(&id, &file, &destination).map(|()| true)?),
            None => Ok(false),
        }
    })
    .await
}
