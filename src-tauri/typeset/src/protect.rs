//! What must not break, recognised from the text itself, so that what a customer types is protected as
//! well as what a template writes: e-mail addresses and URLs, phone and account numbers, "№ 123", a number
//! with its unit, initials with a surname, a legal form with the company's name, and the last words of a
//! line (no runt, no centred heading ending in one word).
//!
//! The result is two flags per character of a paragraph: a space that must not break (it is set like a
//! no-break space) and a character of a sealed word (never hyphenated or split at its dashes or slashes,
//! unless the word alone is wider than the line).

use super::Align;
use super::fonts::{NBSP, ZERO_WIDTH_SPACE};

/// The last line of a paragraph holds at least this many visible characters ("кв. 47" is not enough).
pub(crate) const RUNT_MIN_CHARS: usize = 6;

/// Legal forms of companies that stand before or after the name: «ПАО «МТС»», „Мобилтел“ ЕАД, Vodafone Ltd.
const LEGAL_FORMS: &[&str] = &[
    "ПАО", "ООО", "АО", "ЗАО", "ОАО", "НАО", "ЧАО", "ПрАТ", "ПАТ", "ТОВ", "ИП", "ЕАД", "ЕООД", "АД", "ООД", "ЕТ", "СД",
    "КД", "Ltd", "Ltd.", "Limited", "plc", "PLC", "LLC", "LLP", "Inc.", "GmbH", "AG", "EAD", "EOOD", "AD", "OOD",
];

/// Conjunctions and prepositions, which follow a number without being its unit.
const LINKING_WORDS: &[&str] = &[
    "и", "или", "а", "но", "по", "до", "от", "за", "на", "към", "і", "та", "або", "від", "and", "or", "to", "from",
    "until", "by",
];

/// Words that name a provision before its number: "ст. 55", "статьи 12", "статті 20", "чл. 5", "Article 55",
/// "Condition C4".
const PROVISIONS: &[&str] = &[
    "ст.",
    "статья",
    "статьи",
    "статье",
    "статью",
    "статьёй",
    "статей",
    "статьям",
    "стаття",
    "статті",
    "статтю",
    "статтею",
    "статтями",
    "статтям",
    "п.",
    "пп.",
    "пункт",
    "пункта",
    "пунктом",
    "пункте",
    "пункту",
    "пунктами",
    "подп.",
    "ч.",
    "часть",
    "части",
    "частью",
    "частина",
    "частини",
    "частиною",
    "абз.",
    "чл.",
    "член",
    "члена",
    "чл",
    "ал.",
    "алинея",
    "алинеи",
    "article",
    "articles",
    "art.",
    "section",
    "sections",
    "condition",
    "conditions",
    "regulation",
    "paragraph",
    "para.",
    "clause",
];

/// Currency signs and codes written before an amount ("£ 25", "BGN 25.00").
const CURRENCIES_BEFORE: &[&str] = &["₽", "€", "$", "£", "BGN", "EUR", "GBP", "RUB", "USD", "UAH"];

/// Per character of a paragraph: which spaces hold and which characters belong to sealed words.
pub(crate) struct Protection {
    /// `tie[i]`: the space at `i` must not break.
    pub tie: Vec<bool>,
    /// `seal[i]`: the word holding `i` is never broken inside.
    pub seal: Vec<bool>,
}

/// A word of the paragraph: its characters `start..end` and whether a line break or an explicit break
/// point separates it from the word before.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    /// The separator before it is ordinary spacing (no `\n`, no zero-width space): it may be tied.
    tieable: bool,
    /// The first word of the paragraph or of a line after a forced break.
    line_start: bool,
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | NBSP | ZERO_WIDTH_SPACE)
}

