//! From a case to a typeset PDF: templates fill in the wording, the typesetter lays it out.
//!
//! Wording lives in `templates/letters/<lang>.tera`, one section per template (compiled in); this module checks
//! that every character can be printed, builds the template context, and assembles the letter, the applicant's
//! copy with its receipt block, and the evidence checklist into one document.

mod annex;
mod context;
mod error;
mod files;
mod labels;
#[cfg(test)]
mod law_table;
pub mod markup;
#[cfg(test)]
mod options_table;
mod request;
#[cfg(test)]
mod typography;

use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};
use tera::Tera;

pub use annex::{Enclosure, EnclosureProblem};
pub use context::listed_evidence;
pub use error::LetterError;
pub use files::{is_plain_file_name, issued_from_file_name, letter_stem};
pub(crate) use labels::calendar_words;
pub use labels::long_date;
pub use request::{LetterBlock, LetterOption, LetterRequest, LetterTitle, follow_up_options};

use crate::bundled;
pub use crate::models::LetterKind;
use crate::models::{Case, DeliveryMethod, Jurisdiction, Language};
use crate::profile::Envelope;
use crate::rules::{self, DueKind};
use crate::text;
use crate::validate::{Problem, ProblemCode, validate};
use complaint_typeset::{
    self as typeset, Align, Block, Document, Fonts, FooterLabel, RenderedPdf, Section, Style, TextLanguage,
};
use context::LetterContext;
use labels::Labels;

const TEMPLATE_SUFFIX: &str = ".letter";

/// The templates every language has beside one per letter kind: the applicant's receipt block and the
/// evidence checklist.
const SHARED_TEMPLATES: [&str; 2] = ["receipt", "checklist"];

/// How many templates a language has.
const TEMPLATE_COUNT: usize = LetterKind::COUNT + SHARED_TEMPLATES.len();

/// Compiled templates, labels and parsed fonts: built once, then every letter renders from memory.
pub struct Letters {
    /// One engine per language, jurisdiction and template (see `engine`), compiled on first use: a claim
    /// needs three of the templates, and compiling them is a good part of a letter's start-up time.
    engines: Vec<OnceLock<Tera>>,
    /// The post office's form of each jurisdiction, for a letter sent by registered post; compiled on first use.
    post_forms: Vec<OnceLock<Tera>>,
    /// The labels of each language, in the order of [`Language::ALL`].
    labels: &'static [Labels],
    /// Each letter kind's title in each language, from its template's first line: `titles[lang][kind]`.
    titles: Vec<Vec<&'static str>>,
    /// The languages each jurisdiction's law is written in, in the order of [`Jurisdiction::ALL`]: a letter in
    /// any other would have no law to cite.
    letter_languages: Vec<&'static [Language]>,
    fonts: Fonts,
}

/// The title a letter template gives its letter on its first line, `{# title: Претензия #}`.
fn template_title(lang: Language, kind: LetterKind) -> Result<&'static str, LetterError> {
    let first = letter_template(lang, kind.id())?.lines().next().unwrap_or_default();
    first
        .strip_prefix("{# title:")
        .and_then(|rest| rest.strip_suffix("#}"))
        .map(str::trim)
        .filter(|title| !title.is_empty())
        .ok_or_else(|| LetterError::Template {
            template: section_name(lang, kind.id()),
            message: "its first line is not `{# title: … #}`".into(),
        })
}

/// The file holding every letter of `lang`, one section each.
fn letters_file(lang: Language) -> String {
    format!("letters/{}.tera", lang.id())
}

/// How an error names the section `name` of `lang`'s letters file, so the translator finds it.
fn section_name(lang: Language, name: &str) -> String {
    format!("{} {name}", letters_file(lang))
}

/// The template `name` of `lang` (a letter kind's id, or a shared template's): its section of the language's file.
fn letter_template(lang: Language, name: &str) -> Result<&'static str, LetterError> {
    bundled::section(&letters_file(lang), name)
        .ok_or_else(|| LetterError::Template { template: section_name(lang, name), message: "no such section".into() })
}

/// The bundled file at `path`, or the template error naming it.
fn bundled_template(path: &str) -> Result<&'static str, LetterError> {
    bundled::file(path)
        .ok_or_else(|| LetterError::Template { template: path.to_owned(), message: "no such template file".into() })
}

impl Letters {
    /// Compiles the bundled templates and parses the bundled fonts.
    pub fn new() -> Result<Letters, LetterError> {
        let labels = labels::all()?;
        let titles = Language::ALL
            .into_iter()
            .map(|lang| LetterKind::ALL.into_iter().map(|kind| template_title(lang, kind)).collect())
            .collect::<Result<_, _>>()?;
        let letter_languages = Jurisdiction::ALL.into_iter().map(rules::letter_languages).collect::<Result<_, _>>()?;
        Ok(Letters {
            engines: (0..Language::COUNT * Jurisdiction::COUNT * TEMPLATE_COUNT).map(|_| OnceLock::new()).collect(),
            post_forms: (0..Jurisdiction::COUNT).map(|_| OnceLock::new()).collect(),
            labels,
            titles,
            letter_languages,
            fonts: Fonts::bundled()?,
        })
    }

