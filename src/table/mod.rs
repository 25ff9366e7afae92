//! The knowledge as one table for analytics engines (ClickHouse, DuckDB, Spark, BigQuery):
//! one row per canonical code and per vendor entry, joined against call records on
//! (code, normalized phrase).
//!
//! Two join keys: `phrase_norm` is sipkb's own normalization ([`normalize_phrase`]: NFKC,
//! full Unicode case folding, `ё` as `е`, hyphens and underscores as spaces, quotes and
//! trailing punctuation dropped), which `sipkb normalize` computes for a column of phrases;
//! `phrase_key` ([`phrase_key`]) is simpler and an engine's own `lower()` and a whitespace
//! regex reproduce it. `preferred` marks, for each (code, `phrase_norm`), the one row
//! `sipkb enrich` answers with, so that a join finds one row.

#[cfg(feature = "parquet")]
mod parquet;

use crate::enrich::answer_for;
use crate::error::{Error, Result};
use crate::explain::{ExplainOptions, Explanation};
use crate::i18n::{Catalog, Locale};
use crate::model::{CodeEntry, SipCode};
use crate::phrase::normalize_phrase;
use crate::store::Store;
use crate::uitext::{Ids, ui_id};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

/// Whether this build writes Parquet (the `parquet` cargo feature).
pub const PARQUET: bool = cfg!(feature = "parquet");

/// How [`crate::Kb::export_table`] writes the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// CSV with a header row (RFC 4180).
    Csv,
    /// Apache Parquet (needs the `parquet` cargo feature).
    Parquet,
}

