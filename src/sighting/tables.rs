//! What the recognisers look words up in, built once from the embedded data: the switches'
//! cause names (FreeSWITCH `USER_BUSY`, Asterisk `AST_CAUSE_BUSY` / `BUSY`) and Asterisk's
//! cause texts (`User busy`) from data/q850.toml and data/switch_causes.toml, and the
//! registry's phrases of each code from data/codes.toml.

use crate::builtin;
use crate::phrase::normalize_phrase;
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::sync::OnceLock;

/// What a switch's cause name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Named {
    /// Its Q.850 cause value, when it is one.
    pub q850: Option<u8>,
    /// The SIP response the switch answers with, for a switch-only cause.
    pub sip: Option<u16>,
    /// Whether a call that ends so has failed (`NORMAL_CLEARING`, `SUCCESS` have not).
    pub failure: bool,
}

/// The lookup tables.
pub(crate) struct Tables {
    names: FxHashMap<String, Named>,
    texts: FxHashMap<String, u8>,
    standard: FxHashMap<u16, Vec<String>>,
}

#[derive(Deserialize)]
struct Q850File {
    cause: Vec<Q850Cause>,
}

#[derive(Deserialize)]
struct Q850Cause {
    value: u8,
    freeswitch: Option<String>,
    #[serde(default)]
    asterisk: Vec<String>,
}

#[derive(Deserialize)]
struct SwitchFile {
    freeswitch: Vec<SwitchCause>,
    asterisk_text: Vec<AsteriskText>,
}

#[derive(Deserialize)]
struct SwitchCause {
    name: String,
    sip: Option<u16>,
    failure: bool,
}

#[derive(Deserialize)]
struct AsteriskText {
    value: u8,
    text: String,
}

#[derive(Deserialize)]
struct CodesFile {
    code: Vec<CodeRow>,
}

#[derive(Deserialize)]
struct CodeRow {
    code: u16,
    reason: String,
    wire: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

impl Tables {
    /// The tables of the embedded data, built on first use.
    pub fn builtin() -> &'static Tables {
        static TABLES: OnceLock<Tables> = OnceLock::new();
        TABLES.get_or_init(|| {
            Tables::build()
                .expect("the embedded data/q850.toml, switch_causes.toml and codes.toml parse")
        })
    }

    fn build() -> Result<Tables, toml::de::Error> {
        let q850: Q850File = toml::from_str(builtin::q850().text)?;
        let switch: SwitchFile = toml::from_str(builtin::switch_causes().text)?;
        let codes: CodesFile = toml::from_str(builtin::codes().text)?;
        let mut names = FxHashMap::default();
        for c in &q850.cause {
            // Q.850 16 (normal clearing) ends a call normally; every other value is a failure
            // of some kind (31, "normal, unspecified", is most often a rejection).
            let named = Named {
                q850: Some(c.value),
                sip: None,
                failure: c.value != 16,
            };
            for n in c.freeswitch.iter().chain(&c.asterisk) {
                names.insert(n.clone(), named);
                if let Some(short) = n.strip_prefix("AST_CAUSE_") {
                    names.entry(short.to_string()).or_insert(named);
                }
            }
        }
        for c in &switch.freeswitch {
            names.insert(
                c.name.clone(),
                Named {
                    q850: None,
                    sip: c.sip,
                    failure: c.failure,
                },
            );
        }
        let texts = switch
            .asterisk_text
            .iter()
            .map(|t| (t.text.to_ascii_lowercase(), t.value))
            .collect();
        let mut standard: FxHashMap<u16, Vec<String>> = FxHashMap::default();
        for c in codes.code {
            let list = standard.entry(c.code).or_default();
            for p in std::iter::once(&c.reason).chain(&c.wire).chain(&c.aliases) {
                list.push(normalize_phrase(p));
            }
        }
        Ok(Tables {
            names,
            texts,
            standard,
        })
    }

    /// A switch's cause name (upper case, `SWITCH_CAUSE_`/`AST_CAUSE_` prefix allowed).
    pub fn name(&self, name: &[u8]) -> Option<Named> {
        let name = std::str::from_utf8(name).ok()?;
        let name = name.strip_prefix("SWITCH_CAUSE_").unwrap_or(name);
        self.names.get(name).copied()
    }

    /// The cause whose Asterisk text (`ast_cause2str`) this is, in any case.
    pub fn asterisk_text(&self, text: &[u8]) -> Option<u8> {
        let text = std::str::from_utf8(text).ok()?.trim();
        self.texts.get(&text.to_ascii_lowercase()).copied()
    }

    /// Whether `phrase` is the registry's phrase (or a known spelling) of `code`.
    pub fn standard(&self, code: u16, phrase: &[u8]) -> bool {
        let Ok(p) = std::str::from_utf8(phrase) else {
            return false;
        };
        let norm = normalize_phrase(p);
        self.standard
            .get(&code)
            .is_some_and(|list| list.contains(&norm))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switch_names_and_texts_resolve() {
        let t = Tables::builtin();
        assert_eq!(t.name(b"USER_BUSY").unwrap().q850, Some(17));
        assert_eq!(t.name(b"AST_CAUSE_CONGESTION").unwrap().q850, Some(34));
        assert_eq!(
            t.name(b"SWITCH_CAUSE_NORMAL_TEMPORARY_FAILURE")
                .unwrap()
                .q850,
            Some(41)
        );
        let cancel = t.name(b"ORIGINATOR_CANCEL").unwrap();
        assert_eq!((cancel.q850, cancel.sip), (None, Some(487)));
        assert!(!t.name(b"NORMAL_CLEARING").unwrap().failure);
        assert_eq!(t.name(b"NOT_A_CAUSE"), None);
        assert_eq!(
            t.asterisk_text(b"Requested channel not available"),
            Some(44)
        );
        assert!(t.standard(486, b"Busy here") && !t.standard(486, b"Rejected"));
    }
}
