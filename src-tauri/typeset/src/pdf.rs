//! Writing laid-out pages as a PDF with subset fonts, reproducible to the byte.
//!
//! printpdf draws and subsets; everything it would make up (random font names and file IDs, dates) is
//! pinned here from the document itself, and the info dictionary is written afresh.

use std::collections::BTreeSet;
use std::io::Write;

use flate2::Compression;
use flate2::write::ZlibEncoder;
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    FontId, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfParseErrorSeverity,
    PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};

use super::fonts::Fonts;
use super::layout::{Draw, PAGE_HEIGHT, Page};
use super::linebreak::Piece;
use super::{Document, Style, TypesetError};

/// Written as the PDF's producer and creator.
const PRODUCER: &str = "Complaint Desk";

/// Serializes `pages` of `doc`.
pub(crate) fn write(doc: &Document, fonts: &Fonts, pages: &[Page]) -> Result<Vec<u8>, TypesetError> {
    let date = pdf_date(doc.creation_date)?;
    let seed = document_seed(doc);
    let used = used_styles(pages);

    let mut pdf = PdfDocument::new(&doc.title);
    let mut font_ids = Vec::with_capacity(used.len());
    for &style in &used {
        // The first six letters of a font's name become its subset tag (`ABCDEF+NotoSerif`).
        let id = FontId(font_tag(seed, style));
        pdf.resources.fonts.map.insert(id.clone(), PdfFont::new(fonts.face(style).parsed().clone()));
        font_ids.push((style, id));
    }
    pdf.pages = pages.iter().map(|page| PdfPage::new(Mm(210.0), Mm(297.0), page_ops(page, &font_ids))).collect();

    let options = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut warnings = Vec::new();
    let mut out = pdf.to_lopdf_document(&options, &mut warnings);
    // printpdf reports problems as messages and carries on (a font it cannot subset is embedded whole).
    let errors: Vec<&str> =
        warnings.iter().filter(|w| w.severity == PdfParseErrorSeverity::Error).map(|w| w.msg.as_str()).collect();
    if !errors.is_empty() {
        return Err(TypesetError::Pdf(errors.join("; ")));
    }

    embed_attachments(pages, &mut out)?;
    out.version = "1.7".to_owned();
    // printpdf's info dictionary claims a PDF/X version and carries empty keys: write ours in its place.
    let info_id = out
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(|e| TypesetError::Pdf(format!("no info dictionary: {e}")))?;
    out.objects.insert(info_id, Object::Dictionary(info_dictionary(doc, &date)));
    let catalog = out.catalog_mut().map_err(|e| TypesetError::Pdf(format!("no catalog: {e}")))?;
    catalog.set("Lang", Object::string_literal(doc.language.tag));

    let content_hash = out.objects.values().fold(seed, |hash, object| match object {
        Object::Stream(stream) => fnv(hash, &stream.content),
        _ => hash,
    });
    out.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id_bytes(seed), StringFormat::Hexadecimal),
            Object::String(id_bytes(content_hash), StringFormat::Hexadecimal),
        ]),
    );
    compress(&mut out)?;
    let mut bytes = Vec::new();
    out.save_to(&mut bytes).map_err(|e| TypesetError::Pdf(format!("cannot serialize the PDF: {e}")))?;
    Ok(bytes)
}

