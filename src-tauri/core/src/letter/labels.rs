//! A language's `templates/letters/<lang>.toml`, read once: the words the layout needs outside the
//! templates' prose, how the language writes a date, an amount and a signed name, its tag and hyphenation, and
//! the words of its calendar file — so a new language brings all of them as data.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

use complaint_typeset::TextLanguage;

use super::error::LetterError;
use crate::bundled;
use crate::models::{Language, Money};

/// How a language writes a letter's date.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DateWords {
    /// The date with `{day}`, `{month}` and `{year}`: «{day} {month} {year} г.».
    long: String,
    /// The month names as they follow a day, January first.
    months: [String; 12],
}

/// How a language writes an amount.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MoneyWords {
    /// What parts pounds from pence, roubles from kopecks: "," or ".".
    decimal: char,
    /// Signs written before the amount, by currency code: `GBP = "£"`.
    #[serde(default)]
    before: BTreeMap<String, String>,
    /// Signs written after it, a no-break space between: `RUB = "₽"`. Any other code follows the amount.
    #[serde(default)]
    after: BTreeMap<String, String>,
}

/// How a language signs a name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NameWords {
    /// The endings of a patronymic: a full name with one signs as initials and surname («А. Н. Булатов»); none
    /// where names are signed as written.
    patronymic_endings: Vec<String>,
}

/// The words of a language's calendar file (.ics).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CalendarWords {
    /// The calendar's name.
    pub(crate) name: String,
    /// The note on a date counted from the latest day a registration could be made.
    pub(crate) estimated: String,
    /// Each event's title, by the deadline's id (`claim-answer`, `adr-from`…).
    pub(crate) summary: BTreeMap<String, String>,
}

/// The words of the annex pages in one letter language.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct AnnexLabels {
    /// "Приложение {number}".
    pub(super) heading: String,
    /// ", лист {sheet} из {sheets}", after the heading of a copy of several sheets.
    pub(super) sheet: String,
    /// The file line, with `{name}` and `{date}`.
    pub(super) file: String,
    /// Why a copy is not printed, by reason.
    pub(super) missing: String,
    pub(super) changed: String,
    pub(super) too_large: String,
    pub(super) unsupported: String,
    pub(super) damaged: String,
    pub(super) encrypted: String,
}

/// One language's labels.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Labels {
    /// Its BCP 47 tag, for the PDF's /Lang: "ru-RU".
    tag: String,
    /// The two-letter code of the hyphenation patterns for its Cyrillic words: "ru", "bg".
    hyphenate_cyrillic_as: String,
    /// Printed at the top of every page of the applicant's copy.
    pub(super) copy_header: String,
    /// Printed at the top of every page of a reading copy in this language.
    pub(super) reading_copy_header: String,
    /// Printed at the top of every page of the evidence checklist, which is the customer's own.
    pub(super) checklist_header: String,
    /// Footer of multi-page sections, with `{page}` and `{pages}`.
    pub(super) page_of: String,
    /// The words of the copies of the evidence printed after the letter.
    pub(super) annex: AnnexLabels,
    dates: DateWords,
    money: MoneyWords,
    names: NameWords,
    calendar: CalendarWords,
}

impl Labels {
    /// The typesetter's view of the language: its tag and its Cyrillic patterns.
    pub(super) fn text_language(&'static self) -> TextLanguage {
        let code = self.hyphenate_cyrillic_as.as_bytes();
        let letter = |at: usize| code.get(at).copied().unwrap_or(b' ');
        TextLanguage { tag: &self.tag, cyrillic: [letter(0), letter(1)] }
    }
}

/// The labels of every language, in the order of [`Language::ALL`], read once from the bundled files.
pub(super) fn all() -> Result<&'static [Labels], LetterError> {
    static LABELS: OnceLock<Result<Vec<Labels>, String>> = OnceLock::new();
    let read = LABELS.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|lang| {
                let path = format!("letters/{}.toml", lang.id());
                let source = bundled::file(&path).ok_or_else(|| format!("{path}: no such file"))?;
                toml::from_str::<Labels>(source).map_err(|e| format!("{path}: {e}"))
            })
            .collect()
    });
    read.as_deref()
        .map_err(|message| LetterError::Template { template: "letters/<lang>.toml".into(), message: message.clone() })
}

/// The labels of `lang`; `None` where they cannot be read (the letters refuse to load then, and the tests fail).
fn words(lang: Language) -> Option<&'static Labels> {
    all().ok().map(|all| &all[lang.index()])
}

/// The words of `lang`'s calendar file.
pub(crate) fn calendar_words(lang: Language) -> Option<&'static CalendarWords> {
    words(lang).map(|labels| &labels.calendar)
}

/// «21 ноября 2026 г.», «21 ноември 2026 г.», "21 November 2026", as the language's labels write it, on one
/// line (its spaces are no-break spaces); the numeric date where the labels cannot be read.
pub fn long_date(date: NaiveDate, lang: Language) -> String {
    let Some(words) = words(lang).map(|words| &words.dates) else { return date.format("%d.%m.%Y").to_string() };
    words
        .long
        .replace("{day}", &date.day().to_string())
        .replace("{month}", &words.months[date.month0() as usize])
        .replace("{year}", &date.year().to_string())
        .replace(' ', "\u{a0}")
}

/// `1 842,37 ₽`, `325,00 лв.`, `£12.50`, as the language's labels place the currency, with a no-break space
/// between number and unit.
pub(super) fn money(money: &Money, lang: Language) -> String {
    let value: String = money.value.trim().chars().map(|c| if c == ' ' { '\u{a0}' } else { c }).collect();
    let code = money.currency.trim();
    let words = words(lang).map(|words| &words.money);
    if let Some(sign) = words.and_then(|words| words.before.get(code)) {
        return format!("{sign}{value}");
    }
    let sign = words.and_then(|words| words.after.get(code)).map_or(code, String::as_str);
    format!("{value}\u{a0}{sign}")
}

/// What parts the whole units of an amount from its hundredths in `lang`: `,` in «10,34 ₽», `.` in "£10.34".
pub(super) fn decimal_separator(lang: Language) -> char {
    words(lang).map_or('.', |words| words.money.decimal)
}

/// «А. Н. Булатов» for a full name with a patronymic, in a language that signs so, the surname first or last;
/// otherwise the name as written.
pub(super) fn signature_name(full_name: &str, lang: Language) -> String {
    let endings = words(lang).map_or(&[][..], |words| words.names.patronymic_endings.as_slice());
    let is_patronymic = |w: &str| endings.iter().any(|end| w.ends_with(end.as_str()));
    let initial = |w: &str| w.chars().next().map(|c| format!("{c}.")).unwrap_or_default();
    match full_name.split_whitespace().collect::<Vec<_>>().as_slice() {
        // Given name first: «Алексей Николаевич Булатов», even when the surname ends like a patronymic
        // («Петро Іванович Дашкевич»); else surname first: «Булатов Алексей Николаевич».
        [name, patronymic, surname] | [surname, name, patronymic] if is_patronymic(patronymic) => {
            format!("{}\u{a0}{}\u{a0}{surname}", initial(name), initial(patronymic))
        }
        _ => full_name.to_owned(),
    }
}
