//! The desktop commands run without a desktop: a mock runtime calls them over IPC as the webview would.

use complaint_core::{Desk, FixedClock};
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder, mock_context, noop_assets};
use tauri::webview::{InvokeRequest, WebviewWindow, WebviewWindowBuilder};

struct Host {
    _data: tempfile::TempDir,
    _app: tauri::App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
}

fn host() -> Host {
    let data = tempfile::tempdir().expect("temp dir");
    let today = chrono_date(2026, 11, 21);
    let desk = Desk::open(data.path(), FixedClock(today)).expect("desk");
    let app = complaint_desk_lib::with_desk(mock_builder(), desk).build(mock_context(noop_assets())).expect("app");
    let webview = WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("webview");
    Host { _data: data, _app: app, webview }
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
        "schema_version": 1,
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
    let id = invoke(&host, "create_case", json!({ "case": draft() })).expect("create_case");
    assert_eq!(id, "2026-11-21-mts-debt-notice");

    let list = invoke(&host, "list_cases", json!({})).expect("list_cases");
    assert_eq!(list[0]["state"], "readable");
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["company"], "ПАО «МТС»");

    let mut changed = draft();
    changed["demands"] = json!(["Прекратить направлять уведомления о чужом долге на мой адрес"]);
    invoke(&host, "save_case", json!({ "id": id, "case": changed })).expect("save_case");
    let loaded = invoke(&host, "load_case", json!({ "id": id })).expect("load_case");
    assert_eq!(loaded, changed);
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
}

#[test]
fn check_case_reports_field_paths() {
    let host = host();
    let problems = invoke(&host, "check_case", json!({ "case": draft() })).expect("check_case");
    let paths: Vec<&str> = problems.as_array().expect("array").iter().filter_map(|p| p["path"].as_str()).collect();
    assert!(paths.contains(&"customer.full_name"), "{paths:?}");
    assert!(paths.contains(&"demands"), "{paths:?}");
    assert!(!paths.contains(&"customer.account"), "a stranger's debt needs no account: {paths:?}");
}

#[test]
fn case_status_gives_the_due_date_and_its_basis() {
    let host = host();
    let mut case = draft();
    case["sent"] =
        json!({ "date": "2026-11-20", "method": "in_person", "registration_number": "ВХ-1", "tracking_number": "" });
    let id = invoke(&host, "create_case", json!({ "case": case })).expect("create_case");
    let report = invoke(&host, "case_status", json!({ "id": id, "lang": "ru" })).expect("case_status");
    assert_eq!(report["due"]["date"], "2026-12-23");
    assert!(report["due"]["source"].as_str().is_some_and(|s| s.contains("ст. 55")), "{report}");
    assert_eq!(report["overdue"], false);
    let list = invoke(&host, "list_cases", json!({})).expect("list_cases");
    assert_eq!(list[0]["due"], "2026-12-23");
}
