//! The lead of an answer (issue #19): what a busy engineer reads first — the headline, how
//! the input matched, the triage facts as words, the top actions and the caller's line — and
//! who sent the response and what an unknown phrase's words say (issue #18). Every surface
//! (CLI text, JSON, the web page) shows these first and the depth after them.
//!
//! The lead is derived from the rendered answer, so it can never say something the depth
//! does not.

use super::render::Renderer;
use super::triage::{
    Attribution, AttributionBasis, CauseRef, Headline, LEAD_ACTIONS, Labeled, Lead, MatchNote,
    NoteKind, NoteLevel, ReadingInfo, Triage, TriageBasis,
};
use super::types::{Explanation, MatchKind, Variant};
use crate::error::Result;
use crate::i18n::{Arg, Texts};
use crate::reading::{self, Confidence};
use crate::sender::Sender;

/// The entry the answer is about: the first vendor reading, else the code's own.
fn primary(ex: &Explanation) -> Option<(&Texts, &str, &str, &str, Option<u8>)> {
    if let Some(v) = ex.variants.first() {
        return Some((&v.texts, &v.category, &v.side, &v.retry, v.q850));
    }
    ex.canonical.as_ref().map(|c| {
        (
            &c.texts,
            c.category.as_str(),
            c.side.as_str(),
            c.retry.as_str(),
            c.q850,
        )
    })
}

