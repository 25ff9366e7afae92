//! The telecom side of an explanation: a Q.850 cause with its SIP mapping (RFC 3398), the
//! reasons of `Reason:` headers and how they relate to the status line (RFC 3326), and the
//! warnings of `Warning:` headers (RFC 3261 §20.43).

use super::{Canonical, Explanation, MatchKind, Renderer};
use crate::error::Result;
use crate::headers::{ReasonValue, WarningValue};
use crate::i18n::{Arg, Texts};
use crate::model::SipCode;
use crate::q850::{Relation, relate_q850, relate_sip};
use crate::store::Store;
use serde::Serialize;

/// A Q.850 cause with its texts and both RFC 3398 mappings.
#[derive(Debug, Clone, Serialize)]
pub struct CauseInfo {
    /// The cause value, 1–127.
    pub value: u8,
    /// Its ITU-T Q.850 name.
    pub name: String,
    /// Its class (`normal`, `resource-unavailable`, …).
    pub class: String,
    /// The SIP response a gateway answers with for it (RFC 3398 §7.2.4.1), where defined.
    pub to_sip: Option<u16>,
    /// That response's IANA phrase.
    pub to_sip_reason: Option<String>,
    /// The SIP responses a gateway turns into this cause (RFC 3398 §8.2.6.1).
    pub from_sip: Vec<u16>,
    /// The FreeSWITCH hangup cause name (not `freeswitch`: that key holds the platform hints
    /// of the flattened texts).
    pub freeswitch_name: Option<String>,
    /// Asterisk's `AST_CAUSE_…` names.
    pub asterisk_names: Vec<String>,
    /// The switch's name the input used (`USER_BUSY`), when it named the cause that way.
    pub alias: Option<String>,
    /// Rendered texts (title, summary, actions).
    #[serde(flatten)]
    pub texts: Texts,
}

/// One reason of a `Reason:` header, explained.
#[derive(Debug, Clone, Serialize)]
pub struct ReasonInfo {
    /// The protocol, upper case: `Q.850`, `SIP`, or another token (not interpreted).
    pub protocol: String,
    /// The cause number.
    pub cause: u16,
    /// The `text` parameter, when given.
    pub text: Option<String>,
    /// For `Q.850`: the cause.
    pub q850: Option<CauseInfo>,
    /// For `SIP`: the code's canonical entry, when it is registered.
    pub sip: Option<Canonical>,
    /// How it relates to the status line given with it, if any.
    pub relation: Option<Relation>,
    /// That relation in a sentence, in the explanation's locale.
    pub relation_note: Option<String>,
}

/// One warning of a `Warning:` header, explained.
#[derive(Debug, Clone, Serialize)]
pub struct WarningInfo {
    /// The warn-code, 300–399.
    pub code: u16,
    /// The warn-agent (host or pseudonym).
    pub agent: String,
    /// The warn-text.
    pub text: String,
    /// Whether the code is in the IANA warn-codes registry; else its range is explained.
    pub registered: bool,
    /// Rendered texts of the code, or of its range (RFC 3261 §20.43).
    #[serde(flatten)]
    pub texts: Texts,
}

/// The message explaining a warn-code: its own, or its RFC 3261 §20.43 range's.
fn warning_message(code: u16, registered: bool) -> String {
    if registered {
        return format!("warn-{code}");
    }
    let range = match code {
        300..=329 => "300",
        330..=339 => "330",
        370..=379 => "370",
        390..=399 => "390",
        _ => "other",
    };
    format!("warn-range-{range}")
}

