//! Breaking a paragraph into lines.
//!
//! The runs become boxes (word pieces), glue (spaces) and penalties (hyphenation and other break points),
//! as in Knuth and Plass, "Breaking paragraphs into lines" (1981). Justified text is broken paragraph-wide,
//! minimising the total badness of all lines; ragged text is broken first-fit, as word processors do.

use hypher::Lang as Patterns;

use super::fonts::{Fonts, NBSP, SOFT_HYPHEN, ZERO_WIDTH_SPACE};
use super::protect::{Protection, protect};
use super::{Align, LineEnd, Run, Style};
use crate::TextLanguage;

/// A penalty this high forbids a break.
const NO_BREAK: f64 = 10_000.0;
/// A penalty this low forces one.
const FORCED: f64 = -10_000.0;
/// Cost of breaking at a hyphenation point (TeX's `\hyphenpenalty`).
const HYPHEN_PENALTY: f64 = 50.0;
/// Cost of breaking a URL or e-mail address too long for a line after its punctuation.
const URL_PENALTY: f64 = 100.0;
/// Cost of breaking a word too long for a line between two characters.
const EMERGENCY_PENALTY: f64 = 100.0;
/// Cost of breaking a fill-in blank (a run of underscores), which goes on in the next line.
const BLANK_PENALTY: f64 = 100.0;
/// Added to every line so fewer lines are preferred (TeX's `\linepenalty`).
const LINE_PENALTY: f64 = 10.0;
/// Two hyphenated lines in a row.
const DOUBLE_HYPHEN_DEMERITS: f64 = 10_000.0;
/// At most this many hyphenated lines in a row, unless the paragraph cannot be set otherwise.
const MAX_HYPHEN_RUN: u8 = 2;
/// A hyphen on the line before the last.
const FINAL_HYPHEN_DEMERITS: f64 = 5_000.0;
/// A very loose line next to a tight one.
const ADJACENT_DEMERITS: f64 = 10_000.0;
/// How far an inter-word space may stretch, as a fraction of itself: at ratio 1 a space is twice its width.
const STRETCH: f64 = crate::STRETCH_LIMIT;
/// The adjustment ratio of a line with its spaces at [`STRETCH`] and its letter-spacing at
/// [`crate::TRACKING_LIMIT`]: between the two the line is letter-spaced; a line that needs more is set ragged.
const TRACKED: f64 = STRETCH + 1.0;
/// Demerits of a line that cannot be filled within the limits and is set ragged: more than any paragraph of
/// lines that can, so a paragraph has as few of them as its words allow.
const RAGGED_DEMERITS: f64 = 1e12;
/// Badness of a ragged line per share of the measure it leaves empty: a tenth of it costs about what
/// letter-spacing another line does, so a ragged line holds what it can.
const RAGGED_SHORTFALL_BADNESS: f64 = 1_000.0;
/// A ragged line ending in a hyphen: it gains a syllable for nothing, as it need not reach the margin.
const RAGGED_HYPHEN_DEMERITS: f64 = 1e9;
/// How far an inter-word space may shrink, as a fraction of itself.
const SHRINK: f64 = 0.25;
/// Slack for floating-point comparisons of widths, in points.
const EPSILON: f64 = 1e-6;

/// What to break and how.
pub(crate) struct ParagraphSpec<'a> {
    /// The text.
    pub runs: &'a [Run],
    /// Font size in points.
    pub size: f64,
    /// Width of every line, in points.
    pub measure: f64,
    /// Extra space before the first line, in points.
    pub first_indent: f64,
    /// Justified paragraphs are broken optimally and hyphenated; others first-fit without hyphenation.
    pub align: Align,
    /// Picks the hyphenation patterns for Cyrillic words.
    pub language: TextLanguage,
    /// Ragged lines end after a comma, semicolon or colon when one fits (an address column).
    pub phrase_breaks: bool,
}

/// One drawn piece of a line, left to right.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    /// Glyphs of one face.
    Text {
        /// The face.
        style: Style,
        /// What is drawn.
        text: String,
        /// Its advance in points.
        width: f64,
    },
    /// An inter-word space: a space glyph of `natural` width moved on to `width`.
    Space {
        /// The face of the space glyph.
        style: Style,
        /// The glyph's own advance.
        natural: f64,
        /// The set width after justification.
        width: f64,
    },
    /// Empty room (an indent), drawn as a move.
    Kern(f64),
}

impl Piece {
    /// The advance of the piece in points.
    pub(crate) fn width(&self) -> f64 {
        match self {
            Self::Text { width, .. } | Self::Space { width, .. } | Self::Kern(width) => *width,
        }
    }
}

