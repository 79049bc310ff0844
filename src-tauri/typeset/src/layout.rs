//! Placing blocks on A4 pages: lines, frames and check boxes, with the pagination rules of a careful word
//! processor (headings stay with what follows, no single widow or orphan line, kept blocks move whole, no
//! list leaves one item alone on a page, no word runs on over a page break).

use std::cell::Cell;

use super::fonts::Fonts;
use super::linebreak::{Line, ParagraphSpec, Piece, break_paragraph};
use super::{
    AddressWindow, Align, Attachment, Block, Document, LaidLine, LineEnd, LineKind, ListPlace, Run, Section, Style,
    TableCell,
};

/// Points per millimetre.
const PT_PER_MM: f64 = 72.0 / 25.4;

/// Millimetres to points.
pub(crate) fn mm(value: f64) -> f64 {
    value * PT_PER_MM
}

/// A4 width in points.
pub(crate) const PAGE_WIDTH: f64 = 210.0 * PT_PER_MM;
/// A4 height in points.
pub(crate) const PAGE_HEIGHT: f64 = 297.0 * PT_PER_MM;
/// Left margin (25 mm, room for a binder or a hole punch).
pub(crate) const LEFT: f64 = 25.0 * PT_PER_MM;
/// Right margin.
const RIGHT: f64 = 20.0 * PT_PER_MM;
/// Top margin.
pub(crate) const TOP: f64 = 20.0 * PT_PER_MM;
/// Bottom margin.
const BOTTOM: f64 = 20.0 * PT_PER_MM;
/// Width of the text column.
pub(crate) const MEASURE: f64 = PAGE_WIDTH - LEFT - RIGHT;
/// Height of the text column.
pub(crate) const BODY_HEIGHT: f64 = PAGE_HEIGHT - TOP - BOTTOM;

/// Body text size.
pub(crate) const BODY_SIZE: f64 = 11.5;
/// Body line spacing (1.25).
const BODY_LEADING: f64 = 14.4;
/// Header, footer and frame caption size.
const SMALL_SIZE: f64 = 9.0;
/// Their line spacing.
const SMALL_LEADING: f64 = 11.25;
/// From the top of a line to its baseline, as a share of the line spacing.
const BASELINE_SHARE: f64 = 0.8;
/// Baseline of the header, from the top of the page.
const HEADER_BASELINE: f64 = 12.0 * PT_PER_MM;
/// Baseline of the footer, from the top of the page.
const FOOTER_BASELINE: f64 = PAGE_HEIGHT - 12.0 * PT_PER_MM;

/// The narrowest text column a list item's indent leaves.
const MIN_COLUMN: f64 = 30.0 * PT_PER_MM;
/// Gap between a list label and its text when the label is wider than the indent.
const LABEL_GAP: f64 = 4.0;
/// Where the text of a checklist row starts.
const CHECK_INDENT: f64 = 7.0 * PT_PER_MM;
/// Side of a checklist box.
const CHECK_SIDE: f64 = 8.5;
/// Least room between the two parts of a signature line.
const SIGNATURE_GAP: f64 = 12.0;
/// Space above a checklist row.
const CHECK_SPACE_BEFORE: f64 = 3.0;
/// Space above a frame.
const FRAME_SPACE_BEFORE: f64 = 6.0;
/// Padding between a frame and its caption.
const FRAME_PADDING: f64 = 2.5 * PT_PER_MM;
/// Line width of frames and check boxes.
const RULE: f64 = 0.6;
/// Line width of a tick.
const TICK: f64 = 1.2;
/// The least room an attachment's page is drawn in; with less left it goes to the next page.
const MIN_FILL: f64 = 80.0 * PT_PER_MM;
/// Space between the sender's line and the addressee in an envelope window.
const WINDOW_GAP: f64 = 1.5 * PT_PER_MM;
/// Space between an envelope window's field and the text that follows it.
const WINDOW_AFTER: f64 = 6.0 * PT_PER_MM;
/// Where a fold mark starts and ends, from the sheet's left edge.
const FOLD_MARK: (f64, f64) = (4.0 * PT_PER_MM, 9.0 * PT_PER_MM);
/// Padding between a table cell's rule and its text.
const CELL_PADDING: f64 = 1.5 * PT_PER_MM;
/// Space between the text above an attachment's page and the page.
const FILL_GAP: f64 = 4.0 * PT_PER_MM;
/// Slack for comparing heights.
const EPSILON: f64 = 1e-6;