impl Renderer<'_> {
    fn label(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.catalog.label(self.locale, id, args)
    }

    fn labeled(&self, prefix: &str, value: &str) -> Labeled {
        Labeled {
            value: value.to_string(),
            label: self.label(&format!("{prefix}-{value}"), &[]),
        }
    }

    /// The lead of `ex`, for a response whose sender `sender` names, if any.
    pub(super) fn lead(&mut self, ex: &Explanation, sender: Option<&Sender>) -> Result<Lead> {
        let reading = self.reading_info(ex);
        let primary = primary(ex);
        let headline = self.headline(ex, primary.map(|p| p.0));
        let triage = match primary {
            Some((_, category, side, retry, q850)) => {
                let (category, side, retry, basis) = match &reading {
                    // The code decides what the protocol does (RFC 3261 §7.2): a phrase that
                    // contradicts it never changes who acts or whether to retry.
                    Some(r)
                        if r.reading.confidence >= Confidence::Medium
                            && ex.contradiction.is_none() =>
                    {
                        (
                            r.reading.category.as_str(),
                            r.reading.side.as_str(),
                            r.reading.retry.as_str(),
                            TriageBasis::Reading,
                        )
                    }
                    _ => (category, side, retry, TriageBasis::Entry),
                };
                Some(Triage {
                    category: self.labeled("category", category),
                    side: self.labeled("side", side),
                    retry: self.labeled("retry", retry),
                    escalate: self.label(&format!("escalate-{side}"), &[]),
                    q850: self.cause_ref(q850)?,
                    basis,
                })
            }
            None => None,
        };
        let canonical = ex.canonical.as_ref().map(|c| &c.texts);
        // A vendor reading with no actions of its own borrows the code's only when both
        // name the same kind of problem: A1ROUTES' rate-limit 580 must not be told to check
        // SDP preconditions.
        let same_kind = match (ex.variants.first(), &ex.canonical) {
            (Some(v), Some(c)) => v.category == c.category,
            _ => true,
        };
        let (actions, caller_line) = match primary {
            Some((texts, ..)) => {
                let actions = if !texts.actions.is_empty() {
                    texts.actions.clone()
                } else if same_kind {
                    canonical.map(|c| c.actions.clone()).unwrap_or_default()
                } else {
                    Vec::new()
                };
                let ui = Some(texts.ui.clone())
                    .filter(|u| !u.is_empty())
                    .or_else(|| {
                        canonical
                            .filter(|_| same_kind)
                            .map(|c| c.ui.clone())
                            .filter(|u| !u.is_empty())
                    });
                (actions.into_iter().take(LEAD_ACTIONS).collect(), ui)
            }
            None => (Vec::new(), None),
        };
        Ok(Lead {
            match_note: Some(self.match_note(ex, reading.is_some())),
            attribution: self.attribution(ex, sender),
            headline,
            triage,
            actions,
            caller_line,
            reading,
        })
    }

    fn cause_ref(&self, cause: Option<u8>) -> Result<Option<CauseRef>> {
        let Some(c) = cause else { return Ok(None) };
        Ok(self.store.q850_cause(c)?.map(|c| {
            let title = self
                .catalog
                .title(self.locale, &c.message_id())
                .unwrap_or_else(|| c.name.clone());
            CauseRef {
                value: c.value,
                name: c.name,
                title,
            }
        }))
    }

    fn headline(&self, ex: &Explanation, texts: Option<&Texts>) -> Option<Headline> {
        let meaning = match (&ex.cause, texts) {
            (Some(cause), _) => cause.texts.title.clone(),
            (None, Some(t)) => t.title.clone(),
            (None, None) => return None,
        };
        let phrase = match (&ex.cause, &ex.phrase) {
            // A cause has no phrase: its ITU-T name is English, and its title says it in
            // the answer's language.
            (Some(_), _) => None,
            (None, Some(p)) => Some(p.clone()),
            (None, None) => ex.canonical.as_ref().map(|c| c.reason.clone()),
        };
        Some(Headline {
            code: if ex.cause.is_some() { None } else { ex.code },
            phrase,
            meaning,
        })
    }

    fn match_note(&self, ex: &Explanation, read: bool) -> MatchNote {
        use NoteKind as K;
        let code = ex.code.map(|c| c.to_string()).unwrap_or_default();
        let phrase = ex.phrase.clone().unwrap_or_default();
        let (kind, text) = match ex.kind {
            _ if ex.contradiction.is_some() => {
                let c = ex.contradiction.as_ref().expect("checked");
                (
                    K::Contradiction,
                    self.label(
                        "app-contradiction",
                        &[
                            ("phrase", Arg::Str(&phrase)),
                            ("says", Arg::Str(&c.phrase_says)),
                            ("class", Arg::Str(&c.code_class)),
                        ],
                    ),
                )
            }
            _ if ex.fuzzy => {
                let best = ex.suggestions.first();
                let known = best.map(|s| s.phrase.as_str()).unwrap_or_default();
                let percent = best.map_or(0, |s| (s.score * 100.0).round() as i64);
                (
                    K::Fuzzy,
                    self.label(
                        "note-fuzzy",
                        &[
                            ("phrase", Arg::Str(&phrase)),
                            ("known", Arg::Str(known)),
                            ("percent", Arg::Num(percent)),
                        ],
                    ),
                )
            }
            MatchKind::Variant | MatchKind::Phrase if !ex.variants.is_empty() => {
                let vendor = ex.variants[0].vendor_name.as_str();
                let lists = distinct_vendors(&ex.variants);
                (
                    K::Vendor,
                    self.label(
                        "note-vendor",
                        &[
                            ("vendor", Arg::Str(vendor)),
                            ("lists", Arg::Num(lists as i64)),
                        ],
                    ),
                )
            }
            MatchKind::Canonical | MatchKind::Phrase => {
                let reason = ex
                    .canonical
                    .as_ref()
                    .map(|c| c.reason.as_str())
                    .unwrap_or("");
                (
                    K::Standard,
                    self.label(
                        "note-standard",
                        &[("code", Arg::Str(&code)), ("reason", Arg::Str(reason))],
                    ),
                )
            }
            MatchKind::UnknownVariant => {
                let id = if read {
                    "note-unknown-phrase-read"
                } else {
                    "note-unknown-phrase"
                };
                (
                    K::UnknownPhrase,
                    self.label(
                        id,
                        &[("phrase", Arg::Str(&phrase)), ("code", Arg::Str(&code))],
                    ),
                )
            }
            MatchKind::Class => {
                let fallback = ex
                    .class_fallback
                    .as_ref()
                    .map(|c| c.treated_as.to_string())
                    .unwrap_or_default();
                (
                    K::Unregistered,
                    self.label(
                        "app-class-fallback",
                        &[("code", Arg::Str(&code)), ("fallback", Arg::Str(&fallback))],
                    ),
                )
            }
            MatchKind::Cause => {
                let value = ex.cause.as_ref().map_or(0, |c| i64::from(c.value));
                let note = if ex.code.is_some() {
                    "note-cause"
                } else {
                    "note-cause-no-sip"
                };
                (
                    K::Cause,
                    self.label(
                        note,
                        &[("value", Arg::Num(value)), ("code", Arg::Str(&code))],
                    ),
                )
            }
            MatchKind::Headers => (K::Headers, self.label("note-headers", &[])),
            MatchKind::NotFound | MatchKind::Variant => {
                let lines = ex.input.lines().filter(|l| !l.trim().is_empty()).count();
                if lines > 1 {
                    // Several lines that are not one SIP message are a log: echoing them all
                    // back helps nobody, pointing to the command that reads logs does (any
                    // related entries, found by the log's words, still follow).
                    (
                        K::NotFound,
                        self.label("app-not-found-lines", &[("lines", Arg::Num(lines as i64))]),
                    )
                } else if ex.suggestions.is_empty() && ex.found_in.is_empty() {
                    (
                        K::NotFound,
                        self.label("app-not-found", &[("input", Arg::Str(ex.input.trim()))]),
                    )
                } else {
                    (K::Related, self.label("note-related", &[]))
                }
            }
        };
        let level = match kind {
            K::Standard | K::Vendor | K::Cause | K::Headers => NoteLevel::Info,
            _ => NoteLevel::Warning,
        };
        MatchNote { kind, level, text }
    }

    /// The sender: the one the response's header names, else the only vendor whose list
    /// has the phrase (never for a standard phrase, which every product sends).
    fn attribution(&self, ex: &Explanation, sender: Option<&Sender>) -> Option<Attribution> {
        if let Some(s) = sender {
            let row = ex.variants.iter().find(|v| v.vendor == s.vendor);
            let vendor_name = match row {
                Some(v) => v.vendor_name.clone(),
                None => {
                    let stored = self.store.vendors().ok()?;
                    let name = stored
                        .iter()
                        .find(|v| v.slug == s.vendor)
                        .map_or(s.vendor.as_str(), |v| v.name.as_str());
                    self.catalog.vendor_name(self.locale, &s.vendor, name)
                }
            };
            let text = self.label(
                "attribution-header",
                &[
                    ("vendor", Arg::Str(&vendor_name)),
                    ("header", Arg::Str(&s.header)),
                ],
            );
            return Some(Attribution {
                vendor: s.vendor.clone(),
                vendor_name,
                basis: AttributionBasis::Header,
                header: Some(s.header.clone()),
                sender: row
                    .map(|v| v.texts.sender.clone())
                    .filter(|t| !t.is_empty()),
                source: s.source.clone(),
                applies_to: None,
                confidence: Some(s.confidence.clone()),
                text,
            });
        }
        if ex.fuzzy || !matches!(ex.kind, MatchKind::Variant | MatchKind::Phrase) {
            return None;
        }
        let first = ex.variants.first()?;
        if distinct_vendors(&ex.variants) != 1 {
            return None;
        }
        let sender = Some(first.texts.sender.clone()).filter(|t| !t.is_empty());
        let text = match &sender {
            Some(what) => self.label(
                "attribution-phrase-sender",
                &[
                    ("vendor", Arg::Str(&first.vendor_name)),
                    ("sender", Arg::Str(what)),
                ],
            ),
            None => self.label(
                "attribution-phrase",
                &[("vendor", Arg::Str(&first.vendor_name))],
            ),
        };
        Some(Attribution {
            vendor: first.vendor.clone(),
            vendor_name: first.vendor_name.clone(),
            basis: AttributionBasis::Phrase,
            header: None,
            sender,
            source: first.provenance.source.clone(),
            applies_to: first.provenance.applies_to.clone(),
            confidence: first.provenance.confidence.clone(),
            text,
        })
    }

    /// For a phrase no list knows: what its words say, and whether that differs from the
    /// code.
    fn reading_info(&self, ex: &Explanation) -> Option<ReadingInfo> {
        let unknown = match ex.kind {
            MatchKind::UnknownVariant | MatchKind::NotFound => true,
            MatchKind::Class => ex.variants.is_empty(),
            _ => false,
        };
        if !unknown {
            return None;
        }
        let reading = reading::read(ex.phrase.as_deref()?)?;
        let decider = &reading.concepts.first()?.id;
        let sentence = self.label(&format!("reading-{decider}"), &[]);
        let code_category = ex.canonical.as_ref().map(|c| c.category.as_str());
        let disagrees = reading.confidence >= Confidence::Medium
            && code_category.is_some_and(|c| c != reading.category);
        let note = disagrees.then(|| {
            let code = ex.code.map(|c| c.to_string()).unwrap_or_default();
            let what = self.label(&format!("category-{}", reading.category), &[]);
            let protocol = self.label(&format!("category-{}", code_category.unwrap_or("")), &[]);
            self.label(
                "reading-disagrees",
                &[
                    ("reading", Arg::Str(&what)),
                    ("code", Arg::Str(&code)),
                    ("category", Arg::Str(&protocol)),
                ],
            )
        });
        Some(ReadingInfo {
            reading,
            sentence,
            disagrees,
            note,
        })
    }
}

fn distinct_vendors(variants: &[Variant]) -> usize {
    let mut slugs: Vec<&str> = variants.iter().map(|v| v.vendor.as_str()).collect();
    slugs.sort_unstable();
    slugs.dedup();
    slugs.len()
}
