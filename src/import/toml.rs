//! The TOML list format (the built-in lists' format): serde structs that mirror the file, turned
//! into rows with the line of every value, so that validation can name `file:line: field`.

use super::problem::ProblemKind;
use super::raw::{At, Parts, RawRow, RawText};
use super::sink::Sink;
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// `[vendor]`: who the list belongs to.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVendor {
    /// Short stable id: lower-case ASCII letters, digits and `-`.
    slug: Spanned<String>,
    /// Human-readable name.
    name: Spanned<String>,
    /// Where the list comes from (optional).
    note: Option<Spanned<String>>,
}

/// A code as written: `480` or `"480"`.
#[derive(Deserialize)]
#[serde(untagged)]
enum Number {
    Int(i64),
    Text(String),
}

impl Number {
    fn text(&self) -> String {
        match self {
            Number::Int(i) => i.to_string(),
            Number::Text(s) => s.clone(),
        }
    }
}

/// One `[[variant]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariant {
    /// SIP status code 100–699; optional when `vendor_code` is given.
    code: Option<Spanned<Number>>,
    /// The device's own status code (`0x751`); optional.
    vendor_code: Option<Spanned<String>>,
    /// The phrase as seen on the wire, verbatim.
    phrase: Option<Spanned<String>>,
    /// Triage category.
    category: Option<Spanned<String>>,
    /// Who has to act (`caller`, `callee`, `carrier`, `operator`, `none`); optional.
    side: Option<Spanned<String>>,
    /// Retry advice (`none`, `redirect`, `fix`, `later`, `elsewhere`, `never`); optional.
    retry: Option<Spanned<String>>,
    /// Fluent message id of the explanation in locales/ (built-in lists) or of the texts below.
    message: Option<Spanned<String>>,
    /// Where the entry comes from: `owner/repo@commit:path` or an `https://` URL; optional.
    source: Option<Spanned<String>>,
    /// The product and versions it applies to; optional.
    applies_to: Option<Spanned<String>>,
    /// `source`, `observed` or `reported`; optional.
    confidence: Option<Spanned<String>>,
    /// Per-locale texts: `[variant.text.en]`, `[variant.text.ru]`, `[variant.text.zh]`.
    #[serde(default)]
    text: BTreeMap<String, Spanned<Parts>>,
}

/// One `[[class_note]]`: a note about a whole class at this vendor.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    /// Class digit, 1–6.
    class: Spanned<Number>,
    /// Fluent message id of the note.
    message: Option<Spanned<String>>,
    #[serde(default)]
    text: BTreeMap<String, Spanned<Parts>>,
}

/// The whole file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList {
    vendor: RawVendor,
    #[serde(default)]
    variant: Vec<Spanned<RawVariant>>,
    #[serde(default)]
    class_note: Vec<Spanned<RawNote>>,
}