    /// What a letter of `kind` is called in `lang`: the title its template gives it, for the document and for
    /// the interface's buttons and lists.
    pub fn title(&self, kind: LetterKind, lang: Language) -> &'static str {
        self.titles[lang.index()][kind.index()]
    }

    /// Every letter kind with its title in `lang`.
    pub fn titles(&self, lang: Language) -> Vec<LetterTitle> {
        LetterKind::ALL.into_iter().map(|kind| LetterTitle { kind, title: self.title(kind, lang).to_owned() }).collect()
    }

    /// The labels of `lang`.
    fn labels(&self, lang: Language) -> &'static Labels {
        &self.labels[lang.index()]
    }

    /// The engine holding one template of one language with the law of one jurisdiction, compiling it the
    /// first time.
    fn engine(&self, lang: Language, jurisdiction: Jurisdiction, name: &str) -> Result<&Tera, LetterError> {
        let unknown = || LetterError::Template { template: name.to_owned(), message: "no such letter template".into() };
        let position = LetterKind::ALL
            .iter()
            .position(|kind| kind.id() == name)
            .or_else(|| SHARED_TEMPLATES.iter().position(|n| *n == name).map(|at| LetterKind::COUNT + at))
            .ok_or_else(unknown)?;
        let slot =
            &self.engines[(lang.index() * Jurisdiction::COUNT + jurisdiction.index()) * TEMPLATE_COUNT + position];
        if let Some(tera) = slot.get() {
            return Ok(tera);
        }
        if !self.letter_languages[jurisdiction.index()].contains(&lang) {
            return Err(LetterError::LanguageNotOffered { jurisdiction, language: lang });
        }
        let (lang_id, jurisdiction_id) = (lang.id(), jurisdiction.id());
        // The data-protection wording the EU and the UK share, which those jurisdictions' law files call.
        let gdpr = format!("law/gdpr/{lang_id}");
        let law = format!("law/{jurisdiction_id}/{lang_id}");
        let [gdpr_source, law_source] = [&gdpr, &law].map(|path| bundled_template(&format!("{path}.tera")));
        let tera = compile(
            &section_name(lang, name),
            [
                (format!("{gdpr}{TEMPLATE_SUFFIX}"), gdpr_source?),
                (format!("{law}{TEMPLATE_SUFFIX}"), law_source?),
                (format!("{lang_id}/{name}{TEMPLATE_SUFFIX}"), letter_template(lang, name)?),
            ],
        )?;
        Ok(slot.get_or_init(|| tera))
    }

    /// Every field holding a character the font cannot print, as the check reports it, so that a case the
    /// check passes is a case the letter prints.
    pub fn unprintable(&self, case: &Case) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (path, value) in case.text_fields() {
            let value = text::normalize_str(value);
            let missing =
                [Style::Regular, Style::Bold].into_iter().find_map(|style| self.fonts.missing_char(style, &value));
            // Control and invisible characters have problems of their own.
            if let Some(ch) = missing.filter(|&c| !c.is_control() && !text::is_invisible(c)) {
                let code = ProblemCode::UnprintableCharacter;
                let message =
                    format!("contains “{ch}” (U+{:04X}), which the letter's font cannot print", u32::from(ch));
                problems.push(Problem { path, code, message });
            }
        }
        problems
    }

    /// Typesets the letter for a case as of `today`, with the copies of the evidence in `enclosures` after it
    /// when the request asks for them.
    ///
    /// Refuses, naming the field, when a character cannot be printed or is invisible, and refuses an incomplete
    /// case. A carriage return is a line break, as [`validate`] takes it.
    pub fn render(
        &self,
        case: &Case,
        request: &LetterRequest,
        enclosures: &[Enclosure],
        today: NaiveDate,
    ) -> Result<RenderedPdf, LetterError> {
        self.check(case, request, today)?;
        Ok(typeset::render(&self.document(case, request, enclosures, today)?, &self.fonts)?)
    }

    /// What [`Letters::render`] refuses: an unprintable or invisible character, an incomplete case, a letter
    /// the case is not ready for.
    fn check(&self, case: &Case, request: &LetterRequest, today: NaiveDate) -> Result<(), LetterError> {
        self.check_printable(case)?;
        let problems = validate(case, today);
        if !problems.is_empty() {
            return Err(LetterError::Incomplete(problems));
        }
        if let Some(block) = request.kind.blocked(case, today) {
            return Err(LetterError::Blocked(block));
        }
        Ok(())
    }

    /// Refuses, naming the field, a character the font cannot print or one that would print as nothing.
    fn check_printable(&self, case: &Case) -> Result<(), LetterError> {
        for (field, value) in case.text_fields() {
            let value = text::normalize_str(value);
            if let Some(ch) = text::find_invisible(&value) {
                return Err(LetterError::InvisibleCharacter { field, ch });
            }
            for style in [Style::Regular, Style::Bold] {
                if let Some(ch) = self.fonts.missing_char(style, &value) {
                    return Err(LetterError::UnsupportedCharacter { field, ch });
                }
            }
        }
        Ok(())
    }

    /// Typesets the letter for a case as it stands, as of `today`, for the review step to show its pages.
    ///
    /// Unlike [`Letters::render`] it accepts an incomplete case and does not ask whether the case is ready
    /// for this letter: the wizard shows the pages while fields are still missing, and what is missing prints
    /// as a gap. A character that cannot be printed is refused as [`Letters::render`] refuses it.
    pub fn draft(
        &self,
        case: &Case,
        request: &LetterRequest,
        enclosures: &[Enclosure],
        today: NaiveDate,
    ) -> Result<RenderedPdf, LetterError> {
        self.check_printable(case)?;
        Ok(typeset::render(&self.document(case, request, enclosures, today)?, &self.fonts)?)
    }

    /// The letter, the copies of the evidence, the applicant's copy with its receipt block and the checklist, as
    /// one document to typeset: what [`Letters::render`] sets, for a tool that sets the same text another way
    /// (the benchmark gives it to the programs a customer could use instead).
    pub fn document(
        &self,
        case: &Case,
        request: &LetterRequest,
        enclosures: &[Enclosure],
        today: NaiveDate,
    ) -> Result<Document, LetterError> {
        let lang = request.language.unwrap_or(case.letter_language);
        let labels = self.labels(lang);
        let footer = FooterLabel { page_of: labels.page_of.clone() };
        let annexed = request.annexes && request.kind.lists_evidence();
        let sheets = if annexed { annex::sheets_per_listed_item(case, enclosures) } else { Vec::new() };
        let mut context = letter_context(case, request.kind, lang, today);
        context.count_sheets(&sheets);

        let mut letter = self.blocks(lang, request.kind.id(), &context)?;
        if let Some(envelope) = request.envelope {
            letter = in_window(letter, envelope, &case.customer);
        }
        let mut sections = vec![Section { header: None, footer_label: footer.clone(), blocks: letter }];
        let letter_sheets = self.letter_sheets(case, request, &sections[0], lang)?;
        let posting = self.posting(case, request, letter_sheets, &sheets, today)?;
        if annexed {
            let blocks =
                annex::annex_blocks(case, enclosures, context.attachments_from + 1, (&labels.annex, lang), |text| {
                    self.fonts.printable(Style::Italic, text)
                });
            if !blocks.is_empty() {
                sections.push(Section { header: None, footer_label: FooterLabel { page_of: String::new() }, blocks });
            }
        }
        sections.extend(posting);
        if request.office_copy {
            context.copy = true;
            context.letter_sheets = letter_sheets;
            let mut copy = self.blocks(lang, request.kind.id(), &context)?;
            sign_over_receipt(&mut copy, self.blocks(lang, "receipt", &context)?);
            sections.push(Section {
                header: Some(labels.copy_header.clone()),
                footer_label: footer.clone(),
                blocks: copy,
            });
            context.copy = false;
        }
        // The checklist travels with the first claim; later letters list their attachments instead.
        if request.kind == LetterKind::Claim {
            sections.push(Section {
                header: Some(labels.checklist_header.clone()),
                footer_label: footer.clone(),
                blocks: self.blocks(lang, "checklist", &context)?,
            });
        }
        if let Some(reading) = request.reading_copy.filter(|reading| *reading != lang) {
            sections.push(self.reading_copy(case, request.kind, reading, &sheets, today)?);
        }

        Ok(Document {
            title: format!("{} — {}", self.title(request.kind, lang), case.company.legal_name.trim()),
            author: case.customer.full_name.trim().to_owned(),
            subject: case.title.trim().to_owned(),
            creation_date: (today.year(), month_day(today).0, month_day(today).1),
            language: self.labels(lang).text_language(),
            sections,
        })
    }

    /// The letter's own sheets, for the receipt block and the post office's form, laid out once and alone in its
    /// language; 0 when neither is printed.
    fn letter_sheets(
        &self,
        case: &Case,
        request: &LetterRequest,
        letter: &Section,
        lang: Language,
    ) -> Result<usize, LetterError> {
        if !request.office_copy && post_form(case, request).is_none() {
            return Ok(0);
        }
        Ok(typeset::page_count(&single_section(letter, self.labels(lang).text_language()), &self.fonts)?)
    }

    /// The post office's form for a claim sent by registered post, listing the claim (`letter_sheets`) and the
    /// copies of the evidence (`sheets`, as counted for the letter's list).
    fn posting(
        &self,
        case: &Case,
        request: &LetterRequest,
        letter_sheets: usize,
        sheets: &[usize],
        today: NaiveDate,
    ) -> Result<Option<Section>, LetterError> {
        let Some((source, lang)) = post_form(case, request) else { return Ok(None) };
        let name = format!("post/{}{TEMPLATE_SUFFIX}", case.jurisdiction.id());
        let slot = &self.post_forms[case.jurisdiction.index()];
        let engine = match slot.get() {
            Some(engine) => engine,
            None => {
                let tera = compile(&name, [(name.as_str(), source)])?;
                slot.get_or_init(|| tera)
            }
        };
        let mut context = letter_context(case, request.kind, lang, today);
        context.count_sheets(sheets);
        let evidence = listed_evidence(case).count();
        // The copies' sheets are known when the app prints every one of them.
        let known = evidence == 0 || context.annex_sheets > 0;
        context.posting = context::PostingView {
            letter_title: self.title(request.kind, lang).to_owned(),
            letter_sheets,
            total_sheets: if known { letter_sheets + context.annex_sheets } else { 0 },
            items: 1 + evidence,
        };
        let blocks = render_blocks(engine, &name, &context)?;
        Ok(Some(Section { header: None, footer_label: FooterLabel { page_of: String::new() }, blocks }))
    }

    /// The letter in the customer's own language, every page headed as a translation not to be handed in.
    fn reading_copy(
        &self,
        case: &Case,
        kind: LetterKind,
        lang: Language,
        sheets: &[usize],
        today: NaiveDate,
    ) -> Result<Section, LetterError> {
        let labels = self.labels(lang);
        let mut context = letter_context(case, kind, lang, today);
        context.count_sheets(sheets);
        Ok(Section {
            header: Some(labels.reading_copy_header.clone()),
            footer_label: FooterLabel { page_of: labels.page_of.clone() },
            blocks: self.blocks(lang, kind.id(), &context)?,
        })
    }

    /// The letter's text as the reader will see it, one paragraph per block, without typesetting it: what
    /// the tests of the wording read.
    ///
    /// Like [`Letters::draft`] it accepts an incomplete case.
    pub fn preview(
        &self,
        case: &Case,
        kind: LetterKind,
        lang: Language,
        today: NaiveDate,
    ) -> Result<String, LetterError> {
        let context = letter_context(case, kind, lang, today);
        Ok(markup::plain_text(&self.blocks(lang, kind.id(), &context)?))
    }

    /// What the letter says to its addressee, in plain text, without the address block, the heading or the
    /// signature: the text a web form's complaint field takes in place of the letter.
    pub fn body_text(
        &self,
        case: &Case,
        kind: LetterKind,
        lang: Language,
        today: NaiveDate,
    ) -> Result<String, LetterError> {
        let context = letter_context(case, kind, lang, today);
        let blocks = self.blocks(lang, kind.id(), &context)?;
        let centred = |block: &Block| matches!(block, Block::Paragraph { align: Align::Center, .. });
        let signed = |block: &Block| match block {
            Block::Signature { .. } => true,
            Block::KeepTogether(inner) => inner.iter().any(|b| matches!(b, Block::Signature { .. })),
            _ => false,
        };
        // The salutation and the subject line before the text, and the list of enclosures and the closing after
        // it, are the letter's: a form has fields and uploads of its own. Each is a paragraph without an indent.
        let unindented = |block: &Block| matches!(block, Block::Paragraph { first_line_indent_mm, .. } if *first_line_indent_mm == 0.0);
        let body: Vec<Block> = blocks
            .into_iter()
            .skip_while(|block| !centred(block))
            .skip_while(|block| centred(block) || unindented(block) || matches!(block, Block::VSpace { .. }))
            .take_while(|block| !signed(block) && !unindented(block))
            .collect();
        Ok(markup::plain_text(&body))
    }

    fn blocks(&self, lang: Language, name: &str, context: &LetterContext) -> Result<Vec<Block>, LetterError> {
        let template = format!("{}/{name}{TEMPLATE_SUFFIX}", lang.id());
        render_blocks(self.engine(lang, *context.jurisdiction, name)?, &template, context)
    }
}

