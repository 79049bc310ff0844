//! The line markup that letter templates produce, turned into typesetting blocks.
//!
//! Every non-blank line is one block and starts with a tag (`<p>`, `<h>`, `<li 1.>`…); inline `<b>` and
//! `<i>` switch the face. The template engine escapes every value with [`escape`], so text a customer
//! typed can never open a tag or start a block: it is printed exactly as typed. Templates write `&nbsp;`
//! where a line must not break («8&nbsp;мин.», «№&nbsp;4411»).

use complaint_typeset::{Align, Block, Run, Style, TableCell};

use super::error::LetterError;

/// Indent of the addressee and sender block, so it sits at the right of the page, in a column (95 mm) wide
/// enough for a company's name with its legal form on one line and an address broken only after its commas.
const ADDRESS_INDENT_MM: f32 = 70.0;
/// Indent of numbered demands and attachments.
const LIST_INDENT_MM: f32 = 8.0;
/// First-line indent of body paragraphs.
const PARAGRAPH_INDENT_MM: f32 = 10.0;
/// Space above a body paragraph.
const PARAGRAPH_GAP_PT: f32 = 4.0;

/// The escape function given to the template engine: makes a value inert markup text.
///
/// A line break in a value stays a line break: LF, CR LF and a lone CR alike (see [`crate::text::normalize_str`]).
pub fn escape(input: &str, output: &mut dyn std::io::Write) -> std::io::Result<()> {
    for c in crate::text::normalize_str(input).chars() {
        match c {
            '&' => output.write_all(b"&amp;")?,
            '<' => output.write_all(b"&lt;")?,
            '>' => output.write_all(b"&gt;")?,
            '\n' => output.write_all(b"&#10;")?,
            _ => {
                let mut buf = [0; 4];
                output.write_all(c.encode_utf8(&mut buf).as_bytes())?;
            }
        }
    }
    Ok(())
}

/// Parses a rendered template into blocks; `template` names it in errors.
pub fn parse(template: &str, text: &str) -> Result<Vec<Block>, LetterError> {
    let mut stack: Vec<Vec<Block>> = vec![Vec::new()];
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let bad = |reason: &str| LetterError::Template {
            template: template.to_owned(),
            message: format!("line {}: {reason}: {line}", index + 1),
        };
        let rest = line.strip_prefix('<').ok_or_else(|| bad("a line must start with a block tag"))?;
        let (tag, body) = rest.split_once('>').ok_or_else(|| bad("unclosed block tag"))?;
        let (name, arg) = tag.split_once(' ').map_or((tag, ""), |(n, a)| (n, a.trim()));
        let block = match name {
            "keep" => {
                stack.push(Vec::new());
                continue;
            }
            "/keep" => close_keep(&mut stack).ok_or_else(|| bad("</keep> without <keep>"))?,
            _ => content_block(name, arg, body, &bad)?,
        };
        if let Some(blocks) = stack.last_mut() {
            blocks.push(block);
        }
    }
    match (stack.pop(), stack.is_empty()) {
        (Some(blocks), true) => Ok(blocks),
        _ => Err(LetterError::Template { template: template.to_owned(), message: "<keep> is never closed".into() }),
    }
}

/// Closes the innermost `<keep>` group as one block; `None` when no group is open.
fn close_keep(stack: &mut Vec<Vec<Block>>) -> Option<Block> {
    let mut group = stack.pop().filter(|_| !stack.is_empty())?;
    // A signature never stands alone at the top of a page: it takes the block before it along.
    if group.iter().any(|b| matches!(b, Block::Signature { .. }))
        && let Some(outer) = stack.last_mut()
        && matches!(outer.last(), Some(Block::Paragraph { .. } | Block::ListItem { .. }))
        && let Some(previous) = outer.pop()
    {
        group.insert(0, previous);
    }
    Some(Block::KeepTogether(group))
}

