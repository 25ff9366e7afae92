//! Kamailio's and OpenSIPS's wordings: the tm, sl, acc, uac, dispatcher, dialog and parser
//! lines that print a code (kamailio/kamailio@38711a3e src/modules/tm/t_reply.c, tm.c,
//! src/modules/sl/sl_funcs.c, uac/uac_reg.c, dispatcher/dispatch.c, src/core/parser/
//! msg_parser.c; OpenSIPS/opensips@8f4f1e1b modules/tm/t_reply.c, tm.c, dispatcher,
//! load_balancer, dialog) and script lines (`xlog`) that print `$rs $rr` or `$T_reply_code`.
//!
//! Most of these words (`reply code`, `failed with code`) are common elsewhere: each reader
//! insists on the proxy's own log context on the line.

use super::cursor::{Cur, phrase};
use super::{Line, Outcome, SightingKind, Tables};

/// Whether the line carries a Kamailio or OpenSIPS log prefix or module marker.
fn proxy_context(text: &[u8]) -> bool {
    const MARKS: [&[u8]; 17] = [
        b"kamailio",
        b"opensips",
        b"<script>",
        b"<core>",
        b"DBG:",
        b"tm [",
        b":tm:",
        b"acc [",
        b":acc:",
        b"dispatcher",
        b"ERROR:tm",
        // OpenSIPS's stderr prefix `Aug 20 10:15:23 [12345] NOTICE:` (dprint.h DP_PREFIX).
        b"] ALERT:",
        b"] CRITICAL:",
        b"] ERROR:",
        b"] WARNING:",
        b"] NOTICE:",
        b"] INFO:",
    ];
    MARKS
        .iter()
        .any(|m| memchr::memmem::find(text, m).is_some())
}

/// `T_code=183, new_code=500` (Kamailio K4, OpenSIPS O3): the reply that just came in.
pub(super) fn new_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.number()?;
    c.find(b"new_code=").then_some(())?;
    Some(Outcome::coded(k, c.code()?, &[]))
}

/// `acc callback called for t(…) event type 128, reply code 500` (Kamailio K29) and
/// `reply code is <487>` (OpenSIPS O8).
pub(super) fn reply_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    if !proxy_context(l.text) {
        return None;
    }
    let mut c = l.cursor();
    c.lit(b"is <");
    Some(Outcome::coded(k, c.code()?, &[]))
}

/// `checked status is <500>` (OpenSIPS t_check_status).
pub(super) fn angle_code<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    proxy_context(l.text).then_some(())?;
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `picked branch 0, code 487 (prio=0)` (OpenSIPS O2).
pub(super) fn picked_branch<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.number()?;
    c.lit(b", code ").then_some(())?;
    Some(Outcome::coded(k, c.code()?, &[]))
}

/// `dns-failover test: branch=0, last_recv=487, flags=2` (OpenSIPS is_3263_failure).
pub(super) fn last_recv<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    proxy_context(l.text).then_some(())?;
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `rps completed - uas status: 486` and its siblings (Kamailio K7).
pub(super) fn uas_status<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    proxy_context(l.text).then_some(())?;
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `local transaction reply [code: 408, t-flags: 0 buf: SIP/2.0 408 Request Timeout …]` and
/// `no resolved dst to send reply to [code: 408, …` (Kamailio K2/K3).
pub(super) fn local_reply<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let before = &l.text[..l.at];
    memchr::memmem::find(before, b"reply")?;
    let mut c = l.cursor();
    let code = c.code()?;
    let mut o = Outcome::coded(k, code, &[]);
    if c.find(b" buf: SIP/2.0 ") && c.code() == Some(code) {
        c.spaces();
        let text = c.rest();
        let end = memchr::memmem::find(text, b" ...]").unwrap_or(text.len());
        o.phrase = phrase(&text[..end]);
    }
    Some(o)
}

/// `request sent to … completed with code: 408, Type 2` (Kamailio's IMS example scripts).
pub(super) fn completed_with<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    proxy_context(l.text).then_some(())?;
    let mut c = l.cursor();
    Some(Outcome::coded(k, c.code()?, &[]))
}

