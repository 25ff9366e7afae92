//! The parts an explanation is made of (title, summary, causes…), as one table every reader
//! and writer of texts iterates: rendering, import validation, CSV columns, export, search.

use serde::Serialize;
use std::collections::BTreeMap;

/// The parts of an explanation, rendered in one locale. An entry may have any subset; a part
/// it lacks is empty. [`PARTS`] names them in the order they are written.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Texts {
    /// A short title.
    pub title: String,
    /// What it means, in one to three sentences.
    pub summary: String,
    /// Likely causes, one per item.
    pub causes: Vec<String>,
    /// Suggested actions, one per item.
    pub actions: Vec<String>,
    /// The end-user line an application can show.
    pub ui: String,
    /// What the caller notices (tone, announcement, display).
    pub impact: String,
    /// How to confirm the cause, one step per item (what to look at in the trace or device).
    pub confirm: Vec<String>,
    /// What to check on Asterisk (chan_pjsip): commands and settings, verbatim.
    pub asterisk: Vec<String>,
    /// What to check on FreeSWITCH.
    pub freeswitch: Vec<String>,
    /// What to check on Kamailio.
    pub kamailio: Vec<String>,
    /// What to check on OpenSIPS.
    pub opensips: Vec<String>,
    /// What in the product sends it (a module, a function, a stock script), for a vendor's
    /// entry read from its source.
    pub sender: String,
    /// For each platform the texts have hints for, the versions those hints were checked for
    /// (`data/hints.toml`: `"asterisk": "Asterisk 20+ (chan_pjsip)"`). Filled when an answer
    /// is rendered, for the built-in hints only (an imported list's hints were checked by no
    /// one); never read from a list.
    #[serde(skip_deserializing, skip_serializing_if = "BTreeMap::is_empty")]
    pub hint_versions: BTreeMap<String, String>,
}

/// Whether a part is one line of text or a list of items (one per line in Fluent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// One paragraph.
    Line,
    /// A list, one item per line.
    Items,
}

/// Every part of [`Texts`], as Fluent attribute names, in the order files write them.
pub const PARTS: &[(&str, PartKind)] = &[
    ("title", PartKind::Line),
    ("summary", PartKind::Line),
    ("causes", PartKind::Items),
    ("actions", PartKind::Items),
    ("ui", PartKind::Line),
    ("impact", PartKind::Line),
    ("confirm", PartKind::Items),
    ("asterisk", PartKind::Items),
    ("freeswitch", PartKind::Items),
    ("kamailio", PartKind::Items),
    ("opensips", PartKind::Items),
    ("sender", PartKind::Line),
];

/// One part's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    /// A one-line part.
    Line(&'a str),
    /// A list part.
    Items(&'a [String]),
}

impl Texts {
    /// The non-empty parts, title first, one text per item.
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (name, _) in PARTS {
            match self.part(name) {
                Part::Line(t) => out.push(t.to_string()),
                Part::Items(items) => out.extend(items.iter().cloned()),
            }
        }
        out.retain(|t| !t.trim().is_empty());
        out
    }

    /// The part named `name` (one of [`PARTS`]); an unknown name reads as an empty line.
    pub fn part(&self, name: &str) -> Part<'_> {
        match name {
            "title" => Part::Line(&self.title),
            "summary" => Part::Line(&self.summary),
            "ui" => Part::Line(&self.ui),
            "impact" => Part::Line(&self.impact),
            "sender" => Part::Line(&self.sender),
            "causes" => Part::Items(&self.causes),
            "actions" => Part::Items(&self.actions),
            "confirm" => Part::Items(&self.confirm),
            "asterisk" => Part::Items(&self.asterisk),
            "freeswitch" => Part::Items(&self.freeswitch),
            "kamailio" => Part::Items(&self.kamailio),
            "opensips" => Part::Items(&self.opensips),
            _ => Part::Line(""),
        }
    }

    /// Sets part `name` from its text; a list part is split into its lines.
    pub fn set_part(&mut self, name: &str, text: &str) {
        let line = |t: &mut String| *t = text.to_string();
        match name {
            "title" => line(&mut self.title),
            "summary" => line(&mut self.summary),
            "ui" => line(&mut self.ui),
            "impact" => line(&mut self.impact),
            "sender" => line(&mut self.sender),
            _ => {
                let list = match name {
                    "causes" => &mut self.causes,
                    "actions" => &mut self.actions,
                    "confirm" => &mut self.confirm,
                    "asterisk" => &mut self.asterisk,
                    "freeswitch" => &mut self.freeswitch,
                    "kamailio" => &mut self.kamailio,
                    "opensips" => &mut self.opensips,
                    _ => return,
                };
                *list = items(text);
            }
        }
    }

    /// Whether every part is empty.
    pub fn is_empty(&self) -> bool {
        self.lines().is_empty()
    }
}

/// Splits a multi-line attribute into its items.
pub(super) fn items(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}