/// A broken line, ready to place.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// Offset of the first piece from the left edge of the column (right and centre alignment).
    pub x: f64,
    /// The pieces.
    pub pieces: Vec<Piece>,
    /// The adjustment ratio its spaces are set at, never above [`STRETCH`]; 0 for ragged and last lines.
    pub ratio: f64,
    /// Letter-spacing after every glyph, in points (the PDF's `Tc`).
    pub tracking: f64,
    /// The width with every space at its natural width.
    pub natural: f64,
    /// How the line ends.
    pub end: LineEnd,
    /// A line of justified text that nothing could fill within the limits (what follows can neither break
    /// nor move up), set flush left with its spaces at their natural width rather than gaping.
    pub ragged: bool,
}

impl Line {
    /// The set width of the line.
    pub(crate) fn width(&self) -> f64 {
        self.pieces.iter().map(Piece::width).sum()
    }

    /// What the line reads, every space as " ".
    pub(crate) fn text(&self) -> String {
        pieces_text(&self.pieces)
    }
}

/// Breaks a paragraph into lines no wider than `spec.measure`.
pub(crate) fn break_paragraph(spec: &ParagraphSpec<'_>, fonts: &Fonts) -> Vec<Line> {
    let justify = matches!(spec.align, Align::Justify);
    let items = Itemizer::new(spec, fonts, justify).run(spec.runs, spec.align);
    let breaks = if justify {
        // First within all limits; then allowing longer runs of hyphens; then letter-spaced lines; then, where
        // what follows some line can neither break nor move up, with as few lines set ragged as can be.
        optimal_breaks(&items, spec.measure, STRETCH, MAX_HYPHEN_RUN)
            .or_else(|| optimal_breaks(&items, spec.measure, STRETCH, u8::MAX))
            .or_else(|| optimal_breaks(&items, spec.measure, TRACKED, u8::MAX))
            .or_else(|| optimal_breaks(&items, spec.measure, f64::INFINITY, u8::MAX))
            .unwrap_or_else(|| first_fit_breaks(&items, spec.measure, false))
    } else {
        first_fit_breaks(&items, spec.measure, spec.phrase_breaks)
    };
    let mut lines = Vec::with_capacity(breaks.len());
    let mut start = 0;
    for &end in &breaks {
        lines.push(items.set_line(start, end, spec, justify));
        start = items.after_break(end);
    }
    lines
}

/// Box, glue or penalty.
#[derive(Debug, Clone, Copy)]
enum Item {
    /// Glyphs that stay together; an empty range is blank room (an indent or an empty line).
    Box { width: f64, style: Style, text: (usize, usize) },
    /// A space; `fil` glue stretches without limit (ends of paragraphs and forced lines).
    Glue { width: f64, stretch: f64, shrink: f64, fil: bool, style: Style },
    /// A possible break; `width` is the hyphen drawn when the line breaks here. `split` says why a break
    /// inside a word is allowed (`None` between words); an emergency split is taken only when nothing else fits.
    Penalty { width: f64, cost: f64, flagged: bool, split: Option<Split>, style: Style },
}

/// Running totals of widths up to an item.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    width: f64,
    stretch: f64,
    shrink: f64,
    fil: u32,
    /// Glyphs drawn, spaces included: each but the last of a line can be followed by letter-spacing.
    glyphs: f64,
}

/// A paragraph as items, with the text the boxes point into.
struct Items {
    list: Vec<Item>,
    text: String,
    /// `sums[i]` totals `list[..i]`.
    sums: Vec<Sums>,
    /// The most letter-spacing after a glyph, in points (none for ragged text).
    tracking: f64,
}

impl Items {
    /// The paragraph's items with their running totals.
    fn new(list: Vec<Item>, text: String, tracking: f64) -> Items {
        let mut sums = Vec::with_capacity(list.len() + 1);
        let mut total = Sums::default();
        sums.push(total);
        for item in &list {
            match *item {
                Item::Box { width, text: (from, to), .. } => {
                    total.width += width;
                    total.glyphs += text[from..to].chars().count() as f64;
                }
                Item::Glue { width, stretch, shrink, fil, .. } => {
                    total.width += width;
                    total.stretch += stretch;
                    total.shrink += shrink;
                    total.fil += u32::from(fil);
                    if !fil {
                        total.glyphs += 1.0;
                    }
                }
                Item::Penalty { .. } => {}
            }
            sums.push(total);
        }
        Items { list, text, sums, tracking }
    }

    fn is_legal_break(&self, i: usize) -> bool {
        match self.list[i] {
            Item::Penalty { cost, .. } => cost < NO_BREAK,
            Item::Glue { .. } => i > 0 && matches!(self.list[i - 1], Item::Box { .. }),
            Item::Box { .. } => false,
        }
    }

    fn is_emergency(&self, i: usize) -> bool {
        matches!(self.list[i], Item::Penalty { split: Some(Split::Emergency), .. })
    }

    /// What ending a line at the break `i` does to the text.
    fn line_end(&self, i: usize) -> LineEnd {
        match self.list[i] {
            Item::Penalty { cost, .. } if cost <= FORCED => LineEnd::End,
            Item::Penalty { split: Some(Split::Hyphen), .. } => LineEnd::Hyphen,
            Item::Penalty { split: Some(Split::AfterDash | Split::Url | Split::Emergency | Split::Blank), .. } => {
                LineEnd::Split
            }
            _ => LineEnd::Space,
        }
    }

