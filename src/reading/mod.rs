//! A reading of a reason phrase nobody has listed (issue #18): which concepts its words name
//! (billing, capacity, media, auth, routing, policy, server…), in English, Russian, Chinese and
//! the other languages real phrases come in, and so which category, side and retry advice it
//! suggests, with the words as evidence and a confidence. The concepts and their words are
//! data (data/lexicon.toml, which documents the rules); this module only applies them.

mod lexicon;

use crate::builtin;
pub(crate) use lexicon::Term;
use lexicon::{Concept, Lexicon, Rule};
use serde::Serialize;
use std::sync::OnceLock;

/// How sure a reading is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Only generic words (`failed`, `error`) spoke.
    Low,
    /// One specific concept spoke.
    Medium,
    /// Two concepts agree, or one that needs two kinds of words (`duration` + `exceeded`).
    High,
}

impl Confidence {
    /// The value as JSON and the `reading-confidence-*` labels spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A concept the phrase's words name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConceptHit {
    /// The concept (`balance`, `rate-limit`).
    pub id: String,
    /// The category it suggests.
    pub category: String,
    /// The phrase's words that name it, as folded.
    pub evidence: Vec<String>,
}

/// What a phrase's words say, before any text is rendered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// The category the deciding concept suggests.
    pub category: String,
    /// Who most likely has to act.
    pub side: String,
    /// Retry advice.
    pub retry: String,
    /// How sure the reading is.
    pub confidence: Confidence,
    /// Every concept found, the deciding one first.
    pub concepts: Vec<ConceptHit>,
}

/// The built-in lexicon, loaded on first use.
fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        Lexicon::parse(builtin::lexicon().text).expect("the embedded data/lexicon.toml parses")
    })
}

/// The folded words of a phrase, with the folded text (for substring terms in Chinese).
pub(crate) struct Folded {
    pub text: String,
    pub words: Vec<(usize, String)>,
    /// Whether the text has a CJK character (else no substring term can match).
    pub cjk: bool,
}

/// Folds a phrase as the lexicon's terms are written: NFKC, Unicode lower case, `ё` as `е`,
/// and every character that is not a letter, a digit or a combining mark as a space.
pub(crate) fn fold(phrase: &str) -> Folded {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let mut text = String::with_capacity(phrase.len());
    for c in phrase.nfkc().flat_map(char::to_lowercase) {
        let c = if c == 'ё' { 'е' } else { c };
        if c.is_alphanumeric() || is_combining_mark(c) {
            text.push(c);
        } else if !text.ends_with(' ') && !text.is_empty() {
            text.push(' ');
        }
    }
    let text = text.trim_end().to_string();
    let mut words = Vec::new();
    let mut pos = 0;
    for w in text.split(' ').filter(|w| !w.is_empty()) {
        let at = text[pos..].find(w).map_or(pos, |i| pos + i);
        words.push((at, w.to_string()));
        pos = at + w.len();
    }
    let cjk = text.chars().any(crate::search::is_cjk);
    Folded { text, words, cjk }
}

/// One concept that fired, before the best is chosen.
struct Fired<'l> {
    concept: &'l Concept,
    evidence: Vec<String>,
    first: usize,
    all: bool,
}

/// Reads a phrase; `None` when no concept's words are in it.
pub fn read(phrase: &str) -> Option<Reading> {
    let folded = fold(phrase);
    if folded.words.is_empty() {
        return None;
    }
    let mut fired: Vec<Fired<'_>> = Vec::new();
    for c in &lexicon().concepts {
        match &c.rule {
            Rule::Any(terms) => {
                let hits: Vec<(usize, String)> =
                    terms.iter().filter_map(|t| t.find(&folded)).collect();
                if let Some(first) = hits.iter().map(|h| h.0).min() {
                    let mut evidence: Vec<String> = hits.into_iter().map(|h| h.1).collect();
                    evidence.sort();
                    evidence.dedup();
                    fired.push(Fired {
                        concept: c,
                        evidence,
                        first,
                        all: false,
                    });
                }
            }
            Rule::All(groups) => {
                let hits: Option<Vec<(usize, String)>> = groups
                    .iter()
                    .map(|g| g.iter().filter_map(|t| t.find(&folded)).min())
                    .collect();
                if let Some(hits) = hits {
                    let first = hits.iter().map(|h| h.0).min().unwrap_or(0);
                    fired.push(Fired {
                        concept: c,
                        evidence: hits.into_iter().map(|h| h.1).collect(),
                        first,
                        all: true,
                    });
                }
            }
        }
    }
    // The highest-priority specific concept decides (ties: more evidence words, then the
    // earliest); only when nothing specific fired does a generic one, with low confidence.
    let strong = fired.iter().any(|f| !f.concept.weak);
    fired.sort_by(|a, b| {
        (a.concept.weak && strong)
            .cmp(&(b.concept.weak && strong))
            .then(b.concept.priority.cmp(&a.concept.priority))
            .then_with(|| words(&b.evidence).cmp(&words(&a.evidence)))
            .then(a.first.cmp(&b.first))
    });
    let best = fired.first()?;
    let agree = fired
        .iter()
        .filter(|f| !f.concept.weak && f.concept.category == best.concept.category)
        .count();
    let confidence = if !strong {
        Confidence::Low
    } else if agree >= 2 || best.all {
        Confidence::High
    } else {
        Confidence::Medium
    };
    Some(Reading {
        category: best.concept.category.clone(),
        side: best.concept.side.clone(),
        retry: best.concept.retry.clone(),
        confidence,
        concepts: fired
            .iter()
            .map(|f| ConceptHit {
                id: f.concept.id.clone(),
                category: f.concept.category.clone(),
                evidence: f.evidence.clone(),
            })
            .collect(),
    })
}

/// How many words a concept's evidence holds.
fn words(evidence: &[String]) -> usize {
    evidence.iter().map(|e| e.split(' ').count()).sum()
}

/// Whether a word on its own only speaks for generic concepts (`failed`, `error`): such a
/// word alone does not make two phrases alike.
pub(crate) fn generic_word(word: &str) -> bool {
    read(word).is_some_and(|r| r.confidence == Confidence::Low)
}

#[cfg(test)]
mod tests;
