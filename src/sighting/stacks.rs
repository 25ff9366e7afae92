//! SIP stacks' and SDKs' wordings: pjproject/PJSUA (pjsip/pjproject@b7317ffc
//! pjsip-apps/src/pjsua/pjsua_app.c, pjsip/src/pjsua-lib/pjsua_acc.c, pjsua_call.c,
//! pjsip/src/pjsip/sip_transport.c), sofia-sip (freeswitch/sofia-sip@7333682a nta/nta.c,
//! nua/nua_stack.c), liblinphone (BelledonneCommunications/liblinphone@9896e6c9
//! src/sal/call-op.cpp, register-op.cpp, event-op.cpp), baresip (baresip/baresip@044dd4e3
//! src/call.c, src/reg.c), dart-sip-ua, LiveKit (livekit/sip@be5d3f57 pkg/sip/outbound.go,
//! inbound.go; livekit/protocol sip.go), drachtio (drachtio-server src/sip-proxy-controller.cpp,
//! drachtio-srf lib/sip_error.js), sipgo (emiago/sipgo@3f460332 sip/response.go) and Yate
//! (yatevoip/yate@1647cdc4 modules/ysipchan.cpp), reSIProcate (resiprocate/resiprocate@68c54f29
//! resip/stack/SipMessage.cxx `encodeBrief`, repro/RequestContext.cxx), the Janus SIP plugin
//! (meetecho/janus-gateway@94408ffc src/plugins/janus_sip.c) and drachtio-srf's and node-sip
//! apps' `… with status 481` (drachtio/drachtio-srf@9501e97e lib/dialog.js), SIPSorcery's user
//! agent (sipsorcery-org/sipsorcery@ef0fd227 src/SIPSorcery/app/SIPUserAgents/SIPClientUserAgent.cs).

use super::cursor::{Cur, boundary};
use super::{Line, Outcome, SightingKind, Tables};

/// `Call 0 is DISCONNECTED [reason=404 (Not Found)]` (pjsua_app.c J1); `reason=0` is a call
/// ended before any response.
pub(super) fn pjsua_disconnected<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    let text = c.enclosed(b'(', b')').unwrap_or(&[]);
    Some(Outcome::coded(k, code, text))
}

/// `Call 0 hanging up: code=603..` (pjsua_call.c J18): the code PJSUA sends.
pub(super) fn equals_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `Call 0 state changed to EARLY (180 Ringing)` (J2).
pub(super) fn code_phrase_paren<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    let text = c.until(b")");
    c.lit(b")").then(|| Outcome::coded(k, code, text))
}

/// `SIP registration failed, status=403 (Forbidden)`, `…: registration success, status=200
/// (OK), will re-register in 300 seconds` (pjsua_acc.c J6/J7), `Call 0: transfer status=200
/// (OK)` (J4).
pub(super) fn pjsua_register<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    let text = c.enclosed(b'(', b')').unwrap_or(&[]);
    Some(Outcome::coded(k, code, text))
}

/// `Response msg 486/INVITE/cseq=2 (rdata0x…)` (sip_transport.c J14), in `RX … bytes`,
/// `Processing incoming message:` and `Incoming … in state` lines.
pub(super) fn pjsip_msg<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b"/").then_some(())?;
    c.name();
    c.lit(b"/cseq=").then(|| Outcome::coded(k, code, &[]))
}

/// `Unable to make call: Request Timeout [status=170408]` (pjsua_core.c J10): a pj_status_t
/// of 170000 plus a SIP code (sip_errno.h); other values are the OS's or pjsip's own errors.
pub(super) fn pjsip_status<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b"]").then(|| Outcome::coded(k, code, &[]))
}

/// `nta: received 486 Busy Here for INVITE (102)` / `nta: sent 200 OK for BYE (461679504)`
/// (nta.c T3/T4).
pub(super) fn nta<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    if !(c.lit(b"received ") || c.lit(b"sent ")) {
        return None;
    }
    let code = c.code()?;
    c.spaces();
    let rest = c.rest();
    let end = memchr::memmem::find(rest, b" for ")?;
    Some(Outcome::coded(k, code, &rest[..end]))
}

/// `nua(0x7f…): event i_state 200 Session Terminated` (nua_stack.c T8).
pub(super) fn nua_event<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"nua(")?;
    let mut c = l.cursor();
    c.until(b" ");
    c.spaces();
    let code = c.code()?;
    c.spaces();
    Some(Outcome::coded(k, code, c.rest()))
}