/// Something drawn on a page. `x` from the left edge, `y` down from the top edge, in points.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Draw {
    /// One line of text.
    Text {
        /// Left end of the baseline.
        x: f64,
        /// The baseline.
        y: f64,
        /// Font size.
        size: f64,
        /// Letter-spacing after every glyph, in points.
        tracking: f64,
        /// What is drawn.
        pieces: Vec<Piece>,
    },
    /// An outlined rectangle.
    Rect {
        /// Left edge.
        x: f64,
        /// Top edge.
        y: f64,
        /// Width.
        width: f64,
        /// Height.
        height: f64,
        /// Line width.
        stroke: f64,
    },
    /// An attachment's page drawn into a box, its proportions kept, centred at the box's top.
    Embed {
        /// Left edge of the box.
        x: f64,
        /// Top edge of the box.
        y: f64,
        /// Width of the box.
        width: f64,
        /// Height of the box.
        height: f64,
        /// The file.
        attachment: Attachment,
        /// Which of its pages.
        page: usize,
    },
    /// A stroked open path (the tick in a check box).
    Path {
        /// Points, in drawing order.
        points: Vec<(f64, f64)>,
        /// Line width.
        stroke: f64,
    },
}

impl Draw {
    fn shifted(mut self, dx: f64, dy: f64) -> Self {
        match &mut self {
            Self::Text { x, y, .. } | Self::Rect { x, y, .. } | Self::Embed { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Self::Path { points, .. } => {
                for (x, y) in points {
                    *x += dx;
                    *y += dy;
                }
            }
        }
        self
    }
}

/// One laid-out page.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Page {
    /// Everything on it.
    pub draws: Vec<Draw>,
    /// Its body lines, for [`crate::proof`].
    pub lines: Vec<LaidLine>,
}

/// A line of the flow: its height and what it draws, relative to the column's left edge and the line's top.
#[derive(Debug, Clone)]
struct FlowLine {
    height: f64,
    draws: Vec<Draw>,
    /// The text lines in it, as the proof reports them.
    laid: Vec<LaidLine>,
}

impl FlowLine {
    /// A word of it goes on in the next line.
    fn runs_on(&self) -> bool {
        self.laid.iter().any(|line| matches!(line.end, LineEnd::Hyphen | LineEnd::Split))
    }
}

/// Where and how the lines of a block are set.
#[derive(Debug, Clone, Copy)]
struct Column {
    /// Left edge, from the left margin.
    x: f64,
    measure: f64,
    first_indent: f64,
    align: Align,
    kind: LineKind,
}

/// A block after line breaking, before pagination.
#[derive(Debug, Clone)]
enum Chunk {
    /// Lines of one paragraph, which may be split between pages.
    Lines { space_before: f64, keep_with_next: bool, lines: Vec<FlowLine> },
    /// Something that cannot be split (a frame).
    Atom { space_before: f64, line: FlowLine },
    /// Blocks that go on one page together when they can.
    Group(Vec<Chunk>),
    /// An attachment's page filling the rest of the page.
    Fill { attachment: Attachment, page: usize },
    /// Drawn where it must be on the page (an envelope's window); the flow goes on below `bottom`.
    Placed { line: FlowLine, bottom: f64 },
    /// Vertical space, dropped at the top of a page.
    Space(f64),
    /// Continue on a new page.
    PageBreak,
}

impl Chunk {
    /// Whether a signature line is in it.
    fn holds_signature(&self) -> bool {
        match self {
            Self::Lines { lines, .. } => {
                lines.iter().flat_map(|line| &line.laid).any(|laid| laid.kind == LineKind::Signature)
            }
            Self::Group(children) => children.iter().any(Self::holds_signature),
            _ => false,
        }
    }

    /// Whether it may stand between a letter's text and its signature: space, a lead-in, list items.
    fn is_closing_matter(&self) -> bool {
        match self {
            Self::Space(_) | Self::Lines { keep_with_next: true, .. } => true,
            Self::Lines { lines, .. } => {
                lines.iter().flat_map(|line| &line.laid).all(|laid| laid.kind == LineKind::ListItem)
            }
            Self::Group(children) => children.iter().all(Self::is_closing_matter),
            _ => false,
        }
    }

