//! What one call record's outcome means: a (code, phrase, cause) turned into the added
//! columns, explained once per distinct value and then served from a cache.

use super::Explain;
use crate::error::{Error, Result};
use crate::explain::{ExplainOptions, Explanation, MatchKind};
use crate::i18n::Locale;
use crate::model::SipCode;
use crate::uitext::Ids;
use rustc_hash::FxHashMap;
use serde::Serialize;

/// sipkb's answer for one outcome, as the added columns hold it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Answer {
    /// The SIP code the answer is about (for a cause, the response RFC 3398 §7.2.4.1 maps it to).
    pub code: Option<u16>,
    /// Its class, `4xx`.
    pub class: String,
    /// How the outcome matched (`variant`, `canonical`, `unknown_variant`, `class`, `cause`).
    #[serde(rename = "match")]
    pub kind: String,
    /// Triage category of the entry the answer names.
    pub category: String,
    /// Who most likely has to act.
    pub side: String,
    /// Retry advice.
    pub retry: String,
    /// The vendor whose list gave the answer, when a vendor variant did.
    pub vendor: String,
    /// The entry's title in the run's language.
    pub title: String,
    /// The entry's stable id, as `sipkb export --ui` writes it (`sip-480--acme--no-credit`).
    pub id: String,
}

impl Answer {
    /// The added columns' values, in [`super::ADDED`] order.
    pub fn values(&self) -> [String; 9] {
        [
            self.code.map(|c| c.to_string()).unwrap_or_default(),
            self.class.clone(),
            self.kind.clone(),
            self.category.clone(),
            self.side.clone(),
            self.retry.clone(),
            self.vendor.clone(),
            self.title.clone(),
            self.id.clone(),
        ]
    }

    /// Whether the outcome is a failure (a 4xx, 5xx or 6xx response, or a cause mapped to one).
    pub fn failure(&self) -> bool {
        self.code.is_some_and(|c| c >= 400)
    }
}

/// What sipkb makes of one outcome: `Ok(None)` when it cannot read it.
///
/// The SIP code (with its phrase) decides when it is a valid status code; otherwise the cause:
/// a Q.850 number, a FreeSWITCH or Asterisk name for one, Asterisk's `SIP 486 Busy Here` (what
/// `HANGUPCAUSE(…,tech)` returns for PJSIP), or an Asterisk CDR disposition that names one
/// cause only (`BUSY`, `CONGESTION`).
pub(crate) fn answer_for(
    explain: &Explain<'_>,
    ids: &Ids,
    locale: Locale,
    code: &str,
    phrase: &str,
    cause: &str,
) -> Result<Option<Answer>> {
    let opts = ExplainOptions {
        locale: Some(locale),
        vendor: None,
    };
    if let Some(code) = status_code(code) {
        return status(explain, ids, &opts, code, phrase);
    }
    let cause = cause.trim();
    if let Some(rest) = cause.strip_prefix("SIP ")
        && let Some((code, phrase)) = rest.split_once(' ').or(Some((rest, "")))
        && let Some(code) = status_code(code)
    {
        return status(explain, ids, &opts, code, phrase);
    }
    let input = if let Ok(n) = cause.parse::<u8>() {
        if !(1..=127).contains(&n) {
            return Ok(None);
        }
        format!("q850:{n}")
    } else if cause.is_empty() || cause.len() > 64 {
        return Ok(None);
    } else {
        cause.to_string()
    };
    let ex = match ask(explain, &input, &opts)? {
        Some(ex) if ex.kind == MatchKind::Cause => ex,
        _ => return Ok(None),
    };
    Ok(Some(from_explanation(&ex, ids)))
}

/// A status code as call records write it: `486`, or FreeSWITCH's `sip:486`.
fn status_code(value: &str) -> Option<SipCode> {
    let v = value.trim();
    let v = v
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("sip:"))
        .map_or(v, |_| &v[4..]);
    v.parse().ok()
}

