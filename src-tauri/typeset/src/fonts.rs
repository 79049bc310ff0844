//! The bundled Noto Serif faces: parsing, glyph coverage and advance widths.

use printpdf::ParsedFont;

use super::{Style, TypesetError};

const REGULAR: &[u8] = include_bytes!("../../../templates/fonts/NotoSerif-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../../../templates/fonts/NotoSerif-Bold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../templates/fonts/NotoSerif-Italic.ttf");

/// No-break space: joins words like "350 ₽" and is drawn as an ordinary space.
pub(crate) const NBSP: char = '\u{00A0}';
/// Soft hyphen: a hyphenation point chosen by the writer, drawn only when the line breaks there.
pub(crate) const SOFT_HYPHEN: char = '\u{00AD}';
/// Zero-width space: a break opportunity that draws nothing.
pub(crate) const ZERO_WIDTH_SPACE: char = '\u{200B}';

/// Characters the layout turns into spacing, breaks or nothing, so they need no glyph of their own.
pub(crate) fn is_layout_char(c: char) -> bool {
    matches!(c, '\n' | '\t' | ' ' | NBSP | SOFT_HYPHEN | ZERO_WIDTH_SPACE)
}

/// One parsed face with what measuring needs at hand.
pub(crate) struct Face {
    parsed: ParsedFont,
    units_per_em: f64,
    /// Advances of U+0000..U+0530 (Latin and Cyrillic), looked up once; `None` where the face has no glyph.
    common: Vec<Option<u16>>,
}

/// Code points below this have their advance cached in [`Face::common`].
const COMMON_END: u32 = 0x0530;

impl Face {
    fn parse(bytes: &[u8], name: &str) -> Result<Self, TypesetError> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| TypesetError::Font(format!("{name} cannot be parsed: {warnings:?}")))?;
        let units_per_em = f64::from(parsed.font_metrics.units_per_em);
        if units_per_em <= 0.0 {
            return Err(TypesetError::Font(format!("{name} has no units per em")));
        }
        let common = (0..COMMON_END)
            .map(|cp| {
                parsed.lookup_glyph_index(cp).filter(|&gid| gid != 0).map(|gid| parsed.get_horizontal_advance(gid))
            })
            .collect();
        let face = Self { parsed, units_per_em, common };
        for needed in [' ', '-'] {
            if face.advance_units(needed).is_none() {
                return Err(TypesetError::Font(format!("{name} has no “{needed}”")));
            }
        }
        Ok(face)
    }

    /// Advance of `c` in font units, `None` when the face cannot draw it.
    fn advance_units(&self, c: char) -> Option<u16> {
        let cp = u32::from(c);
        if cp < COMMON_END {
            return self.common.get(cp as usize).copied().flatten();
        }
        self.parsed.lookup_glyph_index(cp).filter(|&gid| gid != 0).map(|gid| self.parsed.get_horizontal_advance(gid))
    }

    /// Whether the face has a real glyph for `c`.
    pub(crate) fn has_glyph(&self, c: char) -> bool {
        self.advance_units(c).is_some()
    }

    /// Advance of `c` in points at `size`; characters without a glyph (rejected before layout) measure 0.
    pub(crate) fn advance(&self, c: char, size: f64) -> f64 {
        self.advance_units(c).map_or(0.0, |units| f64::from(units) * size / self.units_per_em)
    }

    /// The parsed face, for embedding.
    pub(crate) fn parsed(&self) -> &ParsedFont {
        &self.parsed
    }
}

/// The three faces letters are set in, parsed once and shared by every render.
pub struct Fonts {
    regular: Face,
    bold: Face,
    italic: Face,
}

impl Fonts {
    /// Parses the Noto Serif Regular, Bold and Italic faces compiled into the binary (OFL 1.1,
    /// `templates/fonts/`); they cover Russian, Bulgarian (incl. ѝ), English, ₽ and №.
    ///
    /// The faces are parsed on separate threads: parsing is most of a letter's start-up time.
    pub fn bundled() -> Result<Fonts, TypesetError> {
        std::thread::scope(|scope| {
            let bold = scope.spawn(|| Face::parse(BOLD, "Noto Serif Bold"));
            let italic = scope.spawn(|| Face::parse(ITALIC, "Noto Serif Italic"));
            let regular = Face::parse(REGULAR, "Noto Serif Regular")?;
            let joined = |handle: std::thread::ScopedJoinHandle<'_, Result<Face, TypesetError>>| {
                handle.join().unwrap_or_else(|_| Err(TypesetError::Font("a font parser thread panicked".into())))
            };
            Ok(Fonts { regular, bold: joined(bold)?, italic: joined(italic)? })
        })
    }

    /// The first character of `text` that cannot be printed in `style`: one the face has no glyph for, or a
    /// control character other than `\n` (line break) and `\t` (a space). Spaces, no-break spaces, soft
    /// hyphens and zero-width spaces are handled by the layout and never reported.
    pub fn missing_char(&self, style: Style, text: &str) -> Option<char> {
        let face = self.face(style);
        text.chars().find(|&c| !is_layout_char(c) && (c.is_control() || !face.has_glyph(c)))
    }

    /// `text` with every character `style` cannot draw as "?": for text that must print whatever it holds,
    /// such as a file's name, rather than refuse the letter.
    pub fn printable(&self, style: Style, text: &str) -> String {
        let face = self.face(style);
        text.chars()
            .map(|c| if is_layout_char(c) || (!c.is_control() && face.has_glyph(c)) { c } else { '?' })
            .collect()
    }

    /// The face for a style.
    pub(crate) fn face(&self, style: Style) -> &Face {
        match style {
            Style::Regular => &self.regular,
            Style::Bold => &self.bold,
            Style::Italic => &self.italic,
        }
    }
}

impl std::fmt::Debug for Fonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Fonts(Noto Serif Regular, Bold, Italic)")
    }
}
