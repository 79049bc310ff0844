//! The desktop commands run without a desktop: a mock runtime calls them over IPC as the webview would.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use base64::prelude::{BASE64_STANDARD, Engine as _};
use complaint_core::world::Bin;
use complaint_core::{Desk, FixedClock};
use complaint_desk_lib::files::{DroppedFiles, FileKind, Picker};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::{InvokeRequest, WebviewWindow, WebviewWindowBuilder};
use tauri::{AppHandle, Manager};

/// What the person picks in the next dialogs, and the titles the dialogs were opened with.
#[derive(Default)]
struct Script {
    files: Vec<PathBuf>,
    destination: Option<PathBuf>,
    titles: Vec<String>,
}

/// Dialogs that answer from the script, as a person would.
#[derive(Clone, Default)]
struct ScriptedPicker(Arc<Mutex<Script>>);

impl Picker<MockRuntime> for ScriptedPicker {
    fn files_to_attach(&self, _: &AppHandle<MockRuntime>, title: &str) -> Vec<PathBuf> {
        let mut script = self.0.lock().expect("script");
        script.titles.push(title.into());
        std::mem::take(&mut script.files)
    }

    fn save_destination(&self, _: &AppHandle<MockRuntime>, title: &str, _: &str, _: FileKind) -> Option<PathBuf> {
        let mut script = self.0.lock().expect("script");
        script.titles.push(title.into());
        script.destination.take()
    }
}

/// The trash, as a folder of the test's own.
struct FolderBin(PathBuf);

impl Bin for FolderBin {
    fn discard(&self, path: &Path) -> std::io::Result<()> {
        std::fs::rename(path, self.0.join(path.file_name().expect("a folder name")))
    }
}

struct Host {
    _data: tempfile::TempDir,
    app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    picker: ScriptedPicker,
}

fn host() -> Host {
    let data = tempfile::tempdir().expect("temp dir");
    let today = chrono_date(2026, 11, 21);
    let bin = data.path().join("trash");
    std::fs::create_dir(&bin).expect("trash");
    let desk = Desk::open(data.path(), FixedClock(today)).expect("desk").with_bin(FolderBin(bin));
    let picker = ScriptedPicker::default();
    let app = complaint_desk_lib::with_desk(mock_builder(), desk, picker.clone())
        .build(mock_context(noop_assets()))
        .expect("app");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("webview");
    Host { _data: data, app, webview, picker }
}

/// Creates a case over IPC and returns its id.
fn create(host: &Host, case: Value) -> Value {
    let created = invoke(host, "create_case", json!({ "case": case })).expect("create_case");
    assert_eq!(created["revision"], 1, "{created}");
    created["id"].clone()
}

fn chrono_date(y: i32, m: u32, d: u32) -> complaint_core::world::Date {
    complaint_core::world::Date::from_ymd_opt(y, m, d).expect("valid date")
}

fn invoke(host: &Host, cmd: &str, args: Value) -> Result<Value, Value> {
    get_ipc_response(
        &host.webview,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: "tauri://localhost".parse().expect("url"),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("JSON response"))
}

fn draft() -> Value {
    json!({
        "schema_version": 2,
        "title": "Долг чужого человека",
        "incident": "wrong_person_debt",
        "jurisdiction": "ru",
        "letter_language": "ru",
        "company": { "legal_name": "ПАО «МТС»", "claims_address": "", "office": "" },
        "customer": { "full_name": "", "postal_address": "", "phone": "", "email": "", "account": "" },
        "events": [], "contacts": [], "demands": [], "reply_channel": "post", "delivery": "in_person",
        "evidence": [], "letters": [], "status": "draft",
        "terms": { "reply_days": null, "long_distance_or_roaming": false }, "sent": null, "answer": null
    })
}

