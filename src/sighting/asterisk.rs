//! Asterisk's wordings: chan_sip (removed in 21, still on many boxes), chan_pjsip and
//! res_pjsip, app_dial, the AMI, the CDR. Format strings read in asterisk/asterisk@f0c1c1a7
//! (chan_sip at tag 20.20.1): channels/chan_sip.c handle_response*, channels/chan_pjsip.c
//! chan_pjsip_hangup, res/res_pjsip_session.c, res/res_pjsip_outbound_registration.c,
//! apps/app_dial.c, main/manager_channels.c, main/cdr.c, pbx/pbx_spool.c, main/channel.c.

use super::cursor::Cur;
use super::{Line, Outcome, SightingKind, Tables};

/// `Got SIP response 486 "Busy Here" back from 203.0.113.5:5060`, also
/// `Got SIP INFO response 200 "OK" back from host '…'` (chan_sip S1-S3).
pub(super) fn got_response<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    if !c.lit(b"response ") {
        // A method between: `Got SIP MESSAGE response 202 …`.
        c.name();
        c.spaces();
        if !c.lit(b"response ") {
            return None;
        }
    }
    let code = c.code()?;
    c.spaces();
    let text = c.enclosed(b'"', b'"')?;
    Some(Outcome::coded(k, code, text))
}

/// `Don't know how to handle a 420 Bad Extension response from …` (chan_sip S4).
pub(super) fn unhandled<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    let rest = c.rest();
    let end = memchr::memmem::find(rest, b" response from")?;
    Some(Outcome::coded(k, code, &rest[..end]))
}

/// `Registration from '<sip:…>' failed for '203.0.113.7:5060' - Wrong password` (chan_sip
/// S15): Asterisk answers 403, or 503 when RTP could not be set up.
pub(super) fn registration<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    if !c.find(b"' failed for '") || !c.find(b"' - ") {
        return None;
    }
    let reason = c.rest();
    let code = if reason.starts_with(b"RTP initialization failed") {
        503
    } else {
        403
    };
    Some(Outcome::coded(k, code, reason))
}

/// `Retransmission timeout reached on transmission … for seqno N (Critical Request)` (chan_sip
/// S16): no response came; the transaction ends as a local 408.
pub(super) fn retransmission<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.lit(b" on transmission")
        .then(|| Outcome::coded(k, 408, &[]))
}

/// `chan_pjsip_hangup:  Cause: 488` (Asterisk up to 2022: the SIP code sent), or
/// `PJSIP/alice-00000001: Cause: 17  Tech Cause: 486` (now: Q.850 cause, then the SIP code).
pub(super) fn pjsip_hangup<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    if !c.find(b"Cause: ") {
        return None;
    }
    let n = c.number()?;
    let mut tech = c;
    let tech_code = if tech.find(b"Tech Cause: ") {
        tech.code()
    } else {
        None
    };
    Some(match (n, tech_code) {
        (n @ 1..=127, Some(code)) => Outcome {
            cause: Some(n as u8),
            ..Outcome::coded(k, code, &[])
        },
        (n @ 1..=127, None) => Outcome {
            cause: Some(n as u8),
            failure: Some(n != 16),
            ..Outcome::new(SightingKind::HangupCause)
        },
        (n @ 300..=699, _) => Outcome::coded(k, n as u16, &[]),
        _ => return None,
    })
}

/// `PJSIP/alice-00000001: Cause: 17  Tech Cause: 486` where the file log prints no function
/// name (chan_pjsip P9): the Q.850 cause before, the SIP code after.
pub(super) fn tech_cause_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let code = l.cursor().code()?;
    let before = &l.text[..l.at];
    let i = memchr::memmem::rfind(before, b"Cause: ")?;
    let cause = Cur::new(before, i + 7).cause()?;
    Some(Outcome {
        cause: Some(cause),
        ..Outcome::coded(k, code, &[])
    })
}

/// `ast_sip_session_terminate:  PJSIP/100-00000001 Response 503` (res_pjsip_session P15).
pub(super) fn session_terminate<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.find(b" Response ").then_some(())?;
    Some(Outcome::coded(k, c.code()?, &[]))
}

/// `ast_cause: 17 tech_cause: SIP 486 Busy Here` (chan_pjsip P4).
pub(super) fn tech_cause<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    let mut o = Outcome::coded(k, code, c.rest());
    let mut before = Cur::new(l.text, 0);
    if before.find(b"ast_cause: ") {
        o.cause = before.cause();
    }
    Some(o)
}

/// `received final response code 486` (res_pjsip_session P13/P14).
pub(super) fn final_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `Fatal response '403' received from …` and `'403' fatal response received from …`
/// (res_pjsip_outbound_registration P20/P21), `403 Forbidden fatal response received` (P19).
pub(super) fn fatal_response<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let first = l.at.checked_sub(1).map(|i| l.text[i]);
    match first {
        Some(b'F') => {
            let mut c = l.cursor();
            c.lit(b"'").then_some(())?;
            Some(Outcome::coded(k, c.code()?, &[]))
        }
        Some(b'f') => {
            // The code comes before: `'403' fatal` or `403 Forbidden fatal`.
            let before = l.text[..l.at - 1].trim_ascii_end();
            let before = before.strip_suffix(b"'").unwrap_or(before);
            let head = before
                .strip_suffix(b"Forbidden")
                .map_or(before, <[u8]>::trim_ascii_end);
            let digits = head.rsplit(|b| !b.is_ascii_digit()).next()?;
            Some(Outcome::coded(k, Cur::new(digits, 0).code()?, &[]))
        }
        _ => None,
    }
}