    /// Height on the page; `at_top` drops the space above.
    fn height(&self, at_top: bool) -> f64 {
        match self {
            Self::Lines { space_before, lines, .. } => {
                space_or_zero(*space_before, at_top) + lines.iter().map(|line| line.height).sum::<f64>()
            }
            Self::Atom { space_before, line } => space_or_zero(*space_before, at_top) + line.height,
            Self::Group(children) => {
                let mut total = 0.0;
                for (i, child) in children.iter().enumerate() {
                    total += child.height(at_top && i == 0);
                }
                total
            }
            Self::Space(height) => space_or_zero(*height, at_top),
            Self::Fill { .. } => MIN_FILL,
            Self::Placed { .. } => 0.0,
            Self::PageBreak => 0.0,
        }
    }
}

fn space_or_zero(space: f64, at_top: bool) -> f64 {
    if at_top { 0.0 } else { space }
}

/// Lays out a whole document: each section starts on a new page.
pub(crate) fn lay_out(doc: &Document, fonts: &Fonts) -> Vec<Page> {
    let mut pages = Vec::new();
    let counters = Counters::default();
    for (index, section) in doc.sections.iter().enumerate() {
        let builder = Builder { fonts, doc, section: index, counters: &counters };
        pages.extend(lay_out_section(section, &builder));
    }
    for (number, page) in (1..).zip(&mut pages) {
        for line in &mut page.lines {
            line.page = number;
        }
    }
    pages
}

fn lay_out_section(section: &Section, builder: &Builder<'_>) -> Vec<Page> {
    let chunks: Vec<Chunk> = section.blocks.iter().map(|block| builder.chunk(block)).collect();
    let chunks = builder.group_lists(&section.blocks, chunks);
    let mut pager = Pager { pages: vec![Page::default()], cursor: 0.0, fresh: true };
    pager.place_all(&chunks);
    let mut pages = pager.pages;
    let count = pages.len();
    for (index, page) in pages.iter_mut().enumerate() {
        if let Some(header) = section.header.as_deref().filter(|h| !h.trim().is_empty()) {
            let runs = [Run { text: header.to_owned(), style: Style::Regular }];
            let lines = builder.lines(&runs, SMALL_SIZE, MEASURE, 0.0, Align::Right);
            for (i, line) in lines.into_iter().enumerate() {
                page.draws.push(text_draw(line, SMALL_SIZE, LEFT, HEADER_BASELINE + i as f64 * SMALL_LEADING));
            }
        }
        if count > 1 {
            let label = footer_text(&section.footer_label.page_of, index + 1, count);
            let runs = [Run { text: label, style: Style::Regular }];
            let lines = builder.lines(&runs, SMALL_SIZE, MEASURE, 0.0, Align::Center);
            for (i, line) in lines.into_iter().enumerate() {
                page.draws.push(text_draw(line, SMALL_SIZE, LEFT, FOOTER_BASELINE + i as f64 * SMALL_LEADING));
            }
        }
    }
    pages
}

/// Fills `{page}` and `{pages}` in the caller's footer template.
pub(crate) fn footer_text(template: &str, page: usize, pages: usize) -> String {
    template.replace("{pages}", &pages.to_string()).replace("{page}", &page.to_string())
}

fn text_draw(line: Line, size: f64, x: f64, y: f64) -> Draw {
    Draw::Text { x: x + line.x, y, size, tracking: line.tracking, pieces: line.pieces }
}

/// A finite, non-negative length no larger than `max`.
fn clamp(value: f32, max: f64) -> f64 {
    let value = f64::from(value);
    if value.is_finite() { value.clamp(0.0, max) } else { 0.0 }
}

/// Numbers running through a document's sections: its text blocks and its lists.
#[derive(Default)]
struct Counters {
    blocks: Cell<usize>,
    lists: Cell<usize>,
}

impl Counters {
    fn next(counter: &Cell<usize>) -> usize {
        let value = counter.get();
        counter.set(value + 1);
        value
    }
}

/// Turns blocks into chunks.
struct Builder<'a> {
    fonts: &'a Fonts,
    doc: &'a Document,
    section: usize,
    counters: &'a Counters,
}

/// A block is one item of a list: a labelled list item, or a kept group that opens with one.
fn list_item_block(block: &Block) -> bool {
    match block {
        Block::ListItem { label, .. } => !label.trim().is_empty(),
        Block::KeepTogether(blocks) => blocks.first().is_some_and(list_item_block),
        _ => false,
    }
}