#[test]
fn a_case_is_created_listed_saved_and_loaded_over_ipc() {
    let host = host();
    let id = create(&host, draft());
    assert_eq!(id, "2026-11-21-mts-debt-notice");

    let list = invoke(&host, "list_cases", json!({ "shelf": "active" })).expect("list_cases");
    assert_eq!(list[0]["state"], "readable");
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["company"], "ПАО «МТС»");

    let mut changed = invoke(&host, "load_case", json!({ "id": id })).expect("load_case");
    changed["demands"] = json!(["Прекратить направлять уведомления о чужом долге на мой адрес"]);
    let saved = invoke(&host, "save_case", json!({ "id": id, "case": changed })).expect("save_case");
    assert_eq!(saved["revision"], 2);
    let loaded = invoke(&host, "load_case", json!({ "id": id })).expect("load_case");
    assert_eq!(loaded, saved);
    assert_eq!(loaded["demands"], changed["demands"]);

    // A window still holding revision 1 would undo that save: it is refused and the file keeps it.
    let mut stale = changed.clone();
    stale["title"] = json!("старое окно");
    let err = invoke(&host, "save_case", json!({ "id": id, "case": stale })).expect_err("a stale save");
    assert_eq!(err["code"], "conflict");
    assert_eq!(invoke(&host, "load_case", json!({ "id": id })).expect("load_case"), saved);
}

#[test]
fn errors_cross_ipc_as_code_and_message() {
    let host = host();
    let err = invoke(&host, "load_case", json!({ "id": "../../etc" })).expect_err("a bad id fails");
    assert_eq!(err["code"], "invalid_case_id");
    assert!(err["message"].as_str().is_some_and(|m| m.contains("../../etc")), "{err}");

    let err =
        invoke(&host, "save_case", json!({ "id": "2026-01-01-gone", "case": draft() })).expect_err("no such case");
    assert_eq!(err["code"], "case_not_found");
    let err = invoke(&host, "attach_dropped", json!({ "id": "x", "item": 0, "drop": 7 })).expect_err("no such drop");
    assert_eq!(err["code"], "unknown_drop");
}

#[test]
fn check_case_reports_field_paths() {
    let host = host();
    let mut case = draft();
    case["letter_language"] = "en".into();
    let checked = invoke(&host, "check_case", json!({ "case": case })).expect("check_case");
    let problems = checked["problems"].as_array().expect("problems");
    let paths: Vec<&str> = problems.iter().filter_map(|p| p["path"].as_str()).collect();
    assert!(paths.contains(&"customer.full_name"), "{paths:?}");
    assert!(paths.contains(&"demands"), "{paths:?}");
    assert!(!paths.contains(&"customer.account"), "a stranger's debt needs no account: {paths:?}");
    assert_eq!(checked["warnings"][0]["path"], "letter_language", "{checked}");
    assert_eq!(checked["warnings"][0]["code"], "not_official_language", "{checked}");
    assert_eq!(checked["warnings"][0]["official_language"], "ru", "{checked}");
}

#[test]
fn case_status_gives_the_due_date_and_its_basis() {
    let host = host();
    let mut case = draft();
    case["sent"] =
        json!({ "date": "2026-11-20", "method": "in_person", "registration_number": "ВХ-1", "tracking_number": "" });
    let id = create(&host, case);
    let report = invoke(&host, "case_status", json!({ "id": id, "lang": "ru" })).expect("case_status");
    let claim = &report["deadlines"][0];
    assert_eq!((&claim["kind"], &claim["due"]["date"]), (&json!("claim_answer"), &json!("2026-12-23")));
    assert!(claim["due"]["source"].as_str().is_some_and(|s| s.contains("ст. 55")), "{report}");
    assert_eq!(claim["due"]["estimated"], true);
    assert_eq!(report["overdue"], false);
    let list = invoke(&host, "list_cases", json!({ "shelf": "active" })).expect("list_cases");
    assert_eq!(list[0]["next_deadline"]["date"], "2026-12-23");
}

