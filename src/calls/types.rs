//! The calls `scan` reconstructs, serialized as `scan --json` prints them under `calls`,
//! `registrations`, `options` and `call_totals` (README documents every field).

use serde::Serialize;
use std::collections::BTreeMap;

/// Dialogs open at once while a scan reads; past it one is closed with what was seen of it
/// (the one nearest its quiet deadline, else the oldest), and counted in
/// [`CallTotals::closed_early`] when it was not over.
pub const MAX_OPEN_CALLS: usize = 5_000;

/// What kind of dialog a [`Call`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallKind {
    /// An INVITE dialog: a call.
    Call,
    /// REGISTER transactions sharing a Call-ID (RFC 3261 §10.2: a UA keeps one per registrar).
    Registration,
}

/// How a call or registration ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    /// A 2xx answered the INVITE.
    Answered,
    /// A final response of 300 or more ended it (a digest challenge that was answered with
    /// credentials does not count).
    Failed,
    /// The caller sent CANCEL before any 2xx.
    Cancelled,
    /// No final response to the INVITE (or REGISTER) before the input ended or went quiet.
    NoFinal,
    /// A 2xx answered the REGISTER.
    Registered,
    /// The input began inside the dialog: no initial INVITE was seen.
    Partial,
}

/// One side of a call, from its `From` or `To` header.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Party {
    /// The URI's user part (`+41445550100`), or the whole URI when it has none.
    pub user: String,
    /// The URI as written (`sip:+41445550100@carrier.example`).
    pub uri: String,
}

/// How a call ended, in facts.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// What happened.
    pub kind: OutcomeKind,
    /// Answered calls: who sent the first BYE, `caller` or `callee` (none when no BYE was seen).
    pub hung_up_by: Option<String>,
    /// That BYE's `Reason:` header values, verbatim (RFC 3326).
    pub bye_reason: Vec<String>,
    /// Copies of the INVITE (or REGISTER) sent again on the same branch: retransmissions
    /// (RFC 3261 §17.1.1.2, Timer A).
    pub retransmissions: u64,
    /// No final response: milliseconds from the first request to the last message seen.
    pub waited_ms: Option<u64>,
}

/// The final response that decided a call, with what it carried.
#[derive(Debug, Clone, Serialize)]
pub struct FinalResponse {
    /// Index of the message in the call (see [`CallMessage::index`]).
    pub message: u64,
    /// The status code.
    pub code: u16,
    /// The reason phrase as sent.
    pub phrase: String,
    /// `Reason:` header values, verbatim.
    pub reason: Vec<String>,
    /// `Warning:` header values, verbatim.
    pub warning: Vec<String>,
    /// Who sent it, from `Server:` (or `User-Agent:`).
    pub sender: Option<String>,
    /// The address it came from (`ip:port`), where the input says.
    pub hop: Option<String>,
    /// `Via:` entries it carried: 1 when it came straight from the element that answered, more
    /// when proxies relayed it (RFC 3261 §16.7: each removes its own).
    pub vias: u64,
    /// The input `sipkb explain` takes for it: the status line and its `Reason:`/`Warning:`
    /// lines.
    pub explain: String,
    /// The explanation's title, in the report's locale.
    pub title: String,
    /// Who most likely has to act on it (one of the sides, as `explain` gives it).
    pub side: String,
}

/// Durations in milliseconds from the first INVITE (or REGISTER), where the input has times.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timing {
    /// To the first provisional response (1xx).
    pub first_provisional_ms: Option<u64>,
    /// Post-dial delay: to the first 180 or 183.
    pub post_dial_delay_ms: Option<u64>,
    /// To the final response.
    pub final_ms: Option<u64>,
    /// Answered calls: from the 2xx to the first BYE.
    pub duration_ms: Option<u64>,
}

/// A fact about a call, tied to the message it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// Index of that message in the call.
    pub message: u64,
    /// Stable id of the finding (`auth-nonce-loop`, `media-no-common-codec`…).
    pub kind: String,
    /// `outcome`, `timing`, `auth`, `media`, `nat`, `routing` or `early-failure`.
    pub category: String,
    /// Who acts: `caller`, `callee`, `carrier`, `operator`, `account` or `none`.
    pub side: String,
    /// The fact in a sentence, in the report's locale.
    pub text: String,
}

/// Which way a message went within the call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// From the caller's side (a request the caller sent, or a response to the callee's).
    ToCallee,
    /// From the callee's side.
    ToCaller,
}

