//! Tests of the finder: sightings anywhere on a line, and a giant line scanned in pieces.

use super::*;

fn all(text: &[u8]) -> (Vec<(u64, String)>, Extent) {
    let mut out = Vec::new();
    let extent = Finder
        .scan(
            &mut &text[..],
            &mut |line, f| {
                let s = match f {
                    Found::Outcome { outcome: o, .. } => format!(
                        "{} {}",
                        o.code.map_or("-".to_string(), |c| c.to_string()),
                        String::from_utf8_lossy(o.phrase)
                    ),
                    Found::Reason(v) => format!("R {}", String::from_utf8_lossy(v)),
                    Found::Warning(v) => format!("W {}", String::from_utf8_lossy(v)),
                    Found::RequestLine => "request".to_string(),
                };
                out.push((line, s));
            },
            &mut |_| {},
        )
        .unwrap();
    (out, extent)
}

#[test]
fn finds_status_lines_and_headers_anywhere_on_a_line() {
    let log = b"SIP/2.0 486 Busy Here\r\n\
        2026-01-01 12:00:00 recv: sip/2.0 403 Wrong Guess\n\
        INVITE sip:1@x SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1\r\n\
        msg=\"SIP/2.0 480 No money left\" from=x\n\
        Reason: Q.850;cause=17;text=\"User busy\"\n\
        X-Reason: nope\nWARNING: 399 host \"x\"\nSIP/2.0 4860 no\nSIP/2.0 183\n";
    let (found, extent) = all(log);
    assert_eq!(
        found,
        vec![
            (1, "486 Busy Here".to_string()),
            (2, "403 Wrong Guess".to_string()),
            (3, "request".to_string()),
            (5, "480 No money left".to_string()),
            (6, "R Q.850;cause=17;text=\"User busy\"".to_string()),
            (8, "W 399 host \"x\"".to_string()),
            (10, "183 ".to_string()),
        ]
    );
    assert_eq!(extent.lines, 10);
}

#[test]
fn a_giant_line_is_scanned_in_pieces_without_loss() {
    let mut log = vec![b'x'; 3 * BLOCK + 17];
    for at in [10, BLOCK - 3, BLOCK + KEEP / 2, 2 * BLOCK - 2, 3 * BLOCK] {
        log[at..at + 15].copy_from_slice(b" SIP/2.0 503 Ov");
    }
    log.extend_from_slice(b"\nSIP/2.0 200 OK");
    let (found, extent) = all(&log);
    assert_eq!(found.len(), 6, "{found:?}");
    assert!(found[..5].iter().all(|(l, _)| *l == 1));
    assert_eq!(found[5], (2, "200 OK".to_string()));
    assert_eq!(extent.lines, 2);
}
