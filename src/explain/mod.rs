//! The core query: an input in, an [`Explanation`] out (facts plus texts in one locale).
//!
//! Two steps, so that one rule can change at a time: first the input is *matched* (one
//! function per kind of input, each returning a [`Match`]: what the answer is about, found in
//! the store, no text yet), then the match is *rendered* once, in one locale.

mod lead;
mod matching;
mod neighbours;
mod render;
mod telecom;
mod triage;
mod types;

pub use triage::{
    Attribution, AttributionBasis, CauseRef, Headline, LEAD_ACTIONS, Labeled, Lead, MatchNote,
    NoteKind, NoteLevel, ReadingInfo, Triage, TriageBasis,
};
pub use types::{
    Canonical, CauseInfo, ClassFallback, Contradiction, ExplainOptions, Explanation, LineSighting,
    MatchKind, Note, ReasonInfo, SuggestedBy, Suggestion, Variant, WarningInfo,
};

use crate::error::Result;
use crate::i18n::{Catalog, Locale};
use crate::model::{Class, CodeEntry, SipCode, VariantRow};
use crate::parse::{Parsed, Query, parse_input};
use crate::phrase::normalize_phrase;
use crate::search::{self, SearchHit, SearchQuery};
use crate::store::{KnownPhrase, Store};
use render::Renderer;
use std::collections::BTreeSet;

/// What an input matched in the store, before any text is rendered.
struct Match {
    kind: MatchKind,
    /// The phrase given (with a code, or alone), as typed.
    phrase: Option<String>,
    /// The SIP code the answer is about.
    code: Option<SipCode>,
    /// The entry shown as the canonical meaning: the code's, or an unregistered code's x00.
    canonical: Option<CodeEntry>,
    unregistered: bool,
    /// For an unregistered code: the class it is handled as.
    class_fallback: Option<Class>,
    /// The class whose vendor notes apply (a status line's).
    notes: Option<Class>,
    rows: Vec<VariantRow>,
    /// Vendor glosses of the code's own standard phrase, shown after the canonical meaning.
    glossed: Vec<VariantRow>,
    fuzzy: bool,
    suggestions: Vec<Suggestion>,
    contradiction: Option<Contradiction>,
    found_in: Vec<SearchHit>,
    /// A Q.850 cause asked about, with the switch's name used for it.
    cause: Option<(u8, Option<String>)>,
}

impl Match {
    fn new(kind: MatchKind) -> Match {
        Match {
            kind,
            phrase: None,
            code: None,
            canonical: None,
            unregistered: false,
            class_fallback: None,
            notes: None,
            rows: Vec::new(),
            glossed: Vec::new(),
            fuzzy: false,
            suggestions: Vec::new(),
            contradiction: None,
            found_in: Vec::new(),
            cause: None,
        }
    }

    /// A phrase that is the code's own standard phrase (`SIP/2.0 503 Service Unavailable`)
    /// is the canonical meaning first: vendors that gloss that same phrase move to `glossed`
    /// (issue #18, item 5), unless the preferred vendor (the sender or `--vendor`) is one of
    /// them — its reading is then the answer, the canonical meaning still shown.
    fn standard_first(&mut self, store: &Store, pref: Option<&str>) -> Result<()> {
        let (Some(code), Some(phrase)) = (self.code, &self.phrase) else {
            return Ok(());
        };
        if self.rows.is_empty()
            || self.fuzzy
            || !matches!(self.kind, MatchKind::Variant | MatchKind::Phrase)
        {
            return Ok(());
        }
        if !store
            .codes_with_phrase(&normalize_phrase(phrase))?
            .contains(&code)
        {
            return Ok(());
        }
        let (mine, others): (Vec<_>, Vec<_>) = std::mem::take(&mut self.rows)
            .into_iter()
            .partition(|v| Some(v.vendor.as_str()) == pref);
        self.rows = mine;
        self.glossed = others;
        if self.rows.is_empty() {
            self.kind = MatchKind::Canonical;
        }
        Ok(())
    }

