//! The typesetting engine: formal letters as A4 PDFs an office clerk can stamp.
//!
//! It knows documents, not cases: input in, PDF bytes out, with no file or clock of its own, so it can be
//! fuzzed and measured alone.
//!
//! A [`Document`] is sections of blocks (paragraphs, list items, check boxes, frames for a stamp). [`render`]
//! breaks justified paragraphs optimally with hyphenation in the letter's language, paginates with the usual
//! rules (no lone heading at a page foot, no single widow or orphan line, signature blocks kept whole), numbers
//! the pages of multi-page sections and writes a PDF with subset Noto Serif faces. The same document always
//! gives the same bytes.
//!
//! What must not break is found in the text itself (e-mail addresses, phone and account numbers, "№ 123", a
//! number with its unit, initials with a surname, a legal form with the company's name), so text a customer
//! typed is kept whole like the templates' own. [`proof`] gives the laid-out lines for checking all this.

mod attachment;
mod error;
mod fonts;
mod layout;
mod linebreak;
mod pdf;
mod protect;
#[cfg(test)]
mod tests;

pub use attachment::{Attachment, AttachmentError};
pub use error::TypesetError;
pub use fonts::Fonts;

/// The language of a document's text: the PDF's /Lang and which hyphenation patterns break its Cyrillic words
/// (Latin words are always English). Data of the language that uses it, so the typesetter lists no languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TextLanguage {
    /// Its BCP 47 tag: "ru-RU", "en-GB".
    pub tag: &'static str,
    /// The ISO 639-1 code of the patterns for its Cyrillic words ("ru", "bg", "uk"): a Russian name in an
    /// English letter is hyphenated as Russian. Words of a code without patterns are not hyphenated.
    pub cyrillic: [u8; 2],
}

impl TextLanguage {
    /// The typesetter has patterns for its Cyrillic words.
    pub fn hyphenates_cyrillic(self) -> bool {
        hypher::Lang::from_iso(self.cyrillic).is_some()
    }
}

/// The face a run is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// Body text.
    Regular,
    /// Headings and what must stand out (amounts, deadlines).
    Bold,
    /// Quotations and notes.
    Italic,
}

/// Text in one face; a paragraph is a sequence of runs. `\n` inside a run forces a line break.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// The text. Use U+00A0 (no-break space) to keep "350 ₽" or "№ 123" on one line.
    pub text: String,
    /// Its face.
    pub style: Style,
}

impl Run {
    /// A run of body text.
    pub fn regular(text: impl Into<String>) -> Self {
        Self { text: text.into(), style: Style::Regular }
    }

    /// A bold run.
    pub fn bold(text: impl Into<String>) -> Self {
        Self { text: text.into(), style: Style::Bold }
    }

    /// An italic run.
    pub fn italic(text: impl Into<String>) -> Self {
        Self { text: text.into(), style: Style::Italic }
    }
}

/// How the lines of a paragraph sit between the margins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush with both margins, hyphenated; the last line is flush left. The letter body.
    Justify,
    /// Flush left, ragged right, not hyphenated. Addresses and short lines.
    Left,
    /// Flush right. The addressee block and the date.
    Right,
    /// Centred. The title of the letter.
    Center,
}

