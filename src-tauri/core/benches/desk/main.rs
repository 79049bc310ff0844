//! `make bench`: one table of how fast and how small Complaint Desk is, beside what a customer could use
//! instead, at every scale a customer or a consumer group reaches. Printed, and written to `BENCHMARKS.md`
//! with the machine and the date. Budgets are judged here, never in a test.
//!
//! `COMPLAINT_BENCH_ONLY=letters,peers,scale,app` runs some parts only; the file is then left as it was.

mod app;
mod interface;
mod letters;
mod peer_documents;
mod peers;
mod scale;
mod table;

use std::path::Path;
use std::time::Instant;

use complaint_core::letter::Letters;

use table::Row;

const PARTS: [&str; 4] = ["letters", "peers", "scale", "app"];

fn main() {
    let only = std::env::var("COMPLAINT_BENCH_ONLY").ok();
    let runs = |part: &str| only.as_deref().is_none_or(|only| only.split(',').any(|p| p.trim() == part));
    let work = std::env::temp_dir().join(format!("complaint-bench-{}", std::process::id()));
    let data = work.join("data");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");

    let started = Instant::now();
    let letters = Letters::new().expect("templates and fonts");
    let setup_ms = started.elapsed().as_secs_f64() * 1000.0;

    let mut rows = Vec::new();
    // The peers and the app need our letters' figures and cases, so the letters always run.
    let measured = letters::measure(&letters, &data, &mut rows);
    rows.push(Row::new(
        "letters",
        "one-time set-up in process (templates compiled, fonts parsed)",
        format!("{setup_ms:.1} ms"),
    ));
    if runs("peers") {
        peers::measure(&measured, &work.join("peers"), &mut rows);
    }
    if runs("scale") {
        scale::measure(&letters, &work.join("scale"), &root.join("ui"), &mut rows);
    }
    if runs("app") {
        app::measure(&data, &mut rows);
    }

    let date = table::output_of("date", &["+%Y-%m-%d"]).unwrap_or_default();
    let report = table::markdown(&rows, &table::machine(), &date);
    println!("{report}");
    if PARTS.iter().all(|part| runs(part)) {
        std::fs::write(root.join("BENCHMARKS.md"), &report).expect("BENCHMARKS.md");
        println!("Written to BENCHMARKS.md");
    }
    let _ = std::fs::remove_dir_all(&work);
}
