//! Copies of evidence files for the annex pages: a photo or a screenshot drawn to fit, each page of a PDF
//! embedded as it is.
//!
//! A file is read once, when it is opened, and refused with the reason when it cannot be reproduced; what is
//! kept is what the PDF writer needs to draw it: a JPEG's own bytes (it is never decoded), a PNG's pixels, a
//! PDF's parsed pages.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use lopdf::{Dictionary, Object, ObjectId, Stream};

/// The largest file opened: beyond it a copy would make the letter too heavy to print or send.
const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;
/// The largest image, in pixels (a 40-megapixel photo).
const MAX_PIXELS: u64 = 40_000_000;
/// The most pages of one PDF file printed as annex pages.
const MAX_PDF_PAGES: usize = 200;
/// The most a page's drawing instructions may expand to.
const MAX_PAGE_CONTENT: usize = 32 * 1024 * 1024;
/// How deep a PDF object may nest before it is cut off: a guard against a file made to exhaust the stack.
const MAX_DEPTH: usize = 64;

/// An evidence file ready to be drawn on annex pages, one page of it per annex page.
#[derive(Clone)]
pub struct Attachment(Arc<Content>);

enum Content {
    Image(Picture),
    Pdf(Arc<lopdf::Document>, Vec<PdfPage>),
}

/// Why a file cannot be reproduced as a copy: the letter lists it with a note instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentError {
    /// Neither an image the letter can draw (PNG, JPEG) nor a PDF.
    #[error("the file is not a PNG or JPEG image or a PDF")]
    Unsupported,
    /// It claims to be one but cannot be read.
    #[error("the file is damaged and cannot be read")]
    Damaged,
    /// A PDF that needs a password.
    #[error("the PDF is protected by a password")]
    Encrypted,
    /// Beyond the size, pixel or page limits.
    #[error("the file is too large to print as a copy")]
    TooLarge,
}

impl Attachment {
    /// Reads a PNG, a JPEG or a PDF, refusing what cannot be drawn faithfully.
    pub fn open(bytes: &[u8]) -> Result<Attachment, AttachmentError> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(AttachmentError::TooLarge);
        }
        let content = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Content::Image(png_picture(bytes)?)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Content::Image(jpeg_picture(bytes)?)
        } else if bytes.len() >= 5 && bytes[..bytes.len().min(1024)].windows(5).any(|w| w == b"%PDF-") {
            let (document, pages) = pdf_pages(bytes)?;
            Content::Pdf(Arc::new(document), pages)
        } else {
            return Err(AttachmentError::Unsupported);
        };
        Ok(Attachment(Arc::new(content)))
    }

    /// How many annex pages it takes: one for an image, one per page of a PDF.
    pub fn pages(&self) -> usize {
        match &*self.0 {
            Content::Image(_) => 1,
            Content::Pdf(_, pages) => pages.len(),
        }
    }

    /// Width and height of page `page` as it is seen upright, in points for a PDF and in pixels for an image:
    /// only the proportion matters.
    pub(crate) fn upright_size(&self, page: usize) -> Option<(f64, f64)> {
        match &*self.0 {
            Content::Image(picture) => Some(picture.upright_size()),
            Content::Pdf(_, pages) => pages.get(page).map(PdfPage::upright_size),
        }
    }

    /// Adds what draws page `page` to `out` as an XObject and returns its id.
    pub(crate) fn add_to(&self, page: usize, out: &mut lopdf::Document) -> Option<ObjectId> {
        match &*self.0 {
            Content::Image(picture) => Some(picture.add_to(out)),
            Content::Pdf(source, pages) => Some(pages.get(page)?.add_to(source, out)),
        }
    }

    /// The matrix that maps the XObject of page `page` (the unit square of an image, the box of a PDF page)
    /// onto `rect` (x, y from the bottom left, width, height, in points), turned upright.
    pub(crate) fn matrix(&self, page: usize, rect: [f64; 4]) -> Option<[f64; 6]> {
        match &*self.0 {
            Content::Image(picture) => Some(upright_matrix(picture.turns, [0.0, 0.0, 1.0, 1.0], rect)),
            Content::Pdf(_, pages) => pages.get(page).map(|page| upright_matrix(page.turns, page.bbox, rect)),
        }
    }
}

impl PartialEq for Attachment {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for Attachment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &*self.0 {
            Content::Image(_) => "image",
            Content::Pdf(..) => "pdf",
        };
        write!(f, "Attachment({kind}, {} pages)", self.pages())
    }
}