    /// When every match shares one SIP code, the answer is about that code.
    fn adopt_single_code(
        &mut self,
        store: &Store,
        codes: impl Iterator<Item = Option<SipCode>>,
    ) -> Result<()> {
        let distinct: BTreeSet<Option<SipCode>> = codes.collect();
        if let [Some(code)] = distinct.into_iter().collect::<Vec<_>>()[..] {
            self.code = Some(code);
            self.canonical = store.code(code)?;
            self.unregistered = self.canonical.is_none();
        }
        Ok(())
    }
}

/// Explains one input against a store, rendering through a catalog.
pub(crate) fn explain(
    store: &Store,
    catalog: &Catalog,
    input: &str,
    opts: &ExplainOptions,
) -> Result<Explanation> {
    let parsed = match parse_input(input) {
        Ok(p) if !matches!(p.query, Query::Phrase(_)) => p,
        other => {
            // A product's log line (`Call 0 is DISCONNECTED [reason=404 (Not Found)]`) is read
            // as `scan` reads it, and the answer is about what it states.
            let text = input.trim_start();
            let (first, after) = text.split_once('\n').unwrap_or((text, ""));
            if let Some((derived, seen)) = log_line(first, after) {
                let mut ex = explain(store, catalog, &derived, opts)?;
                ex.input = input.to_string();
                ex.sighting = Some(seen);
                return Ok(ex);
            }
            other?
        }
    };
    if let Some(v) = &opts.vendor {
        store.require_vendor(v)?;
    }
    // The response's own `Server:`/`User-Agent:` names its sender, which wins over a guess;
    // `--vendor` wins over both (the reader knows best).
    let sender = if parsed.headers.is_empty() {
        None
    } else {
        let slugs: Vec<String> = store.vendors()?.into_iter().map(|v| v.slug).collect();
        crate::sender::from_headers(&parsed.headers, &slugs).filter(|s| slugs.contains(&s.vendor))
    };
    let pref = opts
        .vendor
        .clone()
        .or_else(|| sender.as_ref().map(|s| s.vendor.clone()));
    let locale = opts.locale.unwrap_or(Locale::En);
    let mut m = match &parsed.query {
        Query::Status { code, phrase } => match_status(store, *code, phrase)?,
        Query::DeviceCode(vendor_code) => match_device_code(store, vendor_code)?,
        Query::Cause(value) => match_cause(store, *value, None)?,
        Query::Headers => Match::new(MatchKind::Headers),
        // A switch's cause name (`USER_BUSY`) is looked up before phrase matching.
        Query::Phrase(phrase) => match telecom::cause_name(store, phrase)? {
            Some((value, alias)) => match_cause(store, value, Some(alias))?,
            None => match_phrase(store, phrase, opts, locale)?,
        },
    };
    if let Some(pref) = &pref {
        // A stable sort keeps the store's order within each group.
        m.rows.sort_by_key(|v| v.vendor != *pref);
    }
    m.standard_first(store, pref.as_deref())?;
    let mut r = Renderer {
        store,
        catalog,
        locale,
        fallback: BTreeSet::new(),
    };
    let mut ex = render(&mut r, input, m, parsed, pref.as_deref())?;
    ex.lead = r.lead(&ex, sender.as_ref())?;
    Ok(ex)
}

/// What a log line states, as `explain` takes it (a status line, a cause, a phrase), with the
/// sighting it was read as.
fn log_line(line: &str, after: &str) -> Option<(String, LineSighting)> {
    let o = crate::sighting::read_line(line.as_bytes(), after.as_bytes())?;
    let text = |b: &[u8]| String::from_utf8_lossy(b).trim().to_string();
    let phrase = text(o.phrase);
    let derived = match (o.code, o.cause) {
        (Some(c @ 100..=699), _) => format!("SIP/2.0 {c} {phrase}").trim_end().to_string(),
        (_, Some(cause)) => format!("q850:{cause}"),
        (Some(_), None) if !phrase.is_empty() => phrase.clone(),
        _ => return None,
    };
    Some((
        derived,
        LineSighting {
            kind: o.kind,
            via: o.via.to_string(),
            code: o.code,
            phrase,
            cause: o.cause,
            name: o.name.map(text),
        },
    ))
}

