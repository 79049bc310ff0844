//! The commands the interface calls; each is one call into `complaint_core::Desk`.

use complaint_core::models::Language;
use complaint_core::status::StatusReport;
use complaint_core::{Case, CaseListEntry, Desk, Problem};
use tauri::State;

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