/// A unit of content, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A paragraph of body text.
    Paragraph {
        /// The text.
        runs: Vec<Run>,
        /// Alignment.
        align: Align,
        /// Indent of the first line, in millimetres.
        first_line_indent_mm: f32,
        /// Space above, in points (dropped at the top of a page).
        space_before_pt: f32,
        /// Keep on the same page as the start of the next block (for headings).
        keep_with_next: bool,
    },
    /// A numbered or bulleted item with a hanging indent: the label sits in the margin column, wrapped lines
    /// align with the text. With an empty label it is an indented column set flush left (an address block).
    ListItem {
        /// "1.", "2)" or "•", set flush with the left margin; empty for none.
        label: String,
        /// The item's text, justified when there is a label.
        runs: Vec<Run>,
        /// Where the text starts, from the left margin, in millimetres.
        indent_mm: f32,
        /// Space above, in points.
        space_before_pt: f32,
    },
    /// One line with text flush left and text flush right, such as the date and the signature with the
    /// name; the two parts go on lines of their own when they do not fit side by side.
    Signature {
        /// Flush with the left margin.
        left: Vec<Run>,
        /// Flush with the right margin.
        right: Vec<Run>,
    },
    /// A block of lines kept together on one page (signature, receipt block), each line its own
    /// Paragraph-like line. Moves whole to the next page when it does not fit; flows if taller than a page.
    KeepTogether(Vec<Block>),
    /// A box drawn around a fixed-height area with a caption inside (room for a stamp).
    Frame {
        /// Small text in the top left corner of the box.
        caption: Vec<Run>,
        /// Height of the box, in millimetres (grown if the caption needs more).
        height_mm: f32,
    },
    /// A checklist row: a drawn square check box (ticked or empty) followed by wrapped runs.
    CheckItem {
        /// Whether the box is ticked.
        checked: bool,
        /// The row's text, flush left beside the box.
        runs: Vec<Run>,
    },
    /// A row of a ruled table (a post office's form): cells side by side, each wrapping its text in its own
    /// width, all as tall as the tallest; kept on one page.
    Row {
        /// The cells, left to right.
        cells: Vec<TableCell>,
    },
    /// The addressee placed where a window envelope shows it, on the page it opens, with the sender small above
    /// and fold marks at the edge; what follows starts below it.
    AddressWindow(AddressWindow),
    /// One page of an attachment (an image, a page of a PDF), scaled to fill the rest of the page's text
    /// column with its proportions kept; what follows starts on a new page.
    Embed {
        /// The file.
        attachment: Attachment,
        /// Which of its pages, from 0.
        page: usize,
    },
    /// Vertical space, in millimetres (dropped at the top of a page).
    VSpace {
        /// How much.
        mm: f32,
    },
    /// Continue on a new page.
    PageBreak,
}

/// The field a window envelope shows, in millimetres from the sheet's left and top edges.
#[derive(Debug, Clone, PartialEq)]
pub struct AddressWindow {
    /// Left edge.
    pub left_mm: f32,
    /// Top edge.
    pub top_mm: f32,
    /// Width.
    pub width_mm: f32,
    /// Height.
    pub height_mm: f32,
    /// The sender on one small line at the top of the field, as the post returns an undeliverable letter.
    pub return_address: String,
    /// The addressee, a paragraph per line.
    pub lines: Vec<Vec<Run>>,
    /// Where the sheet is folded to fit the envelope, from the top, printed as short marks at the left edge.
    pub fold_marks_mm: Vec<f32>,
}

/// One cell of a [`Block::Row`].
#[derive(Debug, Clone, PartialEq)]
pub struct TableCell {
    /// The text.
    pub runs: Vec<Run>,
    /// Its width in millimetres; 0 takes what the other cells leave of the column.
    pub width_mm: f32,
    /// How its lines sit in it.
    pub align: Align,
}

/// A part of the document with its own page numbering, such as the letter and the applicant's copy.
/// Every section starts on a new page.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Printed small at the top of every page of the section (e.g. "COPY — applicant's copy").
    pub header: Option<String>,
    /// The page-number line, printed only when the section has more than one page.
    pub footer_label: FooterLabel,
    /// The content.
    pub blocks: Vec<Block>,
}

/// The words of the page-number footer, in the letter's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FooterLabel {
    /// A template with `{page}` and `{pages}`: "Page {page} of {pages}", "Страница {page} из {pages}",
    /// "Страница {page} от {pages}" or "{page}/{pages}".
    pub page_of: String,
}

/// Everything [`render`] needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// PDF title (metadata).
    pub title: String,
    /// PDF author: the applicant.
    pub author: String,
    /// PDF subject.
    pub subject: String,
    /// Creation and modification date written into the PDF (year, month, day); fixed by the caller so the
    /// same letter gives the same bytes.
    pub creation_date: (i32, u8, u8),
    /// Hyphenation patterns and the PDF's /Lang.
    pub language: TextLanguage,
    /// The sections, each starting on a new page.
    pub sections: Vec<Section>,
}

