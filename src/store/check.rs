//! The check every open makes, and what it allows: a damaged database is still read (with a
//! warning the surfaces show) but never written, and a database that cannot be written at
//! all (a read-only file or directory) is opened the way SQLite allows for that.

use super::Store;
use crate::error::{DbProblem, Error, Result};
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::io::Read;
use std::path::Path;

/// Files up to this size get SQLite's `quick_check` on every open (a few milliseconds: it
/// reads every page); larger ones only the header check, and `quick_check` before a write.
pub(super) const QUICK_CHECK_MAX: u64 = 32 << 20;
/// How many of `quick_check`'s findings are kept.
const SHOWN: usize = 3;

/// What the check on open found wrong (empty when nothing).
#[derive(Debug, Default, Clone)]
pub(super) struct Damage {
    /// The findings, in SQLite's words.
    pub found: Vec<String>,
    /// Whether `quick_check` has run (on open, or since).
    pub deep: bool,
}

impl Store {
    /// The cheap check of an open: the header's page count against the file's size (SQLite
    /// file format §1.3: valid when the change counter equals "version-valid-for"), and
    /// `quick_check` when the file is small.
    pub(super) fn check_on_open(&mut self) -> Result<()> {
        self.damage = Damage::default();
        if let Some(problem) = header_problem(&self.path) {
            self.damage.found.push(problem);
        }
        let size = std::fs::metadata(&self.path).map_or(0, |m| m.len());
        if size <= QUICK_CHECK_MAX {
            self.quick_check()?;
        }
        Ok(())
    }

    /// Runs `PRAGMA quick_check` (once) and keeps what it finds.
    fn quick_check(&mut self) -> Result<()> {
        if self.damage.deep {
            return Ok(());
        }
        let found: rusqlite::Result<Vec<String>> = self
            .conn
            .prepare(&format!("PRAGMA quick_check({SHOWN})"))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
        match found {
            Ok(lines) if lines.len() == 1 && lines[0] == "ok" => {}
            Ok(lines) => self.damage.found.extend(lines),
            // A file damaged enough fails the check itself: that is its answer.
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::DatabaseCorrupt) => {
                self.damage.found.push(e.to_string());
            }
            Err(e) => return Err(e.into()),
        }
        self.damage.deep = true;
        Ok(())
    }

    /// What the check on open found wrong with the file, in SQLite's words (`None` when
    /// nothing): reading goes on, with a warning; writing is refused.
    pub fn damage(&self) -> Option<String> {
        (!self.damage.found.is_empty()).then(|| self.damage.found.join("; "))
    }

    /// Refuses to write into a damaged database (checking it in full first if the open did
    /// not): writing could spread the damage, and a refused write loses nothing.
    pub(super) fn writable(&mut self) -> Result<()> {
        self.quick_check()?;
        match self.damage() {
            None => Ok(()),
            Some(detail) => Err(Error::BadDatabase {
                path: self.path.clone(),
                problem: DbProblem::Damaged { detail },
            }),
        }
    }
}

/// What is wrong with the file's header, if anything: a file shorter than the pages its
/// header counts has been cut (or written over), whatever its pages say.
fn header_problem(path: &Path) -> Option<String> {
    // A WAL with frames holds pages the main file does not have yet: the header can lag.
    if wal_path(path).metadata().is_ok_and(|m| m.len() > 0) {
        return None;
    }
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    if len == 0 {
        return None;
    }
    file.read_exact(&mut header).ok()?;
    let be32 = |at: usize| {
        u32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    let page_size = match u16::from_be_bytes([header[16], header[17]]) {
        1 => 65_536,
        n => u64::from(n),
    };
    let pages = u64::from(be32(28));
    let counted = be32(24) == be32(92) && pages > 0;
    if page_size < 512 || !page_size.is_power_of_two() {
        return Some(format!("the header's page size {page_size} is not valid"));
    }
    if counted && len < pages * page_size {
        return Some(format!(
            "the file holds {} of the {pages} pages its header counts: it was cut short",
            len / page_size
        ));
    }
    None
}

fn wal_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    name.into()
}

/// Opens `path` read-only. A WAL database needs its `-shm` file, which a read-only directory
/// cannot hold; SQLite's answer for such media is `immutable=1` (sqlite.org/wal.html,
/// "Read-Only Databases"), which is only right when no WAL holds pages the file lacks, so it
/// is used only then.
pub(super) fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    let probe = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()));
    let cannot = |e: &rusqlite::Error| {
        matches!(
            e.sqlite_error_code(),
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen)
        )
    };
    match probe {
        Err(e) if cannot(&e) && !wal_path(path).metadata().is_ok_and(|m| m.len() > 0) => {
            drop(conn);
            let uri = format!("file:{}?immutable=1", uri_path(path));
            Connection::open_with_flags(uri, flags)
        }
        _ => Ok(conn),
    }
}

/// A path as the path part of an SQLite `file:` URI: `%`, `?` and `#` escaped (RFC 3986
/// §2.1), the rest as it is (sqlite.org/uri.html).
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