/// `Temporal response '408' received from …` (P17).
pub(super) fn quoted_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `Received REGISTER response 403(Forbidden)` (P22).
pub(super) fn register_response<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    let text = c.enclosed(b'(', b')').unwrap_or(&[]);
    Some(Outcome::coded(k, code, text))
}

/// `… Call (UDP:192.0.2.20:5060) to extension '5550100' rejected because extension not found in
/// context 'from-internal'.` (res_pjsip_session P12): Asterisk answers 404.
pub(super) fn no_extension<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(l.text, b"to extension '")?;
    Some(Outcome::coded(k, 404, &[]))
}

/// app_dial's `PJSIP/carrier-00000002 is busy` (C8, cause 17) and `… is circuit-busy`
/// (congestion, cause 34): the line ends there and the word before is a channel name.
pub(super) fn dial_busy<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    if !l.text[l.end..].trim_ascii().is_empty() {
        return None;
    }
    let channel = l.text[..l.at].rsplit(|b| b.is_ascii_whitespace()).next()?;
    if !channel.contains(&b'/') {
        return None;
    }
    let cause = if l.text[l.at..].starts_with(b" is busy") {
        17
    } else {
        34
    };
    Some(Outcome {
        cause: Some(cause),
        failure: Some(true),
        ..Outcome::new(k)
    })
}

/// `Everyone is busy/congested at this time (1:1/0/0)` (app_dial C6): the counters are
/// lines:busy/congestion/unavailable. Only busy gives cause 17, only congestion 34; channels
/// that could not be reached (DIALSTATUS CHANUNAVAIL) state no cause.
pub(super) fn everyone_busy<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let mut o = Outcome {
        failure: Some(true),
        ..Outcome::new(k)
    };
    if c.find(b"(")
        && let Some(_lines) = c.number()
        && c.lit(b":")
        && let Some(busy) = c.number()
        && c.lit(b"/")
        && let Some(congested) = c.number()
    {
        o.cause = match (busy, congested) {
            (1.., 0) => Some(17),
            (0, 1..) => Some(34),
            _ => None,
        };
    }
    Some(o)
}

/// The `X-Asterisk-HangupCause: User busy` and `X-Asterisk-HangupCauseCode: 17` headers
/// Asterisk adds to a BYE when `send_hangup_cause`… is set (chan_pjsip).
pub(super) fn hangup_header<'a>(
    tables: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let cause = if c.lit(b"Code:") {
        c.spaces();
        c.cause()?
    } else if c.lit(b":") {
        c.spaces();
        tables.asterisk_text(c.rest())?
    } else {
        return None;
    };
    Some(Outcome {
        cause: Some(cause),
        failure: Some(cause != 16),
        ..Outcome::new(k)
    })
}

/// The AMI `Hangup` event's `Cause-txt: User busy` (C12).
pub(super) fn cause_text<'a>(tables: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let cause = tables.asterisk_text(l.cursor().rest())?;
    Some(Outcome {
        cause: Some(cause),
        failure: Some(cause != 16),
        ..Outcome::new(k)
    })
}

/// The AMI `Hangup` event's `TechCause: 486` (C12).
pub(super) fn ami_tech_cause<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.rest()
        .trim_ascii()
        .is_empty()
        .then(|| Outcome::coded(k, code, &[]))
}

/// `Unable to create channel of type 'PJSIP' (cause 20 - Subscriber absent)` (app_dial C4).
pub(super) fn dial_cause<'a>(tables: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let cause = c.cause()?;
    c.lit(b" - ").then_some(())?;
    let text = c.until(b")");
    (tables.asterisk_text(text) == Some(cause)).then(|| Outcome {
        cause: Some(cause),
        failure: Some(cause != 16),
        ..Outcome::new(k)
    })
}

/// `cdr_object_finalize: Finalized CDR for PJSIP/100-00000001 - start … dispo NO ANSWER`
/// (main/cdr.c; dispositions from ast_cdr_disp2str: NO ANSWER, FAILED, BUSY, ANSWERED,
/// CONGESTION).
pub(super) fn cdr_dispo<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.find(b" dispo ").then_some(())?;
    let word = c.rest().trim_ascii();
    let (cause, failure) = match word {
        b"NO ANSWER" => (None, true),
        b"FAILED" => (None, true),
        b"BUSY" => (Some(17), true),
        b"CONGESTION" => (Some(34), true),
        b"ANSWERED" => (None, false),
        _ => return None,
    };
    Some(Outcome {
        cause,
        name: Some(word),
        failure: Some(failure),
        ..Outcome::new(k)
    })
}

/// pbx_spool's `Call failed to go through, reason (5) Remote end is Busy` (a call file's call
/// that failed; pbx/pbx_spool.c, the words from `ast_channel_reason2str` in main/channel.c).
/// The number is the channel's last control frame, not a cause: busy (5) stands for cause 17,
/// congestion (8) for 34, a call left ringing (3) for 19; 0 (`Call Failure …`) and 1 (`Hangup`)
/// name no cause. A copy wrapped after the comma (an e-mail) has the reason on the next line.
pub(super) fn spool_failed<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let same = l.text[l.end..].trim_ascii();
    let (text, down) = if same.is_empty() {
        (l.after.split(|&b| b == b'\n').next()?.trim_ascii(), 1)
    } else {
        (same, 0)
    };
    let mut c = Cur::new(text, 0);
    c.lit(b"reason (").then_some(())?;
    let cause = match c.number()? {
        5 => Some(17),
        8 => Some(34),
        3 => Some(19),
        0 | 1 => None,
        _ => return None,
    };
    c.lit(b")").then_some(())?;
    c.spaces();
    Some(Outcome {
        cause,
        name: Some(c.rest()).filter(|w| !w.is_empty()),
        failure: Some(true),
        down,
        ..Outcome::new(k)
    })
}
