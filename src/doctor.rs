//! [`DoctorReport`]: what `sipkb doctor` finds in a database, and which findings need
//! attention. Findings that involve only built-in lists are information: those lists ship
//! with sipkb and were reviewed (the softswitch list's `499 Codec Mismatch` is real), so a
//! new database holding only the built-in data is healthy.

use crate::error::Result;
use crate::i18n::{Catalog, Locale};
use crate::store::{EntryRef, Findings, Store, Tally, TextedVariant};
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything `sipkb doctor` reports about a database.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DoctorReport {
    /// No finding needs attention (`attention` is 0).
    pub healthy: bool,
    /// How many findings need attention.
    pub attention: u64,
    /// The database file.
    pub database: String,
    /// The schema version of the file and the one this build writes.
    pub schema: Schema,
    /// SQLite's and FTS5's own checks.
    pub integrity: Integrity,
    /// Row counts.
    pub counts: Tally,
    /// How many variants have a title or summary in each locale, built-in and imported apart.
    pub coverage: Coverage,
    /// Variants without a title or summary in some locale (they would fall back to another).
    pub missing_texts: Findings<MissingText>,
    /// Variants under a SIP code the IANA registry does not have.
    pub unregistered: Findings<Unregistered>,
    /// Phrases that mean different SIP codes at different vendors.
    pub conflicts: Findings<Conflict>,
}

impl DoctorReport {
    /// At most this many items are listed per kind of finding; `total` counts them all.
    pub const MAX_LISTED: usize = 100;
}

/// Schema versions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Schema {
    /// The version the file is at.
    pub version: i64,
    /// The newest version this build knows.
    pub supported: i64,
}

/// The results of the integrity checks: what is wrong, empty when sound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Integrity {
    /// Both checks found nothing wrong.
    pub ok: bool,
    /// `PRAGMA integrity_check`'s findings.
    pub database: Vec<String>,
    /// The FTS5 search index check's findings; `None` when it could not run (read-only).
    pub search_index: Option<Vec<String>>,
}

/// Translation coverage of the built-in and of the imported lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Variants of the built-in lists (texts from the embedded Fluent catalog).
    pub builtin: LocaleCoverage,
    /// Variants of imported lists (their own texts, or a built-in message they name).
    pub imported: LocaleCoverage,
}

/// How many of a group's variants have a title or summary in each locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleCoverage {
    /// Variants in the group.
    pub variants: u64,
    /// Per locale, the variants with a title or summary written in it.
    pub covered: BTreeMap<Locale, u64>,
}

impl LocaleCoverage {
    fn new() -> Self {
        LocaleCoverage {
            variants: 0,
            covered: Locale::ALL.iter().map(|&l| (l, 0)).collect(),
        }
    }
}

/// A variant without a title or summary in some locales.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingText {
    /// The variant.
    #[serde(flatten)]
    pub entry: EntryRef,
    /// The locales it has no title or summary in.
    pub locales: Vec<Locale>,
    /// It belongs to an imported list.
    pub attention: bool,
}

/// A variant under an unregistered SIP code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unregistered {
    /// The variant.
    #[serde(flatten)]
    pub entry: EntryRef,
    /// It belongs to an imported list.
    pub attention: bool,
}

/// One phrase that means different SIP codes at different vendors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    /// The phrase, normalized as matching compares it.
    pub phrase: String,
    /// An imported list is among the entries.
    pub attention: bool,
    /// Every entry with the phrase (and a SIP code), by code.
    pub entries: Vec<EntryRef>,
}

/// Checks the database and assembles the report.
pub fn doctor(store: &Store, catalog: &Catalog) -> Result<DoctorReport> {
    let limit = DoctorReport::MAX_LISTED;
    let database = store.integrity_problems()?;
    let search_index = store.search_index_problems()?;
    let schema = Schema {
        version: store.schema_found()?,
        supported: Store::schema_version(),
    };
    let (coverage, missing_texts) = coverage(store, catalog, limit)?;
    let unregistered = store.unregistered_variants(limit)?;
    let unregistered = unregistered.map(|entry| Unregistered {
        attention: !entry.builtin,
        entry,
    });
    let conflicts = store
        .phrase_conflicts(limit)?
        .map(|(phrase, entries)| Conflict {
            attention: entries.iter().any(|e| !e.builtin),
            phrase,
            entries,
        });
    let index_damaged = search_index.as_ref().is_some_and(|p| !p.is_empty());
    let integrity = Integrity {
        ok: database.is_empty() && !index_damaged,
        database,
        search_index,
    };
    let attention = u64::from(!integrity.database.is_empty())
        + u64::from(index_damaged)
        + u64::from(schema.version != schema.supported)
        + missing_texts.attention
        + unregistered.attention
        + conflicts.attention;
    Ok(DoctorReport {
        healthy: attention == 0,
        attention,
        database: store.path().display().to_string(),
        schema,
        integrity,
        counts: store.tally()?,
        coverage,
        missing_texts,
        unregistered,
        conflicts,
    })
}

/// Counts, per group and locale, the variants with a title or summary in the locale, and
/// lists those without one in some locale (imported lists' first).
fn coverage(
    store: &Store,
    catalog: &Catalog,
    limit: usize,
) -> Result<(Coverage, Findings<MissingText>)> {
    let mut builtin = LocaleCoverage::new();
    let mut imported = LocaleCoverage::new();
    let mut missing = Findings::default();
    let mut builtin_missing = Vec::new();
    store.each_texted_variant(&mut |v: TextedVariant| {
        let group = if v.entry.builtin {
            &mut builtin
        } else {
            &mut imported
        };
        group.variants += 1;
        let mut lacking = Vec::new();
        for locale in Locale::ALL {
            if catalog.has_main_text(&v.own, locale, &v.message)? {
                *group.covered.entry(locale).or_default() += 1;
            } else {
                lacking.push(locale);
            }
        }
        if lacking.is_empty() {
            return Ok(());
        }
        missing.total += 1;
        let item = MissingText {
            attention: !v.entry.builtin,
            entry: v.entry,
            locales: lacking,
        };
        if item.attention {
            missing.attention += 1;
            if missing.items.len() < limit {
                missing.items.push(item);
            }
        } else if builtin_missing.len() < limit {
            builtin_missing.push(item);
        }
        Ok(())
    })?;
    missing.items.extend(builtin_missing);
    missing.items.truncate(limit);
    Ok((Coverage { builtin, imported }, missing))
}
