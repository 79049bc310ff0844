//! The commands the interface calls; each is one call into `complaint_core::Desk`.
//!
//! Every command runs on a blocking thread, never on the window's: a slow disk, a large copy or a case
//! locked by another process cannot freeze the window. No command takes a path: files come from the
//! dialogs opened here or from the window's drop event (see `files`).

use std::sync::Arc;

use complaint_core::Desk;
use complaint_core::letter::LetterRequest;
use complaint_core::wire::*;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_opener::OpenerExt;

use crate::error::{Request, browser_failed, internal, open_failed, unknown_drop};
use crate::files::{DroppedFiles, FileKind, SharedPicker};

/// The core, shared by the commands running at the same time.
pub type SharedDesk = Arc<Desk>;

/// Runs `work` on a blocking thread with the desk.
async fn off_window<T: Send + 'static>(
    desk: &State<'_, SharedDesk>,
    work: impl FnOnce(&Desk) -> Result<T, WireError> + Send + 'static,
) -> Result<T, WireError> {
    let desk = Arc::clone(desk);
    tauri::async_runtime::spawn_blocking(move || work(&desk)).await.map_err(internal)?
}

/// Every case folder on a shelf, with the unreadable ones and their reasons.
#[tauri::command]
pub async fn list_cases(desk: State<'_, SharedDesk>, request: Request<ListCasesRequest>) -> Reply<ListCasesRequest> {
    let ListCasesRequest { shelf } = request.0;
    off_window(&desk, move |desk| Ok(desk.list_cases(shelf)?)).await
}

/// Moves a case to the archive.
#[tauri::command]
pub async fn archive_case(
    desk: State<'_, SharedDesk>,
    request: Request<ArchiveCaseRequest>,
) -> Reply<ArchiveCaseRequest> {
    let ArchiveCaseRequest { id } = request.0;
    off_window(&desk, move |desk| Ok(desk.archive_case(&id)?)).await
}

/// Brings an archived case back to the list.
#[tauri::command]
pub async fn restore_case(
    desk: State<'_, SharedDesk>,
    request: Request<RestoreCaseRequest>,
) -> Reply<RestoreCaseRequest> {
    let RestoreCaseRequest { id } = request.0;
    off_window(&desk, move |desk| Ok(desk.restore_case(&id)?)).await
}

/// Moves a case folder to the system's trash (the window has asked for a confirmation).
#[tauri::command]
pub async fn delete_case(desk: State<'_, SharedDesk>, request: Request<DeleteCaseRequest>) -> Reply<DeleteCaseRequest> {
    let DeleteCaseRequest { id, shelf } = request.0;
    off_window(&desk, move |desk| Ok(desk.delete_case(&id, shelf)?)).await
}

/// A new draft from a case's facts.
#[tauri::command]
pub async fn duplicate_case(
    desk: State<'_, SharedDesk>,
    request: Request<DuplicateCaseRequest>,
) -> Reply<DuplicateCaseRequest> {
    let DuplicateCaseRequest { id } = request.0;
    off_window(&desk, move |desk| Ok(desk.duplicate_case(&id)?)).await
}

/// Every evidence file and letter of the case hashed again: which are changed or missing since added.
#[tauri::command]
pub async fn verify_case(desk: State<'_, SharedDesk>, request: Request<VerifyCaseRequest>) -> Reply<VerifyCaseRequest> {
    let VerifyCaseRequest { id } = request.0;
    off_window(&desk, move |desk| Ok(desk.verify_case(&id)?)).await
}

/// Opens the case's folder in the system's file manager.
#[tauri::command]
pub async fn open_case_folder<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<OpenCaseFolderRequest>,
) -> Reply<OpenCaseFolderRequest> {
    let OpenCaseFolderRequest { id } = request.0;
    off_window(&desk, move |desk| {
        let dir = desk.store().case_dir(&id)?;
        app.opener().open_path(dir.to_string_lossy(), None::<&str>).map_err(open_failed)
    })
    .await
}

/// One case by id.
#[tauri::command]
pub async fn load_case(desk: State<'_, SharedDesk>, request: Request<LoadCaseRequest>) -> Reply<LoadCaseRequest> {
    let LoadCaseRequest { id } = request.0;
    off_window(&desk, move |desk| Ok(desk.load_case(&id)?)).await
}

/// Saves a case edited in the wizard; refused with `conflict` when it changed since `case.revision`.
#[tauri::command]
pub async fn save_case(desk: State<'_, SharedDesk>, request: Request<SaveCaseRequest>) -> Reply<SaveCaseRequest> {
    let SaveCaseRequest { id, case } = request.0;
    off_window(&desk, move |desk| Ok(desk.save_case(&id, &case)?)).await
}

