//! The desktop shell: opens the data directory, registers the commands, shows the window.

mod commands;
mod error;

use std::path::PathBuf;

use complaint_core::world::data_dir;
use complaint_core::{Desk, SystemClock};
use tauri::{Builder, Runtime};

pub use error::IpcError;

/// Adds the core, the plugins and every command to a builder; the app and the test host share this.
///
/// The dialog plugin gives the interface native open and save dialogs (paths only: there is no file-system
/// plugin); the opener plugin is used from Rust alone, to hand letters to the system's PDF viewer.
pub fn with_desk<R: Runtime>(builder: Builder<R>, desk: Desk) -> Builder<R> {
    builder.plugin(tauri_plugin_opener::init()).plugin(tauri_plugin_dialog::init()).manage(desk).invoke_handler(
        tauri::generate_handler![
            commands::list_cases,
            commands::load_case,
            commands::save_case,
            commands::create_case,
            commands::check_case,
            commands::case_status,
            commands::record_submission,
            commands::record_answer,
            commands::suggestions,
            commands::known_companies,
            commands::load_profile,
            commands::save_profile,
            commands::attach_evidence,
            commands::preview_letter,
            commands::issue_letter,
            commands::open_letter,
            commands::save_letter_copy,
        ],
    )
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

/// Starts the app; exits with a message when the data directory cannot be opened.
pub fn run() {
    let Some(dir) = data_dir(data_dir_flag(std::env::args().skip(1))) else {
        eprintln!("complaint-desk: no home folder to keep cases in; pass --data-dir or set COMPLAINT_DESK_HOME");
        std::process::exit(2);
    };
    let desk = match Desk::open(&dir, SystemClock) {
        Ok(desk) => desk,
        Err(e) => {
            eprintln!("complaint-desk: {e}");
            std::process::exit(2);
        }
    };
    let app = with_desk(Builder::default(), desk).run(tauri::generate_context!());
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