    /// A ragged line may end here in preference: after a comma, semicolon or colon.
    fn after_phrase(&self, i: usize) -> bool {
        matches!(self.list[i], Item::Glue { .. })
            && i > 0
            && matches!(self.list[i - 1], Item::Box { text, .. }
                if self.text[text.0..text.1].ends_with([',', ';', ':']))
    }

    fn is_forced(&self, i: usize) -> bool {
        matches!(self.list[i], Item::Penalty { cost, .. } if cost <= FORCED)
    }

    fn break_width(&self, i: usize) -> f64 {
        match self.list[i] {
            Item::Penalty { width, .. } => width,
            _ => 0.0,
        }
    }

    /// Where the line after a break at `i` starts: spaces and unused break points are dropped.
    fn after_break(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.list.len() {
            match self.list[j] {
                Item::Box { .. } => break,
                Item::Penalty { cost, .. } if cost <= FORCED => break,
                _ => j += 1,
            }
        }
        j
    }

    /// Natural width, stretch, shrink and infinite stretch of the line `start..end` (with the hyphen at `end`).
    fn line_sums(&self, start: usize, end: usize) -> Sums {
        let (a, b) = (self.sums[start], self.sums[end]);
        let hyphen = self.break_width(end);
        Sums {
            width: b.width - a.width + hyphen,
            stretch: b.stretch - a.stretch,
            shrink: b.shrink - a.shrink,
            fil: b.fil - a.fil,
            glyphs: b.glyphs - a.glyphs + if hyphen > 0.0 { 1.0 } else { 0.0 },
        }
    }

    /// How much letter-spacing can widen a line: the most after every glyph but the last.
    fn tracking_room(&self, line: &Sums) -> f64 {
        self.tracking * (line.glyphs - 1.0).max(0.0)
    }

    /// Adjustment ratio of the line `start..end` set to `measure`: how much of the spaces' shrink it needs
    /// (negative), or how much stretch, in three stages — up to [`STRETCH`] the spaces' own, up to [`TRACKED`]
    /// letter-spacing on top, beyond that the spaces again. Infinite when the line is short and has nothing
    /// to stretch.
    fn ratio(&self, start: usize, end: usize, measure: f64) -> f64 {
        let line = self.line_sums(start, end);
        let gap = measure - line.width;
        if gap.abs() <= EPSILON {
            0.0
        } else if gap > 0.0 {
            if line.fil > 0 {
                return 0.0;
            }
            let (spaces, letters) = (line.stretch, self.tracking_room(&line));
            if gap <= spaces {
                gap / spaces
            } else if gap <= spaces + letters {
                STRETCH + (gap - spaces) / letters
            } else if spaces > 0.0 {
                TRACKED + (gap - spaces - letters) / spaces
            } else {
                f64::INFINITY
            }
        } else if line.shrink > 0.0 {
            gap / line.shrink
        } else {
            f64::NEG_INFINITY
        }
    }

    /// How the line `start..end` reaches `measure`: the adjustment ratio of its spaces and the letter-spacing
    /// after each glyph, letter-spacing only once the spaces are at their limit. `None` when even both at
    /// their limits do not fill it.
    fn adjustment(&self, start: usize, end: usize, measure: f64) -> Option<(f64, f64)> {
        let ratio = self.ratio(start, end, measure);
        if ratio.is_nan() || ratio < -1.0 {
            Some((-1.0, 0.0))
        } else if ratio <= STRETCH {
            Some((ratio, 0.0))
        } else if ratio <= TRACKED {
            // Whole ten-thousandths of a point, as the PDF writes them.
            let line = self.line_sums(start, end);
            let gap = measure - line.width - line.stretch;
            let glyph_gaps = (line.glyphs - 1.0).max(1.0);
            Some((STRETCH, ((gap / glyph_gaps) * 10_000.0).floor() / 10_000.0))
        } else {
            None
        }
    }

    /// The line `start..end` as drawn pieces.
    fn set_line(&self, start: usize, end: usize, spec: &ParagraphSpec<'_>, justify: bool) -> Line {
        let adjusted = if justify { self.adjustment(start, end, spec.measure) } else { Some((0.0, 0.0)) };
        let ragged = adjusted.is_none();
        let (spaces, tracking) = adjusted.unwrap_or((0.0, 0.0));
        let mut pieces: Vec<Piece> = Vec::new();
        for item in &self.list[start..end] {
            match *item {
                Item::Box { width, style, text } => {
                    if text.0 == text.1 {
                        if width > 0.0 {
                            pieces.push(Piece::Kern(width));
                        }
                    } else {
                        let glyphs = self.text[text.0..text.1].chars().count() as f64;
                        push_text(&mut pieces, style, &self.text[text.0..text.1], width + tracking * glyphs);
                    }
                }
                Item::Glue { width, stretch, shrink, fil, style } => {
                    if !fil {
                        let set = if spaces >= 0.0 { width + spaces * stretch } else { width + spaces * shrink };
                        pieces.push(Piece::Space { style, natural: width, width: set + tracking });
                    }
                }
                Item::Penalty { .. } => {}
            }
        }
        if let Some(Item::Penalty { width, style, .. }) = self.list.get(end)
            && *width > 0.0
        {
            push_text(&mut pieces, *style, "-", *width + tracking);
        }
        // The letter-spacing after the last glyph is not seen: the line ends at the glyph.
        if let Some(Piece::Text { width, .. }) = pieces.last_mut() {
            *width -= tracking;
        }
        let width: f64 = pieces.iter().map(Piece::width).sum();
        let room = (spec.measure - width).max(0.0);
        let x = match spec.align {
            Align::Right => room,
            Align::Center => room / 2.0,
            Align::Left | Align::Justify => 0.0,
        };
        let natural = self.line_sums(start, end).width;
        Line { x, pieces, ratio: spaces, tracking, natural, end: self.line_end(end), ragged }
    }
}