/// One message of a call, for the ladder.
#[derive(Debug, Clone, Serialize)]
pub struct CallMessage {
    /// Its number within the call, from 0, counting messages not kept too.
    pub index: u64,
    /// When, as the input gives it: RFC 3339 UTC for a capture or a dated trace line,
    /// `--MM-DDTHH:MM:SS.ffffff` for a trace with no year, `HH:MM:SS.ffffff` for one with only
    /// a time of day.
    pub time: Option<String>,
    /// Milliseconds after the call's first message.
    pub offset_ms: Option<i64>,
    /// Source `ip:port`, where the input says.
    pub src: Option<String>,
    /// Destination `ip:port`, where the input says.
    pub dst: Option<String>,
    /// Which way it went.
    pub direction: Direction,
    /// The method (`INVITE`) or the status (`486 Busy Here`).
    pub label: String,
    /// Its `CSeq:` (`1 INVITE`).
    pub cseq: String,
    /// Codecs of its SDP, if it has one (`PCMA PCMU telephone-event`; `SRTP` when it offers
    /// crypto).
    pub sdp: Option<String>,
    /// Where it was read: the capture's packet number or the trace's line.
    pub at: u64,
    /// The whole message, only for the call `--call` asks for.
    pub text: Option<String>,
}

/// One call or registration as the input shows it.
#[derive(Debug, Clone, Serialize)]
pub struct Call {
    /// The `Call-ID`.
    pub call_id: String,
    /// A call or a registration.
    pub kind: CallKind,
    /// The input it was read from.
    pub file: String,
    /// The caller (`From:`), or for a registration the account.
    pub from: Party,
    /// The callee (`To:`), or for a registration the address of record.
    pub to: Party,
    /// The first message's time (see [`CallMessage::time`]).
    pub start: Option<String>,
    /// How it ended.
    pub outcome: Outcome,
    /// The final response that decided it.
    pub final_response: Option<FinalResponse>,
    /// Durations.
    pub timing: Timing,
    /// What is worth knowing, most important first.
    pub findings: Vec<Finding>,
    /// The messages kept (the first ones and the last ones of a long dialog).
    pub messages: Vec<CallMessage>,
    /// Messages of the call not kept (memory cap per call).
    pub messages_dropped: u64,
}

/// OPTIONS requests between two addresses (keep-alive pings, RFC 3261 §11), counted.
#[derive(Debug, Clone, Serialize)]
pub struct OptionsSummary {
    /// Who asked (`ip:port`, or the `From:` URI where the input gives no address).
    pub from: String,
    /// Who was asked (`ip:port`, or the Request-URI).
    pub to: String,
    /// Transactions (distinct branches).
    pub requests: u64,
    /// Final responses by code (`"200"`, `"408"`…).
    pub responses: BTreeMap<String, u64>,
    /// Transactions with no final response.
    pub unanswered: u64,
    /// First request's time.
    pub first: Option<String>,
    /// Last message's time.
    pub last: Option<String>,
}

/// Counts over every call read, including those not listed.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CallTotals {
    /// SIP messages read from captures and traces.
    pub messages: u64,
    /// Calls (INVITE dialogs) seen.
    pub calls: u64,
    /// Of them: answered.
    pub answered: u64,
    /// Failed.
    pub failed: u64,
    /// Cancelled by the caller.
    pub cancelled: u64,
    /// Without a final response.
    pub no_final: u64,
    /// Begun before the input.
    pub partial: u64,
    /// Registrations seen (REGISTER Call-IDs).
    pub registrations: u64,
    /// Calls and registrations closed before they ended because too many were open at once;
    /// each is reported with what was seen of it.
    pub closed_early: u64,
    /// Calls and registrations counted but not listed (the report lists at most a fixed number;
    /// calls with findings other than a normal answer are kept first).
    pub not_listed: u64,
    /// Messages of other methods outside any call (SUBSCRIBE, NOTIFY, MESSAGE, PUBLISH…).
    pub other_messages: u64,
}

/// The calls part of a scan report (flattened into it: `calls`, `registrations`, `options`,
/// `call_totals`, `calls_note`).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Dialogs {
    /// Calls, by input and start time: at most a fixed number, those with a problem first.
    pub calls: Vec<Call>,
    /// Registrations, likewise.
    pub registrations: Vec<Call>,
    /// OPTIONS pings per pair of addresses, busiest first.
    pub options: Vec<OptionsSummary>,
    /// Counts over everything read.
    pub call_totals: CallTotals,
    /// When the inputs held SIP responses but no whole messages: a sentence saying that a
    /// full trace or a capture would give per-call detail.
    pub calls_note: Option<String>,
}