/// The block of a tag that holds text or space; `bad` makes the error for a malformed line.
fn content_block(name: &str, arg: &str, body: &str, bad: &dyn Fn(&str) -> LetterError) -> Result<Block, LetterError> {
    let runs = || inline(body).map_err(bad);
    Ok(match name {
        "h" => paragraph(
            runs()?.into_iter().map(|r| Run { style: Style::Bold, ..r }).collect(),
            Align::Center,
            0.0,
            6.0,
            true,
        ),
        "p" => paragraph(runs()?, Align::Justify, PARAGRAPH_INDENT_MM, PARAGRAPH_GAP_PT, false),
        "p0" => paragraph(runs()?, Align::Justify, 0.0, PARAGRAPH_GAP_PT, false),
        "left" => paragraph(runs()?, Align::Left, 0.0, 0.0, false),
        "center" => paragraph(runs()?, Align::Center, 0.0, 0.0, false),
        "to" => {
            Block::ListItem { label: String::new(), runs: runs()?, indent_mm: ADDRESS_INDENT_MM, space_before_pt: 0.0 }
        }
        "li" if !arg.is_empty() => {
            Block::ListItem { label: arg.to_owned(), runs: runs()?, indent_mm: LIST_INDENT_MM, space_before_pt: 2.0 }
        }
        "sign" => {
            let (left, right) = body.split_once('|').ok_or_else(|| bad("<sign> needs LEFT|RIGHT"))?;
            Block::Signature { left: inline(left).map_err(bad)?, right: inline(right).map_err(bad)? }
        }
        "check" if matches!(arg, "on" | "off") => Block::CheckItem { checked: arg == "on", runs: runs()? },
        "frame" => {
            Block::Frame { caption: runs()?, height_mm: number(arg).ok_or_else(|| bad("<frame N> needs a height"))? }
        }
        "row" => {
            table_row(arg, body).ok_or_else(|| bad("<row W…> needs a width in mm (or *) for each |-separated cell"))?
        }
        "space" => Block::VSpace { mm: number(arg).ok_or_else(|| bad("<space N> needs a height"))? },
        "pagebreak" => Block::PageBreak,
        _ => return Err(bad("unknown block tag")),
    })
}

/// `<row 10 * 30>a|b|c`: a table row of cells 10 mm, the rest and 30 mm wide; the `*` cell is set flush left,
/// the others centred (numbers and counts).
fn table_row(widths: &str, body: &str) -> Option<Block> {
    let widths: Vec<&str> = widths.split_whitespace().collect();
    let texts: Vec<&str> = body.split('|').collect();
    if widths.len() != texts.len() {
        return None;
    }
    let cells = widths
        .into_iter()
        .zip(texts)
        .map(|(width, text)| {
            let (width_mm, align) = if width == "*" { (0.0, Align::Left) } else { (number(width)?, Align::Center) };
            Some(TableCell { runs: inline(text).ok()?, width_mm, align })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Block::Row { cells })
}

/// A paragraph; one that ends with a colon introduces what follows («Прошу:», «Приложения:») and stays with it.
fn paragraph(runs: Vec<Run>, align: Align, indent: f32, space_before_pt: f32, keep_with_next: bool) -> Block {
    let lead_in = runs.last().is_some_and(|run| run.text.trim_end().ends_with(':'));
    Block::Paragraph {
        runs,
        align,
        first_line_indent_mm: indent,
        space_before_pt,
        keep_with_next: keep_with_next || lead_in,
    }
}

fn number(arg: &str) -> Option<f32> {
    arg.parse::<f32>().ok().filter(|n| n.is_finite() && *n >= 0.0)
}

/// Splits a block's text into runs at `<b>`, `</b>`, `<i>`, `</i>` and resolves the escapes.
fn inline(text: &str) -> Result<Vec<Run>, &'static str> {
    let mut runs = Vec::new();
    let mut style = Style::Regular;
    let mut current = String::new();
    let mut rest = text;
    while let Some(pos) = rest.find(['<', '&']) {
        current.push_str(&rest[..pos]);
        rest = &rest[pos..];
        if rest.starts_with('&') {
            let (entity, c) = [("&amp;", '&'), ("&lt;", '<'), ("&gt;", '>'), ("&#10;", '\n'), ("&nbsp;", '\u{a0}')]
                .into_iter()
                .find(|(entity, _)| rest.starts_with(entity))
                .ok_or("unknown escape")?;
            current.push(c);
            rest = &rest[entity.len()..];
            continue;
        }
        let end = rest.find('>').ok_or("unclosed inline tag")?;
        let next = match &rest[..=end] {
            "<b>" if style == Style::Regular => Style::Bold,
            "<i>" if style == Style::Regular => Style::Italic,
            "</b>" if style == Style::Bold => Style::Regular,
            "</i>" if style == Style::Italic => Style::Regular,
            _ => return Err("unknown or misnested inline tag"),
        };
        if !current.is_empty() {
            runs.push(Run { text: std::mem::take(&mut current), style });
        }
        style = next;
        rest = &rest[end + 1..];
    }
    current.push_str(rest);
    if style != Style::Regular {
        return Err("inline tag is never closed");
    }
    if !current.is_empty() {
        runs.push(Run { text: current, style });
    }
    Ok(runs)
}