#[test]
fn a_submission_and_an_answer_are_recorded_over_ipc() {
    let host = host();
    let mut case = draft();
    case["demands"] = json!(["Прекратить направлять уведомления", "Удалить мои данные"]);
    let id = create(&host, case);

    let submission =
        json!({ "date": "2026-11-20", "method": "in_person", "registration_number": "ВХ-1", "tracking_number": "" });
    let args = json!({ "id": id, "kind": "claim", "submission": submission });
    let sent = invoke(&host, "record_submission", args).expect("submission");
    assert_eq!(sent["status"], "sent");
    assert_eq!(sent["sent"], submission);
    let report = invoke(&host, "case_status", json!({ "id": id, "lang": "en" })).expect("case_status");
    assert_eq!(report["deadlines"][0]["due"]["date"], "2026-12-23");

    // A data request delivered the same day has its own term, until its answer is entered.
    let args = json!({ "id": id, "kind": "data_request", "submission": submission });
    invoke(&host, "record_submission", args).expect("data request");
    let kinds = |report: &Value| {
        report["deadlines"].as_array().expect("list").iter().map(|d| d["kind"].clone()).collect::<Vec<_>>()
    };
    let report = invoke(&host, "case_status", json!({ "id": id, "lang": "en" })).expect("case_status");
    assert_eq!(kinds(&report), [json!("data_request_answer"), json!("claim_answer")]);
    let args = json!({ "id": id, "kind": "data_request", "which": "answered", "date": "2026-11-19" });
    let early = invoke(&host, "record_delivery_date", args).expect_err("answered before it arrived");
    assert_eq!(early["problems"][0]["path"], "data_request.answered_on");
    let args = json!({ "id": id, "kind": "data_request", "which": "answered", "date": "2026-11-21" });
    invoke(&host, "record_delivery_date", args).expect("data request answered");
    // The clerk's stamp, entered later, ends the claim's estimate.
    let args = json!({ "id": id, "kind": "claim", "which": "registered", "date": "2026-11-20" });
    invoke(&host, "record_delivery_date", args).expect("registration");
    let report = invoke(&host, "case_status", json!({ "id": id, "lang": "en" })).expect("case_status");
    assert_eq!(kinds(&report), [json!("claim_answer")]);
    assert_eq!(report["deadlines"][0]["due"]["estimated"], false);
    assert_eq!(report["deadlines"][0]["due"]["date"], "2026-12-21", "30 days from Friday the 20th, moved off Sunday");

    let answer = json!({
        "date": "2026-11-21", "channel": "post", "summary": "Отказ",
        "outcomes": ["satisfied", "refused_without_reasons"]
    });
    let answered = invoke(&host, "record_answer", json!({ "id": id, "answer": answer })).expect("answer");
    assert_eq!(answered["answer"], answer);
    let report = invoke(&host, "case_status", json!({ "id": id, "lang": "en" })).expect("case_status");
    assert_eq!(report["deadlines"], json!([]));
    assert_eq!(report["status"], "answered");
}

#[test]
fn a_date_not_of_the_form_yyyy_mm_dd_is_refused() {
    let host = host();
    let id = create(&host, draft());
    let submission =
        json!({ "date": "20.11.2026", "method": "in_person", "registration_number": "", "tracking_number": "" });
    let args = json!({ "id": id, "kind": "claim", "submission": submission });
    let err = invoke(&host, "record_submission", args).expect_err("bad date");
    assert_eq!(err["code"], "invalid_date");
    let answer = json!({ "date": "2026-02-30", "channel": "post", "summary": "", "outcomes": [] });
    let err = invoke(&host, "record_answer", json!({ "id": id, "answer": answer })).expect_err("no such day");
    assert_eq!(err["code"], "invalid_date");
    let loaded = invoke(&host, "load_case", json!({ "id": id })).expect("load_case");
    assert_eq!(loaded["sent"], Value::Null);
    assert_eq!(loaded["status"], "draft");
}

const DEBT_NOTICE: &str = include_str!("../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");

fn debt_notice() -> Value {
    serde_json::from_str(DEBT_NOTICE).expect("fixture is JSON")
}

