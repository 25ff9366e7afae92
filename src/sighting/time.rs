//! A log line's own timestamp, kept as written: the first of the common forms near the start
//! of the line (after a file name, a UUID, a process tag or a bracket).

/// How far into a line a timestamp is looked for.
const LOOK: usize = 80;

const MONTHS: [&[u8]; 12] = [
    b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec",
];

/// The line's timestamp as written: `2024-07-02 11:56:49.915157`, `2018-11-28T21:03:44Z`,
/// `Aug  5 11:43:53` (syslog, Asterisk), `11-20 05:13:03.184` (Android logcat),
/// `2021/03/01 12:00:00.123456` (sngrep), `12:17:17.992` (pjsip, Serilog), `2021-10-30
/// 00:39:11:258` (bctoolbox's colon before the milliseconds), a tab between date and time.
pub(crate) fn line_time(line: &[u8]) -> Option<&[u8]> {
    // Every form holds a time, whose first colon is at most 13 bytes after the form's start:
    // a line without one (a status line in a trace, most lines a scan reads) is passed at once.
    memchr::memchr(b':', &line[..line.len().min(LOOK + 13)])?;
    let end = line.len().min(LOOK);
    for i in 0..end {
        if i > 0 && line[i - 1].is_ascii_alphanumeric() {
            continue;
        }
        let len = match line[i] {
            b'0'..=b'9' => date_time(line, i)
                .or_else(|| short_date(line, i))
                .or_else(|| time(line, i)),
            b'A'..=b'Z' => syslog(line, i),
            _ => None,
        };
        if let Some(len) = len {
            return Some(&line[i..i + len]);
        }
    }
    None
}

fn digits(s: &[u8], i: usize, n: usize) -> bool {
    s.get(i..i + n)
        .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
}

fn at(s: &[u8], i: usize, b: u8) -> bool {
    s.get(i) == Some(&b)
}

/// `HH:MM:SS` at `i`, then an optional fraction (`.`, `,` or `:` and digits); its length.
fn time(s: &[u8], i: usize) -> Option<usize> {
    let hh_mm = digits(s, i, 2) && at(s, i + 2, b':') && digits(s, i + 3, 2);
    if !(hh_mm && at(s, i + 5, b':') && digits(s, i + 6, 2)) {
        return None;
    }
    let mut n = 8;
    if matches!(s.get(i + n), Some(b'.' | b',' | b':')) && digits(s, i + n + 1, 1) {
        n += 1;
        while digits(s, i + n, 1) {
            n += 1;
        }
    }
    if digits(s, i + n, 1) {
        return None;
    }
    Some(n)
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, then ` `, `T` or a tab, then a time and an optional zone.
fn date_time(s: &[u8], i: usize) -> Option<usize> {
    let sep = *s.get(i + 4)?;
    let year_month = digits(s, i, 4) && matches!(sep, b'-' | b'/') && digits(s, i + 5, 2);
    let day = at(s, i + 7, sep) && digits(s, i + 8, 2);
    if !(year_month && day && matches!(s.get(i + 10), Some(b' ' | b'T' | b'\t'))) {
        return None;
    }
    let mut n = 11 + time(s, i + 11)?;
    if at(s, i + n, b'Z') {
        n += 1;
    } else if matches!(s.get(i + n), Some(b'+' | b'-')) && digits(s, i + n + 1, 2) {
        n += 3;
        if at(s, i + n, b':') && digits(s, i + n + 1, 2) {
            n += 3;
        } else if digits(s, i + n, 2) {
            n += 2;
        }
    }
    Some(n)
}

/// `MM-DD HH:MM:SS.mmm` (Android logcat).
fn short_date(s: &[u8], i: usize) -> Option<usize> {
    if !(digits(s, i, 2) && at(s, i + 2, b'-') && digits(s, i + 3, 2) && at(s, i + 5, b' ')) {
        return None;
    }
    Some(6 + time(s, i + 6)?)
}

/// `Mon DD HH:MM:SS` with the day space-padded or two digits (syslog, Asterisk).
fn syslog(s: &[u8], i: usize) -> Option<usize> {
    let month = s.get(i..i + 3)?;
    if !MONTHS.contains(&month) || !at(s, i + 3, b' ') {
        return None;
    }
    let day = match (s.get(i + 4), s.get(i + 5)) {
        (Some(b' '), Some(b'1'..=b'9')) | (Some(b'0'..=b'3'), Some(b'0'..=b'9')) => 2,
        (Some(b'1'..=b'9'), Some(b' ')) => 1,
        _ => return None,
    };
    if !at(s, i + 4 + day, b' ') {
        return None;
    }
    Some(5 + day + time(s, i + 5 + day)?)
}

#[cfg(test)]
mod tests {
    use super::line_time;

    #[test]
    fn timestamps_are_found_as_written() {
        let cases: [(&[u8], Option<&[u8]>); 12] = [
            (
                b"[Aug  5 11:43:53] SIP/2.0 200 OK",
                Some(b"Aug  5 11:43:53"),
            ),
            (
                b"2024-07-02 11:56:49.915157 98.83% [DEBUG] sofia.c",
                Some(b"2024-07-02 11:56:49.915157"),
            ),
            (
                b"52c79f86-44a6-4eec-b7c9-16ac308656bf 2022-02-21 16:53:54.616573 82.63% [NOTICE]",
                Some(b"2022-02-21 16:53:54.616573"),
            ),
            (
                b"11-20 05:13:03.184  5707  6275 D Baresip",
                Some(b"11-20 05:13:03.184"),
            ),
            (b"2018-11-28T21:03:44Z DEBUG", Some(b"2018-11-28T21:03:44Z")),
            (
                b"2021-10-30 00:39:11:258 [linphone]",
                Some(b"2021-10-30 00:39:11:258"),
            ),
            (
                b"12:17:17.992           pjsua_core.c",
                Some(b"12:17:17.992"),
            ),
            (b"[14:03:27 DBG] Response", Some(b"14:03:27")),
            (
                b"2019-10-20\t19:53:30.076000\t157",
                Some(b"2019-10-20\t19:53:30.076000"),
            ),
            (
                b"messages-20150513:[May 12 14:59:23] VERBOSE",
                Some(b"May 12 14:59:23"),
            ),
            (b"  -- SIP/twilio-termination-0000000d is busy", None),
            (b" 7(45265) DEBUG: <core> [core/udp_server.c:715]", None),
        ];
        for (line, want) in cases {
            assert_eq!(line_time(line), want, "{}", String::from_utf8_lossy(line));
        }
    }
}