/// Draws the attachments' pages, which printpdf knows nothing of, onto the pages it wrote: each as an
/// XObject of the page, placed by a content stream of its own after the page's own.
fn embed_attachments(pages: &[Page], out: &mut lopdf::Document) -> Result<(), TypesetError> {
    let page_ids: Vec<lopdf::ObjectId> = out.page_iter().collect();
    // A file attached to two proofs is held once.
    let mut added: Vec<(&crate::Attachment, usize, lopdf::ObjectId)> = Vec::new();
    for (page, &page_id) in pages.iter().zip(&page_ids) {
        let mut content = Vec::new();
        let mut names = Vec::new();
        for draw in &page.draws {
            let Draw::Embed { x, y, width, height, attachment, page: part } = draw else { continue };
            let Some((natural_width, natural_height)) = attachment.upright_size(*part) else { continue };
            let scale = (width / natural_width).min(height / natural_height);
            let (w, h) = (natural_width * scale, natural_height * scale);
            // Centred across the column, from the top of its box.
            let rect = [x + (width - w) / 2.0, PAGE_HEIGHT - y - h, w, h];
            let Some(matrix) = attachment.matrix(*part, rect) else { continue };
            let id = match added.iter().find(|(a, p, _)| *a == attachment && p == part) {
                Some(&(_, _, id)) => id,
                None => {
                    let Some(id) = attachment.add_to(*part, out) else { continue };
                    added.push((attachment, *part, id));
                    id
                }
            };
            let name = format!("Annex{}", names.len() + 1);
            let [a, b, c, d, e, f] = matrix.map(round);
            content.extend(format!("q {a} {b} {c} {d} {e} {f} cm /{name} Do Q\n").into_bytes());
            // A hairline round the copy shows where a white page ends on white paper.
            let [x, y, w, h] = rect.map(round);
            content.extend(format!("q 0.6 G 0.5 w {x} {y} {w} {h} re S Q\n").into_bytes());
            names.push((name, id));
        }
        if names.is_empty() {
            continue;
        }
        add_xobjects(out, page_id, names)?;
        out.add_page_contents(page_id, content)
            .map_err(|e| TypesetError::Pdf(format!("cannot draw an attachment: {e}")))?;
    }
    Ok(())
}

/// Names XObjects in a page's resources. printpdf gives every page a resource dictionary of its own that
/// points to one XObject dictionary shared by all pages: the page gets its own copy of that, with its names.
fn add_xobjects(
    out: &mut lopdf::Document,
    page_id: lopdf::ObjectId,
    names: Vec<(String, lopdf::ObjectId)>,
) -> Result<(), TypesetError> {
    let missing = |e: lopdf::Error| TypesetError::Pdf(format!("a page's resources cannot be read: {e}"));
    let resources_id =
        out.get_dictionary(page_id).and_then(|page| page.get(b"Resources")?.as_reference()).map_err(missing)?;
    let resources = out.get_dictionary(resources_id).map_err(missing)?;
    let mut xobjects = match resources.get(b"XObject") {
        Ok(object) => out.dereference(object).and_then(|(_, o)| o.as_dict().cloned()).map_err(missing)?,
        Err(_) => Dictionary::new(),
    };
    for (name, id) in names {
        xobjects.set(name, Object::Reference(id));
    }
    let resources = out.get_dictionary_mut(resources_id).map_err(missing)?;
    resources.set("XObject", Object::Dictionary(xobjects));
    Ok(())
}

/// Deflates every stream at the fastest level: lopdf's own `compress` uses the best one, which takes three
/// times as long (a third of the whole render) to save a tenth of the file.
fn compress(out: &mut lopdf::Document) -> Result<(), TypesetError> {
    // One compressor for every stream: setting one up clears large tables, which costs more than
    // compressing a page's worth of text.
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
    for object in out.objects.values_mut() {
        if let Object::Stream(stream) = object
            && stream.allows_compression
            && stream.dict.get(b"Filter").is_err()
        {
            encoder
                .write_all(&stream.content)
                .map_err(|e| TypesetError::Pdf(format!("cannot compress a stream: {e}")))?;
            let deflated =
                encoder.reset(Vec::new()).map_err(|e| TypesetError::Pdf(format!("cannot compress a stream: {e}")))?;
            if deflated.len() < stream.content.len() {
                stream.dict.set("Filter", Object::Name(b"FlateDecode".to_vec()));
                stream.set_content(deflated);
            }
        }
    }
    Ok(())
}