#[test]
fn suggestions_come_in_the_asked_language() {
    let host = host();
    let ru = invoke(&host, "suggestions", json!({ "incident": "payment_not_credited", "lang": "ru" })).expect("ru");
    let en = invoke(&host, "suggestions", json!({ "incident": "payment_not_credited", "lang": "en" })).expect("en");
    let demands = |s: &Value| s["demands"].as_array().expect("demands").len();
    assert!(demands(&ru) > 0 && demands(&ru) == demands(&en), "{ru}\n{en}");
    assert_eq!(ru["evidence"][0]["kind"], en["evidence"][0]["kind"], "kinds are the same in every language");
    assert_ne!(ru["evidence"][0]["description"], en["evidence"][0]["description"], "descriptions are translated");
    let err = invoke(&host, "suggestions", json!({ "incident": "alien_abduction", "lang": "ru" }));
    assert!(err.is_err(), "an unknown incident type is refused");
}

#[test]
fn a_picked_file_is_attached_to_an_evidence_item_and_a_path_from_the_webview_is_refused() {
    let host = host();
    let id = create(&host, debt_notice());
    let picked = tempfile::tempdir().expect("temp dir");
    let path = picked.path().join("уведомление.jpg");
    std::fs::write(&path, b"abc").expect("write the picked file");
    let secret = picked.path().join("id_ed25519");
    std::fs::write(&secret, b"private key").expect("a file the person did not pick");

    host.picker.0.lock().expect("script").files = vec![path.clone()];
    let named = json!({ "id": id, "item": 0, "title": "Выберите файлы", "path": secret });
    let err = invoke(&host, "attach_evidence", named).expect_err("a request naming a path");
    assert_eq!(err["code"], "bad_request");
    assert!(host.picker.0.lock().expect("script").titles.is_empty(), "no dialog for a refused request");
    let args = json!({ "id": id, "item": 0, "title": "Выберите файлы" });
    let attached = invoke(&host, "attach_evidence", args).expect("attach");
    assert_eq!(host.picker.0.lock().expect("script").titles, ["Выберите файлы"], "the dialog was opened");
    let case = &attached["case"];
    let sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    assert_eq!(case["evidence"][0]["status"], "have");
    assert_eq!(
        case["evidence"][0]["files"],
        json!([{ "name": "уведомление.jpg", "sha256": sha, "imported": "2026-11-21" }]),
        "only the picked file"
    );
    assert_eq!(attached["failures"], json!([]));
    let evidence = host._data.path().join("cases").join(id.as_str().expect("id")).join("evidence");
    assert_eq!(std::fs::read(evidence.join(format!("{sha}.jpg"))).expect("copied into the case"), b"abc");
    assert_eq!(std::fs::read_dir(&evidence).expect("evidence").count(), 1, "nothing else was copied");
    assert_eq!(&invoke(&host, "load_case", json!({ "id": id })).expect("load_case"), case);

    // Cancelling the dialog attaches nothing.
    let cancelled = invoke(&host, "attach_evidence", json!({ "id": id, "item": 0, "title": "" })).expect("cancel");
    assert_eq!(cancelled, Value::Null);

    host.picker.0.lock().expect("script").files = vec![picked.path().join("gone.pdf")];
    let attached = invoke(&host, "attach_evidence", json!({ "id": id, "item": 0, "title": "" })).expect("attach");
    assert_eq!(attached["failures"][0]["name"], "gone.pdf");
    assert_eq!(attached["failures"][0]["code"], "evidence_unreadable");
    host.picker.0.lock().expect("script").files = vec![path.clone()];
    let err = invoke(&host, "attach_evidence", json!({ "id": id, "item": 99, "title": "" })).expect_err("no item");
    assert_eq!(err["code"], "evidence_item_missing");

    // Taken off again, by the file the case lists and nothing else; its copy leaves the case folder.
    let stray = json!({ "id": id, "item": 0, "sha256": sha, "name": "../case.json" });
    let err = invoke(&host, "remove_evidence_file", stray).expect_err("a file the item does not list");
    assert_eq!(err["code"], "evidence_file_missing");
    let listed = json!({ "id": id, "item": 0, "sha256": sha, "name": "уведомление.jpg" });
    let case = invoke(&host, "remove_evidence_file", listed).expect("remove_evidence_file");
    assert_eq!(case["evidence"][0]["files"], json!([]));
    assert!(!evidence.join(format!("{sha}.jpg")).exists(), "the copy went to the trash");
}

