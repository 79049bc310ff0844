//! One window per data folder: a second start finds the first by its lock, asks it to come forward
//! through a socket in the data folder, and exits, so two windows never edit the same cases.
//!
//! This needs no session bus (it works under a bare X server too) and is scoped to the data folder, so
//! a portable copy on a USB stick is a separate instance from the one in the home folder.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::time::{Duration, Instant};

const LOCK_FILE: &str = ".app.lock";
const SOCKET_FILE: &str = ".app.socket";
const FOCUS: &[u8] = b"focus\n";
/// The running app's answer: its window is in front.
const SHOWN: &[u8] = b"shown\n";
/// The running app's answer: it has no window any more (it is closing).
const GONE: &[u8] = b"gone\n";
/// How long a start waits for an app that is closing to let go of the data folder.
const PATIENCE: Duration = Duration::from_secs(5);

/// Held by the running app for as long as it runs.
pub struct Instance {
    _lock: File,
    listener: Option<UnixListener>,
}

/// What starting found.
pub enum Start {
    /// This process is the app for the data folder.
    First(Instance),
    /// Another process is; it was asked to show its window.
    AlreadyRunning,
}

/// Takes the data folder's app lock, or hands over to the process holding it.
///
/// An app that is still closing (its window gone, its lock not yet released) answers that it has no window;
/// the start then waits for the lock, so reopening right after closing opens a window.
pub fn start(data_dir: &Path) -> std::io::Result<Start> {
    std::fs::create_dir_all(data_dir)?;
    let lock = OpenOptions::new().write(true).create(true).truncate(false).open(data_dir.join(LOCK_FILE))?;
    let socket = data_dir.join(SOCKET_FILE);
    let until = Instant::now() + PATIENCE;
    while lock.try_lock().is_err() {
        if ask_to_focus(&socket) {
            return Ok(Start::AlreadyRunning);
        }
        if Instant::now() > until {
            return Err(std::io::Error::other("another Complaint Desk holds this data folder and does not answer"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // A socket file left by an app that died answers nobody; it is replaced.
    let _ = std::fs::remove_file(&socket);
    // A data folder path too long for a socket only loses the bringing forward, not the single instance.
    let listener = UnixListener::bind(&socket).ok();
    Ok(Start::First(Instance { _lock: lock, listener }))
}

impl Instance {
    /// Calls `focus` each time a later start asks for the window, on a thread of its own; `focus` says
    /// whether there was a window to bring forward.
    pub fn on_focus_request(self, focus: impl Fn() -> bool + Send + 'static) -> Instance {
        if let Some(listener) = self.listener.as_ref().and_then(|l| l.try_clone().ok()) {
            std::thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    let mut request = [0; FOCUS.len()];
                    let mut stream = stream;
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
                    if stream.read_exact(&mut request).is_ok() && request == FOCUS {
                        let _ = stream.write_all(if focus() { SHOWN } else { GONE });
                    }
                }
            });
        }
        self
    }
}

/// Asks the running app to show its window; whether it did. An app still starting (no socket yet) or
/// closing (no window) says no, and the caller tries again.
fn ask_to_focus(socket: &Path) -> bool {
    let Ok(mut stream) = UnixStream::connect(socket) else { return false };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let mut answer = [0; SHOWN.len()];
    stream.write_all(FOCUS).is_ok() && stream.read_exact(&mut answer).is_ok() && answer == SHOWN
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    #[test]
    fn a_second_start_on_one_data_folder_brings_the_first_forward() {
        let data = tempfile::tempdir().expect("data dir");
        let Start::First(first) = start(data.path()).expect("first start") else { panic!("nothing was running") };
        let (asked, focused) = mpsc::channel();
        let first = first.on_focus_request(move || asked.send(()).is_ok());

        assert!(matches!(start(data.path()).expect("second start"), Start::AlreadyRunning));
        focused.recv_timeout(Duration::from_secs(2)).expect("the first window was asked to come forward");
        drop(first);

        let other = tempfile::tempdir().expect("another data dir");
        assert!(matches!(start(other.path()).expect("start"), Start::First(_)), "another folder is another app");
    }

    #[test]
    fn a_start_while_the_app_is_closing_waits_for_it_and_opens_a_window() {
        let data = tempfile::tempdir().expect("data dir");
        let Start::First(closing) = start(data.path()).expect("first start") else { panic!("nothing was running") };
        // Its window is gone; it lets go of the folder a moment later.
        let closing = closing.on_focus_request(|| false);
        let released = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            drop(closing);
        });
        assert!(
            matches!(start(data.path()).expect("start"), Start::First(_)),
            "the new start handed over to a closing app"
        );
        released.join().expect("thread");
    }
}
