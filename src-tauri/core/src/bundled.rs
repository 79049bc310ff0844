//! The data files the app ships with (`templates/`, but the fonts), compiled in and found by their path there.
//!
//! Rule packs, calendars, the law of each jurisdiction and the letters of each language are found by the name
//! their jurisdiction or language gives them, so adding one is adding its files, with no table to extend.

include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

/// The text of the bundled file at `path` under `templates/`, e.g. `rules/ru.toml`.
pub fn file(path: &str) -> Option<&'static str> {
    FILES.binary_search_by_key(&path, |(name, _)| name).ok().map(|at| FILES[at].1)
}

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
}