/// `receiving call response [403], dialog is …` (call-op.cpp L3), `Received code [486] for
/// method [INVITE]` (L5), dart-sip-ua's `call ended with cause: Code: [200], Cause: …`.
pub(super) fn bracket_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b"]").then(|| Outcome::coded(k, code, &[]))
}

/// `Register refresher [403] reason [Forbidden] for proxy [sip:…]` (register-op.cpp L6; also
/// Subscribe/Publish refreshers, L7).
pub(super) fn refresher<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b"] reason ").then_some(())?;
    let text = c.enclosed(b'[', b']').unwrap_or(&[]);
    Some(Outcome::coded(k, code, text))
}

/// `sip:…: session closed: 486 Busy Here` (baresip B1), `call: SIP Progress: 180 Ringing
/// (/)` (B4), `call: transfer failed: 403 Forbidden` (B6), `…: OPTIONS failed: 408 …` (B12).
pub(super) fn code_phrase<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    code_until(l, k, b"(")
}

/// A code after the anchor, then its phrase up to the first of `stop`.
fn code_until<'a>(l: Line<'a>, k: SightingKind, stop: &[u8]) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    Some(Outcome::coded(k, code, c.until(stop)))
}

/// baresip-studio's `… call closed,404 Not Found,…` (the `CALL_CLOSED` event's parameter).
pub(super) fn code_phrase_comma<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    code_until(l, k, b",")
}

/// `reg: sip:…@example.com (prio 0): 403 Forbidden (sip.example.com)` (baresip reg.c B9).
pub(super) fn baresip_register<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"reg")?;
    let mut c = l.cursor();
    c.number()?;
    c.lit(b"): ").then_some(())?;
    let code = c.code()?;
    c.spaces();
    Some(Outcome::coded(k, code, c.until(b"(")))
}

/// LiveKit's `sip status: 486: Busy Here` / `sip status: 486 (BUSY_HERE)` (SIPStatus.Error()).
pub(super) fn livekit_status<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    let text = if c.lit(b": ") { c.until(b"\"") } else { &[] };
    Some(Outcome::coded(k, code, text))
}

/// `Unexpected StatusCode from INVITE response 403` (older LiveKit) and drachtio-srf's
/// `Sip non-success response: 486`.
pub(super) fn space_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// LiveKit's `Closing inbound call {` with its `"status": 486` field a few lines below (the
/// zap console logger pretty-prints the fields): only that field, only right there.
pub(super) fn livekit_close<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let same = l.cursor().rest();
    if let Some(i) = memchr::memmem::find(same, b"\"status\":") {
        let mut c = Cur::new(same, i + 9);
        c.spaces();
        return Some(Outcome::coded(k, c.code()?, &[]));
    }
    let (down, code) = below(l.after, |line| {
        let v = line.trim_ascii().strip_prefix(b"\"status\":")?;
        let mut c = Cur::new(v, 0);
        c.spaces();
        Some(c.code())
    })?;
    Some(Outcome {
        down,
        ..Outcome::coded(k, code?, &[])
    })
}

/// The first of the (at most three) lines below a pretty-printed object's first line that
/// `read` reads, with how far down it is; the object's closing brace ends the look.
fn below<'a, T>(after: &'a [u8], read: impl Fn(&'a [u8]) -> Option<T>) -> Option<(u8, T)> {
    for (down, line) in after.split(|&b| b == b'\n').take(3).enumerate() {
        if let Some(v) = read(line) {
            return Some((down as u8 + 1, v));
        }
        if line.trim_ascii().starts_with(b"}") {
            break;
        }
    }
    None
}

/// drachtio-server's `Received 486 INVITE response, forwarding upstream` (D1).
pub(super) fn drachtio_forward<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let before = &l.text[..l.at];
    let i = memchr::memmem::rfind(before, b"Received ")?;
    let mut c = Cur::new(before, i + 9);
    let code = c.code()?;
    Some(Outcome::coded(k, code, &[]))
}

/// sipgo's `response status=486 reason=Busy Here transport=UDP source=…` (Response.Short()).
pub(super) fn sipgo_short<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b" reason=").then_some(())?;
    let rest = c.rest();
    let end = memchr::memmem::find(rest, b" transport=").unwrap_or(rest.len());
    Some(Outcome::coded(k, code, &rest[..end]))
}

/// Yate's `YateSIPConnection::hangup() state=3 trans=… error='busy' code=486 reason='Busy
/// Here'` (ysipchan.cpp Y3).
pub(super) fn yate_hangup<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"error='")?;
    let mut c = l.cursor();
    let code = c.code()?;
    let text = if c.lit(b" reason='") {
        c.until(b"'")
    } else {
        &[]
    };
    Some(Outcome::coded(k, code, text))
}

