//! Arbitrary bytes as a `case.json`: the loader must refuse what it cannot read, never panic.
//!
//! A case that loads also goes through what the app does with it right away: the case list's deadline,
//! the status report and the validation of the wizard.

#![no_main]

use chrono::NaiveDate;
use complaint_core::models::Language;
use complaint_core::{status, store, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(case) = store::parse_case(bytes) else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).expect("a valid date");
    for lang in [Language::Ru, Language::Bg, Language::En] {
        let _ = status::report(&case, today, lang);
    }
    let _ = validate(&case, today);
});
