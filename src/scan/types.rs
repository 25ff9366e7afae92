//! What a scan is asked to do and what it reports, serialized as `scan --json` prints them.

use crate::calls::Dialogs;
use crate::explain::MatchKind;
use crate::i18n::Locale;
use crate::q850::Relation;
use crate::sighting::SightingKind;
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Options for [`crate::Kb::scan`].
#[derive(Debug, Clone, Default)]
pub struct ScanOptions {
    /// The locale of the explanations (English when none).
    pub locale: Option<Locale>,
    /// List 1xx–3xx responses too, not only their tally.
    pub all: bool,
    /// Also list every sighting, line by line (at most [`ScanReport::MAX_SIGHTINGS`]).
    pub sightings: bool,
    /// The most distinct entries listed and explained per list (failures, other responses,
    /// reasons, warnings); the rest are counted in [`ScanReport::more`]. Default:
    /// [`ScanOptions::DEFAULT_LIMIT`].
    pub limit: Option<usize>,
    /// Set from another thread to stop the scan: it then ends with
    /// [`crate::Error::Cancelled`] (a server whose client went away or timed out).
    pub cancel: Option<Arc<AtomicBool>>,
    /// Keep only the call with this Call-ID, with its whole messages (`--call ID`).
    pub call: Option<String>,
    /// Tally sightings only, without grouping whole messages into calls (`--no-calls`): on a
    /// dense trace the call analysis is most of a scan's time.
    pub no_calls: bool,
}

impl ScanOptions {
    /// The most distinct entries a list holds unless [`ScanOptions::limit`] says otherwise:
    /// a log of 200,000 distinct status lines took 19 s and 278 MB to explain in full, and
    /// nobody reads that far down a list sorted by frequency.
    pub const DEFAULT_LIMIT: usize = 1000;

    /// The limit in force.
    pub fn limit(&self) -> usize {
        self.limit.unwrap_or(Self::DEFAULT_LIMIT)
    }

    /// `Err(Cancelled)` once the cancel flag is set.
    pub(crate) fn check_cancel(&self) -> crate::error::Result<()> {
        match &self.cancel {
            Some(flag) if flag.load(Ordering::Relaxed) => Err(crate::error::Error::Cancelled),
            _ => Ok(()),
        }
    }
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
    /// For a capture that breaks after some packets (a corrupt block, a last record cut
    /// short): the byte offset where reading stopped; what follows is not read.
    pub damaged_at: Option<u64>,
}

/// Where something was seen: a log's file and line, or a capture's packet with its time and
/// addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sighting {
    /// The input's name.
    pub file: String,
    /// The line number (from 1) in a log; the packet number (from 1) in a capture.
    pub line: u64,
    /// A capture packet's time (RFC 3339 UTC), or a log line's own timestamp as written.
    pub time: Option<String>,
    /// A capture packet's source, `ip:port`.
    pub src: Option<String>,
    /// A capture packet's destination, `ip:port`.
    pub dst: Option<String>,
}

/// One distinct sighting of a SIP outcome (code, cause and phrase as the product printed them)
/// and what it means.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseSummary {
    /// The SIP code stated (as printed, also a product's internal status such as sofia-sip's
    /// 904; for a switch-only cause such as `ORIGINATOR_CANCEL`, the code the switch answers).
    pub code: Option<u16>,
    /// The reason phrase as first seen (spellings that normalize alike are counted together).
    pub phrase: String,
    /// The Q.850 cause stated (a switch's cause name converted: `USER_BUSY` → 17).
    pub cause: Option<u8>,
    /// The word the product printed for it, when it printed one (`USER_BUSY`, `recv_bye`).
    pub cause_name: Option<String>,
    /// How it was printed (first seen): `status-line`, `method-status`, `product-phrase`,
    /// `hangup-cause`, `cdr-field`.
    pub sighting: SightingKind,
    /// The patterns that found it, with how often each did (`asterisk-chan-sip-response`).
    pub via: BTreeMap<String, u64>,
    /// How many times.
    pub count: u64,
    /// Where first seen.
    pub first: Sighting,
    /// Where last seen.
    pub last: Sighting,
    /// A provisional response whose `Reason:` carries a failure cause (`183` with Q.850 17):
    /// the call is failing before its final response; reported among the failures.
    pub early_failure: bool,
    /// The `Reason:` headers of the same messages, with how each relates to the code.
    pub reasons: Vec<TiedHeader>,
    /// The `Warning:` headers of the same messages.
    pub warnings: Vec<TiedHeader>,
    /// How `sipkb explain` matched it (`not_found` when it states nothing explainable).
    #[serde(rename = "match")]
    pub matched: MatchKind,
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
    /// A sentence about the sighting itself, in the report's locale (a failure signalled
    /// early), when there is one.
    pub note: Option<String>,
}

