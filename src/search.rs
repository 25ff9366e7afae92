//! Full-text search: how texts become search documents and how a query becomes an FTS5 query.
//!
//! Chinese has no spaces and Russian inflects, so neither words nor trigrams alone will do
//! (ARCHITECTURE.md). Documents and queries are [`fold`]ed; every CJK character becomes its own
//! token (a Chinese word of any length, `忙` or `余额`, is then a phrase query on consecutive
//! characters); Latin and Cyrillic words are matched as word prefixes and also through their
//! Snowball stems, so `деньги` meets `деньгами` and `codecs` meets `codec`.

use crate::error::Result;
use crate::i18n::{Catalog, Locale};
use crate::phrase::fold;
use crate::store::{DocOwner, RawHit, Store};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::cell::RefCell;

/// Bump when documents are built or stored differently: the database rebuilds them (see
/// `kb.rs`; 4: schema 6 recreated the table).
pub(crate) const SEARCH_VERSION: u32 = 4;

/// At most this many terms of a query are used (a pasted 10 KB text is not a query).
const MAX_TERMS: usize = 32;

/// One search document, as stored.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Folded text, CJK characters spaced out.
    pub body: String,
    /// Stems of the Latin and Cyrillic words that differ from their word (`деньгами` →
    /// `деньг`, `busy` → `busi`); a stem that is the word itself is already in `body`.
    pub stems: String,
    /// The texts as written, one per line.
    pub shown: String,
}

impl Doc {
    /// A document of these texts (empty ones are skipped).
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Doc {
        DocPart::new(texts).doc
    }

    /// The three columns the store indexes: body, stems, shown.
    pub fn columns(&self) -> [&str; 3] {
        [&self.body, &self.stems, &self.shown]
    }
}

/// Documents per locale as the store indexes them.
pub fn columns(docs: &[(Locale, Doc)]) -> impl Iterator<Item = (Locale, [&str; 3])> {
    docs.iter().map(|(l, d)| (*l, d.columns()))
}

/// Some of a document's texts, already folded, tokenized and stemmed, to be joined with other
/// parts (the texts before and after them) into exactly the [`Doc`] that [`Doc::new`] makes of
/// all the texts in order. An import builds its rows' text parts on a reader thread and joins
/// them with the parts only the writing thread knows (the vendor's name) there.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocPart {
    doc: Doc,
    /// How many empty stems came before the first non-empty one (or in all, when `stems` is
    /// empty): alone they add nothing to `stems`, after another part's stems a space each.
    empty_stems: usize,
}

impl DocPart {
    /// The part these texts make (empty ones are skipped), as [`Doc::new`] would.
    pub(crate) fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> DocPart {
        let mut part = DocPart::default();
        let doc = &mut part.doc;
        for text in texts {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            if !doc.shown.is_empty() {
                doc.shown.push('\n');
                doc.body.push('\n');
            }
            // One line per text, so the line that matched can be shown.
            doc.shown.push_str(&text.replace(['\n', '\r'], " "));
            for token in tokens(&fold(text)) {
                match token {
                    Token::Word(w) => {
                        push_word(&mut doc.body, &w);
                        let stem = stem(&w);
                        if stem != w {
                            if stem.is_empty() && doc.stems.is_empty() {
                                part.empty_stems += 1;
                            }
                            push_word(&mut doc.stems, &stem);
                        }
                    }
                    Token::Cjk(run) => {
                        for c in run.chars() {
                            push_word(&mut doc.body, c.encode_utf8(&mut [0; 4]));
                        }
                    }
                }
            }
        }
        part
    }

