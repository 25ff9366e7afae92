//! The SQLite store: the only module with SQL. Migrations are embedded and applied in order
//! inside one transaction; the schema version lives in `PRAGMA user_version`.

mod apply;
mod check;
mod doctor;
mod entries;
mod q850;
mod read;
mod search;
mod seen;
mod statements;
mod write;

pub use apply::{Applied, Apply, Counts, FieldChange, VendorSlot};
pub use doctor::{EntryRef, Findings, Tally, TextedVariant};
pub use read::{ExportRow, ImportLog, KnownPhrase};
pub use search::{DocOwner, RawHit};

use crate::builtin;
use crate::error::{DbProblem, Error, Result};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A handle on a sipkb database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// What the check on open found wrong.
    damage: check::Damage,
    /// The Q.850 causes, read once: every answer names one or two, and each read is a query
    /// with a correlated subquery. Emptied whenever a write run begins.
    q850_memo: std::cell::RefCell<Option<Vec<crate::q850::Cause>>>,
}

/// How a database was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Create if missing, migrate, write.
    ReadWrite,
    /// Read only; the file must exist and be at the current schema version.
    ReadOnly,
}

impl Store {
    /// The newest schema version this build knows (the number of migrations).
    pub fn schema_version() -> i64 {
        builtin::migrations().len() as i64
    }

    /// Opens (creating if needed) and migrates the database at `path`. A file that is not an
    /// SQLite database, or one written by a newer sipkb, is refused before anything is written.
    /// Every open checks the file ([`Store::damage`]); a damaged one is never written.
    pub fn open(path: &Path, mode: Mode) -> Result<Store> {
        let refuse = |problem: DbProblem| Error::BadDatabase {
            path: path.to_path_buf(),
            problem,
        };
        let bad = |e: rusqlite::Error| refuse(sqlite_problem(&e));
        let conn = match mode {
            Mode::ReadWrite => {
                let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
                    | OpenFlags::SQLITE_OPEN_URI;
                Connection::open_with_flags(path, flags).map_err(bad)?
            }
            Mode::ReadOnly => check::open_read_only(path).map_err(bad)?,
        };
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            damage: check::Damage::default(),
            q850_memo: Default::default(),
        };
        // Another sipkb may be migrating this file or loading its built-in lists right now
        // (a second or so; much longer in a debug build): wait for its lock. Readers never
        // wait (WAL), so only a writer meeting another writer waits this long.
        store
            .conn
            .busy_timeout(Duration::from_secs(60))
            .map_err(bad)?;
        // Look before writing anything: this fails on a non-database file.
        let (found, tables, ours) = store.inspect().map_err(bad)?;
        let supported = Self::schema_version();
        // sipkb only ever writes 0 to the number of migrations; anything below is another
        // program's doing, and "upgrading" from it would mean guessing.
        if found < 0 {
            return Err(refuse(DbProblem::BadVersion { found }));
        }
        if found > supported {
            return Err(refuse(DbProblem::Newer { found, supported }));
        }
        // Migrations create the tables and bump the version in one transaction, so a sipkb
        // database at version 0 has no tables, and one above 0 has ours.
        if (found > 0 && !ours) || (found == 0 && tables > 0) {
            return Err(refuse(DbProblem::Foreign));
        }
        store.tune()?;
        store.check_on_open()?;
        if mode == Mode::ReadWrite {
            // WAL: readers (the server) keep answering while an import writes.
            store.enable_wal()?;
            store.conn.pragma_update(None, "synchronous", "NORMAL")?;
            store.migrate(found)?;
        } else if found < supported {
            return Err(refuse(DbProblem::Older { found, supported }));
        }
        Ok(store)
    }

    /// An in-memory database (for tests and embedding), migrated and empty.
    pub fn open_in_memory() -> Result<Store> {
        let mut store = Store {
            conn: Connection::open_in_memory()?,
            path: PathBuf::from(":memory:"),
            damage: check::Damage::default(),
            q850_memo: Default::default(),
        };
        store.tune()?;
        store.migrate(0)?;
        Ok(store)
    }

    /// Connection settings every store uses.
    fn tune(&self) -> Result<()> {
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        // The query planner stability guarantee: without it, SQLite re-prepares a statement
        // each time a new value is bound to a parameter that might change its plan (the
        // bundled build has STAT4), which was half the time of a large import.
        self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
            true,
        )?;
        // An import and a lookup use more than rusqlite's default 16 cached statements.
        self.conn.set_prepared_statement_cache_capacity(64);
        Ok(())
    }

    /// The database's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version, the number of tables, and whether sipkb's tables are there, read in
    /// one statement so that they come from one snapshot even while another process migrates.
    fn inspect(&self) -> rusqlite::Result<(i64, i64, bool)> {
        self.conn.query_row(
            "SELECT (SELECT user_version FROM pragma_user_version),
                    (SELECT count(*) FROM sqlite_schema WHERE type = 'table'),
                    (SELECT count(*) = 2 FROM sqlite_schema
                      WHERE type = 'table' AND name IN ('code', 'variant'))",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
    }

    /// Puts the file in WAL mode (a persistent property of the file). The switch needs the
    /// file to itself, and SQLite answers BUSY at once there instead of calling the busy
    /// handler, so several processes opening a new database together retry for a while.
    fn enable_wal(&self) -> Result<()> {
        let current: String = self
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        if current.eq_ignore_ascii_case("wal") {
            return Ok(());
        }
        let mut attempts = 0;
        loop {
            let switched: rusqlite::Result<String> =
                self.conn
                    .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0));
            match switched {
                Ok(_) => return Ok(()),
                Err(e)
                    if attempts < 100
                        && e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseBusy) =>
                {
                    attempts += 1;
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// Applies the migrations after `from`, all in one transaction with the version bump.
    fn migrate(&mut self, from: i64) -> Result<()> {
        let steps = builtin::migrations();
        if from as usize >= steps.len() {
            return Ok(());
        }
        self.writable()?;
        // IMMEDIATE takes the write lock now; another sipkb may have migrated meanwhile, so the
        // version is read again under the lock.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let from: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        for (i, step) in steps.iter().enumerate().skip(from as usize) {
            tx.execute_batch(step.text)
                .map_err(|e| Error::Embedded(format!("{}: migration failed: {e}", step.path)))?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// What an SQLite failure on open means for the user.
fn sqlite_problem(e: &rusqlite::Error) -> DbProblem {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => DbProblem::NotSqlite,
        Some(rusqlite::ErrorCode::CannotOpen) => DbProblem::CannotOpen,
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => DbProblem::Corrupt,
        _ => DbProblem::Other(e.to_string()),
    }
}
