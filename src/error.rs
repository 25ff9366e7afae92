//! The library's error type.

use std::path::PathBuf;

/// Everything that can go wrong in the library. "Not found" is an answer, not an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The user's input cannot be read as a SIP response, code or phrase.
    #[error("{0}")]
    BadInput(String),
    /// A file to import (or a built-in list) is invalid; one entry per problem,
    /// each already formatted as `file:line: field: reason`.
    #[error("{}", .0.join("\n"))]
    InvalidList(Vec<String>),
    /// The database file is not a sipkb database, or is damaged.
    #[error("{path}: not a usable sipkb database: {reason}")]
    BadDatabase {
        /// The database path.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
    /// The database was written by a newer sipkb.
    #[error(
        "{path}: database schema version {found} is newer than this sipkb supports ({supported}); upgrade sipkb or use another --db"
    )]
    NewerSchema {
        /// The database path.
        path: PathBuf,
        /// The version found in the file.
        found: i64,
        /// The newest version this build knows.
        supported: i64,
    },
    /// An unknown vendor slug was named.
    #[error("unknown vendor {0:?} (see `sipkb vendors`)")]
    UnknownVendor(String),
    /// A Fluent resource failed to parse.
    #[error("{0}")]
    Locale(String),
    /// An SQLite error.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    /// An I/O error.
    #[error("{path}: {source}")]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
