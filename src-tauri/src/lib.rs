//! The desktop shell: opens the data directory, registers the commands, shows the window.

mod commands;
mod error;
pub mod files;
mod single_instance;

use std::path::PathBuf;
use std::sync::Arc;

use complaint_core::world::data_dir;
use complaint_core::{Desk, SystemClock};
use tauri::{Builder, DragDropEvent, Emitter, Manager, Runtime, WebviewEvent};

use files::{DROP_EVENT, Dialogs, DroppedFiles, Picker, SharedPicker};
use single_instance::Start;

/// Adds the core, the plugins and every command to a builder; the app and the test host share this.
///
/// `picker` opens the dialogs the commands need (the system's own in the app, a scripted one in tests).
/// The opener and dialog plugins are used from Rust alone: the webview is granted neither.
pub fn with_desk<R: Runtime>(builder: Builder<R>, desk: Desk, picker: impl Picker<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .manage(Arc::new(desk))
        .manage(Box::new(picker) as SharedPicker<R>)
        .manage(DroppedFiles::default())
        .on_webview_event(|webview, event| {
            if let WebviewEvent::DragDrop(DragDropEvent::Drop { paths, position }) = event {
                let notice = webview.state::<DroppedFiles>().keep(paths.clone(), position.x, position.y);
                let _ = webview.emit_to(webview.label(), DROP_EVENT, notice);
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::list_cases,
            commands::archive_case,
            commands::restore_case,
            commands::delete_case,
            commands::duplicate_case,
            commands::open_case_folder,
            commands::verify_case,
            commands::show_letter,
            commands::load_case,
            commands::save_case,
            commands::new_case,
            commands::create_case,
            commands::check_case,
            commands::case_status,
            commands::letter_options,
            commands::letter_titles,
            commands::regulator_forms,
            commands::open_form,
            commands::jurisdictions,
            commands::case_list_drawn,
            commands::record_submission,
            commands::record_delivery_date,
            commands::record_answer,
            commands::remove_record,
            commands::suggestions,
            commands::known_companies,
            commands::load_profile,
            commands::save_profile,
            commands::attach_evidence,
            commands::attach_dropped,
            commands::open_evidence,
            commands::remove_evidence_file,
            commands::letter_pages,
            commands::issue_letter,
            commands::open_letter,
            commands::save_letter_copy,
            commands::export_case,
            commands::settings,
            commands::save_settings,
            commands::save_calendar,
        ])
}

/// `--data-dir DIR` or `--data-dir=DIR` from the command line, as the CLI accepts it.
fn data_dir_flag(args: impl IntoIterator<Item = String>) -> Option<PathBuf> {
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        if arg == "--data-dir" {
            return args.next().map(PathBuf::from);
        }
        if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return Some(PathBuf::from(dir));
        }
    }
    None
}

/// Starts the app; exits with a message when the data directory cannot be opened, and hands over to the
/// window already open on the same data directory.
pub fn run() {
    let Some(dir) = data_dir(data_dir_flag(std::env::args().skip(1))) else {
        eprintln!("complaint-desk: no home folder to keep cases in; pass --data-dir or set COMPLAINT_DESK_HOME");
        std::process::exit(2);
    };
    let instance = match single_instance::start(&dir) {
        Ok(Start::First(instance)) => instance,
        Ok(Start::AlreadyRunning) => {
            eprintln!("complaint-desk: already open for {}; its window was brought forward", dir.display());
            return;
        }
        Err(e) => {
            eprintln!("complaint-desk: {}: {e}", dir.display());
            std::process::exit(2);
        }
    };
    let desk = match Desk::open(&dir, SystemClock) {
        Ok(desk) => desk,
        Err(e) => {
            eprintln!("complaint-desk: {e}");
            std::process::exit(2);
        }
    };
    let app = with_desk(Builder::default(), desk, Dialogs)
        .setup(move |app| {
            let handle = app.handle().clone();
            // Held until the app ends: the lock is what a second start finds.
            app.manage(instance.on_focus_request(move || {
                let Some(window) = handle.get_webview_window("main") else { return false };
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
                true
            }));
            // What a process that died left half done is finished before the person needs it.
            let desk = Arc::clone(&app.state::<Arc<Desk>>());
            std::thread::spawn(move || {
                if let Ok(failed) = desk.tidy() {
                    for (id, e) in failed {
                        eprintln!("complaint-desk: case {id} could not be tidied: {e}");
                    }
                }
            });
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(e) = app {
        eprintln!("complaint-desk: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::data_dir_flag;
    use std::path::PathBuf;

    #[test]
    fn the_data_dir_flag_takes_both_spellings() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(data_dir_flag(args(&["--data-dir", "/d"])), Some(PathBuf::from("/d")));
        assert_eq!(data_dir_flag(args(&["--data-dir=/e"])), Some(PathBuf::from("/e")));
        assert_eq!(data_dir_flag(args(&["--other"])), None);
    }
}
