//! ITU-T Q.850 cause values and how they relate to SIP responses (RFC 3398): the data types,
//! and the comparison of a status line with the cause a `Reason:` header carries. No I/O.

use crate::model::SipCode;
use serde::Serialize;

/// One Q.850 cause as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cause {
    /// The cause value, 1–127.
    pub value: u8,
    /// Its ITU-T Q.850 name.
    pub name: String,
    /// Its class by value range (`normal`, `resource-unavailable`, …).
    pub class: String,
    /// The SIP response a gateway answers with for it (RFC 3398 §7.2.4.1), where defined.
    pub to_sip: Option<u16>,
    /// The FreeSWITCH hangup cause name (`USER_BUSY`), where one exists.
    pub freeswitch: Option<String>,
    /// Asterisk's `AST_CAUSE_…` names, canonical first.
    pub asterisk: Vec<String>,
}

impl Cause {
    /// Fluent message id of its explanation (`q850-17`).
    pub fn message_id(&self) -> String {
        format!("q850-{}", self.value)
    }
}

/// One row of RFC 3398 §8.2.6.1: the cause a gateway sends for a SIP response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SipToCause {
    /// The SIP response received.
    pub sip: SipCode,
    /// The cause put in the ISUP REL; `None` where the RFC gives none (487, 488, 606).
    pub cause: Option<u8>,
    /// The RFC's remark, in English.
    pub note: Option<String>,
}

/// The Q.850 data: causes and the SIP → cause table.
#[derive(Debug, Clone, Default)]
pub struct Q850Data {
    /// Every cause, by value.
    pub causes: Vec<Cause>,
    /// RFC 3398 §8.2.6.1, by SIP code.
    pub sip_to_cause: Vec<SipToCause>,
}

/// The Q.850 class of a cause value (ITU-T Q.850 §2.2.5: the value's upper bits).
pub fn class_of(value: u8) -> Option<&'static str> {
    Some(match value {
        1..=31 => "normal",
        32..=47 => "resource-unavailable",
        48..=63 => "service-unavailable",
        64..=79 => "service-not-implemented",
        80..=95 => "invalid-message",
        96..=111 => "protocol-error",
        112..=127 => "interworking",
        _ => return None,
    })
}

/// How a status line and the reason given with it relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// `Reason: SIP;cause=N` repeats the response's own code.
    Same,
    /// RFC 3398 maps the cause to this response (§7.2.4.1) or this response to the cause
    /// (§8.2.6.1): the two say the same thing.
    Agrees,
    /// RFC 3398 maps the cause to another response: the sender used a mapping of its own, or the
    /// reason describes a failure further along than the response.
    Differs,
    /// `Reason: SIP;cause=N` names another SIP code: the failure further along that this hop
    /// reported with its own response.
    Other,
    /// RFC 3398 maps neither to the other.
    Unmapped,
}

/// How a response `status` relates to a Q.850 `cause`: `cause_to_sip` is the cause's
/// §7.2.4.1 response, `sip_to_cause` the response's §8.2.6.1 cause.
pub fn relate_q850(
    status: u16,
    cause: u8,
    cause_to_sip: Option<u16>,
    sip_to_cause: Option<u8>,
) -> Relation {
    if cause_to_sip == Some(status) || sip_to_cause == Some(cause) {
        Relation::Agrees
    } else if cause_to_sip.is_some() {
        Relation::Differs
    } else {
        Relation::Unmapped
    }
}

/// How a response `status` relates to `Reason: SIP;cause=reason`.
pub fn relate_sip(status: u16, reason: u16) -> Relation {
    if status == reason {
        Relation::Same
    } else {
        Relation::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_follow_rfc_3398_both_ways() {
        // 486 with cause 17: §7.2.4.1 maps 17 to 486.
        assert_eq!(relate_q850(486, 17, Some(486), Some(17)), Relation::Agrees);
        // 480 with cause 18: §8.2.6.1 maps 480 to 18, though 18 maps to 408.
        assert_eq!(relate_q850(480, 18, Some(408), Some(18)), Relation::Agrees);
        // 480 with cause 17: 17 maps to 486.
        assert_eq!(relate_q850(480, 17, Some(486), Some(18)), Relation::Differs);
        // 487 with cause 16: neither is mapped.
        assert_eq!(relate_q850(487, 16, None, None), Relation::Unmapped);
        assert_eq!(relate_sip(480, 480), Relation::Same);
        assert_eq!(relate_sip(503, 480), Relation::Other);
        assert_eq!(class_of(34), Some("resource-unavailable"));
        assert_eq!(class_of(0), None);
        assert_eq!(class_of(128), None);
    }
}
