//! `Reason:` (RFC 3326) and `Warning:` (RFC 3261 §20.43) header values, parsed tolerantly:
//! a log line holds what a device wrote, so anything that does not fit is skipped, never an
//! error.

/// One reason of a `Reason:` header: `Q.850;cause=17;text="User busy"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct ReasonValue {
    /// The protocol as written, upper-cased: `Q.850`, `SIP`, or another token.
    pub protocol: String,
    /// The cause number.
    pub cause: u16,
    /// The `text` parameter, unquoted.
    pub text: String,
}

/// One warning of a `Warning:` header: `399 host "text"`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct WarningValue {
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

/// The reasons of a `Reason:` value; those without a protocol and a numeric cause are left out.
pub(crate) fn reasons(value: &str) -> Vec<ReasonValue> {
    split_outside_quotes(value, ',')
        .into_iter()
        .filter_map(|r| {
            let mut parts = split_outside_quotes(r, ';').into_iter();
            let protocol = parts.next()?.trim().to_ascii_uppercase();
            if protocol.is_empty() || protocol.contains(char::is_whitespace) {
                return None;
            }
            let (mut cause, mut text) = (None, String::new());
            for p in parts {
                let (k, v) = p.split_once('=')?;
                match k.trim().to_ascii_lowercase().as_str() {
                    "cause" => cause = v.trim().parse::<u16>().ok(),
                    "text" => text = unquote(v),
                    _ => {}
                }
            }
            Some(ReasonValue {
                protocol,
                cause: cause?,
                text,
            })
        })
        .collect()
}

/// The warnings of a `Warning:` value; anything but `3xx agent "text"` is left out (a log's
/// own `warning:` lines are not SIP headers).
pub(crate) fn warnings(value: &str) -> Vec<WarningValue> {
    split_outside_quotes(value, ',')
        .into_iter()
        .filter_map(|w| {
            let w = w.trim();
            let (code, rest) = w.split_once(char::is_whitespace)?;
            let code: u16 = code.parse().ok().filter(|c| (300..=399).contains(c))?;
            let (agent, text) = rest.trim_start().split_once(char::is_whitespace)?;
            let text = text.trim();
            text.starts_with('"').then(|| WarningValue {
                code,
                agent: agent.to_string(),
                text: unquote(text),
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