/// The loosest a justified line's spaces are set: the adjustment ratio at which every space is twice its
/// natural width. A line that needs more is letter-spaced, up to [`TRACKING_LIMIT`]; a line that cannot be
/// filled even so (what follows can neither break nor move up) is set ragged, never looser.
pub const STRETCH_LIMIT: f64 = 1.0;

/// The most a justified line is letter-spaced, as a share of the font size added after every glyph: small
/// enough not to be seen, so a line the spaces alone cannot fill is still set flush.
pub const TRACKING_LIMIT: f64 = 0.03;

/// How a laid-out line ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnd {
    /// Between two words.
    Space,
    /// Inside a word, at a hyphenation point: a hyphen is added and the word goes on in the next line.
    Hyphen,
    /// Inside a word with nothing added: after a hyphen the word has ("кто-" / "нибудь"), or a URL or a word
    /// wider than the line, broken where it must.
    Split,
    /// At the end of the paragraph or at a line break in its text.
    End,
}

/// What kind of block a laid-out line belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// A [`Block::Paragraph`].
    Paragraph,
    /// A [`Block::ListItem`] with a label.
    ListItem,
    /// A [`Block::ListItem`] without a label: an indented column such as the address block.
    Column,
    /// A [`Block::CheckItem`].
    CheckItem,
    /// A part of a [`Block::Signature`].
    Signature,
    /// The caption of a [`Block::Frame`].
    Caption,
    /// A cell of a [`Block::Row`].
    Cell,
}

/// Where a line's list item stands: lists are runs of labelled list items (the last may open a
/// [`Block::KeepTogether`]), numbered through the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListPlace {
    /// Which list.
    pub list: usize,
    /// Which item of it, from 0.
    pub item: usize,
}

/// One line of the body as laid out, with what a proofreader measures on it.
#[derive(Debug, Clone, PartialEq)]
pub struct LaidLine {
    /// The page it is on, from 1, counted through the whole document.
    pub page: usize,
    /// The section it is in, from 0.
    pub section: usize,
    /// The block it belongs to, numbered through the document: the lines of one paragraph share it.
    pub block: usize,
    /// The kind of that block.
    pub kind: LineKind,
    /// How the block is aligned.
    pub align: Align,
    /// What it reads, with the added hyphen when it ends at a hyphenation point; every space as " ".
    pub text: String,
    /// The width it is set in, in points.
    pub measure: f64,
    /// Its set width, in points.
    pub width: f64,
    /// Its width with every space at its natural width.
    pub natural_width: f64,
    /// The adjustment ratio its spaces are set at, at most [`STRETCH_LIMIT`]; 0 for ragged and last lines.
    pub ratio: f64,
    /// The letter-spacing added after every glyph, as a share of the font size: 0 unless the spaces alone
    /// could not fill the line, never more than [`TRACKING_LIMIT`].
    pub tracking: f64,
    /// How it ends.
    pub end: LineEnd,
    /// A line of a justified block that nothing could fill within the limits, set flush left instead.
    pub ragged: bool,
    /// Its list item, for the lines of a list.
    pub list: Option<ListPlace>,
}

/// The laid-out body of a document, for checks of its typography.
#[derive(Debug, Clone, PartialEq)]
pub struct Proof {
    /// Number of pages.
    pub pages: usize,
    /// Every body line in reading order (headers and footers left out).
    pub lines: Vec<LaidLine>,
}

/// Lays `doc` out as [`render`] does and returns its lines instead of a PDF, so the typography can be
/// checked on the layout itself.
pub fn proof(doc: &Document, fonts: &Fonts) -> Result<Proof, TypesetError> {
    let pages = checked_layout(doc, fonts)?;
    let lines = pages.iter().flat_map(|page| page.lines.iter().cloned()).collect();
    Ok(Proof { pages: pages.len(), lines })
}

