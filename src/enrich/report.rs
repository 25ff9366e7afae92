//! What an enrich run did: counts, failures by category, side and retry advice, the most
//! frequent failures and unread values, and the rows it could not parse (with file:line).

use super::CdrFormat;
use super::answer::{Answer, Cache, Entry};
use super::columns::Columns;
use super::problem::RowProblem;
use crate::i18n::Locale;
use crate::phrase::normalize_phrase;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// At most this many problems are listed (all are counted).
const MAX_PROBLEMS: usize = 1000;
/// Entries in each top list.
const TOP: usize = 10;

/// One input of a run.
#[derive(Debug, Clone, Serialize)]
pub struct EnrichedFile {
    /// Its name.
    pub name: String,
    /// Its format.
    pub format: CdrFormat,
    /// The columns the outcome was read from.
    pub columns: Columns,
    /// Data rows read.
    pub rows: u64,
}

/// One of the most frequent failures.
#[derive(Debug, Clone, Serialize)]
pub struct TopOutcome {
    /// The code as the records hold it.
    pub code: String,
    /// The phrase as first seen (spellings that normalize alike count as one).
    pub phrase: String,
    /// The cause as first seen.
    pub cause: String,
    /// Rows.
    pub count: u64,
    /// sipkb's answer (the added columns).
    pub answer: Answer,
}

/// An outcome sipkb could not read, with its count.
#[derive(Debug, Clone, Serialize)]
pub struct UnreadValue {
    /// The code as the records hold it.
    pub code: String,
    /// The phrase.
    pub phrase: String,
    /// The cause.
    pub cause: String,
    /// Rows.
    pub count: u64,
}

/// What [`crate::Kb::enrich`] did.
#[derive(Debug, Clone, Serialize)]
pub struct EnrichReport {
    /// The language of the titles.
    pub locale: Locale,
    /// The inputs, in order.
    pub files: Vec<EnrichedFile>,
    /// Data rows read (every one was written out).
    pub rows: u64,
    /// Rows with the added columns filled.
    pub enriched: u64,
    /// Rows whose outcome sipkb could not read (or that had none): added columns empty.
    pub unread: u64,
    /// Malformed rows passed through unchanged (`--skip-invalid`).
    pub invalid: u64,
    /// Distinct (code, phrase, cause) values explained.
    pub distinct: u64,
    /// Rows whose outcome is a failure (4xx–6xx, or a cause mapped to one).
    pub failures: u64,
    /// Failures by triage category.
    pub by_category: BTreeMap<String, u64>,
    /// Failures by who has to act.
    pub by_side: BTreeMap<String, u64>,
    /// Failures by retry advice.
    pub by_retry: BTreeMap<String, u64>,
    /// The most frequent failures, most frequent first.
    pub top_failures: Vec<TopOutcome>,
    /// The most frequent outcomes sipkb could not read.
    pub unread_values: Vec<UnreadValue>,
    /// Problems found, in order (at most 1,000; `problem_count` counts all).
    pub problems: Vec<RowProblem>,
    /// How many problems there were.
    pub problem_count: u64,
    /// The problem that stopped the run, when one did (without `--skip-invalid`).
    pub stopped: Option<RowProblem>,
}

impl EnrichReport {
    /// An empty report with titles in `locale`.
    pub(super) fn new(locale: Locale) -> Self {
        EnrichReport {
            locale,
            files: Vec::new(),
            rows: 0,
            enriched: 0,
            unread: 0,
            invalid: 0,
            distinct: 0,
            failures: 0,
            by_category: BTreeMap::new(),
            by_side: BTreeMap::new(),
            by_retry: BTreeMap::new(),
            top_failures: Vec::new(),
            unread_values: Vec::new(),
            problems: Vec::new(),
            problem_count: 0,
            stopped: None,
        }
    }

    /// Counts `n` rows of `answer` in the totals (not in the top lists).
    pub(super) fn count(&mut self, answer: Option<&Answer>, n: u64) {
        let Some(a) = answer else {
            self.unread += n;
            return;
        };
        self.enriched += n;
        if a.failure() {
            self.failures += n;
            for (map, key) in [
                (&mut self.by_category, &a.category),
                (&mut self.by_side, &a.side),
                (&mut self.by_retry, &a.retry),
            ] {
                *map.entry(key.clone()).or_default() += n;
            }
        }
    }

    /// Adds the cache's entries: totals and the top lists.
    pub(super) fn add_entries(&mut self, cache: &Cache) {
        self.distinct = cache.entries.len() as u64;
        let mut top: HashMap<(String, String, String), TopOutcome> = HashMap::new();
        let mut unread: HashMap<(String, String, String), UnreadValue> = HashMap::new();
        for e in &cache.entries {
            self.count(e.answer.as_ref(), e.count);
            let key = key(e);
            match &e.answer {
                Some(a) if a.failure() => {
                    top.entry(key)
                        .or_insert_with(|| TopOutcome {
                            code: e.seen[0].clone(),
                            phrase: e.seen[1].clone(),
                            cause: e.seen[2].clone(),
                            count: 0,
                            answer: a.clone(),
                        })
                        .count += e.count;
                }
                Some(_) => {}
                None => {
                    unread
                        .entry(key)
                        .or_insert_with(|| UnreadValue {
                            code: e.seen[0].clone(),
                            phrase: e.seen[1].clone(),
                            cause: e.seen[2].clone(),
                            count: 0,
                        })
                        .count += e.count;
                }
            }
        }
        self.top_failures = top.into_values().collect();
        self.top_failures
            .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.phrase.cmp(&b.phrase)));
        self.top_failures.truncate(TOP);
        self.unread_values = unread.into_values().collect();
        self.unread_values
            .sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.cause.cmp(&b.cause)));
        self.unread_values.truncate(TOP);
    }

    /// Records a problem (listed up to [`MAX_PROBLEMS`]).
    pub(super) fn problem(&mut self, p: RowProblem) {
        self.problem_count += 1;
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(p);
        }
    }
}

/// Spellings that normalize alike are one outcome: `486 Busy Here` and `486 busy here`.
fn key(e: &Entry) -> (String, String, String) {
    let code = e.seen[0].trim().to_ascii_lowercase();
    let code = code.strip_prefix("sip:").unwrap_or(&code).to_string();
    (
        code,
        normalize_phrase(&e.seen[1]),
        e.seen[2].trim().to_ascii_uppercase(),
    )
}
