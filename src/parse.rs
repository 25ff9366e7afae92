//! Reading what a support engineer pastes: a status line, a code, a device code or a phrase.
//! Pure functions, no I/O.

use crate::error::{InputError, Result};
use crate::headers::{ReasonValue, WarningValue, parse_reasons, parse_warnings};
use crate::model::SipCode;

/// The longest input accepted, in bytes: a status line with a few headers fits easily.
pub const MAX_INPUT: usize = 4096;

/// What an input asks about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Query {
    /// A status code with an optional reason phrase (`SIP/2.0 403 Wrong Guess`, `486`).
    Status {
        /// The code.
        code: SipCode,
        /// The reason phrase as typed, trimmed; empty when none was given.
        phrase: String,
    },
    /// A vendor device status code (`0x751`), lower case.
    DeviceCode(String),
    /// A reason phrase on its own (`No money left`), or a switch's cause name (`USER_BUSY`).
    Phrase(String),
    /// A Q.850 cause value: `Q.850 cause 17`, `q850:17`, `cause=34`.
    Cause(u8),
    /// Header lines only (`Reason: Q.850;cause=16`, `Warning: 399 host "text"`).
    Headers,
}

/// A parsed input: the query plus any header lines that followed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// What to look up.
    pub query: Query,
    /// Lines given after the status line, verbatim.
    pub headers: Vec<String>,
    /// The reasons of every `Reason:` line, in order (RFC 3326).
    pub reasons: Vec<ReasonValue>,
    /// The warnings of every `Warning:` line, in order (RFC 3261 §20.43).
    pub warnings: Vec<WarningValue>,
}

