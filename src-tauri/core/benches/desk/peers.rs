//! What a customer could use instead, on the same letter: typst, LibreOffice and Chromium, each timed from
//! starting the program to its PDF written, in the same run as ours. `make bench-peers` installs them; one that
//! is missing gets a row saying so.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::letters::Measured;
use crate::peer_documents;
use crate::table::{Row, median_ms, output_of};

/// Timed runs of each peer per case, after one untimed run that fills its caches (fonts, profile).
const PEER_RUNS: usize = 7;

/// The typst package on PyPI, driven as a script would drive it.
const TYPST_SCRIPT: &str =
    "import sys, typst\ntypst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]])";

/// A program that makes a PDF from a document of its own kind.
struct Peer {
    /// Its name and version, for the table.
    name: String,
    /// The document it reads, by extension.
    input: &'static str,
    /// How much slower than ours it should be, at least.
    slower_at_least: Option<f64>,
    /// The command for one input and output.
    command: PeerCommand,
}

/// Where the peers installed by `make bench-peers` are kept, outside the repository.
fn peers_dir() -> PathBuf {
    std::env::var_os("COMPLAINT_BENCH_PEERS").map(PathBuf::from).unwrap_or_else(|| {
        PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/complaint-desk/peers")
    })
}

/// The font folder of our letters, the same files every peer is given.
fn our_fonts() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates/fonts")
}

/// The command that turns one input into one output PDF.
type PeerCommand = Box<dyn Fn(&Path, &Path) -> Command>;

/// The peers found on this machine, and a row for each one that is not.
fn find(work: &Path, rows: &mut Vec<Row>) -> Vec<Peer> {
    // The fonts the system's font lookup finds for LibreOffice and Chromium: ours, in a private data folder.
    let data_home = work.join("share");
    let found = [
        ("typst (PyPI package)", typst_python()),
        ("typst-cli (crates.io)", typst_cli()),
        ("LibreOffice (Debian package)", libreoffice(work.join("libreoffice-profile"), data_home.clone())),
        ("Chromium (Debian package)", chromium(work.join("chromium-profile"), data_home)),
    ];
    let mut peers = Vec::new();
    for (name, peer) in found {
        match peer {
            Some(peer) => peers.push(peer),
            None => rows.push(Row::new("peers", name, "not installed: run `make bench-peers`")),
        }
    }
    peers
}

/// The Python that `make bench-peers` gave the typst package, or the system's when that one has it.
fn typst_python() -> Option<Peer> {
    let (python, version) =
        [peers_dir().join("python/bin/python3"), PathBuf::from("python3")].into_iter().find_map(|python| {
            let version = output_of(&python.to_string_lossy(), &["-c", "import typst; print(typst.__version__)"])?;
            Some((python, version))
        })?;
    let fonts = our_fonts();
    let command: PeerCommand = Box::new(move |input, output| {
        let mut c = Command::new(&python);
        c.args(["-c", TYPST_SCRIPT]).arg(input).arg(output).arg(&fonts);
        c
    });
    Some(Peer {
        name: format!("typst {version} (PyPI package, from Python)"),
        input: "typ",
        slower_at_least: Some(8.0),
        command,
    })
}

fn typst_cli() -> Option<Peer> {
    let (binary, version) = [peers_dir().join("bin/typst"), PathBuf::from("typst")].into_iter().find_map(|binary| {
        let version = output_of(&binary.to_string_lossy(), &["--version"])?;
        Some((binary, version))
    })?;
    let fonts = our_fonts();
    let command: PeerCommand = Box::new(move |input, output| {
        let mut c = Command::new(&binary);
        c.args(["compile", "--ignore-system-fonts", "--font-path"]).arg(&fonts).arg(input).arg(output);
        c
    });
    Some(Peer {
        // "typst 0.15.1 (unknown commit)": the name and the version.
        name: version.split(' ').take(2).collect::<Vec<_>>().join(" ") + " (typst-cli from crates.io)",
        input: "typ",
        slower_at_least: Some(8.0),
        command,
    })
}

