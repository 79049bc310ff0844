//! Each command the window may call, with its request and its response.
//!
//! A request is the command's whole argument object, field for field as the window sends it; the shell's
//! handlers take it whole, so a field renamed here changes the shell and (through the generated TypeScript)
//! the interface at once.

use serde::Deserialize;

use super::command::Command;
use crate::check::CaseCheck;
use crate::desk::{Attached, CreatedCase, ExportedBag, LetterPages};
use crate::forms::FormsGuide;
use crate::letter::{LetterKind, LetterOption, LetterTitle};
use crate::listing::CaseListEntry;
use crate::models::{
    Answer, Case, CaseRecord, Company, Customer, DeliveryDate, IncidentType, IssuedLetter, Language, Shelf, Submission,
    SubmissionKind,
};
use crate::profile::Settings;
use crate::rules::JurisdictionProfile;
use crate::status::StatusReport;
use crate::suggestions::Suggestions;
use crate::verify::FileCheck;

/// Declares each request type and its place in the contract, from one list.
macro_rules! contract {
    ($(
        $(#[doc = $doc:literal])+
        $name:literal => $request:ident {
            $($(#[$field_attr:meta])+ $field:ident: $type:ty,)*
        } -> $response:ty;
    )+) => {
        $(
            $(#[doc = $doc])+
            #[derive(Debug, Clone, Deserialize)]
            #[cfg_attr(test, derive(ts_rs::TS))]
            #[serde(deny_unknown_fields)]
            pub struct $request {
                $($(#[$field_attr])+ pub $field: $type,)*
            }

            impl Command for $request {
                const NAME: &'static str = $name;
                type Response = $response;
            }
        )+

        /// Every command's name, as the window invokes it.
        pub const NAMES: &[&str] = &[$($name),+];

        /// The requests, and the map from each command's name to its request and response, in TypeScript.
        #[cfg(test)]
        pub(crate) fn typescript(cfg: &ts_rs::Config) -> String {
            use ts_rs::TS;
            let mut out = String::new();
            $(out.push_str(&format!("export {}\n", <$request as TS>::decl(cfg)));)+
            out.push_str("\n/** Every command the core answers: its request and its response. */\nexport interface Commands {\n");
            $(out.push_str(&format!(
                "  {}: {{ request: {}; response: {} }};\n",
                $name,
                <$request as TS>::name(cfg),
                <$response as TS>::name(cfg),
            ));)+
            out.push_str("}\n");
            out
        }
    };
}

contract! {
    /// Every case folder, readable or not.
    "list_cases" => ListCasesRequest {
        /// The cases in use or the archived ones.
        shelf: Shelf,
    } -> Vec<CaseListEntry>;

    /// Moves a case to the archive; answers its id there.
    "archive_case" => ArchiveCaseRequest {
        /// The case's id.
        id: String,
    } -> String;

    /// Brings an archived case back to the list; answers its id there.
    "restore_case" => RestoreCaseRequest {
        /// The archived case's id.
        id: String,
    } -> String;

    /// Moves a case folder to the system's trash.
    "delete_case" => DeleteCaseRequest {
        /// The case's id.
        id: String,
        /// Where it is: in use or archived.
        shelf: Shelf,
    } -> ();

    /// A new draft with the case's company, customer, facts and evidence, and no letters or deliveries.
    "duplicate_case" => DuplicateCaseRequest {
        /// The case to copy.
        id: String,
    } -> CreatedCase;

    /// Opens the case's folder in the system's file manager.
    "open_case_folder" => OpenCaseFolderRequest {
        /// The case's id.
        id: String,
    } -> ();

    /// Every evidence file and letter of the case hashed again: which are changed or missing since added.
    "verify_case" => VerifyCaseRequest {
        /// The case's id.
        id: String,
    } -> Vec<FileCheck>;

    /// One case by its id.
    "load_case" => LoadCaseRequest {
        /// The case's id (its folder name).
        id: String,
    } -> Case;

    /// Saves a case edited in the wizard; refused with `conflict` when it changed since `case.revision`.
    "save_case" => SaveCaseRequest {
        /// The case's id.
        id: String,
        /// The case as edited, with the revision the edit started from.
        case: Case,
    } -> Case;

    /// A fresh draft for someone using the app in `lang`: the jurisdiction whose letters are written in it.
    /// Not stored until `create_case`.
    "new_case" => NewCaseRequest {
        /// The interface's language.
        lang: Language,
    } -> Case;

    /// Creates a case folder; answers with its id and first revision.
    "create_case" => CreateCaseRequest {
        /// The case to store.
        case: Case,
    } -> CreatedCase;

    /// Every problem in the case, with field paths for inline hints, and the warnings that do not block it.
    "check_case" => CheckCaseRequest {
        /// The case as edited.
        case: Case,
    } -> CaseCheck;

    /// Where a case stands today: due date with its legal basis, lateness, timeline.
    "case_status" => CaseStatusRequest {
        /// The case's id.
        id: String,
        /// The language of the texts.
        lang: Language,
    } -> StatusReport;

    /// The regulators' web forms for the case: each field's text to copy and the evidence files each form takes.
    "regulator_forms" => RegulatorFormsRequest {
        /// The case's id.
        id: String,
        /// The language of the forms' names and notes.
        lang: Language,
    } -> FormsGuide;

    /// Opens a regulator's web form, named by its id, in the system's browser.
    "open_form" => OpenFormRequest {
        /// The form's id in its rule pack.
        form: String,
    } -> ();

    /// What each letter kind is called in `lang`, as its templates title it.
    "letter_titles" => LetterTitlesRequest {
        /// The interface's language.
        lang: Language,
    } -> Vec<LetterTitle>;

    /// Which follow-up letters the case can have now, and why not the others.
    "letter_options" => LetterOptionsRequest {
        /// The case's id.
        id: String,
    } -> Vec<LetterOption>;

    /// What each jurisdiction asks of a case: its language, currency, the facts its terms depend on.
    "jurisdictions" => JurisdictionsRequest {} -> Vec<JurisdictionProfile>;

    /// The window drew the case list for the first time since the app started. With
    /// `COMPLAINT_DESK_STARTUP_MARK` set the shell says so on its standard error: how `make bench` times a cold
    /// start to the first paint.
    "case_list_drawn" => CaseListDrawnRequest {} -> ();

    /// Records that the claim, a data request or a regulator complaint reached its addressee.
    "record_submission" => RecordSubmissionRequest {
        /// The case's id.
        id: String,
        /// Which letter.
        kind: SubmissionKind,
        /// When and how it was handed in.
        submission: Submission,
    } -> Case;

    /// Records when a delivered letter was registered, or when a data request or regulator complaint was answered.
    "record_delivery_date" => RecordDeliveryDateRequest {
        /// The case's id.
        id: String,
        /// Which letter.
        kind: SubmissionKind,
        /// Which day of it.
        which: DeliveryDate,
        /// `YYYY-MM-DD`.
        date: String,
    } -> Case;

    /// Takes back a hand-in, a delivery or the answer entered wrongly, so it can be entered again.
    "remove_record" => RemoveRecordRequest {
        /// The case's id.
        id: String,
        /// Which record.
        record: CaseRecord,
    } -> Case;

    /// Records the company's answer and what it did with each demand.
    "record_answer" => RecordAnswerRequest {
        /// The case's id.
        id: String,
        /// The answer.
        answer: Answer,
    } -> Case;

    /// The demands and proof usually worth asking for in this kind of case.
    "suggestions" => SuggestionsRequest {
        /// What happened.
        incident: IncidentType,
        /// The language of the texts.
        lang: Language,
    } -> Suggestions;

    /// The companies of earlier cases, newest first.
    "known_companies" => KnownCompaniesRequest {} -> Vec<Company>;

    /// The customer's own details, prefilled into new cases.
    "load_profile" => LoadProfileRequest {} -> Customer;

    /// Saves the customer's own details for the next new case.
    "save_profile" => SaveProfileRequest {
        /// The details.
        customer: Customer,
    } -> ();

    /// The print settings chosen once for every letter.
    "settings" => SettingsRequest {} -> Settings;

    /// Keeps the print settings for every letter from now on.
    "save_settings" => SaveSettingsRequest {
        /// The settings.
        settings: Settings,
    } -> ();

    /// Opens the system's file dialog and attaches what the person picks; `None` when cancelled.
    "attach_evidence" => AttachEvidenceRequest {
        /// The case's id.
        id: String,
        /// The evidence item's index.
        item: usize,
        /// The dialog's title, in the interface's language.
        title: String,
    } -> Option<Attached>;

    /// Attaches the files of a drop the window announced (event `evidence-dropped`).
    "attach_dropped" => AttachDroppedRequest {
        /// The case's id.
        id: String,
        /// The evidence item's index.
        item: usize,
        /// The drop's number, from the event.
        #[cfg_attr(test, ts(type = "number"))]
        drop: u64,
    } -> Attached;

    /// Opens an attached file's copy in the system's application for it.
    "open_evidence" => OpenEvidenceRequest {
        /// The case's id.
        id: String,
        /// The evidence item's index.
        item: usize,
        /// The file's content hash, as listed.
        sha256: String,
        /// The file's name, as listed.
        name: String,
    } -> ();

    /// Takes a file attached by mistake off its evidence item; its copy goes to the trash once no item lists it.
    "remove_evidence_file" => RemoveEvidenceFileRequest {
        /// The case's id.
        id: String,
        /// The evidence item's index.
        item: usize,
        /// The file's content hash, as listed.
        sha256: String,
        /// The file's name, as listed.
        name: String,
    } -> Case;

    /// The letter's pages for the review step, typeset as they would print today and written nowhere; the case
    /// may still be incomplete.
    "letter_pages" => LetterPagesRequest {
        /// The case's id: its folder holds the evidence whose copies follow the letter.
        id: String,
        /// The case as edited.
        case: Case,
        /// Which letter.
        kind: LetterKind,
        /// The letter's language; the case's when `None`.
        lang: Option<Language>,
        /// Add the applicant's copy with a receipt block.
        office_copy: bool,
        /// Print the copies of the evidence after the letter, as its annexes.
        annexes: bool,
        /// Append the letter in this language as a translation for the applicant, not to be handed in.
        reading_copy: Option<Language>,
    } -> LetterPages;

    /// Typesets a letter into the case's `letters/` folder and records it.
    "issue_letter" => IssueLetterRequest {
        /// The case's id.
        id: String,
        /// Which letter.
        kind: LetterKind,
        /// The letter's language; the case's when `None`.
        lang: Option<Language>,
        /// Add the applicant's copy with a receipt block.
        office_copy: bool,
        /// Print the copies of the evidence after the letter, as its annexes.
        annexes: bool,
        /// Append the letter in this language as a translation for the applicant, not to be handed in.
        reading_copy: Option<Language>,
    } -> IssuedLetter;

    /// Opens an issued letter in the system's PDF viewer.
    "open_letter" => OpenLetterRequest {
        /// The case's id.
        id: String,
        /// The letter's file name in `letters/`.
        file: String,
    } -> ();

    /// Shows an issued letter in its folder, in the system's file manager (where there is no PDF viewer, or to
    /// find the file).
    "show_letter" => ShowLetterRequest {
        /// The case's id.
        id: String,
        /// The letter's file name in `letters/`.
        file: String,
    } -> ();

    /// Asks in the system's save dialog where to put the deadlines' calendar file, and writes it there; `false`
    /// when cancelled.
    "save_calendar" => SaveCalendarRequest {
        /// The case whose deadlines go in; `None` for every case.
        id: Option<String>,
        /// The language of the events' texts.
        lang: Language,
        /// The dialog's title, in the interface's language.
        title: String,
    } -> bool;

    /// Asks in the system's save dialog where to put the case as a zipped BagIt bag, and writes it there:
    /// where it went and how many files it holds, `None` when the dialog is cancelled.
    "export_case" => ExportCaseRequest {
        /// The case's id.
        id: String,
        /// The dialog's title, in the interface's language.
        title: String,
    } -> Option<ExportedBag>;

    /// Asks in the system's save dialog where to put a copy of a letter; `false` when cancelled.
    "save_letter_copy" => SaveLetterCopyRequest {
        /// The case's id.
        id: String,
        /// The letter's file name in `letters/`.
        file: String,
        /// The dialog's title, in the interface's language.
        title: String,
    } -> bool;
}
