//! The lead of an answer (issue #19), as data: the headline, how the input matched, the triage
//! facts as words, the first actions and the caller's line, who sent the response and what an
//! unknown phrase's words say (issue #18). [`super::lead`] works them out.

use crate::reading::Reading;
use serde::Serialize;

/// At most this many actions lead an answer; the rest are in the depth.
pub const LEAD_ACTIONS: usize = 3;

/// The answer in one line: the code, the phrase and what it means.
#[derive(Debug, Clone, Serialize)]
pub struct Headline {
    /// The SIP code, when the answer is about one.
    pub code: Option<u16>,
    /// The phrase as given, else the code's IANA phrase.
    pub phrase: Option<String>,
    /// What it means, in a few words (the deciding entry's title).
    pub meaning: String,
}

/// How the input matched, as the kind of note a surface shows above the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// The code's own meaning: its standard phrase, an alias, or the code alone.
    Standard,
    /// A vendor list's reading of the phrase comes first.
    Vendor,
    /// Read as a known phrase spelt a little differently (a typo).
    Fuzzy,
    /// The phrase is in no list: the standard meaning of the code is shown.
    UnknownPhrase,
    /// The phrase says the opposite of the code's class (`486 OK`): SIP acts on the code.
    Contradiction,
    /// The code is not registered: handled as its class's x00.
    Unregistered,
    /// A Q.850 cause was asked about.
    Cause,
    /// Only `Reason:`/`Warning:` header lines were given.
    Headers,
    /// No exact match; related entries follow.
    Related,
    /// Nothing matched.
    NotFound,
}

/// How loudly a note should be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteLevel {
    /// The answer is what was asked.
    Info,
    /// The answer is a best effort: read it with care.
    Warning,
}

/// How the input matched, in a sentence.
#[derive(Debug, Clone, Serialize)]
pub struct MatchNote {
    /// What kind of match it was.
    pub kind: NoteKind,
    /// Whether to show it as a warning.
    pub level: NoteLevel,
    /// The sentence, in the answer's locale.
    pub text: String,
}

/// A triage value with its words in the answer's locale.
#[derive(Debug, Clone, Serialize)]
pub struct Labeled {
    /// The value (`caller`, `never`, `billing`).
    pub value: String,
    /// Its words for people.
    pub label: String,
}

/// A Q.850 cause named three ways.
#[derive(Debug, Clone, Serialize)]
pub struct CauseRef {
    /// The cause value.
    pub value: u8,
    /// Its ITU-T name.
    pub name: String,
    /// Its name for people in the answer's locale.
    pub title: String,
}

/// Where the triage facts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TriageBasis {
    /// The entry the answer is about (a vendor's reading or the code's).
    Entry,
    /// The words of an unknown phrase (its `reading`): the better clue to the cause.
    Reading,
}

/// The triage facts, as words.
#[derive(Debug, Clone, Serialize)]
pub struct Triage {
    /// The kind of problem.
    pub category: Labeled,
    /// Who most likely has to act.
    pub side: Labeled,
    /// Whether a retry helps.
    pub retry: Labeled,
    /// Whom to escalate to, in a sentence.
    pub escalate: String,
    /// The Q.850 cause the response maps to (RFC 3398 §8.2.6.1).
    pub q850: Option<CauseRef>,
    /// Where these facts come from.
    pub basis: TriageBasis,
}

/// How a sender was told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionBasis {
    /// The response's `Server:`/`User-Agent:` header names it.
    Header,
    /// Only that vendor's list has the phrase.
    Phrase,
}

/// Who most likely sent the response.
#[derive(Debug, Clone, Serialize)]
pub struct Attribution {
    /// The vendor list's slug.
    pub vendor: String,
    /// The vendor's name in the answer's locale.
    pub vendor_name: String,
    /// How it was told.
    pub basis: AttributionBasis,
    /// For `header`: the header that named it.
    pub header: Option<String>,
    /// What in the product sends the phrase (a module, a function, a stock script).
    pub sender: Option<String>,
    /// Where this is known from: the list entry's source, or where the product sets its
    /// header.
    pub source: Option<String>,
    /// The product versions the entry applies to.
    pub applies_to: Option<String>,
    /// How sure: `source`, `observed` or `reported`.
    pub confidence: Option<String>,
    /// The line a surface shows.
    pub text: String,
}

/// What an unknown phrase's words say.
#[derive(Debug, Clone, Serialize)]
pub struct ReadingInfo {
    /// The concepts found, the inferred category, side and retry, and the confidence.
    #[serde(flatten)]
    pub reading: Reading,
    /// What the phrase indicates, in a sentence.
    pub sentence: String,
    /// Whether the reading's category differs from the code's.
    pub disagrees: bool,
    /// When it differs: which to trust for what, in a sentence.
    pub note: Option<String>,
}

/// The lead of an answer, added to it.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Lead {
    /// The answer in one line.
    pub headline: Option<Headline>,
    /// How the input matched.
    pub match_note: Option<MatchNote>,
    /// The triage facts as words.
    pub triage: Option<Triage>,
    /// The first actions (at most [`LEAD_ACTIONS`]).
    pub actions: Vec<String>,
    /// The line for the caller (the end-user message).
    pub caller_line: Option<String>,
    /// Who most likely sent the response.
    pub attribution: Option<Attribution>,
    /// For a phrase no list knows: what its words say.
    pub reading: Option<ReadingInfo>,
}
