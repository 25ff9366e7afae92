//! What an explanation is made of: the answer's types, serialized as `explain --json` prints
//! them.

use super::triage::Lead;
use crate::i18n::{Locale, Texts};
use crate::model::Provenance;
use crate::phrase::normalize_phrase;
use crate::q850::Relation;
use crate::search::SearchHit;
use crate::sighting::SightingKind;
use serde::Serialize;

/// How an input matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// Code and phrase (or device code) matched one or more vendor variants.
    Variant,
    /// A registered code with its canonical phrase, an alias, or no phrase.
    Canonical,
    /// A registered code with a phrase no list knows.
    UnknownVariant,
    /// An unregistered code: handled as its class's x00 (RFC 3261 §8.1.3.2).
    Class,
    /// A phrase on its own matched variants or canonical phrases.
    Phrase,
    /// A Q.850 cause (`q850:17`, `USER_BUSY`, `AST_CAUSE_CONGESTION`).
    Cause,
    /// Only `Reason:`/`Warning:` header lines were given.
    Headers,
    /// Nothing matched.
    NotFound,
}

/// Options for [`crate::Kb::explain`].
#[derive(Debug, Clone, Default)]
pub struct ExplainOptions {
    /// The locale to render texts in.
    pub locale: Option<Locale>,
    /// A vendor slug whose variants are listed first.
    pub vendor: Option<String>,
}

/// A canonical code with its texts.
#[derive(Debug, Clone, Serialize)]
pub struct Canonical {
    /// The code.
    pub code: u16,
    /// The IANA reason phrase.
    pub reason: String,
    /// Defining documents.
    pub rfc: Vec<String>,
    /// Triage category.
    pub category: String,
    /// The Q.850 cause it maps to (RFC 3398 §8.2.6.1), if any.
    pub q850: Option<u8>,
    /// That cause's ITU-T name.
    pub q850_name: Option<String>,
    /// That cause's name for people, in the answer's locale (the title of `q850-<n>`).
    pub q850_title: Option<String>,
    /// Retry advice: none, redirect, fix, later, elsewhere, never.
    pub retry: String,
    /// Who most likely has to act: caller, callee, carrier, operator, none.
    pub side: String,
    /// Other spellings of the canonical phrase.
    pub aliases: Vec<String>,
    /// Rendered texts.
    #[serde(flatten)]
    pub texts: Texts,
}

/// A vendor variant with its texts.
#[derive(Debug, Clone, Serialize)]
pub struct Variant {
    /// Vendor slug.
    pub vendor: String,
    /// Vendor name, in the explanation's locale where the list has a translation.
    pub vendor_name: String,
    /// The SIP code it stands for, if any.
    pub code: Option<u16>,
    /// The IANA phrase of that code, when the code is registered.
    pub canonical_reason: Option<String>,
    /// The vendor device code, if any.
    pub vendor_code: Option<String>,
    /// The phrase as seen on the wire.
    pub phrase: String,
    /// Triage category.
    pub category: String,
    /// Who most likely has to act: the list's answer, else the code's (`none` without either).
    pub side: String,
    /// Retry advice: the list's answer, else the code's (`none` without either).
    pub retry: String,
    /// The Q.850 cause its SIP code maps to (RFC 3398 §8.2.6.1), if any.
    pub q850: Option<u8>,
    /// That cause's ITU-T name.
    pub q850_name: Option<String>,
    /// That cause's name for people, in the answer's locale (the title of `q850-<n>`).
    pub q850_title: Option<String>,
    /// Where the entry comes from (`source`, `applies_to`, `confidence`), as its list says.
    #[serde(flatten)]
    pub provenance: Provenance,
    /// Rendered texts.
    #[serde(flatten)]
    pub texts: Texts,
}

/// A vendor's note about the whole class of the response.
#[derive(Debug, Clone, Serialize)]
pub struct Note {
    /// Vendor slug.
    pub vendor: String,
    /// Vendor name, in the explanation's locale where the list has a translation.
    pub vendor_name: String,
    /// The class, e.g. `5xx`.
    pub class: String,
    /// Rendered texts.
    #[serde(flatten)]
    pub texts: Texts,
}

