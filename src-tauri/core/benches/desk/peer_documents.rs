//! The letter we typeset, written as each peer's own document: typst markup, an HTML page for Chromium and a
//! flat OpenDocument text for LibreOffice. Same text, same faces, the same A4 page, margins, font and size;
//! the page-number footer is left out for all three. The benchmark's letters carry no annexes, so an embedded
//! attachment page never comes here.

use std::fmt::Write as _;

use complaint_typeset::{Align, Block, Document, Run, Style, TableCell};

/// Our text column: A4 less the 25 mm left and 20 mm right margins.
const MEASURE_MM: f32 = 165.0;

fn lang(doc: &Document) -> &'static str {
    doc.language.tag.split('-').next().unwrap_or(doc.language.tag)
}

/// Every block of the document, each section's first one flagged as starting a new page.
fn section_blocks(doc: &Document) -> impl Iterator<Item = (bool, &Block)> {
    doc.sections
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.blocks.iter().enumerate().map(move |(j, b)| (i > 0 && j == 0, b)))
}

// --- typst ---------------------------------------------------------------------------------------------

/// The document as typst markup, each block a function call with its text as string literals.
pub fn typst(doc: &Document) -> String {
    let mut out = format!(
        "#set page(paper: \"a4\", margin: (left: 25mm, right: 20mm, top: 20mm, bottom: 20mm))\n\
         #set text(font: \"Noto Serif\", size: 11.5pt, lang: \"{}\", hyphenate: true)\n\
         #set par(leading: 0.55em, spacing: 0pt)\n\n",
        lang(doc)
    );
    for (new_page, block) in section_blocks(doc) {
        if new_page {
            out.push_str("#pagebreak()\n");
        }
        typst_block(block, &mut out);
    }
    out
}

fn typst_runs(runs: &[Run]) -> String {
    let mut out = String::from("[");
    for run in runs {
        for (i, piece) in run.text.split('\n').enumerate() {
            if i > 0 {
                out.push_str("#linebreak()");
            }
            let literal = format!("\"{}\"", piece.replace('\\', "\\\\").replace('"', "\\\""));
            match run.style {
                Style::Regular => write!(out, "#{literal}"),
                Style::Bold => write!(out, "#strong({literal})"),
                Style::Italic => write!(out, "#emph({literal})"),
            }
            .expect("writing to a string");
        }
    }
    out.push(']');
    out
}

fn typst_align(align: Align) -> &'static str {
    match align {
        Align::Justify | Align::Left => "left",
        Align::Right => "right",
        Align::Center => "center",
    }
}

fn typst_block(block: &Block, out: &mut String) {
    let text = match block {
        Block::Paragraph { runs, align, first_line_indent_mm, space_before_pt, keep_with_next } => format!(
            "#v({space_before_pt}pt)\n#block(sticky: {keep_with_next}, width: 100%, align({}, par(justify: {}, \
             first-line-indent: (amount: {first_line_indent_mm}mm, all: true))[{}]))",
            typst_align(*align),
            *align == Align::Justify,
            typst_runs(runs)
        ),
        Block::ListItem { label, runs, indent_mm, space_before_pt } => format!(
            "#v({space_before_pt}pt)\n#grid(columns: ({indent_mm}mm, 1fr), [#\"{}\"], par(justify: {})[{}])",
            label.replace('"', "\\\""),
            !label.is_empty(),
            typst_runs(runs)
        ),
        Block::Signature { left, right } => {
            format!("#v(12pt)\n#grid(columns: (1fr, auto), {}, {})", typst_runs(left), typst_runs(right))
        }
        Block::KeepTogether(group) => {
            let mut inner = String::new();
            group.iter().for_each(|b| typst_block(b, &mut inner));
            format!("#block(breakable: false)[\n{inner}]")
        }
        Block::Frame { caption, height_mm } => format!(
            "#v(6pt)\n#block(stroke: 0.6pt, width: 100%, height: {height_mm}mm, inset: 2.5mm, text(size: 9pt){})",
            typst_runs(caption)
        ),
        Block::CheckItem { checked, runs } => format!(
            "#v(3pt)\n#grid(columns: (7mm, 1fr), box(width: 3mm, height: 3mm, stroke: 0.6pt)[{}], {})",
            if *checked { "x" } else { "" },
            typst_runs(runs)
        ),
        Block::Row { cells } => {
            let columns: Vec<String> = cells.iter().map(typst_width).collect();
            let body: Vec<String> =
                cells.iter().map(|c| format!("align({}, {})", typst_align(c.align), typst_runs(&c.runs))).collect();
            format!("#table(columns: ({},), inset: 1.5mm, stroke: 0.6pt, {})", columns.join(", "), body.join(", "))
        }
        Block::AddressWindow(window) => {
            let lines: Vec<String> = window.lines.iter().map(|l| typst_runs(l)).collect();
            format!("#pad(left: {}mm)[{}]", window.left_mm - 25.0, lines.join("#linebreak()"))
        }
        Block::Embed { .. } => return,
        Block::VSpace { mm } => format!("#v({mm}mm)"),
        Block::PageBreak => "#pagebreak(weak: true)".into(),
    };
    out.push_str(&text);
    out.push_str("\n\n");
}

