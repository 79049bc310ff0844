//! How each language writes a date and an amount: the `[dates]` and `[money]` tables of its `labels.toml`, so
//! a new language brings its month names and currency signs as data.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use serde::Deserialize;

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

/// The tables of a `labels.toml` this module reads; its other labels are the layout's.
#[derive(Debug, Deserialize)]
struct Words {
    dates: DateWords,
    money: MoneyWords,
    names: NameWords,
}

/// Every language's words, in the order of [`Language::ALL`]; `None` where a labels file cannot be read (the
/// letters refuse to load then, and their tests fail).
fn words(lang: Language) -> Option<&'static Words> {
    static WORDS: OnceLock<Option<Vec<Words>>> = OnceLock::new();
    let all = WORDS.get_or_init(|| {
        Language::ALL
            .into_iter()
            .map(|lang| toml::from_str(bundled::file(&format!("letters/{}/labels.toml", lang.id()))?).ok())
            .collect()
    });
    all.as_ref().map(|all| &all[lang.index()])
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
        // Surname first: «Булатов Алексей Николаевич»; or given name first: «Алексей Николаевич Булатов».
        [surname, name, patronymic] | [name, patronymic, surname] if is_patronymic(patronymic) => {
            format!("{}\u{a0}{}\u{a0}{surname}", initial(name), initial(patronymic))
        }
        _ => full_name.to_owned(),
    }
}