    /// The document of these parts' texts in order: byte for byte what [`Doc::new`] makes of
    /// all their texts. Each text is one line of `shown` and of `body` whatever came before it
    /// (a part's lines go after a line break when an earlier part had a text), and `stems` is
    /// every stem, each after a space unless nothing was written yet.
    pub(crate) fn join(parts: &[&DocPart]) -> Doc {
        // Sized once: this runs for every document an import writes.
        let size = |len: fn(&DocPart) -> usize| parts.iter().map(|p| len(p) + 1).sum::<usize>();
        let mut out = Doc {
            body: String::with_capacity(size(|p| p.doc.body.len())),
            stems: String::with_capacity(size(|p| p.doc.stems.len() + p.empty_stems)),
            shown: String::with_capacity(size(|p| p.doc.shown.len())),
        };
        for part in parts {
            let doc = &part.doc;
            // A part without a text has no stem either.
            if doc.shown.is_empty() {
                continue;
            }
            if !out.shown.is_empty() {
                out.shown.push('\n');
                out.body.push('\n');
            }
            out.shown.push_str(&doc.shown);
            out.body.push_str(&doc.body);
            if out.stems.is_empty() {
                // Nothing written yet: the part's stems are as it wrote them alone.
                out.stems.push_str(&doc.stems);
            } else {
                for _ in 0..part.empty_stems {
                    out.stems.push(' ');
                }
                if !doc.stems.is_empty() {
                    out.stems.push(' ');
                    out.stems.push_str(&doc.stems);
                }
            }
        }
        out
    }
}

fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push(' ');
    }
    out.push_str(w);
}

/// What an entry's documents are made of, besides its explanation texts.
pub(crate) struct DocSource<'a> {
    /// The SIP code.
    pub code: Option<u16>,
    /// The device code, the phrase, other spellings.
    pub names: Vec<&'a str>,
    /// The vendor's name in each locale (en, ru, zh), for a vendor's entry.
    pub vendor: Option<&'a [String; 3]>,
    /// The message its texts render from.
    pub message: &'a str,
    /// Its own texts (locale tag, FTL), over the catalog's.
    pub own: &'a [(String, String)],
    /// Texts already in plain form, by locale (an import row's), used instead of rendering.
    pub plain: &'a [(Locale, Vec<String>)],
}

/// What a vendor variant is called: its device code, if any, and its phrase.
pub(crate) fn variant_names<'a>(vendor_code: Option<&'a str>, phrase: &'a str) -> Vec<&'a str> {
    vendor_code.into_iter().chain([phrase]).collect()
}

/// An entry's documents: one per locale it has texts in, and always an English one, which
/// carries the phrase even when the entry has no English text.
pub(crate) fn entry_docs(catalog: &Catalog, src: &DocSource<'_>) -> Result<Vec<(Locale, Doc)>> {
    let mut docs = Vec::new();
    let code = src.code.map(|c| c.to_string());
    for (i, locale) in Locale::ALL.into_iter().enumerate() {
        let texts = match src.plain.iter().find(|(l, _)| *l == locale) {
            Some((_, lines)) => Some(lines.clone()),
            None => catalog
                .texts_in(src.own, locale, src.message)?
                .map(|t| t.lines()),
        };
        if texts.is_none() && locale != Locale::En {
            continue;
        }
        let head = code
            .iter()
            .map(String::as_str)
            .chain(src.names.iter().copied())
            .chain(src.vendor.map(|v| v[i].as_str()));
        let texts = texts.unwrap_or_default();
        docs.push((
            locale,
            Doc::new(head.chain(texts.iter().map(String::as_str))),
        ));
    }
    Ok(docs)
}

/// A parsed search query: the FTS5 expression that finds candidates, and the terms that rank
/// them.
#[derive(Debug, Clone)]
pub(crate) struct SearchQuery {
    /// The FTS5 MATCH expression: whole words or their stems. Every term is quoted, so
    /// nothing the user typed is syntax.
    pub expr: String,
    /// The same with the last word also as a prefix (`regist` finds `registration`), for
    /// when whole words find too little. Not the first choice: FTS5 reads the whole list of
    /// documents of a prefix before it returns one, tens of milliseconds for a common prefix
    /// among a million variants, where a whole word is read only as far as it is needed.
    pub prefix_expr: Option<String>,
    terms: Vec<Term>,
}

/// One term of a query, folded.
#[derive(Debug, Clone)]
enum Term {
    /// A Latin or Cyrillic word (or a number) and its stem.
    Word { word: String, stem: String },
    /// A run of CJK characters, spaced out as in [`Doc::body`].
    Cjk(String),
}