/// A finished PDF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedPdf {
    /// The file.
    pub bytes: Vec<u8>,
    /// Number of pages, all sections together.
    pub pages: usize,
}

/// Typesets `doc` into a PDF. Fails with [`TypesetError::MissingGlyph`] rather than print a character the
/// fonts cannot draw.
pub fn render(doc: &Document, fonts: &Fonts) -> Result<RenderedPdf, TypesetError> {
    let pages = checked_layout(doc, fonts)?;
    let bytes = pdf::write(doc, fonts, &pages)?;
    Ok(RenderedPdf { bytes, pages: pages.len() })
}

/// The number of pages [`render`] would give, from the same checks and layout but without writing the PDF.
pub fn page_count(doc: &Document, fonts: &Fonts) -> Result<usize, TypesetError> {
    Ok(checked_layout(doc, fonts)?.len())
}

/// Refuses a document without sections or with a character the fonts cannot draw, then lays it out.
fn checked_layout(doc: &Document, fonts: &Fonts) -> Result<Vec<layout::Page>, TypesetError> {
    if doc.sections.is_empty() {
        return Err(TypesetError::Pdf("the document has no sections, so no pages".to_owned()));
    }
    check_glyphs(doc, fonts)?;
    Ok(layout::lay_out(doc, fonts))
}

/// Every character of every text in the face it will be set in.
fn check_glyphs(doc: &Document, fonts: &Fonts) -> Result<(), TypesetError> {
    let check = GlyphCheck(fonts);
    for section in &doc.sections {
        if let Some(header) = &section.header {
            check.text(Style::Regular, header)?;
        }
        check.text(Style::Regular, &layout::footer_text(&section.footer_label.page_of, 1234567890, 1234567890))?;
        check.blocks(&section.blocks)?;
    }
    Ok(())
}

/// Walks a document for [`check_glyphs`].
struct GlyphCheck<'a>(&'a Fonts);

impl GlyphCheck<'_> {
    fn text(&self, style: Style, text: &str) -> Result<(), TypesetError> {
        match self.0.missing_char(style, text) {
            Some(ch) => Err(TypesetError::MissingGlyph { ch, text_excerpt: excerpt(text, ch) }),
            None => Ok(()),
        }
    }

    fn runs(&self, runs: &[Run]) -> Result<(), TypesetError> {
        runs.iter().try_for_each(|run| self.text(run.style, &run.text))
    }

    fn blocks(&self, blocks: &[Block]) -> Result<(), TypesetError> {
        for block in blocks {
            match block {
                Block::Paragraph { runs, .. } | Block::CheckItem { runs, .. } => self.runs(runs)?,
                Block::ListItem { label, runs, .. } => {
                    self.text(Style::Regular, label)?;
                    self.runs(runs)?;
                }
                Block::Frame { caption, .. } => self.runs(caption)?,
                Block::Row { cells } => cells.iter().try_for_each(|cell| self.runs(&cell.runs))?,
                Block::AddressWindow(window) => {
                    self.text(Style::Regular, &window.return_address)?;
                    window.lines.iter().try_for_each(|line| self.runs(line))?;
                }
                Block::Signature { left, right } => {
                    self.runs(left)?;
                    self.runs(right)?;
                }
                Block::KeepTogether(inner) => self.blocks(inner)?,
                Block::Embed { .. } | Block::VSpace { .. } | Block::PageBreak => {}
            }
        }
        Ok(())
    }
}

/// Up to 30 characters either side of the first `ch` in `text`, so the user can find it.
fn excerpt(text: &str, ch: char) -> String {
    let chars: Vec<char> = text.chars().collect();
    let at = chars.iter().position(|&c| c == ch).unwrap_or(0);
    let start = at.saturating_sub(30);
    let end = (at + 31).min(chars.len());
    chars[start..end].iter().map(|&c| if c.is_control() { ' ' } else { c }).collect()
}