/// A status line (`SIP/2.0 480 No money left`, `480`): its code's entry, the vendor variants
/// of code and phrase, or for an unknown phrase the closest known ones.
fn match_status(store: &Store, code: SipCode, phrase: &str) -> Result<Match> {
    let norm = normalize_phrase(phrase);
    let mut m = Match::new(MatchKind::Canonical);
    m.phrase = (!phrase.is_empty()).then(|| phrase.to_string());
    m.code = Some(code);
    m.notes = Some(code.class());
    let Some(entry) = store.code(code)? else {
        // RFC 3261 §8.1.3.2: an unknown response code is treated as the x00 of its class (183
        // for 1xx); the vendor variants say what was really meant.
        let class = code.class();
        m.kind = MatchKind::Class;
        m.unregistered = true;
        m.canonical = store.code(class.fallback_code())?;
        m.class_fallback = Some(class);
        m.rows = if norm.is_empty() {
            store.variants_by_code(code)?
        } else {
            store.variants_by_code_phrase(code, &norm)?
        };
        if m.rows.is_empty() && !norm.is_empty() {
            m.suggestions = neighbours::suggest(store, Some(code), phrase, &norm, Vec::new())?;
        }
        return Ok(m);
    };
    m.canonical = Some(entry);
    if !norm.is_empty() {
        m.rows = store.variants_by_code_phrase(code, &norm)?;
    }
    m.kind = if !m.rows.is_empty() {
        MatchKind::Variant
    } else if norm.is_empty() || store.codes_with_phrase(&norm)?.contains(&code) {
        MatchKind::Canonical
    } else {
        m.suggestions = neighbours::suggest(store, Some(code), phrase, &norm, Vec::new())?;
        // A close spelling of a phrase known under this very code is that phrase, said so
        // (`fuzzy`); the suggestions stay for the reader.
        let spelt = m.suggestions.iter().find(|s| s.by == SuggestedBy::Spelling);
        match spelt {
            Some(best) if best.score >= matching::FUZZY_MATCH && best.code == code.get() => {
                m.fuzzy = true;
                if best.vendor.is_some() {
                    let best_norm = normalize_phrase(&best.phrase);
                    m.rows = store.variants_by_code_phrase(code, &best_norm)?;
                    MatchKind::Variant
                } else {
                    MatchKind::Canonical
                }
            }
            _ => MatchKind::UnknownVariant,
        }
    };
    if m.kind != MatchKind::Variant || m.fuzzy {
        m.contradiction = matching::contradiction(store, code, &norm)?;
    }
    Ok(m)
}

/// A device's own status code (`0x751`): the variants that carry it.
fn match_device_code(store: &Store, vendor_code: &str) -> Result<Match> {
    let mut m = Match::new(MatchKind::NotFound);
    m.rows = store.variants_by_vendor_code(vendor_code)?;
    if !m.rows.is_empty() {
        m.kind = MatchKind::Variant;
        let codes: Vec<_> = m.rows.iter().map(|v| v.variant.code).collect();
        m.adopt_single_code(store, codes.into_iter())?;
    }
    Ok(m)
}

/// Q.850 cause `value` (by number or by a switch's name for it): the cause, and the SIP
/// response RFC 3398 §7.2.4.1 maps it to as the code.
fn match_cause(store: &Store, value: u8, alias: Option<String>) -> Result<Match> {
    let mut m = Match::new(MatchKind::NotFound);
    let Some(cause) = store.q850_cause(value)? else {
        return Ok(m);
    };
    m.kind = MatchKind::Cause;
    if let Some(code) = cause.to_sip.and_then(SipCode::new) {
        m.code = Some(code);
        m.canonical = store.code(code)?;
    }
    m.cause = Some((value, alias));
    Ok(m)
}