/// An image as the PDF will hold it.
struct Picture {
    width: u32,
    height: u32,
    /// `DeviceGray`, `DeviceRGB` or `DeviceCMYK`.
    color_space: &'static str,
    /// A JPEG's own bytes (`DCTDecode`), or raw 8-bit samples deflated when the PDF is written.
    data: Vec<u8>,
    jpeg: bool,
    /// An Adobe CMYK JPEG stores its inks inverted.
    inverted: bool,
    /// 8-bit opacity, for a PNG that has it.
    alpha: Option<Vec<u8>>,
    /// Quarter turns clockwise that make it upright (a phone photo's EXIF orientation).
    turns: u8,
}

impl Picture {
    fn upright_size(&self) -> (f64, f64) {
        let (w, h) = (f64::from(self.width), f64::from(self.height));
        if self.turns % 2 == 1 { (h, w) } else { (w, h) }
    }

    fn add_to(&self, out: &mut lopdf::Document) -> ObjectId {
        let mut dict = image_dictionary(self.width, self.height, self.color_space);
        if self.jpeg {
            dict.set("Filter", Object::Name(b"DCTDecode".to_vec()));
        }
        if self.inverted {
            dict.set("Decode", Object::Array([1, 0, 1, 0, 1, 0, 1, 0].map(Object::Integer).to_vec()));
        }
        if let Some(alpha) = &self.alpha {
            let mask = Stream::new(image_dictionary(self.width, self.height, "DeviceGray"), alpha.clone());
            dict.set("SMask", Object::Reference(out.add_object(mask)));
        }
        let mut stream = Stream::new(dict, self.data.clone());
        // A JPEG is already compressed; raw samples are deflated with the rest of the file.
        stream.allows_compression = !self.jpeg;
        out.add_object(stream)
    }
}

fn image_dictionary(width: u32, height: u32, color_space: &str) -> Dictionary {
    let mut dict = Dictionary::new();
    dict.set("Type", Object::Name(b"XObject".to_vec()));
    dict.set("Subtype", Object::Name(b"Image".to_vec()));
    dict.set("Width", Object::Integer(i64::from(width)));
    dict.set("Height", Object::Integer(i64::from(height)));
    dict.set("ColorSpace", Object::Name(color_space.as_bytes().to_vec()));
    dict.set("BitsPerComponent", Object::Integer(8));
    dict
}

fn check_pixels(width: u32, height: u32) -> Result<(), AttachmentError> {
    if width == 0 || height == 0 {
        return Err(AttachmentError::Damaged);
    }
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(AttachmentError::TooLarge);
    }
    Ok(())
}

/// Decodes a PNG to 8-bit gray or RGB samples, with its opacity apart.
fn png_picture(bytes: &[u8]) -> Result<Picture, AttachmentError> {
    let limits = png::Limits { bytes: (MAX_PIXELS * 4) as usize };
    let mut decoder = png::Decoder::new_with_limits(std::io::Cursor::new(bytes), limits);
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|e| match e {
        png::DecodingError::LimitsExceeded => AttachmentError::TooLarge,
        _ => AttachmentError::Damaged,
    })?;
    let (width, height) = (reader.info().width, reader.info().height);
    check_pixels(width, height)?;
    let size = reader.output_buffer_size().ok_or(AttachmentError::TooLarge)?;
    let mut buffer = vec![0; size];
    let frame = reader.next_frame(&mut buffer).map_err(|_| AttachmentError::Damaged)?;
    buffer.truncate(frame.buffer_size());
    let (channels, color_space) = match frame.color_type {
        png::ColorType::Grayscale => (1, "DeviceGray"),
        png::ColorType::GrayscaleAlpha => (2, "DeviceGray"),
        png::ColorType::Rgb => (3, "DeviceRGB"),
        png::ColorType::Rgba => (4, "DeviceRGB"),
        png::ColorType::Indexed => return Err(AttachmentError::Damaged),
    };
    let rows = usize::try_from(height).map_err(|_| AttachmentError::TooLarge)?;
    let row_len = frame.line_size;
    let colors = if channels % 2 == 0 { channels - 1 } else { channels };
    let mut data = Vec::with_capacity(buffer.len());
    let mut alpha = (channels % 2 == 0).then(|| Vec::with_capacity(buffer.len() / channels));
    for row in buffer.chunks(row_len).take(rows) {
        for pixel in row.chunks_exact(channels) {
            data.extend_from_slice(&pixel[..colors]);
            if let Some(alpha) = alpha.as_mut() {
                alpha.push(pixel[colors]);
            }
        }
    }
    // A fully opaque image needs no mask.
    let alpha = alpha.filter(|alpha| alpha.iter().any(|&a| a != u8::MAX));
    Ok(Picture { width, height, color_space, data, jpeg: false, inverted: false, alpha, turns: 0 })
}