/// Parses one input tolerantly. Accepted forms: `SIP/2.0 403 Wrong Guess`,
/// `sip/2.0 403  wrong guess`, `403 Wrong Guess`, `403`, `0x480`, a phrase alone, each
/// optionally followed by `Reason:` / `Warning:` header lines (or the same on one line).
///
/// ```
/// use sipkb::{parse_input, Query};
/// let p = parse_input("sip/2.0 403  wrong guess").unwrap();
/// assert!(matches!(p.query, Query::Status { ref phrase, .. } if phrase == "wrong guess"));
/// assert!(parse_input("SIP/2.0 700 X").is_err());
/// ```
pub fn parse_input(input: &str) -> Result<Parsed> {
    if input.len() > MAX_INPUT {
        return Err(InputError::TooLong {
            len: input.len(),
            max: MAX_INPUT,
        }
        .into());
    }
    if let Some((i, c)) = input
        .char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
    {
        return Err(InputError::Control {
            code_point: c as u32,
            at: i,
        }
        .into());
    }
    let input = unescape_line_ends(input);
    let mut lines = input.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().ok_or(InputError::Empty)?;
    let (mut query, mut headers) = if header_value(first).is_some() {
        (Query::Headers, vec![first.to_string()])
    } else {
        let (first, inline_header) = split_inline_header(first);
        (parse_line(first)?, inline_header.into_iter().collect())
    };
    headers.extend(lines.map(String::from));
    // A pasted request (a BYE, a CANCEL), maybe behind a log prefix: the request line asks
    // nothing; its Reason/Warning headers say why the call ended (RFC 3326 §2).
    if matches!(query, Query::Phrase(_))
        && let Some(r) = headers.iter().position(|l| is_request_line(l))
        && headers[r..].iter().any(|h| header_value(h).is_some())
    {
        query = Query::Headers;
        headers.drain(..r);
    }
    // Other header lines of a pasted message (Via, To, …) are kept but not interpreted.
    let (mut reasons, mut warnings) = (Vec::new(), Vec::new());
    for h in &headers {
        match header_value(h) {
            Some((Header::Reason, v)) => reasons.extend(parse_reasons(v)?),
            Some((Header::Warning, v)) => warnings.extend(parse_warnings(v)?),
            None => {}
        }
    }
    Ok(Parsed {
        query,
        headers,
        reasons,
        warnings,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    Reason,
    Warning,
}

/// `Reason: …` or `Warning: …` (any case, spaces before the colon allowed): the header and its
/// value.
fn header_value(line: &str) -> Option<(Header, &str)> {
    let (name, value) = line.split_once(':')?;
    let header = match name.trim().to_ascii_lowercase().as_str() {
        "reason" => Header::Reason,
        "warning" => Header::Warning,
        _ => return None,
    };
    Some((header, value))
}

/// `METHOD Request-URI SIP/2.0` (RFC 3261 §7.1).
fn is_request_line(line: &str) -> bool {
    let mut words = line.split_ascii_whitespace();
    matches!(
        (words.next(), words.next(), words.next(), words.next()),
        (Some(m), Some(_), Some(v), None)
            if m.bytes().all(|b| b.is_ascii_uppercase()) && v.eq_ignore_ascii_case("SIP/2.0")
    )
}

/// A whole message that syslog flattened into one line has its line ends escaped as rsyslog
/// does by default (`#015#012`, or `#012` alone): they are line ends again.
fn unescape_line_ends(input: &str) -> std::borrow::Cow<'_, str> {
    if input.contains("#012") {
        input.replace("#015#012", "\n").replace("#012", "\n").into()
    } else {
        input.into()
    }
}

/// Splits `480 No money left Reason: Q.850;cause=17` into the status part and the header.
fn split_inline_header(line: &str) -> (&str, Option<String>) {
    let lower = line.to_ascii_lowercase();
    let at = ["reason:", "warning:"]
        .iter()
        .filter_map(|h| {
            lower
                .match_indices(h)
                .map(|(i, _)| i)
                .find(|&i| i == 0 || lower.as_bytes()[i - 1].is_ascii_whitespace())
        })
        .min();
    match at {
        Some(0) | None => (line, None),
        Some(i) => (line[..i].trim_end(), Some(line[i..].to_string())),
    }
}

fn parse_line(line: &str) -> Result<Query> {
    let rest = strip_version(line)?;
    let had_version = rest.len() != line.len();
    let rest = rest.trim_start();
    let (token, phrase) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let hex = token
        .strip_prefix("0x")
        .or_else(|| token.strip_prefix("0X"));
    if let Some(hex) = hex.filter(|_| !had_version) {
        return device_code(token, hex);
    }
    if token.bytes().all(|b| b.is_ascii_digit()) && !token.is_empty() {
        return status(token, phrase);
    }
    if had_version {
        return Err(InputError::ExpectedCode.into());
    }
    if let Some(cause) = cause(line) {
        return cause;
    }
    Ok(Query::Phrase(line.to_string()))
}

/// `Q.850 cause 17`, `q850:17`, `Q.850;cause=17`, `cause=34`, `cause 34`: a Q.850 cause value.
/// `None` when the line is not written as one (`Cause unknown` is a phrase).
fn cause(line: &str) -> Option<Result<Query>> {
    let lower = line.trim().to_ascii_lowercase();
    let sep = |c: char| matches!(c, ' ' | '\t' | ':' | ';' | '=');
    let (rest, sure) = if let Some(r) = lower
        .strip_prefix("q.850")
        .or_else(|| lower.strip_prefix("q850"))
    {
        let r = r.trim_start_matches(sep);
        (
            r.strip_prefix("cause").unwrap_or(r).trim_start_matches(sep),
            true,
        )
    } else {
        let r = lower.strip_prefix("cause")?;
        let after = r.trim_start_matches(sep);
        if after.len() == r.len() {
            return None;
        }
        // `cause=x` and `cause:x` are surely causes; `cause x` only when x is a number.
        let sure = r.trim_start().starts_with(['=', ':']);
        (after, sure)
    };
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let tail = &rest[digits..];
    if digits == 0 || !(tail.is_empty() || tail.starts_with(char::is_whitespace)) {
        return sure.then(|| {
            Err(InputError::BadCause {
                token: line.trim().to_string(),
            }
            .into())
        });
    }
    let value = rest[..digits]
        .parse::<u8>()
        .ok()
        .filter(|v| (1..=127).contains(v));
    Some(value.map(Query::Cause).ok_or_else(|| {
        InputError::BadCause {
            token: line.trim().to_string(),
        }
        .into()
    }))
}

/// Strips a leading `SIP/2.0` (any case). Another SIP version is an error: RFC 3261 §7.1
/// defines only 2.0.
fn strip_version(line: &str) -> Result<&str> {
    let head = line.get(..4).map(str::to_ascii_uppercase);
    if head.as_deref() != Some("SIP/") {
        return Ok(line);
    }
    let end = line.find(char::is_whitespace).unwrap_or(line.len());
    if line[4..end] != *"2.0" {
        return Err(InputError::BadVersion {
            version: line[..end].to_string(),
        }
        .into());
    }
    Ok(&line[end..])
}

fn device_code(token: &str, digits: &str) -> Result<Query> {
    if digits.is_empty() {
        return Err(InputError::DeviceNoDigits {
            token: token.to_string(),
        }
        .into());
    }
    if digits.len() > 8 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(InputError::DeviceBad {
            token: token.to_string(),
        }
        .into());
    }
    Ok(Query::DeviceCode(format!(
        "0x{}",
        digits.to_ascii_lowercase()
    )))
}

