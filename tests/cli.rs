//! The `complaint` CLI as a user runs it: example cases in, lists and validation reports out.

mod support;

use support::{complaint, complaint_days_later, create_example, example_cases, fixtures, stderr, stdout};

#[test]
fn every_example_case_is_created_listed_and_complete() {
    let data = tempfile::tempdir().expect("temp dir");
    let examples = example_cases();
    assert!(examples.len() >= 6, "expected six example cases, found {}", examples.len());
    let mut ids = Vec::new();
    for example in &examples {
        let created = complaint(data.path(), &["new", "--from", example.to_str().expect("utf-8 path")]);
        assert!(created.status.success(), "new --from {}: {}", example.display(), stderr(&created));
        let id =
            stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created <id>").to_owned();
        assert!(id.starts_with("2026-11-21-"), "the id is dated by the pinned clock: {id}");

        let check = complaint(data.path(), &["check", &id]);
        assert!(check.status.success(), "example {} has problems:\n{}", example.display(), stdout(&check));
        ids.push(id);
    }

    let listed = complaint(data.path(), &["list"]);
    assert!(listed.status.success());
    let listing = stdout(&listed);
    for (id, example) in ids.iter().zip(&examples) {
        let case = complaint_core::store::parse_case(&std::fs::read(example.join("case.json")).expect("read"))
            .expect("example parses");
        let row = listing.lines().find(|l| l.starts_with(id.as_str())).unwrap_or_else(|| panic!("{id} not listed"));
        assert!(row.contains(&case.company.legal_name), "{row}");
        assert!(row.contains("draft"), "{row}");
    }
}

#[test]
fn check_lists_every_problem_with_its_field_path_and_exits_1() {
    let data = tempfile::tempdir().expect("temp dir");
    let broken = fixtures().join("broken");
    let report = complaint(data.path(), &["check", broken.to_str().expect("utf-8 path")]);
    assert_eq!(report.status.code(), Some(1));
    let text = stdout(&report);
    for line in [
        "company.legal_name: is required",
        "customer.email: is not an e-mail address",
        "events[0].date: is not a date of the form YYYY-MM-DD",
        "events[1].date: is in the future",
        "contacts[0].answered: is earlier than the time before it",
        "demands: is required",
        "reply_channel: asks for an answer by SMS, but customer.phone is empty",
    ] {
        assert!(text.lines().any(|l| l == line), "missing `{line}` in:\n{text}");
    }
    assert!(text.contains("7 problem(s)"), "{text}");

    // The same report for the case once it is in the store, by id.
    let created = complaint(data.path(), &["new", "--from", broken.to_str().expect("utf-8 path")]);
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();
    let by_id = complaint(data.path(), &["check", &id]);
    assert_eq!(by_id.status.code(), Some(1));
    assert_eq!(stdout(&by_id).replace(&id, "X"), text.replace(broken.to_str().expect("utf-8"), "X"));
}

#[test]
fn a_case_can_be_started_from_flags() {
    let data = tempfile::tempdir().expect("temp dir");
    let created = complaint(
        data.path(),
        &[
            "new",
            "--incident",
            "billing_dispute",
            "--jurisdiction",
            "bg",
            "--lang",
            "bg",
            "--company",
            "„Мобилтел“ ЕАД",
        ],
    );
    assert!(created.status.success(), "{}", stderr(&created));
    assert!(stdout(&created).starts_with("created 2026-11-21-mobiltel-billing-dispute\n"));
    let shown = complaint(data.path(), &["show", "2026-11-21-mobiltel-billing-dispute", "--json"]);
    let case: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("show --json prints JSON");
    assert_eq!(case["company"]["legal_name"], "„Мобилтел“ ЕАД");
    assert_eq!(case["letter_language"], "bg");
}

#[test]
fn every_command_has_help() {
    let data = tempfile::tempdir().expect("temp dir");
    for args in [&["--help"][..], &["new", "--help"], &["list", "--help"], &["show", "--help"], &["check", "--help"]] {
        let help = complaint(data.path(), args);
        assert!(help.status.success(), "{args:?}");
        assert!(stdout(&help).contains("Usage: complaint"), "{args:?}: {}", stdout(&help));
    }
}