/// Marks the lines of a list item's chunk (not of what is kept with it) as belonging to `place`.
fn mark_list(chunk: &mut Chunk, place: ListPlace) {
    match chunk {
        Chunk::Lines { lines, .. } => {
            for line in lines.iter_mut().flat_map(|line| &mut line.laid) {
                line.list = Some(place);
            }
        }
        Chunk::Group(children) => {
            if let Some(first) = children.first_mut() {
                mark_list(first, place);
            }
        }
        Chunk::Atom { .. } | Chunk::Space(_) | Chunk::Fill { .. } | Chunk::Placed { .. } | Chunk::PageBreak => {}
    }
}

impl Builder<'_> {
    fn lines(&self, runs: &[Run], size: f64, measure: f64, first_indent: f64, align: Align) -> Vec<Line> {
        let language = self.doc.language;
        let spec = ParagraphSpec { runs, size, measure, first_indent, align, language, phrase_breaks: false };
        break_paragraph(&spec, self.fonts)
    }

    /// What the proof reports of a line of block `block`.
    fn laid(&self, line: &Line, block: usize, kind: LineKind, align: Align, measure: f64, size: f64) -> LaidLine {
        LaidLine {
            page: 0,
            section: self.section,
            block,
            kind,
            align,
            text: line.text(),
            measure,
            width: line.width(),
            natural_width: line.natural,
            ratio: line.ratio,
            tracking: line.tracking / size,
            end: line.end,
            ragged: line.ragged,
            list: None,
        }
    }

    /// Body lines of one block set in `column`.
    fn body_lines(&self, runs: &[Run], column: Column) -> Vec<FlowLine> {
        let spec = ParagraphSpec {
            runs,
            size: BODY_SIZE,
            measure: column.measure,
            first_indent: column.first_indent,
            align: column.align,
            language: self.doc.language,
            phrase_breaks: column.kind == LineKind::Column,
        };
        let block = Counters::next(&self.counters.blocks);
        break_paragraph(&spec, self.fonts)
            .into_iter()
            .map(|line| FlowLine {
                height: BODY_LEADING,
                laid: vec![self.laid(&line, block, column.kind, column.align, column.measure, BODY_SIZE)],
                draws: vec![text_draw(line, BODY_SIZE, column.x, BODY_LEADING * BASELINE_SHARE)],
            })
            .collect()
    }

    /// Lists keep their first two items together and their last two, so none is left alone on a page.
    fn group_lists(&self, blocks: &[Block], chunks: Vec<Chunk>) -> Vec<Chunk> {
        let mut grouped = Vec::with_capacity(chunks.len());
        let mut run: Vec<Chunk> = Vec::new();
        for (block, chunk) in blocks.iter().zip(chunks) {
            if list_item_block(block) {
                run.push(chunk);
                continue;
            }
            self.close_list(&mut run, &mut grouped);
            grouped.push(chunk);
        }
        self.close_list(&mut run, &mut grouped);
        grouped
    }

    /// Numbers the items of a finished list run and moves them to `out`, grouped.
    fn close_list(&self, run: &mut Vec<Chunk>, out: &mut Vec<Chunk>) {
        if run.is_empty() {
            return;
        }
        let list = Counters::next(&self.counters.lists);
        for (item, chunk) in run.iter_mut().enumerate() {
            mark_list(chunk, ListPlace { list, item });
        }
        let mut items = std::mem::take(run);
        match items.len() {
            1 => out.extend(items),
            2 | 3 => out.push(Chunk::Group(items)),
            count => {
                let last = items.split_off(count - 2);
                let middle = items.split_off(2);
                out.push(Chunk::Group(items));
                out.extend(middle);
                out.push(Chunk::Group(last));
            }
        }
    }

    fn chunk(&self, block: &Block) -> Chunk {
        match block {
            Block::Paragraph { runs, align, first_line_indent_mm, space_before_pt, keep_with_next } => {
                let indent = mm(clamp(*first_line_indent_mm, 200.0)).min(MEASURE / 2.0);
                let column =
                    Column { x: 0.0, measure: MEASURE, first_indent: indent, align: *align, kind: LineKind::Paragraph };
                Chunk::Lines {
                    space_before: clamp(*space_before_pt, BODY_HEIGHT),
                    keep_with_next: *keep_with_next,
                    lines: self.body_lines(runs, column),
                }
            }
            Block::ListItem { label, runs, indent_mm, space_before_pt } => {
                self.list_item(label, runs, *indent_mm, *space_before_pt)
            }
            Block::CheckItem { checked, runs } => {
                let column = Column {
                    x: CHECK_INDENT,
                    measure: MEASURE - CHECK_INDENT,
                    first_indent: 0.0,
                    align: Align::Left,
                    kind: LineKind::CheckItem,
                };
                let mut lines = self.body_lines(runs, column);
                if let Some(first) = lines.first_mut() {
                    first.draws.extend(check_box(*checked, BODY_LEADING * BASELINE_SHARE));
                }
                Chunk::Lines { space_before: CHECK_SPACE_BEFORE, keep_with_next: false, lines }
            }
            Block::Frame { caption, height_mm } => self.frame(caption, *height_mm),
            Block::Row { cells } => self.row(cells),
            Block::AddressWindow(window) => self.address_window(window),
            Block::Signature { left, right } => self.signature(left, right),
            Block::KeepTogether(blocks) => Chunk::Group(blocks.iter().map(|block| self.chunk(block)).collect()),
            Block::Embed { attachment, page } => Chunk::Fill { attachment: attachment.clone(), page: *page },
            Block::VSpace { mm: space } => Chunk::Space(mm(clamp(*space, 1000.0)).min(BODY_HEIGHT)),
            Block::PageBreak => Chunk::PageBreak,
        }
    }

    /// A list item: the label flush left, the text from the item's indent, or after the label when it is wider.
    fn list_item(&self, label: &str, runs: &[Run], indent_mm: f32, space_before_pt: f32) -> Chunk {
        let indent = mm(clamp(indent_mm, 200.0)).min(MEASURE - MIN_COLUMN);
        let label_line = self
            .lines(&[Run { text: label.to_owned(), style: Style::Regular }], BODY_SIZE, MEASURE, 0.0, Align::Left)
            .into_iter()
            .next();
        let label_width = label_line.as_ref().map_or(0.0, Line::width);
        let first_indent = (label_width + LABEL_GAP - indent).max(0.0);
        let (align, kind) = if label.trim().is_empty() {
            (Align::Left, LineKind::Column)
        } else {
            (Align::Justify, LineKind::ListItem)
        };
        let column = Column { x: indent, measure: MEASURE - indent, first_indent, align, kind };
        let mut lines = self.body_lines(runs, column);
        if let (Some(first), Some(label)) = (lines.first_mut(), label_line) {
            first.draws.push(text_draw(label, BODY_SIZE, 0.0, BODY_LEADING * BASELINE_SHARE));
        }
        Chunk::Lines { space_before: clamp(space_before_pt, BODY_HEIGHT), keep_with_next: false, lines }
    }

    /// A box of at least `height_mm` with its caption in the top left corner.
    fn frame(&self, caption: &[Run], height_mm: f32) -> Chunk {
        let width = MEASURE - 2.0 * FRAME_PADDING;
        let caption_lines = self.lines(caption, SMALL_SIZE, width, 0.0, Align::Left);
        let caption_height = caption_lines.len() as f64 * SMALL_LEADING + 2.0 * FRAME_PADDING;
        let height = mm(clamp(height_mm, 1000.0)).max(caption_height).min(BODY_HEIGHT);
        let mut draws = vec![Draw::Rect { x: 0.0, y: 0.0, width: MEASURE, height, stroke: RULE }];
        let block = Counters::next(&self.counters.blocks);
        let laid = caption_lines
            .iter()
            .map(|line| self.laid(line, block, LineKind::Caption, Align::Left, width, SMALL_SIZE))
            .collect();
        for (i, line) in caption_lines.into_iter().enumerate() {
            let baseline = FRAME_PADDING + SMALL_LEADING * (i as f64 + BASELINE_SHARE);
            draws.push(text_draw(line, SMALL_SIZE, FRAME_PADDING, baseline));
        }
        Chunk::Atom { space_before: FRAME_SPACE_BEFORE, line: FlowLine { height, draws, laid } }
    }

    /// A table row: each cell ruled round and wrapped in its own width, the widths given in millimetres and
    /// the one of width 0 taking the rest.
    fn row(&self, cells: &[TableCell]) -> Chunk {
        let fixed: f64 = cells.iter().map(|cell| mm(clamp(cell.width_mm, 200.0))).sum();
        let flexible = cells.iter().filter(|cell| cell.width_mm <= 0.0).count().max(1) as f64;
        let rest = ((MEASURE - fixed) / flexible).max(MIN_COLUMN);
        let block = Counters::next(&self.counters.blocks);
        let mut set = Vec::with_capacity(cells.len());
        let mut x = 0.0;
        for cell in cells {
            let width = if cell.width_mm > 0.0 { mm(clamp(cell.width_mm, 200.0)) } else { rest };
            let measure = (width - 2.0 * CELL_PADDING).max(1.0);
            let lines = self.lines(&cell.runs, BODY_SIZE, measure, 0.0, cell.align);
            set.push((x, width, measure, cell.align, lines));
            x += width;
        }
        let rows = set.iter().map(|(.., lines)| lines.len()).max().unwrap_or(0).max(1);
        let height = rows as f64 * BODY_LEADING + 2.0 * CELL_PADDING;
        let (mut draws, mut laid) = (Vec::new(), Vec::new());
        for (x, width, measure, align, lines) in set {
            draws.push(Draw::Rect { x, y: 0.0, width, height, stroke: RULE });
            for (i, line) in lines.into_iter().enumerate() {
                laid.push(self.laid(&line, block, LineKind::Cell, align, measure, BODY_SIZE));
                let baseline = CELL_PADDING + BODY_LEADING * (i as f64 + BASELINE_SHARE);
                draws.push(text_draw(line, BODY_SIZE, x + CELL_PADDING, baseline));
            }
        }
        Chunk::Atom { space_before: 0.0, line: FlowLine { height, draws, laid } }
    }

    /// The envelope window's sender line and addressee lines at their place on the sheet, and the fold marks.
    fn address_window(&self, window: &AddressWindow) -> Chunk {
        let left = mm(clamp(window.left_mm, 200.0));
        let top = mm(clamp(window.top_mm, 280.0));
        let width = mm(clamp(window.width_mm, 200.0)).max(MIN_COLUMN);
        let block = Counters::next(&self.counters.blocks);
        let (mut draws, mut laid) = (Vec::new(), Vec::new());
        // The first line's glyphs rise above its line box: it starts a little inside the field.
        let mut y = top + WINDOW_GAP;
        let sender = [Run::regular(window.return_address.clone())];
        for line in self.lines(&sender, SMALL_SIZE, width, 0.0, Align::Left) {
            laid.push(self.laid(&line, block, LineKind::Column, Align::Left, width, SMALL_SIZE));
            draws.push(text_draw(line, SMALL_SIZE, left, y + SMALL_LEADING * BASELINE_SHARE));
            y += SMALL_LEADING;
        }
        y += WINDOW_GAP;
        for runs in &window.lines {
            let block = Counters::next(&self.counters.blocks);
            for line in self.lines(runs, BODY_SIZE, width, 0.0, Align::Left) {
                laid.push(self.laid(&line, block, LineKind::Column, Align::Left, width, BODY_SIZE));
                draws.push(text_draw(line, BODY_SIZE, left, y + BODY_LEADING * BASELINE_SHARE));
                y += BODY_LEADING;
            }
        }
        for &mark in &window.fold_marks_mm {
            let at = mm(clamp(mark, 297.0));
            draws.push(Draw::Path { points: vec![(FOLD_MARK.0, at), (FOLD_MARK.1, at)], stroke: RULE });
        }
        let bottom = (top + mm(clamp(window.height_mm, 200.0))).max(y) + WINDOW_AFTER;
        Chunk::Placed { line: FlowLine { height: 0.0, draws, laid }, bottom }
    }

    /// The two parts of a signature line side by side when they fit, else each on lines of its own.
    fn signature(&self, left: &[Run], right: &[Run]) -> Chunk {
        let block = Counters::next(&self.counters.blocks);
        let set = |runs: &[Run], align: Align| -> Vec<(Line, LaidLine)> {
            let lines = self.lines(runs, BODY_SIZE, MEASURE, 0.0, align);
            lines
                .into_iter()
                .map(|line| {
                    let laid = self.laid(&line, block, LineKind::Signature, align, MEASURE, BODY_SIZE);
                    (line, laid)
                })
                .collect()
        };
        let (left, right) = (set(left, Align::Left), set(right, Align::Right));
        let width = |lines: &[(Line, LaidLine)]| lines.iter().map(|(line, _)| line.width()).fold(0.0, f64::max);
        let baseline = BODY_LEADING * BASELINE_SHARE;
        let lines = if left.len() == 1 && right.len() == 1 && width(&left) + SIGNATURE_GAP + width(&right) <= MEASURE {
            let (draws, laid) = left
                .into_iter()
                .chain(right)
                .map(|(line, laid)| (text_draw(line, BODY_SIZE, 0.0, baseline), laid))
                .unzip();
            vec![FlowLine { height: BODY_LEADING, draws, laid }]
        } else {
            left.into_iter()
                .chain(right)
                .map(|(line, laid)| FlowLine {
                    height: BODY_LEADING,
                    draws: vec![text_draw(line, BODY_SIZE, 0.0, baseline)],
                    laid: vec![laid],
                })
                .collect()
        };
        Chunk::Lines { space_before: 0.0, keep_with_next: false, lines }
    }
}

