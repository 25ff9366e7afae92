//! Lookups: explain, search, the registry, the lists, texts and labels, and the doctor.

use super::Kb;
use crate::doctor::{self, DoctorReport};
use crate::error::{Error, InputError, Result};
use crate::explain::{self, ExplainOptions, Explanation};
use crate::i18n::{Arg, Locale, Texts};
use crate::import::Problem;
use crate::model::{Class, CodeEntry, CodeTitle, VariantRow, VendorInfo};
use crate::search::{self, SearchHit, SearchOptions, SearchQuery};

impl Kb {
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

    /// Canonical codes (optionally of one class), each with its class and its title in
    /// `locale`.
    ///
    /// ```
    /// let kb = sipkb::Kb::open_in_memory()?;
    /// let six = kb.code_titles(sipkb::Class::new(6), sipkb::Locale::Ru)?;
    /// assert!(six.iter().any(|c| c.entry.code.get() == 603 && c.class == "6xx" && !c.title.is_empty()));
    /// # Ok::<(), sipkb::Error>(())
    /// ```
    pub fn code_titles(&self, class: Option<Class>, locale: Locale) -> Result<Vec<CodeTitle>> {
        Ok(self
            .codes(class)?
            .into_iter()
            .map(|entry| CodeTitle {
                class: entry.code.class().to_string(),
                title: self
                    .catalog
                    .texts(locale, &entry.message_id())
                    .map(|(t, _)| t.title)
                    .unwrap_or_default(),
                entry,
            })
            .collect())
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

    /// A variant's title in `locale`: its list's own text, else its message's (the same
    /// layering `explain` renders with); empty when it has none.
    pub fn variant_title(&self, locale: Locale, row: &VariantRow) -> Result<String> {
        let own = self.store.variant_texts(row.id)?;
        Ok(self
            .catalog
            .texts_with(&own, locale, &row.variant.message)?
            .map(|(t, _)| t.title)
            .unwrap_or_default())
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
    pub fn describe_problem(&self, locale: Locale, problem: &Problem) -> String {
        problem.describe(&self.catalog, locale)
    }
}
