//! data/lexicon.toml, compiled: each concept's terms as word patterns (a word, a stem with
//! `*`, consecutive words) or substrings (Chinese and Japanese script).

use super::{Folded, fold};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The concepts, in file order.
pub(super) struct Lexicon {
    pub concepts: Vec<Concept>,
}

/// One concept.
pub(super) struct Concept {
    pub id: String,
    pub category: String,
    pub side: String,
    pub retry: String,
    pub priority: u8,
    pub weak: bool,
    pub rule: Rule,
}

/// When a concept fires.
pub(super) enum Rule {
    /// One term of any language matches.
    Any(Vec<Term>),
    /// Every group has a matching term.
    All(Vec<Vec<Term>>),
}

/// A term: consecutive words (each exact or a stem), or a substring in CJK script.
pub(crate) enum Term {
    Words(Vec<(String, bool)>),
    Substring(String),
}

impl Term {
    /// Compiles a term as data/lexicon.toml writes it (`limit*`, `rate limited`, `余额`).
    pub(crate) fn compile(text: &str) -> Term {
        if text.chars().any(crate::search::is_cjk) {
            return Term::Substring(fold(text).text);
        }
        Term::Words(
            text.split_whitespace()
                .map(|w| match w.strip_suffix('*') {
                    Some(stem) => (fold(stem).text, true),
                    None => (fold(w).text, false),
                })
                .collect(),
        )
    }

    /// Where the term first matches (byte offset in the folded text) and the words it
    /// matched.
    pub(crate) fn find(&self, f: &Folded) -> Option<(usize, String)> {
        match self {
            Term::Substring(s) if f.cjk => f.text.find(s.as_str()).map(|i| (i, s.clone())),
            Term::Substring(_) => None,
            Term::Words(parts) => {
                let n = parts.len();
                (0..f.words.len().saturating_sub(n - 1)).find_map(|i| {
                    let window = &f.words[i..i + n];
                    let ok = window.iter().zip(parts).all(|((_, w), (p, stem))| {
                        if *stem {
                            w.starts_with(p.as_str())
                        } else {
                            w == p
                        }
                    });
                    ok.then(|| {
                        let text: Vec<&str> = window.iter().map(|(_, w)| w.as_str()).collect();
                        (window[0].0, text.join(" "))
                    })
                })
            }
        }
    }
}

#[derive(Deserialize)]
struct File {
    concept: Vec<RawConcept>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConcept {
    id: String,
    category: String,
    side: String,
    retry: String,
    priority: u8,
    #[serde(default)]
    weak: bool,
    any: Option<BTreeMap<String, Vec<String>>>,
    all: Option<Vec<BTreeMap<String, Vec<String>>>>,
}

impl Lexicon {
    /// Parses and compiles the lexicon; a concept with neither `any` nor `all` is an error.
    pub fn parse(text: &str) -> Result<Lexicon, String> {
        let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
        let terms = |m: &BTreeMap<String, Vec<String>>| -> Vec<Term> {
            m.values().flatten().map(|t| Term::compile(t)).collect()
        };
        let concepts = file
            .concept
            .into_iter()
            .map(|c| {
                let rule = match (&c.any, &c.all) {
                    (Some(any), None) => Rule::Any(terms(any)),
                    (None, Some(all)) => Rule::All(all.iter().map(terms).collect()),
                    _ => return Err(format!("concept {}: give `any` or `all`", c.id)),
                };
                Ok(Concept {
                    id: c.id,
                    category: c.category,
                    side: c.side,
                    retry: c.retry,
                    priority: c.priority,
                    weak: c.weak,
                    rule,
                })
            })
            .collect::<Result<_, _>>()?;
        Ok(Lexicon { concepts })
    }
}