impl Renderer<'_> {
    /// Cause `value` with its texts, or `None` when Q.850 does not define it.
    pub(super) fn cause(&mut self, value: u8, alias: Option<String>) -> Result<Option<CauseInfo>> {
        let Some(c) = self.store.q850_cause(value)? else {
            return Ok(None);
        };
        let to_sip_reason = match c.to_sip.and_then(SipCode::new) {
            Some(code) => self.store.code(code)?.map(|e| e.reason),
            None => None,
        };
        Ok(Some(CauseInfo {
            from_sip: self.store.sips_for_q850(value)?,
            texts: self.texts(&c.message_id()),
            value: c.value,
            name: c.name,
            class: c.class,
            to_sip: c.to_sip,
            to_sip_reason,
            freeswitch_name: c.freeswitch,
            asterisk_names: c.asterisk,
            alias,
        }))
    }

    /// One reason, related to the response `status` it came with (if any).
    pub(super) fn reason(&mut self, r: &ReasonValue, status: Option<u16>) -> Result<ReasonInfo> {
        let mut info = ReasonInfo {
            protocol: r.protocol.clone(),
            cause: r.cause,
            text: (!r.text.is_empty()).then(|| r.text.clone()),
            q850: None,
            sip: None,
            relation: None,
            relation_note: None,
        };
        let num = |n: u16| n.to_string();
        match r.protocol.as_str() {
            "Q.850" => {
                let value = u8::try_from(r.cause).unwrap_or_default();
                info.q850 = self.cause(value, None)?;
                if let Some(status) = status {
                    let to_sip = info.q850.as_ref().and_then(|c| c.to_sip);
                    let back = self.store.sip_to_q850(status)?.and_then(|(c, _)| c);
                    let relation = relate_q850(status, value, to_sip, back);
                    let id = match relation {
                        Relation::Agrees if to_sip == Some(status) => "rel-agrees-forward",
                        Relation::Agrees => "rel-agrees-back",
                        Relation::Differs => "rel-differs",
                        _ => "rel-unmapped",
                    };
                    let mapped = to_sip.map(num).unwrap_or_default();
                    let args = [
                        ("code", Arg::Str(&num(status))),
                        ("cause", Arg::Str(&num(r.cause))),
                        ("mapped", Arg::Str(&mapped)),
                    ];
                    info.relation_note = Some(self.catalog.label(self.locale, id, &args));
                    info.relation = Some(relation);
                }
            }
            "SIP" => {
                if let Some(code) = SipCode::new(r.cause) {
                    info.sip = match self.store.code(code)? {
                        Some(e) => Some(self.canonical(&e)?),
                        None => None,
                    };
                }
                if let Some(status) = status {
                    let relation = relate_sip(status, r.cause);
                    let id = match relation {
                        Relation::Same => "rel-same",
                        _ => "rel-other",
                    };
                    let args = [
                        ("code", Arg::Str(&num(status))),
                        ("cause", Arg::Str(&num(r.cause))),
                    ];
                    info.relation_note = Some(self.catalog.label(self.locale, id, &args));
                    info.relation = Some(relation);
                }
            }
            _ => {}
        }
        Ok(info)
    }

    /// One warning with the texts of its code or range.
    pub(super) fn warning(&mut self, w: &WarningValue) -> WarningInfo {
        let registered = self.catalog.has_any(&format!("warn-{}", w.code));
        WarningInfo {
            code: w.code,
            agent: w.agent.clone(),
            text: w.text.clone(),
            registered,
            texts: self.texts(&warning_message(w.code, registered)),
        }
    }
}

/// A switch's name for a Q.850 cause (`USER_BUSY`, `SWITCH_CAUSE_USER_BUSY`,
/// `AST_CAUSE_CONGESTION`): one token written in capitals or with underscores.
pub(super) fn cause_name(store: &Store, phrase: &str) -> Result<Option<(u8, String)>> {
    let t = phrase.trim();
    let token = !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let capitals = t.chars().all(|c| !c.is_ascii_lowercase());
    if !token || !(t.contains('_') || capitals && t.len() >= 4) {
        return Ok(None);
    }
    let upper = t.to_ascii_uppercase();
    let name = upper.strip_prefix("SWITCH_CAUSE_").unwrap_or(&upper);
    store.q850_by_name(name)
}

/// The explanation of Q.850 cause `value`: the cause, and the SIP response RFC 3398 §7.2.4.1
/// maps it to as the code.
pub(super) fn explain_cause(
    store: &Store,
    r: &mut Renderer<'_>,
    ex: &mut Explanation,
    value: u8,
    alias: Option<String>,
) -> Result<()> {
    let Some(cause) = r.cause(value, alias)? else {
        return Ok(());
    };
    ex.kind = MatchKind::Cause;
    if let Some(code) = cause.to_sip.and_then(SipCode::new) {
        ex.code = Some(code.get());
        ex.class = Some(code.class().to_string());
        if let Some(entry) = store.code(code)? {
            ex.canonical = Some(r.canonical(&entry)?);
        }
    }
    ex.cause = Some(cause);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::warning_message;

    #[test]
    fn unregistered_warn_codes_fall_into_their_range() {
        assert_eq!(warning_message(399, true), "warn-399");
        assert_eq!(warning_message(320, false), "warn-range-300");
        assert_eq!(warning_message(335, false), "warn-range-330");
        assert_eq!(warning_message(375, false), "warn-range-370");
        assert_eq!(warning_message(392, false), "warn-range-390");
        assert_eq!(warning_message(350, false), "warn-range-other");
        assert_eq!(warning_message(385, false), "warn-range-other");
    }
}