fn typst_width(cell: &TableCell) -> String {
    if cell.width_mm > 0.0 { format!("{}mm", cell.width_mm) } else { "1fr".into() }
}

// --- HTML ----------------------------------------------------------------------------------------------

/// The document as one HTML page with print styles, for Chromium's print-to-PDF.
pub fn html(doc: &Document) -> String {
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>\n\
         @page {{ size: A4; margin: 20mm 20mm 20mm 25mm; }}\n\
         body {{ margin: 0; font: 11.5pt/14.4pt \"Noto Serif\"; hyphens: auto; }}\n\
         p {{ margin: 0; }} .row {{ display: flex; }} .keep {{ break-inside: avoid; }}\n\
         .new-page {{ break-before: page; }} td {{ border: 0.6pt solid; padding: 1.5mm; vertical-align: top; }}\n\
         table {{ border-collapse: collapse; width: 100%; break-inside: avoid; }}\n\
         </style></head><body>\n",
        lang(doc),
        escape_xml(&doc.title)
    );
    for (new_page, block) in section_blocks(doc) {
        if new_page {
            out.push_str("<div class=\"new-page\"></div>\n");
        }
        html_block(block, &mut out);
    }
    out.push_str("</body></html>\n");
    out
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn html_runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in runs {
        let text = escape_xml(&run.text).replace('\n', "<br>");
        match run.style {
            Style::Regular => out.push_str(&text),
            Style::Bold => write!(out, "<b>{text}</b>").expect("writing to a string"),
            Style::Italic => write!(out, "<i>{text}</i>").expect("writing to a string"),
        }
    }
    out
}

fn css_align(align: Align) -> &'static str {
    match align {
        Align::Justify => "justify",
        Align::Left => "left",
        Align::Right => "right",
        Align::Center => "center",
    }
}