/// How many matching documents are ranked, in store order: canonical codes first, then the
/// lists in the order they were imported. FTS5's BM25 counts every document that holds each
/// term before it ranks one, which took half a second for a common word among a million
/// variants; ranking the first few thousand in Rust keeps a query under a few milliseconds.
pub(crate) const MAX_CANDIDATES: usize = 2000;

impl SearchQuery {
    /// Parses a query; none when it has no word to search for (only punctuation or space).
    pub fn parse(text: &str) -> Option<SearchQuery> {
        Self::parse_joined(text, " AND ")
    }

    /// Like [`SearchQuery::parse`], matching documents with any of the words (candidates for
    /// a fuzzy match, where some words are misspelt).
    pub fn parse_any(text: &str) -> Option<SearchQuery> {
        Self::parse_joined(text, " OR ")
    }

    fn parse_joined(text: &str, join: &str) -> Option<SearchQuery> {
        let mut parts = Vec::new();
        let mut terms = Vec::new();
        let mut last_prefix = None;
        for token in tokens(&fold(text)).into_iter().take(MAX_TERMS) {
            last_prefix = None;
            match token {
                // A number is a whole term: `480` is not `4801`.
                Token::Word(w) if w.chars().all(|c| c.is_ascii_digit()) => {
                    parts.push(format!("body : {}", quote(&w)));
                    terms.push(Term::Word {
                        stem: w.clone(),
                        word: w,
                    });
                }
                Token::Word(w) => {
                    // The word, or another word with its stem: a stem equal to its word is
                    // in `body` only (see [`Doc::stems`]).
                    let stem = stem(&w);
                    let (w_q, s_q) = (quote(&w), quote(&stem));
                    parts.push(format!("(body : {w_q} OR body : {s_q} OR stems : {s_q})"));
                    last_prefix = Some(if w.starts_with(stem.as_str()) {
                        format!("(body : {s_q}* OR stems : {s_q}*)")
                    } else {
                        format!("(body : {w_q}* OR body : {s_q}* OR stems : {s_q}*)")
                    });
                    terms.push(Term::Word { word: w, stem });
                }
                Token::Cjk(run) => {
                    let spaced: Vec<String> = run.chars().map(String::from).collect();
                    let spaced = spaced.join(" ");
                    parts.push(format!("body : {}", quote(&spaced)));
                    terms.push(Term::Cjk(spaced));
                }
            }
        }
        if parts.is_empty() {
            return None;
        }
        let prefix_expr = last_prefix.map(|p| {
            let mut with = parts[..parts.len() - 1].to_vec();
            with.push(p);
            with.join(join)
        });
        Some(SearchQuery {
            expr: parts.join(join),
            prefix_expr,
            terms,
        })
    }

    /// How well a document (its [`Doc::body`]) matches, higher is better. Each term counts by
    /// its best line: the whole word 1, a word it begins 0.75, the same stem 0.5; a line
    /// that is the entry's own name (its phrase, code or device code) counts three times,
    /// because that is what a support desk types, and a short line up to twice as much as a
    /// long one.
    pub fn score(&self, body: &str, names: &[&str]) -> f64 {
        let names: Vec<String> = names.iter().map(|n| spaced_body(n)).collect();
        let lines: Vec<(&str, f64)> = body
            .lines()
            .map(|line| {
                let own = names.iter().any(|n| !n.is_empty() && n == line);
                // A short line (a title, `余额不足`) is about the term; a long one mentions it.
                let words = line.split(' ').count() as f64;
                let short = 1.0 + 1.0 / (1.0 + words / 4.0);
                (line, if own { 3.0 * short } else { short })
            })
            .collect();
        let mut total = 0.0;
        for term in &self.terms {
            let best = lines
                .iter()
                .map(|(line, weight)| term.quality(line) * weight)
                .fold(0.0, f64::max);
            total += best;
        }
        total
    }

