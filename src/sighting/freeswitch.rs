//! FreeSWITCH's wordings, read in signalwire/freeswitch@cc93a683: src/switch_channel.c
//! (`Hangup %s [%s] [%s]`), src/switch_core_state_machine.c (`Standard HANGUP, cause: %s`),
//! src/switch_ivr_originate.c and mod_dptools.c (originate failures),
//! src/mod/endpoints/mod_sofia/sofia.c, mod_sofia.c and sofia_reg.c (call states, responses,
//! gateway registration and pings).

use super::cursor::{Cur, phrase};
use super::{Line, Outcome, SightingKind, Tables};

/// An outcome for a cause name the tables know (`USER_BUSY`, `ORIGINATOR_CANCEL`).
fn named<'a>(tables: &Tables, k: SightingKind, name: &'a [u8]) -> Option<Outcome<'a>> {
    let n = tables.name(name)?;
    Some(Outcome {
        cause: n.q850,
        code: n.sip,
        name: Some(name),
        failure: Some(n.failure),
        ..Outcome::new(k)
    })
}

/// `Hangup sofia/external/… [CS_CONSUME_MEDIA] [NORMAL_TEMPORARY_FAILURE]` (F1): the anchor is
/// ` [CS_`; `Hangup ` comes before it, the cause name in brackets after the state.
pub(super) fn hangup<'a>(tables: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    memchr::memmem::find(&l.text[..l.at], b"Hangup ")?;
    let mut c = l.cursor();
    c.name();
    c.lit(b"]").then_some(())?;
    c.spaces();
    let name = c.enclosed(b'[', b']')?;
    named(tables, k, name)
}

/// `… Standard HANGUP, cause: NORMAL_CLEARING` (F2/F3) and `Channel … hanging up, cause:
/// NO_ROUTE_DESTINATION` (mod_sofia F20).
pub(super) fn cause_name<'a>(tables: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let name = c.name();
    named(tables, k, name)
}

/// `Originate Failed.  Cause: USER_BUSY` (F5; two spaces in the source, one or more in pastes).
pub(super) fn originate_failed<'a>(
    tables: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.spaces();
    c.lit(b"Cause: ").then_some(())?;
    named(tables, k, c.name())
}

/// `Originate Resulted in Error Cause: 17 [USER_BUSY]` (F4).
pub(super) fn originate_error<'a>(
    tables: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.number()?;
    c.spaces();
    named(tables, k, c.enclosed(b'[', b']')?)
}

/// `Cannot create outgoing channel of type [user] cause: [INCOMPATIBLE_DESTINATION]` (F6).
pub(super) fn cannot_create<'a>(
    tables: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.find(b"] cause: ").then_some(())?;
    named(tables, k, c.enclosed(b'[', b']')?)
}

/// `Remote Reason: 17`: the Q.850 cause of a `Reason:` header on a final error reply (F13).
pub(super) fn remote_reason<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let cause = l.cursor().cause()?;
    Some(Outcome {
        cause: Some(cause),
        failure: Some(cause != 16),
        ..Outcome::new(k)
    })
}

/// `Channel sofia/… entering state [terminated][486]` (sofia.c F10/F11); state `[x][0]`
/// carries no response.
pub(super) fn state<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.until(b"]");
    c.lit(b"][").then_some(())?;
    let code = c.code()?;
    c.lit(b"]").then_some(())?;
    Some(Outcome {
        code: Some(code),
        ..Outcome::new(k)
    })
}

/// `… Overriding SIP cause 480 with 200 from the other leg` (mod_sofia F19) and
/// `Overriding 486 Busy Here with 480` (sofia.c F14): the code that goes out is the last one.
pub(super) fn overriding<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    c.lit(b"SIP cause ");
    c.code()?;
    c.find(b" with ").then_some(())?;
    let code = c.code()?;
    Some(Outcome {
        code: Some(code),
        ..Outcome::new(k)
    })
}

/// `Responding to INVITE with: 404` (mod_sofia F21).
pub(super) fn respond<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    Some(Outcome {
        code: Some(l.cursor().code()?),
        ..Outcome::new(k)
    })
}

/// `Responding with 488 [Not Acceptable Here]` (mod_sofia F24).
pub(super) fn responding_with<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let code = c.code()?;
    c.spaces();
    let text = c.enclosed(b'[', b']')?;
    Some(Outcome::coded(k, code, text))
}

/// A gateway's `Failed Registration with status Forbidden [403]. failure #1` (sofia_reg F26)
/// and `Failed Registration [904], setting retry to 30 seconds.` (F27). The status may be
/// sofia-sip's own (9xx), kept as printed.
pub(super) fn failed_registration<'a>(
    _: &Tables,
    l: Line<'a>,
    k: SightingKind,
) -> Option<Outcome<'a>> {
    let mut c = l.cursor();
    let text = if c.lit(b" with status ") {
        let rest = c.rest();
        let open = memchr::memrchr(b'[', rest)?;
        c = Cur::new(rest, open);
        &rest[..open]
    } else {
        c.spaces();
        &[]
    };
    c.lit(b"[").then_some(())?;
    let n = c.number()?;
    c.lit(b"]").then_some(())?;
    (100..=999).contains(&n).then(|| Outcome {
        code: Some(n as u16),
        phrase: phrase(text),
        failure: Some(true),
        ..Outcome::new(k)
    })
}

/// `Ping failed carrier1 with code 408 - count 0/1/2, state DOWN` (sofia.c F17) and
/// `Ping to sip user 'u@h' failed with code 408` (F18).
pub(super) fn ping<'a>(_: &Tables, l: Line<'a>, k: SightingKind) -> Option<Outcome<'a>> {
    let before = &l.text[..l.at];
    if memchr::memmem::find(before, b"Ping failed ").is_none()
        && memchr::memmem::find(before, b"Ping succeeded ").is_none()
    {
        return None;
    }
    Some(Outcome {
        code: Some(l.cursor().code()?),
        ..Outcome::new(k)
    })
}