/// Reads a JPEG's frame header and orientation; the image itself stays compressed as it came.
fn jpeg_picture(bytes: &[u8]) -> Result<Picture, AttachmentError> {
    let header = jpeg_header(bytes).ok_or(AttachmentError::Damaged)?;
    check_pixels(header.width, header.height)?;
    let color_space = match header.components {
        1 => "DeviceGray",
        3 => "DeviceRGB",
        4 => "DeviceCMYK",
        _ => return Err(AttachmentError::Unsupported),
    };
    if header.precision != 8 {
        return Err(AttachmentError::Unsupported);
    }
    Ok(Picture {
        width: header.width,
        height: header.height,
        color_space,
        data: bytes.to_vec(),
        jpeg: true,
        inverted: header.components == 4 && header.adobe,
        alpha: None,
        turns: header.turns,
    })
}

/// What a JPEG's markers say about it.
struct JpegHeader {
    width: u32,
    height: u32,
    components: u8,
    precision: u8,
    /// An Adobe (APP14) marker is present.
    adobe: bool,
    /// Quarter turns clockwise from its EXIF orientation.
    turns: u8,
}

/// Walks the markers up to the frame header.
fn jpeg_header(bytes: &[u8]) -> Option<JpegHeader> {
    let mut at = 2;
    let (mut adobe, mut turns) = (false, 0);
    while at + 4 <= bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        if marker == 0xFF {
            at += 1;
            continue;
        }
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        let segment = bytes.get(at + 4..at + 2 + length)?;
        match marker {
            0xE1 if segment.starts_with(b"Exif\0\0") => turns = exif_turns(&segment[6..]).unwrap_or(0),
            0xEE if segment.starts_with(b"Adobe") => adobe = true,
            // Start-of-frame markers, less DHT (C4), JPG (C8) and DAC (CC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                let [precision, h1, h0, w1, w0, components, ..] = *segment else { return None };
                return Some(JpegHeader {
                    width: u32::from(u16::from_be_bytes([w1, w0])),
                    height: u32::from(u16::from_be_bytes([h1, h0])),
                    components,
                    precision,
                    adobe,
                    turns,
                });
            }
            0xDA | 0xD9 => return None,
            _ => {}
        }
        at += 2 + length;
    }
    None
}

/// The quarter turns of the EXIF orientation tag (1, 3, 6 and 8; mirrored orientations are drawn unturned).
fn exif_turns(tiff: &[u8]) -> Option<u8> {
    let big = match tiff.get(..2)? {
        b"MM" => true,
        b"II" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = tiff.get(at..at + 2)?;
        Some(if big { u16::from_be_bytes([b[0], b[1]]) } else { u16::from_le_bytes([b[0], b[1]]) })
    };
    let u32_at = |at: usize| -> Option<u32> {
        let b = tiff.get(at..at + 4)?;
        let b = [b[0], b[1], b[2], b[3]];
        Some(if big { u32::from_be_bytes(b) } else { u32::from_le_bytes(b) })
    };
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let entries = usize::from(u16_at(ifd)?);
    (0..entries).find_map(|i| {
        let entry = ifd + 2 + i * 12;
        (u16_at(entry)? == 0x0112).then(|| match u16_at(entry + 8) {
            Some(3) => 2,
            Some(6) => 1,
            Some(8) => 3,
            _ => 0,
        })
    })
}

/// One page of a PDF file, ready to become a form XObject.
struct PdfPage {
    id: ObjectId,
    /// The visible box (crop box, else media box): x0, y0, x1, y1.
    bbox: [f64; 4],
    /// Quarter turns clockwise the page is shown with (its /Rotate).
    turns: u8,
}

impl PdfPage {
    fn upright_size(&self) -> (f64, f64) {
        let (w, h) = (self.bbox[2] - self.bbox[0], self.bbox[3] - self.bbox[1]);
        if self.turns % 2 == 1 { (h, w) } else { (w, h) }
    }

