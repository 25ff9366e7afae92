//! Sightings: a SIP outcome however a product prints it (issue #17). A status line, a
//! softphone's `INVITE 404 Not Found.`, a PBX's `Got SIP response 486 "Busy Here"`, a proxy's
//! `T_code=183, new_code=500`, a switch's `[NORMAL_TEMPORARY_FAILURE]`, a CDR field
//! `sip_term_status=486`.
//!
//! Each product's wording is a [`Pattern`]: a fixed string (the *anchor*, found with one
//! Aho-Corasick pass over the text, as ripgrep finds literals) and a reader that parses the line
//! around it and insists on the product's own context, so that an HTTP `404` or a `code: 408`
//! in prose is never read as SIP. The patterns were written from the products' source (the
//! format strings, cited per pattern) and checked on real excerpts (tests/fixtures/logs/real).
//! One line yields at most one outcome: the most specific pattern that fired on it.

mod asterisk;
mod clients;
mod cursor;
mod fields;
mod freeswitch;
mod patterns;
mod proxy;
mod stacks;
mod tables;
mod time;

pub(crate) use fields::header_value;
pub(crate) use patterns::{PATTERNS, Rank, Role, STATUS};
pub(crate) use tables::Tables;
pub(crate) use time::line_time;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use serde::Serialize;
use std::sync::OnceLock;

/// How a sighting was printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SightingKind {
    /// A SIP status line, `SIP/2.0 486 Busy Here` (also inside a quoted log message).
    StatusLine,
    /// A method with a code and the code's phrase, `INVITE 404 Not Found` (SIPSorcery, JsSIP).
    MethodStatus,
    /// A product's own log wording that carries a code: `Got SIP response 486 "Busy Here"`.
    ProductPhrase,
    /// A switch's hangup cause by name or number: `[NORMAL_TEMPORARY_FAILURE]`, `Cause: 17`.
    HangupCause,
    /// A call record's field: `sip_term_status=486`, `ACC: …;code=487;reason=…`.
    CdrField,
}

/// What a pattern read on a line. Byte slices point into the text scanned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Outcome<'a> {
    /// How it was printed.
    pub kind: SightingKind,
    /// The pattern that found it (`asterisk-chan-sip-response`).
    pub via: &'static str,
    /// The SIP code it states. A product's internal status (sofia-sip's `904`) is kept as
    /// printed; a switch-only cause (`ORIGINATOR_CANCEL`) gives the code the switch answers.
    pub code: Option<u16>,
    /// The reason phrase it states, when it states one.
    pub phrase: &'a [u8],
    /// The Q.850 cause it states (a switch's name converted: `USER_BUSY` → 17).
    pub cause: Option<u8>,
    /// The word the product printed for the outcome (`USER_BUSY`, `recv_bye`, `NO ANSWER`).
    pub name: Option<&'a [u8]>,
    /// Whether it says the call failed, when the words alone say so (`NORMAL_CLEARING` does
    /// not); `None` leaves it to the code.
    pub failure: Option<bool>,
    /// How many lines below the anchor's line the sighting is (a pretty-printed JSON field).
    pub down: u8,
}

impl<'a> Outcome<'a> {
    /// An outcome of `kind` with nothing read yet.
    pub fn new(kind: SightingKind) -> Outcome<'a> {
        Outcome {
            kind,
            via: "",
            code: None,
            phrase: &[],
            cause: None,
            name: None,
            failure: None,
            down: 0,
        }
    }

    /// An outcome of `kind` stating `code` and the phrase in `text` (trimmed; empty for none).
    pub fn coded(kind: SightingKind, code: u16, text: &'a [u8]) -> Outcome<'a> {
        Outcome {
            code: Some(code),
            phrase: cursor::phrase(text),
            ..Outcome::new(kind)
        }
    }
}

/// The line a pattern's anchor was found on, for its reader.
#[derive(Clone, Copy)]
pub(crate) struct Line<'a> {
    /// The whole line, without its line break.
    pub text: &'a [u8],
    /// Where the anchor starts in `text`.
    pub at: usize,
    /// Where the anchor ends in `text`.
    pub end: usize,
    /// What follows the line (a few kilobytes at most), for a reader that must look ahead.
    pub after: &'a [u8],
}

impl<'a> Line<'a> {
    /// A cursor just past the anchor.
    fn cursor(&self) -> cursor::Cur<'a> {
        cursor::Cur::new(self.text, self.end)
    }

    /// When the anchor starts a word and a code and a space follow it (`INVITE 404 …`,
    /// `Response 404 …`): the code, and a cursor past the spaces.
    fn word_then_code(&self) -> Option<(u16, cursor::Cur<'a>)> {
        if !cursor::boundary(self.at.checked_sub(1).map(|i| self.text[i])) {
            return None;
        }
        let mut c = self.cursor();
        let code = c.code()?;
        (c.spaces() > 0).then_some((code, c))
    }
}