/// Appends text, joining it to the previous piece when that is text of the same face.
fn push_text(pieces: &mut Vec<Piece>, style: Style, text: &str, width: f64) {
    if let Some(Piece::Text { style: last, text: last_text, width: last_width }) = pieces.last_mut()
        && *last == style
    {
        last_text.push_str(text);
        *last_width += width;
        return;
    }
    pieces.push(Piece::Text { style, text: text.to_owned(), width });
}

/// What separates two words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Gap {
    None,
    /// A zero-width space: a break with no space.
    ZeroWidth,
    /// An ordinary space (or tab).
    Space(Style),
    /// A no-break space.
    NoBreak(Style),
    /// One or more `\n`.
    Newlines(usize),
}

/// Why a word may break at a point inside it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Split {
    /// A hyphenation point: a hyphen is drawn.
    Hyphen,
    /// After a hyphen or dash that is already there.
    AfterDash,
    /// Inside a long URL or e-mail address, with no hyphen.
    Url,
    /// Between any two characters of a word too long for a line.
    Emergency,
    /// Inside a fill-in blank, which goes on in the next line.
    Blank,
}

/// Turns runs into items.
struct Itemizer<'a> {
    fonts: &'a Fonts,
    size: f64,
    language: TextLanguage,
    /// Justified text has stretchable spaces and is hyphenated.
    justify: bool,
    /// A word piece wider than this is broken between characters so it can never overflow a line.
    max_piece: f64,
    items: Vec<Item>,
    text: String,
    /// The words joined by no-break spaces so far: the penalty indices and their total width.
    chain: Vec<usize>,
    chain_width: f64,
}

impl<'a> Itemizer<'a> {
    fn new(spec: &ParagraphSpec<'_>, fonts: &'a Fonts, justify: bool) -> Self {
        let hyphen = [Style::Regular, Style::Bold, Style::Italic]
            .into_iter()
            .map(|style| fonts.face(style).advance('-', spec.size))
            .fold(0.0, f64::max);
        let max_piece = (spec.measure - spec.first_indent.max(0.0) - hyphen).max(spec.size);
        let mut items = Vec::new();
        if spec.first_indent > 0.0 {
            items.push(Item::Box { width: spec.first_indent, style: Style::Regular, text: (0, 0) });
        }
        Self {
            fonts,
            size: spec.size,
            language: spec.language,
            justify,
            max_piece,
            items,
            text: String::new(),
            chain: Vec::new(),
            chain_width: 0.0,
        }
    }

    fn run(mut self, runs: &[Run], align: Align) -> Items {
        let text: Vec<(char, Style)> =
            runs.iter().flat_map(|run| run.text.chars().map(move |c| (c, run.style))).collect();
        let chars: Vec<char> = text.iter().map(|&(c, _)| c).collect();
        let Protection { tie: held, seal } = protect(&chars, align);
        let mut gap = Gap::None;
        let mut word: Vec<(char, Style)> = Vec::new();
        let mut sealed = false;
        let mut previous = String::new();
        // The word before `previous` ends in a digit: "2009 г." is a year, not "г. Москва".
        let mut after_number = false;
        for (i, &(c, style)) in text.iter().enumerate() {
            let next_gap = match c {
                ' ' | '\t' if held[i] => Gap::NoBreak(style),
                ' ' | '\t' => Gap::Space(style),
                NBSP => Gap::NoBreak(style),
                '\n' => Gap::Newlines(1),
                ZERO_WIDTH_SPACE => Gap::ZeroWidth,
                _ => {
                    word.push((c, style));
                    sealed |= seal[i];
                    continue;
                }
            };
            if !word.is_empty() {
                self.gap(tie(gap, &previous, after_number, &word));
                self.word(&word, sealed);
                after_number = previous.ends_with(|c: char| c.is_ascii_digit());
                previous = word.drain(..).map(|(c, _)| c).collect();
                gap = Gap::None;
                sealed = false;
            }
            // Separators before the first word are dropped.
            if !previous.is_empty() {
                gap = merge_gaps(gap, next_gap);
            }
        }
        if !word.is_empty() {
            self.gap(tie(gap, &previous, after_number, &word));
            self.word(&word, sealed);
        }
        if self.items.is_empty() {
            // An empty paragraph is one blank line.
            self.items.push(Item::Box { width: 0.0, style: Style::Regular, text: (0, 0) });
        }
        self.end_line();
        let tracking = if self.justify { crate::TRACKING_LIMIT * self.size } else { 0.0 };
        Items::new(self.items, self.text, tracking)
    }

