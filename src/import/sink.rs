//! Where the problems of one file go while it is read and validated.

use super::problem::{Problem, ProblemKind};
use super::report::ImportReport;
use std::collections::HashSet;

/// Collects the problems of one file: all of them are counted, the first
/// [`ImportReport::MAX_SHOWN`] are kept, and a problem is
/// reported once per line and field (a bad `[vendor]` slug is not repeated for every variant).
pub(crate) struct Sink<'a> {
    pub file: &'a str,
    pub found: Vec<Problem>,
    pub total: u64,
    /// Every problem raised, also those not counted again (a repeated line and field): what
    /// decides that a row is rejected. A `[vendor]` slug that is bad is reported once, but
    /// every variant under it is rejected.
    pub raised: u64,
    pub seen: HashSet<(usize, String)>,
    /// Whether the file cannot be read as its format at all (it does not parse, is not UTF-8,
    /// is missing…): then no entry of it can be trusted, whatever `--skip-invalid` says.
    pub unreadable: bool,
}

impl<'a> Sink<'a> {
    /// An empty sink for the problems of `file`.
    pub(crate) fn new(file: &'a str) -> Sink<'a> {
        Sink {
            file,
            found: Vec::new(),
            total: 0,
            raised: 0,
            seen: HashSet::new(),
            unreadable: false,
        }
    }

    pub(crate) fn add(&mut self, line: usize, field: &str, kind: ProblemKind) {
        self.raised += 1;
        // A syntax error or bytes that are not UTF-8 mean the reader no longer knows where
        // entries begin and end (an unclosed quote swallows rows, a TOML file stops parsing).
        self.unreadable |= matches!(
            kind,
            ProblemKind::Unreadable { .. }
                | ProblemKind::NotFound
                | ProblemKind::IsDirectory
                | ProblemKind::EmptyFile
                | ProblemKind::NotUtf8
                | ProblemKind::UnknownFormat
                | ProblemKind::Syntax { .. }
                | ProblemKind::Unterminated
        );
        let full = self.found.len() >= ImportReport::MAX_SHOWN;
        if !full && !self.seen.insert((line, field.to_string())) {
            return;
        }
        self.total += 1;
        if full {
            return;
        }
        self.found.push(Problem {
            file: self.file.to_string(),
            line,
            field: field.to_string(),
            kind,
        });
    }
}