#[test]
fn dropped_files_are_attached_by_the_drop_the_window_saw_and_only_once() {
    let host = host();
    let id = create(&host, debt_notice());
    let folder = tempfile::tempdir().expect("temp dir");
    let photo = folder.path().join("конверт.png");
    std::fs::write(&photo, b"abc").expect("the dropped file");

    let notice = host.app.state::<DroppedFiles>().keep(vec![photo], 10.0, 20.0);
    assert_eq!(notice.names, ["конверт.png"]);
    let attached =
        invoke(&host, "attach_dropped", json!({ "id": id, "item": 1, "drop": notice.drop })).expect("attach_dropped");
    assert_eq!(attached["case"]["evidence"][1]["files"][0]["name"], "конверт.png");
    let err = invoke(&host, "attach_dropped", json!({ "id": id, "item": 1, "drop": notice.drop })).expect_err("twice");
    assert_eq!(err["code"], "unknown_drop");
}

#[test]
fn a_letter_is_issued_and_recorded_over_ipc() {
    let host = host();
    let id = create(&host, debt_notice());
    let issued = invoke(
        &host,
        "issue_letter",
        json!({ "id": id, "kind": "claim", "lang": null, "office_copy": true, "annexes": false, "reading_copy": null }),
    )
    .expect("issue_letter");
    let pdf = host
        ._data
        .path()
        .join("cases")
        .join(id.as_str().expect("id"))
        .join("letters")
        .join("2026-11-21-claim-ru-office.pdf");
    let pdf = std::fs::read(pdf).expect("the PDF");
    assert!(pdf.starts_with(b"%PDF"));
    let sha256: String = Sha256::digest(&pdf).iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(
        issued,
        json!({
            "kind": "claim",
            "language": "ru",
            "date": "2026-11-21",
            "file": "2026-11-21-claim-ru-office.pdf",
            "sha256": sha256,
        }),
        "the letter is recorded with the fingerprint of the file written"
    );
    let case = invoke(&host, "load_case", json!({ "id": id })).expect("load_case");
    assert_eq!(case["letters"], json!([issued]));

    let err = invoke(
        &host,
        "issue_letter",
        json!({ "id": id, "kind": "reminder", "lang": "en", "office_copy": false, "annexes": false, "reading_copy": null }),
    )
    .expect_err("the claim was never handed in");
    assert_eq!(err["code"], "not_sent");
    let draft_id = create(&host, draft());
    let err = invoke(
        &host,
        "issue_letter",
        json!({ "id": draft_id, "kind": "claim", "lang": "ru", "office_copy": false, "annexes": false, "reading_copy": null }),
    )
    .expect_err("an incomplete case");
    assert_eq!(err["code"], "case_incomplete");
    assert!(err["message"].as_str().is_some_and(|m| m.contains("customer.full_name")), "{err}");
}

