//! The tally of a scan: what was found, how often, where first and last. Built for the hot
//! path: a status line is counted under its code and its phrase's raw bytes (a map lookup with
//! no allocation and no normalization); spellings are merged by normalized phrase once, at the
//! end. A sighting is cloned by reference count, never by copying strings.

use super::finder::Found;
use super::types::{ScannedFile, Sighting};
use crate::headers::{self, ReasonValue, WarningValue};
use crate::phrase::normalize_phrase;
use std::collections::HashMap;
use std::sync::Arc;

/// A capture packet's time and addresses.
#[derive(Debug)]
pub(crate) struct PacketMeta {
    pub time: String,
    pub src: String,
    pub dst: String,
}

/// Where something was seen; cheap to clone.
#[derive(Debug, Clone)]
pub(crate) struct At {
    /// Order of sightings across all inputs (set by the tally).
    seq: u64,
    pub file: Arc<str>,
    /// Line in a log, packet in a capture.
    pub line: u64,
    pub packet: Option<Arc<PacketMeta>>,
}

impl At {
    /// A place in `file`; the line is set as the scan goes.
    pub fn new(file: Arc<str>, packet: Option<Arc<PacketMeta>>) -> At {
        At {
            seq: 0,
            file,
            line: 0,
            packet,
        }
    }

    /// The place as the report shows it.
    pub fn sighting(&self) -> Sighting {
        Sighting {
            file: self.file.to_string(),
            line: self.line,
            time: self.packet.as_ref().map(|p| p.time.clone()),
            src: self.packet.as_ref().map(|p| p.src.clone()),
            dst: self.packet.as_ref().map(|p| p.dst.clone()),
        }
    }
}

/// How often, first and last.
#[derive(Debug, Clone)]
struct Count {
    count: u64,
    first: At,
    last: At,
}

impl Count {
    fn new(at: &At) -> Count {
        Count {
            count: 1,
            first: at.clone(),
            last: at.clone(),
        }
    }

    fn bump(&mut self, at: &At) {
        self.count += 1;
        self.last = at.clone();
    }

    /// Two counts of one thing (two spellings), in sighting order.
    fn merge(&mut self, other: Count) {
        self.count += other.count;
        if other.first.seq < self.first.seq {
            self.first = other.first;
        }
        if other.last.seq > self.last.seq {
            self.last = other.last;
        }
    }
}

/// One distinct thing found, ready for the report. Its places stay shared (`At`) until the
/// report lists it: a log of 200,000 distinct lines lists only the most frequent.
#[derive(Debug, Clone)]
pub(crate) struct Distinct<K> {
    pub key: K,
    /// The spelling seen first.
    pub shown: String,
    pub count: u64,
    pub first: At,
    pub last: At,
}

/// A `Reason:` or `Warning:` entry, by all its parts (text normalized).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum HeaderKey {
    Reason(ReasonValue),
    Warning(WarningValue),
}

/// Everything found so far, across inputs.
#[derive(Default)]
pub(crate) struct Tally {
    /// Status lines by code, then by the phrase's bytes as found.
    responses: HashMap<u16, HashMap<Vec<u8>, Count>>,
    /// Headers by key, with the spelling seen first.
    headers: HashMap<HeaderKey, (String, Count)>,
    /// Responses per class, 1xx to 6xx.
    pub classes: [u64; 6],
    pub files: Vec<ScannedFile>,
    seq: u64,
}

impl Tally {
    /// Counts one finding at `at`.
    pub fn found(&mut self, what: Found<'_>, at: &At) {
        self.seq += 1;
        let at = At {
            seq: self.seq,
            ..at.clone()
        };
        match what {
            Found::Status { code, phrase } => {
                self.classes[usize::from(code / 100 - 1)] += 1;
                let by_phrase = self.responses.entry(code).or_default();
                match by_phrase.get_mut(phrase) {
                    Some(c) => c.bump(&at),
                    None => {
                        by_phrase.insert(phrase.to_vec(), Count::new(&at));
                    }
                }
            }
            Found::Reason(v) => {
                for r in headers::reasons(&clean(v)) {
                    let shown = r.text.clone();
                    let text = normalize_phrase(&r.text);
                    self.header(HeaderKey::Reason(ReasonValue { text, ..r }), shown, &at);
                }
            }
            Found::Warning(v) => {
                for w in headers::warnings(&clean(v)) {
                    let shown = w.text.clone();
                    let text = normalize_phrase(&w.text);
                    self.header(HeaderKey::Warning(WarningValue { text, ..w }), shown, &at);
                }
            }
        }
    }

    fn header(&mut self, key: HeaderKey, shown: String, at: &At) {
        match self.headers.get_mut(&key) {
            Some((_, c)) => c.bump(at),
            None => {
                self.headers.insert(key, (shown, Count::new(at)));
            }
        }
    }

    /// The distinct responses: spellings that normalize alike (`Busy Here`, `busy here`) are
    /// one, shown as first seen. Keyed by (code, normalized phrase).
    pub fn responses(&mut self) -> Vec<Distinct<(u16, String)>> {
        let mut merged: HashMap<(u16, String), (String, Count)> = HashMap::new();
        for (code, by_phrase) in std::mem::take(&mut self.responses) {
            for (raw, count) in by_phrase {
                let shown = clean(&raw);
                let key = (code, normalize_phrase(&shown));
                match merged.get_mut(&key) {
                    Some((first_shown, c)) => {
                        if count.first.seq < c.first.seq {
                            *first_shown = shown;
                        }
                        c.merge(count);
                    }
                    None => {
                        merged.insert(key, (shown, count));
                    }
                }
            }
        }
        merged
            .into_iter()
            .map(|(key, (shown, c))| distinct(key, shown, c))
            .collect()
    }

    /// The distinct headers.
    pub fn headers(&mut self) -> Vec<Distinct<HeaderKey>> {
        std::mem::take(&mut self.headers)
            .into_iter()
            .map(|(key, (shown, c))| distinct(key, shown, c))
            .collect()
    }
}

fn distinct<K>(key: K, shown: String, c: Count) -> Distinct<K> {
    Distinct {
        key,
        shown,
        count: c.count,
        first: c.first,
        last: c.last,
    }
}

/// Bytes from a log as text: invalid UTF-8 replaced, control characters dropped, at most
/// [`crate::import::MAX_PHRASE`] characters (what an import accepts as a phrase).
pub(crate) fn clean(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .take(crate::import::MAX_PHRASE)
        .collect()
}
