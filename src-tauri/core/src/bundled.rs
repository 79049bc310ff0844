//! The data files the app ships with (`templates/`, but the fonts), compiled in and found by their path there.
//!
//! Rule packs, calendars, the law of each jurisdiction and the letters of each language are found by the name
//! their jurisdiction or language gives them, so adding one is adding its files, with no table to extend.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The text of the bundled file at `path` under `templates/`, e.g. `rules/ru.toml`.
pub fn file(path: &str) -> Option<&'static str> {
    FILES.binary_search_by_key(&path, |(name, _)| name).ok().map(|at| FILES[at].1)
}

/// The section `name` of the bundled file at `path`: the lines after its own `{# section: name #}` line, up to
/// the next section's. A language holds all its letters in one file, `letters/<lang>.tera`, so that translating
/// the letters is translating one file, and a letter kind is one section in each.
pub fn section(path: &str, name: &str) -> Option<&'static str> {
    let text = file(path)?;
    let marker = format!("{SECTION_START}{name} #}}\n");
    let (at, _) = text.match_indices(&marker).find(|&(at, _)| at == 0 || text[..at].ends_with('\n'))?;
    let rest = &text[at + marker.len()..];
    let end = rest.find(&format!("\n{SECTION_START}")).map_or(rest.len(), |at| at + 1);
    Some(&rest[..end])
}

/// The names of the sections of the bundled file at `path`, in order, for the test that a file holds each once.
#[cfg(test)]
pub fn section_names(path: &str) -> Vec<&'static str> {
    let text = file(path).unwrap_or_default();
    text.lines().filter_map(|line| line.strip_prefix(SECTION_START)?.strip_suffix(" #}")).collect()
}

/// How a section's first line starts.
const SECTION_START: &str = "{# section: ";

/// Every bundled file in the folder `dir` (not below it) whose name starts with `prefix`, with that name.
pub fn files_in(dir: &'static str, prefix: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    FILES.iter().copied().filter_map(move |(path, text)| {
        let name = path.strip_prefix(dir)?.strip_prefix('/')?;
        (!name.contains('/') && name.starts_with(prefix)).then_some((name, text))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_found_by_their_path_and_listed_by_folder() {
        assert!(file("rules/ru.toml").is_some_and(|text| text.contains("jurisdiction = \"ru\"")));
        assert_eq!(file("rules/nowhere.toml"), None);
        assert_eq!(file("fonts/OFL.txt"), None, "the fonts are the typesetter's");
        let calendars: Vec<&str> = files_in("rules", "calendar-").map(|(name, _)| name).collect();
        assert!(calendars.contains(&"calendar-ru.toml") && calendars.is_sorted(), "{calendars:?}");
        assert!(calendars.iter().all(|name| name.starts_with("calendar-")), "{calendars:?}");
        assert!(files_in("law", "").next().is_none(), "only the folder's own files, not its subfolders'");
    }

    #[test]
    fn a_section_runs_from_its_own_line_to_the_next_section() {
        let claim = section("letters/en.tera", "claim").expect("the claim");
        assert!(claim.starts_with("{# title: Complaint #}\n") && claim.ends_with('\n'), "{claim}");
        assert!(!claim.contains(SECTION_START), "one section only: {claim}");
        let last = section("letters/en.tera", "checklist").expect("the last section");
        assert!(last.ends_with('\n') && !last.contains(SECTION_START));
        assert_eq!(section("letters/en.tera", "nowhere"), None);
        assert_eq!(section("letters/xx.tera", "claim"), None);
        assert_eq!(section_names("letters/en.tera").first(), Some(&"claim"));
    }
}
