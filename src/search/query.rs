//! A search query: the FTS5 expression that finds candidates, and the terms that rank them.

use super::text::{Token, spaced_body, stem, tokens};
use crate::phrase::fold;

/// At most this many terms of a query are used (a pasted 10 KB text is not a query).
const MAX_TERMS: usize = 32;

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

/// An FTS5 string: double quotes doubled, so the text is a term, never an operator.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}