/// Reads a TOML list into rows. A syntax error is one problem, at its line.
pub(crate) fn read(text: &str, sink: &mut Sink<'_>) -> Vec<RawRow> {
    // Every value's line from its byte offset: the newlines are found once (counting them
    // from the start for each value was quadratic, most of a first run with large lists).
    let newlines: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes()).collect();
    let line_of = |offset: usize| newlines.partition_point(|&n| n < offset) + 1;
    let raw: RawList = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map_or(1, |s| line_of(s.start));
            let detail = e.message().trim().replace('\n', " ");
            sink.add(line, "", ProblemKind::Syntax { detail });
            return Vec::new();
        }
    };
    let at = |s: &Spanned<String>| At::new(s.get_ref().clone(), line_of(s.span().start));
    let vendor = Some(at(&raw.vendor.slug));
    let vendor_name = Some(at(&raw.vendor.name));
    let vendor_note = raw.vendor.note.as_ref().map(at);
    if raw.vendor.name.get_ref().trim().is_empty() {
        sink.add(
            line_of(raw.vendor.name.span().start),
            "vendor.name",
            ProblemKind::Required,
        );
    }
    let texts = |map: &BTreeMap<String, Spanned<Parts>>| -> Vec<RawText> {
        map.iter()
            .map(|(locale, t)| RawText {
                locale: locale.clone(),
                line: line_of(t.span().start),
                parts: t.get_ref().clone(),
            })
            .collect()
    };
    let mut rows = Vec::with_capacity(raw.variant.len() + raw.class_note.len());
    for v in &raw.variant {
        let line = line_of(v.span().start);
        let v = v.get_ref();
        rows.push(RawRow {
            line,
            vendor: vendor.clone(),
            vendor_name: vendor_name.clone(),
            vendor_note: vendor_note.clone(),
            code: v
                .code
                .as_ref()
                .map(|c| At::new(c.get_ref().text(), line_of(c.span().start))),
            class: None,
            vendor_code: v.vendor_code.as_ref().map(at),
            phrase: Some(
                v.phrase
                    .as_ref()
                    .map_or_else(|| At::new(String::new(), line), at),
            ),
            category: Some(
                v.category
                    .as_ref()
                    .map_or_else(|| At::new(String::new(), line), at),
            ),
            side: v.side.as_ref().map(at),
            retry: v.retry.as_ref().map(at),
            source: v.source.as_ref().map(at),
            applies_to: v.applies_to.as_ref().map(at),
            confidence: v.confidence.as_ref().map(at),
            message: v.message.as_ref().map(at),
            texts: texts(&v.text),
        });
    }
    for n in &raw.class_note {
        let line = line_of(n.span().start);
        let n = n.get_ref();
        rows.push(RawRow {
            line,
            vendor: vendor.clone(),
            vendor_name: vendor_name.clone(),
            vendor_note: vendor_note.clone(),
            class: Some(At::new(
                n.class.get_ref().text(),
                line_of(n.class.span().start),
            )),
            message: n.message.as_ref().map(at),
            texts: texts(&n.text),
            ..RawRow::default()
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Catalog, Locale};
    use crate::import::raw::Style;
    use crate::import::row::{Entry, validate};

    fn check(text: &str) -> (Vec<Entry>, Vec<String>) {
        let mut sink = Sink::new("t.toml");
        let rows = read(text, &mut sink);
        let entries = rows
            .into_iter()
            .filter_map(|r| validate(r, Style::Toml, &mut sink))
            .collect();
        (
            entries,
            sink.found.iter().map(ToString::to_string).collect(),
        )
    }

    #[test]
    fn every_problem_is_reported_with_its_line_and_field() {
        let text = r#"[vendor]
slug = "Bad Slug"
name = "X"

[[variant]]
code = 4040
phrase = "ok"
category = "billing"

[[variant]]
code = 480
phrase = ""
category = "nonsense"

[[variant]]
phrase = "no code"
category = "billing"
"#;
        let (_, got) = check(text);
        for want in [
            "t.toml:2: vendor: \"Bad Slug\" is not a slug",
            "t.toml:6: code: \"4040\" is not a SIP status code",
            "t.toml:12: phrase: is required",
            "t.toml:13: category: \"nonsense\" is not a category",
            "t.toml:15: code: a variant needs a code",
        ] {
            assert!(
                got.iter().any(|p| p.starts_with(want)),
                "{want:?} not in {got:#?}"
            );
        }
        assert_eq!(got.len(), 5, "{got:#?}");
    }

    #[test]
    fn syntax_errors_and_unknown_fields_name_their_line() {
        let (_, got) = check(
            "[vendor]\nslug = \"a\"\nname = \"A\"\n[[variant]]\ncode = 480\nphrase = \"x\"\ncategory = \"billing\"\ncolour = \"red\"\n",
        );
        assert!(got[0].starts_with("t.toml:8:"), "{got:?}");
        let (_, got) = check("[vendor]\nslug = \"a\n");
        assert!(got[0].starts_with("t.toml:2:"), "{got:?}");
    }

    #[test]
    fn inline_texts_become_fluent_messages_that_render_verbatim() {
        let text = r#"[vendor]
slug = "acme"
name = "ACME"

[[variant]]
code = 480
phrase = "Prepaid Exhausted"
category = "billing"

[variant.text.ru]
title = "Баланс {исчерпан}"
causes = ["[1] первая", ".вторая"]
ui = "Пополните счёт."
"#;
        let (entries, got) = check(text);
        assert!(got.is_empty(), "{got:?}");
        assert_eq!(entries[0].message(), "acme-480-prepaid-exhausted");
        let (locale, ftl) = &entries[0].texts[0];
        assert_eq!(*locale, Locale::Ru);
        let catalog = Catalog::new([(Locale::Ru, "db", ftl.as_str())]).unwrap();
        let (texts, from) = catalog.texts(Locale::Ru, entries[0].message()).unwrap();
        assert_eq!(from, None);
        assert_eq!(texts.title, "Баланс {исчерпан}");
        assert_eq!(texts.causes, vec!["[1] первая", ".вторая"]);
        assert_eq!(texts.ui, "Пополните счёт.");
        let (_, got) = check(&text.replace("text.ru", "text.de"));
        assert!(got[0].contains("unknown locale \"de\""), "{got:?}");
    }

    #[test]
    fn the_builtin_lists_read_cleanly_and_are_named_by_their_slug() {
        for f in crate::builtin::vendor_lists() {
            let (entries, got) = check(f.text);
            assert!(got.is_empty(), "{}: {got:?}", f.path);
            assert!(!entries.is_empty(), "{}", f.path);
            assert_eq!(entries[0].vendor.value, crate::builtin::list_slug(&f));
        }
    }
}