/// Finds what must hold together in `chars`, the text of one paragraph set with `align`.
pub(crate) fn protect(chars: &[char], align: Align) -> Protection {
    let words = split_words(chars);
    let mut protection = Protection { tie: vec![false; chars.len()], seal: vec![false; chars.len()] };
    let text = |w: &Word| -> String { chars[w.start..w.end].iter().collect() };
    let texts: Vec<String> = words.iter().map(text).collect();
    for (k, word) in words.iter().enumerate() {
        if is_sealed(&texts[k]) {
            protection.seal[word.start..word.end].fill(true);
        }
        if k > 0 && word.tieable && holds(&texts[k - 1], &texts[k]) {
            tie_before(&mut protection, chars, &words, k);
            // A surname beside its initials is not hyphenated either, nor a provision beside its number.
            if is_initial(&texts[k - 1])
                || is_initial(texts[k].trim_end_matches([',', ';', ')', '/']))
                || is_provision(&texts[k - 1])
            {
                seal(&mut protection, &words, k - 1..=k);
            }
        }
    }
    tie_legal_names(&mut protection, chars, &words, &texts);
    tie_line_ends(&mut protection, chars, &words, align);
    protection
}

fn split_words(chars: &[char]) -> Vec<Word> {
    let mut words = Vec::new();
    let mut i = 0;
    let mut tieable = false;
    let mut line_start = true;
    while i < chars.len() {
        if is_separator(chars[i]) {
            if matches!(chars[i], '\n' | ZERO_WIDTH_SPACE) {
                tieable = false;
                line_start |= chars[i] == '\n';
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !is_separator(chars[i]) {
            i += 1;
        }
        words.push(Word { start, end: i, tieable: tieable && !line_start, line_start });
        tieable = true;
        line_start = false;
    }
    words
}

/// Makes every space between word `k - 1` and word `k` hold.
fn tie_before(protection: &mut Protection, chars: &[char], words: &[Word], k: usize) {
    let gap = words[k - 1].end..words[k].start;
    for (held, &c) in protection.tie[gap.clone()].iter_mut().zip(&chars[gap]) {
        if matches!(c, ' ' | '\t') {
            *held = true;
        }
    }
}

/// Keeps words `range` unhyphenated.
fn seal(protection: &mut Protection, words: &[Word], range: std::ops::RangeInclusive<usize>) {
    for word in &words[range] {
        protection.seal[word.start..word.end].fill(true);
    }
}

fn is_tied_before(protection: &Protection, chars: &[char], words: &[Word], k: usize) -> bool {
    (words[k - 1].end..words[k].start).all(|i| protection.tie[i] || chars[i] == NBSP)
}

/// An e-mail address, a URL or a domain, or a word with a digit in it (a reference such as
/// "16-03/КР-048215", "М-0715-483127", "126-ФЗ"): broken nowhere inside.
fn is_sealed(word: &str) -> bool {
    let core = word.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | ':' | '!' | '?' | '«' | '»' | '"'));
    core.contains('@')
        || core.contains("://")
        || core.starts_with("www.")
        || is_domain(core.trim_end_matches('.'))
        || core.chars().any(|c| c.is_ascii_digit())
}

/// "mts.ru", "blogs.mts.ru/help": Latin labels joined by dots, ending in a Latin top-level label.
fn is_domain(word: &str) -> bool {
    let host = word.split('/').next().unwrap_or(word);
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels.last().is_some_and(|l| l.len() >= 2 && l.chars().all(|c| c.is_ascii_lowercase()))
}

