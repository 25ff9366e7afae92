//! What can be wrong with a list file, and where: every problem names the file, the line and
//! the field (column or key), so that a maintainer can fix them all in one pass.

use crate::i18n::{Arg, Catalog, Locale};
use std::fmt;

/// One problem found in a list file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The file as the user named it (`-` for stdin).
    pub file: String,
    /// 1-based line; 0 when the problem is about the whole file.
    pub line: usize,
    /// The field (TOML key or CSV column); empty when the problem is about the whole line.
    pub field: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong, with the details a message needs. `Display` is English; the CLI renders the
/// same problems in en, ru and zh through `app.ftl` (`imp-*` messages).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ProblemKind {
    /// The file cannot be read (missing, a directory, no permission).
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// No such file.
    NotFound,
    /// A directory was given where a file is expected.
    IsDirectory,
    /// The file is empty or holds only whitespace.
    EmptyFile,
    /// The file is not UTF-8.
    NotUtf8,
    /// The format cannot be told from the file name.
    UnknownFormat,
    /// The file does not parse (TOML, CSV or JSON syntax); the parser's own words.
    Syntax {
        /// The parser's message.
        detail: String,
    },
    /// A required CSV column is missing from the header.
    MissingColumn,
    /// A CSV column or JSON key sipkb does not know.
    UnknownColumn,
    /// The same CSV column twice in the header.
    DuplicateColumn,
    /// The header is one column: the file is not comma-, semicolon- or tab-separated.
    Delimiter,
    /// A quoted CSV field that is never closed.
    Unterminated,
    /// A CSV row with more or fewer fields than the header.
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in this row.
        found: usize,
    },
    /// A required value is missing or blank.
    Required,
    /// Not a SIP status code 100–699 (or a class such as `5xx` where one is allowed).
    BadCode {
        /// The value as written.
        value: String,
    },
    /// Neither a code nor a vendor code.
    NoCode,
    /// Not a device status code.
    BadVendorCode {
        /// The value as written.
        value: String,
    },
    /// Not a vendor slug.
    BadSlug {
        /// The value as written.
        value: String,
    },
    /// Longer than allowed.
    TooLong {
        /// Its length in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A control character.
    Control {
        /// Its code point, `U+0007`.
        char: String,
    },
    /// Not one of the categories.
    BadCategory {
        /// The value as written.
        value: String,
    },
    /// Not one of a field's allowed values (`side`, `retry`).
    BadChoice {
        /// The value as written.
        value: String,
        /// The allowed values, comma separated.
        allowed: String,
    },
    /// Not en, ru or zh.
    BadLocale {
        /// The value as written.
        value: String,
    },
    /// Not a class digit 1–6.
    BadClass {
        /// The value as written.
        value: String,
    },
    /// Not a Fluent message id.
    BadMessageId {
        /// The value as written.
        value: String,
    },
    /// Texts given under a message id outside the vendor's own `<slug>-` namespace.
    ForeignMessage {
        /// The id.
        id: String,
        /// The prefix it must have.
        prefix: String,
    },
    /// A message id with no text anywhere (not built in, not in the database, not in the row).
    UnknownMessage {
        /// The id.
        id: String,
    },
    /// A text that must be one line has a line break.
    MultiLine,
    /// Text that looks like a Fluent placeable (`{ $name }`); list texts are plain text.
    Placeable {
        /// The placeable as written.
        found: String,
    },
    /// The same entry twice.
    Duplicate {
        /// Where the first one is (`line 12` or `other.csv:12`).
        first: String,
    },
    /// The same phrase under another code for the same vendor, without its own explanation.
    PhraseClash {
        /// The other code.
        code: u16,
        /// Where that row is.
        first: String,
    },
    /// The vendor's name or note differs from an earlier row's.
    Mismatch {
        /// Where the earlier row is.
        first: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.kind)
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind::*;
        match self {
            Unreadable { reason } => write!(f, "cannot be read: {reason}"),
            NotFound => write!(f, "no such file"),
            IsDirectory => write!(f, "is a directory, not a list file"),
            EmptyFile => write!(f, "the file is empty"),
            NotUtf8 => write!(f, "is not UTF-8 text"),
            UnknownFormat => write!(
                f,
                "unknown list format: name the file .toml, .csv or .jsonl, or pass --format"
            ),
            Syntax { detail } => write!(f, "{detail}"),
            MissingColumn => write!(f, "required column is missing from the header"),
            UnknownColumn => write!(f, "unknown column (see README: the CSV columns)"),
            DuplicateColumn => write!(f, "column appears twice in the header"),
            Delimiter => write!(
                f,
                "the header has a single column: separate columns with a comma, a semicolon or a tab"
            ),
            Unterminated => write!(
                f,
                "a quoted field starting on this line is never closed (a missing \")"
            ),
            FieldCount { expected, found } => write!(
                f,
                "row has {found} fields but the header has {expected} (an unquoted delimiter?)"
            ),
            Required => write!(f, "is required"),
            BadCode { value } => write!(f, "{value:?} is not a SIP status code 100 to 699"),
            NoCode => write!(f, "a variant needs a code, a vendor_code, or both"),
            BadVendorCode { value } => write!(
                f,
                "{value:?} is not a device code (ASCII letters, digits, . _ : -; up to 32)"
            ),
            BadSlug { value } => write!(
                f,
                "{value:?} is not a slug (lower-case letters, digits and '-', up to 64)"
            ),
            TooLong { len, max } => write!(f, "is {len} characters long; at most {max}"),
            Control { char } => write!(f, "contains the control character {char}"),
            BadCategory { value } => write!(
                f,
                "{value:?} is not a category (see `sipkb list --help` for the list)"
            ),
            BadChoice { value, allowed } => write!(f, "{value:?} is not one of: {allowed}"),
            BadLocale { value } => write!(f, "unknown locale {value:?} (en, ru, zh)"),
            BadClass { value } => write!(f, "{value:?} is not a class digit 1 to 6"),
            BadMessageId { value } => write!(
                f,
                "{value:?} is not a message id (a letter, then letters, digits, '-' or '_')"
            ),
            ForeignMessage { id, prefix } => write!(
                f,
                "texts for {id:?} cannot be imported: a list's own texts take ids starting with {prefix:?}"
            ),
            UnknownMessage { id } => write!(
                f,
                "no text has the id {id:?}; give the texts in this row or drop the message"
            ),
            MultiLine => write!(f, "must be one line"),
            Placeable { found } => write!(
                f,
                "{found:?} looks like a Fluent placeable; list texts are plain text and cannot take variables"
            ),
            Duplicate { first } => write!(f, "duplicate of the entry at {first}"),
            PhraseClash { code, first } => write!(
                f,
                "the same phrase is under code {code} at {first}; a phrase under two codes needs its own explanation in each row"
            ),
            Mismatch { first } => write!(f, "differs from the value at {first}"),
        }
    }
}

