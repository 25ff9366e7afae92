//! The real texts, as the checks on their language read them: every message and attribute of
//! `locales/<locale>/*.ftl`, and the `text.<locale>` tables of `data/vendors/*.toml`.

#![allow(dead_code)]

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::path::PathBuf;

/// One text: where it is, the part (`title`, `asterisk`…; empty for a message's value) and
/// the text, one item per line for a list.
#[derive(Debug, Clone)]
pub struct Text {
    /// `locales/ru/app.ftl: app-match` or `data/vendors/kamailio.toml: variant 12 (477 …)`.
    pub place: String,
    /// The message id (FTL) or the variant's phrase (TOML).
    pub id: String,
    /// The attribute or TOML key; empty for a message's own value.
    pub part: String,
    /// The text.
    pub text: String,
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every message value and attribute of `locales/<locale>/*.ftl`, as text: text elements as
/// written, a string literal as its value (`{ "：" }` is `：`), a variable as `$name`, every
/// variant of a selector one after the other.
pub fn ftl(locale: &str) -> Vec<Text> {
    let dir = root().join("locales").join(locale);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
        let file = path.strip_prefix(root()).unwrap().display().to_string();
        for entry in resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name.to_string();
            let place = format!("{file}: {id}");
            if let Some(value) = &m.value {
                out.push(Text {
                    place: place.clone(),
                    id: id.clone(),
                    part: String::new(),
                    text: pattern(value),
                });
            }
            for a in &m.attributes {
                out.push(Text {
                    place: format!("{place}.{}", a.id.name),
                    id: id.clone(),
                    part: a.id.name.to_string(),
                    text: pattern(&a.value),
                });
            }
        }
    }
    out
}

fn pattern(p: &Pattern<&str>) -> String {
    let mut s = String::new();
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => s.push_str(value),
            PatternElement::Placeable { expression } => expression_text(expression, &mut s),
        }
    }
    // A list attribute's items are its lines; the indentation is Fluent's, not the text's.
    let lines: Vec<&str> = s.lines().map(str::trim).collect();
    lines.join("\n").trim().to_string()
}

fn expression_text(e: &Expression<&str>, s: &mut String) {
    match e {
        Expression::Inline(i) => inline_text(i, s),
        Expression::Select { variants, .. } => {
            for v in variants {
                s.push_str(&pattern(&v.value));
                s.push(' ');
            }
        }
    }
}

fn inline_text(i: &InlineExpression<&str>, s: &mut String) {
    match i {
        InlineExpression::StringLiteral { value } => s.push_str(value),
        InlineExpression::NumberLiteral { value } => s.push_str(value),
        InlineExpression::VariableReference { id } => {
            s.push('$');
            s.push_str(id.name);
        }
        InlineExpression::MessageReference { id, .. } => s.push_str(id.name),
        InlineExpression::TermReference { id, .. } => {
            s.push('-');
            s.push_str(id.name);
        }
        InlineExpression::FunctionReference { id, .. } => s.push_str(id.name),
        InlineExpression::Placeable { expression } => expression_text(expression, s),
    }
}

/// Every text of the `text.<locale>` tables of `data/vendors/*.toml`: one per one-line part,
/// one per item of a list part.
pub fn vendor(locale: &str) -> Vec<Text> {
    let dir = root().join("data/vendors");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let doc: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
        let file = path.strip_prefix(root()).unwrap().display().to_string();
        for (kind, entries) in &doc {
            let Some(entries) = entries.as_array() else {
                continue;
            };
            for (i, entry) in entries.iter().enumerate() {
                let Some(texts) = entry
                    .get("text")
                    .and_then(|t| t.get(locale))
                    .and_then(|t| t.as_table())
                else {
                    continue;
                };
                let what = entry
                    .get("phrase")
                    .or_else(|| entry.get("message"))
                    .and_then(|p| p.as_str())
                    .unwrap_or_default();
                let code = entry
                    .get("code")
                    .map(|c| format!("{c} "))
                    .unwrap_or_default();
                for (part, value) in texts {
                    let items: Vec<&str> = match value {
                        toml::Value::String(s) => vec![s.as_str()],
                        toml::Value::Array(a) => a.iter().filter_map(|v| v.as_str()).collect(),
                        _ => continue,
                    };
                    for item in items {
                        out.push(Text {
                            place: format!("{file}: {kind} {} ({code}{what}).{part}", i + 1),
                            id: what.to_string(),
                            part: part.clone(),
                            text: item.to_string(),
                        });
                    }
                }
            }
        }
    }
    out
}

/// Whether `c` is a CJK ideograph (the characters Chinese prose is made of).
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}