fn html_block(block: &Block, out: &mut String) {
    let text = match block {
        Block::Paragraph { runs, align, first_line_indent_mm, space_before_pt, keep_with_next } => format!(
            "<p style=\"text-align:{};text-indent:{first_line_indent_mm}mm;margin-top:{space_before_pt}pt{}\">{}</p>",
            css_align(*align),
            if *keep_with_next { ";break-after:avoid" } else { "" },
            html_runs(runs)
        ),
        Block::ListItem { label, runs, indent_mm, space_before_pt } => format!(
            "<div class=\"row\" style=\"margin-top:{space_before_pt}pt\"><span style=\"flex:0 0 {indent_mm}mm\">{}</span>\
             <p style=\"flex:1;text-align:{}\">{}</p></div>",
            escape_xml(label),
            if label.is_empty() { "left" } else { "justify" },
            html_runs(runs)
        ),
        Block::Signature { left, right } => format!(
            "<div class=\"row\" style=\"justify-content:space-between;margin-top:12pt\"><span>{}</span><span>{}</span></div>",
            html_runs(left),
            html_runs(right)
        ),
        Block::KeepTogether(group) => {
            let mut inner = String::new();
            group.iter().for_each(|b| html_block(b, &mut inner));
            format!("<div class=\"keep\">{inner}</div>")
        }
        Block::Frame { caption, height_mm } => format!(
            "<div style=\"border:0.6pt solid;min-height:{}mm;padding:2.5mm;margin-top:6pt;font-size:9pt;line-height:11.25pt\">{}</div>",
            height_mm - 5.0,
            html_runs(caption)
        ),
        Block::CheckItem { checked, runs } => format!(
            "<div class=\"row\" style=\"margin-top:3pt\"><span style=\"flex:0 0 7mm\"><span style=\"display:inline-block;\
             width:3mm;height:3mm;border:0.6pt solid;font-size:8pt;line-height:3mm;text-align:center\">{}</span></span><p>{}</p></div>",
            if *checked { "x" } else { "" },
            html_runs(runs)
        ),
        Block::Row { cells } => {
            let tds: String = cells
                .iter()
                .map(|c| {
                    let width = if c.width_mm > 0.0 { format!("width:{}mm;", c.width_mm) } else { String::new() };
                    format!("<td style=\"{width}text-align:{}\">{}</td>", css_align(c.align), html_runs(&c.runs))
                })
                .collect();
            format!("<table><tr>{tds}</tr></table>")
        }
        Block::AddressWindow(window) => {
            let lines: Vec<String> = window.lines.iter().map(|l| html_runs(l)).collect();
            format!("<p style=\"margin-left:{}mm\">{}</p>", window.left_mm - 25.0, lines.join("<br>"))
        }
        Block::Embed { .. } => return,
        Block::VSpace { mm } => format!("<div style=\"height:{mm}mm\"></div>"),
        Block::PageBreak => "<div class=\"new-page\"></div>".into(),
    };
    out.push_str(&text);
    out.push('\n');
}

// --- OpenDocument --------------------------------------------------------------------------------------

/// The document as a flat OpenDocument text (`.fodt`): what a customer writing the letter in LibreOffice
/// Writer would have, for `soffice --convert-to pdf`.
pub fn fodt(doc: &Document) -> String {
    let mut writer = Fodt::default();
    for (new_page, block) in section_blocks(doc) {
        if new_page {
            writer.page_break();
        }
        writer.block(block, false);
    }
    let (language, country) = doc.language.tag.split_once('-').unwrap_or((doc.language.tag, ""));
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
         xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" \
         office:version=\"1.3\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n\
         <office:font-face-decls><style:font-face style:name=\"Noto Serif\" svg:font-family=\"'Noto Serif'\"/>\
         </office:font-face-decls>\n",
    );
    write!(
        out,
        "<office:styles><style:default-style style:family=\"paragraph\"><style:paragraph-properties \
         fo:line-height=\"14.4pt\"/><style:text-properties style:font-name=\"Noto Serif\" fo:font-size=\"11.5pt\" \
         fo:language=\"{language}\" fo:country=\"{country}\" fo:hyphenate=\"true\"/></style:default-style>\
         </office:styles>\n<office:automatic-styles>\n<style:page-layout style:name=\"page\">\
         <style:page-layout-properties fo:page-width=\"210mm\" fo:page-height=\"297mm\" fo:margin-top=\"20mm\" \
         fo:margin-bottom=\"20mm\" fo:margin-left=\"25mm\" fo:margin-right=\"20mm\"/></style:page-layout>\n\
         <style:style style:name=\"bold\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/>\
         </style:style>\n<style:style style:name=\"italic\" style:family=\"text\"><style:text-properties \
         fo:font-style=\"italic\"/></style:style>\n"
    )
    .expect("writing to a string");
    for (i, (family, properties)) in writer.styles.iter().enumerate() {
        writeln!(out, "<style:style style:name=\"s{i}\" style:family=\"{family}\">{properties}</style:style>")
            .expect("writing to a string");
    }
    out.push_str(
        "</office:automatic-styles>\n<office:master-styles><style:master-page style:name=\"Standard\" \
         style:page-layout-name=\"page\"/></office:master-styles>\n<office:body><office:text>\n",
    );
    out.push_str(&writer.body);
    out.push_str("</office:text></office:body></office:document>\n");
    out
}