impl Problem {
    /// An import problem as one line in `locale`: `file:line: field: what is wrong` (after
    /// `file:line`, the locale's colon: `file:3：code：…` in Chinese). The parser's own detail
    /// of a syntax error stays as the parser wrote it.
    pub fn describe(&self, catalog: &Catalog, locale: Locale) -> String {
        let p = self;
        use ProblemKind::*;
        let s = |v: &dyn ToString| v.to_string();
        let (id, args): (&str, Vec<(&str, String)>) = match &p.kind {
            Unreadable { reason } => ("imp-unreadable", vec![("reason", reason.clone())]),
            NotFound => ("imp-not-found", vec![]),
            IsDirectory => ("imp-is-directory", vec![]),
            EmptyFile => ("imp-empty-file", vec![]),
            NotUtf8 => ("imp-not-utf8", vec![]),
            UnknownFormat => ("imp-unknown-format", vec![]),
            Syntax { detail } => ("imp-syntax", vec![("detail", detail.clone())]),
            MissingColumn => ("imp-missing-column", vec![]),
            UnknownColumn => ("imp-unknown-column", vec![]),
            DuplicateColumn => ("imp-duplicate-column", vec![]),
            Delimiter => ("imp-delimiter", vec![]),
            Unterminated => ("imp-unterminated", vec![]),
            FieldCount { expected, found } => (
                "imp-field-count",
                vec![("expected", s(expected)), ("found", s(found))],
            ),
            Required => ("imp-required", vec![]),
            BadCode { value } => ("imp-bad-code", vec![("value", value.clone())]),
            NoCode => ("imp-no-code", vec![]),
            BadVendorCode { value } => ("imp-bad-vendor-code", vec![("value", value.clone())]),
            BadSlug { value } => ("imp-bad-slug", vec![("value", value.clone())]),
            TooLong { len, max } => ("imp-too-long", vec![("len", s(len)), ("max", s(max))]),
            Control { char } => ("imp-control", vec![("char", char.clone())]),
            BadCategory { value } => ("imp-bad-category", vec![("value", value.clone())]),
            BadChoice { value, allowed } => (
                "imp-bad-choice",
                vec![("value", value.clone()), ("allowed", allowed.clone())],
            ),
            BadLocale { value } => ("imp-bad-locale", vec![("value", value.clone())]),
            BadClass { value } => ("imp-bad-class", vec![("value", value.clone())]),
            BadMessageId { value } => ("imp-bad-message-id", vec![("value", value.clone())]),
            ForeignMessage { id, prefix } => (
                "imp-foreign-message",
                vec![("id", id.clone()), ("prefix", prefix.clone())],
            ),
            UnknownMessage { id } => ("imp-unknown-message", vec![("id", id.clone())]),
            MultiLine => ("imp-multi-line", vec![]),
            Placeable { found } => ("imp-placeable", vec![("found", found.clone())]),
            Duplicate { first } => ("imp-duplicate", vec![("first", first.clone())]),
            PhraseClash { code, first } => (
                "imp-phrase-clash",
                vec![("code", s(code)), ("first", first.clone())],
            ),
            Mismatch { first } => ("imp-mismatch", vec![("first", first.clone())]),
        };
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
        let what = catalog.label(locale, id, &args);
        // `file:line` is a location tools read; what follows takes the locale's colon.
        let colon = catalog.label(locale, "app-colon", &[]);
        let mut place = p.file.clone();
        if p.line > 0 {
            place.push_str(&format!(":{}", p.line));
        }
        if !p.field.is_empty() {
            place.push_str(&format!("{colon}{}", p.field));
        }
        format!("{place}{colon}{what}")
    }
}