/// Adds the receipt block to the applicant's copy inside the signature's own keep, so the sheet the clerk
/// stamps always carries the date and the signature: the receipt never goes to a page of its own.
fn sign_over_receipt(copy: &mut Vec<Block>, receipt: Vec<Block>) {
    let receipt = receipt.into_iter().flat_map(|block| match block {
        Block::KeepTogether(inner) => inner,
        other => vec![other],
    });
    match copy.last_mut() {
        Some(Block::KeepTogether(signature)) => signature.extend(receipt),
        _ => copy.push(Block::KeepTogether(receipt.collect())),
    }
}

/// An engine holding `templates`, escaping every value into inert markup; `name` names it in errors.
fn compile<'a>(
    name: &str,
    templates: impl IntoIterator<Item = (impl AsRef<str>, &'a str)>,
) -> Result<Tera, LetterError> {
    let mut tera = Tera::new();
    tera.autoescape_on([TEMPLATE_SUFFIX]);
    tera.set_escape_fn(markup::escape);
    tera.add_raw_templates(templates)
        .map_err(|e| LetterError::Template { template: name.to_owned(), message: e.to_string() })?;
    Ok(tera)
}

/// Template `name` of `engine` filled from `context`, as typesetting blocks.
fn render_blocks(engine: &Tera, name: &str, context: &LetterContext) -> Result<Vec<Block>, LetterError> {
    let failed = |e: tera::Error| LetterError::Template { template: name.to_owned(), message: e.to_string() };
    let text = engine.render(name, &tera::Context::from_serialize(context).map_err(failed)?).map_err(failed)?;
    markup::parse(name, &text)
}