    /// A forced line end: infinite glue, then a break that must be taken.
    fn end_line(&mut self) {
        self.items.push(Item::Glue { width: 0.0, stretch: 0.0, shrink: 0.0, fil: true, style: Style::Regular });
        self.items.push(Item::Penalty { width: 0.0, cost: FORCED, flagged: false, split: None, style: Style::Regular });
    }

    fn space(&self, style: Style) -> Item {
        let width = self.fonts.face(style).advance(' ', self.size);
        let stretch = if self.justify { width * STRETCH } else { 0.0 };
        Item::Glue { width, stretch, shrink: width * SHRINK, fil: false, style }
    }

    fn gap(&mut self, gap: Gap) {
        match gap {
            Gap::None => {}
            Gap::ZeroWidth => {
                self.break_chain();
                self.items.push(Item::Penalty {
                    width: 0.0,
                    cost: 0.0,
                    flagged: false,
                    split: None,
                    style: Style::Regular,
                });
            }
            Gap::Space(style) => {
                self.break_chain();
                let space = self.space(style);
                self.items.push(space);
            }
            Gap::NoBreak(style) => {
                self.chain.push(self.items.len());
                self.items.push(Item::Penalty { width: 0.0, cost: NO_BREAK, flagged: false, split: None, style });
                let space = self.space(style);
                if let Item::Glue { width, .. } = space {
                    self.chain_width += width;
                }
                self.items.push(space);
            }
            Gap::Newlines(count) => {
                self.break_chain();
                self.end_line();
                for _ in 1..count {
                    self.items.push(Item::Box { width: 0.0, style: Style::Regular, text: (0, 0) });
                    self.end_line();
                }
            }
        }
    }

    /// Starts a new run of words joined by no-break spaces.
    fn break_chain(&mut self) {
        self.chain.clear();
        self.chain_width = 0.0;
    }

    /// Adds a word (everything between two gaps), with its break points; a `sealed` word has none unless it
    /// is wider than a line.
    fn word(&mut self, word: &[(char, Style)], sealed: bool) {
        let mut chars: Vec<(char, Style)> = Vec::with_capacity(word.len());
        let mut splits: Vec<(usize, Split)> = Vec::new();
        for &(c, style) in word {
            if c == SOFT_HYPHEN {
                if !chars.is_empty() {
                    splits.push((chars.len(), Split::Hyphen));
                }
            } else {
                chars.push((c, style));
            }
        }
        splits.retain(|&(at, _)| at < chars.len());
        if chars.is_empty() {
            return;
        }
        let width: f64 = chars.iter().map(|&(c, style)| self.fonts.face(style).advance(c, self.size)).sum();
        let too_wide = width > self.max_piece;
        if splits.is_empty() && self.justify && !sealed {
            self.hyphenation_points(&chars, &mut splits);
        }
        if !sealed || too_wide {
            add_dash_splits(&chars, &mut splits);
            add_blank_splits(&chars, &mut splits);
        }
        if sealed && too_wide {
            add_url_splits(&chars, &mut splits);
        }
        splits.sort_by_key(|&(at, _)| at);
        splits.dedup_by_key(|&mut (at, _)| at);
        self.add_emergency_splits(&chars, &mut splits);

        let mut from = 0;
        for &(at, split) in splits.iter().chain(std::iter::once(&(chars.len(), Split::Emergency))) {
            self.boxes(&chars[from..at]);
            if at < chars.len() {
                let style = chars[at - 1].1;
                let (width, cost, flagged) = match split {
                    Split::Hyphen => (self.fonts.face(style).advance('-', self.size), HYPHEN_PENALTY, true),
                    Split::AfterDash => (0.0, HYPHEN_PENALTY, true),
                    Split::Url => (0.0, URL_PENALTY, false),
                    Split::Emergency => (0.0, EMERGENCY_PENALTY, false),
                    Split::Blank => (0.0, BLANK_PENALTY, false),
                };
                self.items.push(Item::Penalty { width, cost, flagged, split: Some(split), style });
            }
            from = at;
        }

        self.chain_width += width;
        if self.chain_width > self.max_piece && !self.chain.is_empty() {
            // Words tied by no-break spaces that cannot fit on one line: let them break after all.
            for &index in &self.chain {
                if let Some(Item::Penalty { cost, .. }) = self.items.get_mut(index) {
                    *cost = 0.0;
                }
            }
            self.chain.clear();
            self.chain_width = width;
        }
    }

