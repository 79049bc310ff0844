//! The store against a model: random sequences of changes from two windows and the case page.
//!
//! Each window holds its own copy of the case, as the wizard does, and saves it with the revision it
//! loaded; the case page records submissions straight into the file. The model says which saves must be
//! refused as conflicts and what the file must hold after each step: no sequence loses a change.

use complaint_core::desk::Desk;
use complaint_core::models::{IncidentType, Jurisdiction, Language, Submission, SubmissionKind};
use complaint_core::world::FixedClock;
use complaint_core::{Case, StoreError};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Step {
    /// Window `0` or `1` types a new title and its autosave runs.
    Edit(usize, String),
    /// Window `0` or `1` reloads the case from disk.
    Reload(usize),
    /// The case page marks the claim as handed in.
    Sent,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        3 => (0..2usize, "[а-я ]{1,12}").prop_map(|(w, t)| Step::Edit(w, t)),
        2 => (0..2usize).prop_map(Step::Reload),
        1 => Just(Step::Sent),
    ]
}

/// What the file must hold.
#[derive(Debug, Clone, PartialEq)]
struct Expected {
    revision: u64,
    title: String,
    registration: Option<String>,
}

fn expected(case: &Case) -> Expected {
    Expected {
        revision: case.revision,
        title: case.title.clone(),
        registration: case.sent.as_ref().map(|s| s.registration_number.clone()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn no_sequence_of_saves_from_two_windows_loses_a_change(steps in prop::collection::vec(step(), 1..12)) {
        let data = tempfile::tempdir().expect("temp dir");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
        let desk = Desk::open(data.path(), FixedClock(today)).expect("desk");
        let mut draft = Case::new(IncidentType::BrokenPromise, Jurisdiction::Bg, Language::Bg);
        draft.company.legal_name = "„Мобилтел“ ЕАД".into();
        let id = desk.create_case(&draft).expect("create").id;

        let mut model = expected(&desk.load_case(&id).expect("load"));
        let mut windows = [desk.load_case(&id).expect("load"), desk.load_case(&id).expect("load")];
        for (n, step) in steps.into_iter().enumerate() {
            match step {
                Step::Edit(w, title) => {
                    // A window is fresh when nothing changed the file since it loaded or saved; it then differs
                    // from the file by its title alone.
                    let fresh = windows[w].revision == model.revision;
                    windows[w].title = title.clone();
                    match desk.save_case(&id, &windows[w]) {
                        Ok(saved) => {
                            prop_assert!(fresh, "a save from revision {} went over {}", windows[w].revision, model.revision);
                            if title != model.title {
                                model.revision += 1;
                            }
                            model.title = title;
                            prop_assert_eq!(saved.revision, model.revision);
                            windows[w] = saved;
                        }
                        Err(StoreError::Conflict { stored, base, .. }) => {
                            prop_assert!(!fresh, "a save from the current revision was refused");
                            prop_assert_eq!((stored, base), (model.revision, windows[w].revision));
                        }
                        Err(e) => prop_assert!(false, "save failed: {e}"),
                    }
                }
                Step::Reload(w) => windows[w] = desk.load_case(&id).expect("load"),
                Step::Sent => {
                    let registration = format!("ВХ-{n}");
                    let submission = Submission {
                        date: "2026-11-20".into(),
                        registration_number: registration.clone(),
                        ..Submission::default()
                    };
                    desk.record_submission(&id, SubmissionKind::Claim, submission).expect("sent");
                    model.revision += 1;
                    model.registration = Some(registration);
                }
            }
            prop_assert_eq!(&expected(&desk.load_case(&id).expect("load")), &model);
        }
    }
}
