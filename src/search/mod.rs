//! Full-text search: how texts become search documents and how a query becomes an FTS5 query.
//!
//! Chinese has no spaces and Russian inflects, so neither words nor trigrams alone will do
//! (ARCHITECTURE.md). Documents and queries are [`fold`]ed; every CJK character becomes its own
//! token (a Chinese word of any length, `忙` or `余额`, is then a phrase query on consecutive
//! characters); Latin and Cyrillic words are matched as word prefixes and also through their
//! Snowball stems, so `деньги` meets `деньгами` and `codecs` meets `codec`.

mod doc;
mod query;
mod text;

pub(crate) use doc::{Doc, DocPart, DocSource, body_of, columns, entry_docs, variant_names};
pub(crate) use query::{MAX_CANDIDATES, SearchQuery};
pub(crate) use text::{is_cjk, stem};

use crate::error::Result;
use crate::i18n::Locale;
use crate::store::{DocOwner, RawHit, Store};
use serde::Serialize;

/// Bump when documents are built or stored differently: the database rebuilds them (see
/// `kb.rs`; 4: schema 6 recreated the table).
pub(crate) const SEARCH_VERSION: u32 = 4;

/// The documents matching `query` (with `vendor`, only its variants), best first: at most
/// `limit` of the first [`MAX_CANDIDATES`] in store order, ranked by [`SearchQuery::score`].
/// Whole words first; the last word as a prefix too when they find fewer than `limit`.
pub(crate) fn ranked(
    store: &Store,
    query: &SearchQuery,
    vendor: Option<&str>,
    limit: usize,
) -> Result<Vec<(RawHit, f64)>> {
    let mut found = store.search_docs(&query.expr, vendor, MAX_CANDIDATES)?;
    if found.len() < limit
        && let Some(prefix) = &query.prefix_expr
    {
        found = store.search_docs(prefix, vendor, MAX_CANDIDATES)?;
    }
    let mut hits: Vec<(RawHit, f64, usize)> = found
        .into_iter()
        .map(|h| {
            let body = body_of(&h.shown);
            let code = h.code.map(|c| c.to_string()).unwrap_or_default();
            let names = [
                h.phrase.as_str(),
                code.as_str(),
                h.vendor_code.as_deref().unwrap_or(""),
            ];
            // The registry's names weigh a tenth more than a vendor's: `busy` is first of all
            // 486 Busy Here, which every stack knows, before a library's `Busy` cause name.
            let weight = if h.code_doc() { 1.1 } else { 1.0 };
            let score = query.score(&body, &names) * weight;
            (h, score, body.len())
        })
        .collect();
    // Among equals: canonical codes first, then the shorter phrase (`busy` is more nearly
    // "Busy Here" than "Busy Everywhere"), then the shorter document (an entry about exactly
    // this before a long one that mentions it), then store order.
    hits.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| a.0.code_doc().cmp(&b.0.code_doc()).reverse())
            .then_with(|| a.0.phrase.chars().count().cmp(&b.0.phrase.chars().count()))
            .then_with(|| a.2.cmp(&b.2))
    });
    hits.truncate(limit);
    Ok(hits.into_iter().map(|(h, score, _)| (h, score)).collect())
}

/// The entries matching `query`, best first, each once with the line that matched (in
/// `locale` when a document in that locale matched too); at most `limit`.
pub(crate) fn hits(
    store: &Store,
    query: &SearchQuery,
    vendor: Option<&str>,
    locale: Locale,
    limit: usize,
) -> Result<Vec<SearchHit>> {
    // Each entry has up to three documents: fetch enough to fill `limit` entries.
    let raw = ranked(store, query, vendor, limit.saturating_mul(3))?;
    let mut hits: Vec<(DocOwner, SearchHit)> = Vec::new();
    for (h, score) in raw {
        let matched = query.matched_line(&h.shown);
        if let Some((_, hit)) = hits.iter_mut().find(|(o, _)| *o == h.owner) {
            if h.locale == locale && hit.matched_locale != locale {
                hit.matched = matched;
                hit.matched_locale = h.locale;
            }
            continue;
        }
        let kind = match h.owner {
            DocOwner::Variant(_) => HitKind::Variant,
            DocOwner::Code(_) => HitKind::Code,
        };
        hits.push((
            h.owner,
            SearchHit {
                kind,
                code: h.code,
                vendor: h.vendor,
                vendor_code: h.vendor_code,
                phrase: h.phrase,
                matched,
                matched_locale: h.locale,
                score: (score * 1000.0).round() / 1000.0,
            },
        ));
    }
    Ok(hits.into_iter().map(|(_, h)| h).take(limit).collect())
}

/// What a search hit is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HitKind {
    /// A canonical code of the registry.
    Code,
    /// A vendor's variant.
    Variant,
}

/// One search result.
#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    /// A canonical code or a vendor variant.
    pub kind: HitKind,
    /// The SIP code, if any.
    pub code: Option<u16>,
    /// The vendor slug of a variant.
    pub vendor: Option<String>,
    /// The vendor's device code, if any.
    pub vendor_code: Option<String>,
    /// The variant's phrase, or the code's IANA phrase.
    pub phrase: String,
    /// The text that matched (a phrase, a name, or one explanation text).
    pub matched: String,
    /// The locale of the matched text.
    pub matched_locale: Locale,
    /// Relevance (higher is better), from SQLite's BM25.
    pub score: f64,
}

/// Options for [`crate::Kb::search`].
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// Matches in this locale's texts come first among equals.
    pub locale: Locale,
    /// Only this vendor's variants.
    pub vendor: Option<String>,
    /// At most this many hits.
    pub limit: usize,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            locale: Locale::En,
            vendor: None,
            limit: 20,
        }
    }
}

#[cfg(test)]
mod tests;