/// A check box sitting on the baseline, ticked or empty.
fn check_box(checked: bool, baseline: f64) -> Vec<Draw> {
    let bottom = baseline + 0.8;
    let top = bottom - CHECK_SIDE;
    let mut draws = vec![Draw::Rect { x: 0.0, y: top, width: CHECK_SIDE, height: CHECK_SIDE, stroke: RULE }];
    if checked {
        draws.push(Draw::Path {
            points: vec![
                (1.8, top + CHECK_SIDE * 0.55),
                (CHECK_SIDE * 0.42, bottom - 1.8),
                (CHECK_SIDE - 1.4, top + 1.6),
            ],
            stroke: TICK,
        });
    }
    draws
}

/// Fills pages top to bottom.
struct Pager {
    pages: Vec<Page>,
    /// Distance from the top of the text column to where the next thing goes.
    cursor: f64,
    /// Nothing placed on the current page yet.
    fresh: bool,
}

impl Pager {
    fn remaining(&self) -> f64 {
        BODY_HEIGHT - self.cursor
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.cursor = 0.0;
        self.fresh = true;
    }

    fn place(&mut self, line: &FlowLine) {
        if let Some(page) = self.pages.last_mut() {
            page.draws.extend(line.draws.iter().cloned().map(|draw| draw.shifted(LEFT, TOP + self.cursor)));
            page.lines.extend(line.laid.iter().cloned());
        }
        self.cursor += line.height;
        self.fresh = false;
    }

