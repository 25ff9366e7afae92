//! The integration tests, one binary with a module per area (one link instead of two dozen).
//! Every test goes through the real binary, a real SQLite file and the real .ftl files.

mod common;

mod bad_input;
#[cfg(feature = "server")]
mod browser;
mod calls;
mod completions;
mod doctor;
mod explain_matching;
mod explain_registry;
mod explain_seeds;
mod first_use;
mod golden;
mod import_apply;
mod import_bad_input;
mod import_faults;
mod import_roundtrip;
mod list_vendors;
mod locale_choice;
mod locales_complete;
mod migrate;
mod q850_data;
mod scan_capture;
mod scan_logs;
mod search_matching;
#[cfg(feature = "server")]
mod server_api;
mod telecom;
mod ui_export;
