//! The protocol's own shapes (a status line, `METHOD code phrase`, a header) and call-record
//! fields (`sip_term_status=486`, `ACC: …;code=487;reason=…`).

use super::cursor::{Cur, boundary, phrase};
use super::{Line, Outcome, SightingKind, Tables};

/// The longest value taken from a line (RFC 3261 sets no limit; a phrase is never useful past
/// a kilobyte, and the import takes 256 characters).
const MAX_VALUE: usize = 1024;

/// `SIP/2.0 486 Busy Here` anywhere on a line: `SIP` (any case) before the anchor `/2.0 `,
/// three digits 100–699, then a space or the line's end (RFC 3261 §7.2 `Status-Line`).
pub(super) fn status_line<'a>(_: &Tables, l: Line<'a>, kind: SightingKind) -> Option<Outcome<'a>> {
    let t = l.text;
    let s = l.at.checked_sub(3)?;
    if !t[s..l.at].eq_ignore_ascii_case(b"SIP") || !boundary(s.checked_sub(1).map(|i| t[i])) {
        return None;
    }
    let mut c = l.cursor();
    let code = c.code()?;
    let mut text: &[u8] = match c.peek() {
        Some(b' ' | b'\t') => {
            c.spaces();
            c.rest()
        }
        None => &[],
        _ => return None,
    };
    text = &text[..text.len().min(MAX_VALUE)];
    // Inside a quoted log message the phrase ends at the closing quote (`msg="SIP/2.0 …"`,
    // JSON's `\"SIP/2.0 …\"`); a message escaped into one line ends at its `\r\n`; a hex dump
    // (Kamailio's `[[SIP/2.0 487 Request Terminated 0D  0A Via…`) at its first byte code.
    if let Some(q) = s
        .checked_sub(1)
        .map(|i| t[i])
        .filter(|q| matches!(q, b'"' | b'\''))
        && let Some(i) = memchr::memchr(q, text)
    {
        // In JSON the quote is escaped: `\"SIP/2.0 480 …\"` ends at `\"`.
        text = &text[..i];
        text = text.strip_suffix(b"\\").unwrap_or(text);
    }
    // php-sip's debug echo shown as a web page runs its lines together (`<-- SIP/2.0 407 …
    // --> ACK sip:… SIP/2.0`, `… 100 Trying New dialog: …`), so the phrase also ends where its
    // next echo starts (level7systems/php-sip@95dd051d PhpSIP.class.php `sendData`,
    // `readMessage`). One pass for the first of them (a substring search for each was 6% of a
    // trace's scan; none of them can overlap another, so the first found is where the
    // sequential cuts end).
    let mut from = 0;
    while let Some(i) = memchr::memchr3(b'\\', b' ', b']', &text[from..]).map(|i| from + i) {
        let rest = &text[i..];
        if [
            &b"\\r\\n"[..],
            b"\\n",
            b" 0D ",
            b"]]",
            b" --> ",
            b" <-- ",
            b" New dialog: ",
        ]
        .iter()
        .any(|end| rest.starts_with(end))
        {
            text = &text[..i];
            break;
        }
        from = i + 1;
    }
    // A message flattened by syslog: `… 486 Busy Here#015#012Via: …`.
    text = until_escaped_line_end(text);
    Some(Outcome::coded(kind, code, text.trim_ascii_end()))
}

/// `INVITE 404 Not Found` (SIPSorcery's `SIPResponse.ShortDescription`,
/// sipsorcery-org/sipsorcery@ef0fd227:src/SIPSorcery/core/SIP/SIPResponse.cs; JsSIP and SIP.js
/// apps): an upper-case SIP method, a code, and that code's own phrase (a method word followed
/// by a number and any words is common in other logs, so the phrase must be the registry's).
pub(super) fn method_status<'a>(
    tables: &Tables,
    l: Line<'a>,
    kind: SightingKind,
) -> Option<Outcome<'a>> {
    let (code, mut c) = l.word_then_code()?;
    let text = c.until(b"\"',;()[]<>{}|\t");
    let text = phrase(text);
    let text = text.strip_suffix(b".").unwrap_or(text);
    if text.is_empty() || !tables.standard(code, text) {
        return None;
    }
    Some(Outcome {
        code: Some(code),
        phrase: text,
        ..Outcome::new(kind)
    })
}

/// A header's value at a `Reason:`/`Warning:` anchor (`eason:` with the `R` before it): the
/// header name starts a word (`X-Reason:` is another header), any case (RFC 3261 §7.3.1).
/// A message that syslog flattened into one line (rsyslog's `#012`) has its headers after an
/// escaped line end, and each value ends at the next one.
pub(crate) fn header_value(text: &[u8], at: usize, anchor_len: usize, first: u8) -> Option<&[u8]> {
    let s = at.checked_sub(1)?;
    if text[s].to_ascii_lowercase() != first
        || !(boundary(s.checked_sub(1).map(|i| text[i])) || escaped_line_end(&text[..s]))
    {
        return None;
    }
    let v = &text[at + anchor_len..];
    let v = &v[..v.len().min(MAX_VALUE)];
    let v = until_escaped_line_end(v).trim_ascii();
    (!v.is_empty()).then_some(v)
}