/// A fresh draft for the interface's language, from the jurisdictions' data.
#[tauri::command]
pub async fn new_case(desk: State<'_, SharedDesk>, request: Request<NewCaseRequest>) -> Reply<NewCaseRequest> {
    let NewCaseRequest { lang } = request.0;
    off_window(&desk, move |desk| Ok(desk.new_case(lang)?)).await
}

/// Creates a case folder; returns its id and first revision.
#[tauri::command]
pub async fn create_case(desk: State<'_, SharedDesk>, request: Request<CreateCaseRequest>) -> Reply<CreateCaseRequest> {
    let CreateCaseRequest { case } = request.0;
    off_window(&desk, move |desk| Ok(desk.create_case(&case)?)).await
}

/// Every problem in the case, with field paths for inline hints, and the warnings that do not block it.
#[tauri::command]
pub async fn check_case(desk: State<'_, SharedDesk>, request: Request<CheckCaseRequest>) -> Reply<CheckCaseRequest> {
    let CheckCaseRequest { case } = request.0;
    off_window(&desk, move |desk| Ok(desk.check_case(&case)?)).await
}

/// Where a case stands today: due date with its legal basis, overdue, timeline; texts in `lang`.
#[tauri::command]
pub async fn case_status(desk: State<'_, SharedDesk>, request: Request<CaseStatusRequest>) -> Reply<CaseStatusRequest> {
    let CaseStatusRequest { id, lang } = request.0;
    off_window(&desk, move |desk| Ok(desk.case_status(&id, lang)?)).await
}

/// The regulators' web forms for the case, filled from it; names and notes in `lang`.
#[tauri::command]
pub async fn regulator_forms(
    desk: State<'_, SharedDesk>,
    request: Request<RegulatorFormsRequest>,
) -> Reply<RegulatorFormsRequest> {
    let RegulatorFormsRequest { id, lang } = request.0;
    off_window(&desk, move |desk| Ok(desk.regulator_forms(&id, lang)?)).await
}

/// Opens a regulator's web form in the system's browser; the address comes from the rule pack, not the window.
#[tauri::command]
pub async fn open_form<R: Runtime>(app: AppHandle<R>, request: Request<OpenFormRequest>) -> Reply<OpenFormRequest> {
    let OpenFormRequest { form } = request.0;
    let url = complaint_core::forms::form_url(&form)?;
    app.opener().open_url(url, None::<&str>).map_err(browser_failed)
}

/// What each letter kind is called in the interface's language.
#[tauri::command]
pub async fn letter_titles(
    desk: State<'_, SharedDesk>,
    request: Request<LetterTitlesRequest>,
) -> Reply<LetterTitlesRequest> {
    let LetterTitlesRequest { lang } = request.0;
    off_window(&desk, move |desk| Ok(desk.letter_titles(lang)?)).await
}

/// Which follow-up letters the case can have now, and why not the others.
#[tauri::command]
pub async fn letter_options(
    desk: State<'_, SharedDesk>,
    request: Request<LetterOptionsRequest>,
) -> Reply<LetterOptionsRequest> {
    let LetterOptionsRequest { id } = request.0;
    off_window(&desk, move |desk| Ok(desk.letter_options(&id)?)).await
}

/// What each jurisdiction asks of a case.
#[tauri::command]
pub async fn jurisdictions(
    desk: State<'_, SharedDesk>,
    _request: Request<JurisdictionsRequest>,
) -> Reply<JurisdictionsRequest> {
    off_window(&desk, |desk| Ok(desk.jurisdictions()?)).await
}

/// Says on standard error, when asked to by `COMPLAINT_DESK_STARTUP_MARK`, that the first case list is on the
/// screen: the benchmark reads the line to time a cold start.
#[tauri::command]
pub fn case_list_drawn(_request: Request<CaseListDrawnRequest>) -> Reply<CaseListDrawnRequest> {
    if std::env::var_os("COMPLAINT_DESK_STARTUP_MARK").is_some() {
        eprintln!("complaint-desk: case list drawn");
    }
    Ok(())
}

/// Records that the claim reached the company; the answer's deadline runs from its date.
#[tauri::command]
pub async fn record_submission(
    desk: State<'_, SharedDesk>,
    request: Request<RecordSubmissionRequest>,
) -> Reply<RecordSubmissionRequest> {
    let RecordSubmissionRequest { id, kind, submission } = request.0;
    off_window(&desk, move |desk| Ok(desk.record_submission(&id, kind, submission)?)).await
}

/// Records when a delivered letter was registered, or when a data request or regulator complaint was answered.
#[tauri::command]
pub async fn record_delivery_date(
    desk: State<'_, SharedDesk>,
    request: Request<RecordDeliveryDateRequest>,
) -> Reply<RecordDeliveryDateRequest> {
    let RecordDeliveryDateRequest { id, kind, which, date } = request.0;
    off_window(&desk, move |desk| Ok(desk.record_delivery_date(&id, kind, which, &date)?)).await
}

