//! User agents and tools outside the big stacks, each read from its own source: Jitsi desktop
//! and Jigasi (jitsi/jitsi@0a2e31ec src/net/java/sip/communicator/impl/protocol/sip/
//! OperationSetBasicTelephonySipImpl.java, SipRegistrarConnection.java; the same lines at
//! jitsi/jitsi@129b23b8 under modules/impl/protocol-sip), sippts
//! (Pepelux/sippts@57d7f8db src/sippts/sipinvite.py, sipsend.py, sipdigestleak.py), mjSIP
//! (haumacher/mjSIP@1d69f38e mjsip-ua/src/main/java/org/mjsip/ua/registration/
//! RegistrationClient.java, RegistrationLogger.java), Yate's SIP line registration
//! (yatevoip/yate@1647cdc4 modules/ysipchan.cpp) and the Telnyx Verto `bye`
//! (team-telnyx/flutter-voice-sdk@dc51635f packages/telnyx_webrtc/lib/model/verto/receive/
//! receive_bye_message_body.dart).

use super::cursor::{Cur, phrase};
use super::{Line, Outcome, SightingKind, Tables};

/// Jitsi's `…OperationSetBasicTelephonySipImpl.processResponse().634 Received error: 481 Call
/// leg/transaction does not exist` (java.util.logging, Jitsi up to 2.10 and Jigasi) or
/// `… net.java.sip.communicator.impl.protocol.sip.OperationSetBasicTelephonySipImpl - Received
/// error: …` (logback, later builds): the class that handles INVITE responses must be named
/// on the line. With a `Warning:` header Jitsi appends `<text>-<agent>-Warning`, so the phrase
/// is cut to the code's standard phrase when the line ends that way.
pub(super) fn jitsi_error<'a>(t: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"OperationSetBasicTelephonySipImpl")?;
    let mut c = l.cursor();
    let code = c.code()?;
    let rest = phrase(c.rest());
    let said = if rest.ends_with(b"-Warning") {
        // The longest leading run of words that is the code's own phrase.
        (1..rest.len())
            .rev()
            .filter(|&i| rest[i] == b' ')
            .map(|i| &rest[..i])
            .find(|p| t.standard(code, p))
            .unwrap_or(rest)
    } else {
        rest
    };
    Some(Outcome::coded(k, code, said))
}

/// Jitsi's registrar connection, `… SipRegistrarConnection.processResponse().946 Received an
/// error response (404)`: the code alone (401, 403 and 407 go to authentication instead).
pub(super) fn jitsi_register<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"SipRegistrarConnection")?;
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b")").then_some(())?;
    Some(Outcome::coded(k, code, &[]))
}

/// sippts: `[<=] Response from 100 to 200: 407 Proxy Authentication Required` (`invite`), its
/// output file's `[-] Response from …`, and `[<=] Response 404 Not Found` (`send`,
/// `digestleak`). The code comes from a parsed status line; a console line may start with a
/// colour escape, and `…: BYE` (a request received) has no code.
pub(super) fn sippts_response<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    // The anchor is `] Response `: the bracket closes `[<=` or `[-`.
    let before = &l.text[..l.at];
    if !(before.ends_with(b"[<=") || before.ends_with(b"[-")) {
        return None;
    }
    let mut c = l.cursor();
    if c.lit(b"from ") {
        // `{dst} to {src}: ` — user parts or numbers, never holding `: `.
        c.find(b" to ").then_some(())?;
        c.find(b": ").then_some(())?;
    }
    let code = c.code()?;
    (c.spaces() > 0 || c.peek().is_none()).then_some(())?;
    let rest = c.rest();
    let end = memchr::memchr(0x1b, rest).unwrap_or(rest.len());
    Some(Outcome::coded(k, code, phrase(&rest[..end])))
}

/// mjSIP's `Registration of <sip:1001@192.0.2.1> failed: 401 Unauthorized` (the registration
/// client) and `Registration of '<sip:…>' failed: 401 Unauthorized` (its logger): the contact
/// between them must be a SIP URI.
pub(super) fn mjsip_registration<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let rest = &l.text[l.end..];
    let i = memchr::memmem::find(rest, b" failed: ")?;
    let contact = &rest[..i];
    if memchr::memmem::find(contact, b"sip:").is_none()
        && memchr::memmem::find(contact, b"sips:").is_none()
    {
        return None;
    }
    let mut c = Cur::new(rest, i + 9);
    let code = c.code()?;
    (c.spaces() > 0 || c.peek().is_none()).then_some(())?;
    Some(Outcome::coded(k, code, phrase(c.rest())))
}

