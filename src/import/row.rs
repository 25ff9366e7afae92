//! One entry of a list file as the readers produce it (strings, each with its line), and its
//! validation into an [`Entry`] the store can apply. All three formats share this, so the
//! rules and the messages are the same whatever the file's format.

use super::problem::ProblemKind;
use super::raw::{At, RawRow, Style};
use super::sink::Sink;
use super::text::{check_line, ftl_message};
use super::{MAX_PHRASE, MAX_TEXT, valid_message_id, valid_slug};
use crate::i18n::Locale;
use crate::model::{
    CATEGORIES, CONFIDENCE, Class, NewClassNote, NewVariant, Provenance, RETRY_ADVICE, SIDES,
    SipCode,
};
use crate::phrase::message_slug;
use std::borrow::Borrow;

/// What an entry is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Variant(NewVariant),
    Note(NewClassNote),
}

/// A validated entry.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub line: usize,
    pub vendor: At<String>,
    pub vendor_name: Option<At<String>>,
    pub vendor_note: Option<At<String>>,
    pub kind: Kind,
    /// Whether the message id was written in the file (rather than derived).
    pub explicit_message: bool,
    /// (locale, Fluent source of the message).
    pub texts: Vec<(Locale, String)>,
    /// The same texts as written, one per part or item, for the search index.
    pub plain: Vec<(Locale, Vec<String>)>,
}

impl Entry {
    /// The message id the entry's explanation renders from.
    pub fn message(&self) -> &str {
        match &self.kind {
            Kind::Variant(v) => &v.message,
            Kind::Note(n) => &n.message,
        }
    }
}

/// Validates a row; every problem goes to `sink`, and `None` comes back when there was any.
/// The row can be lent: an import's reader thread keeps a row that had problems, for the
/// writing thread to validate again against the run's own [`Sink`] (see `import/pipeline.rs`).
pub(crate) fn validate(
    row: impl Borrow<RawRow>,
    style: Style,
    sink: &mut Sink<'_>,
) -> Option<Entry> {
    let row = row.borrow();
    let before = sink.raised;
    let vendor = match row.vendor.clone() {
        Some(v) if valid_slug(v.value.trim()) => At::new(v.value.trim().to_string(), v.line),
        Some(v) if v.value.trim().is_empty() => {
            sink.add(v.line, "vendor", ProblemKind::Required);
            At::new(String::new(), v.line)
        }
        Some(v) => {
            sink.add(v.line, "vendor", ProblemKind::BadSlug { value: v.value });
            At::new(String::new(), v.line)
        }
        None => {
            sink.add(row.line, "vendor", ProblemKind::Required);
            At::new(String::new(), row.line)
        }
    };
    let vendor_name = trimmed(row.vendor_name.clone());
    if let Some(n) = &vendor_name {
        check_line(sink, n, "vendor_name", 256);
    }
    let vendor_note = trimmed(row.vendor_note.clone());
    if let Some(n) = &vendor_note {
        check_line(sink, n, "vendor_note", MAX_TEXT);
    }
    let message = trimmed(row.message.clone());
    if let Some(m) = &message
        && !valid_message_id(&m.value)
    {
        let value = m.value.clone();
        sink.add(m.line, "message", ProblemKind::BadMessageId { value });
    }
    let kind = match row
        .class
        .clone()
        .or_else(|| row.code.clone().filter(|c| is_class(&c.value)))
    {
        Some(class) => note(sink, &vendor.value, class, message.as_ref()),
        None => variant(sink, &vendor.value, row, message.as_ref()),
    };
    let mut texts = Vec::new();
    let mut plain = Vec::new();
    for t in &row.texts {
        let Ok(locale) = t.locale.parse::<Locale>() else {
            let field = match style {
                Style::Toml => "text".to_string(),
                Style::Json => "texts".to_string(),
                Style::Csv => format!("*_{}", t.locale),
            };
            let value = t.locale.clone();
            sink.add(t.line, &field, ProblemKind::BadLocale { value });
            continue;
        };
        if let Some(ftl) = ftl_message(sink, style, message_id(&kind), t) {
            texts.push((locale, ftl));
            let lines = t
                .parts
                .lines()
                .iter()
                .map(|s| s.trim().to_string())
                .collect();
            plain.push((locale, lines));
        }
    }
    if let (Some(m), false) = (&message, texts.is_empty()) {
        let prefix = format!("{}-", vendor.value);
        if !vendor.value.is_empty() && !m.value.starts_with(&prefix) {
            let id = m.value.clone();
            sink.add(
                m.line,
                "message",
                ProblemKind::ForeignMessage { id, prefix },
            );
        }
    }
    if sink.raised > before {
        return None;
    }
    Some(Entry {
        line: row.line,
        vendor,
        vendor_name,
        vendor_note,
        kind: kind?,
        explicit_message: message.is_some(),
        texts,
        plain,
    })
}

fn message_id(kind: &Option<Kind>) -> &str {
    match kind {
        Some(Kind::Variant(v)) => &v.message,
        Some(Kind::Note(n)) => &n.message,
        None => "x",
    }
}

/// `5xx`, `5XX`, and the Cyrillic `5хх` a Russian keyboard types (not a bare digit).
fn is_class(s: &str) -> bool {
    s.trim().chars().count() == 3 && s.parse::<Class>().is_ok()
}