/// The blocks as the reader sees them, in plain text: one paragraph per block, separated by blank lines.
///
/// List items start with their label, a signature is `left    right`, a check box is ☑ or ☐; spacing and
/// page breaks are dropped. Faces are lost, and escaped text comes out as typed (`<b>` stays `<b>`).
pub fn plain_text(blocks: &[Block]) -> String {
    let mut paragraphs = Vec::new();
    collect_text(blocks, &mut paragraphs, &mut false);
    paragraphs.join("\n\n")
}

/// Appends each block's text as a paragraph; the lines of an address column stay together as one.
fn collect_text(blocks: &[Block], paragraphs: &mut Vec<String>, in_address: &mut bool) {
    for block in blocks {
        if let Block::ListItem { label, runs, .. } = block
            && label.is_empty()
        {
            let line = runs_text(runs);
            match paragraphs.last_mut() {
                Some(address) if *in_address => {
                    address.push('\n');
                    address.push_str(&line);
                }
                _ => paragraphs.push(line),
            }
            *in_address = true;
            continue;
        }
        *in_address = false;
        let text = match block {
            Block::Paragraph { runs, .. } | Block::Frame { caption: runs, .. } => runs_text(runs),
            Block::ListItem { label, runs, .. } => joined(label, &runs_text(runs), " "),
            Block::Signature { left, right } => joined(&runs_text(left), &runs_text(right), "    "),
            Block::CheckItem { checked, runs } => joined(if *checked { "☑" } else { "☐" }, &runs_text(runs), " "),
            Block::KeepTogether(group) => {
                collect_text(group, paragraphs, in_address);
                continue;
            }
            Block::Row { cells } => cells.iter().map(|cell| runs_text(&cell.runs)).collect::<Vec<_>>().join(" | "),
            Block::AddressWindow(window) => {
                window.lines.iter().map(|line| runs_text(line)).collect::<Vec<_>>().join("\n")
            }
            Block::Embed { .. } | Block::VSpace { .. } | Block::PageBreak => continue,
        };
        if !text.trim().is_empty() {
            paragraphs.push(text);
        }
    }
}

fn runs_text(runs: &[Run]) -> String {
    runs.iter().map(|run| run.text.as_str()).collect()
}