/// Every file under `dir` with its contents.
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
fn the_review_step_gets_the_pages_of_an_unfinished_letter_and_nothing_is_written() {
    let host = host();
    let id = create(&host, draft());
    let mut case = invoke(&host, "load_case", json!({ "id": id })).expect("load_case");
    case["customer"]["full_name"] = json!("Иванов <b>Иван</b>");
    case["demands"] = json!(["Прекратить рассылку"]);
    let before = files_under(host._data.path());

    let request = json!({ "id": id, "case": case, "kind": "claim", "lang": null, "office_copy": true, "annexes": true, "reading_copy": "en" });
    let pages = invoke(&host, "letter_pages", request).expect("letter_pages");
    let pdf = BASE64_STANDARD.decode(pages["pdf"].as_str().expect("base64 text")).expect("base64");
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let count = pages["pages"].as_u64().expect("a page count");
    assert!(count >= 3, "the letter, the applicant's copy and the reading copy: {count} pages");
    assert_eq!(files_under(host._data.path()), before, "nothing was written");

    case["customer"]["full_name"] = json!("Иванов 😀");
    let request = json!({ "id": id, "case": case, "kind": "claim", "lang": null, "office_copy": false, "annexes": false, "reading_copy": null });
    let err = invoke(&host, "letter_pages", request).expect_err("an emoji the font cannot print");
    assert_eq!(err["code"], "unsupported_character");
    assert_eq!(err["problems"][0]["path"], "customer.full_name", "{err}");
    let request = json!({ "id": id, "case": case, "kind": "complaint", "lang": null, "office_copy": false, "annexes": false, "reading_copy": null });
    assert!(invoke(&host, "letter_pages", request).is_err(), "letter kinds are snake_case ids");
}

#[test]
fn the_profile_and_known_companies_prefill_the_wizard() {
    let host = host();
    assert_eq!(invoke(&host, "load_profile", json!({})).expect("empty profile")["full_name"], "");
    let customer = debt_notice()["customer"].clone();
    assert_eq!(invoke(&host, "save_profile", json!({ "customer": customer })).expect("save_profile"), Value::Null);
    assert_eq!(invoke(&host, "load_profile", json!({})).expect("load_profile"), customer);

    create(&host, draft());
    create(&host, debt_notice());
    let companies = invoke(&host, "known_companies", json!({})).expect("known_companies");
    let names: Vec<&str> =
        companies.as_array().expect("array").iter().filter_map(|c| c["legal_name"].as_str()).collect();
    assert_eq!(names.len(), 2, "{companies}");
    assert!(names.contains(&"ПАО «МТС»"), "{companies}");
}

#[test]
fn letters_outside_the_case_cannot_be_opened_or_copied() {
    let host = host();
    let id = create(&host, draft());
    let err = invoke(&host, "open_letter", json!({ "id": id, "file": "../case.json" })).expect_err("outside letters/");
    assert_eq!(err["code"], "letter_not_found");
    let out = tempfile::tempdir().expect("temp dir");
    let destination = out.path().join("copy.pdf");
    host.picker.0.lock().expect("script").destination = Some(destination.clone());
    let err = invoke(&host, "save_letter_copy", json!({ "id": id, "file": "nope.pdf", "title": "" }))
        .expect_err("no such letter");
    assert_eq!(err["code"], "letter_not_found");
    assert!(!destination.exists());
}

#[test]
fn a_letter_copy_goes_only_where_the_person_chose_in_the_dialog() {
    let host = host();
    let id = create(&host, debt_notice());
    let issued = invoke(
        &host,
        "issue_letter",
        json!({ "id": id, "kind": "claim", "lang": null, "office_copy": false, "annexes": false, "reading_copy": null }),
    )
    .expect("issue_letter");
    let home = tempfile::tempdir().expect("temp dir");
    let victim = home.path().join("authorized_keys");
    std::fs::write(&victim, b"ssh-ed25519 AAAA").expect("a file the person did not choose");
    let chosen = home.path().join("Претензия МТС.pdf");
    host.picker.0.lock().expect("script").destination = Some(chosen.clone());

    let named = json!({ "id": id, "file": issued["file"], "title": "Сохранить копию", "destination": victim });
    assert_eq!(invoke(&host, "save_letter_copy", named).expect_err("a request naming a path")["code"], "bad_request");
    let args = json!({ "id": id, "file": issued["file"], "title": "Сохранить копию" });
    assert_eq!(invoke(&host, "save_letter_copy", args).expect("save_letter_copy"), true);
    assert!(std::fs::read(&chosen).expect("the copy").starts_with(b"%PDF"));
    assert_eq!(std::fs::read(&victim).expect("untouched"), b"ssh-ed25519 AAAA", "the webview's path is refused");

    let args = json!({ "id": id, "file": issued["file"], "title": "" });
    assert_eq!(invoke(&host, "save_letter_copy", args).expect("cancelled"), false, "a cancelled dialog copies nothing");
}

