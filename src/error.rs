//! The library's error type. `Display` is English; [`crate::Kb::describe_error`] and
//! [`crate::describe_error`] render the same errors in en, ru or zh.

use std::path::PathBuf;

/// Everything that can go wrong in the library. "Not found" is an answer, not an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The user's input cannot be read as a SIP response, code or phrase.
    #[error("{0}")]
    BadInput(#[from] InputError),
    /// The database file cannot be used.
    #[error("{}: {problem}", path.display())]
    BadDatabase {
        /// The database path.
        path: PathBuf,
        /// What is wrong with it.
        problem: DbProblem,
    },
    /// A TOML export holds one vendor's list, and there are several.
    #[error("a TOML list holds one vendor: name one, or export as CSV or JSON")]
    OneVendor,
    /// An unknown vendor slug was named.
    #[error("unknown vendor {0:?}")]
    UnknownVendor(String),
    /// A Fluent resource or a migration embedded in the binary, or a text stored by an import,
    /// failed to load: a broken build or database, not the user's input.
    #[error("{0}")]
    Embedded(String),
    /// An SQLite error.
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    /// The work was cancelled by its caller (through a cancel flag) before it finished.
    #[error("cancelled")]
    Cancelled,
    /// An I/O error.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
}

/// Why an input was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InputError {
    /// Nothing but whitespace.
    #[error("empty input")]
    Empty,
    /// Longer than the limit.
    #[error("input is {len} bytes long; at most {max} are accepted")]
    TooLong {
        /// Its length in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A control character other than tab, CR and LF.
    #[error("input has a control character U+{code_point:04X} at byte {at}")]
    Control {
        /// The character's code point.
        code_point: u32,
        /// Its byte offset.
        at: usize,
    },
    /// A number that is not a status code.
    #[error("{token:?} is not a SIP status code (RFC 3261 §7.2: three digits, 100 to 699)")]
    BadCode {
        /// The number as typed.
        token: String,
    },
    /// `SIP/x.y` other than 2.0.
    #[error("{version:?}: unsupported SIP version (only SIP/2.0 exists)")]
    BadVersion {
        /// The version as typed.
        version: String,
    },
    /// `SIP/2.0` not followed by a code.
    #[error("expected a three-digit status code after SIP/2.0")]
    ExpectedCode,
    /// `0x` with nothing after it.
    #[error("{token:?}: a device status code needs digits after 0x (e.g. 0x751)")]
    DeviceNoDigits {
        /// The token as typed.
        token: String,
    },
    /// A search query with nothing to search for (only punctuation or spaces).
    #[error("the search query has no words to look for")]
    NoSearchTerms,
    /// `0x` followed by something that is not hex digits.
    #[error("{token:?} is not a device status code (0x followed by up to 8 hex digits)")]
    DeviceBad {
        /// The token as typed.
        token: String,
    },
    /// A Q.850 cause that is not 1–127 (`q850:999`, `cause=0`).
    #[error("{token:?} is not a Q.850 cause (1 to 127)")]
    BadCause {
        /// The input as typed.
        token: String,
    },
    /// A quoted string in a `Reason:` or `Warning:` header is never closed.
    #[error("{header} header: a quoted string is never closed in {value:?}")]
    HeaderQuote {
        /// `Reason` or `Warning`.
        header: String,
        /// The header value, shortened.
        value: String,
    },
    /// A reason without a protocol (`Reason: ;cause=16`).
    #[error("Reason header: {value:?} does not start with a protocol (Q.850, SIP; RFC 3326)")]
    ReasonNoProtocol {
        /// The reason, shortened.
        value: String,
    },
    /// A reason without a `cause=` parameter.
    #[error("Reason header: {value:?} has no cause= parameter (RFC 3326)")]
    ReasonNoCause {
        /// The reason, shortened.
        value: String,
    },
    /// A cause that is empty, not a number, or out of its protocol's range.
    #[error(
        "Reason header: cause {cause:?} in {value:?} is not valid (Q.850: 1 to 127; SIP: 100 to 699)"
    )]
    ReasonBadCause {
        /// The reason, shortened.
        value: String,
        /// The cause as typed.
        cause: String,
    },
    /// A warn-code that is not three digits 300–399.
    #[error(
        "Warning header: {code:?} in {value:?} is not a warn-code (300 to 399, RFC 3261 §20.43)"
    )]
    WarningBadCode {
        /// The warning, shortened.
        value: String,
        /// The code as typed.
        code: String,
    },
    /// A warning without an agent or a quoted text.
    #[error("Warning header: {value:?} is not warn-code, agent and quoted text (RFC 3261 §20.43)")]
    WarningMalformed {
        /// The warning, shortened.
        value: String,
    },
}

/// Why a database file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DbProblem {
    /// The file is not SQLite.
    #[error("the file is not an SQLite database")]
    NotSqlite,
    /// The file cannot be opened.
    #[error("cannot open the database file")]
    CannotOpen,
    /// SQLite reports damage.
    #[error("the database is damaged")]
    Corrupt,
    /// An SQLite database without sipkb's tables.
    #[error("an SQLite database of another application, not sipkb's")]
    Foreign,
    /// Opened read-only before the built-in data was ever loaded.
    #[error("the built-in data was never loaded; open it once read-write")]
    NeverLoaded,
    /// Opened read-only at an older schema.
    #[error(
        "schema version {found} is older than {supported}; open it once with a writable sipkb to upgrade"
    )]
    Older {
        /// The version in the file.
        found: i64,
        /// The version this build knows.
        supported: i64,
    },
    /// Written by a newer sipkb.
    #[error(
        "database schema version {found} is newer than this sipkb supports ({supported}); upgrade sipkb or use another database"
    )]
    Newer {
        /// The version in the file.
        found: i64,
        /// The version this build knows.
        supported: i64,
    },
    /// A schema version sipkb never writes (below 0): another program changed the file.
    #[error("schema version {found} is not one sipkb writes; another program changed this file")]
    BadVersion {
        /// The version in the file.
        found: i64,
    },
    /// The check on open found damage, so nothing is written into it.
    #[error(
        "the database is damaged ({detail}); nothing was written. Run doctor, then restore a copy or start a new database"
    )]
    Damaged {
        /// What SQLite's check found.
        detail: String,
    },
    /// Anything else SQLite said.
    #[error("not a usable sipkb database: {0}")]
    Other(String),
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