/// The post office's form a letter carries, and the post's language: a claim sent by registered post, in a
/// jurisdiction whose form the app knows (`templates/post/<jurisdiction>.tera`), in its official language. A
/// follow-up's copies are listed by hand, so it carries none.
fn post_form(case: &Case, request: &LetterRequest) -> Option<(&'static str, Language)> {
    let posted = case.delivery == DeliveryMethod::RegisteredPost && request.kind == LetterKind::Claim;
    if !posted {
        return None;
    }
    let source = bundled::file(&format!("post/{}.tera", case.jurisdiction.id()))?;
    let pack = rules::rule_packs().ok()?.iter().find(|pack| pack.jurisdiction == case.jurisdiction)?;
    Some((source, pack.profile.official_language?))
}

/// What the templates of one letter see.
fn letter_context(case: &Case, kind: LetterKind, lang: Language, today: NaiveDate) -> LetterContext<'_> {
    // A deadline the rules cannot place leaves the letters' deadline sentences out rather than failing.
    let due = crate::status::pending_due(case, lang).ok().flatten();
    let made = case.sent.as_ref().and_then(|s| crate::dates::parse_date(&s.date)).unwrap_or(today);
    let term = rules::due_from(case.jurisdiction, &case.terms, DueKind::ClaimAnswer, made, lang).ok();
    let mut context = LetterContext::new(case, lang, today, due.as_ref(), term.as_ref());
    context.kind = kind.id();
    context.attachments_from = context.evidence_offset();
    // Likewise a scheme the rules cannot count leaves the compensation sentences out.
    let compensation = crate::rules::compensation_due(case, today).ok().flatten();
    context.compensation = compensation.map(|due| context::CompensationView::new(&due, lang));
    context
}

