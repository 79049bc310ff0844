//! Copies of the evidence printed after the letter, as the numbered annexes its list of attachments names.
//!
//! Each page of a copy is an annex page headed with the annex's number, what the proof is, the file's name,
//! its SHA-256 and the day it was attached, so whoever reads the paper can match it to the file. A file that
//! cannot be reproduced gets a page saying why, so the numbering and the sheet count stay true.

use super::context::listed_evidence;
use super::labels::{AnnexLabels, long_date};
use crate::dates::parse_date;
use crate::evidence::CopyProblem;
use crate::models::{AttachedFile, Case, Language};
use complaint_typeset::{Align, Attachment, AttachmentError, Block, Run};

/// An evidence file as the annex pages reproduce it, read from the case folder by the caller.
#[derive(Debug, Clone)]
pub struct Enclosure {
    /// The index of its evidence item in the case.
    pub item: usize,
    /// The file as the case records it.
    pub file: AttachedFile,
    /// Its content ready to draw, or why it cannot be.
    pub copy: Result<Attachment, EnclosureProblem>,
}

impl Enclosure {
    /// Reads an attached file's copy for printing.
    pub fn new(item: usize, file: &AttachedFile, bytes: Result<Vec<u8>, CopyProblem>) -> Enclosure {
        let copy = bytes
            .map_err(EnclosureProblem::Copy)
            .and_then(|bytes| Attachment::open(&bytes).map_err(EnclosureProblem::Content));
        Enclosure { item, file: file.clone(), copy }
    }

    /// The sheets it takes: one per page of the copy, one for a note.
    fn sheets(&self) -> usize {
        self.copy.as_ref().map_or(1, Attachment::pages)
    }
}

/// Why a copy is replaced by a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnclosureProblem {
    /// The stored copy is gone, changed or too large.
    Copy(CopyProblem),
    /// Its content cannot be drawn.
    Content(AttachmentError),
}

impl AnnexLabels {
    fn note(&self, problem: EnclosureProblem) -> &str {
        match problem {
            EnclosureProblem::Copy(CopyProblem::Missing) => &self.missing,
            EnclosureProblem::Copy(CopyProblem::Changed) => &self.changed,
            EnclosureProblem::Copy(CopyProblem::TooLarge) | EnclosureProblem::Content(AttachmentError::TooLarge) => {
                &self.too_large
            }
            EnclosureProblem::Content(AttachmentError::Unsupported) => &self.unsupported,
            EnclosureProblem::Content(AttachmentError::Damaged) => &self.damaged,
            EnclosureProblem::Content(AttachmentError::Encrypted) => &self.encrypted,
        }
    }
}

/// The sheets of the copies of each proof the letter lists, in the list's order: 0 for one without a file.
pub(super) fn sheets_per_listed_item(case: &Case, enclosures: &[Enclosure]) -> Vec<usize> {
    listed_evidence(case)
        .map(|(index, _)| enclosures.iter().filter(|e| e.item == index).map(Enclosure::sheets).sum())
        .collect()
}

/// The annex pages of every listed proof that has files, numbered from `first_number`.
pub(super) fn annex_blocks(
    case: &Case,
    enclosures: &[Enclosure],
    first_number: usize,
    (labels, lang): (&AnnexLabels, Language),
    printable: impl Fn(&str) -> String,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    for (number, (index, item)) in (first_number..).zip(listed_evidence(case)) {
        let copies: Vec<&Enclosure> = enclosures.iter().filter(|e| e.item == index).collect();
        let sheets: usize = copies.iter().map(|e| e.sheets()).sum();
        let mut sheet = 0;
        for enclosure in copies {
            for page in 0..enclosure.sheets() {
                sheet += 1;
                let mut heading = labels.heading.replace("{number}", &number.to_string());
                if sheets > 1 {
                    heading +=
                        &labels.sheet.replace("{sheet}", &sheet.to_string()).replace("{sheets}", &sheets.to_string());
                }
                if !blocks.is_empty() {
                    blocks.push(Block::PageBreak);
                }
                blocks.push(line(vec![Run::bold(heading)], 0.0));
                blocks.push(line(vec![Run::regular(item.description.trim())], 2.0));
                // A file's name may hold characters the letter's font lacks: they print as "?".
                blocks.push(line(vec![Run::italic(printable(&file_line(labels, lang, &enclosure.file)))], 2.0));
                blocks.push(line(vec![Run::italic(format!("SHA-256: {}", enclosure.file.sha256))], 0.0));
                match &enclosure.copy {
                    Ok(attachment) => blocks.push(Block::Embed { attachment: attachment.clone(), page }),
                    Err(problem) => blocks.push(line(vec![Run::regular(labels.note(*problem))], 12.0)),
                }
            }
        }
    }
    blocks
}

fn file_line(labels: &AnnexLabels, lang: Language, file: &AttachedFile) -> String {
    let date = parse_date(&file.imported).map_or_else(|| file.imported.clone(), |d| long_date(d, lang));
    labels.file.replace("{name}", file.name.trim()).replace("{date}", &date)
}

fn line(runs: Vec<Run>, space_before_pt: f32) -> Block {
    Block::Paragraph { runs, align: Align::Left, first_line_indent_mm: 0.0, space_before_pt, keep_with_next: true }
}