fn status(token: &str, phrase: &str) -> Result<Query> {
    let code = (token.len() == 3)
        .then(|| token.parse::<u16>().ok())
        .flatten()
        .and_then(SipCode::new)
        .ok_or_else(|| InputError::BadCode {
            token: token.to_string(),
        })?;
    Ok(Query::Status {
        code,
        phrase: phrase.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status_of(input: &str) -> (u16, String) {
        match parse_input(input).unwrap().query {
            Query::Status { code, phrase } => (code.get(), phrase),
            other => panic!("{input:?} parsed as {other:?}"),
        }
    }

    #[test]
    fn status_lines_in_every_spelling() {
        for (input, code, phrase) in [
            ("SIP/2.0 403 Wrong Guess", 403, "Wrong Guess"),
            ("sip/2.0 403  wrong guess", 403, "wrong guess"),
            ("403 Wrong Guess", 403, "Wrong Guess"),
            ("  486 ", 486, ""),
            (
                "SIP/2.0 480 No money left\r\nReason: Q.850;cause=17",
                480,
                "No money left",
            ),
            (
                "480 No money left Reason: Q.850;cause=34",
                480,
                "No money left",
            ),
        ] {
            assert_eq!(status_of(input), (code, phrase.to_string()), "{input:?}");
        }
    }

    #[test]
    fn headers_are_kept() {
        let p =
            parse_input("480 No money left\nReason: Q.850;cause=17\nWarning: 399 x \"y\"").unwrap();
        assert_eq!(p.headers.len(), 2);
        let p = parse_input("480 X reason: SIP;cause=480").unwrap();
        assert_eq!(p.headers, vec!["reason: SIP;cause=480".to_string()]);
    }

    #[test]
    fn causes_in_every_spelling() {
        for (input, value) in [
            ("Q.850 cause 17", 17),
            ("q850:17", 17),
            ("Q.850;cause=16", 16),
            ("cause=34", 34),
            ("CAUSE 41", 41),
            ("q.850 127", 127),
            ("cause: 1 unallocated", 1),
        ] {
            assert_eq!(
                parse_input(input).unwrap().query,
                Query::Cause(value),
                "{input:?}"
            );
        }
        for bad in [
            "q850:999",
            "cause=0",
            "cause=",
            "Q.850 cause x",
            "cause=17x",
            "q850:128",
        ] {
            assert!(parse_input(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(
            parse_input("Cause unknown").unwrap().query,
            Query::Phrase("Cause unknown".into())
        );
    }

    #[test]
    fn header_lines_alone_and_after_a_status_line() {
        let p = parse_input("Reason: Q.850;cause=16;text=\"Normal call clearing\"").unwrap();
        assert_eq!((p.query, p.reasons.len()), (Query::Headers, 1));
        // A BYE behind a log prefix, flattened by syslog: its Reason is the query.
        let p = parse_input(
            "<133>[S=1] ---- #012BYE sip:a@b SIP/2.0 #012CSEQ: 4 BYE #012REASON: Q.850;cause=16 #012",
        )
        .unwrap();
        assert_eq!((p.query, p.reasons[0].cause), (Query::Headers, 16));
        assert_eq!(p.headers[0], "BYE sip:a@b SIP/2.0");
        let p = parse_input(
            "SIP/2.0 480 No money left\nVia: SIP/2.0/UDP x\nReason: SIP;cause=480, Q.850;cause=17\n\
             Warning: 399 sbc \"no credit\"",
        )
        .unwrap();
        assert_eq!((p.reasons.len(), p.warnings.len()), (2, 1));
        for bad in [
            "480 X\nReason: Q.850;cause=",
            "480 X\nReason: Q.850;cause=999",
            "480 X\nReason: Q.850;cause=16;text=\"open",
            "480 X\nWarning: 999 host \"x\"",
        ] {
            assert!(parse_input(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn device_codes_and_phrases() {
        assert_eq!(
            parse_input("0x480").unwrap().query,
            Query::DeviceCode("0x480".into())
        );
        assert_eq!(
            parse_input("0X751").unwrap().query,
            Query::DeviceCode("0x751".into())
        );
        assert_eq!(
            parse_input("No money left").unwrap().query,
            Query::Phrase("No money left".into())
        );
    }

    #[test]
    fn bad_inputs_are_errors() {
        for input in [
            "",
            "   \n ",
            "SIP/2.0 99 X",
            "SIP/2.0 700 X",
            "0x",
            "0xZZ",
            "SIP/3.0 200 OK",
            "SIP/2.0",
            "SIP/2.0 Busy",
            "99",
            "1000",
            "a\u{0}b",
        ] {
            assert!(parse_input(input).is_err(), "{input:?} should be rejected");
        }
        assert!(parse_input(&"x".repeat(MAX_INPUT + 1)).is_err());
    }
}