    fn place_all(&mut self, chunks: &[Chunk]) {
        for (i, chunk) in chunks.iter().enumerate() {
            let following = &chunks[i + 1..];
            match chunk {
                Chunk::Space(height) => {
                    if !self.fresh {
                        self.cursor += height;
                    }
                }
                Chunk::PageBreak => {
                    if !self.fresh {
                        self.new_page();
                    }
                }
                Chunk::Fill { attachment, page } => self.fill(attachment, *page),
                Chunk::Placed { line, bottom } => {
                    if let Some(page) = self.pages.last_mut() {
                        page.draws.extend(line.draws.iter().cloned());
                        page.lines.extend(line.laid.iter().cloned());
                    }
                    self.cursor = self.cursor.max(bottom - TOP);
                    self.fresh = false;
                }
                Chunk::Lines { space_before, keep_with_next, lines } => {
                    if *keep_with_next && !self.fresh {
                        let needed = chunk.height(false) + lead_height(following);
                        if needed > self.remaining() + EPSILON
                            && chunk.height(true) + lead_height(following) <= BODY_HEIGHT
                        {
                            self.new_page();
                        }
                    }
                    let closing = if *keep_with_next { None } else { closing_height(following) };
                    self.place_lines(*space_before, lines, closing);
                }
                Chunk::Atom { space_before, line } => {
                    if !self.fresh && space_before + line.height > self.remaining() + EPSILON {
                        self.new_page();
                    }
                    if !self.fresh {
                        self.cursor += space_before;
                    }
                    self.place(line);
                }
                Chunk::Group(children) => {
                    if !self.fresh
                        && chunk.height(false) > self.remaining() + EPSILON
                        && chunk.height(true) <= BODY_HEIGHT
                    {
                        self.new_page();
                    }
                    self.place_all(children);
                }
            }
        }
    }