/// Whether `before` ends with a line end as rsyslog escapes control characters by default
/// (`$EscapeControlCharactersOnReceive`: `#` and three octal digits, `#015#012` for CRLF), as
/// an SBC or a proxy that logs whole messages through syslog leaves them.
fn escaped_line_end(before: &[u8]) -> bool {
    before.ends_with(b"#012") || before.ends_with(b"#015")
}

/// `v` up to the first escaped line end ([`escaped_line_end`]), if it holds one.
fn until_escaped_line_end(v: &[u8]) -> &[u8] {
    match memchr::memmem::find(v, b"#01") {
        Some(i) if matches!(v.get(i + 3), Some(b'2' | b'5')) => &v[..i],
        _ => v,
    }
}

/// A call record's field (FreeSWITCH channel variables as CDR templates, `info` and ESL print
/// them, signalwire/freeswitch@cc93a683:src/mod/endpoints/mod_sofia/sofia.c and
/// src/switch_core_state_machine.c; Asterisk's CDR/CEL `hangupcause`), with `=`, `: `,
/// `: [`, `":"` or `>` between name and value, and a `variable_` prefix allowed.
pub(super) fn variable<'a>(
    tables: &Tables,
    l: Line<'a>,
    kind: SightingKind,
) -> Option<Outcome<'a>> {
    let t = l.text;
    let is_key = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut start = l.at;
    while start > 0 && is_key(t[start - 1]) {
        start -= 1;
    }
    let mut end = l.end;
    while end < t.len() && is_key(t[end]) {
        end += 1;
    }
    let key = &t[start..end];
    let key = key.strip_prefix(b"variable_").unwrap_or(key);
    let mut c = Cur::new(t, end);
    c.lit(b"\"");
    c.spaces();
    if c.lit(b"=") {
        // Ruby's hash arrow, `:sip_term_status=>"486"` (adhearsion apps log the event so).
        c.lit(b">");
    } else if !(c.lit(b":") || c.lit(b">")) {
        return None;
    }
    c.spaces();
    c.lit(b"\"");
    c.lit(b"[");
    let value = c.until(b"\"]<,;& \t");
    let mut o = Outcome::new(kind);
    match &key.to_ascii_lowercase()[..] {
        b"sip_term_status" | b"sip_invite_failure_status" => o.code = Cur::new(value, 0).code(),
        b"proto_specific_hangup_cause" | b"last_bridge_proto_specific_hangup_cause" => {
            let v = value
                .strip_prefix(b"sip:")
                .or_else(|| value.strip_prefix(b"sip%3A"))?;
            o.code = Cur::new(v, 0).code();
        }
        b"sip_term_cause" | b"hangup_cause_q850" | b"hangupcause" => {
            o.cause = Cur::new(value, 0).cause();
            o.failure = o.cause.map(|c| c != 16);
        }
        b"hangup_cause"
        | b"bridge_hangup_cause"
        | b"last_bridge_hangup_cause"
        | b"originate_failed_cause" => {
            let named = tables.name(value)?;
            o.cause = named.q850;
            o.code = named.sip;
            o.failure = Some(named.failure);
            o.name = Some(value);
        }
        b"sip_hangup_disposition" => {
            // send_bye, recv_bye, send_cancel, recv_cancel, send_refuse, recv_refuse
            // (mod_sofia.c, sofia.c): who ended the call, not why.
            let known = [
                &b"send_bye"[..],
                b"recv_bye",
                b"send_cancel",
                b"recv_cancel",
                b"send_refuse",
                b"recv_refuse",
            ];
            if !known.contains(&value) {
                return None;
            }
            o.name = Some(value);
            o.failure = Some(value.ends_with(b"refuse"));
        }
        _ => return None,
    }
    (o.code.is_some() || o.cause.is_some() || o.name.is_some()).then_some(o)
}

/// An accounting record (Kamailio's and OpenSIPS's acc module, `ACC: call missed: …;code=487;
/// reason=Request Terminated`, kamailio/kamailio@38711a3e:src/modules/acc/acc.c, OpenSIPS
/// modules/acc/acc.c). A record a reporter's paste wrapped inside its code (`code=4` / `87;…`)
/// is read across the break.
pub(super) fn acc<'a>(_: &Tables, l: Line<'a>, kind: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    if !c.find(b";code=") {
        return None;
    }
    let digits = c.until(b";");
    let mut reason_from = (c, l.text);
    let code = if c.peek().is_none() && !digits.is_empty() && digits.len() < 3 {
        // The line ends inside the code: the rest of it starts the next line.
        let next = l.after.split(|&b| b == b'\n').next().unwrap_or(&[]);
        let mut n = Cur::new(next, 0);
        let more = n.until(b";");
        let joined: Vec<u8> = digits.iter().chain(more).copied().collect();
        reason_from = (n, next);
        Cur::new(&joined, 0).code()?
    } else {
        Cur::new(digits, 0).code()?
    };
    let (mut c, _) = reason_from;
    let reason = if c.find(b";reason=") {
        c.until(b";")
    } else {
        &[]
    };
    Some(Outcome::coded(kind, code, reason))
}