/// The simple join key: ASCII letters lower-cased, runs of ASCII whitespace as one space,
/// no space at either end. Other characters stay as they are, so an engine's ASCII
/// `lower()` (ClickHouse's) reproduces it for any phrase, and a Unicode `lower()` (DuckDB's,
/// Spark's, BigQuery's) for phrases in ASCII.
///
/// ```
/// assert_eq!(sipkb::phrase_key("  No   Money\tLeft "), "no money left");
/// assert_eq!(sipkb::phrase_key("Нет Денег"), "Нет Денег");
/// ```
pub fn phrase_key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for word in phrase.split(|c: char| c.is_ascii_whitespace()) {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// One row of the table.
#[derive(Debug, Clone, Serialize)]
pub struct TableRow {
    /// The stable id `export --ui` and `enrich` use.
    pub id: String,
    /// `code` (a canonical code) or `variant` (a vendor entry).
    pub kind: &'static str,
    /// The SIP code (none for a device code that stands for none).
    pub code: Option<u16>,
    /// Its class, `4xx`.
    pub class: String,
    /// Vendor slug (none for a canonical code).
    pub vendor: Option<String>,
    /// The device's own code (`0x751`).
    pub vendor_code: Option<String>,
    /// The phrase as on the wire.
    pub phrase: String,
    /// The phrase as sipkb normalizes it.
    pub phrase_norm: String,
    /// The simple key ([`phrase_key`]).
    pub phrase_key: String,
    /// Triage category.
    pub category: String,
    /// Who most likely has to act.
    pub side: String,
    /// Retry advice.
    pub retry: String,
    /// The Q.850 cause (RFC 3398 §8.2.6.1).
    pub q850: Option<u8>,
    /// Whether `sipkb enrich` answers (code, `phrase_norm`) with this row.
    pub preferred: bool,
    /// Title and end-user line per locale asked for.
    pub texts: Vec<(Locale, String, String)>,
}

/// The table's column names for `locales`, in order.
pub fn table_columns(locales: &[Locale]) -> Vec<String> {
    let mut c: Vec<String> = [
        "id",
        "kind",
        "code",
        "class",
        "vendor",
        "vendor_code",
        "phrase",
        "phrase_norm",
        "phrase_key",
        "category",
        "side",
        "retry",
        "q850",
        "preferred",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for l in locales {
        c.push(format!("title_{l}"));
        c.push(format!("ui_{l}"));
    }
    c
}

type Explain<'a> = dyn Fn(&str, &ExplainOptions) -> Result<Explanation> + 'a;

/// Every canonical code, then every vendor entry (class notes aside), with texts in `locales`.
/// Ids are made exactly as [`crate::uitext`] makes them for `export --ui`.
pub(crate) fn rows(
    store: &Store,
    catalog: &Catalog,
    explain: &Explain<'_>,
    locales: &[Locale],
) -> Result<Vec<TableRow>> {
    let codes = store.codes(None)?;
    let by_code: BTreeMap<u16, &CodeEntry> = codes.iter().map(|c| (c.code.get(), c)).collect();
    let mut out = Vec::new();
    for c in &codes {
        let phrase = c.wire.clone().unwrap_or_else(|| c.reason.clone());
        let mut texts = Vec::new();
        for &l in locales {
            let t = catalog
                .texts(l, &c.message_id())
                .map(|(t, _)| t)
                .unwrap_or_default();
            texts.push((l, t.title, t.ui));
        }
        out.push(TableRow {
            id: ui_id(Some(c.code.get()), None, None, ""),
            kind: "code",
            code: Some(c.code.get()),
            class: c.code.class().to_string(),
            vendor: None,
            vendor_code: None,
            phrase_norm: normalize_phrase(&phrase),
            phrase_key: phrase_key(&phrase),
            phrase,
            category: c.category.clone(),
            side: c.side.clone(),
            retry: c.retry.clone(),
            q850: c.q850,
            preferred: false,
            texts,
        });
    }
    let ids = Ids::new(store)?;
    store.export_rows(None, &mut |row| {
        // As `uitext::all`: an entry with no text anywhere has no row.
        if catalog
            .texts_with(&row.texts, Locale::En, &row.message)?
            .is_none()
        {
            return Ok(());
        }
        let id = ids.of(
            row.code,
            Some(&row.vendor),
            row.vendor_code.as_deref(),
            &row.phrase,
        );
        if row.class.is_some() {
            return Ok(());
        }
        let code = row.code.and_then(|c| by_code.get(&c).copied());
        let pick = |own: &Option<String>, of_code: Option<&String>| {
            own.clone()
                .or_else(|| of_code.cloned())
                .unwrap_or_else(|| "none".to_string())
        };
        let mut texts = Vec::new();
        for &l in locales {
            let t = catalog
                .texts_with(&row.texts, l, &row.message)?
                .map(|(t, _)| t)
                .unwrap_or_default();
            texts.push((l, t.title, t.ui));
        }
        out.push(TableRow {
            id,
            kind: "variant",
            code: row.code,
            class: row
                .code
                .and_then(SipCode::new)
                .map(|c| c.class().to_string())
                .unwrap_or_default(),
            vendor: Some(row.vendor.clone()),
            vendor_code: row.vendor_code.clone(),
            phrase_norm: normalize_phrase(&row.phrase),
            phrase_key: phrase_key(&row.phrase),
            phrase: row.phrase.clone(),
            category: row.category.clone(),
            side: pick(&row.side, code.map(|c| &c.side)),
            retry: pick(&row.retry, code.map(|c| &c.retry)),
            q850: code.and_then(|c| c.q850),
            preferred: false,
            texts,
        });
        Ok(())
    })?;
    // The row enrich answers each (code, phrase) with, asked of enrich itself so that the
    // two can never disagree.
    let mut answered: BTreeMap<(u16, String), String> = BTreeMap::new();
    for r in &out {
        let Some(code) = r.code else { continue };
        let key = (code, r.phrase_norm.clone());
        if answered.contains_key(&key) {
            continue;
        }
        let a = answer_for(explain, &ids, Locale::En, &code.to_string(), &r.phrase, "")?;
        answered.insert(key, a.map(|a| a.id).unwrap_or_default());
    }
    for r in &mut out {
        if let Some(code) = r.code {
            r.preferred = answered.get(&(code, r.phrase_norm.clone())) == Some(&r.id);
        }
    }
    Ok(out)
}

/// Writes `rows` as CSV with the header of [`columns`].
pub(crate) fn write_csv(rows: &[TableRow], locales: &[Locale], out: &mut dyn Write) -> Result<()> {
    // Built in memory (the table is small) so that a write error keeps its kind: a closed
    // pipe stays a closed pipe.
    let io = |e: csv::Error| Error::Io {
        path: "-".into(),
        source: e.into(),
    };
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(table_columns(locales)).map_err(io)?;
    for r in rows {
        let mut rec: Vec<String> = vec![
            r.id.clone(),
            r.kind.to_string(),
            r.code.map(|c| c.to_string()).unwrap_or_default(),
            r.class.clone(),
            r.vendor.clone().unwrap_or_default(),
            r.vendor_code.clone().unwrap_or_default(),
            r.phrase.clone(),
            r.phrase_norm.clone(),
            r.phrase_key.clone(),
            r.category.clone(),
            r.side.clone(),
            r.retry.clone(),
            r.q850.map(|c| c.to_string()).unwrap_or_default(),
            r.preferred.to_string(),
        ];
        for (_, title, ui) in &r.texts {
            rec.push(title.clone());
            rec.push(ui.clone());
        }
        w.write_record(&rec).map_err(io)?;
    }
    let bytes = w.into_inner().map_err(|e| io(e.into_error().into()))?;
    out.write_all(&bytes).map_err(|source| Error::Io {
        path: "-".into(),
        source,
    })
}

/// Writes `rows` as Parquet.
#[cfg(feature = "parquet")]
pub(crate) fn write_parquet(
    rows: &[TableRow],
    locales: &[Locale],
    out: &mut dyn Write,
) -> Result<()> {
    parquet::write(rows, locales, out)
}