/// Faces that draw something, in a fixed order; unused faces are not embedded at all.
fn used_styles(pages: &[Page]) -> Vec<Style> {
    let mut used = BTreeSet::new();
    for draw in pages.iter().flat_map(|page| &page.draws) {
        if let Draw::Text { pieces, .. } = draw {
            for piece in pieces {
                match piece {
                    Piece::Text { style, .. } | Piece::Space { style, .. } => {
                        used.insert(style_index(*style));
                    }
                    Piece::Kern(_) => {}
                }
            }
        }
    }
    [Style::Regular, Style::Bold, Style::Italic]
        .into_iter()
        .filter(|style| used.contains(&style_index(*style)))
        .collect()
}

fn style_index(style: Style) -> u8 {
    match style {
        Style::Regular => 0,
        Style::Bold => 1,
        Style::Italic => 2,
    }
}

/// Six capital letters from the document seed, the last one naming the face.
fn font_tag(seed: u64, style: Style) -> String {
    let mut hash = fnv(seed, &[style_index(style)]);
    let mut tag = String::with_capacity(6);
    for _ in 0..5 {
        tag.push(char::from(b'A' + (hash % 26) as u8));
        hash /= 26;
    }
    tag.push(match style {
        Style::Regular => 'R',
        Style::Bold => 'B',
        Style::Italic => 'I',
    });
    tag
}

/// Rounds to thousandths, so the file does not carry float noise.
fn round(value: f64) -> f32 {
    ((value * 1000.0).round() / 1000.0) as f32
}

/// The drawing operations of one page: its shapes first, then its text.
fn page_ops(page: &Page, font_ids: &[(Style, FontId)]) -> Vec<Op> {
    let mut ops = Vec::new();
    for draw in &page.draws {
        shape_ops(draw, &mut ops);
    }
    text_ops(page, font_ids, &mut ops);
    ops
}

/// The strokes of a rectangle or a line; text is set after every shape, in one text section.
fn shape_ops(draw: &Draw, ops: &mut Vec<Op>) {
    match draw {
        Draw::Rect { x, y, width, height, stroke } => {
            ops.push(Op::SetOutlineThickness { pt: Pt(round(*stroke)) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(round(*x)),
                    y: Pt(round(PAGE_HEIGHT - y - height)),
                    width: Pt(round(*width)),
                    height: Pt(round(*height)),
                    mode: Some(PaintMode::Stroke),
                    winding_order: None,
                },
            });
        }
        Draw::Path { points, stroke } => {
            ops.push(Op::SetOutlineThickness { pt: Pt(round(*stroke)) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: points
                        .iter()
                        .map(|&(x, y)| LinePoint {
                            p: Point { x: Pt(round(x)), y: Pt(round(PAGE_HEIGHT - y)) },
                            bezier: false,
                        })
                        .collect(),
                    is_closed: false,
                },
            });
        }
        Draw::Text { .. } | Draw::Embed { .. } => {}
    }
}

/// The page's text in one text section, each line placed absolutely, the font and the letter-spacing set
/// only when they change.
fn text_ops(page: &Page, font_ids: &[(Style, FontId)], ops: &mut Vec<Op>) {
    let mut in_text = false;
    let mut current: Option<(Style, f64)> = None;
    // Every page starts with no letter-spacing.
    let mut spacing = 0.0;
    for draw in &page.draws {
        let Draw::Text { x, y, size, tracking, pieces } = draw else { continue };
        if pieces.iter().all(|piece| matches!(piece, Piece::Kern(_))) {
            continue;
        }
        if !in_text {
            ops.push(Op::StartTextSection);
            in_text = true;
        }
        let lead: f64 = pieces.iter().take_while(|piece| matches!(piece, Piece::Kern(_))).map(Piece::width).sum();
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(round(x + lead)), Pt(round(PAGE_HEIGHT - y))) });
        if *tracking != spacing {
            // Tc is in text space units: points, at the unscaled text matrix used here.
            ops.push(Op::SetCharacterSpacing { multiplier: *tracking as f32 });
            spacing = *tracking;
        }
        let line = Shown { size: *size, tracking: *tracking };
        show_pieces(pieces, line, font_ids, &mut current, ops);
    }
    if in_text {
        ops.push(Op::EndTextSection);
    }
}