    /// Hyphenation points of the letter sequences of a word, with at least two letters on each side.
    fn hyphenation_points(&self, chars: &[(char, Style)], splits: &mut Vec<(usize, Split)>) {
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].0.is_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && chars[i].0.is_alphabetic() {
                i += 1;
            }
            let letters: String = chars[start..i].iter().map(|&(c, _)| c).collect();
            let count = i - start;
            // Short words (бы-ла), abbreviations in capitals (ПАО, МТС, SMS) and names (Анастасия, Краснодар) are
            // never broken.
            if count < 5 || !letters.chars().any(char::is_lowercase) || letters.starts_with(char::is_uppercase) {
                continue;
            }
            let Some(patterns) = patterns_for(&letters, self.language) else { continue };
            let (left, right) = patterns.bounds();
            let mut at = start;
            let syllables = hypher::hyphenate_bounded(&letters, patterns, left.max(2), right.max(2));
            let last = syllables.len().saturating_sub(1);
            for (n, syllable) in syllables.enumerate() {
                at += syllable.chars().count();
                if n < last {
                    splits.push((at, Split::Hyphen));
                }
            }
        }
    }

    /// Any piece between break points still too wide for a line gets a break point between every two characters.
    fn add_emergency_splits(&self, chars: &[(char, Style)], splits: &mut Vec<(usize, Split)>) {
        let mut extra = Vec::new();
        let mut from = 0;
        for at in splits.iter().map(|&(at, _)| at).chain(std::iter::once(chars.len())) {
            let piece = &chars[from..at];
            let width: f64 = piece.iter().map(|&(c, style)| self.fonts.face(style).advance(c, self.size)).sum();
            if width > self.max_piece {
                extra.extend((from + 1..at).map(|k| (k, Split::Emergency)));
            }
            from = at;
        }
        if !extra.is_empty() {
            splits.extend(extra);
            splits.sort_by_key(|&(at, _)| at);
        }
    }

    /// Boxes for a piece of a word, one per change of face.
    fn boxes(&mut self, piece: &[(char, Style)]) {
        let mut k = 0;
        while k < piece.len() {
            let style = piece[k].1;
            let face = self.fonts.face(style);
            let begin = self.text.len();
            let mut width = 0.0;
            while k < piece.len() && piece[k].1 == style {
                self.text.push(piece[k].0);
                width += face.advance(piece[k].0, self.size);
                k += 1;
            }
            self.items.push(Item::Box { width, style, text: (begin, self.text.len()) });
        }
    }
}

/// The usual Russian and Bulgarian ties, so the writer need not type no-break spaces: a dash never starts a
/// line ("слово — слово"); "№" and "§", one-letter words ("в", "и", "с") and short abbreviations ("г.", "ул.",
/// "ж.к.", "корп.") stay with the word after them, unless the abbreviation is a number's unit (`after_number`:
/// "2009 г.", "25 лв."). What else holds together is found by [`protect`].
fn tie(gap: Gap, previous: &str, after_number: bool, word: &[(char, Style)]) -> Gap {
    let Gap::Space(style) = gap else { return gap };
    let first = word.first().map_or(' ', |&(c, _)| c);
    let letters = previous.chars().filter(|c| c.is_alphabetic()).count();
    let abbreviation = !after_number
        && previous.ends_with('.')
        && (1..=4).contains(&letters)
        && previous.chars().all(|c| c == '.' || (c.is_alphabetic() && c.is_lowercase()));
    let tied = matches!(first, '\u{2013}' | '\u{2014}')
        || matches!(previous, "№" | "§")
        || (letters == 1 && previous.chars().count() == 1)
        || abbreviation;
    if tied { Gap::NoBreak(style) } else { gap }
}

/// Two separators in a row: a line break wins over spaces, a no-break space over an ordinary one.
fn merge_gaps(old: Gap, new: Gap) -> Gap {
    match (old, new) {
        (Gap::Newlines(a), Gap::Newlines(_)) => Gap::Newlines(a + 1),
        (Gap::Newlines(a), _) => Gap::Newlines(a),
        (_, Gap::Newlines(_)) => Gap::Newlines(1),
        (Gap::NoBreak(style), _) | (_, Gap::NoBreak(style)) => Gap::NoBreak(style),
        (Gap::Space(style), _) | (_, Gap::Space(style)) => Gap::Space(style),
        _ => new,
    }
}

/// Break points after hyphens and dashes already in a word ("кто-нибудь", "COVID-19"), but not between digits
/// (phone numbers like 123-45-67 stay whole).
fn add_dash_splits(chars: &[(char, Style)], splits: &mut Vec<(usize, Split)>) {
    for i in 1..chars.len().saturating_sub(1) {
        let (before, after) = (chars[i - 1].0, chars[i + 1].0);
        if matches!(chars[i].0, '-' | '\u{2010}' | '\u{2013}' | '\u{2014}')
            && before.is_alphanumeric()
            && after.is_alphanumeric()
            && !(before.is_numeric() && after.is_numeric())
        {
            splits.push((i + 1, Split::AfterDash));
        }
    }
}

