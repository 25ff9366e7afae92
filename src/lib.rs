//! sipkb: a multilingual knowledge base of SIP response codes and the vendor-specific reason
//! phrases real equipment puts on the wire. It answers "what does this SIP response mean, why
//! did it happen, and what do I do about it?" in English, Russian and Chinese.
//!
//! ```
//! use sipkb::{ExplainOptions, Kb, Locale, MatchKind};
//!
//! let kb = Kb::open_in_memory()?;
//! let opts = ExplainOptions { locale: Some(Locale::Ru), ..Default::default() };
//! let ex = kb.explain("SIP/2.0 403 Wrong Guess", &opts)?;
//! assert_eq!(ex.kind, MatchKind::Variant);
//! assert_eq!(ex.canonical.as_ref().unwrap().reason, "Forbidden");
//! println!("{}", ex.variants[0].texts.summary); // the vendor's meaning, in Russian
//! # Ok::<(), sipkb::Error>(())
//! ```
//!
//! The CLI (`sipkb`) is a thin surface over this facade; see README.md.

#![warn(missing_docs)]

mod builtin;
mod calls;
mod doctor;
mod enrich;
mod error;
mod explain;
mod export;
mod headers;
mod i18n;
mod import;
mod input;
mod kb;
mod model;
mod parse;
mod phrase;
mod q850;
mod reading;
mod refresh;
mod scan;
mod search;
mod sender;
mod sighting;
mod store;
mod table;
mod uitext;

pub use calls::{
    Call, CallKind, CallMessage, CallTotals, Dialogs, Direction, FinalResponse, Finding,
    MAX_OPEN_CALLS, OptionsSummary, Outcome, OutcomeKind, Party, Timing,
};
pub use doctor::{
    Conflict, Coverage, DoctorReport, Integrity, LocaleCoverage, MissingText, Schema, Unregistered,
};
pub use enrich::{
    ADDED, Answer, CODE_COLUMNS, CdrFormat, Columns, EnrichOptions, EnrichReport, EnrichedFile,
    MAX_ROW, RowProblem, RowProblemKind, TopOutcome, UnreadValue,
};
pub use error::{DbProblem, Error, InputError, Result};
pub use explain::{
    Attribution, AttributionBasis, Canonical, CauseInfo, CauseRef, ClassFallback, Contradiction,
    ExplainOptions, Explanation, Headline, LEAD_ACTIONS, Labeled, Lead, LineSighting, MatchKind,
    MatchNote, Note, NoteKind, NoteLevel, ReadingInfo, ReasonInfo, SuggestedBy, Suggestion, Triage,
    TriageBasis, Variant, WarningInfo,
};
pub use export::ExportFormat;
pub use i18n::{Arg, Locale, PARTS, Part, PartKind, Texts};
pub use import::{
    Action, Counts, EntryChange, FieldChange, FileReport, Format, ImportOptions, ImportReport,
    MAX_PHRASE, MAX_TEXT, Problem, ProblemKind, VendorReport,
};
pub use input::{Input, Progress};
pub use kb::{Kb, builtin_label, default_db_path, describe_error};
pub use model::{
    CATEGORIES, CONFIDENCE, Class, CodeEntry, CodeTitle, NewVariant, Provenance, RETRY_ADVICE,
    SIDES, SipCode, VariantRow, VendorInfo,
};
pub use parse::{Parsed, Query, parse_input};
pub use phrase::{fold, normalize_phrase};
pub use q850::{Cause, Relation};
pub use reading::{ConceptHit, Confidence, Reading};
pub use scan::{
    FileKind, HeaderSummary, ResponseSummary, ScanOptions, ScanReport, ScannedFile, Sighting,
    SightingRecord, TiedHeader, Unlisted,
};
pub use search::{HitKind, SearchHit, SearchOptions};
pub use sender::Sender;
pub use sighting::SightingKind;
pub use store::{EntryRef, Findings, ImportLog, Tally};
pub use table::{PARQUET, TableFormat, TableRow, phrase_key, table_columns};
pub use uitext::{UiFormat, UiText, ui_id};