/// `a` and `b` with `separator` between them, or whichever is not empty.
fn joined(a: &str, b: &str, separator: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (false, false) => format!("{a}{separator}{b}"),
        (true, _) => b.to_owned(),
        (false, true) => a.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(text: &str) -> String {
        let mut out = Vec::new();
        escape(text, &mut out).expect("writing to a Vec");
        String::from_utf8(out).expect("utf-8")
    }

    fn texts(block: &Block) -> Vec<(String, Style)> {
        match block {
            Block::Paragraph { runs, .. } | Block::ListItem { runs, .. } => {
                runs.iter().map(|r| (r.text.clone(), r.style)).collect()
            }
            other => panic!("not a text block: {other:?}"),
        }
    }

    #[test]
    fn user_text_cannot_become_markup() {
        let typed = "{{ x }} {% if %} <b>bold</b> **star** &amp;\n<h>Title";
        let blocks = parse("test", &format!("<p>Said: {}", escaped(typed))).expect("parses");
        assert_eq!(blocks.len(), 1);
        assert_eq!(texts(&blocks[0]), vec![(format!("Said: {typed}"), Style::Regular)]);
    }

    #[test]
    fn every_kind_of_line_break_in_a_value_stays_one_line_break() {
        for typed in ["one\ntwo\nthree", "one\r\ntwo\rthree", "one\rtwo\r\nthree"] {
            assert_eq!(escaped(typed), "one&#10;two&#10;three", "{typed:?}");
            let blocks = parse("test", &format!("<p>{}", escaped(typed))).expect("parses");
            assert_eq!(texts(&blocks[0]), vec![("one\ntwo\nthree".to_owned(), Style::Regular)], "{typed:?}");
        }
    }

    #[test]
    fn inline_styles_split_runs() {
        let blocks = parse("test", "<p0>a <b>bold</b> and <i>italic</i> end").expect("parses");
        assert_eq!(
            texts(&blocks[0]),
            vec![
                ("a ".into(), Style::Regular),
                ("bold".into(), Style::Bold),
                (" and ".into(), Style::Regular),
                ("italic".into(), Style::Italic),
                (" end".into(), Style::Regular),
            ]
        );
    }

    #[test]
    fn address_lines_read_as_one_block_in_the_preview() {
        let blocks = parse("test", "<to>ДО\n<to>„Мобилтел“ ЕАД\n<space 5>\n<to>от Иванов\n<p>Текст.").expect("parses");
        assert_eq!(plain_text(&blocks), "ДО\n„Мобилтел“ ЕАД\n\nот Иванов\n\nТекст.");
    }

    #[test]
    fn a_lead_in_stays_with_what_it_introduces() {
        let blocks = parse("test", "<p0>Приложения:\n<li 1.>Копия чека\n<p>Обычный абзац.").expect("parses");
        assert!(matches!(blocks[0], Block::Paragraph { keep_with_next: true, .. }));
        assert!(matches!(blocks[2], Block::Paragraph { keep_with_next: false, .. }));
    }

    #[test]
    fn the_signature_takes_the_last_attachment_along() {
        let blocks =
            parse("test", "<p0>Приложения:\n<li 1.>Копия чека\n<keep>\n<sign>date|name\n</keep>").expect("parses");
        assert_eq!(blocks.len(), 2);
        assert!(matches!(&blocks[1], Block::KeepTogether(group) if matches!(group[0], Block::ListItem { .. })));
    }

    #[test]
    fn keep_groups_blocks() {
        let blocks = parse("test", "<keep>\n  <left>a\n  <sign>x|y\n</keep>\n<pagebreak>").expect("parses");
        assert!(matches!(&blocks[0], Block::KeepTogether(group) if group.len() == 2));
        assert!(matches!(blocks[1], Block::PageBreak));
    }

    #[test]
    fn plain_text_has_one_paragraph_per_block_and_no_markup() {
        let typed = escaped("<b>Иванов</b> & Co");
        let markup = format!(
            "<to>{typed}\n<space 5>\n<h>CLAIM\n<p>Said <b>this</b>.&#10;Next line\n<li 1.>First\n\
             <check on>Receipt\n<keep>\n<sign>21.11.2026|A.&nbsp;Name\n</keep>\n<pagebreak>"
        );
        let text = plain_text(&parse("test", &markup).expect("parses"));
        assert_eq!(
            text,
            "<b>Иванов</b> & Co\n\nCLAIM\n\nSaid this.\nNext line\n\n1. First\n\n☑ Receipt\n\n\
             21.11.2026    A.\u{a0}Name"
        );
    }

    #[test]
    fn template_mistakes_are_named() {
        for bad in ["plain text", "<p>unclosed <b>bold", "<keep>\n<p>x", "</keep>", "<space>", "<wat>x", "<p>a &shy; b"]
        {
            let err = parse("claim.ru", bad).expect_err(bad);
            assert!(err.to_string().contains("claim.ru"), "{err}");
        }
    }
}