    /// Places a paragraph's lines, splitting it between pages with at least two lines on each side when it
    /// has four or more; shorter paragraphs move whole. When the letter's closing and signature follow
    /// (`closing`, their height) and would not fit after it, its last two lines go over with them (all of a
    /// short paragraph), so the signed page carries the end of the text it signs.
    fn place_lines(&mut self, space_before: f64, lines: &[FlowLine], closing: Option<f64>) {
        let total = lines.len();
        let mut index = 0;
        while index < total {
            let space = if self.fresh { 0.0 } else { space_before };
            let available = self.remaining() - space;
            let mut fit = 0;
            let mut used = 0.0;
            while index + fit < total && used + lines[index + fit].height <= available + EPSILON {
                used += lines[index + fit].height;
                fit += 1;
            }
            let left = total - index;
            let mut take = fit;
            let carried = if total >= 4 { 2 } else { total };
            let carried_height = lines[total - carried..].iter().map(|line| line.height).sum::<f64>();
            if let Some(closing) = closing
                && take == left
                && used + closing > available + EPSILON
                && carried_height + closing <= BODY_HEIGHT
            {
                take = left.saturating_sub(carried);
                if take > 0 && take < 2 && index == 0 {
                    take = 0;
                }
                if take == 0 && self.fresh {
                    take = left;
                } else {
                    take = self.before_running_word(&lines[index..], take, index == 0 && total >= 4);
                }
            } else if take < left {
                if total >= 4 {
                    take = take.min(left.saturating_sub(2));
                    if index == 0 && take < 2 {
                        take = 0;
                    }
                } else {
                    take = 0;
                }
                if take == 0 && self.fresh {
                    // Taller than a page: fill this one.
                    take = fit.clamp(1, left);
                }
                take = self.before_running_word(&lines[index..], take, index == 0 && total >= 4);
            }
            if take == 0 {
                self.new_page();
                continue;
            }
            self.cursor += space;
            for line in &lines[index..index + take] {
                self.place(line);
            }
            index += take;
            if index < total {
                self.new_page();
            }
        }
    }
}