/// The font size and letter-spacing of a line being shown.
#[derive(Clone, Copy)]
struct Shown {
    size: f64,
    tracking: f64,
}

/// One line's pieces after its leading kerns, as shown text with TJ offsets; `current` is the font in use.
fn show_pieces(
    pieces: &[Piece],
    Shown { size, tracking }: Shown,
    font_ids: &[(Style, FontId)],
    current: &mut Option<(Style, f64)>,
    ops: &mut Vec<Op>,
) {
    let mut items: Vec<TextItem> = Vec::new();
    for piece in pieces.iter().skip_while(|piece| matches!(piece, Piece::Kern(_))) {
        let style = match piece {
            Piece::Text { style, .. } | Piece::Space { style, .. } => Some(*style),
            Piece::Kern(_) => None,
        };
        if let Some(style) = style
            && *current != Some((style, size))
        {
            flush(ops, &mut items);
            if let Some((_, id)) = font_ids.iter().find(|(s, _)| *s == style) {
                ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(size as f32) });
            }
            *current = Some((style, size));
        }
        // TJ offsets are in thousandths of the font size, positive to the left.
        let em = 1000.0 / size;
        match piece {
            Piece::Text { text, .. } => items.push(TextItem::Text(text.clone())),
            Piece::Space { natural, width, .. } => {
                items.push(TextItem::Text(" ".to_owned()));
                // The letter-spacing after the space glyph is already part of its width.
                let extra = round(-(width - natural - tracking) * em);
                if extra != 0.0 {
                    items.push(TextItem::Offset(extra));
                }
            }
            Piece::Kern(width) => items.push(TextItem::Offset(round(-width * em))),
        }
    }
    flush(ops, &mut items);
}

fn flush(ops: &mut Vec<Op>, items: &mut Vec<TextItem>) {
    if !items.is_empty() {
        ops.push(Op::ShowText { items: std::mem::take(items) });
    }
}

/// `D:YYYYMMDD000000Z` for a calendar date, or an error for a date that does not exist.
fn pdf_date((year, month, day): (i32, u8, u8)) -> Result<String, TypesetError> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    if !(1..=9999).contains(&year) || day == 0 || day > days {
        return Err(TypesetError::Pdf(format!("the creation date {year}-{month:02}-{day:02} is not a calendar date")));
    }
    Ok(format!("D:{year:04}{month:02}{day:02}000000Z"))
}

/// A PDF text string: UTF-16BE with a byte order mark, readable by every viewer in any script.
fn text_string(text: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn info_dictionary(doc: &Document, date: &str) -> Dictionary {
    let mut info = Dictionary::new();
    info.set("Title", text_string(&doc.title));
    info.set("Author", text_string(&doc.author));
    info.set("Subject", text_string(&doc.subject));
    info.set("Creator", text_string(PRODUCER));
    info.set("Producer", text_string(PRODUCER));
    info.set("CreationDate", Object::string_literal(date));
    info.set("ModDate", Object::string_literal(date));
    info
}

/// FNV-1a, continued from `hash`: a stable hash that does not change between Rust versions.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The document's identity: its metadata and text. Same document, same seed.
fn document_seed(doc: &Document) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for field in [&doc.title, &doc.author, &doc.subject] {
        hash = fnv(hash, field.as_bytes());
        hash = fnv(hash, &[0]);
    }
    let (year, month, day) = doc.creation_date;
    hash = fnv(hash, &year.to_be_bytes());
    hash = fnv(hash, &[month, day]);
    fnv(hash, doc.language.tag.as_bytes())
}

/// Sixteen bytes for a file identifier.
fn id_bytes(hash: u64) -> Vec<u8> {
    let mut bytes = hash.to_be_bytes().to_vec();
    bytes.extend(fnv(hash, b"complaint-desk").to_be_bytes());
    bytes
}