fn trimmed(v: Option<At<String>>) -> Option<At<String>> {
    v.map(|a| At::new(a.value.trim().to_string(), a.line))
        .filter(|a| !a.value.is_empty())
}

fn note(
    sink: &mut Sink<'_>,
    slug: &str,
    class: At<String>,
    message: Option<&At<String>>,
) -> Option<Kind> {
    let Ok(class_v) = class.value.parse::<Class>() else {
        let field = if is_class(&class.value) || class.value.len() > 1 {
            "code"
        } else {
            "class"
        };
        sink.add(
            class.line,
            field,
            ProblemKind::BadClass { value: class.value },
        );
        return None;
    };
    let message = message.map_or_else(|| format!("{slug}-{class_v}"), |m| m.value.clone());
    Some(Kind::Note(NewClassNote {
        class: class_v,
        message,
    }))
}

fn variant(
    sink: &mut Sink<'_>,
    slug: &str,
    row: &RawRow,
    message: Option<&At<String>>,
) -> Option<Kind> {
    let code = row
        .code
        .as_ref()
        .filter(|c| !c.value.trim().is_empty())
        .and_then(|c| {
            let t = c.value.trim();
            let sip = t.parse::<SipCode>().ok();
            if sip.is_none() {
                let value = c.value.clone();
                sink.add(c.line, "code", ProblemKind::BadCode { value });
            }
            sip.ok_or(()).ok()
        });
    let code_given = row
        .code
        .as_ref()
        .is_some_and(|c| !c.value.trim().is_empty());
    let vendor_code = trimmed(row.vendor_code.clone()).and_then(|vc| {
        let s = vc.value.as_str();
        let ok = s.len() <= 32
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "._:-".contains(c));
        if !ok {
            let value = vc.value.clone();
            sink.add(vc.line, "vendor_code", ProblemKind::BadVendorCode { value });
        }
        ok.then(|| vc.value.clone())
    });
    let vc_given = row
        .vendor_code
        .as_ref()
        .is_some_and(|c| !c.value.trim().is_empty());
    if !code_given && !vc_given {
        sink.add(row.line, "code", ProblemKind::NoCode);
    }
    let phrase = match &row.phrase {
        Some(p) if p.value.trim().is_empty() => {
            sink.add(p.line, "phrase", ProblemKind::Required);
            None
        }
        Some(p) => {
            let t = p.value.trim();
            check_line(sink, &At::new(t.to_string(), p.line), "phrase", MAX_PHRASE)
                .then(|| t.to_string())
        }
        None => {
            sink.add(row.line, "phrase", ProblemKind::Required);
            None
        }
    };
    let category = match &row.category {
        Some(c) if CATEGORIES.contains(&c.value.trim()) => Some(c.value.trim().to_string()),
        Some(c) if c.value.trim().is_empty() => {
            sink.add(c.line, "category", ProblemKind::Required);
            None
        }
        Some(c) => {
            let value = c.value.clone();
            sink.add(c.line, "category", ProblemKind::BadCategory { value });
            None
        }
        None => {
            sink.add(row.line, "category", ProblemKind::Required);
            None
        }
    };
    let side = optional_choice(sink, &row.side, "side", SIDES);
    let retry = optional_choice(sink, &row.retry, "retry", RETRY_ADVICE);
    let confidence = optional_choice(sink, &row.confidence, "confidence", CONFIDENCE);
    let [source, applies_to] = [("source", &row.source), ("applies_to", &row.applies_to)].map(
        |(field, v)| match trimmed(v.clone()) {
            Some(v) => check_line(sink, &v, field, MAX_TEXT).then_some(Some(v.value)),
            None => Some(None),
        },
    );
    let phrase = phrase?;
    if code_given && code.is_none() || vc_given && vendor_code.is_none() {
        return None;
    }
    let key = vendor_code
        .as_deref()
        .map(str::to_lowercase)
        .or_else(|| code.map(|c| c.to_string()))?;
    let message = message.map_or_else(
        || format!("{slug}-{}-{}", message_slug(&key), message_slug(&phrase)),
        |m| m.value.clone(),
    );
    Some(Kind::Variant(NewVariant {
        code,
        vendor_code,
        phrase,
        category: category?,
        side: side?,
        retry: retry?,
        message,
        provenance: Provenance {
            source: source?,
            applies_to: applies_to?,
            confidence: confidence?,
        },
    }))
}

/// An optional field with a closed set of values (`side`, `retry`): absent or empty is
/// `Some(None)`, a known value `Some(Some(v))`, anything else a problem and `None`.
fn optional_choice(
    sink: &mut Sink<'_>,
    value: &Option<At<String>>,
    field: &str,
    allowed: &[&str],
) -> Option<Option<String>> {
    let Some(v) = value else {
        return Some(None);
    };
    let t = v.value.trim();
    if t.is_empty() {
        return Some(None);
    }
    if allowed.contains(&t) {
        return Some(Some(t.to_string()));
    }
    let kind = ProblemKind::BadChoice {
        value: v.value.clone(),
        allowed: allowed.join(", "),
    };
    sink.add(v.line, field, kind);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_are_written_three_ways() {
        for s in ["5xx", "5XX", "5хх", " 4xx "] {
            assert!(is_class(s), "{s}");
        }
        for s in ["7xx", "5x", "500", "xx5"] {
            assert!(!is_class(s), "{s}");
        }
    }
}
