//! The interface's own share of the case list: sorting and searching it, timed by its benchmark under vitest.

use std::path::Path;
use std::process::{Command, Stdio};

/// The median of the interface's search benchmark over the list the core wrote to `ui/.bench/`, in
/// milliseconds; `None` when it could not run (the interface's packages not installed).
pub fn search_ms(ui: &Path) -> Option<f64> {
    let report = std::env::temp_dir().join(format!("complaint-bench-search-{}.json", std::process::id()));
    let status = Command::new("npx")
        .args(["vitest", "bench", "--run", "src/lib/caseSearch.bench.ts", "--outputJson"])
        .arg(&report)
        .current_dir(ui)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let text = std::fs::read_to_string(&report).ok().filter(|_| status.success());
    let _ = std::fs::remove_file(&report);
    let json: serde_json::Value = serde_json::from_str(&text?).ok()?;
    json["files"][0]["groups"][0]["benchmarks"][0]["median"].as_f64()
}