impl Pager {
    /// Draws an attachment's page into what is left of this page (a new one when too little is left) and
    /// closes the page.
    fn fill(&mut self, attachment: &Attachment, page: usize) {
        if !self.fresh && self.remaining() < MIN_FILL {
            self.new_page();
        }
        let top = if self.fresh { 0.0 } else { self.cursor + FILL_GAP };
        let (width, height) = (MEASURE, BODY_HEIGHT - top);
        if let Some(current) = self.pages.last_mut() {
            let draw = Draw::Embed { x: LEFT, y: TOP + top, width, height, attachment: attachment.clone(), page };
            current.draws.push(draw);
        }
        self.cursor = BODY_HEIGHT;
        self.fresh = false;
    }

    /// How many of `lines` to put on this page instead of `take`, so that the page does not end in the middle
    /// of a word: fewer, as long as an opening part keeps two lines (`opening`), or none when it cannot.
    fn before_running_word(&self, lines: &[FlowLine], take: usize, opening: bool) -> usize {
        let mut fewer = take;
        while fewer > 0 && lines[fewer - 1].runs_on() {
            fewer -= 1;
        }
        if fewer == take || (fewer > 0 && !(opening && fewer < 2)) {
            fewer
        } else if self.fresh {
            // Nothing to carry over to: a page of hyphenated lines.
            take
        } else {
            0
        }
    }
}

/// How many lines a paragraph needs at the foot of a page when it starts there: all of a short one; two of a
/// longer one, or more until a line ends between words.
fn opening_lines(lines: &[FlowLine]) -> usize {
    if lines.len() < 4 {
        return lines.len();
    }
    let mut count = 2;
    while count < lines.len() - 2 && lines[count - 1].runs_on() {
        count += 1;
    }
    count
}

/// The height of a letter's closing when `following` is one: nothing but lead-ins ("Enclosures:"), list items
/// and space up to a group holding the signature, that group included.
fn closing_height(following: &[Chunk]) -> Option<f64> {
    let mut height = 0.0;
    for chunk in following {
        height += chunk.height(false);
        if chunk.holds_signature() {
            return Some(height);
        }
        if !chunk.is_closing_matter() {
            return None;
        }
    }
    None
}

/// The least that must follow a heading on its page: the whole next block if it is kept together (or is
/// itself a heading), else its first lines.
fn lead_height(following: &[Chunk]) -> f64 {
    match following.first() {
        None | Some(Chunk::PageBreak) => 0.0,
        Some(Chunk::Space(height)) => height + lead_height(&following[1..]),
        Some(chunk @ Chunk::Lines { space_before, keep_with_next, lines }) => {
            if *keep_with_next {
                chunk.height(false) + lead_height(&following[1..])
            } else {
                space_before + lines[..opening_lines(lines)].iter().map(|line| line.height).sum::<f64>()
            }
        }
        Some(chunk) => chunk.height(false),
    }
}