fn libreoffice(profile: PathBuf, data_home: PathBuf) -> Option<Peer> {
    let version = output_of("soffice", &["--version"])?;
    let command: PeerCommand = Box::new(move |input, output| {
        let mut c = Command::new("soffice");
        c.args(["--headless", "--norestore", "--nolockcheck"])
            .arg(format!("-env:UserInstallation=file://{}", profile.display()))
            .args(["--convert-to", "pdf", "--outdir"])
            .arg(output.parent().expect("an output folder"))
            .arg(input)
            .env("XDG_DATA_HOME", &data_home);
        c
    });
    let name = version.split(' ').take(2).collect::<Vec<_>>().join(" ") + " (headless, from a .fodt)";
    Some(Peer { name, input: "fodt", slower_at_least: Some(100.0), command })
}

fn chromium(profile: PathBuf, data_home: PathBuf) -> Option<Peer> {
    let version = output_of("chromium", &["--version"])?;
    let command: PeerCommand = Box::new(move |input, output| {
        let mut c = Command::new("chromium");
        c.args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", output.display()))
        .arg(format!("file://{}", input.display()))
        .env("XDG_DATA_HOME", &data_home);
        c
    });
    // "Chromium 148.0.7778.96 built on Debian …": the name and the version.
    let name = version.split(' ').take(2).collect::<Vec<_>>().join(" ") + " (print to PDF, from HTML)";
    Some(Peer { name, input: "html", slower_at_least: None, command })
}

/// Pages of a PDF, as poppler counts them.
fn pages(pdf: &Path) -> Option<usize> {
    let info = output_of_all("pdfinfo", pdf)?;
    info.lines().find_map(|l| l.strip_prefix("Pages:")).and_then(|v| v.trim().parse().ok())
}

fn output_of_all(program: &str, arg: &Path) -> Option<String> {
    let out = Command::new(program).arg(arg).output().ok().filter(|o| o.status.success())?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// One run of a peer; `Err` with what it said when it wrote no PDF.
fn run(peer: &Peer, input: &Path, output: &Path) -> Result<Duration, String> {
    let _ = std::fs::remove_file(output);
    let start = Instant::now();
    let done = (peer.command)(input, output).stdout(Stdio::null()).stderr(Stdio::piped()).output();
    let elapsed = start.elapsed();
    match done {
        Ok(out) if out.status.success() && output.is_file() => Ok(elapsed),
        Ok(out) => Err(String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("no PDF written").to_owned()),
        Err(e) => Err(e.to_string()),
    }
}

/// Times every peer on every case's letter; each row gives the ratio to ours.
pub fn measure(letters: &[Measured], work: &Path, rows: &mut Vec<Row>) {
    let fonts = work.join("share/fonts");
    std::fs::create_dir_all(&fonts).expect("a font folder");
    for font in std::fs::read_dir(our_fonts()).expect("our fonts").flatten() {
        std::fs::copy(font.path(), fonts.join(font.file_name())).expect("a font copied");
    }
    let peers = find(work, rows);
    for peer in &peers {
        for (index, letter) in letters.iter().enumerate() {
            let folder = work.join(format!("case-{index}"));
            std::fs::create_dir_all(&folder).expect("a case folder");
            let text = match peer.input {
                "typ" => peer_documents::typst(&letter.document),
                "fodt" => peer_documents::fodt(&letter.document),
                _ => peer_documents::html(&letter.document),
            };
            let input = folder.join(format!("letter.{}", peer.input));
            std::fs::write(&input, text).expect("the peer's document");
            let output = folder.join("letter.pdf");
            let measure = format!("{}, {}: process start to PDF written", peer.name, letter.name);
            let timed: Result<Vec<Duration>, String> =
                run(peer, &input, &output).and_then(|_| (0..PEER_RUNS).map(|_| run(peer, &input, &output)).collect());
            let row = match timed {
                Ok(samples) => {
                    let ms = median_ms(samples);
                    let ratio = ms / letter.process_ms;
                    let pages =
                        pages(&output).map_or("? pages".into(), |p| format!("{p} pages (ours {})", letter.pages));
                    let row = Row::new("peers", measure, format!("{ms:.1} ms; {pages}; ours {ratio:.0}× faster"));
                    match peer.slower_at_least {
                        Some(at_least) => row.judged(format!("ours ≥ {at_least}× faster"), ratio >= at_least),
                        None => row,
                    }
                }
                Err(reason) => Row::new("peers", measure, format!("failed: {reason}")),
            };
            rows.push(row);
        }
    }
}