#[test]
fn errors_are_one_line_with_a_nonzero_exit_and_no_panic() {
    let data = tempfile::tempdir().expect("temp dir");
    let missing_from = data.path().join("nowhere/case.json");
    let cases: [(&[&str], &str); 4] = [
        (&["show", "2026-01-01-nothing"], "there is no case"),
        (&["show", "../etc"], "is not a case id"),
        (&["new", "--from", missing_from.to_str().expect("utf-8")], "there is no such file"),
        (&["new"], "new needs --from or --incident"),
    ];
    for (args, expected) in cases {
        let run = complaint(data.path(), args);
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        let err = stderr(&run);
        assert_eq!(err.lines().count(), 1, "{args:?} printed more than one line:\n{err}");
        assert!(err.starts_with("complaint: ") && err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn an_empty_data_directory_says_so() {
    let data = tempfile::tempdir().expect("temp dir");
    let listed = complaint(data.path(), &["list"]);
    assert!(listed.status.success());
    assert!(stdout(&listed).starts_with("no cases in "), "{}", stdout(&listed));
}

#[test]
fn status_shows_the_due_date_with_article_55_and_turns_overdue() {
    let data = tempfile::tempdir().expect("temp dir");
    let example =
        example_cases().into_iter().find(|p| p.to_string_lossy().contains("mts-debt-notice")).expect("example");
    let created = complaint(data.path(), &["new", "--from", example.to_str().expect("utf-8")]);
    let id = stdout(&created).lines().next().and_then(|l| l.strip_prefix("created ")).expect("created").to_owned();

    let draft = stdout(&complaint(data.path(), &["status", &id]));
    assert!(draft.contains("Status        draft") && !draft.contains("Answer due"), "{draft}");

    let sent = complaint(data.path(), &["sent", &id, "--date", "2026-11-20", "--registration", "ВХ-0412"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    let status = stdout(&complaint(data.path(), &["status", &id]));
    assert!(status.contains("Answer due                2026-12-23 Wed (estimate"), "{status}");
    assert!(status.contains("art. 55 «О связи»"), "{status}");
    assert!(status.contains("32 day(s) left"), "{status}");

    // Forty days later (the pinned clock moved), the same case is late.
    let late = complaint_days_later(data.path(), 40, &["status", &id]);
    assert!(stdout(&late).contains("OVERDUE by at least 8 day(s)"), "{}", stdout(&late));
    let listed = complaint_days_later(data.path(), 40, &["list"]);
    assert!(stdout(&listed).contains("OVERDUE since 2026-12-23"), "{}", stdout(&listed));
}

#[test]
fn status_explain_lists_every_day_off_of_the_new_year_and_a_stated_registration_ends_the_estimate() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    // Run on 2026-12-02.
    let run = |args: &[&str]| complaint_days_later(data.path(), 11, args);
    let sent = run(&["sent", &id, "--date", "2026-12-01"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    let explained = stdout(&run(&["status", &id, "--explain"]));
    assert!(explained.contains("Answer due                2027-01-11 Mon (estimate"), "{explained}");
    assert!(explained.contains("Registration    latest 2026-12-02 Wed; not entered"), "{explained}");
    for day in 1..=8 {
        let name = if day == 7 { "Orthodox Christmas" } else { "New Year holidays" };
        let line = format!("Skipped         2027-01-{day:02} ");
        let found = explained.lines().find(|l| l.contains(&line)).unwrap_or_else(|| panic!("{line}: {explained}"));
        assert!(found.ends_with(&format!("holiday: {name}")), "{found}");
    }
    assert!(explained.contains("Skipped         2027-01-10 Sun  weekend"), "{explained}");
    assert!(explained.contains("Last day        2027-01-11 Mon"), "{explained}");

    // The clerk's stamp says the claim was registered the day it arrived: the date is no longer an estimate.
    let stamped = run(&["sent", &id, "--date", "2026-12-01", "--registered-on", "2026-12-01"]);
    assert!(stamped.status.success(), "{}", stderr(&stamped));
    let status = stdout(&run(&["status", &id, "--explain"]));
    assert!(status.contains("Answer due                2027-01-11 Mon\n"), "{status}");
    assert!(status.contains("Registration    latest 2026-12-02 Wed; 2026-12-01 Tue as stated"), "{status}");
    assert!(status.contains("Term            30 day(s) from 2026-12-01 Tue to 2026-12-31 Thu"), "{status}");

    // A registration before the claim arrived is refused at its field, and the case keeps its record.
    let early = run(&["sent", &id, "--date", "2026-12-01", "--registered-on", "2026-11-30"]);
    assert!(!early.status.success());
    assert!(stderr(&early).contains("sent.registered_on"), "{}", stderr(&early));
    let shown = stdout(&run(&["show", &id, "--json"]));
    assert!(shown.contains("\"registered_on\": \"2026-12-01\""), "{shown}");
}

#[test]
fn the_calendar_file_has_one_event_per_deadline_and_the_same_uids_when_written_again() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    let sent = complaint(data.path(), &["sent", &id, "--date", "2026-11-20"]);
    assert!(sent.status.success(), "{}", stderr(&sent));
    let request = complaint(data.path(), &["sent", &id, "--kind", "data-request", "--date", "2026-11-20"]);
    assert!(request.status.success(), "{}", stderr(&request));
    let out = data.path().join("deadlines.ics");
    let written = complaint(data.path(), &["calendar", &id, "--lang", "ru", "--out", out.to_str().expect("utf-8")]);
    assert!(written.status.success(), "{}", stderr(&written));
    // Long lines are folded (RFC 5545, 3.1): a line break followed by a space continues the line.
    let text = std::fs::read_to_string(&out).expect("written").replace("\r\n ", "");
    let uids: Vec<&str> =
        text.lines().filter_map(|l| l.strip_prefix("UID:")).filter(|u| !u.starts_with("reminder.")).collect();
    assert_eq!(uids, [format!("{id}.data-request-answer@complaint-desk"), format!("{id}.claim-answer@complaint-desk")]);
    assert!(text.contains("DTSTART;VALUE=DATE:20261223"), "{text}");
    // Every case's file, printed, holds the same events.
    let all = stdout(&complaint(data.path(), &["calendar"]));
    assert_eq!(all.matches("BEGIN:VEVENT").count(), 2, "{all}");
}

#[test]
fn a_letter_in_another_language_than_the_company_s_is_made_with_a_warning() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    let out = data.path().join("claim-bg.pdf");
    let made = complaint(data.path(), &["letter", &id, "--lang", "bg", "--out", out.to_str().expect("utf-8")]);
    assert!(made.status.success(), "{}", stderr(&made));
    assert!(stdout(&made).contains("letter_language: warning: the letter is in Bulgarian"), "{}", stdout(&made));
    let own = complaint(data.path(), &["letter", &id, "--lang", "ru", "--out", out.to_str().expect("utf-8")]);
    assert!(!stdout(&own).contains("warning"), "{}", stdout(&own));
}

#[test]
fn a_wrong_answer_and_hand_in_are_taken_back_in_order_and_the_deadline_follows() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    assert!(complaint(data.path(), &["sent", &id, "--date", "2026-11-20"]).status.success());
    let answered = complaint(data.path(), &["answered", &id, "--date", "2026-11-21", "--outcomes", "satisfied"]);
    assert!(answered.status.success(), "{}", stderr(&answered));

    let refused = complaint(data.path(), &["unrecord", &id, "claim"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("remove the answer first"), "{}", stderr(&refused));

    let removed = complaint(data.path(), &["unrecord", &id, "answer"]);
    assert!(stdout(&removed).contains("the case is sent"), "{}", stderr(&removed));
    assert!(stdout(&complaint(data.path(), &["status", &id])).contains("2026-12-23"));
    let removed = complaint(data.path(), &["unrecord", &id, "claim"]);
    assert!(stdout(&removed).contains("the case is draft"), "{}", stderr(&removed));
    assert!(!stdout(&complaint(data.path(), &["status", &id])).contains("Answer due"));
    let again = complaint(data.path(), &["unrecord", &id, "claim"]);
    assert!(stderr(&again).contains("sent: the letter is not recorded as delivered"), "{}", stderr(&again));
}

#[test]
fn an_archived_case_leaves_the_list_and_comes_back_and_a_duplicate_starts_as_a_draft() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    assert!(complaint(data.path(), &["sent", &id, "--date", "2026-11-20"]).status.success());

    let archived = complaint(data.path(), &["archive", &id]);
    assert!(stdout(&archived).starts_with(&format!("{id}: archived as {id}\n")), "{}", stderr(&archived));
    assert!(stdout(&complaint(data.path(), &["list"])).starts_with("no cases in "));
    assert!(stdout(&complaint(data.path(), &["list", "--archived"])).contains(&id));
    let restored = complaint(data.path(), &["restore", &id]);
    assert!(stdout(&restored).starts_with(&format!("{id}: restored as {id}\n")), "{}", stderr(&restored));
    let listed = stdout(&complaint(data.path(), &["list"]));
    assert!(listed.contains(&id) && listed.contains("sent"), "{listed}");

    let duplicated = complaint(data.path(), &["duplicate", &id]);
    let first = stdout(&duplicated).lines().next().unwrap_or_default().to_owned();
    let copy = first.strip_prefix("created ").and_then(|l| l.split(" from ").next()).expect("the duplicate's id");
    let shown = stdout(&complaint(data.path(), &["show", copy, "--json"]));
    let case: serde_json::Value = serde_json::from_str(&shown).expect("json");
    assert_eq!((case["status"].as_str(), case["sent"].is_null()), (Some("draft"), true), "{shown}");
    let gone = complaint(data.path(), &["restore", &id]);
    assert!(stderr(&gone).contains("there is no case"), "{}", stderr(&gone));
}

/// Creates the example whose folder name contains `name`, with `extra` flags; returns its id.
#[test]
fn check_warns_of_a_passed_claim_window_and_a_foreign_letter_language_but_exits_0() {
    let data = tempfile::tempdir().expect("temp dir");
    // The debt notice of March 2016 is checked on the pinned day in November 2026, its letter asked in English.
    let id = create_example(data.path(), "mts-debt-notice", &["--lang", "en"]);
    let report = complaint(data.path(), &["check", &id]);
    assert_eq!(report.status.code(), Some(0), "warnings do not block the letter");
    let text = stdout(&report);
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains(": warning: ")).collect();
    assert_eq!(warnings.len(), 5, "the letter language and four events:\n{text}");
    assert_eq!(
        warnings[0],
        "letter_language: warning: the letter is in English; letters to companies of this jurisdiction (Russia) are written in Russian"
    );
    let window = warnings[1];
    assert!(
        window.starts_with("events[0].date: warning: the window for a claim about this event closed on 2016-09-14: ")
    );
    assert!(window.contains("within 6 months") && window.contains("126-ФЗ «О связи», ст. 55"), "{window}");
    assert!(text.ends_with(&format!("{id}: complete, no problems found, 5 warning(s)\n")), "{text}");

    // Handed in within the window, the events are not late; in Russian, the letter is in the company's language.
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    let text = stdout(&complaint(data.path(), &["check", &id]));
    assert_eq!(text.lines().filter(|l| l.contains(": warning: ")).count(), 4, "{text}");
    let mut case: serde_json::Value =
        serde_json::from_slice(&complaint(data.path(), &["show", &id, "--json"]).stdout).expect("json");
    case["sent"] = serde_json::json!({ "date": "2016-03-16", "method": "in_person" });
    let file = data.path().join("cases").join(&id).join("case.json");
    std::fs::write(&file, serde_json::to_vec(&case).expect("json")).expect("hand edit");
    let text = stdout(&complaint(data.path(), &["check", &id]));
    assert_eq!(text, format!("{id}: complete, no problems found\n"));
}

#[test]
fn a_hand_in_dated_before_the_claim_letter_or_after_today_is_refused_at_sent_date() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    let letter = complaint(data.path(), &["letter", &id]);
    assert!(letter.status.success(), "{}", stderr(&letter));

    for (date, expected) in [
        ("2026-11-20", "sent.date: the claim cannot have been handed in before its letter of 2026-11-21"),
        ("2026-11-22", "sent.date: the date is in the future"),
    ] {
        let refused = complaint(data.path(), &["sent", &id, "--date", date]);
        assert_eq!(refused.status.code(), Some(2), "{date}");
        assert_eq!(stderr(&refused), format!("complaint: {expected}\n"), "{date}");
    }
    let shown = stdout(&complaint(data.path(), &["show", &id, "--json"]));
    assert!(shown.contains("\"sent\": null"), "nothing was recorded: {shown}");

    let sent = complaint(data.path(), &["sent", &id, "--date", "2026-11-21"]);
    assert!(sent.status.success(), "the day the letter was made: {}", stderr(&sent));

    // A date edited by hand to before the letter is a problem of the check, at the same field.
    let file = data.path().join("cases").join(&id).join("case.json");
    let mut case: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
    case["sent"]["date"] = "2026-11-19".into();
    std::fs::write(&file, serde_json::to_vec(&case).expect("json")).expect("hand edit");
    let report = complaint(data.path(), &["check", &id]);
    assert_eq!(report.status.code(), Some(1), "{}", stdout(&report));
    assert!(
        stdout(&report).lines().any(|l| l == "sent.date: is before the date of the claim letter"),
        "{}",
        stdout(&report)
    );
}

#[test]
fn files_attached_from_the_command_line_verify_until_one_is_changed_after_it_was_added() {
    let data = tempfile::tempdir().expect("temp dir");
    let id = create_example(data.path(), "mts-debt-notice", &[]);
    let scans = tempfile::tempdir().expect("scans");
    let notice = scans.path().join("уведомление.jpg");
    let envelope = scans.path().join("конверт.pdf");
    std::fs::write(&notice, b"jpeg").expect("scan");
    std::fs::write(&envelope, b"%PDF-1.4").expect("scan");
    let (notice_arg, envelope_arg) = (notice.to_str().expect("utf-8"), envelope.to_str().expect("utf-8"));

    let attached = complaint(data.path(), &["attach", &id, "--item", "1", notice_arg, envelope_arg]);
    assert!(attached.status.success(), "{}", stderr(&attached));
    let text = stdout(&attached);
    assert!(text.starts_with("уведомление.jpg: attached to item 1 as "), "{text}");
    assert!(text.contains("\nконверт.pdf: attached to item 1 as "), "{text}");
    let shown: serde_json::Value =
        serde_json::from_str(&stdout(&complaint(data.path(), &["show", &id, "--json"]))).expect("json");
    assert_eq!(shown["evidence"][0]["status"], "have");
    assert_eq!(shown["evidence"][0]["files"].as_array().map(Vec::len), Some(2));

    let missing = scans.path().join("gone.png");
    let refused = complaint(data.path(), &["attach", &id, "--item", "2", missing.to_str().expect("utf-8"), notice_arg]);
    assert_eq!(refused.status.code(), Some(2), "one of the files could not be attached");
    assert!(stdout(&refused).starts_with("gone.png: not attached: "), "{}", stdout(&refused));
    assert!(stdout(&refused).contains("уведомление.jpg: attached to item 2"), "the other one was");
    let no_item = complaint(data.path(), &["attach", &id, "--item", "0", notice_arg]);
    assert_eq!(no_item.status.code(), Some(2), "items are numbered from 1");

    let letter = complaint(data.path(), &["letter", &id]);
    assert!(letter.status.success(), "{}", stderr(&letter));
    let clean = complaint(data.path(), &["verify", &id]);
    assert!(clean.status.success(), "{}", stdout(&clean));
    assert!(stdout(&clean).ends_with(&format!("{id}: 4 file(s), none changed or missing\n")), "{}", stdout(&clean));

    // One byte of a stored copy changed, and a letter gone: both named, exit 1.
    let case_dir = data.path().join("cases").join(&id);
    let copy = std::fs::read_dir(case_dir.join("evidence"))
        .expect("evidence")
        .flatten()
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|ext| ext == "pdf"))
        .expect("the envelope's copy");
    std::fs::write(&copy, b"%PDF-1.5").expect("tamper");
    let letter_file = stdout(&letter).lines().next().expect("the letter's path").to_owned();
    std::fs::remove_file(&letter_file).expect("remove the letter");
    let report = complaint(data.path(), &["verify", &id]);
    assert_eq!(report.status.code(), Some(1), "{}", stdout(&report));
    let text = stdout(&report);
    assert!(text.contains("evidence 1 (") && text.contains("): конверт.pdf: CHANGED since it was added"), "{text}");
    assert!(text.contains("): уведомление.jpg: intact"), "{text}");
    assert!(
        text.contains(&format!("letter {}: MISSING", letter_file.rsplit('/').next().unwrap_or_default())),
        "{text}"
    );
    assert!(text.ends_with(&format!("{id}: 2 of 4 file(s) changed or missing\n")), "{text}");
}