/// `OPTIONS-Request was finished with code 408 (to sip:…, group 2)` (dispatcher K20/O10).
pub(super) fn options_finished<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"OPTIONS-Request was")?;
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// The parser's debug group `SIP Reply  (status):` … ` status:  <487>` (K34/O19).
pub(super) fn parsed_status<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(l.text, b"parse_msg")?;
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b">").then(|| Outcome::coded(k, code, &[]))
}

/// `got sip response 403 while registering [uuid]` (Kamailio uac K17).
pub(super) fn got_sip_response<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.lit(b" while registering")
        .then(|| Outcome::coded(k, code, &[]))
}

/// `stateless error reply used: Unresolvable destination (478/SL)` (Kamailio sl K16): the
/// number in the phrase is Kamailio's internal error, the SIP code only for 400, 477–479,
/// 487 and 500 (src/core/error.h).
pub(super) fn stateless_error<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let text = phrase(l.cursor().rest());
    let open = memchr::memrchr(b'(', text)?;
    let mut c = Cur::new(text, open + 1);
    let code = c.code()?;
    (c.lit(b"/SL)") || c.lit(b"/TM)")).then_some(())?;
    Some(Outcome {
        code: Some(code),
        phrase: text,
        ..Outcome::new(k)
    })
}

/// `disable destination 3 <sip:…> after 503 reply on probe` (OpenSIPS load_balancer O11).
pub(super) fn probe_reply<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let before = l.text[..l.at].trim_ascii_end();
    let digits = before.rsplit(|b| !b.is_ascii_digit()).next()?;
    before[..before.len() - digits.len()]
        .ends_with(b"after ")
        .then_some(())?;
    Some(Outcome::coded(k, Cur::new(digits, 0).code()?, &[]))
}

/// `REPORT: GW destination sip:+1555…@198.51.100.20 failed with code 503` (OpenSIPS stock
/// scripts' xlog of `$T_reply_code`): a SIP URI and the proxy's prefix on the line.
pub(super) fn failed_with_code<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    if memchr::memmem::find(&l.text[..l.at], b"sip:").is_none() || !proxy_context(l.text) {
        return None;
    }
    Some(Outcome::coded(k, l.cursor().code()?, &[]))
}

/// `Status Code received =  [487]` (OpenSIPS dialog O13).
pub(super) fn status_code_received<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.spaces();
    c.lit(b"[").then_some(())?;
    Some(Outcome::coded(k, c.code()?, &[]))
}

/// A script line (`xlog` after `<script>: `) printing `$rs $rr` or `$rs/$rr`: a code followed
/// by that code's own phrase. Scripts word the rest freely, so the values are what is read.
pub(super) fn script_values<'a>(
    tables: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let text = l.cursor().rest();
    let mut i = 0;
    while i + 3 <= text.len() {
        let at_word = i == 0 || !text[i - 1].is_ascii_alphanumeric();
        if at_word && let Some(code) = Cur::new(text, i).code() {
            let mut c = Cur::new(text, i + 3);
            if c.lit(b"/") || c.spaces() > 0 {
                let words = phrase(c.until(b"(,;[]\"'"));
                // The phrase is the shortest run of its first words that is the code's own
                // (`480/Temporarily Unavailable - from …`).
                let ends = words
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| **b == b' ')
                    .map(|(i, _)| i)
                    .chain([words.len()]);
                let best = ends.take(6).find(|&e| tables.standard(code, &words[..e]));
                if let Some(e) = best {
                    return Some(Outcome {
                        code: Some(code),
                        phrase: &words[..e],
                        ..Outcome::new(k)
                    });
                }
            }
        }
        i += 1;
    }
    None
}

/// A failure route's log line ending in the reply code (`Failure_route[default] - 487`, an
/// OpenSIPS or Kamailio script's xlog of `$T_reply_code`), with the proxy's prefix.
pub(super) fn failure_route<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let first = l.at.checked_sub(1).map(|i| l.text[i]);
    if !matches!(first, Some(b'f' | b'F')) || !proxy_context(l.text) {
        return None;
    }
    let text = l.text.trim_ascii_end();
    let digits = text.rsplit(|b| !b.is_ascii_digit()).next()?;
    let code = Cur::new(digits, 0).code().filter(|c| *c >= 300)?;
    let before = text[..text.len() - digits.len()].trim_ascii_end();
    matches!(before.last(), Some(b'-' | b':' | b'=')).then(|| Outcome::coded(k, code, &[]))
}
