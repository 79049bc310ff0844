//! Texts the rules carry in the languages the app speaks.
//!
//! The rule packs, which state the law, and the calendars, which name the holidays, both build on this. A text is
//! a table with one entry per language id (`{ ru = "…", bg = "…", en = "…" }`). English is always written, and
//! stands in for a language a text is not written in, so a new interface language needs no line in every data
//! file; the texts a letter prints are checked, where they are read, to be written in each language the
//! jurisdiction's law is written in, so no letter borrows English.

use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::models::{Language, Registry};

/// The language every text is written in, shown where a text has no translation.
pub const FALLBACK_LANGUAGE: Language = Language::En;

/// A rule's short legal basis, or any other text of the data, in the languages it is written in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[cfg_attr(test, ts(type = "Record<Language, string>"))]
pub struct Basis(BTreeMap<Language, String>);

impl Basis {
    /// The text in `lang`, or in English where it is not written in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        self.0.get(&lang).or_else(|| self.0.get(&FALLBACK_LANGUAGE)).map_or("", String::as_str)
    }

    /// The text is written, not blank, in each of `languages`.
    pub fn is_written_in(&self, languages: &[Language]) -> bool {
        languages.iter().all(|lang| self.0.get(lang).is_some_and(|text| !text.trim().is_empty()))
    }

    /// The same text in every language, for tests of data that does not depend on it.
    #[cfg(test)]
    pub fn every(text: &str) -> Basis {
        Basis(Language::ALL.iter().map(|&lang| (lang, text.to_owned())).collect())
    }
}

/// Every language the app speaks, each with its text or the English one, so the interface shows a text in its
/// own language without knowing which were translated.
impl Serialize for Basis {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(Language::ALL.iter().map(|&lang| (lang, self.get(lang))))
    }
}

impl<'de> Deserialize<'de> for Basis {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let texts = BTreeMap::<Language, String>::deserialize(deserializer)?;
        if texts.contains_key(&FALLBACK_LANGUAGE) {
            Ok(Basis(texts))
        } else {
            let english = FALLBACK_LANGUAGE;
            Err(D::Error::custom(format!("no text in {} ({})", english.description(), english.id())))
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
    fn a_text_without_english_is_refused_naming_it() {
        let error = toml::from_str::<Holder>(r#"text = { ru = "Да", bg = "Да" }"#).expect_err("en is missing");
        assert!(error.to_string().contains("no text in English (en)"), "{error}");
    }

    #[test]
    fn a_language_the_text_is_not_written_in_reads_the_english_text() {
        let read = toml::from_str::<Holder>(r#"text = { ru = "Да", en = "Yes" }"#).expect("English is written");
        assert_eq!(read.text.get(Language::Ru), "Да");
        assert_eq!(read.text.get(Language::Uk), "Yes");
        assert!(read.text.is_written_in(&[Language::Ru, Language::En]));
        assert!(!read.text.is_written_in(&[Language::Ru, Language::Uk]), "a fallback is not a translation");
        let served = serde_json::to_value(&read.text).expect("serialises");
        assert_eq!(served["uk"], "Yes", "the interface gets every language: {served}");
        assert_eq!(served.as_object().map(serde_json::Map::len), Some(Language::COUNT));
    }

    #[test]
    fn a_blank_text_is_not_written() {
        let read = toml::from_str::<Holder>(r#"text = { bg = " ", en = "Yes" }"#).expect("English is written");
        assert!(!read.text.is_written_in(&[Language::Bg]));
    }
}
