//! Bundles every file under `templates/` (but the fonts, which the typesetter holds) into the core, listed by
//! its path there: a rule pack, a calendar, a law file or a letter template is found by its name, so adding
//! one is adding the file.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    // Read when the script runs, not when it was compiled: a shared target directory may hold a script
    // built for a clone at another path.
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest.join("../../templates");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    files.sort();
    let mut code = String::from("/// Every bundled file, by its path under `templates/`, sorted by path.\n");
    code.push_str("pub(crate) static FILES: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string()).expect("a string takes it");
    }
    code.push_str("];\n");
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.rs");
    fs::write(out, code).expect("OUT_DIR is writable");
}

/// The text files under `dir`, each with its path relative to `root` (written with `/`).
fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> =
        fs::read_dir(dir).expect("templates/ is readable").map(|e| e.expect("an entry")).collect();
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let name = path.strip_prefix(root).expect("under the root");
        let name: Vec<String> = name.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        if path.is_dir() {
            if name != ["fonts"] {
                collect(root, &path, files);
            }
        } else if path.extension().is_some_and(|ext| ext == "tera" || ext == "toml") {
            let absolute = fs::canonicalize(&path).expect("a bundled file resolves");
            files.push((name.join("/"), absolute));
        }
    }
}