/// A phrase alone: every variant and canonical code with it; a misspelt one through the
/// search index; a word only explanations use, the entries that use it.
fn match_phrase(
    store: &Store,
    phrase: &str,
    opts: &ExplainOptions,
    locale: Locale,
) -> Result<Match> {
    let norm = normalize_phrase(phrase);
    let mut m = Match::new(MatchKind::NotFound);
    m.phrase = Some(phrase.to_string());
    m.rows = store.variants_by_phrase(&norm)?;
    let mut canon = store.codes_with_phrase(&norm)?;
    if m.rows.is_empty() && canon.is_empty() {
        // Candidates: canonical spellings, and vendor phrases sharing a word with it (found
        // through the search index, so a million variants are not scanned).
        let candidates = match SearchQuery::parse_any(phrase) {
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
        m.suggestions = neighbours::suggest(store, None, phrase, &norm, candidates)?;
        if let Some(best) = m.suggestions.iter().find(|s| s.by == SuggestedBy::Spelling)
            && best.score >= matching::FUZZY_MATCH
        {
            m.fuzzy = true;
            let best_norm = normalize_phrase(&best.phrase);
            m.rows = store.variants_by_phrase(&best_norm)?;
            canon = store.codes_with_phrase(&best_norm)?;
        }
    }
    if m.rows.is_empty() && canon.is_empty() && m.suggestions.is_empty() {
        m.found_in = match SearchQuery::parse(phrase) {
            Some(q) => search::hits(store, &q, opts.vendor.as_deref(), locale, 5)?,
            None => Vec::new(),
        };
    }
    if !m.rows.is_empty() || !canon.is_empty() {
        m.kind = MatchKind::Phrase;
        let codes: Vec<_> = canon
            .into_iter()
            .map(Some)
            .chain(m.rows.iter().map(|v| v.variant.code))
            .collect();
        m.adopt_single_code(store, codes.into_iter())?;
    }
    Ok(m)
}

/// Renders a match, with the headers given with the input, into the answer.
fn render(
    r: &mut Renderer<'_>,
    input: &str,
    m: Match,
    parsed: Parsed,
    pref: Option<&str>,
) -> Result<Explanation> {
    let store = r.store;
    let status = match parsed.query {
        Query::Status { code, .. } => Some(code.get()),
        _ => None,
    };
    let canonical = match &m.canonical {
        Some(entry) => Some(r.canonical(entry)?),
        None => None,
    };
    let class_fallback = m.class_fallback.map(|c| r.class_fallback(c));
    // A vendor's note on a whole class speaks for that vendor's responses only: it is shown
    // when the answer is that vendor's reading or the reader named the vendor (issue #19).
    let speaks = |vendor: &str| {
        Some(vendor) == pref || (!m.fuzzy && m.rows.iter().any(|v| v.vendor == vendor))
    };
    let notes = match m.notes {
        Some(class) => store
            .class_notes(class)?
            .iter()
            .filter(|n| speaks(&n.vendor))
            .map(|n| r.note(n))
            .collect::<Result<_>>()?,
        None => Vec::new(),
    };
    let cause = match m.cause {
        Some((value, alias)) => r.cause(value, alias)?,
        None => None,
    };
    let mut variants = Vec::with_capacity(m.rows.len());
    for row in &m.rows {
        let entry = match row.variant.code {
            Some(c) => store.code(c)?,
            None => None,
        };
        variants.push(r.variant(row, entry.as_ref())?);
    }
    let mut also_glossed = Vec::with_capacity(m.glossed.len());
    for row in &m.glossed {
        also_glossed.push(r.variant(row, m.canonical.as_ref())?);
    }
    let reasons = parsed
        .reasons
        .iter()
        .map(|reason| r.reason(reason, status))
        .collect::<Result<_>>()?;
    let warnings = parsed.warnings.iter().map(|w| r.warning(w)).collect();
    Ok(Explanation {
        input: input.to_string(),
        locale: r.locale,
        kind: m.kind,
        phrase: m.phrase,
        code: m.code.map(SipCode::get),
        class: m.code.map(|c| c.class().to_string()),
        unregistered: m.unregistered,
        canonical,
        class_fallback,
        variants,
        also_glossed,
        notes,
        fuzzy: m.fuzzy,
        suggestions: m.suggestions,
        found_in: m.found_in,
        contradiction: m.contradiction,
        cause,
        reasons,
        warnings,
        headers: parsed.headers,
        fallback: std::mem::take(&mut r.fallback).into_iter().collect(),
        sighting: None,
        lead: Lead::default(),
    })
}
