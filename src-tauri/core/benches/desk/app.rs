//! The desktop app as a customer starts it: time to the first paint of the case list under a virtual display,
//! the memory of its processes once idle, and the size of what is installed.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::table::{Row, median_ms, size};

/// Starts timed; the app is closed after each.
const STARTS: usize = 7;
/// How long the app sits idle before its memory is read.
const IDLE: Duration = Duration::from_secs(5);
/// How long a start may take before it counts as failed.
const START_TIMEOUT: Duration = Duration::from_secs(60);
/// The line the app writes when its first case list is painted (see the `case_list_drawn` command).
const DRAWN: &str = "complaint-desk: case list drawn";

/// The rows of the app; `data` holds the example cases the list shows. The release build and the package
/// come from `make bench` (`COMPLAINT_BENCH_APP`, `COMPLAINT_BENCH_PACKAGE`).
pub fn measure(data: &Path, rows: &mut Vec<Row>) {
    let Some(app) = std::env::var_os("COMPLAINT_BENCH_APP").map(PathBuf::from).filter(|p| p.is_file()) else {
        rows.push(Row::new("app", "the desktop app", "not built: `make bench` builds it in release"));
        return;
    };
    let binary = std::fs::metadata(&app).map_or(0, |m| m.len());
    rows.push(Row::new("app", "release binary", size(binary)).judged("≤ 15 MB", binary <= 15_000_000));
    match std::env::var_os("COMPLAINT_BENCH_PACKAGE").map(PathBuf::from).filter(|p| p.is_file()) {
        Some(deb) => {
            let bytes = std::fs::metadata(&deb).map_or(0, |m| m.len());
            let name = deb.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            rows.push(Row::new("app", format!("Debian package ({name})"), size(bytes)));
        }
        None => rows.push(Row::new("app", "Debian package", "not built: `make bundle` builds it")),
    }
    match Display::start() {
        Ok(display) => starts(&app, data, &display, rows),
        Err(e) => rows.push(Row::new("app", "cold start", format!("no virtual display: {e}"))),
    }
}

fn starts(app: &Path, data: &Path, display: &Display, rows: &mut Vec<Row>) {
    let web_data = data.join("webview");
    let mut samples = Vec::new();
    let mut memory = None;
    for run in 0..STARTS {
        let mut child = match Command::new(app)
            .arg("--data-dir")
            .arg(data)
            .env("DISPLAY", &display.name)
            .env("COMPLAINT_DESK_STARTUP_MARK", "1")
            .env("XDG_DATA_HOME", &web_data)
            .env("GSETTINGS_BACKEND", "memory")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
        {
            Ok(child) => child,
            Err(e) => return rows.push(Row::new("app", "cold start", format!("the app did not start: {e}"))),
        };
        let started = Instant::now();
        let drawn = wait_for_mark(&mut child);
        let elapsed = started.elapsed();
        if drawn {
            samples.push(elapsed);
            if run == STARTS - 1 {
                std::thread::sleep(IDLE);
                memory = Some(tree_memory(child.id()));
            }
        }
        close(child);
        if !drawn {
            return rows.push(Row::new("app", "cold start", "the case list was not drawn within a minute"));
        }
    }
    let first = samples.first().map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0);
    let start = median_ms(samples);
    rows.push(
        Row::new(
            "app",
            format!("start to first paint of the case list (6 cases), under Xvfb, {STARTS} starts"),
            format!("{start:.0} ms (first start {first:.0} ms)"),
        )
        .judged("≤ 0.5 s", start <= 500.0),
    );
    if let Some((rss, pss, processes)) = memory {
        rows.push(
            Row::new(
                "app",
                format!("resident memory of its {processes} processes after {} s idle", IDLE.as_secs()),
                format!("{} resident ({} proportional, shared pages split)", size(rss), size(pss)),
            )
            .judged("≤ 200 MB", rss <= 200_000_000),
        );
    }
}

/// Reads the app's standard error until the first-paint line; `false` when it ends or times out first.
fn wait_for_mark(child: &mut Child) -> bool {
    let Some(stderr) = child.stderr.take() else { return false };
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let mut lines = BufReader::new(stderr).lines();
        let found = lines.by_ref().map_while(Result::ok).any(|line| line.contains(DRAWN));
        let _ = sender.send(found);
        // Keep reading so the app never blocks on a full pipe.
        lines.for_each(drop);
    });
    receiver.recv_timeout(START_TIMEOUT).unwrap_or(false)
}

/// Ends the app and waits until its web processes are gone too, so the next start finds the data folder free.
fn close(mut child: Child) {
    let tree = descendants(child.id());
    let _ = Command::new("kill").arg("-TERM").arg(child.id().to_string()).status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline && child.try_wait().ok().flatten().is_none() {
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    for pid in tree {
        let _ = Command::new("kill").arg("-KILL").arg(pid.to_string()).status();
    }
}

/// The processes started by `root`, at any depth.
fn descendants(root: u32) -> Vec<u32> {
    let mut children: HashMap<u32, Vec<u32>> = HashMap::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        // The parent is the second field after the command name, which is in parentheses and may hold spaces.
        let parent = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        if let Some(parent) = parent {
            children.entry(parent).or_default().push(pid);
        }
    }
    let mut found = Vec::new();
    let mut queue = vec![root];
    while let Some(pid) = queue.pop() {
        for &child in children.get(&pid).into_iter().flatten() {
            found.push(child);
            queue.push(child);
        }
    }
    found
}

/// Resident and proportional bytes of `root` and its descendants, and how many processes that is.
fn tree_memory(root: u32) -> (u64, u64, usize) {
    let mut pids = descendants(root);
    pids.push(root);
    let field = |pid: u32, file: &str, name: &str| -> u64 {
        let text = std::fs::read_to_string(format!("/proc/{pid}/{file}")).unwrap_or_default();
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    let rss = pids.iter().map(|&p| field(p, "status", "VmRSS:")).sum();
    let pss = pids.iter().map(|&p| field(p, "smaps_rollup", "Pss:")).sum();
    (rss, pss, pids.len())
}

/// A virtual X display of its own, stopped when dropped.
struct Display {
    server: Child,
    name: String,
}

impl Display {
    fn start() -> Result<Display, String> {
        let mut server = Command::new("Xvfb")
            .args(["-displayfd", "1", "-screen", "0", "1100x760x24", "-nolisten", "tcp"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Xvfb: {e}"))?;
        let mut number = String::new();
        let mut stdout = server.stdout.take().ok_or("Xvfb gave no output")?;
        let mut byte = [0u8; 1];
        while stdout.read(&mut byte).map_err(|e| e.to_string())? == 1 && byte[0] != b'\n' {
            number.push(char::from(byte[0]));
        }
        if number.trim().is_empty() {
            let _ = server.kill();
            return Err("Xvfb named no display".into());
        }
        Ok(Display { server, name: format!(":{}", number.trim()) })
    }
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}