#[test]
fn the_calendar_file_goes_only_where_the_person_chose_in_the_dialog() {
    let host = host();
    let mut case = draft();
    case["sent"] =
        json!({ "date": "2026-11-20", "method": "in_person", "registration_number": "ВХ-1", "tracking_number": "" });
    let id = create(&host, case);
    let home = tempfile::tempdir().expect("temp dir");
    let chosen = home.path().join("сроки.ics");
    host.picker.0.lock().expect("script").destination = Some(chosen.clone());
    let args = json!({ "id": id, "lang": "ru", "title": "Сохранить календарь" });
    assert_eq!(invoke(&host, "save_calendar", args.clone()).expect("save_calendar"), true);
    let text = std::fs::read_to_string(&chosen).expect("the calendar");
    assert!(text.contains(&format!("UID:{}.claim-answer@complaint-desk", id.as_str().expect("id"))), "{text}");
    assert_eq!(host.picker.0.lock().expect("script").titles.last().map(String::as_str), Some("Сохранить календарь"));
    assert_eq!(invoke(&host, "save_calendar", args).expect("cancelled"), false, "a cancelled dialog writes nothing");
}

#[test]
fn a_case_is_exported_as_a_bag_only_where_the_person_chose_in_the_dialog() {
    let host = host();
    let id = create(&host, debt_notice());
    let home = tempfile::tempdir().expect("temp dir");
    let chosen = home.path().join("для юриста.zip");
    host.picker.0.lock().expect("script").destination = Some(chosen.clone());
    let args = json!({ "id": id, "title": "Экспорт дела" });
    let exported = invoke(&host, "export_case", args.clone()).expect("export_case");
    assert_eq!(exported, json!({ "path": chosen.display().to_string(), "files": 1 }), "the case file alone");
    let bag = std::fs::read(&chosen).expect("the bag");
    assert!(bag.starts_with(b"PK"), "a zip");
    assert_eq!(host.picker.0.lock().expect("script").titles.last().map(String::as_str), Some("Экспорт дела"));
    assert_eq!(
        invoke(&host, "export_case", args).expect("cancelled"),
        json!(null),
        "a cancelled dialog writes nothing"
    );
    let named = json!({ "id": id, "title": "", "out": "/tmp/x.zip" });
    assert_eq!(invoke(&host, "export_case", named).expect_err("a request naming a path")["code"], "bad_request");
}

#[test]
fn every_command_of_the_contract_is_answered_in_the_contract_error_shape() {
    let host = host();
    for name in complaint_core::wire::NAMES {
        if let Err(err) = invoke(&host, name, json!({ "unexpected": true })) {
            assert_eq!(err["code"], "bad_request", "{name} answers a stray argument with the contract's error: {err}");
            assert!(err["message"].as_str().is_some_and(|m| m.starts_with(name)), "{err}");
            assert_eq!(err["problems"], json!([]));
        } else {
            panic!("{name} took an argument the contract does not declare");
        }
    }
}

#[test]
fn a_new_case_and_the_jurisdictions_come_from_the_core() {
    let host = host();
    let fresh = invoke(&host, "new_case", json!({ "lang": "bg" })).expect("new_case");
    assert_eq!((fresh["jurisdiction"].as_str(), fresh["letter_language"].as_str()), (Some("bg"), Some("bg")));
    assert_eq!(fresh["status"], "draft");
    let profiles = invoke(&host, "jurisdictions", json!({})).expect("jurisdictions");
    let ru = profiles.as_array().expect("a list").iter().find(|p| p["jurisdiction"] == "ru").expect("ru");
    assert_eq!(ru["official_language"], "ru");
    assert_eq!(ru["term_facts"], json!(["long_distance_or_roaming"]));
}

