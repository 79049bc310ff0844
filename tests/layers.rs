//! The core's modules form layers: no module reaches, through `crate::`, `super::` or a child's name, a module
//! that reaches back to it, so each dependency points down and a module can be read without those above it.
//!
//! The module graph is read from the source files themselves. Test code (`#[cfg(test)]` items and the files
//! of `#[cfg(test)]` modules) is left out: a test may use any layer.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

/// A module path from the crate root: `["letter", "files"]`; the root is empty.
type ModulePath = Vec<String>;

/// Which modules each module depends on.
type Graph = BTreeMap<ModulePath, BTreeSet<ModulePath>>;

/// The pieces of Rust source a module path is made of; everything else is dropped by the lexer.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    Ident(String),
    PathSeparator,
    Punct(char),
    /// A string literal's contents: a serde attribute names a function's module in one.
    Str(String),
}

/// Splits source text into tokens, without comments, numbers, lifetimes or character literals.
fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < chars.len() {
        let c = chars[at];
        at = match (c, chars.get(at + 1).copied()) {
            (_, _) if c.is_whitespace() => at + 1,
            ('/', Some('/')) => chars[at..].iter().position(|&c| c == '\n').map_or(chars.len(), |n| at + n),
            ('/', Some('*')) => block_comment_end(&chars, at),
            ('"', _) => quoted(&chars, at + 1, 0, &mut out),
            ('\'', _) => char_or_lifetime_end(&chars, at),
            (':', Some(':')) => {
                out.push(Token::PathSeparator);
                at + 2
            }
            _ if c.is_alphabetic() || c == '_' => identifier(&chars, at, &mut out),
            _ if c.is_ascii_digit() => {
                at + chars[at..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').count()
            }
            _ => {
                out.push(Token::Punct(c));
                at + 1
            }
        };
    }
    out
}

/// The index past a (possibly nested) `/* */` comment opening at `start`.
fn block_comment_end(chars: &[char], start: usize) -> usize {
    let (mut at, mut open) = (start + 2, 1);
    while at < chars.len() && open > 0 {
        match (chars[at], chars.get(at + 1)) {
            ('/', Some('*')) => (open, at) = (open + 1, at + 2),
            ('*', Some('/')) => (open, at) = (open - 1, at + 2),
            _ => at += 1,
        }
    }
    at
}

/// Reads a string literal whose contents start at `start` and end at a quote followed by `hashes` `#`s (a raw
/// string) or at an unescaped quote; pushes its contents and returns the index past it.
fn quoted(chars: &[char], start: usize, hashes: usize, out: &mut Vec<Token>) -> usize {
    let mut at = start;
    while at < chars.len() {
        if hashes == 0 && chars[at] == '\\' {
            at += 2;
            continue;
        }
        if chars[at] == '"' && chars[at + 1..].iter().take(hashes).filter(|c| **c == '#').count() == hashes {
            out.push(Token::Str(chars[start..at].iter().collect()));
            return at + 1 + hashes;
        }
        at += 1;
    }
    chars.len()
}

/// The index past a character literal (`'a'`, `'\n'`, `'\u{a0}'`) or a lifetime's quote at `start`.
fn char_or_lifetime_end(chars: &[char], start: usize) -> usize {
    match (chars.get(start + 1), chars.get(start + 2)) {
        (Some('\\'), _) => (start + 3..chars.len()).find(|&i| chars[i] == '\'').map_or(chars.len(), |i| i + 1),
        (Some(_), Some('\'')) => start + 3,
        _ => start + 1,
    }
}