/// Takes back a hand-in, a delivery or the answer entered wrongly, so it can be entered again.
#[tauri::command]
pub async fn remove_record(
    desk: State<'_, SharedDesk>,
    request: Request<RemoveRecordRequest>,
) -> Reply<RemoveRecordRequest> {
    let RemoveRecordRequest { id, record } = request.0;
    off_window(&desk, move |desk| Ok(desk.remove_record(&id, record)?)).await
}

/// Records the company's answer and what it did with each demand.
#[tauri::command]
pub async fn record_answer(
    desk: State<'_, SharedDesk>,
    request: Request<RecordAnswerRequest>,
) -> Reply<RecordAnswerRequest> {
    let RecordAnswerRequest { id, answer } = request.0;
    off_window(&desk, move |desk| Ok(desk.record_answer(&id, answer)?)).await
}

/// The demands and proof the wizard offers for an incident type, worded in `lang`.
#[tauri::command]
pub async fn suggestions(
    desk: State<'_, SharedDesk>,
    request: Request<SuggestionsRequest>,
) -> Reply<SuggestionsRequest> {
    let SuggestionsRequest { incident, lang } = request.0;
    off_window(&desk, move |desk| Ok(desk.suggestions(incident, lang))).await
}

/// The companies of earlier cases, newest first, for the wizard to offer again.
#[tauri::command]
pub async fn known_companies(
    desk: State<'_, SharedDesk>,
    _request: Request<KnownCompaniesRequest>,
) -> Reply<KnownCompaniesRequest> {
    off_window(&desk, |desk| Ok(desk.known_companies()?)).await
}

/// The print settings chosen once for every letter.
#[tauri::command]
pub async fn settings(desk: State<'_, SharedDesk>, _request: Request<SettingsRequest>) -> Reply<SettingsRequest> {
    off_window(&desk, |desk| Ok(desk.settings()?)).await
}

/// Keeps the print settings for every letter from now on.
#[tauri::command]
pub async fn save_settings(
    desk: State<'_, SharedDesk>,
    request: Request<SaveSettingsRequest>,
) -> Reply<SaveSettingsRequest> {
    let SaveSettingsRequest { settings } = request.0;
    off_window(&desk, move |desk| Ok(desk.save_settings(&settings)?)).await
}

/// The customer's own details, saved once and prefilled into new cases.
#[tauri::command]
pub async fn load_profile(
    desk: State<'_, SharedDesk>,
    _request: Request<LoadProfileRequest>,
) -> Reply<LoadProfileRequest> {
    off_window(&desk, |desk| Ok(desk.load_profile()?)).await
}

/// Saves the customer's own details for the next new case.
#[tauri::command]
pub async fn save_profile(
    desk: State<'_, SharedDesk>,
    request: Request<SaveProfileRequest>,
) -> Reply<SaveProfileRequest> {
    let SaveProfileRequest { customer } = request.0;
    off_window(&desk, move |desk| Ok(desk.save_profile(&customer)?)).await
}

