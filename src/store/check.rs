//! The check every open makes, and what it allows: a damaged database is still read (with a
//! warning the surfaces show) but never written, and a database that cannot be written at
//! all (a read-only file or directory) is opened the way SQLite allows for that.
//!
//! SQLite keeps no checksums: only reading every page (`PRAGMA quick_check`, about 5 ms of
//! CPU for the 3 MB of the built-in data, as much again as a whole `explain`) finds damage
//! in the middle of a file. So the check runs once per state of the file: a passed check
//! leaves a stamp beside the database (`<db>-checked`: size, modification time and SQLite's
//! change counter of the file and its WAL), and an open that finds the same stamp skips it.
//! Any write to the file (ours, another program's, a disk tool's) changes the stamp.

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

    /// Whether the file is as it was when it last passed the check.
    fn stamped(&self) -> bool {
        let (Some(now), Ok(kept)) = (
            stamp(&self.path),
            std::fs::read_to_string(stamp_path(&self.path)),
        ) else {
            return false;
        };
        now == kept
    }

    /// Runs `PRAGMA quick_check` (once) and keeps what it finds.
    fn quick_check(&mut self) -> Result<()> {
        if self.damage.deep {
            return Ok(());
        }
        if self.damage.found.is_empty() && self.stamped() {
            self.damage.deep = true;
            return Ok(());
        }
        let found: rusqlite::Result<Vec<String>> = self
            .conn
            .prepare(&format!("PRAGMA quick_check({SHOWN})"))
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
        match found {
            Ok(lines) if lines.len() == 1 && lines[0] == "ok" => {
                // Best effort: a read-only directory keeps no stamp, and is checked each time.
                if self.damage.found.is_empty()
                    && let Some(now) = stamp(&self.path)
                {
                    let _ = std::fs::write(stamp_path(&self.path), now);
                }
            }
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
    sibling(path, "-wal")
}

fn stamp_path(path: &Path) -> std::path::PathBuf {
    sibling(path, "-checked")
}

fn sibling(path: &Path, suffix: &str) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    name.into()
}

/// The state of the database file and its WAL: size and modification time of each, and the
/// header's change counter (SQLite file format §1.3, offset 24).
fn stamp(path: &Path) -> Option<String> {
    // An empty WAL is made anew by every open: only its size counts then.
    let of = |p: &Path| {
        std::fs::metadata(p).ok().filter(|m| m.len() > 0).map(|m| {
            let when = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} {when}", m.len())
        })
    };
    let mut counter = [0u8; 4];
    let mut file = std::fs::File::open(path).ok()?;
    let mut head = [0u8; 28];
    file.read_exact(&mut head).ok()?;
    counter.copy_from_slice(&head[24..28]);
    Some(format!(
        "sipkb check 1\n{}\n{}\n{}\n",
        of(path)?,
        of(&wal_path(path)).unwrap_or_default(),
        u32::from_be_bytes(counter)
    ))
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
