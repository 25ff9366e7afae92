//! NAT findings: a private address advertised from a public one.

use super::super::dialog::Msg;
use super::super::sdp::{Sdp, is_private, is_public};
use super::super::types::Direction;
use super::{Analysis, direction, fact, s};
use std::collections::HashSet;

/// A private (RFC 1918) address in SDP `c=` or `Contact:` of a message that came from a
/// public address: the sender is behind NAT and advertises its inside address, so media or
/// requests sent back there are lost (RFC 3581 and RFC 6314 describe the traversal fixes).
pub(super) fn nat(a: &mut Analysis, msgs: &[&Msg], caller: Option<&str>) {
    let mut seen: HashSet<(&'static str, Direction)> = HashSet::new();
    for &m in msgs {
        let Some(src) = m.seen.src.as_deref().filter(|s| is_public(s)) else {
            continue;
        };
        let dir = direction(caller, m);
        let side = match dir {
            Direction::ToCallee => "caller",
            Direction::ToCaller => "callee",
        };
        let peer = src.to_string();
        if let Some(addr) = m.sdp.as_ref().and_then(Sdp::private_addr)
            && seen.insert(("sdp", dir))
        {
            a.facts.push(fact(
                m,
                "nat-private-sdp",
                "nat",
                side,
                vec![("addr", s(addr)), ("peer", s(peer.clone()))],
            ));
        }
        if let Some(h) = m.contact_host.as_deref().filter(|h| is_private(h))
            && seen.insert(("contact", dir))
        {
            a.facts.push(fact(
                m,
                "nat-private-contact",
                "nat",
                side,
                vec![("addr", s(h)), ("peer", s(peer))],
            ));
        }
    }
}