    /// The first line of `shown` that holds one of the query's terms (the whole text when no
    /// single line does).
    pub fn matched_line(&self, shown: &str) -> String {
        shown
            .lines()
            .find(|line| {
                let folded = spaced_body(line);
                self.terms.iter().any(|t| t.quality(&folded) > 0.0)
            })
            .unwrap_or(shown)
            .to_string()
    }
}

impl Term {
    /// How well one folded line (CJK spaced out) holds this term, 0 to 1.
    fn quality(&self, line: &str) -> f64 {
        match self {
            Term::Cjk(spaced) => {
                if line.contains(spaced.as_str()) {
                    1.0
                } else {
                    0.0
                }
            }
            Term::Word { word, stem: s } => line
                .split(|c: char| !c.is_alphanumeric())
                .map(|t| {
                    if t == word {
                        1.0
                    } else if t.starts_with(word.as_str()) {
                        0.75
                    } else if !t.is_empty() && (t.starts_with(s.as_str()) || stem(t) == *s) {
                        0.5
                    } else {
                        0.0
                    }
                })
                .fold(0.0, f64::max),
        }
    }
}

/// A document's [`Doc::body`] made again from its [`Doc::shown`], line by line: the store
/// keeps only `shown` (schema 6).
pub(crate) fn body_of(shown: &str) -> String {
    let mut body = String::with_capacity(shown.len());
    for (i, line) in shown.lines().enumerate() {
        if i > 0 {
            body.push('\n');
        }
        body.push_str(&spaced_body(line));
    }
    body
}

/// A text folded and with CJK characters spaced out, as [`Doc::body`] holds it.
fn spaced_body(text: &str) -> String {
    let mut out = String::new();
    for token in tokens(&fold(text)) {
        match token {
            Token::Word(w) => push_word(&mut out, &w),
            Token::Cjk(run) => {
                for c in run.chars() {
                    push_word(&mut out, c.encode_utf8(&mut [0; 4]));
                }
            }
        }
    }
    out
}

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
            let score = query.score(&body, &names);
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

/// An FTS5 string: double quotes doubled, so the text is a term, never an operator.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

enum Token {
    Word(String),
    Cjk(String),
}

/// Words (letters and digits) and runs of CJK characters of a folded text.
fn tokens(folded: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk = String::new();
    for c in folded.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
            cjk.push(c);
        } else if c.is_alphanumeric() {
            if !cjk.is_empty() {
                out.push(Token::Cjk(std::mem::take(&mut cjk)));
            }
            word.push(c);
        } else {
            if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
            if !cjk.is_empty() {
                out.push(Token::Cjk(std::mem::take(&mut cjk)));
            }
        }
    }
    if !word.is_empty() {
        out.push(Token::Word(word));
    }
    if !cjk.is_empty() {
        out.push(Token::Cjk(cjk));
    }
    out
}

/// Han, Hiragana, Katakana and Hangul: scripts written without spaces between words.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

thread_local! {
    /// Stems already computed: a list repeats its vocabulary on every row, and stemming was a
    /// tenth of an import's time. Cleared when it grows past [`STEM_CACHE`] words.
    static STEMS: RefCell<(Stemmer, Stemmer, FxHashMap<String, String>)> = RefCell::new((
        Stemmer::create(Algorithm::English),
        Stemmer::create(Algorithm::Russian),
        FxHashMap::default(),
    ));
}
const STEM_CACHE: usize = 100_000;

