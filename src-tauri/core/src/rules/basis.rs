//! Texts the rules carry in every language the app speaks.
//!
//! The rule packs, which state the law, and the calendars, which name the holidays, both build on this.

use serde::{Deserialize, Serialize};

use crate::models::Language;

/// A rule's short legal basis, in every language the app speaks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Basis {
    /// Russian.
    pub ru: String,
    /// Bulgarian.
    pub bg: String,
    /// English.
    pub en: String,
}

impl Basis {
    /// The text in `lang`.
    pub fn get(&self, lang: Language) -> &str {
        match lang {
            Language::Ru => &self.ru,
            Language::Bg => &self.bg,
            Language::En => &self.en,
        }
    }
}
