//! The core query: an input in, an [`Explanation`] out (facts plus texts in one locale).

mod telecom;
mod types;

pub use telecom::{CauseInfo, ReasonInfo, WarningInfo};
use telecom::{cause_name, explain_cause};
pub use types::{
    Canonical, ClassFallback, ExplainOptions, Explanation, MatchKind, Note, Suggestion, Variant,
};

use crate::error::Result;
use crate::i18n::{Catalog, Locale, Texts};
use crate::matching;
use crate::model::{ClassNoteRow, CodeEntry, SipCode, VariantRow};
use crate::parse::{Query, parse_input};
use crate::phrase::normalize_phrase;
use crate::search::{self, SearchQuery};
use crate::store::KnownPhrase;
use crate::store::Store;
use std::collections::BTreeSet;

/// Explains one input against a store, rendering through a catalog.
pub(crate) fn explain(
    store: &Store,
    catalog: &Catalog,
    input: &str,
    opts: &ExplainOptions,
) -> Result<Explanation> {
    let parsed = parse_input(input)?;
    if let Some(v) = &opts.vendor {
        store.require_vendor(v)?;
    }
    let mut r = Renderer {
        store,
        catalog,
        locale: opts.locale.unwrap_or(Locale::En),
        fallback: BTreeSet::new(),
    };
    let mut ex = Explanation {
        input: input.to_string(),
        locale: r.locale,
        kind: MatchKind::NotFound,
        phrase: None,
        code: None,
        class: None,
        unregistered: false,
        canonical: None,
        class_fallback: None,
        variants: Vec::new(),
        notes: Vec::new(),
        fuzzy: false,
        suggestions: Vec::new(),
        found_in: Vec::new(),
        contradiction: None,
        cause: None,
        reasons: Vec::new(),
        warnings: Vec::new(),
        headers: parsed.headers,
        fallback: Vec::new(),
    };
    let mut status = None;
    // A switch's cause name (`USER_BUSY`) is looked up before phrase matching.
    let named = match &parsed.query {
        Query::Phrase(phrase) => cause_name(store, phrase)?,
        _ => None,
    };
    let mut rows: Vec<VariantRow>;
    match parsed.query {
        Query::Status { code, phrase } => {
            status = Some(code.get());
            let norm = normalize_phrase(&phrase);
            ex.phrase = (!phrase.is_empty()).then(|| phrase.clone());
            ex.code = Some(code.get());
            ex.class = Some(code.class().to_string());
            match store.code(code)? {
                Some(entry) => {
                    ex.canonical = Some(r.canonical(&entry)?);
                    rows = if norm.is_empty() {
                        Vec::new()
                    } else {
                        store.variants_by_code_phrase(code, &norm)?
                    };
                    ex.kind = if !rows.is_empty() {
                        MatchKind::Variant
                    } else if norm.is_empty() || store.codes_with_phrase(&norm)?.contains(&code) {
                        MatchKind::Canonical
                    } else {
                        ex.suggestions = matching::suggest(store, Some(code), &norm, Vec::new())?;
                        // A close spelling of a phrase known under this very code is that
                        // phrase, said so (`fuzzy`); the suggestions stay for the reader.
                        match ex.suggestions.first() {
                            Some(best)
                                if best.score >= matching::FUZZY_MATCH
                                    && best.code == code.get() =>
                            {
                                ex.fuzzy = true;
                                if best.vendor.is_some() {
                                    let best_norm = normalize_phrase(&best.phrase);
                                    rows = store.variants_by_code_phrase(code, &best_norm)?;
                                    MatchKind::Variant
                                } else {
                                    MatchKind::Canonical
                                }
                            }
                            _ => MatchKind::UnknownVariant,
                        }
                    };
                    if ex.kind != MatchKind::Variant || ex.fuzzy {
                        ex.contradiction = matching::contradiction(store, code, &norm)?;
                    }
                }
                None => {
                    // RFC 3261 §8.1.3.2: an unknown response code is treated as the x00 of its
                    // class (183 for 1xx); the vendor variants say what was really meant.
                    ex.kind = MatchKind::Class;
                    ex.unregistered = true;
                    let class = code.class();
                    if let Some(entry) = store.code(class.fallback_code())? {
                        ex.canonical = Some(r.canonical(&entry)?);
                    }
                    ex.class_fallback = Some(ClassFallback {
                        class: class.to_string(),
                        treated_as: class.fallback_code().get(),
                        texts: r.texts(&class.message_id()),
                    });
                    rows = if norm.is_empty() {
                        store.variants_by_code(code)?
                    } else {
                        store.variants_by_code_phrase(code, &norm)?
                    };
                    if rows.is_empty() && !norm.is_empty() {
                        ex.suggestions = matching::suggest(store, Some(code), &norm, Vec::new())?;
                    }
                }
            }
            ex.notes = store
                .class_notes(code.class())?
                .iter()
                .map(|n| r.note(n))
                .collect::<Result<_>>()?;
        }
        Query::DeviceCode(vendor_code) => {
            rows = store.variants_by_vendor_code(&vendor_code)?;
            if !rows.is_empty() {
                ex.kind = MatchKind::Variant;
                adopt_single_code(store, &mut r, &mut ex, rows.iter().map(|v| v.variant.code))?;
            }
        }
        Query::Cause(value) => {
            rows = Vec::new();
            explain_cause(store, &mut r, &mut ex, value, None)?;
        }
        Query::Headers => {
            rows = Vec::new();
            ex.kind = MatchKind::Headers;
        }
        Query::Phrase(_) if named.is_some() => {
            rows = Vec::new();
            let (value, alias) = named.unwrap_or_default();
            explain_cause(store, &mut r, &mut ex, value, Some(alias))?;
        }
        Query::Phrase(phrase) => {
            let norm = normalize_phrase(&phrase);
            ex.phrase = Some(phrase.clone());
            rows = store.variants_by_phrase(&norm)?;
            let canon = store.codes_with_phrase(&norm)?;
            let mut canon = canon;
            if rows.is_empty() && canon.is_empty() {
                // Candidates: canonical spellings, and vendor phrases sharing a word with it
                // (found through the search index, so a million variants are not scanned).
                let candidates = match SearchQuery::parse_any(&phrase) {
                    Some(q) => search::ranked(store, &q, None, 200)?
                        .into_iter()
                        .filter_map(|(h, _)| {
                            let code = h.code.and_then(SipCode::new)?;
                            Some(KnownPhrase {
                                norm: normalize_phrase(&h.phrase),
                                phrase: h.phrase,
                                code,
                                vendor: h.vendor,
                            })
                        })
                        .collect(),
                    None => Vec::new(),
                };
                ex.suggestions = matching::suggest(store, None, &norm, candidates)?;
                if let Some(best) = ex.suggestions.first()
                    && best.score >= matching::FUZZY_MATCH
                {
                    ex.fuzzy = true;
                    let best_norm = normalize_phrase(&best.phrase);
                    rows = store.variants_by_phrase(&best_norm)?;
                    canon = store.codes_with_phrase(&best_norm)?;
                }
            }
            if rows.is_empty() && canon.is_empty() && ex.suggestions.is_empty() {
                ex.found_in = match SearchQuery::parse(&phrase) {
                    Some(q) => search::hits(store, &q, opts.vendor.as_deref(), r.locale, 5)?,
                    None => Vec::new(),
                };
            }
            if !rows.is_empty() || !canon.is_empty() {
                ex.kind = MatchKind::Phrase;
                let codes = canon
                    .into_iter()
                    .map(Some)
                    .chain(rows.iter().map(|v| v.variant.code));
                adopt_single_code(store, &mut r, &mut ex, codes)?;
            }
        }
    }
    if let Some(pref) = &opts.vendor {
        // A stable sort keeps the store's order within each group.
        rows.sort_by_key(|v| v.vendor != *pref);
    }
    for row in &rows {
        let entry = match row.variant.code {
            Some(c) => store.code(c)?,
            None => None,
        };
        ex.variants.push(r.variant(row, entry.as_ref())?);
    }
    for reason in &parsed.reasons {
        ex.reasons.push(r.reason(reason, status)?);
    }
    ex.warnings = parsed.warnings.iter().map(|w| r.warning(w)).collect();
    ex.fallback = r.fallback.into_iter().collect();
    Ok(ex)
}

