//! What a scan is asked to do and what it reports, serialized as `scan --json` prints them.

use crate::calls::Dialogs;
use crate::explain::MatchKind;
use crate::i18n::Locale;
use serde::Serialize;
use std::collections::BTreeMap;

/// Options for [`crate::Kb::scan`].
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// The locale of the explanations (English when none).
    pub locale: Option<Locale>,
    /// List 1xx–3xx responses too, not only their tally.
    pub all: bool,
    /// Keep only the call with this Call-ID, with its whole messages (`--call ID`).
    pub call: Option<String>,
}

/// What a scanned input was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// A text log.
    Log,
    /// A gzip-compressed text log.
    Gzip,
    /// A pcap capture.
    Pcap,
    /// A pcapng capture.
    Pcapng,
}

/// One scanned input.
#[derive(Debug, Clone, Serialize)]
pub struct ScannedFile {
    /// Its name as given (`-` for stdin).
    pub name: String,
    /// What it was.
    pub kind: FileKind,
    /// Bytes read (of a compressed file: decompressed bytes).
    pub bytes: u64,
    /// Lines of a log.
    pub lines: u64,
    /// Packets of a capture.
    pub packets: Option<u64>,
}

/// Where something was seen: a log's file and line, or a capture's packet with its time and
/// addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sighting {
    /// The input's name.
    pub file: String,
    /// The line number (from 1) in a log; the packet number (from 1) in a capture.
    pub line: u64,
    /// A capture packet's time, RFC 3339 UTC.
    pub time: Option<String>,
    /// A capture packet's source, `ip:port`.
    pub src: Option<String>,
    /// A capture packet's destination, `ip:port`.
    pub dst: Option<String>,
}

/// One distinct response (code and phrase) and what it means.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseSummary {
    /// The status code.
    pub code: u16,
    /// The reason phrase as first seen (spellings that normalize alike are counted together).
    pub phrase: String,
    /// How many times.
    pub count: u64,
    /// Where first seen.
    pub first: Sighting,
    /// Where last seen.
    pub last: Sighting,
    /// How `sipkb explain` matched it.
    #[serde(rename = "match")]
    pub kind: MatchKind,
    /// The registry's phrase for the code (for an unregistered code: its class's x00's).
    pub canonical_reason: Option<String>,
    /// The vendor whose variant it matched, if any.
    pub vendor: Option<String>,
    /// The explanation's title, in the report's locale.
    pub title: String,
    /// What it means.
    pub summary: String,
    /// The first suggested action.
    pub action: Option<String>,
}

/// One distinct `Reason:` or `Warning:` entry.
#[derive(Debug, Clone, Serialize)]
pub struct HeaderSummary {
    /// `Reason` or `Warning`.
    pub header: String,
    /// For a reason: its protocol (`Q.850`, `SIP`); for a warning: its agent.
    pub source: String,
    /// The cause (reason) or warn-code (warning).
    pub code: u16,
    /// The text as first seen.
    pub text: String,
    /// How many times.
    pub count: u64,
    /// Where first seen.
    pub first: Sighting,
    /// Where last seen.
    pub last: Sighting,
    /// The SIP response it stands for: the cause of a `SIP` reason, or the response RFC 3398
    /// §7.2.4.1 maps a Q.850 cause to.
    pub sip_code: Option<u16>,
    /// That response's title, in the report's locale.
    pub sip_title: Option<String>,
}

/// What `sipkb scan` found.
#[derive(Debug, Clone, Serialize)]
pub struct ScanReport {
    /// The locale of the texts.
    pub locale: Locale,
    /// The inputs, in order.
    pub files: Vec<ScannedFile>,
    /// Status lines found, all classes.
    pub responses: u64,
    /// Status lines per class: `1xx` … `6xx`.
    pub classes: BTreeMap<String, u64>,
    /// Distinct 4xx–6xx responses, most frequent first.
    pub failures: Vec<ResponseSummary>,
    /// Distinct 1xx–3xx responses (with `all`; empty otherwise), most frequent first.
    pub others: Vec<ResponseSummary>,
    /// Distinct `Reason:` entries, most frequent first.
    pub reasons: Vec<HeaderSummary>,
    /// Distinct `Warning:` entries, most frequent first.
    pub warnings: Vec<HeaderSummary>,
    /// Calls, registrations and OPTIONS from whole messages (captures, full traces), issue
    /// #21; flattened: `calls`, `registrations`, `options`, `call_totals`, `calls_note`.
    #[serde(flatten)]
    pub dialogs: Dialogs,
}