/// The body being written and the automatic styles it uses, each written once.
#[derive(Default)]
struct Fodt {
    body: String,
    styles: Vec<(&'static str, String)>,
}

impl Fodt {
    /// The name of the automatic style of `family` with these properties.
    fn style(&mut self, family: &'static str, properties: String) -> String {
        let index = match self.styles.iter().position(|(f, p)| *f == family && *p == properties) {
            Some(i) => i,
            None => {
                self.styles.push((family, properties));
                self.styles.len() - 1
            }
        };
        format!("s{index}")
    }

    /// A paragraph with these paragraph properties, its tab stops (`tabs`, may be empty) and text properties
    /// (may be empty), holding `content`.
    fn paragraph(&mut self, properties: &str, tabs: &str, text: &str, content: &str, keep: bool) {
        let keep = if keep { " fo:keep-with-next=\"always\"" } else { "" };
        let text = if text.is_empty() { String::new() } else { format!("<style:text-properties {text}/>") };
        let style = format!("<style:paragraph-properties {properties}{keep}>{tabs}</style:paragraph-properties>{text}");
        let name = self.style("paragraph", style);
        writeln!(self.body, "<text:p text:style-name=\"{name}\">{content}</text:p>").expect("writing to a string");
    }

    fn page_break(&mut self) {
        self.paragraph("fo:break-after=\"page\" fo:line-height=\"1pt\"", "", "fo:font-size=\"1pt\"", "", false);
    }

    /// One block; `keep` holds it on the page of the next, as inside a group kept together.
    fn block(&mut self, block: &Block, keep: bool) {
        match block {
            Block::Paragraph { runs, align, first_line_indent_mm, space_before_pt, keep_with_next } => {
                let properties = format!(
                    "fo:text-align=\"{}\" fo:text-indent=\"{first_line_indent_mm}mm\" fo:margin-top=\"{space_before_pt}pt\"",
                    odf_align(*align)
                );
                self.paragraph(&properties, "", "", &fodt_runs(runs), keep || *keep_with_next);
            }
            Block::ListItem { label, runs, indent_mm, space_before_pt } => {
                self.list_item(label, runs, *indent_mm, *space_before_pt, keep);
            }
            Block::Signature { left, right } => {
                let tabs = format!(
                    "<style:tab-stops><style:tab-stop style:position=\"{MEASURE_MM}mm\" style:type=\"right\"/></style:tab-stops>"
                );
                let content = format!("{}<text:tab/>{}", fodt_runs(left), fodt_runs(right));
                self.paragraph("fo:margin-top=\"12pt\"", &tabs, "", &content, keep);
            }
            Block::KeepTogether(group) => {
                for (i, b) in group.iter().enumerate() {
                    self.block(b, keep || i + 1 < group.len());
                }
            }
            Block::Frame { caption, height_mm } => {
                let properties = format!(
                    "fo:border=\"0.6pt solid #000000\" fo:padding=\"2.5mm\" fo:padding-bottom=\"{}mm\" fo:margin-top=\"6pt\" \
                     fo:line-height=\"11.25pt\"",
                    height_mm - 9.0
                );
                self.paragraph(&properties, "", "fo:font-size=\"9pt\"", &fodt_runs(caption), keep);
            }
            Block::CheckItem { checked, runs } => {
                let properties = "fo:margin-left=\"7mm\" fo:text-indent=\"-7mm\" fo:margin-top=\"3pt\"";
                let content = format!("{}<text:tab/>{}", if *checked { "☒" } else { "☐" }, fodt_runs(runs));
                self.paragraph(properties, "", "", &content, keep);
            }
            Block::Row { cells } => self.row(cells),
            Block::AddressWindow(window) => {
                let lines: Vec<String> = window.lines.iter().map(|l| fodt_runs(l)).collect();
                let properties = format!("fo:margin-left=\"{}mm\"", window.left_mm - 25.0);
                self.paragraph(&properties, "", "", &lines.join("<text:line-break/>"), keep);
            }
            Block::Embed { .. } => {}
            Block::VSpace { mm } => {
                let properties = format!("fo:margin-top=\"{mm}mm\" fo:line-height=\"1pt\"");
                self.paragraph(&properties, "", "fo:font-size=\"1pt\"", "", keep);
            }
            Block::PageBreak => self.page_break(),
        }
    }

