//! Neighbours by meaning: for a phrase no list knows, the known phrases that share its words
//! (or their stems) and the concepts they name, found through the search index, best first;
//! plus the close spellings of [`super::matching::spelling`]. Words that only say something
//! failed (`failed`, `error`) make no two phrases alike.

use super::matching;
use super::types::{SuggestedBy, Suggestion};
use crate::error::Result;
use crate::model::SipCode;
use crate::reading;
use crate::search::{self, SearchQuery};
use crate::store::{KnownPhrase, Store};
use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

/// How many entries whose documents share a word are weighed as neighbours (as many as a
/// search ranks: [`search::MAX_CANDIDATES`]).
const CANDIDATES: usize = search::MAX_CANDIDATES;

/// A suggestion below this similarity is not shown.
pub(crate) const SUGGEST: f64 = 0.5;

/// Words that carry no meaning of their own in a phrase (folded).
const STOP: &[&str] = &[
    "a", "an", "the", "of", "to", "is", "are", "was", "were", "be", "been", "for", "in", "on",
    "at", "by", "with", "and", "or", "not", "no", "this", "that", "it", "its", "as", "from",
    "your", "you", "please", "и", "в", "во", "на", "не", "нет", "для", "по", "с", "со", "к", "от",
    "из", "у", "о", "а", "но", "или", "это", "的", "了", "是",
];

/// The words of a phrase that can make it like another: folded, not a function word, not a
/// generic failure word, stemmed (Snowball for English and Russian); Chinese by character.
fn content(phrase: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, w) in reading::fold(phrase).words {
        if w.chars().any(search::is_cjk) {
            out.extend(
                w.chars()
                    .filter(|c| !STOP.contains(&c.to_string().as_str()))
                    .map(String::from),
            );
        } else if !STOP.contains(&w.as_str()) && w.chars().count() > 1 && !reading::generic_word(&w)
        {
            out.insert(search::stem(&w));
        }
    }
    out
}

/// A phrase's content words and the concepts it names.
type Features = Arc<(BTreeSet<String>, BTreeSet<String>)>;

/// A known phrase's content words and concepts, worked out once per process: the same known
/// phrases come up for many unknown ones (a scan of a thousand distinct phrases reads the
/// same few hundred neighbours over and over).
fn features(phrase: &str) -> Features {
    static MEMO: OnceLock<Mutex<HashMap<String, Features>>> = OnceLock::new();
    /// Known phrases are a few thousand; past this the memo is dropped and starts again.
    const MAX: usize = 50_000;
    let memo = MEMO.get_or_init(Default::default);
    if let Some(f) = memo.lock().ok().and_then(|m| m.get(phrase).cloned()) {
        return f;
    }
    let f = Arc::new((content(phrase), concepts(phrase)));
    if let Ok(mut m) = memo.lock() {
        if m.len() >= MAX {
            m.clear();
        }
        m.insert(phrase.to_string(), f.clone());
    }
    f
}

/// The specific concepts a phrase names.
fn concepts(phrase: &str) -> BTreeSet<String> {
    reading::read(phrase)
        .filter(|r| r.confidence != reading::Confidence::Low)
        .map(|r| r.concepts.into_iter().map(|c| c.id).collect())
        .unwrap_or_default()
}

fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// The suggestions for an unknown `phrase` (normalized `norm`) under `code`, or alone: close
/// spellings and neighbours by meaning, each at least [`SUGGEST`] alike, best first.
pub(crate) fn suggest(
    store: &Store,
    code: Option<SipCode>,
    phrase: &str,
    norm: &str,
    spellings: Vec<KnownPhrase>,
) -> Result<Vec<Suggestion>> {
    let mut out = matching::spelling(store, code, norm, spellings)?;
    let words = content(phrase);
    if !words.is_empty() {
        let text: Vec<&str> = words.iter().map(String::as_str).collect();
        let ideas = concepts(phrase);
        if let Some(q) = SearchQuery::parse_any(&text.join(" ")) {
            for (hit_code, vendor, phrase) in store.search_phrases(&q.expr, CANDIDATES)? {
                let Some(hit_code) = hit_code.and_then(SipCode::new) else {
                    continue;
                };
                if phrase.is_empty() {
                    continue;
                }
                let known = features(&phrase);
                let w = jaccard(&words, &known.0);
                if w == 0.0 {
                    continue;
                }
                let c = jaccard(&ideas, &known.1);
                let mut score = if c > 0.0 { 0.6 * w + 0.4 * c } else { w };
                // Under another code the same words say less about this response.
                if code.is_some_and(|k| k != hit_code) {
                    score *= 0.9;
                }
                if score < SUGGEST {
                    continue;
                }
                let dup = out.iter().any(|s: &Suggestion| {
                    s.code == hit_code.get() && s.phrase == phrase && s.vendor == vendor
                });
                if !dup {
                    out.push(Suggestion {
                        phrase,
                        code: hit_code.get(),
                        vendor,
                        score: (score * 1000.0).round() / 1000.0,
                        by: SuggestedBy::Meaning,
                    });
                }
            }
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out.truncate(matching::MAX_SUGGESTIONS);
    Ok(out)
}