/// What an unregistered code is handled as.
#[derive(Debug, Clone, Serialize)]
pub struct ClassFallback {
    /// The class, e.g. `4xx`.
    pub class: String,
    /// The code it is treated as (x00; 183 for 1xx).
    pub treated_as: u16,
    /// Rendered texts about the class.
    #[serde(flatten)]
    pub texts: Texts,
}

/// A known phrase close to an unknown one.
#[derive(Debug, Clone, Serialize)]
pub struct Suggestion {
    /// The known phrase.
    pub phrase: String,
    /// Its code.
    pub code: u16,
    /// The vendor it belongs to; none for a canonical spelling.
    pub vendor: Option<String>,
    /// Similarity, 0 to 1.
    pub score: f64,
    /// Why it is offered: a close spelling (a typo), or the same words and concepts.
    pub by: SuggestedBy,
}

/// Why a known phrase is suggested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestedBy {
    /// Letters: an optimal-string-alignment similarity of at least 0.8 (a typo).
    Spelling,
    /// Meaning: the words (or their stems) and the concepts the two phrases share.
    Meaning,
}

/// A phrase that says the opposite of its code's class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contradiction {
    /// The class of the code, e.g. `2xx`.
    pub code_class: String,
    /// What the phrase says instead: `success` or `failure`.
    pub phrase_says: String,
    /// Codes whose standard phrase it is, when it is one (`OK` → 200).
    pub phrase_codes: Vec<u16>,
}

/// A Q.850 cause with its texts and both RFC 3398 mappings.
#[derive(Debug, Clone, Serialize)]
pub struct CauseInfo {
    /// The cause value, 1–127.
    pub value: u8,
    /// Its ITU-T Q.850 name.
    pub name: String,
    /// Its class (`normal`, `resource-unavailable`, …).
    pub class: String,
    /// The SIP response a gateway answers with for it (RFC 3398 §7.2.4.1), where defined.
    pub to_sip: Option<u16>,
    /// That response's IANA phrase.
    pub to_sip_reason: Option<String>,
    /// The SIP responses a gateway turns into this cause (RFC 3398 §8.2.6.1).
    pub from_sip: Vec<u16>,
    /// The FreeSWITCH hangup cause name (not `freeswitch`: that key holds the platform hints
    /// of the flattened texts).
    pub freeswitch_name: Option<String>,
    /// Asterisk's `AST_CAUSE_…` names.
    pub asterisk_names: Vec<String>,
    /// The switch's name the input used (`USER_BUSY`), when it named the cause that way.
    pub alias: Option<String>,
    /// Rendered texts (title, summary, actions).
    #[serde(flatten)]
    pub texts: Texts,
}

/// One reason of a `Reason:` header, explained.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonInfo {
    /// The protocol, upper case: `Q.850`, `SIP`, or another token (not interpreted).
    pub protocol: String,
    /// The cause number.
    pub cause: u16,
    /// The `text` parameter, when given.
    pub text: Option<String>,
    /// For `Q.850`: the cause.
    pub q850: Option<CauseInfo>,
    /// For `SIP`: the code's canonical entry, when it is registered.
    pub sip: Option<Canonical>,
    /// How it relates to the status line given with it, if any.
    pub relation: Option<Relation>,
    /// That relation in a sentence, in the explanation's locale.
    pub relation_note: Option<String>,
}

/// One warning of a `Warning:` header, explained.
#[derive(Debug, Clone, Serialize)]
pub struct WarningInfo {
    /// The warn-code, 300–399.
    pub code: u16,
    /// The warn-agent (host or pseudonym).
    pub agent: String,
    /// The warn-text.
    pub text: String,
    /// Whether the code is in the IANA warn-codes registry; else its range is explained.
    pub registered: bool,
    /// Rendered texts of the code, or of its range (RFC 3261 §20.43).
    #[serde(flatten)]
    pub texts: Texts,
}