    /// The page as a form XObject in `out`, with every object its resources use copied over.
    fn add_to(&self, source: &lopdf::Document, out: &mut lopdf::Document) -> ObjectId {
        let content = source.get_page_content_with_limit(self.id, MAX_PAGE_CONTENT).unwrap_or_default();
        let resources = match source.get_page_resources(self.id) {
            Ok((Some(dict), _)) => Object::Dictionary(dict.clone()),
            Ok((None, ids)) => ids.first().map_or(Object::Dictionary(Dictionary::new()), |id| Object::Reference(*id)),
            Err(_) => Object::Dictionary(Dictionary::new()),
        };
        let mut copier = Copier { source, out, copied: HashMap::new() };
        let resources = copier.copy(&resources, 0);
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"XObject".to_vec()));
        dict.set("Subtype", Object::Name(b"Form".to_vec()));
        dict.set("BBox", Object::Array(self.bbox.iter().map(|&v| Object::Real(v as f32)).collect()));
        dict.set("Resources", resources);
        out.add_object(Stream::new(dict, content))
    }
}

/// Parses a PDF and finds its pages, refusing one it cannot read or that asks for a password.
fn pdf_pages(bytes: &[u8]) -> Result<(lopdf::Document, Vec<PdfPage>), AttachmentError> {
    let document = lopdf::Document::load_mem(bytes).map_err(|e| match e {
        lopdf::Error::Decryption(_) | lopdf::Error::InvalidPassword => AttachmentError::Encrypted,
        _ => AttachmentError::Damaged,
    })?;
    let ids: Vec<ObjectId> = document.page_iter().take(MAX_PDF_PAGES + 1).collect();
    if ids.is_empty() {
        return Err(AttachmentError::Damaged);
    }
    if ids.len() > MAX_PDF_PAGES {
        return Err(AttachmentError::TooLarge);
    }
    let pages = ids
        .into_iter()
        .map(|id| {
            let bbox = inherited(&document, id, b"CropBox")
                .or_else(|| inherited(&document, id, b"MediaBox"))
                .and_then(|object| rectangle(&document, object))
                .unwrap_or([0.0, 0.0, 595.0, 842.0]);
            let rotate = inherited(&document, id, b"Rotate").and_then(|o| o.as_i64().ok()).unwrap_or(0);
            let turns = u8::try_from(rotate.rem_euclid(360) / 90).unwrap_or(0);
            PdfPage { id, bbox, turns }
        })
        .collect();
    Ok((document, pages))
}

/// A page's attribute, from the page or the nearest parent that has it.
fn inherited<'a>(document: &'a lopdf::Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = document.get_dictionary(page).ok()?;
    for _ in 0..MAX_DEPTH {
        if let Ok(value) = node.get(key) {
            return document.dereference(value).ok().map(|(_, object)| object);
        }
        node = document.get_dictionary(node.get(b"Parent").ok()?.as_reference().ok()?).ok()?;
    }
    None
}

/// A PDF rectangle with its corners in order, when it has an area.
fn rectangle(document: &lopdf::Document, object: &Object) -> Option<[f64; 4]> {
    let values: Vec<f64> = object
        .as_array()
        .ok()?
        .iter()
        .map(|v| document.dereference(v).ok().and_then(|(_, v)| v.as_float().ok()).map(f64::from))
        .collect::<Option<_>>()?;
    let [x0, y0, x1, y1] = values[..] else { return None };
    let rect = [x0.min(x1), y0.min(y1), x0.max(x1), y0.max(y1)];
    (rect[2] - rect[0] > 1.0 && rect[3] - rect[1] > 1.0 && rect.iter().all(|v| v.is_finite())).then_some(rect)
}

/// Copies objects from one PDF into another under new numbers, each once.
struct Copier<'a> {
    source: &'a lopdf::Document,
    out: &'a mut lopdf::Document,
    copied: HashMap<ObjectId, ObjectId>,
}

impl Copier<'_> {
    fn copy(&mut self, object: &Object, depth: usize) -> Object {
        if depth > MAX_DEPTH {
            return Object::Null;
        }
        match object {
            Object::Reference(id) => {
                if let Some(new) = self.copied.get(id) {
                    return Object::Reference(*new);
                }
                let Ok(target) = self.source.get_object(*id) else { return Object::Null };
                let new = self.out.new_object_id();
                self.copied.insert(*id, new);
                let copy = self.copy(target, depth + 1);
                self.out.objects.insert(new, copy);
                Object::Reference(new)
            }
            Object::Array(items) => Object::Array(items.iter().map(|item| self.copy(item, depth + 1)).collect()),
            Object::Dictionary(dict) => Object::Dictionary(self.copy_dictionary(dict, depth)),
            Object::Stream(stream) => {
                let mut copy = Stream::new(self.copy_dictionary(&stream.dict, depth), stream.content.clone());
                copy.allows_compression = false;
                Object::Stream(copy)
            }
            other => other.clone(),
        }
    }

    /// A dictionary's entries, less a page's link to its page tree, which would drag the whole file along.
    fn copy_dictionary(&mut self, dict: &Dictionary, depth: usize) -> Dictionary {
        let mut copy = Dictionary::new();
        for (key, value) in dict.iter().filter(|(key, _)| key.as_slice() != b"Parent") {
            copy.set(key.clone(), self.copy(value, depth + 1));
        }
        copy
    }
}