/// When every match shares one SIP code, the explanation is about that code.
fn adopt_single_code(
    store: &Store,
    r: &mut Renderer<'_>,
    ex: &mut Explanation,
    codes: impl Iterator<Item = Option<SipCode>>,
) -> Result<()> {
    let distinct: BTreeSet<Option<SipCode>> = codes.collect();
    if let [Some(code)] = distinct.into_iter().collect::<Vec<_>>()[..] {
        ex.code = Some(code.get());
        ex.class = Some(code.class().to_string());
        match store.code(code)? {
            Some(entry) => ex.canonical = Some(r.canonical(&entry)?),
            None => ex.unregistered = true,
        }
    }
    Ok(())
}

/// Renders message ids in one locale and remembers where it had to fall back.
struct Renderer<'a> {
    store: &'a Store,
    catalog: &'a Catalog,
    locale: Locale,
    fallback: BTreeSet<Locale>,
}

impl Renderer<'_> {
    fn texts(&mut self, id: &str) -> Texts {
        self.texts_with(&[], id).unwrap_or_default()
    }

    /// Renders `id` with an entry's own imported texts over the built-in ones.
    fn texts_with(&mut self, own: &[(String, String)], id: &str) -> Result<Texts> {
        Ok(match self.catalog.texts_with(own, self.locale, id)? {
            Some((texts, from)) => {
                self.fallback.extend(from);
                texts
            }
            None => Texts::default(),
        })
    }

    fn canonical(&mut self, e: &CodeEntry) -> Result<Canonical> {
        Ok(Canonical {
            code: e.code.get(),
            reason: e.reason.clone(),
            rfc: e.rfc.clone(),
            category: e.category.clone(),
            q850: e.q850,
            q850_name: self.q850_name(e.q850)?,
            retry: e.retry.clone(),
            side: e.side.clone(),
            aliases: e.aliases.clone(),
            texts: self.texts(&e.message_id()),
        })
    }

    fn q850_name(&self, cause: Option<u8>) -> Result<Option<String>> {
        Ok(match cause {
            Some(c) => self.store.q850_cause(c)?.map(|c| c.name),
            None => None,
        })
    }

    fn variant(&mut self, row: &VariantRow, entry: Option<&CodeEntry>) -> Result<Variant> {
        let v = &row.variant;
        let own = self.store.variant_texts(row.id)?;
        let q850 = entry.and_then(|e| e.q850);
        let (side, retry) = v.triage(entry);
        Ok(Variant {
            side,
            retry,
            q850,
            q850_name: self.q850_name(q850)?,
            vendor: row.vendor.clone(),
            vendor_name: self
                .catalog
                .vendor_name(self.locale, &row.vendor, &row.vendor_name),
            code: v.code.map(SipCode::get),
            canonical_reason: entry.map(|e| e.reason.clone()),
            vendor_code: v.vendor_code.clone(),
            phrase: v.phrase.clone(),
            category: v.category.clone(),
            texts: self.texts_with(&own, &v.message)?,
        })
    }

    fn note(&mut self, n: &ClassNoteRow) -> Result<Note> {
        let own = self.store.note_texts(n.id)?;
        Ok(Note {
            vendor: n.vendor.clone(),
            vendor_name: self
                .catalog
                .vendor_name(self.locale, &n.vendor, &n.vendor_name),
            class: n.note.class.to_string(),
            texts: self.texts_with(&own, &n.note.message)?,
        })
    }
}