/// The Snowball stem of a folded word in the stemmer of its script; digits stay as they are.
fn stem(word: &str) -> String {
    let russian = |w: &str| w.chars().any(|c| matches!(c, 'а'..='я'));
    if !russian(word) && !word.chars().any(|c| c.is_ascii_alphabetic()) {
        // A number (or a script with no stemmer) is its own stem: caching it only took room,
        // with every row of a list bringing new numbers (10 MB of an import's reader thread).
        return word.to_string();
    }
    STEMS.with_borrow_mut(|(en, ru, cache)| {
        if let Some(s) = cache.get(word) {
            return s.clone();
        }
        let s = if russian(word) {
            ru.stem(word).into_owned()
        } else {
            en.stem(word).into_owned()
        };
        if cache.len() >= STEM_CACHE {
            cache.clear();
        }
        cache.insert(word.to_string(), s.clone());
        s
    })
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
mod tests {
    use super::*;

    #[test]
    fn chinese_is_indexed_by_character_and_russian_by_stem() {
        let doc = Doc::new(["余额不足", "Деньгами", "Codecs", "Busy", "Codec"]);
        assert_eq!(doc.body, "余 额 不 足\nденьгами\ncodecs\nbusy\ncodec");
        assert_eq!(doc.stems, "деньг codec busi");
        let q = SearchQuery::parse("余额 деньги busy").unwrap();
        assert_eq!(
            q.expr,
            "body : \"余 额\" AND (body : \"деньги\" OR body : \"деньг\" OR stems : \"деньг\") \
             AND (body : \"busy\" OR body : \"busi\" OR stems : \"busi\")"
        );
        assert_eq!(
            q.prefix_expr.unwrap(),
            "body : \"余 额\" AND (body : \"деньги\" OR body : \"деньг\" OR stems : \"деньг\") \
             AND (body : \"busy\"* OR body : \"busi\"* OR stems : \"busi\"*)"
        );
    }

    #[test]
    fn parts_join_into_the_document_of_all_texts() {
        let texts = [
            "480",
            "0x751",
            "  Temporarily Unavailable  ",
            "",
            "!!!",
            "Операция отклонена: недостаточно денег",
            "   ",
            "余额不足 (balance) — 请充值",
            "two\nlines\r\nhere",
            "Codecs mismatched; calls dropped",
            "—",
            "Billing",
        ];
        // Every split of the texts into up to three consecutive parts, at every offset.
        for a in 0..=texts.len() {
            for b in a..=texts.len() {
                for start in 0..=a {
                    let all = &texts[start..];
                    let (x, y, z) = (&texts[start..a], &texts[a..b], &texts[b..]);
                    let [x, y, z] = [x, y, z].map(|t| DocPart::new(t.iter().copied()));
                    let joined = DocPart::join(&[&x, &y, &z]);
                    let whole = Doc::new(all.iter().copied());
                    let at = format!("{start}..{a}..{b}");
                    assert_eq!(joined.body, whole.body, "{at}");
                    assert_eq!(joined.stems, whole.stems, "{at}");
                    assert_eq!(joined.shown, whole.shown, "{at}");
                    // What the store gives back: `body` made again from `shown`.
                    assert_eq!(body_of(&whole.shown), whole.body, "{at}");
                }
            }
        }
    }

    #[test]
    fn empty_stems_join_as_they_would_be_written() {
        // What `Doc::new` writes for a run of stems: each after a space unless nothing is
        // written yet (no real stemmer returns an empty stem, but the join must not care).
        fn written(stems: &[&str]) -> String {
            let mut out = String::new();
            for s in stems {
                push_word(&mut out, s);
            }
            out
        }
        fn part(stems: &[&str]) -> DocPart {
            let first = stems.iter().position(|s| !s.is_empty());
            DocPart {
                doc: Doc {
                    body: "x".into(),
                    stems: written(stems),
                    shown: "x".into(),
                },
                empty_stems: first.unwrap_or(stems.len()),
            }
        }
        let runs: [&[&str]; 6] = [
            &[],
            &[""],
            &["", ""],
            &["a"],
            &["", "b", ""],
            &["c", "", "d"],
        ];
        for x in runs {
            for y in runs {
                for z in runs {
                    let all: Vec<&str> = x.iter().chain(y).chain(z).copied().collect();
                    let joined = DocPart::join(&[&part(x), &part(y), &part(z)]);
                    assert_eq!(joined.stems, written(&all), "{x:?} {y:?} {z:?}");
                }
            }
        }
    }

    #[test]
    fn syntax_is_text() {
        let q = SearchQuery::parse("\"x NEAR( '; DROP TABLE *").unwrap();
        assert!(q.expr.contains("\"near\""), "{}", q.expr);
        assert!(SearchQuery::parse(" ?!.. ").is_none());
    }
}