/// Whether the space between two neighbouring words must hold.
fn holds(before: &str, after: &str) -> bool {
    let after_first = after.chars().next().unwrap_or(' ');
    let after_bare = after.trim_start_matches(['(', '«', '„', '“', '"']);
    // Phone, account and amount digit groups: "+7 918 417-23-56", "1 200", "(495) 123-45-67"; not a date after
    // them ("8 800 250-08-90 14.03.2016").
    (is_number_group(before) && before.ends_with(|c: char| c.is_ascii_digit() || c == ')') && !is_date(after)
        && (after_first.is_ascii_digit() || (after_first == '(' && after[1..].starts_with(|c: char| c.is_ascii_digit()))))
        // A provision with its number: "статьи 12", "чл. 55", "Condition C4".
        || (is_provision(before) && is_provision_number(after))
        // A number with its unit or currency: "60 дней", "25,00 лв.", "8 мин.", "350 ₽", "30 days"; not a date
        // with the word after it ("с 14.02.2019 по 17.03.2019", "10.08 и 11.08").
        || (is_number(before)
            && ((after_first.is_alphabetic() && !LINKING_WORDS.contains(&after))
                || matches!(after_first, '₽' | '€' | '$' | '£' | '%' | '‰')))
        // A currency before its amount.
        || (CURRENCIES_BEFORE.contains(&before) && after_first.is_ascii_digit())
        // "No. 126-FZ", "Nr. 5", "№№ 1".
        || (matches!(before, "No." | "no." | "Nr." | "nr." | "№№" | "Ref.") && after_first.is_ascii_digit())
        // A title with the name: "Mr. Smith", "г-н Петров".
        || (matches!(before, "Mr." | "Mrs." | "Ms." | "Dr." | "г-н" | "г-жа") && is_capitalised(after_bare))
        // Initials with the surname, either way round: "А. И. Булатов", "Гаврилова С. Н.", "Yosif V. Gurko".
        || (is_initial(before.trim_end_matches('/')) && (is_initial(after) || is_capitalised(after_bare)))
        || (is_capitalised(before.trim_start_matches(['(', '«', '„', '“', '"']))
            && is_initial(after.trim_end_matches([',', ';', ')', '/'])))
}

/// "14.03.2016", "09.08", "1.10.2026,": a day and a month, and perhaps a year, joined by full stops.
fn is_date(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches(['.', ',', ';', ':', ')']).split('.').collect();
    let digits = |part: &str, most: usize| (1..=most).contains(&part.len()) && part.chars().all(|c| c.is_ascii_digit());
    (parts.len() == 2 || (parts.len() == 3 && digits(parts[2], 4))) && digits(parts[0], 2) && digits(parts[1], 2)
}

/// A word naming a provision, perhaps after an opening bracket: "статьи", "(ст.", "Article".
fn is_provision(word: &str) -> bool {
    PROVISIONS.contains(&word.trim_start_matches(['(', '«', '„', '“', '"']).to_lowercase().as_str())
}

/// The number of a provision: "12", "55,", "5)", "C4", "20.1".
fn is_provision_number(word: &str) -> bool {
    let core = word.trim_end_matches(['.', ',', ';', ':', ')']);
    let mut chars = core.chars();
    let first = chars.next();
    first.is_some_and(|c| c.is_ascii_digit())
        || (first.is_some_and(|c| c.is_ascii_uppercase()) && core.len() <= 4 && chars.any(|c| c.is_ascii_digit()))
}

/// Digits with the signs that group them: "+7", "918", "417-23-56", "(495)", "842,37".
fn is_number_group(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '–' | '(' | ')' | '.' | ','))
}

/// A number: digits, with a decimal or thousands separator between digits ("2016", "1842,37", "1.5").
fn is_number(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    !chars.is_empty()
        && chars[0].is_ascii_digit()
        && chars[chars.len() - 1].is_ascii_digit()
        && chars.iter().enumerate().all(|(i, &c)| {
            c.is_ascii_digit()
                || (matches!(c, '.' | ',') && chars[i - 1].is_ascii_digit() && chars[i + 1].is_ascii_digit())
        })
}

/// "А.", "А.Б.": one or two capital letters each followed by a full stop; after the name, a comma or a
/// bracket may follow ("Гаврилова С. Н.,").
fn is_initial(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    (chars.len() == 2 || chars.len() == 4)
        && chars.chunks(2).all(|pair| pair[0].is_uppercase() && pair.get(1) == Some(&'.'))
}

