//! One window per data folder: a second start finds the first by its lock, asks it to come forward
//! through a socket in the data folder, and exits, so two windows never edit the same cases.
//!
//! This needs no session bus (it works under a bare X server too) and is scoped to the data folder, so
//! a portable copy on a USB stick is a separate instance from the one in the home folder.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const LOCK_FILE: &str = ".app.lock";
const SOCKET_FILE: &str = ".app.socket";
const FOCUS: &[u8] = b"focus\n";

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
pub fn start(data_dir: &Path) -> std::io::Result<Start> {
    std::fs::create_dir_all(data_dir)?;
    let lock = OpenOptions::new().write(true).create(true).truncate(false).open(data_dir.join(LOCK_FILE))?;
    let socket = data_dir.join(SOCKET_FILE);
    if lock.try_lock().is_err() {
        ask_to_focus(&socket);
        return Ok(Start::AlreadyRunning);
    }
    // A socket file left by an app that died answers nobody; it is replaced.
    let _ = std::fs::remove_file(&socket);
    // A data folder path too long for a socket only loses the bringing forward, not the single instance.
    let listener = UnixListener::bind(&socket).ok();
    Ok(Start::First(Instance { _lock: lock, listener }))
}

impl Instance {
    /// Calls `focus` each time a later start asks for the window, on a thread of its own.
    pub fn on_focus_request(self, focus: impl Fn() + Send + 'static) -> Instance {
        if let Some(listener) = self.listener.as_ref().and_then(|l| l.try_clone().ok()) {
            std::thread::spawn(move || {
                for stream in listener.incoming().flatten() {
                    let mut request = [0; FOCUS.len()];
                    let mut stream = stream;
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
                    if stream.read_exact(&mut request).is_ok() && request == FOCUS {
                        focus();
                    }
                }
            });
        }
        self
    }
}

/// Tells the running app to show its window; it may still be starting, so this tries for a moment.
fn ask_to_focus(socket: &PathBuf) {
    let until = Instant::now() + Duration::from_secs(2);
    while Instant::now() < until {
        if let Ok(mut stream) = UnixStream::connect(socket) {
            let _ = stream.write_all(FOCUS);
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
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
        let _first = first.on_focus_request(move || asked.send(()).expect("send"));

        assert!(matches!(start(data.path()).expect("second start"), Start::AlreadyRunning));
        focused.recv_timeout(Duration::from_secs(2)).expect("the first window was asked to come forward");

        let other = tempfile::tempdir().expect("another data dir");
        assert!(matches!(start(other.path()).expect("start"), Start::First(_)), "another folder is another app");
    }
}
