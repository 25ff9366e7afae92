//! Forgiving matches: the known phrases closest to a typed one, and phrases that contradict
//! their code's class.

use super::types::{Contradiction, SuggestedBy, Suggestion};
use crate::error::Result;
use crate::model::{Class, SipCode};
use crate::store::{KnownPhrase, Store};
use rapidfuzz::distance::osa;

/// A typo this close to a known phrase under the same code counts as that phrase.
pub(crate) const FUZZY_MATCH: f64 = 0.8;
/// At most this many suggestions.
pub(crate) const MAX_SUGGESTIONS: usize = 5;

/// A phrase to compare with: one already at hand, or a variant known by its row id (read in
/// full only if it ranks).
enum Candidate {
    Known(KnownPhrase),
    Variant(i64),
}

/// The close spellings of an unknown phrase under `code` (or alone): phrases of that code, then
/// canonical phrases of its class, best first, each at least [`FUZZY_MATCH`] alike (a typo;
/// a farther look-alike misleads: `Amount of failed calls…` is not `430 Flow Failed`).
///
/// A code can hold tens of thousands of vendor phrases: they are read as (id, normalized
/// phrase) from the `variant_code_phrase` index alone and compared with one bit-parallel
/// comparator (rapidfuzz), and only the best few are read in full. Similarity is the
/// optimal-string-alignment distance (a swapped pair of letters is one typo) over the longer
/// length, 0 to 1.
pub(crate) fn spelling(
    store: &Store,
    code: Option<SipCode>,
    norm: &str,
    extra: Vec<KnownPhrase>,
) -> Result<Vec<Suggestion>> {
    let mut known = extra;
    let mut ids = Vec::new();
    match code {
        Some(c) => {
            known.extend(store.canonical_phrases(c.class())?);
            ids = store.variant_phrases(c)?;
        }
        None => {
            for class in (1..=6).filter_map(Class::new) {
                known.extend(store.canonical_phrases(class)?);
            }
        }
    }
    let typed = osa::BatchComparator::new(norm.chars());
    let cutoff = osa::Args::default().score_cutoff(FUZZY_MATCH);
    let mut scored: Vec<(Candidate, f64)> = known
        .into_iter()
        .map(|k| {
            let s = typed.normalized_similarity_with_args(k.norm.chars(), &cutoff);
            (Candidate::Known(k), s)
        })
        .chain(ids.into_iter().map(|(id, n)| {
            let s = typed.normalized_similarity_with_args(n.chars(), &cutoff);
            (Candidate::Variant(id), s)
        }))
        .filter_map(|(c, s)| Some((c, s?)))
        .collect();
    // Best first; among equals, canonical spellings, then variants in store order.
    scored.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut out: Vec<Suggestion> = Vec::new();
    for (candidate, score) in scored {
        let k = match candidate {
            Candidate::Known(k) => k,
            Candidate::Variant(id) => match store.known_variant(id)? {
                Some(k) => k,
                None => continue,
            },
        };
        let code = k.code.get();
        if out
            .iter()
            .any(|s| s.code == code && s.phrase == k.phrase && s.vendor == k.vendor)
        {
            continue;
        }
        out.push(Suggestion {
            phrase: k.phrase,
            code,
            vendor: k.vendor,
            score: (score * 1000.0).round() / 1000.0,
            by: SuggestedBy::Spelling,
        });
        if out.len() == MAX_SUGGESTIONS {
            break;
        }
    }
    Ok(out)
}

/// Words that mean a failure, in the three languages (normalized).
const FAILURE_WORDS: &[&str] = &[
    "fail",
    "error",
    "denied",
    "forbidden",
    "reject",
    "refused",
    "busy",
    "not found",
    "unavailable",
    "invalid",
    "unauthorized",
    "timeout",
    "timed out",
    "no money",
    "declined",
    "ошибк",
    "отказ",
    "запрещ",
    "занят",
    "недоступ",
    "не найден",
    "неверн",
    "нет денег",
    "失败",
    "错误",
    "拒绝",
    "禁止",
    "忙",
    "不可用",
    "未找到",
    "超时",
    "无效",
];

/// Phrases that mean success (normalized, whole phrase).
const SUCCESS_PHRASES: &[&str] = &["ok", "success", "accepted", "успешно", "принято", "成功"];

/// Whether `phrase` (under `code`) contradicts the code's class: a standard phrase of a code
/// in another success/failure class (`486 OK`), a success code with a failure word
/// (`200 Authorization failure`), or a failure code with a success phrase.
pub(crate) fn contradiction(
    store: &Store,
    code: SipCode,
    norm: &str,
) -> Result<Option<Contradiction>> {
    if norm.is_empty() {
        return Ok(None);
    }
    let failure_code = code.get() >= 400;
    let success_code = (200..300).contains(&code.get());
    let others: Vec<u16> = store
        .codes_with_phrase(norm)?
        .into_iter()
        .map(SipCode::get)
        .filter(|&c| (c >= 400) != failure_code && c >= 200)
        .collect();
    let says_failure =
        FAILURE_WORDS.iter().any(|w| norm.contains(w)) || others.iter().any(|&c| c >= 400);
    let says_success = SUCCESS_PHRASES.contains(&norm) || others.iter().any(|&c| c < 300);
    let phrase_says = if success_code && says_failure {
        "failure"
    } else if failure_code && says_success && !says_failure {
        "success"
    } else {
        return Ok(None);
    };
    Ok(Some(Contradiction {
        code_class: code.class().to_string(),
        phrase_says: phrase_says.to_string(),
        phrase_codes: others,
    }))
}
