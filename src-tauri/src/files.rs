//! Where the files the app reads or writes outside a case come from: only from the person, never from the
//! webview. Dialogs are opened here, on the Rust side; dropped files are taken from the window's own drop
//! event and handed to the interface as a number it can give back, never as paths.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

/// The native dialogs the commands open; tests put a scripted one in their place.
pub trait Picker<R: Runtime>: Send + Sync + 'static {
    /// The files the person chose to attach; empty when the dialog was cancelled.
    fn files_to_attach(&self, app: &AppHandle<R>, title: &str) -> Vec<PathBuf>;
    /// Where the person chose to save `file_name`, offered with the `kind` of file it is; `None` when cancelled.
    fn save_destination(&self, app: &AppHandle<R>, title: &str, file_name: &str, kind: FileKind) -> Option<PathBuf>;
}

/// The system's own open and save dialogs.
pub struct Dialogs;

impl<R: Runtime> Picker<R> for Dialogs {
    fn files_to_attach(&self, app: &AppHandle<R>, title: &str) -> Vec<PathBuf> {
        let picked = in_documents(app.dialog().file().set_title(title)).blocking_pick_files().unwrap_or_default();
        picked.into_iter().filter_map(|path| path.into_path().ok()).collect()
    }

    fn save_destination(&self, app: &AppHandle<R>, title: &str, file_name: &str, kind: FileKind) -> Option<PathBuf> {
        let (name, extension) = match kind {
            FileKind::Pdf => ("PDF", "pdf"),
            FileKind::Calendar => ("iCalendar", "ics"),
            FileKind::Zip => ("ZIP", "zip"),
        };
        let dialog = app.dialog().file().set_title(title).set_file_name(file_name).add_filter(name, &[extension]);
        in_documents(dialog).blocking_save_file().and_then(|path| path.into_path().ok())
    }
}

/// A dialog that opens in the user's documents folder rather than the folder the app was started from.
fn in_documents<R: Runtime>(dialog: FileDialogBuilder<R>) -> FileDialogBuilder<R> {
    match complaint_core::world::documents_dir() {
        Some(folder) => dialog.set_directory(folder),
        None => dialog,
    }
}

/// The kinds of file the app saves where the person chooses, each offered with its own filter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A letter.
    Pdf,
    /// The deadlines, for a calendar application.
    Calendar,
    /// A case as a zipped bag.
    Zip,
}

/// The picker the commands use, as managed state.
pub type SharedPicker<R> = Box<dyn Picker<R>>;

/// Files dropped on the window, kept until the interface says which evidence item they belong to.
#[derive(Default)]
pub struct DroppedFiles {
    next: AtomicU64,
    drops: Mutex<HashMap<u64, Vec<PathBuf>>>,
}

/// What the interface learns of a drop: its number, the files' names and where the cursor was.
#[derive(Debug, Clone, Serialize)]
pub struct DropNotice {
    /// The number to pass to `attach_dropped`.
    pub drop: u64,
    /// The dropped files' names, for showing progress.
    pub names: Vec<String>,
    /// Cursor position in physical pixels of the window.
    pub x: f64,
    /// Cursor position in physical pixels of the window.
    pub y: f64,
}

/// The event the window receives for each drop.
pub const DROP_EVENT: &str = "evidence-dropped";

impl DroppedFiles {
    /// Keeps the paths of one drop and returns what the interface may see of it.
    pub fn keep(&self, paths: Vec<PathBuf>, x: f64, y: f64) -> DropNotice {
        let drop = self.next.fetch_add(1, Ordering::Relaxed) + 1;
        let names = paths.iter().map(|p| p.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect();
        self.drops.lock().unwrap_or_else(|e| e.into_inner()).insert(drop, paths);
        DropNotice { drop, names, x, y }
    }

    /// The paths of drop `drop`, once: a drop is attached a single time.
    pub fn take(&self, drop: u64) -> Option<Vec<PathBuf>> {
        self.drops.lock().unwrap_or_else(|e| e.into_inner()).remove(&drop)
    }
}