/// The matrix that draws `bbox` (x0, y0, x1, y1 in the object's own space) turned `turns` quarter turns
/// clockwise and scaled to fill `rect` (x, y, width, height), which has the turned box's proportions.
fn upright_matrix(turns: u8, bbox: [f64; 4], rect: [f64; 4]) -> [f64; 6] {
    let [x0, y0, x1, y1] = bbox;
    let (w, h) = (x1 - x0, y1 - y0);
    let [x, y, width, height] = rect;
    // The object's unit box turned, then moved to the rectangle's corner.
    match turns % 4 {
        1 => {
            let (sx, sy) = (width / h, height / w);
            [0.0, -sy, sx, 0.0, x - y0 * sx, y + height + x0 * sy]
        }
        2 => {
            let (sx, sy) = (width / w, height / h);
            [-sx, 0.0, 0.0, -sy, x + width + x0 * sx, y + height + y0 * sy]
        }
        3 => {
            let (sx, sy) = (width / h, height / w);
            [0.0, sy, -sx, 0.0, x + width + y0 * sx, y - x0 * sy]
        }
        _ => {
            let (sx, sy) = (width / w, height / h);
            [sx, 0.0, 0.0, sy, x - x0 * sx, y - y0 * sy]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where the matrix takes a point of the object's space.
    fn apply(m: [f64; 6], (px, py): (f64, f64)) -> (f64, f64) {
        (m[0] * px + m[2] * py + m[4], m[1] * px + m[3] * py + m[5])
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn every_turn_maps_the_box_onto_the_rectangle_with_the_top_upward() {
        let bbox = [10.0, 20.0, 110.0, 220.0];
        let rect = [50.0, 60.0, 300.0, 400.0];
        let corners = [(10.0, 20.0), (110.0, 20.0), (10.0, 220.0), (110.0, 220.0)];
        for turns in 0..4u8 {
            let m = upright_matrix(turns, bbox, rect);
            let mapped: Vec<_> = corners.iter().map(|&c| apply(m, c)).collect();
            for corner in [(50.0, 60.0), (350.0, 60.0), (50.0, 460.0), (350.0, 460.0)] {
                assert!(mapped.iter().any(|&p| close(p, corner)), "turns {turns}: {mapped:?} lacks {corner:?}");
            }
            // The page's top left corner, turned clockwise, ends where a reader of the turned page expects it.
            let top_left = apply(m, (10.0, 220.0));
            let expected = [(50.0, 460.0), (350.0, 460.0), (350.0, 60.0), (50.0, 60.0)][usize::from(turns)];
            assert!(close(top_left, expected), "turns {turns}: top left at {top_left:?}");
        }
    }

    #[test]
    fn what_is_not_an_image_or_a_pdf_is_refused_by_its_reason() {
        assert_eq!(Attachment::open(b"hello").err(), Some(AttachmentError::Unsupported));
        assert_eq!(Attachment::open(b"\x89PNG\r\n\x1a\nbroken").err(), Some(AttachmentError::Damaged));
        assert_eq!(Attachment::open(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 2]).err(), Some(AttachmentError::Damaged));
        assert_eq!(Attachment::open(b"%PDF-1.7\nnot really").err(), Some(AttachmentError::Damaged));
    }

    #[test]
    fn a_jpeg_gives_its_size_and_turns_from_its_header() {
        // SOI, an EXIF APP1 with orientation 6 (little endian), SOF0 of 40×30 with 3 components.
        let mut exif = b"Exif\0\0II*\0\x08\0\0\0\x01\0".to_vec();
        exif.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
        exif.extend_from_slice(&[0, 0, 0, 0]);
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE1];
        jpeg.extend_from_slice(&u16::try_from(exif.len() + 2).expect("short").to_be_bytes());
        jpeg.extend_from_slice(&exif);
        jpeg.extend_from_slice(&[0xFF, 0xC0, 0, 17, 8, 0, 30, 0, 40, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        jpeg.extend_from_slice(&[0xFF, 0xD9]);
        let attachment = Attachment::open(&jpeg).expect("opens");
        assert_eq!(attachment.pages(), 1);
        // Turned a quarter: shown 30 wide and 40 high.
        assert_eq!(attachment.upright_size(0), Some((30.0, 40.0)));
    }
}