/// An identifier, or the prefix of a raw string (`r"…"`, `r#"…"#`, `b"…"`), byte or raw identifier.
fn identifier(chars: &[char], start: usize, out: &mut Vec<Token>) -> usize {
    let end = start + chars[start..].iter().take_while(|c| c.is_alphanumeric() || **c == '_').count();
    let word: String = chars[start..end].iter().collect();
    let hashes = chars[end..].iter().take_while(|c| **c == '#').count();
    let next = chars.get(end + hashes).copied();
    match (word.as_str(), next) {
        ("r" | "br", Some('"')) => quoted(chars, end + hashes + 1, hashes, out),
        ("b", Some('"')) if hashes == 0 => quoted(chars, end + 1, 0, out),
        ("b", Some('\'')) if hashes == 0 => char_or_lifetime_end(chars, end),
        ("r", Some(c)) if hashes == 1 && (c.is_alphabetic() || c == '_') => identifier(chars, end + 1, out),
        _ => {
            out.push(Token::Ident(word));
            end
        }
    }
}

/// What one file declares and refers to, before references are resolved.
#[derive(Default)]
struct FileScan {
    /// Modules declared here (inline or as a file), each with whether it is test code.
    modules: Vec<(ModulePath, bool)>,
    /// Each path into the crate as written, with the module it is written in.
    references: Vec<(ModulePath, Vec<String>)>,
}

/// Walks the tokens of the file of module `file`, following inline modules by their braces.
fn scan(file: &ModulePath, tokens: &[Token]) -> FileScan {
    let mut found = FileScan::default();
    // The open inline modules, with the brace depth inside each.
    let mut open: Vec<(ModulePath, usize)> = Vec::new();
    let (mut depth, mut at) = (0, 0);
    while at < tokens.len() {
        let here = open.last().map_or(file, |(path, _)| path).clone();
        at = match &tokens[at..] {
            [
                Token::Punct('#'),
                Token::Punct('['),
                Token::Ident(cfg),
                Token::Punct('('),
                Token::Ident(test),
                Token::Punct(')'),
                Token::Punct(']'),
                ..,
            ] if cfg == "cfg" && test == "test" => skip_test_item(tokens, at + 7, &here, &mut found),
            [Token::Ident(keyword), Token::Ident(name), Token::Punct(next), ..] if keyword == "mod" => {
                let module = child(&here, name);
                found.modules.push((module.clone(), false));
                if *next == '{' {
                    depth += 1;
                    open.push((module, depth));
                }
                at + 3
            }
            [Token::Punct('{'), ..] => {
                depth += 1;
                at + 1
            }
            [Token::Punct('}'), ..] => {
                if open.last().is_some_and(|(_, inside)| *inside == depth) {
                    open.pop();
                }
                depth = depth.saturating_sub(1);
                at + 1
            }
            _ => reference_at(tokens, at, &here, &mut found),
        };
    }
    found
}

/// Records a path starting at `at`, if one does, and returns where scanning goes on.
fn reference_at(tokens: &[Token], at: usize, here: &ModulePath, found: &mut FileScan) -> usize {
    let after_separator = at > 0 && tokens[at - 1] == Token::PathSeparator;
    match (&tokens[at], tokens.get(at + 1)) {
        // `pub(in crate::rules)` is a visibility, not a dependency.
        (Token::Ident(word), _) if word == "in" && at > 0 && tokens[at - 1] == Token::Punct('(') => {
            at + tokens[at..].iter().take_while(|t| **t != Token::Punct(')')).count()
        }
        (Token::Ident(word), Some(Token::PathSeparator)) if !after_separator => {
            let (paths, next) = path(tokens, at + 1, vec![word.clone()]);
            found.references.extend(paths.into_iter().map(|path| (here.clone(), path)));
            next
        }
        (Token::Str(text), _) if is_path(text) => {
            found.references.push((here.clone(), text.split("::").map(str::to_owned).collect()));
            at + 1
        }
        _ => at + 1,
    }
}