/// The letter with its addressee (the lines its template opens with) moved to where `envelope`'s window shows
/// it, under the sender's return address, with the envelope's fold marks.
fn in_window(mut blocks: Vec<Block>, envelope: Envelope, customer: &crate::models::Customer) -> Vec<Block> {
    let count =
        blocks.iter().take_while(|block| matches!(block, Block::ListItem { label, .. } if label.is_empty())).count();
    let lines = blocks
        .drain(..count)
        .filter_map(|block| match block {
            Block::ListItem { runs, .. } => Some(runs),
            _ => None,
        })
        .collect();
    let sender = [customer.full_name.trim(), customer.postal_address.trim()];
    let return_address = sender.iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join(", ");
    let (left_mm, top_mm, width_mm, height_mm) = envelope.address_field();
    let window = typeset::AddressWindow {
        left_mm,
        top_mm,
        width_mm,
        height_mm,
        return_address: text::normalize_str(&return_address).into_owned(),
        lines,
        fold_marks_mm: envelope.fold_marks(),
    };
    // The space that set the addressee apart from the sender goes with it.
    if matches!(blocks.first(), Some(Block::VSpace { .. })) {
        blocks.remove(0);
    }
    blocks.insert(0, Block::AddressWindow(window));
    blocks
}

/// A document of one section, to count its pages.
fn single_section(section: &Section, language: TextLanguage) -> Document {
    Document {
        title: String::new(),
        author: String::new(),
        subject: String::new(),
        creation_date: (2000, 1, 1),
        language,
        sections: vec![section.clone()],
    }
}

