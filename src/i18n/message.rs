//! Writing Fluent messages: the one place that turns texts into Fluent source, for imported
//! texts stored in the database, `export --format ftl` and `export --ui --format ftl`.

use super::Part;
use std::fmt::Write as _;

/// Escapes text so that Fluent renders it verbatim: `{` and `}` become string literals, and a
/// line that would start with `[`, `*` or `.` (Fluent syntax there) gets its first character
/// as a literal too.
pub fn escape_ftl(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '{' => out.push_str("{\"{\"}"),
            '}' => out.push_str("{\"}\"}"),
            '[' | '*' | '.' if i == 0 => {
                out.push_str("{\"");
                out.push(c);
                out.push_str("\"}");
            }
            c => out.push(c),
        }
    }
    out
}

/// Writes one Fluent message: `id = value` (or `id =` with attributes only), then one
/// `.name = text` line per one-line attribute and an indented line per item of a list
/// attribute. Every text is escaped so that it renders verbatim ([`escape_ftl`]); a text of
/// several lines continues indented. Empty values and attributes are left out, and nothing is
/// written when all are empty; the return value says whether anything was.
pub fn write_message(
    out: &mut String,
    id: &str,
    value: Option<&str>,
    attributes: &[(&str, Part<'_>)],
) -> bool {
    let value = value.map(str::trim).filter(|v| !v.is_empty());
    let present = |p: &Part<'_>| match p {
        Part::Line(t) => !t.trim().is_empty(),
        Part::Items(items) => items.iter().any(|i| !i.trim().is_empty()),
    };
    if value.is_none() && !attributes.iter().any(|(_, p)| present(p)) {
        return false;
    }
    let text = |t: &str, indent: &str| escape_ftl(t.trim()).replace('\n', &format!("\n{indent}"));
    match value {
        Some(v) => {
            let _ = writeln!(out, "{id} = {}", text(v, "    "));
        }
        None => {
            let _ = writeln!(out, "{id} =");
        }
    }
    for (name, part) in attributes {
        match part {
            Part::Line(t) if !t.trim().is_empty() => {
                let _ = writeln!(out, "    .{name} = {}", text(t, "        "));
            }
            Part::Items(items) if present(part) => {
                let _ = writeln!(out, "    .{name} =");
                for item in items.iter().filter(|i| !i.trim().is_empty()) {
                    let _ = writeln!(out, "        {}", text(item, "        "));
                }
            }
            _ => {}
        }
    }
    true
}
