//! The integration tests, one binary with a module per area (one link instead of two dozen).
//! Every test goes through the real binary, a real SQLite file and the real .ftl files.

mod common;
mod texts;

mod answer_lead;
mod bad_input;
#[cfg(feature = "server")]
mod browser;
mod calls;
mod cli_language;
mod completions;
mod doctor;
mod enrich;
mod enrich_bad_input;
mod explain_matching;
mod explain_registry;
mod explain_seeds;
mod first_use;
mod glossary;
mod golden;
mod hint_names;
mod hint_versions;
mod hostile;
mod import_apply;
mod import_bad_input;
mod import_faults;
mod import_roundtrip;
mod list_vendors;
mod locale_choice;
mod locales_complete;
mod migrate;
mod provenance;
mod q850_data;
mod reading;
mod scan_capture;
mod scan_logs;
mod scan_real;
mod search_matching;
#[cfg(feature = "server")]
mod server_api;
#[cfg(feature = "server")]
mod server_limits;
mod stale_translations;
mod table;
mod telecom;
mod ui_export;
