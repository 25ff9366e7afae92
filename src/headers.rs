//! `Reason:` (RFC 3326) and `Warning:` (RFC 3261 §20.43) header values. Two readings: strict
//! for what a user asks `sipkb explain` about (a malformed header is an error that says what is
//! wrong), tolerant for what `sipkb scan` finds in logs (what does not fit is skipped).

use crate::error::InputError;

/// One reason of a `Reason:` header: `Q.850;cause=17;text="User busy"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReasonValue {
    /// The protocol as written, upper-cased: `Q.850`, `SIP`, or another token.
    pub protocol: String,
    /// The cause number.
    pub cause: u16,
    /// The `text` parameter, unquoted.
    pub text: String,
}

/// One warning of a `Warning:` header: `399 host "text"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WarningValue {
    /// The warn-code, 300–399.
    pub code: u16,
    /// The warn-agent (host or pseudonym).
    pub agent: String,
    /// The warn-text, unquoted.
    pub text: String,
}

/// Splits on `sep` outside double quotes (a `text="a, b"` stays whole).
fn split_outside_quotes(value: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (i, c) in value.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            c if c == sep && !quoted => {
                out.push(&value[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&value[start..]);
    out
}

/// A quoted-string's content (RFC 3261 §25.1: `\` escapes the next character); an unquoted
/// value as it is.
fn unquote(v: &str) -> String {
    let v = v.trim();
    let Some(inner) = v.strip_prefix('"') else {
        return v.to_string();
    };
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '"' => break,
            c => out.push(c),
        }
    }
    out
}

/// Why one reason or warning does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Fault {
    NoProtocol,
    NoCause,
    BadCause(String),
    BadWarnCode(String),
    Malformed,
}

/// One reason: `protocol *(;param)` with a numeric `cause` (RFC 3326 §2).
fn reason_item(r: &str) -> Result<ReasonValue, Fault> {
    let mut parts = split_outside_quotes(r, ';').into_iter();
    let protocol = parts.next().unwrap_or_default().trim().to_ascii_uppercase();
    if protocol.is_empty() || protocol.contains(char::is_whitespace) || protocol.contains('=') {
        return Err(Fault::NoProtocol);
    }
    let (mut cause, mut text) = (None, String::new());
    for p in parts {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        match k.trim().to_ascii_lowercase().as_str() {
            "cause" => {
                let v = v.trim();
                let n = (!v.is_empty() && v.len() <= 5 && v.bytes().all(|b| b.is_ascii_digit()))
                    .then(|| v.parse::<u16>().ok())
                    .flatten();
                cause = Some(n.ok_or_else(|| Fault::BadCause(v.to_string()))?);
            }
            "text" => text = unquote(v),
            _ => {}
        }
    }
    Ok(ReasonValue {
        protocol,
        cause: cause.ok_or(Fault::NoCause)?,
        text,
    })
}

/// One warning: `warn-code SP warn-agent SP warn-text` (RFC 3261 §20.43).
fn warning_item(w: &str) -> Result<WarningValue, Fault> {
    let w = w.trim();
    let (code, rest) = w.split_once(char::is_whitespace).unwrap_or((w, ""));
    let n = (code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()))
        .then(|| code.parse::<u16>().ok())
        .flatten()
        .filter(|c| (300..=399).contains(c));
    let code = n.ok_or_else(|| Fault::BadWarnCode(code.to_string()))?;
    let (agent, text) = rest
        .trim_start()
        .split_once(char::is_whitespace)
        .ok_or(Fault::Malformed)?;
    let text = text.trim();
    if !text.starts_with('"') {
        return Err(Fault::Malformed);
    }
    Ok(WarningValue {
        code,
        agent: agent.to_string(),
        text: unquote(text),
    })
}

/// Whether a double quote opened in `value` is never closed.
fn unterminated(value: &str) -> bool {
    let (mut quoted, mut escaped) = (false, false);
    for c in value.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            _ => {}
        }
    }
    quoted
}

/// The reasons of a `Reason:` value as a log holds it; those that do not parse are left out.
pub(crate) fn reasons(value: &str) -> Vec<ReasonValue> {
    split_outside_quotes(value, ',')
        .into_iter()
        .filter_map(|r| reason_item(r).ok())
        .collect()
}

/// The warnings of a `Warning:` value as a log holds it; anything but `3xx agent "text"` is
/// left out (a log's own `warning:` lines are not SIP headers).
pub(crate) fn warnings(value: &str) -> Vec<WarningValue> {
    split_outside_quotes(value, ',')
        .into_iter()
        .filter_map(|w| warning_item(w).ok())
        .collect()
}