fn status(
    explain: &Explain<'_>,
    ids: &Ids,
    opts: &ExplainOptions,
    code: SipCode,
    phrase: &str,
) -> Result<Option<Answer>> {
    // One line: a line break in a phrase would be read as a header line.
    let phrase: String = phrase
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let input = format!("SIP/2.0 {code} {}", phrase.trim());
    Ok(ask(explain, input.trim_end(), opts)?.map(|ex| from_explanation(&ex, ids)))
}

/// Explains `input`; an input the parser refuses is an outcome sipkb cannot read, not an error.
fn ask(explain: &Explain<'_>, input: &str, opts: &ExplainOptions) -> Result<Option<Explanation>> {
    match explain(input, opts) {
        Ok(ex) => Ok(Some(ex)),
        Err(Error::BadInput(_)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The answer an explanation gives: the vendor variant of the code when the phrase names one
/// (and is not the code's own phrase), else the canonical entry.
fn from_explanation(ex: &Explanation, ids: &Ids) -> Answer {
    let mut a = Answer {
        code: ex.code,
        class: ex.class.clone().unwrap_or_default(),
        kind: serde_json::to_value(ex.kind)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default(),
        ..Answer::default()
    };
    // Without a phrase, a code is its canonical meaning (its class's for an unregistered code),
    // even where a vendor list has an entry under it.
    let standard = ex.standard_phrase() || ex.phrase.is_none();
    if let Some(v) = ex
        .variants
        .iter()
        .find(|v| !standard && ex.code.is_some() && v.code == ex.code)
    {
        a.category = v.category.clone();
        a.side = v.side.clone();
        a.retry = v.retry.clone();
        a.vendor = v.vendor.clone();
        a.title = v.texts.title.clone();
        a.id = ids.of(v.code, Some(&v.vendor), v.vendor_code.as_deref(), &v.phrase);
    } else if let Some(c) = &ex.canonical {
        if ex.kind == MatchKind::Variant {
            // The code's own phrase, which a vendor list also glosses: the canonical meaning.
            a.kind = "canonical".to_string();
        }
        a.category = c.category.clone();
        a.side = c.side.clone();
        a.retry = c.retry.clone();
        a.title = c.texts.title.clone();
        a.id = ids.of(Some(c.code), None, None, "");
    } else if let Some(cause) = &ex.cause {
        // A cause RFC 3398 maps to no response (16, normal call clearing): its own title.
        a.title = cause.texts.title.clone();
    }
    a
}

/// At most this many distinct outcomes are kept; past it, new ones are explained every time
/// (a column of unique values, such as a call id named as the phrase, cannot grow memory).
const CAPACITY: usize = 100_000;

/// One distinct outcome seen in a run.
#[derive(Debug)]
pub(crate) struct Entry {
    /// The answer, `None` when sipkb cannot read the outcome.
    pub answer: Option<Answer>,
    /// The added columns as written (encoded for the run's output format).
    pub encoded: Vec<u8>,
    /// Rows that had it.
    pub count: u64,
    /// The code, phrase and cause as first seen.
    pub seen: [String; 3],
}

/// The outcomes of a run, by their raw bytes (code, phrase and cause, separated by 0x1F).
#[derive(Debug, Default)]
pub(crate) struct Cache {
    map: FxHashMap<Box<[u8]>, u32>,
    /// Every distinct outcome kept, in order of first sight.
    pub entries: Vec<Entry>,
}

impl Cache {
    /// The index of `key`'s entry, if kept.
    pub fn index(&self, key: &[u8]) -> Option<usize> {
        self.map.get(key).map(|&i| i as usize)
    }

    /// Whether no more entries are kept.
    pub fn full(&self) -> bool {
        self.entries.len() >= CAPACITY
    }

    /// Keeps a new entry (the cache must not be [`Cache::full`]) and returns its index.
    pub fn insert(&mut self, key: &[u8], entry: Entry) -> usize {
        self.map.insert(key.into(), self.entries.len() as u32);
        self.entries.push(entry);
        self.entries.len() - 1
    }
}