/// Opens the system's file dialog (titled `title`) and attaches what the person picks to evidence item
/// `item`; `None` when the dialog is cancelled.
#[tauri::command]
pub async fn attach_evidence<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<AttachEvidenceRequest>,
) -> Reply<AttachEvidenceRequest> {
    let AttachEvidenceRequest { id, item, title } = request.0;
    off_window(&desk, move |desk| {
        desk.check_evidence_item(&id, item)?;
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
    request: Request<AttachDroppedRequest>,
) -> Reply<AttachDroppedRequest> {
    let AttachDroppedRequest { id, item, drop } = request.0;
    let paths = dropped.take(drop).ok_or_else(unknown_drop)?;
    off_window(&desk, move |desk| Ok(desk.attach_files(&id, item, &paths)?)).await
}

/// Opens an attached file's copy in the system's application for it.
#[tauri::command]
pub async fn open_evidence<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<OpenEvidenceRequest>,
) -> Reply<OpenEvidenceRequest> {
    let OpenEvidenceRequest { id, item, sha256, name } = request.0;
    off_window(&desk, move |desk| {
        let path = desk.evidence_path(&id, item, &sha256, &name)?;
        app.opener().open_path(path.to_string_lossy(), None::<&str>).map_err(open_failed)
    })
    .await
}

/// Takes a file attached by mistake off its evidence item; its copy goes to the trash once no item lists it.
#[tauri::command]
pub async fn remove_evidence_file(
    desk: State<'_, SharedDesk>,
    request: Request<RemoveEvidenceFileRequest>,
) -> Reply<RemoveEvidenceFileRequest> {
    let RemoveEvidenceFileRequest { id, item, sha256, name } = request.0;
    off_window(&desk, move |desk| Ok(desk.remove_evidence_file(&id, item, &sha256, &name)?)).await
}

/// The letter's pages for the review step, typeset and written nowhere; the case may still be incomplete.
#[tauri::command]
pub async fn letter_pages(
    desk: State<'_, SharedDesk>,
    request: Request<LetterPagesRequest>,
) -> Reply<LetterPagesRequest> {
    let LetterPagesRequest { id, case, kind, lang, office_copy, annexes, reading_copy } = request.0;
    let letter = LetterRequest { kind, language: lang, office_copy, annexes, envelope: None, reading_copy };
    off_window(&desk, move |desk| Ok(desk.letter_pages(&id, &case, &letter)?)).await
}

/// Typesets a letter into the case's `letters/` folder and records it; `lang` defaults to the case's.
#[tauri::command]
pub async fn issue_letter(
    desk: State<'_, SharedDesk>,
    request: Request<IssueLetterRequest>,
) -> Reply<IssueLetterRequest> {
    let IssueLetterRequest { id, kind, lang, office_copy, annexes, reading_copy } = request.0;
    let letter = LetterRequest { kind, language: lang, office_copy, annexes, envelope: None, reading_copy };
    off_window(&desk, move |desk| Ok(desk.issue_letter(&id, &letter)?)).await
}

/// Opens an issued letter in the system's PDF viewer, where it can be printed (webviews cannot print it).
#[tauri::command]
pub async fn open_letter<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<OpenLetterRequest>,
) -> Reply<OpenLetterRequest> {
    let OpenLetterRequest { id, file } = request.0;
    off_window(&desk, move |desk| {
        let path = desk.letter_path(&id, &file)?;
        app.opener().open_path(path.to_string_lossy(), None::<&str>).map_err(open_failed)
    })
    .await
}

/// Shows an issued letter selected in its folder, in the system's file manager.
#[tauri::command]
pub async fn show_letter<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<ShowLetterRequest>,
) -> Reply<ShowLetterRequest> {
    let ShowLetterRequest { id, file } = request.0;
    off_window(&desk, move |desk| {
        let path = desk.letter_path(&id, &file)?;
        app.opener().reveal_item_in_dir(path).map_err(open_failed)
    })
    .await
}

/// Asks in the system's save dialog (titled `title`) where to put the deadlines' calendar file, and writes it
/// there; `false` when the dialog is cancelled.
#[tauri::command]
pub async fn save_calendar<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<SaveCalendarRequest>,
) -> Reply<SaveCalendarRequest> {
    let SaveCalendarRequest { id, lang, title } = request.0;
    off_window(&desk, move |desk| {
        let file_name = format!("{}.ics", id.as_deref().unwrap_or("complaint-deadlines"));
        match app.state::<SharedPicker<R>>().save_destination(&app, &title, &file_name, FileKind::Calendar) {
            Some(destination) => Ok(desk.save_calendar(id.as_deref(), lang, &destination).map(|()| true)?),
            None => Ok(false),
        }
    })
    .await
}

/// Asks in the system's save dialog (titled `title`) where to put the case as a zipped BagIt bag, and writes it
/// there; `None` when the dialog is cancelled.
#[tauri::command]
pub async fn export_case<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<ExportCaseRequest>,
) -> Reply<ExportCaseRequest> {
    let ExportCaseRequest { id, title } = request.0;
    off_window(&desk, move |desk| {
        desk.load_case(&id)?;
        let file_name = format!("{id}.zip");
        match app.state::<SharedPicker<R>>().save_destination(&app, &title, &file_name, FileKind::Zip) {
            Some(destination) => Ok(Some(desk.export_case(&id, &destination)?)),
            None => Ok(None),
        }
    })
    .await
}

/// Asks in the system's save dialog (titled `title`) where to put a copy of an issued letter, and copies
/// it there; `false` when the dialog is cancelled.
#[tauri::command]
pub async fn save_letter_copy<R: Runtime>(
    app: AppHandle<R>,
    desk: State<'_, SharedDesk>,
    request: Request<SaveLetterCopyRequest>,
) -> Reply<SaveLetterCopyRequest> {
    let SaveLetterCopyRequest { id, file, title } = request.0;
    off_window(&desk, move |desk| {
        desk.letter_path(&id, &file)?;
        match app.state::<SharedPicker<R>>().save_destination(&app, &title, &file, FileKind::Pdf) {
            Some(destination) => Ok(desk.save_letter_copy(&id, &file, &destination).map(|()| true)?),
            None => Ok(false),
        }
    })
    .await
}