/// A shown excerpt of what was typed, short enough for one line.
fn excerpt(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(80) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// The reasons of a `Reason:` value a user typed, every one checked: a protocol, a numeric
/// cause in range for Q.850 (1–127, ITU-T Q.850) and SIP (100–699, RFC 3261 §7.2), closed quotes.
pub fn parse_reasons(value: &str) -> Result<Vec<ReasonValue>, InputError> {
    let whole = excerpt(value);
    if unterminated(value) {
        return Err(InputError::HeaderQuote {
            header: "Reason".into(),
            value: whole,
        });
    }
    let mut out = Vec::new();
    for item in split_outside_quotes(value, ',') {
        let shown = excerpt(item);
        let r = reason_item(item).map_err(|f| match f {
            Fault::NoProtocol => InputError::ReasonNoProtocol {
                value: shown.clone(),
            },
            Fault::BadCause(cause) => InputError::ReasonBadCause {
                value: shown.clone(),
                cause,
            },
            _ => InputError::ReasonNoCause {
                value: shown.clone(),
            },
        })?;
        let range = match r.protocol.as_str() {
            "Q.850" => Some(1..=127),
            "SIP" => Some(100..=699),
            _ => None,
        };
        if range.is_some_and(|range| !range.contains(&r.cause)) {
            return Err(InputError::ReasonBadCause {
                value: shown,
                cause: r.cause.to_string(),
            });
        }
        out.push(r);
    }
    Ok(out)
}

/// The warnings of a `Warning:` value a user typed, every one checked (RFC 3261 §20.43).
pub fn parse_warnings(value: &str) -> Result<Vec<WarningValue>, InputError> {
    if unterminated(value) {
        return Err(InputError::HeaderQuote {
            header: "Warning".into(),
            value: excerpt(value),
        });
    }
    split_outside_quotes(value, ',')
        .into_iter()
        .map(|item| {
            warning_item(item).map_err(|f| match f {
                Fault::BadWarnCode(code) => InputError::WarningBadCode {
                    value: excerpt(item),
                    code,
                },
                _ => InputError::WarningMalformed {
                    value: excerpt(item),
                },
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reason_headers_with_several_reasons_and_quoted_commas() {
        let r =
            reasons(r#"Q.850;cause=16;text="Normal, call clearing", SIP ;cause=480;text="x\"y""#);
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].protocol.as_str(), r[0].cause), ("Q.850", 16));
        assert_eq!(r[0].text, "Normal, call clearing");
        assert_eq!(
            (r[1].protocol.as_str(), r[1].cause, r[1].text.as_str()),
            ("SIP", 480, "x\"y")
        );
        assert!(reasons("Q.850;cause=").is_empty());
        assert!(reasons("something went wrong").is_empty());
    }

    #[test]
    fn typed_headers_are_checked_strictly() {
        let ok = parse_reasons(r#"Q.850;cause=16;text="Normal call clearing", SIP;cause=480"#);
        assert_eq!(ok.unwrap().len(), 2);
        for bad in [
            "Q.850;cause=",
            "Q.850;cause=999",
            "Q.850;cause=0",
            "SIP;cause=99",
            "Q.850;cause=1x",
            "Q.850;text=\"x\"",
            ";cause=16",
            r#"Q.850;cause=16;text="open"#,
        ] {
            assert!(parse_reasons(bad).is_err(), "{bad:?} should be refused");
        }
        assert_eq!(parse_reasons("preemption;cause=1").unwrap()[0].cause, 1);
        assert!(parse_warnings(r#"399 host "x""#).is_ok());
        for bad in [
            r#"999 host "x""#,
            r#"39 host "x""#,
            "399 host",
            r#"399 "x""#,
            r#"399 h "x"#,
        ] {
            assert!(parse_warnings(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn warning_headers_need_a_3xx_code_an_agent_and_quoted_text() {
        let w = warnings(
            r#"399 sbc.example.net "Media timeout", 307 host "Session parameter not understood""#,
        );
        assert_eq!(w.len(), 2);
        assert_eq!(
            (w[0].code, w[0].agent.as_str(), w[0].text.as_str()),
            (399, "sbc.example.net", "Media timeout")
        );
        assert!(warnings("disk almost full").is_empty());
        assert!(warnings("500 host \"x\"").is_empty());
    }
}
