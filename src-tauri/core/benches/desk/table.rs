//! The one table `make bench` prints and writes to `BENCHMARKS.md`, with the machine it was measured on.

use std::fmt::Write as _;
use std::process::Command;
use std::time::Duration;

/// A budget a figure answers to, and whether it was kept.
pub struct Budget {
    /// As the reader sees it: "≤ 5 ms", "≥ 8× ours".
    pub text: String,
    /// Whether the figure keeps it.
    pub met: bool,
}

/// One line of the table.
pub struct Row {
    /// The part of the benchmark: letters, peers, scale, app.
    pub part: &'static str,
    /// What was measured.
    pub measure: String,
    /// The figure, with its unit and any detail.
    pub figure: String,
    /// The budget, where the product has one for this measure.
    pub budget: Option<Budget>,
}

impl Row {
    /// A row with no budget of its own.
    pub fn new(part: &'static str, measure: impl Into<String>, figure: impl Into<String>) -> Row {
        Row { part, measure: measure.into(), figure: figure.into(), budget: None }
    }

    /// The same row judged against a budget.
    pub fn judged(mut self, text: impl Into<String>, met: bool) -> Row {
        self.budget = Some(Budget { text: text.into(), met });
        self
    }
}

/// Milliseconds of the middle sample: one slow run (a page fault, the other core busy) does not move it.
pub fn median_ms(mut samples: Vec<Duration>) -> f64 {
    samples.sort();
    samples.get(samples.len() / 2).map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
}

/// Bytes as a reader compares them: kB below a megabyte, MB above.
pub fn size(bytes: u64) -> String {
    if bytes < 1_000_000 { format!("{:.1} kB", bytes as f64 / 1e3) } else { format!("{:.1} MB", bytes as f64 / 1e6) }
}

/// The whole report as Markdown: the title, the machine, the date, the table and what the budgets kept.
pub fn markdown(rows: &[Row], machine: &str, date: &str) -> String {
    let mut out = String::from("# Benchmarks\n\n");
    let _ = writeln!(out, "Measured by `make bench` on {date}, on {machine}.\n");
    out.push_str(
        "Times are medians of repeated runs. \"Process\" is from starting a program to its PDF written; the peers \
         set the same letter text, generated from the same case, in the same font and page size.\n\n",
    );
    out.push_str("| Part | Measure | Figure | Budget | Kept |\n|---|---|---|---|---|\n");
    for row in rows {
        let (budget, kept) = match &row.budget {
            Some(b) => (b.text.as_str(), if b.met { "yes" } else { "**no**" }),
            None => ("", ""),
        };
        let _ = writeln!(out, "| {} | {} | {} | {budget} | {kept} |", row.part, cell(&row.measure), cell(&row.figure));
    }
    let judged: Vec<&Budget> = rows.iter().filter_map(|r| r.budget.as_ref()).collect();
    let kept = judged.iter().filter(|b| b.met).count();
    let _ = writeln!(out, "\n{kept} of {} budgets kept.", judged.len());
    out
}

/// Text safe inside a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The processor, its cores, the memory, the system and the compiler, on one line.
pub fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name").and_then(|r| r.split_once(':')).map(|(_, v)| v.trim().to_owned()))
        .unwrap_or_else(|| "an unknown processor".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory_kb: u64 = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    let os = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|text| {
            text.lines().find_map(|l| l.strip_prefix("PRETTY_NAME=").map(|v| v.trim_matches('"').to_owned()))
        })
        .unwrap_or_else(|| std::env::consts::OS.into());
    let kernel = output_of("uname", &["-r"]).unwrap_or_default();
    let rustc = output_of("rustc", &["--version"]).unwrap_or_default();
    format!(
        "{cpu}, {cores} cores, {:.0} GiB of memory, {os}, Linux {kernel}, {rustc}",
        memory_kb as f64 / 1024.0 / 1024.0
    )
}

/// The first line a program prints, or `None` when it is not there or fails.
pub fn output_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok().filter(|o| o.status.success())?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines().next().map(|l| l.trim().to_owned())
}
