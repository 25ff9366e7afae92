//! The tally of a scan: what was found, how often, where first and last. Built for the hot
//! path: a status line is counted under its code and its phrase's raw bytes (a map lookup with
//! no allocation and no normalization); spellings are merged by normalized phrase once, at the
//! end. A sighting is cloned by reference count, never by copying strings.

use super::finder::Found;
use super::types::{ScanReport, ScannedFile, Sighting, SightingRecord};
use crate::headers::{self, ReasonValue, WarningValue};
use crate::phrase::normalize_phrase;
use crate::sighting::{Outcome, SightingKind};
use std::borrow::Cow;
// The tally's maps are keyed by text from the input (a paste, a capture through the API):
// foldhash with a per-process random seed, several times cheaper than SipHash (4% of a trace's
// scan) and still not predictable from outside.
use foldhash::HashMap;
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
    /// A log line's own timestamp, as written.
    pub time: Option<Arc<str>>,
}

impl At {
    /// A place in `file`; the line is set as the scan goes.
    pub fn new(file: Arc<str>, packet: Option<Arc<PacketMeta>>) -> At {
        At {
            seq: 0,
            file,
            line: 0,
            packet,
            time: None,
        }
    }

    /// The place as the report shows it.
    pub fn sighting(&self) -> Sighting {
        Sighting {
            file: self.file.to_string(),
            line: self.line,
            time: self
                .packet
                .as_ref()
                .map(|p| p.time.clone())
                .or_else(|| self.time.as_deref().map(String::from)),
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

/// What a distinct sighting states: the SIP code, the Q.850 cause, and the phrase (normalized)
/// or, for a sighting with neither code nor cause, the word the product printed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct OutcomeKey {
    pub code: Option<u16>,
    pub cause: Option<u8>,
    pub text: String,
}

/// One distinct sighting, counted.
#[derive(Debug)]
struct Entry {
    code: Option<u16>,
    cause: Option<u8>,
    /// The phrase as first found (raw bytes), or the product's word when there is no phrase.
    raw: Vec<u8>,
    name: Option<Vec<u8>>,
    kind: SightingKind,
    failure: Option<bool>,
    count: Count,
    /// How often each pattern found it.
    vias: Vec<(&'static str, u64)>,
    /// The `Reason:`/`Warning:` headers of the same message, with their spelling and count.
    ties: Vec<(HeaderKey, String, u64)>,
}

/// A distinct sighting with what the report needs besides the counts.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub kind: SightingKind,
    pub name: Option<String>,
    pub failure: Option<bool>,
    pub vias: Vec<(&'static str, u64)>,
    pub ties: Vec<(HeaderKey, String, u64)>,
}

/// How many lines below its response a header may be and still belong to it (a message's
/// headers, with a paste's blank line after each).
const TIE_LINES: u64 = 100;

/// Everything found so far, across inputs.
#[derive(Default)]
pub(crate) struct Tally {
    entries: Vec<Entry>,
    /// Entries by (code, cause), then by the phrase's (or word's) bytes as found: the hot
    /// path looks up without allocating or normalizing.
    index: HashMap<(u16, u8), HashMap<Vec<u8>, usize>>,
    /// The last status line seen (entry, file, line), whose message later headers belong to.
    open: Option<(usize, Arc<str>, u64)>,
    /// Headers by key, with the spelling seen first.
    headers: HashMap<HeaderKey, (String, Count)>,
    /// Sightings with a SIP code per class, 1xx to 6xx.
    pub classes: [u64; 6],
    /// Every sighting, when asked for (`scan --sightings`), up to a cap; then a count.
    pub list: Option<Vec<SightingRecord>>,
    pub omitted: u64,
    /// Sightings of any kind.
    pub found: u64,
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
            Found::Outcome { outcome, time } => self.outcome(&outcome, time, at),
            Found::RequestLine => self.open = None,
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

    fn outcome(&mut self, o: &Outcome<'_>, time: Option<&[u8]>, mut at: At) {
        self.found += 1;
        if let Some(t) = time {
            at.time = Some(Arc::from(&*clean(t)));
        }
        if let Some(c) = o.code.filter(|c| (100..=699).contains(c)) {
            self.classes[usize::from(c / 100 - 1)] += 1;
        }
        if let Some(list) = &mut self.list {
            if list.len() < ScanReport::MAX_SIGHTINGS {
                list.push(SightingRecord {
                    at: at.sighting(),
                    kind: o.kind,
                    via: o.via,
                    code: o.code,
                    phrase: clean(o.phrase).into_owned(),
                    cause: o.cause,
                    name: o.name.map(|n| clean(n).into_owned()),
                });
            } else {
                self.omitted += 1;
            }
        }
        // A sighting with neither code nor cause is told apart by the word it printed.
        let raw: &[u8] = if o.code.is_none() && o.cause.is_none() && o.phrase.is_empty() {
            o.name.unwrap_or(&[])
        } else {
            o.phrase
        };
        let by_raw = self
            .index
            .entry((o.code.unwrap_or(0), o.cause.unwrap_or(0)))
            .or_default();
        let i = match by_raw.get(raw) {
            Some(&i) => {
                let e = &mut self.entries[i];
                e.count.bump(&at);
                match e.vias.iter_mut().find(|v| v.0 == o.via) {
                    Some(v) => v.1 += 1,
                    None => e.vias.push((o.via, 1)),
                }
                i
            }
            None => {
                let i = self.entries.len();
                by_raw.insert(raw.to_vec(), i);
                self.entries.push(Entry {
                    code: o.code,
                    cause: o.cause,
                    raw: raw.to_vec(),
                    name: o.name.map(<[u8]>::to_vec),
                    kind: o.kind,
                    failure: o.failure,
                    count: Count::new(&at),
                    vias: vec![(o.via, 1)],
                    ties: Vec::new(),
                });
                i
            }
        };
        self.open = (o.kind == SightingKind::StatusLine).then(|| (i, at.file.clone(), at.line));
    }

    fn header(&mut self, key: HeaderKey, shown: String, at: &At) {
        if let Some((i, file, line)) = &self.open
            && *file == at.file
            && at.line.saturating_sub(*line) <= TIE_LINES
        {
            let ties = &mut self.entries[*i].ties;
            match ties.iter_mut().find(|t| t.0 == key) {
                Some(t) => t.2 += 1,
                None => ties.push((key.clone(), shown.clone(), 1)),
            }
        }
        match self.headers.get_mut(&key) {
            Some((_, c)) => c.bump(at),
            None => {
                self.headers.insert(key, (shown, Count::new(at)));
            }
        }
    }

    /// The distinct sightings: spellings that normalize alike (`Busy Here`, `busy here`) are
    /// one, shown as first seen, their patterns and headers added up.
    pub fn outcomes(&mut self) -> Vec<(Distinct<OutcomeKey>, Seen)> {
        let mut merged: HashMap<OutcomeKey, (String, Count, Seen)> = HashMap::default();
        for e in std::mem::take(&mut self.entries) {
            let shown = clean(&e.raw).into_owned();
            let key = OutcomeKey {
                code: e.code,
                cause: e.cause,
                text: normalize_phrase(&shown),
            };
            let seen = Seen {
                kind: e.kind,
                name: e.name.as_deref().map(|n| clean(n).into_owned()),
                failure: e.failure,
                vias: e.vias,
                ties: e.ties,
            };
            match merged.get_mut(&key) {
                Some((first_shown, c, s)) => {
                    if e.count.first.seq < c.first.seq {
                        *first_shown = shown;
                        s.kind = seen.kind;
                        s.name = seen.name.or(s.name.take());
                    }
                    c.merge(e.count);
                    for (via, n) in seen.vias {
                        match s.vias.iter_mut().find(|v| v.0 == via) {
                            Some(v) => v.1 += n,
                            None => s.vias.push((via, n)),
                        }
                    }
                    for (k, text, n) in seen.ties {
                        match s.ties.iter_mut().find(|t| t.0 == k) {
                            Some(t) => t.2 += n,
                            None => s.ties.push((k, text, n)),
                        }
                    }
                    s.failure = s.failure.or(seen.failure);
                }
                None => {
                    merged.insert(key, (shown, e.count, seen));
                }
            }
        }
        merged
            .into_iter()
            .map(|(key, (shown, c, seen))| (distinct(key, shown, c), seen))
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
pub(crate) fn clean(bytes: &[u8]) -> Cow<'_, str> {
    // Most log text is short printable ASCII already, and is borrowed as it is: decoding it
    // char by char cost about 1,400 instructions a call, 5% of a sparse log's scan.
    if bytes.len() <= crate::import::MAX_PHRASE
        && bytes
            .iter()
            .all(|&b| b == b'\t' || (0x20..0x7f).contains(&b))
        && let Ok(text) = std::str::from_utf8(bytes)
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        String::from_utf8_lossy(bytes)
            .chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .take(crate::import::MAX_PHRASE)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::clean;

    /// The borrowed fast path gives what the char-by-char path gives, for every byte alone,
    /// at the length limit and past it, and for text that is not UTF-8.
    #[test]
    fn clean_text_is_the_same_by_either_path() {
        let slow = |b: &[u8]| -> String {
            String::from_utf8_lossy(b)
                .chars()
                .filter(|c| !c.is_control() || *c == '\t')
                .take(crate::import::MAX_PHRASE)
                .collect()
        };
        let mut cases: Vec<Vec<u8>> = (0u8..=255).map(|b| vec![b'a', b, b'z']).collect();
        let max = crate::import::MAX_PHRASE;
        cases.push(vec![b'x'; max]);
        cases.push(vec![b'x'; max + 1]);
        cases.push("Busy Here\tnow".into());
        cases.push("Занято \u{7f} 忙".into());
        cases.push(b"\xff\xfe 486".to_vec());
        for c in cases {
            assert_eq!(clean(&c), slow(&c), "{c:?}");
        }
        assert!(matches!(clean(b"Busy Here"), std::borrow::Cow::Borrowed(_)));
    }
}
