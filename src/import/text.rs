//! The texts of a row: each checked (one line, no control characters, not too long, no
//! Fluent placeable), then written as the entry's Fluent message.

use super::MAX_TEXT;
use super::problem::ProblemKind;
use super::raw::{At, RawText, Style};
use super::sink::Sink;
use crate::i18n::{PARTS, Part, write_message};

/// One-line text: no line break, no control character, at most `max` characters.
pub(super) fn check_line(sink: &mut Sink<'_>, v: &At<String>, field: &str, max: usize) -> bool {
    if v.value.contains(['\n', '\r']) {
        sink.add(v.line, field, ProblemKind::MultiLine);
        return false;
    }
    check_chars(sink, v.line, field, &v.value, max)
}

pub(super) fn check_chars(
    sink: &mut Sink<'_>,
    line: usize,
    field: &str,
    s: &str,
    max: usize,
) -> bool {
    let len = s.chars().count();
    if len > max {
        sink.add(line, field, ProblemKind::TooLong { len, max });
        return false;
    }
    if let Some(c) = s.chars().find(|c| c.is_control()) {
        let char = format!("U+{:04X}", c as u32);
        sink.add(line, field, ProblemKind::Control { char });
        return false;
    }
    true
}

/// `{ $name }`, `{ -term }`, `{ message }`-like text: Fluent syntax the author probably meant
/// as a placeable. Other braces are kept and rendered verbatim.
fn placeable(s: &str) -> Option<String> {
    let start = s.find('{')?;
    let rest = &s[start + 1..];
    let end = rest.find('}')?;
    let inner = rest[..end].trim();
    let first = inner.chars().next()?;
    let looks = (first == '$' || first == '-')
        && inner[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
        && inner[1..]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c));
    if looks {
        Some(s[start..start + end + 2].to_string())
    } else {
        placeable(&s[start + 1..])
    }
}

/// Builds the Fluent message for one locale's texts, escaped so they render verbatim.
pub(super) fn ftl_message(
    sink: &mut Sink<'_>,
    style: Style,
    id: &str,
    t: &RawText,
) -> Option<String> {
    let before = sink.raised;
    // The field name is built only for a problem: this runs for every row of an import.
    let mut check = |part: &str, value: &str| -> Option<String> {
        let field = || style.text_field(&t.locale, part);
        let v = value.trim();
        if v.contains(['\n', '\r']) {
            sink.add(t.line, &field(), ProblemKind::MultiLine);
            return None;
        }
        let len = v.chars().count();
        if len > MAX_TEXT || v.contains(char::is_control) {
            check_chars(sink, t.line, &field(), v, MAX_TEXT);
            return None;
        }
        if let Some(found) = placeable(v) {
            sink.add(t.line, &field(), ProblemKind::Placeable { found });
            return None;
        }
        (!v.is_empty()).then(|| v.to_string())
    };
    let checked: Vec<(&str, Checked)> = PARTS
        .iter()
        .map(|(part, _)| {
            let value = match t.parts.part(part) {
                Part::Line(v) => Checked::Line(check(part, v).unwrap_or_default()),
                Part::Items(items) => {
                    Checked::Items(items.iter().filter_map(|i| check(part, i)).collect())
                }
            };
            (*part, value)
        })
        .collect();
    let attributes: Vec<(&str, Part<'_>)> = checked
        .iter()
        .map(|(part, value)| {
            let value = match value {
                Checked::Line(v) => Part::Line(v),
                Checked::Items(items) => Part::Items(items),
            };
            (*part, value)
        })
        .collect();
    let mut out = String::new();
    let written = write_message(&mut out, id, None, &attributes);
    (sink.raised == before && written).then_some(out)
}

/// A part's text as validation left it (empty where it was refused).
enum Checked {
    Line(String),
    Items(Vec<String>),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeables_are_told_from_braces() {
        assert_eq!(
            placeable("Call { $number } failed").as_deref(),
            Some("{ $number }")
        );
        assert_eq!(placeable("see {-brand}").as_deref(), Some("{-brand}"));
        assert_eq!(placeable("a {b} c"), None);
        assert_eq!(placeable("{ } {$} {x"), None);
        assert_eq!(placeable("{x} then {$y}").as_deref(), Some("{$y}"));
    }
}