/// A `Reason:` or `Warning:` header tied to the response that carried it.
#[derive(Debug, Clone, Serialize)]
pub struct TiedHeader {
    /// For a reason: its protocol (`Q.850`, `SIP`); for a warning: its agent.
    pub source: String,
    /// The cause (reason) or warn-code (warning).
    pub code: u16,
    /// The text as first seen.
    pub text: String,
    /// How many times it came with that response.
    pub count: u64,
    /// For a reason: how it relates to the response's code (RFC 3398 both ways), as
    /// `sipkb explain` says (`agrees`, `differs`, `same`, `other`, `unmapped`).
    pub relation: Option<Relation>,
    /// That relation in a sentence, in the report's locale.
    pub relation_note: Option<String>,
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
    /// For a `Q.850` reason: the cause's name for people, in the report's locale.
    pub q850_title: Option<String>,
}

/// What `sipkb scan` found.
#[derive(Debug, Clone, Serialize)]
pub struct ScanReport {
    /// The locale of the texts.
    pub locale: Locale,
    /// The inputs, in order.
    pub files: Vec<ScannedFile>,
    /// Sightings with a SIP code, all classes.
    pub responses: u64,
    /// Sightings of any kind (also hangup causes and call-record fields without a code).
    pub found: u64,
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
    /// With [`ScanOptions::sightings`]: every sighting in input order (the first
    /// [`ScanReport::MAX_SIGHTINGS`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sightings: Vec<SightingRecord>,
    /// How many sightings there were beyond those listed.
    #[serde(skip_serializing_if = "is_zero")]
    pub sightings_omitted: u64,
    /// Distinct entries found past [`ScanOptions::limit`], counted but not listed ("and N
    /// more"); their occurrences are in `responses` and `classes`.
    pub more: Unlisted,
    /// Calls, registrations and OPTIONS from whole messages (captures, full traces), issue
    /// #21; flattened: `calls`, `registrations`, `options`, `call_totals`, `calls_note`.
    #[serde(flatten)]
    pub dialogs: Dialogs,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl ScanReport {
    /// The most sightings a report lists one by one.
    pub const MAX_SIGHTINGS: usize = 100_000;
}

/// One sighting, where it was: what `scan --sightings` lists.
#[derive(Debug, Clone, Serialize)]
pub struct SightingRecord {
    /// Where.
    #[serde(flatten)]
    pub at: Sighting,
    /// How it was printed.
    pub kind: SightingKind,
    /// The pattern that read it.
    pub via: &'static str,
    /// The SIP code it states.
    pub code: Option<u16>,
    /// The reason phrase it states.
    pub phrase: String,
    /// The Q.850 cause it states.
    pub cause: Option<u8>,
    /// The word the product printed.
    pub name: Option<String>,
}

/// How many distinct entries of each list a report leaves out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Unlisted {
    /// Distinct 4xx–6xx responses not listed.
    pub failures: u64,
    /// Distinct 1xx–3xx responses not listed (with `all`).
    pub others: u64,
    /// Distinct `Reason:` entries not listed.
    pub reasons: u64,
    /// Distinct `Warning:` entries not listed.
    pub warnings: u64,
}
