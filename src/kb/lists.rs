//! The lists side of the facade: importing, removing, restoring and exporting vendor lists,
//! and the provenance log.

use super::Kb;
use crate::error::{Error, Result};
use crate::export::{self, ExportFormat};
use crate::import::run;
use crate::import::{ImportOptions, ImportReport};
use crate::input::{Input, Progress};
use crate::refresh::{builtin_slugs, load_builtin};
use crate::store::ImportLog;

impl Kb {
    /// Imports list files (TOML, CSV or JSON Lines) in one transaction. The
    /// report lists what changed, or with [`ImportOptions::dry_run`] what would change, and
    /// every problem found. Nothing is written when there is any problem, unless
    /// [`ImportOptions::skip_invalid`] is set, nor ever when a file cannot be read as its
    /// format ([`ImportReport::unreadable`]).
    ///
    /// ```
    /// # let dir = tempfile::tempdir()?;
    /// let file = dir.path().join("acme.csv");
    /// std::fs::write(&file, "vendor,code,phrase,category,ui_en\nacme,480,No credit,billing,Top up\n")?;
    /// let mut kb = sipkb::Kb::open_in_memory()?;
    /// let report = kb.import(&[sipkb::Input::Path(file)], &Default::default(), &mut |_| {})?;
    /// assert!(report.applied && report.problems.is_empty());
    /// assert_eq!(report.vendors[0].added, 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn import(
        &mut self,
        inputs: &[Input],
        opts: &ImportOptions,
        progress: &mut dyn FnMut(Progress<'_>),
    ) -> Result<ImportReport> {
        let mut apply = self.store.begin_apply()?;
        let mut report = run::run(&mut apply, &self.catalog, inputs, opts, false, progress)?;
        if report.refused(opts.skip_invalid) || opts.dry_run {
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

    /// A number that grows whenever the lists change (the provenance log's last entry), for a
    /// caller that caches answers: while it stays the same, so do they.
    pub fn data_version(&self) -> Result<i64> {
        self.store.data_version()
    }

    /// The provenance log: every import, removal and restore, oldest first.
    pub fn sources(&self) -> Result<Vec<ImportLog>> {
        self.store.sources()
    }
}