/// A word written with a capital and then lower-case letters: a name.
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.clone().next().is_some_and(char::is_lowercase)
}

fn is_legal_form(word: &str) -> bool {
    let core = word.trim_start_matches('(').trim_end_matches([')', ',', ';', ':']);
    LEGAL_FORMS.contains(&core)
}

/// The quote that closes one opened by `open`, if `open` is an opening quote.
fn closing_quotes(open: char) -> Option<&'static [char]> {
    match open {
        '«' => Some(&['»']),
        '„' => Some(&['“', '”']),
        '“' => Some(&['”']),
        '"' => Some(&['"']),
        _ => None,
    }
}

/// The word that ends the quotation opened in word `k`, counting nested «…» pairs; `None` when `k` opens no
/// quotation or it is not closed on the same line.
fn quotation_end(chars: &[char], words: &[Word], k: usize) -> Option<usize> {
    let first = chars[words[k].start..words[k].end].iter().position(|&c| c != '(')?;
    let open = chars[words[k].start + first];
    let closers = closing_quotes(open)?;
    let mut depth = 0_usize;
    for (j, word) in words.iter().enumerate().skip(k) {
        if j > k && word.line_start {
            return None;
        }
        let from = if j == k { word.start + first } else { word.start };
        for &c in &chars[from..word.end] {
            if depth > 0 && closers.contains(&c) {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            } else if c == open {
                depth += 1;
            }
        }
    }
    None
}

/// A legal form holds to the company name it qualifies, before or after it: a whole quotation or one
/// capitalised word.
fn tie_legal_names(protection: &mut Protection, chars: &[char], words: &[Word], texts: &[String]) {
    for k in 0..words.len() {
        if !is_legal_form(&texts[k]) {
            continue;
        }
        // The name after the form: «ПАО «Мобильные ТелеСистемы»», "ООО Ромашка".
        if k + 1 < words.len() && words[k + 1].tieable {
            let end = quotation_end(chars, words, k + 1)
                .or_else(|| is_capitalised(&texts[k + 1]).then_some(k + 1))
                .filter(|&end| (k + 2..=end).all(|j| words[j].tieable));
            if let Some(end) = end {
                for j in k + 1..=end {
                    tie_before(protection, chars, words, j);
                }
                seal(protection, words, k..=end);
                continue;
            }
        }
        // The name before it: „Мобилтел“ ЕАД, Vodafone Ltd.
        if k > 0 && words[k].tieable {
            let start = (0..k)
                .rev()
                .find(|&j| quotation_end(chars, words, j) == Some(k - 1))
                .or_else(|| is_capitalised(&texts[k - 1]).then_some(k - 1))
                .filter(|&start| (start + 1..=k).all(|j| words[j].tieable));
            if let Some(start) = start {
                for j in start + 1..=k {
                    tie_before(protection, chars, words, j);
                }
                seal(protection, words, start..=k);
            }
        }
    }
}

/// The last line of every line group holds at least [`RUNT_MIN_CHARS`] visible characters, and a centred
/// one at least two words: the words of that tail are tied and never hyphenated.
fn tie_line_ends(protection: &mut Protection, chars: &[char], words: &[Word], align: Align) {
    let mut end = words.len();
    while end > 0 {
        let start = (0..end).rev().find(|&j| words[j].line_start).unwrap_or(0);
        let mut tail = end - 1;
        let mut visible = words[tail].end - words[tail].start;
        let mut tail_words = 1;
        while tail > start && words[tail].tieable {
            let short = visible < RUNT_MIN_CHARS || (align == Align::Center && tail_words < 2);
            if !short && !is_tied_before(protection, chars, words, tail) {
                break;
            }
            tie_before(protection, chars, words, tail);
            tail -= 1;
            visible += words[tail].end - words[tail].start;
            tail_words += 1;
        }
        seal(protection, words, tail..=end - 1);
        end = start;
    }
}