    /// A numbered item with its label hanging in the margin column, or an address line (no label).
    fn list_item(&mut self, label: &str, runs: &[Run], indent_mm: f32, space_before_pt: f32, keep: bool) {
        let align = if label.is_empty() { "start" } else { "justify" };
        let properties = format!(
            "fo:text-align=\"{align}\" fo:margin-left=\"{indent_mm}mm\" fo:text-indent=\"-{indent_mm}mm\" \
             fo:margin-top=\"{space_before_pt}pt\""
        );
        let content = if label.is_empty() {
            fodt_runs(runs)
        } else {
            format!("{}<text:tab/>{}", escape_xml(label), fodt_runs(runs))
        };
        self.paragraph(&properties, "", "", &content, keep);
    }

    /// A ruled table row, its cells as wide as ours.
    fn row(&mut self, cells: &[TableCell]) {
        let fixed: f32 = cells.iter().map(|c| c.width_mm).sum();
        let flexible = cells.iter().filter(|c| c.width_mm <= 0.0).count().max(1) as f32;
        let table = self
            .style("table", format!("<style:table-properties style:width=\"{MEASURE_MM}mm\" table:align=\"left\"/>"));
        let cell = self.style(
            "table-cell",
            "<style:table-cell-properties fo:border=\"0.6pt solid #000000\" fo:padding=\"1.5mm\"/>".into(),
        );
        let mut columns = String::new();
        let mut row = String::new();
        for c in cells {
            let width = if c.width_mm > 0.0 { c.width_mm } else { (MEASURE_MM - fixed) / flexible };
            let column = self
                .style("table-column", format!("<style:table-column-properties style:column-width=\"{width}mm\"/>"));
            write!(columns, "<table:table-column table:style-name=\"{column}\"/>").expect("writing to a string");
            let align = odf_align(c.align);
            let paragraph = self.style(
                "paragraph",
                format!("<style:paragraph-properties fo:text-align=\"{align}\" fo:keep-with-next=\"always\"/>"),
            );
            write!(
                row,
                "<table:table-cell table:style-name=\"{cell}\" office:value-type=\"string\">\
                 <text:p text:style-name=\"{paragraph}\">{}</text:p></table:table-cell>",
                fodt_runs(&c.runs)
            )
            .expect("writing to a string");
        }
        writeln!(
            self.body,
            "<table:table table:style-name=\"{table}\">{columns}<table:table-row>{row}</table:table-row></table:table>"
        )
        .expect("writing to a string");
    }
}

fn odf_align(align: Align) -> &'static str {
    match align {
        Align::Justify => "justify",
        Align::Left => "start",
        Align::Right => "end",
        Align::Center => "center",
    }
}

fn fodt_runs(runs: &[Run]) -> String {
    let mut out = String::new();
    for run in runs {
        let text = escape_xml(&run.text).replace('\n', "<text:line-break/>").replace("  ", " <text:s/>");
        let span = match run.style {
            Style::Regular => text,
            Style::Bold => format!("<text:span text:style-name=\"bold\">{text}</text:span>"),
            Style::Italic => format!("<text:span text:style-name=\"italic\">{text}</text:span>"),
        };
        out.push_str(&span);
    }
    out
}