/// Yate's `<sip:WARN> SIP line 'account' logon failure 403: Forbidden`: the final answer to a
/// line's REGISTER (builds before 2006 printed no phrase).
pub(super) fn yate_logon<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"SIP line '")?;
    let mut c = l.cursor();
    let code = c.code()?;
    let said = if c.lit(b":") {
        phrase(c.rest())
    } else if c.rest().trim_ascii().is_empty() {
        &[]
    } else {
        return None;
    };
    Some(Outcome::coded(k, code, said))
}

/// The Telnyx Verto `bye` as an SDK logs it raw, `{"method":"telnyx_rtc.bye","params":{…,
/// "sipCode":487,"sipReason":"Request Terminated",…}}`: the SIP answer that ended the call.
pub(super) fn telnyx_bye<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.spaces();
    let code = c.code()?;
    matches!(c.peek(), None | Some(b',' | b'}' | b' ')).then_some(())?;
    let said = memchr::memmem::find(l.text, b"\"sipReason\":")
        .and_then(|i| {
            let mut r = Cur::new(l.text, i + 12);
            r.spaces();
            r.enclosed(b'"', b'"')
        })
        .unwrap_or(&[]);
    Some(Outcome::coded(k, code, said))
}

#[cfg(test)]
mod tests {
    use crate::sighting::read_line;

    #[test]
    fn each_reads_its_products_line() {
        for (line, via, code, said) in [
            (
                " 2017-07-17 10:27:14.058 SEVERE: [2817] impl.protocol.sip.OperationSetBasicTelephonySipImpl.processResponse().634 Received error: 481 Call leg/transaction does not exist",
                "jitsi-call-error",
                481,
                "Call leg/transaction does not exist",
            ),
            (
                "2021-01-01 10:00:00.000 [ERROR] [Thread-9] net.java.sip.communicator.impl.protocol.sip.OperationSetBasicTelephonySipImpl - Received error: 488 Not Acceptable Here Incompatible SDP-192.0.2.1-Warning",
                "jitsi-call-error",
                488,
                "Not Acceptable Here",
            ),
            (
                "2020-09-02 15:30:34.073 SEVERE: [1] impl.protocol.sip.SipRegistrarConnection.processResponse().946 Received an error response (404)",
                "jitsi-register-error",
                404,
                "",
            ),
            (
                "\u{1b}[0;36;20m[<=] Response from 100 to 200: 407 Proxy Authentication Required",
                "sippts-response",
                407,
                "Proxy Authentication Required",
            ),
            (
                "[-] Response from 100 to 200: 486 Busy Here",
                "sippts-response",
                486,
                "Busy Here",
            ),
            (
                "[<=] Response 404 Not Found",
                "sippts-response",
                404,
                "Not Found",
            ),
            (
                "[2025-01-23 12:16:13] INFO: [org.mjsip.ua.registration.RegistrationClient]: Registration of <sip:1001@192.168.1.10> failed: 401 Unauthorized",
                "mjsip-registration",
                401,
                "Unauthorized",
            ),
            (
                "20260821101523.123456 <sip:WARN> SIP line 'trunk' logon failure 403: Forbidden",
                "yate-logon",
                403,
                "Forbidden",
            ),
            (
                "INFO: RAW WebSocket data received: {\"method\":\"telnyx_rtc.bye\",\"params\":{\"cause\":\"USER_BUSY\",\"causeCode\":17,\"sipCode\":486,\"sipReason\":\"Busy Here\"}}",
                "telnyx-bye",
                486,
                "Busy Here",
            ),
        ] {
            let o = read_line(line.as_bytes(), &[]).unwrap_or_else(|| panic!("nothing: {line}"));
            assert_eq!(
                (o.via, o.code, String::from_utf8_lossy(o.phrase).as_ref()),
                (via, Some(code), said),
                "{line}"
            );
        }
    }

    #[test]
    fn look_alikes_read_as_nothing() {
        for line in [
            // Jitsi's instant messaging and Jabber wordings, another class's error.
            "INFO: [1] impl.protocol.sip.OperationSetBasicInstantMessagingSipImpl.processResponse().901 404 Not Found",
            "SEVERE: [1] impl.protocol.jabber.OperationSetBasicTelephonyJabberImpl Received an error: condition=item-not-found",
            "ERROR [main] com.example.ApiClient - Received error: 503 Service Unavailable",
            "Received an error response (404) from https://api.example.com",
            // Brackets, HTTP clients and other tools.
            "[INFO] Response 404 Not Found",
            "[<=] Response from 100 to 200: BYE",
            "Registration of device 42 failed: 401 Unauthorized",
            "Registration of https://example.com/hook failed: 503 Service Unavailable",
            "line 'x' logon failure 403: Forbidden",
            "{\"sipCode\":0,\"sipReason\":\"\"}",
            "{\"sipCode\":4860}",
        ] {
            assert!(read_line(line.as_bytes(), &[]).is_none(), "{line}");
        }
    }
}
