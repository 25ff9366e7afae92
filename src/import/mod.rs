//! Reading vendor lists (TOML, CSV, JSON Lines) and the canonical registry: raw rows →
//! validated entries at the boundary, so that invalid data never reaches the store. Built-in
//! lists and user imports take the same path (see `run`).

mod codes;
mod csv;
mod hints;
mod jsonl;
mod pipeline;
mod problem;
mod q850;
mod raw;
mod report;
mod row;
pub(crate) mod run;
mod sink;
mod text;
mod toml;

pub use codes::read_codes;
pub use csv::{COLUMNS as CSV_COLUMNS, part_names as text_parts};
pub use hints::{PLATFORMS, builtin_hints};
pub use problem::{Problem, ProblemKind};
pub use q850::read_q850;
pub use report::{
    Action, Counts, EntryChange, FieldChange, FileReport, Format, ImportOptions, ImportReport,
    VendorReport,
};

/// The longest phrase accepted, in characters.
pub const MAX_PHRASE: usize = 256;

/// The longest text part (a title, a summary, one cause…) accepted, in characters.
pub const MAX_TEXT: usize = 4096;

pub(crate) fn valid_slug(s: &str) -> bool {
    // A letter first: the slug starts the Fluent ids of the list's own texts, and a Fluent
    // identifier starts with a letter (`46labs-…` would not parse).
    s.len() <= 64
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub(crate) fn valid_message_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}