/// Every pattern's anchor in one automaton, built once. Anchors may overlap (`INVITE ` ends
/// where ` response, forwarding upstream` starts), so every occurrence is reported.
pub(crate) fn automaton() -> &'static AhoCorasick {
    static AC: OnceLock<AhoCorasick> = OnceLock::new();
    AC.get_or_init(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            // A full DFA: one table lookup per byte, the fastest of the automata for an
            // overlapping search over a hundred short anchors (no prefilter can skip here:
            // several anchors start with a space).
            .kind(Some(AhoCorasickKind::DFA))
            .build(PATTERNS.iter().map(|p| p.anchor))
            .expect("the anchors build an automaton")
    })
}

/// Every position in `hay[from..]` where an anchor starts, with the patterns that start
/// there, in order of position: what [`automaton`]'s overlapping search finds, found faster.
/// The automaton steps through every byte (several anchors start with a space, so no
/// prefilter can skip), while a packed (Teddy, SIMD) searcher skips to candidates: anchors
/// occur about once in five lines of a busy log. A packed searcher takes at most 64 patterns,
/// so the anchors are split into groups, each searched leftmost-first from one past the last
/// candidate, which enumerates every start position; each position is then checked against
/// the anchors beginning with its byte.
pub(crate) fn each_anchor(hay: &[u8], from: usize, mut f: impl FnMut(usize, usize, usize)) {
    struct Packed {
        groups: Vec<aho_corasick::packed::Searcher>,
        by_first: Vec<Vec<usize>>,
    }
    static PACKED: OnceLock<Option<Packed>> = OnceLock::new();
    let packed = PACKED.get_or_init(|| {
        let anchors: Vec<&[u8]> = PATTERNS.iter().map(|p| p.anchor).collect();
        let mut groups = Vec::new();
        // As few groups as the limit allows, evenly filled: each group is a pass over the
        // block, whatever its size.
        let size = anchors.len().div_ceil(anchors.len().div_ceil(64));
        for chunk in anchors.chunks(size) {
            groups.push(
                aho_corasick::packed::Config::new()
                    .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
                    .builder()
                    .extend(chunk)
                    .build()?,
            );
        }
        let mut by_first = vec![Vec::new(); 256];
        for (i, a) in anchors.iter().enumerate() {
            by_first[usize::from(*a.first()?)].push(i);
        }
        Some(Packed { groups, by_first })
    });
    let Some(packed) = packed else {
        // No SIMD searcher on this machine: the automaton, by end.
        let input = aho_corasick::Input::new(hay).span(from..hay.len());
        for m in automaton().find_overlapping_iter(input) {
            f(m.start(), m.end(), m.pattern().as_usize());
        }
        return;
    };
    let mut starts = Vec::new();
    for g in &packed.groups {
        let mut at = from;
        while let Some(m) = g.find_in(hay, aho_corasick::Span::from(at..hay.len())) {
            starts.push(m.start());
            at = m.start() + 1;
        }
    }
    // Each group's starts ascend: the stable sort finds the runs and merges them in one pass
    // (the unstable sort took 4% of a sparse scan sorting them afresh).
    starts.sort();
    starts.dedup();
    for p in starts {
        for &i in &packed.by_first[usize::from(hay[p])] {
            let a = PATTERNS[i].anchor;
            if hay[p..].starts_with(a) {
                f(p, p + a.len(), i);
            }
        }
    }
}

/// The outcome one line states (with `after`, the lines that follow it, for a pattern that
/// reads a field printed below), if any: every pattern whose anchor is on it is tried and the
/// most specific one that reads it wins (what `scan` counts for that line; `explain` of a log
/// line reads it the same way).
pub(crate) fn read_line<'a>(text: &'a [u8], after: &'a [u8]) -> Option<Outcome<'a>> {
    let text = text.strip_suffix(b"\r").unwrap_or(text);
    let tables = Tables::builtin();
    let mut best: Option<(Rank, Outcome<'_>)> = None;
    for m in automaton().find_overlapping_iter(text) {
        let p = &PATTERNS[m.pattern().as_usize()];
        let line = Line {
            text,
            at: m.start(),
            end: m.end(),
            after,
        };
        if let Some(o) = p.read(tables, line)
            && best.as_ref().is_none_or(|(r, _)| p.rank > *r)
        {
            best = Some((p.rank, o));
        }
    }
    best.map(|(_, o)| o)
}

#[cfg(test)]
mod tests;
