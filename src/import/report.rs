//! What an import did (or, with `--dry-run`, would do): per file, per vendor, per entry.

use super::problem::Problem;
pub use crate::store::{Counts, FieldChange};
use serde::Serialize;

/// A list file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// The built-in lists' format: `[vendor]`, `[[variant]]`, `[[class_note]]`.
    Toml,
    /// A spreadsheet export with a header row.
    Csv,
    /// JSON Lines, one entry per line.
    Json,
}

impl Format {
    /// The format a file name's extension says, if any.
    pub fn from_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "toml" => Some(Format::Toml),
            "csv" | "tsv" | "txt" => Some(Format::Csv),
            "json" | "jsonl" | "ndjson" => Some(Format::Json),
            _ => None,
        }
    }

    /// `toml`, `csv` or `json`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Toml => "toml",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.to_ascii_lowercase().as_str() {
            "toml" => Ok(Format::Toml),
            "csv" => Ok(Format::Csv),
            "json" | "jsonl" => Ok(Format::Json),
            other => Err(format!("{other:?}: expected toml, csv or json")),
        }
    }
}

/// How to import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The format of every file; by default each file's extension says.
    pub format: Option<Format>,
    /// Compute and report the changes, then write nothing.
    pub dry_run: bool,
    /// Each vendor in the files becomes exactly its file: entries (and texts) the files do not
    /// have are removed.
    pub replace: bool,
    /// Apply the valid entries and list the rejected ones, instead of writing nothing when any
    /// entry is invalid.
    pub skip_invalid: bool,
}

/// The outcome of an import run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    /// Whether this was a dry run.
    pub dry_run: bool,
    /// Whether the changes were written (false for a dry run and for a refused run).
    pub applied: bool,
    /// Per file.
    pub files: Vec<FileReport>,
    /// Per vendor, in the order the files name them.
    pub vendors: Vec<VendorReport>,
    /// Problems found, in file order (at most [`ImportReport::MAX_SHOWN`]).
    pub problems: Vec<Problem>,
    /// How many problems there were in all.
    pub problem_count: u64,
    /// Files that cannot be read as their format at all (a syntax error, not UTF-8, missing,
    /// a header that is not a list's): the run writes nothing, even when skipping invalid
    /// entries.
    pub unreadable: Vec<String>,
}

impl ImportReport {
    /// The most problems, and the most entries per vendor, a report lists one by one.
    pub const MAX_SHOWN: usize = 1000;

    /// Whether the run must write nothing: a problem and no `skip_invalid`, or any file that
    /// cannot be read as its format (skipping invalid entries skips entries, not files).
    pub fn refused(&self, skip_invalid: bool) -> bool {
        (self.problem_count > 0 && !skip_invalid) || !self.unreadable.is_empty()
    }

    /// Whether the run changes anything.
    pub fn changes(&self) -> bool {
        self.vendors
            .iter()
            .any(|v| v.created || !v.fields.is_empty() || v.added + v.changed + v.removed > 0)
    }
}

/// One file of the run.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The file as named (`-` for stdin).
    pub file: String,
    /// Its format.
    pub format: Format,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// What its entries did.
    #[serde(flatten)]
    pub counts: Counts,
}

/// One vendor of the run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct VendorReport {
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Whether the run creates it.
    pub created: bool,
    /// Changes to the vendor itself (name, note, built-in status).
    pub fields: Vec<FieldChange>,
    /// Entries added.
    pub added: u64,
    /// Entries changed.
    pub changed: u64,
    /// Entries already as in the file.
    pub unchanged: u64,
    /// Entries removed (`--replace`).
    pub removed: u64,
    /// The entries added, changed and removed, at most [`ImportReport::MAX_SHOWN`].
    pub entries: Vec<EntryChange>,
}

/// What happened to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// New.
    Added,
    /// Changed, field by field.
    Changed,
    /// Removed by `--replace`.
    Removed,
}

/// One entry added, changed or removed.
#[derive(Debug, Clone, Serialize)]
pub struct EntryChange {
    /// What happened.
    pub action: Action,
    /// Where the entry is in the files (none for a removal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// Its line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The SIP code, or for a class note its class (`5xx`).
    pub code: Option<String>,
    /// The device code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vendor_code: Option<String>,
    /// The phrase (empty for a class note).
    pub phrase: String,
    /// For a change: the fields that change.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}
