//! Rows as a reader read them, before validation: every value with the line it is on, and how a
//! format names its fields in messages.

/// A value and the line it is on.
#[derive(Debug, Clone)]
pub(crate) struct At<T> {
    pub value: T,
    pub line: usize,
}

impl<T> At<T> {
    pub(crate) fn new(value: T, line: usize) -> Self {
        At { value, line }
    }
}

/// How a format names fields in messages: `text.en.title` (TOML), `title_en` (CSV),
/// `texts.en.title` (JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    Toml,
    Csv,
    Json,
}

impl Style {
    pub(super) fn text_field(self, locale: &str, part: &str) -> String {
        match self {
            Style::Toml => format!("text.{locale}.{part}"),
            Style::Csv => format!("{part}_{locale}"),
            Style::Json => format!("texts.{locale}.{part}"),
        }
    }
}

/// The parts of one locale's texts, any subset: `[variant.text.<locale>]` in TOML, a
/// `texts.<locale>` object in JSON, the `<part>_<locale>` columns of a CSV row. The same shape
/// as rendered [`Texts`](crate::i18n::Texts), so every part an explanation has can be imported.
pub(crate) type Parts = crate::i18n::Texts;

/// One locale's texts of an entry, as written.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawText {
    pub locale: String,
    pub line: usize,
    pub parts: Parts,
}

/// One entry as read: a variant, or a class note when `class` is set.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawRow {
    pub line: usize,
    pub vendor: Option<At<String>>,
    pub vendor_name: Option<At<String>>,
    pub vendor_note: Option<At<String>>,
    pub code: Option<At<String>>,
    pub class: Option<At<String>>,
    pub vendor_code: Option<At<String>>,
    pub phrase: Option<At<String>>,
    pub category: Option<At<String>>,
    pub side: Option<At<String>>,
    pub retry: Option<At<String>>,
    pub message: Option<At<String>>,
    pub source: Option<At<String>>,
    pub applies_to: Option<At<String>>,
    pub confidence: Option<At<String>>,
    pub texts: Vec<RawText>,
}