/// Underscores either side of a break inside a fill-in blank: both parts still read as room to write.
const BLANK_PART: usize = 4;

/// Break points inside fill-in blanks ("выдан ________"), leaving at least [`BLANK_PART`] underscores on
/// each side.
fn add_blank_splits(chars: &[(char, Style)], splits: &mut Vec<(usize, Split)>) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i].0 != '_' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].0 == '_' {
            i += 1;
        }
        if i - start >= 2 * BLANK_PART {
            splits.extend((start + BLANK_PART..=i - BLANK_PART).map(|at| (at, Split::Blank)));
        }
    }
}

/// Break points after the punctuation of a URL or e-mail address.
fn add_url_splits(chars: &[(char, Style)], splits: &mut Vec<(usize, Split)>) {
    for i in 1..chars.len().saturating_sub(1) {
        if matches!(chars[i].0, '/' | '.' | '_' | '@' | '?' | '&' | '=' | '#' | '-') && chars[i + 1].0.is_alphanumeric()
        {
            splits.push((i + 1, Split::Url));
        }
    }
}

/// Patterns by script: Cyrillic words follow the letter's language (Russian in an English letter), Latin words
/// are English.
fn patterns_for(letters: &str, language: TextLanguage) -> Option<Patterns> {
    let first = letters.chars().next()?;
    if ('\u{0400}'..='\u{052F}').contains(&first) {
        Patterns::from_iso(language.cyrillic)
    } else if first.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&first) {
        Some(Patterns::English)
    } else {
        None
    }
}

/// A way to reach a break point in the optimal breaker.
struct Node {
    /// The break item.
    at: usize,
    /// Where the next line starts.
    start: usize,
    fitness: u8,
    flagged: bool,
    /// How many lines in a row up to this one end with a hyphen.
    hyphen_run: u8,
    demerits: f64,
    previous: Option<usize>,
}

/// A legal break, with what ending a line there costs.
struct Breakpoint {
    at: usize,
    /// The penalty's cost; nothing for glue.
    cost: f64,
    /// A hyphen is printed when the line ends here.
    flagged: bool,
    /// The line must end here.
    forced: bool,
}

impl Breakpoint {
    fn of(items: &Items, at: usize) -> Breakpoint {
        let (cost, flagged) = match items.list[at] {
            Item::Penalty { cost, flagged, .. } => (cost, flagged),
            _ => (0.0, false),
        };
        Breakpoint { at, cost, flagged, forced: items.is_forced(at) }
    }

    /// The demerits of a line from `node` to here, set with adjustment `ratio`, leaving `shortfall` of the
    /// measure empty if it is set ragged.
    fn line_demerits(&self, node: &Node, ratio: f64, shortfall: f64) -> f64 {
        let mut demerits = if ratio <= TRACKED {
            (LINE_PENALTY + 100.0 * ratio.abs().powi(3)).powi(2)
        } else {
            let hyphen = if self.flagged { RAGGED_HYPHEN_DEMERITS } else { 0.0 };
            RAGGED_DEMERITS + hyphen + (LINE_PENALTY + RAGGED_SHORTFALL_BADNESS * shortfall).powi(2)
        };
        if self.cost >= 0.0 {
            demerits += self.cost * self.cost;
        } else if self.cost > FORCED {
            demerits -= self.cost * self.cost;
        }
        if self.flagged && node.flagged {
            demerits += DOUBLE_HYPHEN_DEMERITS;
        }
        if self.forced && node.flagged {
            demerits += FINAL_HYPHEN_DEMERITS;
        }
        if fitness_class(ratio).abs_diff(node.fitness) > 1 {
            demerits += ADJACENT_DEMERITS;
        }
        demerits
    }
}

/// The cheapest way to a break found so far, as total demerits and the node it comes from, per fitness class
/// and length of the hyphen run it ends.
type BestWays = [[Option<(f64, usize)>; 3]; 4];

