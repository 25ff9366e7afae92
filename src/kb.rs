//! [`Kb`]: the knowledge base as the CLI, the server and other programs use it.

mod telecom;

use crate::builtin;
use crate::doctor::{self, DoctorReport};
use crate::error::{DbProblem, Error, InputError, Result};
use crate::explain::{self, ExplainOptions, Explanation};
use crate::export::{self, ExportFormat};
use crate::i18n::{Arg, Catalog, Locale, Texts};
use crate::import::run::{self, Input};
use crate::import::{self, ImportOptions, ImportReport, Progress};
use crate::model::{Class, CodeEntry, SipCode, VariantRow, VendorInfo};
use crate::phrase::NORMALIZATION;
use crate::refresh::{builtin_slugs, index_codes, load_builtin, reindex_imported};
use crate::search::{self, SEARCH_VERSION, SearchHit, SearchOptions, SearchQuery};
use crate::store::ImportLog;
use crate::store::{Mode, Store};
use crate::uitext::{self, UiFormat, UiText};
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

    /// Opens the database where the CLI keeps it: `SIPKB_DB` when set, else the platform data
    /// directory ([`default_db_path`]), so a program sees the lists its user imported.
    pub fn open_default() -> Result<Kb> {
        let path = std::env::var_os("SIPKB_DB")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(default_db_path)
            .ok_or_else(|| Error::Io {
                path: PathBuf::from("~"),
                source: std::io::Error::new(
                    std::io::ErrorKind::NotFound,
                    "no data directory is known for this platform",
                ),
            })?;
        Self::open(&path)
    }

    /// Opens an existing, current database read-only (for a server next to an importer).
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
        let fingerprint = builtin::fingerprint();
        // A cheap look first; the check that counts is made again under the write lock.
        // Derived columns (normalized phrases, search documents) of imported lists are rebuilt
        // when the code that derives them changes.
        let derived = format!("n{NORMALIZATION}-s{SEARCH_VERSION}");
        if store.meta("builtin")?.as_deref() != Some(fingerprint.as_str())
            || store.meta("derived")?.as_deref() != Some(derived.as_str())
        {
            let codes = builtin::codes();
            let mut codes = import::read_codes(&codes.path, codes.text)?;
            let q850 = builtin::q850();
            let q850 = import::read_q850(&q850.path, q850.text)?;
            // One source for the SIP → Q.850 mapping: RFC 3398 §8.2.6.1 in data/q850.toml.
            for c in &mut codes {
                c.q850 = q850
                    .sip_to_cause
                    .iter()
                    .find(|r| r.sip == c.code)
                    .and_then(|r| r.cause);
            }
            let mut apply = store.begin_apply()?;
            let stale_derived = apply.meta_differs("derived", &derived)?;
            if stale_derived {
                apply.renormalize()?;
                reindex_imported(&mut apply, &catalog)?;
                apply.set_meta("derived", &derived)?;
            }
            if stale_derived || apply.meta_differs("builtin", &fingerprint)? {
                apply.replace_builtin(&codes)?;
                apply.replace_q850(&q850)?;
                load_builtin(&mut apply, &catalog, None)?;
                index_codes(&mut apply, &catalog, &codes)?;
                apply.set_meta("builtin", &fingerprint)?;
            }
            apply.commit()?;
        }
        Ok(Kb { store, catalog })
    }

    /// Imports list files (TOML, CSV or JSON Lines; `-` is stdin) in one transaction. The
    /// report lists what changed, or with [`ImportOptions::dry_run`] what would change, and
    /// every problem found. Nothing is written when there is any problem, unless
    /// [`ImportOptions::skip_invalid`] is set.
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let file = dir.path().join("acme.csv");
    /// std::fs::write(&file, "vendor,code,phrase,category,ui_en\nacme,480,No credit,billing,Top up\n")?;
    /// let mut kb = sipkb::Kb::open_in_memory()?;
    /// let report = kb.import(&[file], &Default::default(), &mut |_| {})?;
    /// assert!(report.applied && report.problems.is_empty());
    /// assert_eq!(report.vendors[0].added, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn import(
        &mut self,
        files: &[PathBuf],
        opts: &ImportOptions,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<ImportReport> {
        let inputs: Vec<Input<'_>> = files
            .iter()
            .map(|f| {
                if f.as_os_str() == "-" {
                    Input::Stdin
                } else {
                    Input::Path(f)
                }
            })
            .collect();
        let mut apply = self.store.begin_apply()?;
        let mut report = run::run(&mut apply, &self.catalog, &inputs, opts, false, progress)?;
        if report.problem_count > 0 && !opts.skip_invalid || opts.dry_run {
            apply.rollback()?;
        } else {
            apply.commit()?;
            report.applied = true;
        }
        Ok(report)
    }

    /// Deletes vendor `slug`'s list. A built-in list stays removed until [`Kb::restore`].
    /// Returns the number of entries removed.
    pub fn remove_vendor(&mut self, slug: &str) -> Result<u64> {
        let builtin = builtin_slugs().iter().any(|s| s == slug);
        self.store.remove_vendor(slug, builtin)
    }

    /// Loads the built-in lists (all, or the one named) again from this binary's data,
    /// replacing a locally maintained list of the same slug. Returns the slugs restored.
    pub fn restore(&mut self, slug: Option<&str>) -> Result<Vec<String>> {
        let slugs: Vec<String> = builtin_slugs()
            .into_iter()
            .filter(|s| slug.is_none_or(|x| x == s))
            .collect();
        if let (Some(s), true) = (slug, slugs.is_empty()) {
            return Err(Error::UnknownVendor(s.to_string()));
        }
        let mut apply = self.store.begin_apply()?;
        for s in &slugs {
            apply.prepare_restore(s)?;
        }
        load_builtin(&mut apply, &self.catalog, slug)?;
        apply.log_restore(&slugs)?;
        apply.commit()?;
        Ok(slugs)
    }

    /// Writes the lists (all vendors, or `vendor`) as TOML, CSV or JSON Lines that import back
    /// to the same content, or one locale's texts as Fluent. Returns the number of entries.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let mut out = Vec::new();
    /// kb.export(Some("gigaset"), sipkb::ExportFormat::Csv, &mut out)?;
    /// assert!(String::from_utf8(out)?.contains("0x751"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn export(
        &self,
        vendor: Option<&str>,
        format: ExportFormat,
        out: &mut dyn std::io::Write,
    ) -> Result<u64> {
        export::export(&self.store, &self.catalog, vendor, format, out)
    }

    /// The end-user line (and title) of every canonical code and vendor variant in `locale`,
    /// under stable ids (`sip-480`, `sip-480--acme--no-money-left`), each with the locale it
    /// fell back to when the entry has no text in `locale`.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let lines = kb.ui_texts(sipkb::Locale::Zh)?;
    /// let busy = lines.iter().find(|t| t.id == "sip-486").unwrap();
    /// assert!(busy.fallback.is_none() && !busy.text.is_empty());
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn ui_texts(&self, locale: Locale) -> Result<Vec<UiText>> {
        uitext::all(&self.store, &self.catalog, locale)
    }

    /// Writes [`Kb::ui_texts`] of `locale` as JSON, Fluent or gettext PO (README, "UI text
    /// export"). Returns the number of entries.
    pub fn export_ui(
        &self,
        locale: Locale,
        format: UiFormat,
        out: &mut dyn std::io::Write,
    ) -> Result<u64> {
        let texts = self.ui_texts(locale)?;
        let english = match (format, locale) {
            (UiFormat::Po, l) if l != Locale::En => self.ui_texts(Locale::En)?,
            _ => Vec::new(),
        };
        uitext::write(&texts, &english, locale, format, out)?;
        Ok(texts.len() as u64)
    }

    /// The line to show an application's user for a failure `code` with the reason `phrase`
    /// it received (if any), in `locale`: the vendor variant's when one matches (also a close
    /// typo), else the canonical code's.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let line = kb.ui_text(480, Some("No money left"), sipkb::Locale::Ru)?;
    /// assert_eq!(line.id, "sip-480--ru-softswitch--no-money-left");
    /// println!("{}", line.text); // a Russian line about the account balance
    /// let plain = kb.ui_text(486, None, sipkb::Locale::En)?;
    /// assert_eq!(plain.id, "sip-486");
    /// assert!(kb.ui_text(700, None, sipkb::Locale::En).is_err());
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn ui_text(&self, code: u16, phrase: Option<&str>, locale: Locale) -> Result<UiText> {
        let bad = || {
            Error::BadInput(InputError::BadCode {
                token: code.to_string(),
            })
        };
        let sip = SipCode::new(code).ok_or_else(bad)?;
        let input = format!("SIP/2.0 {code} {}", phrase.unwrap_or("").trim());
        let opts = ExplainOptions {
            locale: Some(locale),
            ..Default::default()
        };
        let ex = self.explain(input.trim_end(), &opts)?;
        uitext::for_response(&ex, sip).ok_or_else(bad)
    }

    /// Checks the database: SQLite's and the search index's integrity, counts, translation
    /// coverage per locale, variants under unregistered codes and phrases that mean different
    /// codes at different vendors. Findings that involve only built-in lists are information;
    /// see [`DoctorReport::healthy`].
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let report = kb.doctor()?;
    /// assert!(report.healthy && report.integrity.ok);
    /// assert_eq!(report.unregistered.attention, 0); // 499 Codec Mismatch is built in
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn doctor(&self) -> Result<DoctorReport> {
        doctor::doctor(&self.store, &self.catalog)
    }

    /// A number that grows whenever the lists change (the provenance log's last entry), for a
    /// caller that caches answers: while it stays the same, so do they.
    pub fn data_version(&self) -> Result<i64> {
        self.store.data_version()
    }

    /// The provenance log: every import, removal and restore, oldest first.
    pub fn sources(&self) -> Result<Vec<ImportLog>> {
        self.store.sources()
    }

    /// Explains one input (a status line, a code, a device code or a phrase).
    pub fn explain(&self, input: &str, opts: &ExplainOptions) -> Result<Explanation> {
        explain::explain(&self.store, &self.catalog, input, opts)
    }

    /// Full-text search over phrases, device codes, vendor names and the explanation texts of
    /// all three locales, best first. Each entry appears once, with the text that matched
    /// (in `opts.locale` when that locale's text matched too).
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory().unwrap();
    /// let hits = kb.search("余额", &Default::default()).unwrap();
    /// assert!(hits.iter().any(|h| h.code == Some(480) && h.vendor.is_some()));
    /// ```
    pub fn search(&self, query: &str, opts: &SearchOptions) -> Result<Vec<SearchHit>> {
        let query = query.trim();
        if query.is_empty() {
            return Err(Error::BadInput(InputError::Empty));
        }
        let parsed = SearchQuery::parse(query).ok_or(Error::BadInput(InputError::NoSearchTerms))?;
        if let Some(v) = &opts.vendor {
            self.store.require_vendor(v)?;
        }
        search::hits(
            &self.store,
            &parsed,
            opts.vendor.as_deref(),
            opts.locale,
            opts.limit,
        )
    }

    /// Canonical codes, optionally of one class.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let six = kb.codes(sipkb::Class::new(6))?;
    /// assert!(six.iter().any(|c| c.code.get() == 603 && c.reason == "Decline"));
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn codes(&self, class: Option<Class>) -> Result<Vec<CodeEntry>> {
        self.store.codes(class)
    }

    /// Vendor variants, optionally of one vendor and one class.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let gigaset = kb.variants(Some("gigaset"), None)?;
    /// assert!(gigaset.iter().any(|v| v.variant.vendor_code.as_deref() == Some("0x751")));
    /// assert!(kb.variants(Some("no-such-vendor"), None).is_err());
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn variants(&self, vendor: Option<&str>, class: Option<Class>) -> Result<Vec<VariantRow>> {
        if let Some(v) = vendor {
            self.store.require_vendor(v)?;
        }
        self.store.variants(vendor, class)
    }

    /// Every vendor with its variant count.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let slugs: Vec<String> = kb.vendors()?.into_iter().map(|v| v.slug).collect();
    /// assert!(slugs.contains(&"ru-softswitch".to_string()));
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn vendors(&self) -> Result<Vec<VendorInfo>> {
        self.store.vendors()
    }

    /// Texts of any message (a canonical code's `sip-486`, a variant's id) in `locale`.
    pub fn texts(&self, locale: Locale, message: &str) -> Option<(Texts, Option<Locale>)> {
        self.catalog.texts(locale, message)
    }

    /// A vendor's display name in `locale` (see [`VendorInfo::name`] for the list's own).
    pub fn vendor_name(&self, locale: Locale, vendor: &VendorInfo) -> String {
        self.catalog.vendor_name(locale, &vendor.slug, &vendor.name)
    }

    /// A UI label from `app.ftl`.
    pub fn label(&self, locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog.label(locale, id, args)
    }

    /// An error as one line in `locale` (the labels come from this knowledge base's catalog).
    pub fn describe_error(&self, locale: Locale, error: &Error) -> String {
        self.catalog.describe_error(locale, error)
    }

    /// An import problem as one line in `locale` (`file:line: field: what is wrong`).
    pub fn describe_problem(&self, locale: Locale, problem: &import::Problem) -> String {
        self.catalog.describe_problem(locale, problem)
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
