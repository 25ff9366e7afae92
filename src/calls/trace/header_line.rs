//! A trace's own header line before a message: which addresses it names, in the shapes the
//! products print (sngrep, Homer, sofia-sip, Asterisk, pjsip, belle-sip, sipgo).

/// The addresses a trace's header line names, as (source, destination).
pub(super) fn addresses(line: &str) -> (Option<String>, Option<String>) {
    // sngrep `… 203.0.113.5:5060 -> 192.0.2.10:5060`, Homer `… src ---> dst`.
    for arrow in [" ---> ", " -> "] {
        if let Some((a, b)) = line.split_once(arrow) {
            let src = a.split_whitespace().last().map(str::to_string);
            let dst = b.split_whitespace().next().map(str::to_string);
            if src.as_deref().is_some_and(looks_like_addr)
                && dst.as_deref().is_some_and(looks_like_addr)
            {
                return (src, dst);
            }
        }
    }
    // sipgo `=== UDP read from <local> <- <remote> ===` / `write to <local> -> <remote>`.
    if let Some((_, b)) = line.split_once(" <- ") {
        return (b.split_whitespace().next().map(str::to_string), None);
    }
    let lower = line.to_ascii_lowercase();
    let incoming = [
        "recv ",
        "received",
        "read from",
        "rx ",
        "<--- received",
        "new bytes from",
    ]
    .iter()
    .any(|w| lower.contains(w));
    let outgoing = ["send ", "sent ", "transmitting", "tx ", "message sent to"]
        .iter()
        .any(|w| lower.contains(w));
    let addr = lower
        .find(" from ")
        .map(|i| i + 6)
        .or_else(|| lower.find(" to ").map(|i| i + 4))
        .and_then(|i| addr_token(&line[i..]));
    match (incoming, outgoing, addr) {
        (true, _, Some(a)) if lower.contains(" from ") => (Some(a), None),
        (_, true, Some(a)) => (None, Some(a)),
        _ => (None, None),
    }
}

/// The first `ip:port` in `s`, out of the wrappers products put around it: sofia-sip's
/// `udp/[203.0.113.5]:5060`, Asterisk's `UDP:203.0.113.5:5060`, pjsip's `UDP 203.0.113.5:5060:`,
/// belle-sip's `[UDP://host:5060]`.
fn addr_token(s: &str) -> Option<String> {
    let mut word = s
        .split_whitespace()
        .next()?
        .trim_end_matches([':', ',', '.']);
    if ["udp", "tcp", "tls", "ws", "wss", "sctp"].contains(&word.to_ascii_lowercase().as_str()) {
        word = s
            .split_whitespace()
            .nth(1)?
            .trim_end_matches([':', ',', '.']);
    }
    let word = word.trim_start_matches('[').trim_end_matches(']');
    let word = match word.find("://") {
        Some(i) => &word[i + 3..],
        None => word,
    };
    let word = match word.split_once('/') {
        Some((proto, rest)) if proto.chars().all(|c| c.is_ascii_alphabetic()) => rest,
        _ => word,
    };
    let word = match word.split_once(':') {
        Some((proto, rest))
            if proto.chars().all(|c| c.is_ascii_alphabetic()) && proto.len() <= 4 =>
        {
            rest
        }
        _ => word,
    };
    // `[203.0.113.5]:5060` → `203.0.113.5:5060`; IPv6 keeps its brackets.
    let cleaned = if let Some(v) = word.strip_prefix('[')
        && let Some((ip, port)) = v.split_once("]:")
        && !ip.contains(':')
    {
        format!("{ip}:{port}")
    } else {
        word.to_string()
    };
    looks_like_addr(&cleaned).then_some(cleaned)
}

/// `host:port` with a numeric port.
fn looks_like_addr(s: &str) -> bool {
    s.rsplit_once(':').is_some_and(|(h, p)| {
        !h.is_empty() && !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lines_name_addresses() {
        let a = |l: &str| addresses(l);
        assert_eq!(
            a("2021/03/01 12:00:00.123456 203.0.113.5:5060 -> 192.0.2.10:5060"),
            (
                Some("203.0.113.5:5060".into()),
                Some("192.0.2.10:5060".into())
            )
        );
        assert_eq!(
            a("recv 812 bytes from udp/[203.0.113.10]:5060 at 10:10:02.223000:")
                .0
                .as_deref(),
            Some("203.0.113.10:5060")
        );
        assert_eq!(
            a("send 603 bytes to udp/[198.51.100.7]:5060 at 16:49:33.907405:")
                .1
                .as_deref(),
            Some("198.51.100.7:5060")
        );
        assert_eq!(
            a("[Mar  1 10:20:01] VERBOSE[1] res_pjsip_logger.c: <--- Received SIP response (512 bytes) from UDP:203.0.113.20:5060 --->").0.as_deref(),
            Some("203.0.113.20:5060")
        );
        assert_eq!(
            a("<--- Reliably Transmitting (NAT) to 198.51.100.106:42974 --->")
                .1
                .as_deref(),
            Some("198.51.100.106:42974")
        );
        assert_eq!(
            a("12:17:17.992  pjsua_core.c  .....TX 313 bytes Response msg 100/INVITE/cseq=44 (tdta0xf506318) to UDP 192.168.188.1:5060:").1.as_deref(),
            Some("192.168.188.1:5060")
        );
        assert_eq!(
            a("MESSAGE channel [0x7b03de2a80]: received [852] new bytes from [UDP://sip.example.com:5060]:").0.as_deref(),
            Some("sip.example.com:5060")
        );
    }
}