/// reSIProcate's brief form of a response, `SipResp: 503 tid=… cseq=1 INVITE / 1 from(wire)`,
/// which DUM and repro log for every message they handle (`Failure:  error response: …`).
pub(super) fn resip_brief<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b" tid=").then_some(())?;
    Some(Outcome::coded(k, code, &[]))
}

/// repro's `…: no targets for sip:5901@example.com send 480`: no registered contact for the
/// Request-URI, so the proxy answers 480 itself.
pub(super) fn repro_no_targets<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let rest = l.text[l.end..].trim_ascii_end();
    let i = memchr::memmem::rfind(rest, b" send ")?;
    let mut c = Cur::new(rest, i + 6);
    let code = c.code()?;
    c.rest().is_empty().then_some(())?;
    Some(Outcome::coded(k, code, &[]))
}

/// The Janus SIP plugin's hangup event, `{"event":"hangup","code":486,"reason":"Busy Here"}`,
/// compact or pretty-printed (`"code": 486` on one of the next lines).
pub(super) fn janus_hangup<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let field = |t: &'a [u8], name: &[u8]| -> Option<&'a [u8]> {
        let i = memchr::memmem::find(t, name)?;
        let mut c = Cur::new(t, i + name.len());
        c.spaces();
        c.lit(b":").then_some(())?;
        c.spaces();
        Some(c.rest())
    };
    let read = |t: &'a [u8]| -> Option<(u16, &'a [u8])> {
        let mut c = Cur::new(field(t, b"\"code\"")?, 0);
        let code = c.code()?;
        let phrase = field(t, b"\"reason\"")
            .and_then(|v| Cur::new(v, 0).enclosed(b'"', b'"'))
            .unwrap_or(&[]);
        Some((code, phrase))
    };
    let (down, (code, phrase)) = match read(&l.text[l.end..]) {
        Some(same) => (0, same),
        None => below(l.after, read)?,
    };
    Some(Outcome {
        down,
        ..Outcome::coded(k, code, phrase)
    })
}

/// `received response to reINVITE with status 477` (drachtio-srf) and `sip INVITE request
/// failed with status 481 and reason Call/Transaction Does Not Exist` (node-sip doorbell
/// plugins): only with a SIP method named before it on the line, since HTTP clients say
/// `with status 404` too.
pub(super) fn with_status<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    // SIP's methods (RFC 3261 §7.1, RFC 3262, 3265, 3311, 3515, 3903) that HTTP and log
    // levels do not also use: not OPTIONS (HTTP), INFO (a log level) or MESSAGE.
    const METHODS: [&[u8]; 10] = [
        b"INVITE",
        b"REGISTER",
        b"BYE",
        b"CANCEL",
        b"UPDATE",
        b"PRACK",
        b"SUBSCRIBE",
        b"NOTIFY",
        b"REFER",
        b"PUBLISH",
    ];
    let before = &l.text[..l.at];
    let named = METHODS.iter().any(|m| {
        memchr::memmem::find_iter(before, m).any(|i| {
            // `reINVITE` is drachtio's word for a re-INVITE.
            (boundary(i.checked_sub(1).map(|j| before[j])) || before[..i].ends_with(b"re"))
                && boundary(before.get(i + m.len()).copied())
        })
    });
    if !named {
        return None;
    }
    let mut c = l.cursor();
    c.lit(b":");
    c.spaces();
    let code = c.code()?;
    let phrase = if c.lit(b" and reason ") {
        c.rest()
    } else {
        &[]
    };
    if !phrase.is_empty() || c.peek().is_none_or(|b| !b.is_ascii_alphanumeric()) {
        return Some(Outcome::coded(k, code, phrase));
    }
    None
}

/// SIPSorcery's `Response 404 Not Found for sip:1002@example.com.` (SIPClientUserAgent's debug
/// line for a final response to the INVITE it sent): the word starts the message and the
/// request's SIP URI follows the phrase.
pub(super) fn sipsorcery_response<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let (code, c) = l.word_then_code()?;
    let rest = c.rest();
    let i = memchr::memmem::find(rest, b" for sip")?;
    let uri = &rest[i + 8..];
    if !(uri.starts_with(b":") || uri.starts_with(b"s:")) {
        return None;
    }
    Some(Outcome::coded(k, code, &rest[..i]))
}
