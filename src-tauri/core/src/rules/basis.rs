//! Texts the rules carry in every language the app speaks.
//!
//! The rule packs, which state the law, and the calendars, which name the holidays, both build on this. A text is
//! a table with one entry per language id (`{ ru = "…", bg = "…", en = "…" }`); data missing a language the app
//! speaks is refused when it is read, so a new language is found missing in every text at once.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize};

use crate::models::{Language, Registry};

/// A rule's short legal basis, or any other text of the data, in every language the app speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(type = "Record<Language, string>"))]
pub struct Basis(BTreeMap<Language, String>);

impl Basis {
    /// The text in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        self.0.get(&lang).map_or("", String::as_str)
    }

    /// The text in every language is written: none is empty or blank.
    pub fn is_complete(&self) -> bool {
        Language::ALL.iter().all(|&lang| !self.get(lang).trim().is_empty())
    }

    /// The same text in every language, for tests of data that does not depend on it.
    #[cfg(test)]
    pub fn every(text: &str) -> Basis {
        Basis(Language::ALL.iter().map(|&lang| (lang, text.to_owned())).collect())
    }
}

impl<'de> Deserialize<'de> for Basis {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let texts = BTreeMap::<Language, String>::deserialize(deserializer)?;
        match Language::ALL.iter().find(|lang| !texts.contains_key(lang)) {
            Some(missing) => Err(D::Error::custom(format!("no text in {} ({})", missing.description(), missing.id()))),
            None => Ok(Basis(texts)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Holder {
        text: Basis,
    }

    #[test]
    fn a_text_missing_a_language_is_refused_naming_it() {
        let error = toml::from_str::<Holder>(r#"text = { ru = "Да", en = "Yes" }"#).expect_err("bg is missing");
        assert!(error.to_string().contains("no text in Bulgarian (bg)"), "{error}");
        let read =
            toml::from_str::<Holder>(r#"text = { ru = "Да", bg = "Да", en = "Yes", uk = "Так" }"#).expect("complete");
        assert_eq!(read.text.get(Language::Bg), "Да");
        assert!(read.text.is_complete());
    }
}