#[test]
fn the_follow_ups_a_case_can_have_are_answered_with_the_reason_for_each_other() {
    let host = host();
    let id = create(&host, debt_notice());
    let options = invoke(&host, "letter_options", json!({ "id": id })).expect("letter_options");
    assert_eq!(
        options,
        json!([
            { "kind": "reminder", "blocked": "not_sent", "presses": true },
            { "kind": "no_answer", "blocked": "not_sent", "presses": false },
            { "kind": "regulator", "blocked": "not_sent", "presses": true },
            { "kind": "data_request", "blocked": null, "presses": false },
        ])
    );
}

#[test]
fn arguments_come_as_one_object_and_an_attachment_is_checked_before_its_dialog() {
    let host = host();
    let id = create(&host, debt_notice());
    let listed = invoke(&host, "load_case", json!([id])).expect_err("arguments as a list");
    assert_eq!(listed["code"], "bad_request");

    let args = json!({ "id": id, "item": 99, "title": "Выберите файлы" });
    let missing = invoke(&host, "attach_evidence", args).expect_err("no such item");
    assert_eq!(missing["code"], "evidence_item_missing");
    let args = json!({ "id": "2026-11-21-nobody", "item": 0, "title": "Выберите файлы" });
    assert_eq!(invoke(&host, "attach_evidence", args).expect_err("no such case")["code"], "case_not_found");
    assert!(host.picker.0.lock().expect("script").titles.is_empty(), "no dialog was opened for either");
}

#[test]
fn a_case_is_archived_restored_duplicated_and_deleted_over_ipc() {
    let host = host();
    let id = create(&host, draft());
    let listed = |shelf: &str| {
        let list = invoke(&host, "list_cases", json!({ "shelf": shelf })).expect("list_cases");
        list.as_array().expect("a list").iter().map(|entry| entry["id"].clone()).collect::<Vec<_>>()
    };

    assert_eq!(invoke(&host, "archive_case", json!({ "id": id })).expect("archive"), id);
    assert_eq!((listed("active"), listed("archived")), (vec![], vec![id.clone()]));
    assert_eq!(invoke(&host, "restore_case", json!({ "id": id })).expect("restore"), id);
    assert_eq!((listed("active"), listed("archived")), (vec![id.clone()], vec![]));

    let copy = invoke(&host, "duplicate_case", json!({ "id": id })).expect("duplicate");
    assert_eq!(copy["revision"], 1);
    assert_eq!(listed("active").len(), 2);
    invoke(&host, "delete_case", json!({ "id": copy["id"], "shelf": "active" })).expect("delete");
    assert_eq!(listed("active"), vec![id.clone()]);
    let gone = invoke(&host, "delete_case", json!({ "id": copy["id"], "shelf": "active" })).expect_err("gone");
    assert_eq!(gone["code"], "case_not_found");
    let bad = invoke(&host, "restore_case", json!({ "id": "../cases" })).expect_err("not an id");
    assert_eq!(bad["code"], "invalid_case_id");
}

#[test]
fn letters_are_named_and_regulators_forms_offered_by_the_core() {
    let host = host();
    let titles = invoke(&host, "letter_titles", json!({ "lang": "bg" })).expect("letter_titles");
    let regulator = titles.as_array().expect("a list").iter().find(|t| t["kind"] == "regulator").expect("regulator");
    assert_eq!(regulator["title"], "Жалба до регулатора");
    let id = create(&host, debt_notice());
    let forms = invoke(&host, "regulator_forms", json!({ "id": id, "lang": "en" })).expect("regulator_forms");
    assert_eq!((forms["blocked"].as_str(), forms["forms"].as_array().map(Vec::len)), (Some("not_sent"), Some(0)));
    // A form is opened by its id; the window names no address, and an id the packs do not hold is refused.
    let err = invoke(&host, "open_form", json!({ "form": "https://example.org/" })).expect_err("not a form");
    assert_eq!(err["code"], "unknown_form");
}
