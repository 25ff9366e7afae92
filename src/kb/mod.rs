//! [`Kb`]: the knowledge base as the CLI, the server and other programs use it.

mod enrich;
mod lists;
mod lookup;
mod scan;
mod telecom;
mod uitext;

use crate::builtin;
use crate::error::{DbProblem, Error, Result};
use crate::i18n::{Arg, Catalog, Locale};
use crate::refresh;
use crate::store::{Mode, Store};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// A knowledge base: the store plus the Fluent catalog, built once.
pub struct Kb {
    store: Store,
    catalog: Catalog,
}

impl Kb {
    /// Opens (creating if needed) the database at `path`. On first use, and whenever this
    /// binary's built-in data differs from what the database holds, the canonical registry and
    /// the built-in vendor lists are (re)loaded through the importer; imported lists are kept.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let kb = sipkb::Kb::open(&dir.path().join("sipkb.db"))?;
    /// assert!(kb.path().exists());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn open(path: &Path) -> Result<Kb> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        Self::with_store(Store::open(path, Mode::ReadWrite)?)
    }

    /// Opens the database for a command that only reads: as [`Kb::open`] does when it can,
    /// else read-only as it is (a read-only file or directory, a damaged file that must not be
    /// written, a writer holding the lock), without refreshing its built-in lists. The second
    /// value is why it was opened read-only, for the caller to say so.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let (kb, why) = sipkb::Kb::open_for_reading(&dir.path().join("sipkb.db"))?;
    /// assert!(why.is_none() && kb.damage().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn open_for_reading(path: &Path) -> Result<(Kb, Option<Error>)> {
        let first = match Self::open(path) {
            Ok(kb) => return Ok((kb, None)),
            Err(e) => e,
        };
        if !path.is_file() {
            return Err(first);
        }
        match Self::open_read_only(path) {
            Ok(kb) => Ok((kb, Some(first))),
            // Why a database that cannot be written cannot be read either.
            Err(
                e @ Error::BadDatabase {
                    problem: DbProblem::Older { .. } | DbProblem::NeverLoaded,
                    ..
                },
            ) => Err(e),
            Err(_) => Err(first),
        }
    }

    /// What the check on open found wrong with the database file, in SQLite's words: the
    /// knowledge base still answers (what it can read), but refuses every write.
    pub fn damage(&self) -> Option<String> {
        self.store.damage()
    }

    /// Opens an existing, current database read-only (for a server next to an importer). On
    /// a read-only directory, where SQLite cannot make the WAL's shared-memory file, it is
    /// opened as immutable (when no WAL holds newer pages).
    pub fn open_read_only(path: &Path) -> Result<Kb> {
        let store = Store::open(path, Mode::ReadOnly)?;
        if store.meta("builtin")?.is_none() {
            return Err(Error::BadDatabase {
                path: path.to_path_buf(),
                problem: DbProblem::NeverLoaded,
            });
        }
        let catalog = builtin::catalog()?;
        Ok(Kb { store, catalog })
    }

    /// An in-memory knowledge base holding the built-in data.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory().unwrap();
    /// let ex = kb.explain("SIP/2.0 480 No money left", &Default::default()).unwrap();
    /// assert_eq!(ex.variants[0].vendor, "ru-softswitch");
    /// ```
    pub fn open_in_memory() -> Result<Kb> {
        Self::with_store(Store::open_in_memory()?)
    }

    fn with_store(mut store: Store) -> Result<Kb> {
        let catalog = builtin::catalog()?;
        refresh::bring_up_to_date(&mut store, &catalog)?;
        Ok(Kb { store, catalog })
    }

    /// The database's path.
    pub fn path(&self) -> &Path {
        self.store.path()
    }
}

/// Where the database lives when neither `--db` nor `SIPKB_DB` says: the platform data
/// directory (`~/.local/share/sipkb/sipkb.db` on Linux).
pub fn default_db_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "sipkb").map(|d| d.data_dir().join("sipkb.db"))
}

/// The built-in catalog, built on first use, for callers that have no [`Kb`].
fn builtin_catalog() -> Option<&'static Catalog> {
    static BUILTIN: OnceLock<Option<Catalog>> = OnceLock::new();
    BUILTIN.get_or_init(|| builtin::catalog().ok()).as_ref()
}

/// An error as one line in `locale`, for callers that have no [`Kb`] (opening it failed).
///
/// ```
/// let err = sipkb::parse_input("SIP/2.0 700 X").unwrap_err();
/// assert!(sipkb::describe_error(&err, sipkb::Locale::Ru).contains("700"));
/// ```
pub fn describe_error(error: &Error, locale: Locale) -> String {
    builtin_catalog().map_or_else(|| error.to_string(), |c| c.describe_error(locale, error))
}

/// A UI label from the built-in `app.ftl`, for callers that have no [`Kb`].
pub fn builtin_label(locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    builtin_catalog().map_or_else(|| id.to_string(), |c| c.label(locale, id, args))
}