/// Breaks the paragraph minimising total demerits with no line looser than `tolerance` (adjustment ratio) and
/// no more than `max_run` hyphenated lines in a row. Returns the break item of every line, or `None` when no
/// set of breaks stays within the limits. With no limits it always succeeds.
fn optimal_breaks(items: &Items, measure: f64, tolerance: f64, max_run: u8) -> Option<Vec<usize>> {
    let mut nodes =
        vec![Node { at: 0, start: 0, fitness: 1, flagged: false, hyphen_run: 0, demerits: 0.0, previous: None }];
    let mut active = vec![0_usize];
    let mut next_active = Vec::new();
    for b in 0..items.list.len() {
        if !items.is_legal_break(b) {
            continue;
        }
        let point = Breakpoint::of(items, b);
        let mut best: BestWays = [[None; 3]; 4];
        let mut least_overfull: Option<(f64, usize)> = None;
        next_active.clear();
        for &a in &active {
            let node = &nodes[a];
            if b < node.start {
                next_active.push(a);
                continue;
            }
            let ratio = items.ratio(node.start, b, measure);
            if ratio < -1.0 {
                if least_overfull.is_none_or(|(d, _)| node.demerits < d) {
                    least_overfull = Some((node.demerits, a));
                }
            } else if !point.forced {
                next_active.push(a);
            }
            let hyphen_run = if point.flagged { node.hyphen_run.saturating_add(1) } else { 0 };
            if ratio < -1.0 || ratio > tolerance || hyphen_run > max_run {
                continue;
            }
            let shortfall = 1.0 - items.line_sums(node.start, b).width / measure;
            let total = node.demerits + point.line_demerits(node, ratio, shortfall);
            let slot = &mut best[usize::from(fitness_class(ratio))][usize::from(hyphen_run.min(2))];
            if slot.is_none_or(|(d, _)| total < d) {
                *slot = Some((total, a));
            }
        }
        std::mem::swap(&mut active, &mut next_active);
        let start = items.after_break(b);
        add_nodes(&mut nodes, &mut active, best, &point, start);
        if active.is_empty() {
            // Every way here overflows. With a finite tolerance, try again looser; without, take the least bad
            // overfull line so the paragraph still ends (only a glyph wider than the column gets here).
            if tolerance.is_finite() || max_run < u8::MAX {
                return None;
            }
            let (demerits, previous) = least_overfull?;
            active.push(nodes.len());
            let flagged = point.flagged;
            nodes.push(Node { at: b, start, fitness: 1, flagged, hyphen_run: 0, demerits, previous: Some(previous) });
        }
    }
    cheapest_breaks(&nodes, &active, items.list.len().checked_sub(1)?)
}

/// Makes an active node of every best way to `point`; the next line starts at `start`.
fn add_nodes(nodes: &mut Vec<Node>, active: &mut Vec<usize>, best: BestWays, point: &Breakpoint, start: usize) {
    let flagged = point.flagged;
    for (fitness, by_run) in (0_u8..).zip(best) {
        for (demerits, previous) in by_run.into_iter().flatten() {
            let hyphen_run = if flagged { nodes[previous].hyphen_run.saturating_add(1) } else { 0 };
            active.push(nodes.len());
            nodes.push(Node { at: point.at, start, fitness, flagged, hyphen_run, demerits, previous: Some(previous) });
        }
    }
}

/// The break items of the cheapest way through the whole paragraph: the active node at the `last` item with
/// the least demerits, followed back to the start.
fn cheapest_breaks(nodes: &[Node], active: &[usize], last: usize) -> Option<Vec<usize>> {
    let mut best = active
        .iter()
        .copied()
        .filter(|&a| nodes[a].at == last && nodes[a].previous.is_some())
        .min_by(|&a, &b| nodes[a].demerits.total_cmp(&nodes[b].demerits))?;
    let mut breaks = Vec::new();
    while let Some(previous) = nodes[best].previous {
        breaks.push(nodes[best].at);
        best = previous;
    }
    breaks.reverse();
    Some(breaks)
}

/// Tight, decent, loose or very loose.
fn fitness_class(ratio: f64) -> u8 {
    if ratio < -0.5 {
        0
    } else if ratio <= 0.5 {
        1
    } else if ratio <= 1.0 {
        2
    } else {
        3
    }
}

/// Breaks each line at the last point where it still fits (ragged text), splitting a word between characters
/// only when no other break fits; with `phrases`, at the last fitting comma, semicolon or colon if there is one.
fn first_fit_breaks(items: &Items, measure: f64, phrases: bool) -> Vec<usize> {
    let mut breaks = Vec::new();
    let mut start = 0;
    // The last fitting break after a phrase, between whole words, and anywhere.
    let mut fits: [Option<usize>; 3] = [None; 3];
    let mut b = 0;
    while b < items.list.len() {
        if b < start || !items.is_legal_break(b) {
            b += 1;
            continue;
        }
        if items.line_sums(start, b).width <= measure + EPSILON {
            if items.is_forced(b) {
                breaks.push(b);
                start = items.after_break(b);
                fits = [None; 3];
            } else {
                fits[2] = Some(b);
                if !items.is_emergency(b) {
                    fits[1] = Some(b);
                }
                if phrases && items.after_phrase(b) {
                    fits[0] = Some(b);
                }
            }
            b += 1;
        } else if let Some(at) = fits.iter().find_map(|fit| *fit) {
            // Break at the chosen point and read on from the new line.
            breaks.push(at);
            start = items.after_break(at);
            fits = [None; 3];
            b = start;
        } else {
            // Nothing fits: only a glyph wider than the column gets here.
            breaks.push(b);
            start = items.after_break(b);
            b += 1;
        }
    }
    breaks
}

/// What a run of pieces reads, every space as " ": a line's text for the proof and for messages.
pub(crate) fn pieces_text(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text { text, .. } => text.as_str(),
            Piece::Space { .. } => " ",
            Piece::Kern(_) => "",
        })
        .collect()
}
