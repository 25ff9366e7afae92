//! What can be wrong with a call-record file or one of its rows, and where.

use serde::Serialize;

/// What is wrong with a file or a row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RowProblemKind {
    /// The file cannot be opened or read.
    Unreadable {
        /// What the system said.
        reason: String,
    },
    /// The file holds nothing, not even a header row.
    EmptyFile,
    /// No column holds a status code or a hangup cause.
    NoOutcomeColumn {
        /// The columns the header (or the first JSON object) has.
        found: Vec<String>,
    },
    /// A column named by an option is not in the file.
    NoSuchColumn {
        /// `code`, `phrase` or `cause`.
        option: &'static str,
        /// The name given.
        column: String,
        /// The columns the file has.
        found: Vec<String>,
    },
    /// The file already has a `sipkb_*` column (enriched before).
    AlreadyEnriched {
        /// That column.
        column: String,
    },
    /// A CSV file whose header differs from the first file's: one output cannot hold both.
    HeaderDiffers {
        /// The first file of the run.
        first: String,
    },
    /// A row with another number of fields than the header.
    FieldCount {
        /// Fields in the row.
        found: usize,
        /// Fields in the header.
        expected: usize,
    },
    /// A field sipkb reads is not valid UTF-8.
    NotUtf8 {
        /// The column.
        column: String,
    },
    /// A row longer than [`super::MAX_ROW`] bytes.
    TooLong {
        /// The limit.
        max: usize,
    },
    /// A quoted field opened on this row is never closed.
    UnclosedQuote,
    /// A JSON Lines row that is not a JSON object.
    BadJson {
        /// What the JSON parser said.
        detail: String,
    },
}

impl RowProblemKind {
    /// Whether `--skip-invalid` lets the run go on past it (a row's problem, or an empty
    /// file); a file whose columns cannot be used always stops the run.
    pub fn skippable(&self) -> bool {
        matches!(
            self,
            RowProblemKind::EmptyFile
                | RowProblemKind::FieldCount { .. }
                | RowProblemKind::NotUtf8 { .. }
                | RowProblemKind::TooLong { .. }
                | RowProblemKind::UnclosedQuote
                | RowProblemKind::BadJson { .. }
        )
    }
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowProblem {
    /// The input's name (`-` for stdin).
    pub file: String,
    /// The line the row starts on (1 is the first line; 0 for the whole file).
    pub line: u64,
    /// What is wrong.
    #[serde(flatten)]
    pub kind: RowProblemKind,
}
