//! Why a letter could not be typeset.

/// What can go wrong turning a [`super::Document`] into a PDF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TypesetError {
    /// A character the face it is set in cannot draw; printing it would leave an empty box on paper.
    #[error("the font has no glyph for {} in “{text_excerpt}”", describe(*.ch))]
    MissingGlyph {
        /// The first character that cannot be drawn.
        ch: char,
        /// The text around it, so the user can find it.
        text_excerpt: String,
    },
    /// A bundled font could not be read.
    #[error("font error: {0}")]
    Font(String),
    /// The PDF could not be assembled (bad metadata, serializer failure).
    #[error("PDF error: {0}")]
    Pdf(String),
}

impl TypesetError {
    /// Stable machine-readable reason the interface translates.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MissingGlyph { .. } => "missing_glyph",
            Self::Font(_) => "font",
            Self::Pdf(_) => "pdf",
        }
    }
}

/// `'x' (U+0078)`: the character and its code point, readable even when the character itself is invisible.
fn describe(ch: char) -> String {
    if ch.is_control() { format!("U+{:04X}", u32::from(ch)) } else { format!("“{ch}” (U+{:04X})", u32::from(ch)) }
}