/// Whether a string literal reads as a path, as a serde attribute's `with = "super::serde_date"` does; one
/// that leads nowhere in the crate is dropped when references are resolved.
fn is_path(text: &str) -> bool {
    text.split("::").all(|segment| {
        segment.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
            && segment.chars().all(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The rest of a path after `prefix`, from the separator at `at`: `::a::b`, a glob, or a group
/// `::{self, a, b::{c, d}}`; every full path it names, and the index past it.
fn path(tokens: &[Token], mut at: usize, mut prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    while tokens.get(at) == Some(&Token::PathSeparator) {
        match tokens.get(at + 1) {
            Some(Token::Ident(segment)) => prefix.push(segment.clone()),
            Some(Token::Punct('{')) => return group(tokens, at + 2, &prefix),
            _ => return (vec![prefix], at + 1),
        }
        at += 2;
    }
    (vec![prefix], at)
}

/// The items of a `{…}` group after `prefix::`, from its first token to past its closing brace.
fn group(tokens: &[Token], mut at: usize, prefix: &[String]) -> (Vec<Vec<String>>, usize) {
    let mut paths = Vec::new();
    while let Some(token) = tokens.get(at) {
        match token {
            Token::Punct('}') => return (paths, at + 1),
            Token::Ident(word) if word == "self" => {
                paths.push(prefix.to_vec());
                at += 1;
            }
            Token::Ident(word) if word == "as" => at += 2,
            Token::Ident(word) => {
                let (inner, next) = path(tokens, at + 1, child(&prefix.to_vec(), word));
                paths.extend(inner);
                at = next;
            }
            _ => at += 1,
        }
    }
    (paths, at)
}

/// Passes over the item after `#[cfg(test)]` (and its other attributes); a module it declares is test code.
fn skip_test_item(tokens: &[Token], mut at: usize, here: &ModulePath, found: &mut FileScan) -> usize {
    while tokens.get(at) == Some(&Token::Punct('#')) {
        at = past_brackets(tokens, at + 1);
    }
    let start = at;
    let mut nesting = 0;
    while let Some(token) = tokens.get(at) {
        at += 1;
        match token {
            Token::Punct('(' | '[' | '{') => nesting += 1,
            Token::Punct(')' | ']') => nesting -= 1,
            Token::Punct('}') if nesting == 1 => break,
            // A field or an arm under `#[cfg(test)]` ends at its comma or at the end of what holds it.
            Token::Punct('}') if nesting == 0 => {
                at -= 1;
                break;
            }
            Token::Punct('}') => nesting -= 1,
            Token::Punct(';' | ',') if nesting == 0 => break,
            _ => {}
        }
    }
    let declared = tokens[start..at].windows(2).find_map(|pair| match pair {
        [Token::Ident(keyword), Token::Ident(name)] if keyword == "mod" => Some(name.clone()),
        _ => None,
    });
    if let Some(name) = declared {
        found.modules.push((child(here, &name), true));
    }
    at
}

/// The index past the bracketed group opening at `at`.
fn past_brackets(tokens: &[Token], mut at: usize) -> usize {
    let mut nesting = 0;
    while let Some(token) = tokens.get(at) {
        at += 1;
        match token {
            Token::Punct('[') => nesting += 1,
            Token::Punct(']') if nesting == 1 => break,
            Token::Punct(']') => nesting -= 1,
            _ => {}
        }
    }
    at
}

fn child(parent: &ModulePath, name: &str) -> ModulePath {
    let mut path = parent.clone();
    path.push(name.to_owned());
    path
}

/// `letter/mod.rs` → `letter`, `letter/files.rs` → `letter::files`, `lib.rs` → the root.
fn file_module(relative: &Path) -> ModulePath {
    let mut path: ModulePath =
        relative.with_extension("").iter().map(|part| part.to_string_lossy().into_owned()).collect();
    if path.last().is_some_and(|last| last == "mod") || path == ["lib"] {
        path.pop();
    }
    path
}

/// The module graph of a crate given as its source files, by path relative to `src`.
fn graph(files: &[(PathBuf, String)]) -> Graph {
    let scans: Vec<(ModulePath, FileScan)> = files
        .iter()
        .map(|(relative, text)| {
            let module = file_module(relative);
            let scan = scan(&module, &tokens(text));
            (module, scan)
        })
        .collect();
    let declared = scans.iter().flat_map(|(_, scan)| scan.modules.iter());
    let test_code: Vec<&ModulePath> = declared.filter(|(_, test)| *test).map(|(path, _)| path).collect();
    let is_test = |module: &ModulePath| test_code.iter().any(|test| module.starts_with(test));
    let mut modules: BTreeSet<ModulePath> = scans.iter().map(|(module, _)| module.clone()).collect();
    modules.extend(scans.iter().flat_map(|(_, scan)| scan.modules.iter().map(|(path, _)| path.clone())));
    modules.retain(|module| !is_test(module));

    let mut graph: Graph = modules.iter().map(|module| (module.clone(), BTreeSet::new())).collect();
    for (from, words) in scans.iter().flat_map(|(_, scan)| scan.references.iter()) {
        if is_test(from) {
            continue;
        }
        if let Some(to) = resolve(from, words, &modules).filter(|to| to != from) {
            graph.entry(from.clone()).or_default().insert(to);
        }
    }
    graph
}

/// The deepest module of the crate a path written in `from` leads into; `None` for a path outside the crate
/// (`std::`, another crate, a type's associated item).
fn resolve(from: &ModulePath, words: &[String], modules: &BTreeSet<ModulePath>) -> Option<ModulePath> {
    let (mut full, mut rest) = match words.first()?.as_str() {
        "crate" => (Vec::new(), &words[1..]),
        "self" => (from.clone(), &words[1..]),
        "super" => (from[..from.len().checked_sub(1)?].to_vec(), &words[1..]),
        first if modules.contains(&child(from, first)) => (from.clone(), words),
        _ => return None,
    };
    while rest.first().is_some_and(|word| word == "super") {
        full.pop()?;
        rest = &rest[1..];
    }
    full.extend(rest.iter().cloned());
    (0..=full.len()).rev().map(|n| full[..n].to_vec()).find(|prefix| modules.contains(prefix))
}

/// Every cycle of the graph, each once: the shortest way round from its first module back to it.
fn cycles(graph: &Graph) -> Vec<Vec<ModulePath>> {
    let mut seen: BTreeSet<BTreeSet<ModulePath>> = BTreeSet::new();
    let mut found = Vec::new();
    for start in graph.keys() {
        if let Some(cycle) = shortest_way_back(graph, start)
            && seen.insert(cycle.iter().cloned().collect())
        {
            found.push(cycle);
        }
    }
    found
}

/// The shortest path from `start` through its dependencies back to `start`, both ends included.
fn shortest_way_back(graph: &Graph, start: &ModulePath) -> Option<Vec<ModulePath>> {
    let mut reached_from: BTreeMap<&ModulePath, &ModulePath> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(at) = queue.pop_front() {
        for next in graph.get(at).into_iter().flatten() {
            if next == start {
                let mut way = vec![start.clone(), at.clone()];
                let mut step = at;
                while step != start {
                    step = reached_from[step];
                    way.push(step.clone());
                }
                way.reverse();
                return Some(way);
            }
            if !reached_from.contains_key(next) {
                reached_from.insert(next, at);
                queue.push_back(next);
            }
        }
    }
    None
}

fn name(path: &ModulePath) -> String {
    if path.is_empty() { "crate".to_owned() } else { path.join("::") }
}

/// Each cycle as `a → b → a`.
fn described(cycles: &[Vec<ModulePath>]) -> Vec<String> {
    cycles.iter().map(|cycle| cycle.iter().map(name).collect::<Vec<_>>().join(" → ")).collect()
}

/// Every `.rs` file under `dir`, by path relative to `root`.
fn source_files(root: &Path, dir: &Path, files: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).expect("a readable source folder") {
        let path = entry.expect("a readable folder entry").path();
        if path.is_dir() {
            source_files(root, &path, files);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            let text = std::fs::read_to_string(&path).expect("a readable source file");
            files.push((path.strip_prefix(root).expect("under the root").to_path_buf(), text));
        }
    }
}

fn core_graph() -> Graph {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &src, &mut files);
    graph(&files)
}

fn graph_of(files: &[(&str, &str)]) -> Graph {
    let files: Vec<(PathBuf, String)> = files.iter().map(|(path, text)| (path.into(), (*text).to_owned())).collect();
    graph(&files)
}

fn depends(graph: &Graph, from: &str, to: &str) -> bool {
    let path = |text: &str| -> ModulePath {
        if text == "crate" { Vec::new() } else { text.split("::").map(str::to_owned).collect() }
    };
    graph.get(&path(from)).is_some_and(|targets| targets.contains(&path(to)))
}

#[test]
fn no_module_of_the_core_depends_on_one_that_depends_back_on_it() {
    let cycles = described(&cycles(&core_graph()));
    assert!(cycles.is_empty(), "the core's modules form cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_core_graph_holds_the_dependencies_its_layers_rest_on_and_no_test_code() {
    let graph = core_graph();
    assert!(depends(&graph, "desk", "listing"));
    assert!(depends(&graph, "listing", "store"), "through a `use crate::…` group");
    assert!(depends(&graph, "rules", "rules::calendar"), "through a child's name");
    assert!(depends(&graph, "rules::calendar", "rules::serde_date::list"), "through a serde attribute");
    assert!(!graph.contains_key(&vec!["bindings".to_owned()]), "a `#[cfg(test)]` file module");
    assert!(!graph.contains_key(&vec!["rules".to_owned(), "tests".to_owned()]), "a `#[cfg(test)]` module");
}

#[test]
fn a_child_using_what_its_parent_takes_from_it_is_a_cycle_named_in_order() {
    let graph = graph_of(&[
        ("lib.rs", "pub mod letter; pub mod store;"),
        ("letter/mod.rs", "mod files;\npub use files::stem;\npub struct Request;"),
        ("letter/files.rs", "use super::{Request, stem as _};\nuse crate::store::Store;"),
        ("store.rs", "pub struct Store;"),
    ]);
    assert_eq!(described(&cycles(&graph)), ["letter → letter::files → letter"]);
    assert!(depends(&graph, "letter::files", "store"));
}

#[test]
fn comments_strings_visibilities_and_test_code_are_not_dependencies() {
    let graph = graph_of(&[
        ("lib.rs", "pub mod a; pub mod b;\n#[cfg(test)]\nmod checks;"),
        ("a.rs", "use crate::b::B;\n#[cfg(test)]\n#[allow(unused)]\nmod tests { use crate::a; }"),
        (
            "b.rs",
            "// crate::a::A\n/* use crate::a; /* nested */ */\npub(in crate::b) fn f() -> &'static str { \"a::x\" }",
        ),
        ("checks.rs", "use crate::a; use crate::b;"),
    ]);
    assert!(cycles(&graph).is_empty(), "{:?}", described(&cycles(&graph)));
    assert!(depends(&graph, "a", "b"));
    assert_eq!(graph.keys().map(name).collect::<Vec<_>>(), ["crate", "a", "b"]);
}

#[test]
fn a_serde_attribute_an_inline_module_and_a_child_by_name_are_dependencies() {
    let graph = graph_of(&[
        ("lib.rs", "pub mod rules;"),
        (
            "rules/mod.rs",
            "mod dates;\npub fn due() { calendar::count() }\npub mod calendar {\n    pub fn count() {}\n}\n\
             struct Due {\n    #[serde(with = \"dates\")]\n    date: u32,\n}",
        ),
        ("rules/dates.rs", "#[serde(with = \"super::calendar\")]\npub mod option { use super::*; }"),
    ]);
    assert!(depends(&graph, "rules", "rules::calendar"));
    assert!(depends(&graph, "rules", "rules::dates"));
    assert!(depends(&graph, "rules::dates", "rules::calendar"));
    assert!(depends(&graph, "rules::dates::option", "rules::dates"));
    assert!(cycles(&graph).is_empty());
}