/// What a log line given to `explain` was read as: the sighting `sipkb scan` would count for
/// it (`Call 0 is DISCONNECTED [reason=404 (Not Found)]` → 404 Not Found).
#[derive(Debug, Clone, Serialize)]
pub struct LineSighting {
    /// How the line printed it.
    pub kind: SightingKind,
    /// The pattern that read it.
    pub via: String,
    /// The SIP code it states.
    pub code: Option<u16>,
    /// The reason phrase it states.
    pub phrase: String,
    /// The Q.850 cause it states.
    pub cause: Option<u8>,
    /// The word the product printed (`USER_BUSY`).
    pub name: Option<String>,
}

/// The answer to one input.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// The input as given.
    pub input: String,
    /// The locale texts are rendered in.
    pub locale: Locale,
    /// How the input matched.
    #[serde(rename = "match")]
    pub kind: MatchKind,
    /// The reason phrase given with the input (or the phrase alone), as typed.
    pub phrase: Option<String>,
    /// The SIP code, when one is known.
    pub code: Option<u16>,
    /// The class, e.g. `4xx`.
    pub class: Option<String>,
    /// Whether the code is absent from the IANA registry.
    pub unregistered: bool,
    /// The canonical entry (for an unregistered code: its class's x00).
    pub canonical: Option<Canonical>,
    /// For an unregistered code: the class it falls back to.
    pub class_fallback: Option<ClassFallback>,
    /// Matching vendor variants (the preferred vendor first).
    pub variants: Vec<Variant>,
    /// For the code's own standard phrase: the vendors that gloss that same phrase, listed
    /// after the canonical meaning (never ahead of it), unless the response's sender or
    /// `--vendor` names one of them, whose reading is then in `variants`.
    pub also_glossed: Vec<Variant>,
    /// Vendors' notes about the response's class.
    pub notes: Vec<Note>,
    /// Whether the match was made through a close spelling (a typo) rather than exactly.
    pub fuzzy: bool,
    /// Known phrases close to an unknown one, best first.
    pub suggestions: Vec<Suggestion>,
    /// For a phrase nothing is called (not even nearly): the entries whose explanations hold
    /// its words (`ДЕНЬГИ` → 480 No money left), best first, as `sipkb search` finds them.
    pub found_in: Vec<SearchHit>,
    /// Set when the phrase contradicts the code's class (`486 OK`): SIP acts on the code.
    pub contradiction: Option<Contradiction>,
    /// For a Q.850 cause asked about: the cause (`code` and `canonical` are then the SIP
    /// response RFC 3398 §7.2.4.1 maps it to).
    pub cause: Option<CauseInfo>,
    /// The reasons of the `Reason:` headers given with the input, explained.
    pub reasons: Vec<ReasonInfo>,
    /// The warnings of the `Warning:` headers given with the input, explained.
    pub warnings: Vec<WarningInfo>,
    /// Lines given after the status line, verbatim.
    pub headers: Vec<String>,
    /// Locales a text fell back to (empty when every text is in `locale`).
    pub fallback: Vec<Locale>,
    /// For a log line: what it was read as (the answer is then about that).
    pub sighting: Option<LineSighting>,
    /// What a busy engineer reads first: headline, match note, triage, actions, caller's
    /// line, attribution and reading.
    #[serde(flatten)]
    pub lead: Lead,
}

impl Explanation {
    /// Whether the phrase given is the code's own (its IANA phrase or a known alias, as
    /// normalized): `486 Busy Here` is the canonical meaning even where a vendor list glosses
    /// that phrase, so a summary for people shows the canonical text first.
    pub fn standard_phrase(&self) -> bool {
        let typed = normalize_phrase(self.phrase.as_deref().unwrap_or(""));
        self.canonical.as_ref().is_some_and(|c| {
            Some(c.code) == self.code
                && std::iter::once(&c.reason)
                    .chain(&c.aliases)
                    .any(|p| normalize_phrase(p) == typed)
        })
    }
}
