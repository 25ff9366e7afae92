//! Calls, not only responses (issue #21): SIP messages from captures and full text traces
//! grouped into dialogs by Call-ID, then into transactions by CSeq and branch, and each call
//! told as an outcome, a timing and findings, each finding tied to the message it comes from.
//!
//! `message.rs` parses a message tolerantly, `sdp.rs` reads offers and answers, `stamp.rs`
//! holds times as precise as the input, `dialog.rs` is one dialog being read, `tracker.rs`
//! groups messages into dialogs in bounded memory, `findings/` analyses a closed dialog,
//! `ledger.rs` keeps what the report lists, `queue.rs` hands framed messages to
//! the tracker's thread, `report.rs` puts it into words, `trace/` frames
//! whole messages out of text traces, `types.rs` holds the JSON shapes.

mod dialog;
mod findings;
mod ledger;
mod message;
mod queue;
mod report;
mod sdp;
mod stamp;
mod trace;
mod tracker;
mod types;

pub use types::{
    Call, CallKind, CallMessage, CallTotals, Dialogs, Direction, FinalResponse, Finding,
    MAX_OPEN_CALLS, OptionsSummary, Outcome, OutcomeKind, Party, Timing,
};

pub(crate) use dialog::Seen;
pub(crate) use queue::Queue;
pub(crate) use report::build;
pub(crate) use stamp::Stamp;
pub(crate) use trace::Framer;
pub(crate) use tracker::{Prepared, Tracker};