fn month_day(date: NaiveDate) -> (u8, u8) {
    // Month and day always fit in a byte.
    (u8::try_from(date.month()).unwrap_or(1), u8::try_from(date.day()).unwrap_or(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::models::{Answer, ContactChannel, DeliveryMethod, IncidentType, Jurisdiction, ReplyChannel, Submission};
    use crate::store::parse_case;
    use proptest::prelude::*;

    #[test]
    fn every_language_file_holds_each_template_once_and_nothing_else() {
        let expected: Vec<&str> = LetterKind::ALL.iter().map(|kind| kind.id()).chain(SHARED_TEMPLATES).collect();
        for lang in Language::ALL {
            assert_eq!(bundled::section_names(&letters_file(lang)), expected, "{lang:?}");
        }
    }

    #[test]
    fn every_language_names_its_tag_and_hyphenation_the_typesetter_has() {
        let letters = Letters::new().expect("letters load");
        for lang in Language::ALL {
            let text = letters.labels(lang).text_language();
            assert!(text.tag.starts_with(lang.id()) && text.hyphenates_cyrillic(), "{lang:?}: {text:?}");
        }
    }

    #[test]
    fn every_letter_kind_has_a_title_of_its_own_in_every_language() {
        let letters = Letters::new().expect("letters load");
        for lang in Language::ALL {
            let titles: Vec<String> = letters.titles(lang).into_iter().map(|t| t.title).collect();
            let distinct: std::collections::BTreeSet<&String> = titles.iter().collect();
            assert_eq!((titles.len(), distinct.len()), (LetterKind::COUNT, LetterKind::COUNT), "{lang:?}: {titles:?}");
        }
        assert_eq!(letters.title(LetterKind::Regulator, Language::Ru), "Жалоба в надзорный орган");
    }

    const TEMPLATES: [&str; 7] =
        ["claim", "reminder", "no_answer", "regulator", "data_request", "checklist", "receipt"];
    const DEBT_NOTICE: &str =
        include_str!("../../../../tests/fixtures/cases/2016-03-14-mts-debt-notice-stranger/case.json");

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).expect("date")
    }

    fn base() -> Case {
        parse_case(DEBT_NOTICE.as_bytes()).expect("fixture parses")
    }

    fn letters() -> &'static Letters {
        static LETTERS: std::sync::OnceLock<Letters> = std::sync::OnceLock::new();
        LETTERS.get_or_init(|| Letters::new().expect("templates and fonts load"))
    }

    fn request(lang: Language, office_copy: bool) -> LetterRequest {
        LetterRequest { language: Some(lang), office_copy, ..LetterRequest::plain(LetterKind::Claim) }
    }

    #[test]
    fn a_letter_or_reading_copy_in_a_language_the_law_is_not_written_in_is_refused() {
        let mut letters = Letters::new().expect("templates and fonts load");
        let bg = Jurisdiction::Bg;
        letters.letter_languages[bg.index()] = &[Language::Bg, Language::En];
        let case = Case { jurisdiction: bg, letter_language: Language::Bg, ..base() };
        letters.render(&case, &request(Language::Bg, false), &[], today()).expect("Bulgarian law is written");
        let refused = |request: &LetterRequest| letters.render(&case, request, &[], today()).expect_err("no such law");
        let ukrainian = refused(&request(Language::Uk, false));
        assert!(matches!(ukrainian, LetterError::LanguageNotOffered { language: Language::Uk, .. }), "{ukrainian}");
        assert_eq!(ukrainian.code(), ErrorCode::LanguageNotOffered);
        let reading = LetterRequest { reading_copy: Some(Language::Uk), ..request(Language::Bg, false) };
        assert_eq!(refused(&reading).code(), ErrorCode::LanguageNotOffered, "nor a reading copy in it");
    }

    #[test]
    fn every_template_renders_for_every_incident_jurisdiction_and_channel() {
        let letters = letters();
        for incident in IncidentType::ALL {
            for jurisdiction in [Jurisdiction::Ru, Jurisdiction::Bg, Jurisdiction::Gb, Jurisdiction::Other] {
                for (reply, delivery) in [
                    (ReplyChannel::Post, DeliveryMethod::InPerson),
                    (ReplyChannel::Email, DeliveryMethod::RegisteredPost),
                    (ReplyChannel::Sms, DeliveryMethod::Email),
                ] {
                    let mut case = base();
                    case.incident = incident;
                    case.jurisdiction = jurisdiction;
                    case.reply_channel = reply;
                    case.delivery = delivery;
                    case.customer.phone = "+7 918 000-00-00".into();
                    case.contacts[0].channel = ContactChannel::Office;
                    let mut answered = case.clone();
                    answered.sent = Some(Submission {
                        date: "2026-10-01".into(),
                        registration_number: "ВХ-0412".into(),
                        ..Submission::default()
                    });
                    answered.answer = Some(Answer { date: "2026-10-20".into(), ..Answer::default() });
                    let due =
                        rules::due_from(jurisdiction, &case.terms, DueKind::ClaimAnswer, today(), Language::En).ok();
                    for (case, due) in [(&case, None), (&answered, due.as_ref())] {
                        for &lang in rules::letter_languages(jurisdiction).expect("packs") {
                            let mut context = LetterContext::new(case, lang, today(), due, due);
                            for name in TEMPLATES {
                                context.kind = name;
                                let blocks = letters.blocks(lang, name, &context).unwrap_or_else(|e| panic!("{e}"));
                                assert!(!blocks.is_empty(), "{name} {lang:?} {incident:?} is empty");
                            }
                            context.copy = true;
                            letters.blocks(lang, "receipt", &context).unwrap_or_else(|e| panic!("{e}"));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn an_empty_optional_field_leaves_no_trace() {
        let mut case = base();
        for contact in &mut case.contacts {
            contact.agent.clear();
            contact.ticket.clear();
            contact.dialled.clear();
            contact.answered.clear();
        }
        case.customer.email.clear();
        case.company.office.clear();
        let context = LetterContext::new(&case, Language::Ru, today(), None, None);
        let text = letters()
            .engine(Language::Ru, case.jurisdiction, "claim")
            .expect("engine")
            .render("ru/claim.letter", &tera::Context::from_serialize(&context).expect("ctx"));
        let text = text.expect("renders");
        for dangling in [": &#10;", ":&#10;", " ,", "..", "()", ": \n"] {
            assert!(!text.contains(dangling), "dangling “{dangling}” in:\n{text}");
        }
    }

    #[test]
    fn a_long_account_of_events_flows_over_pages() {
        let mut case = base();
        case.events[0].text = "Оператор снова не ответил на звонок, и я ждал на линии. ".repeat(340);
        let pdf = letters().render(&case, &request(Language::Ru, true), &[], today()).expect("renders");
        assert!(pdf.pages >= 8, "{} pages", pdf.pages);
    }

    #[test]
    fn text_typed_with_windows_line_breaks_passes_the_check_and_prints() {
        let mut case = base();
        case.events[0].text = "Пришло уведомление о долге.\r\nДоговора с компанией у меня нет.\rЯ позвонил.".into();
        case.contacts[0].summary = "Оператор обещал перезвонить.\r\n".into();
        case.demands[0] = "Отозвать требование.\r\nУдалить мои данные.".into();
        case.evidence[0].description = "Уведомление\r\nот 14.03.2016".into();
        assert_eq!(validate(&case, today()), vec![]);
        for lang in Language::ALL {
            let pdf =
                letters().render(&case, &request(lang, true), &[], today()).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
            assert!(pdf.pages >= 1);
        }
        let text = letters().preview(&case, LetterKind::Claim, Language::Ru, today()).expect("preview");
        assert!(text.contains("Договора с компанией у меня нет.\nЯ позвонил."), "{text}");
        assert!(!text.contains('\r'), "{text}");
    }

    /// Puts `c` after the second character of `s`.
    fn inside(s: &mut String, c: char) {
        let at = s.char_indices().nth(2).map_or(s.len(), |(i, _)| i);
        s.insert(at, c);
    }

    #[test]
    fn an_invisible_character_is_refused_by_its_field_never_printed() {
        for c in crate::text::INVISIBLES {
            for (field, set) in [
                (
                    "customer.full_name",
                    (|case: &mut Case, c| inside(&mut case.customer.full_name, c)) as fn(&mut Case, char),
                ),
                ("events[0].text", |case, c| case.events[0].text.push(c)),
                ("demands[0]", |case, c| case.demands[0].insert(0, c)),
                ("company.legal_name", |case, c| case.company.legal_name.push(c)),
            ] {
                let mut case = base();
                set(&mut case, c);
                let code = format!("U+{:04X}", u32::from(c));
                match letters().render(&case, &request(Language::Ru, false), &[], today()) {
                    Err(LetterError::InvisibleCharacter { field: named, ch }) => {
                        assert_eq!((named.as_str(), ch), (field, c), "{code}");
                    }
                    other => panic!("{field} with {code}: {:?}", other.map(|pdf| pdf.pages)),
                }
                let problem = validate(&case, today()).into_iter().find(|p| p.path == field);
                assert!(
                    problem
                        .is_some_and(|p| p.code == crate::validate::ProblemCode::InvisibleCharacter
                            && p.message.ends_with(&code)),
                    "{field} {code}"
                );
            }
        }
    }

    #[test]
    fn the_refusal_names_the_code_point_not_the_character() {
        let error = LetterError::InvisibleCharacter { field: "demands[0]".into(), ch: '\u{202E}' };
        assert_eq!(error.code(), ErrorCode::InvisibleCharacter);
        let message = error.to_string();
        assert!(message.starts_with("demands[0] contains an invisible character U+202E"), "{message}");
        assert!(!message.contains('\u{202E}'), "{message}");
    }

    fn any_text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            "[\\p{Cyrillic}\\p{Latin} ,.№₽ѝ-]{0,200}",
            "[\\p{Arabic}\\p{Hebrew}\u{200f}\u{202e} ]{1,40}",
            "[\u{1F300}-\u{1FAFF}\u{0}-\u{1f}a ]{1,20}",
            "[а-я \r\n\u{200b}-\u{200f}\u{2060}\u{feff}\u{ad}]{1,40}",
            (1usize..4).prop_map(|n| "Ж".repeat(n * 34_000)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        #[test]
        fn any_text_in_any_field_is_validated_and_printed_or_refused_by_name(text in any_text(), slot in 0usize..6) {
            let mut case = base();
            let field = match slot {
                0 => { case.customer.full_name = text.clone(); "customer.full_name" }
                1 => { case.company.legal_name = text.clone(); "company.legal_name" }
                2 => { case.events[0].text = text.clone(); "events[0].text" }
                3 => { case.contacts[0].summary = text.clone(); "contacts[0].summary" }
                4 => { case.demands[0] = text.clone(); "demands[0]" }
                _ => { case.evidence[0].description = text.clone(); "evidence[0].description" }
            };
            let problems = validate(&case, today());
            match letters().render(&case, &request(Language::Ru, false), &[], today()) {
                Ok(pdf) => {
                    prop_assert!(pdf.pages >= 1);
                    prop_assert!(problems.is_empty());
                }
                Err(LetterError::UnsupportedCharacter { field: named, ch }) => {
                    prop_assert_eq!(named, field);
                    prop_assert!(text.contains(ch));
                    // A carriage return is a line break, never a character the font lacks.
                    prop_assert_ne!(ch, '\r');
                }
                Err(LetterError::InvisibleCharacter { field: named, ch }) => {
                    prop_assert!(text.contains(ch));
                    // The check saw it too: it never passes a text the letter then refuses.
                    prop_assert!(problems.iter().any(|p| p.path == named && p.code == crate::validate::ProblemCode::InvisibleCharacter));
                    prop_assert_eq!(named, field);
                }
                Err(LetterError::Incomplete(_)) => prop_assert!(!problems.is_empty()),
                Err(other) => prop_assert!(false, "unexpected error: {}", other),
            }
        }
    }

    #[test]
    fn a_letter_by_registered_post_carries_the_form_of_the_jurisdiction_s_post_in_its_language() {
        let forms = [
            (Jurisdiction::Ru, "ОПИСЬ ВЛОЖЕНИЯ", 2),
            (Jurisdiction::Bg, "ПРЕПОРЪЧАНО ПИСМО С ОБРАТНА РАЗПИСКА", 1),
            (Jurisdiction::Gb, "RECORD OF POSTING", 1),
        ];
        let mut case = base();
        case.sent = Some(Submission { date: "2026-10-01".into(), ..Submission::default() });
        for (jurisdiction, title, copies) in forms {
            case.jurisdiction = jurisdiction;
            for &lang in rules::letter_languages(jurisdiction).expect("packs") {
                let kind = LetterKind::Claim;
                case.delivery = DeliveryMethod::RegisteredPost;
                let request = LetterRequest { kind, ..request(lang, false) };
                let document = letters().document(&case, &request, &[], today()).expect("document");
                let text = markup::plain_text(&document.sections[1].blocks);
                assert_eq!(text.matches(title).count(), copies, "{jurisdiction:?} {lang:?} {kind:?}:\n{text}");
                assert!(text.contains(case.company.legal_name.trim()), "{text}");
                // The form counts the letter's sheets as the letter is set, in the letter's own language.
                let sheets = typeset::page_count(
                    &single_section(&document.sections[0], letters().labels(lang).text_language()),
                    &letters().fonts,
                )
                .expect("pages");
                if jurisdiction == Jurisdiction::Ru {
                    assert!(text.contains(&format!("на {sheets}\u{a0}л.")), "{lang:?}: {sheets} sheets:\n{text}");
                }
                case.delivery = DeliveryMethod::InPerson;
                let document = letters().document(&case, &request, &[], today()).expect("document");
                let text =
                    markup::plain_text(&document.sections.iter().flat_map(|s| s.blocks.clone()).collect::<Vec<_>>());
                assert!(!text.contains(title), "{jurisdiction:?} {lang:?} {kind:?}: a form for a letter handed in");
            }
        }
        // The regulator is not written to by the company's post form, and `other` has no form the app knows.
        for (jurisdiction, kind) in
            [(Jurisdiction::Ru, LetterKind::Regulator), (Jurisdiction::Other, LetterKind::Claim)]
        {
            case.jurisdiction = jurisdiction;
            case.delivery = DeliveryMethod::RegisteredPost;
            let request = LetterRequest { kind, ..request(Language::Ru, false) };
            let document = letters().document(&case, &request, &[], today()).expect("document");
            let text = markup::plain_text(&document.sections.iter().flat_map(|s| s.blocks.clone()).collect::<Vec<_>>());
            assert!(forms.iter().all(|(_, title, _)| !text.contains(title)), "{jurisdiction:?} {kind:?}");
        }
    }
}
