//! The TOML vendor-list format: serde structs that mirror the file exactly, turned into a
//! validated [`VendorList`] with every problem reported as `file:line: field: reason`.

use super::{Problems, ftl_message, valid_message_id, valid_slug, validate_phrase};
use crate::error::Result;
use crate::i18n::Locale;
use crate::model::{CATEGORIES, Class, NewClassNote, NewVariant, SipCode, VendorList};
use crate::phrase::{message_slug, normalize_phrase};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
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
    note: Option<String>,
}

/// One `[[variant]]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVariant {
    /// SIP status code 100–699; optional when `vendor_code` is given.
    code: Option<Spanned<i64>>,
    /// The device's own status code (`0x751`); optional.
    vendor_code: Option<Spanned<String>>,
    /// The phrase as seen on the wire, verbatim.
    phrase: Spanned<String>,
    /// Triage category.
    category: Spanned<String>,
    /// Fluent message id of the explanation in locales/ (built-in lists) or of the texts below.
    message: Option<Spanned<String>>,
    /// Per-locale texts: `[variant.text.en]`, `[variant.text.ru]`, `[variant.text.zh]`.
    #[serde(default)]
    text: BTreeMap<String, Spanned<RawText>>,
}

/// `[variant.text.<locale>]` and `[class_note.text.<locale>]`: any subset of the parts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawText {
    pub title: Option<String>,
    pub summary: Option<String>,
    #[serde(default)]
    pub causes: Vec<String>,
    #[serde(default)]
    pub actions: Vec<String>,
    pub ui: Option<String>,
}

/// One `[[class_note]]`: a note about a whole class at this vendor.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNote {
    /// Class digit, 1–6.
    class: Spanned<i64>,
    /// Fluent message id of the note.
    message: Option<Spanned<String>>,
    #[serde(default)]
    text: BTreeMap<String, Spanned<RawText>>,
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

/// Reads a vendor list in TOML. `name` is used in error messages.
pub fn read(name: &str, text: &str) -> Result<VendorList> {
    let mut p = Problems::new(name, text);
    let raw: RawList = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            let at = e.span().map(|s| s.start).unwrap_or(0);
            p.add(at, "", e.message());
            return Err(p.into_error());
        }
    };
    let slug = raw.vendor.slug.get_ref().trim().to_string();
    if !valid_slug(&slug) {
        p.add(
            raw.vendor.slug.span().start,
            "vendor.slug",
            &format!("{slug:?} is not a slug (lower-case letters, digits and '-', up to 64)"),
        );
    }
    let vname = raw.vendor.name.get_ref().trim().to_string();
    if vname.is_empty() {
        p.add(raw.vendor.name.span().start, "vendor.name", "is empty");
    }
    let mut list = VendorList {
        slug: slug.clone(),
        name: vname,
        note: raw.vendor.note,
        variants: Vec::new(),
        class_notes: Vec::new(),
        texts: Vec::new(),
    };
    let mut seen: HashMap<(Option<u16>, Option<String>, String), usize> = HashMap::new();
    for v in &raw.variant {
        let at = v.span().start;
        let v = v.get_ref();
        let code = v.code.as_ref().and_then(|c| {
            let sip = u16::try_from(*c.get_ref()).ok().and_then(SipCode::new);
            if sip.is_none() {
                p.add(
                    c.span().start,
                    "code",
                    &format!("{} is not 100 to 699", c.get_ref()),
                );
            }
            sip
        });
        let vendor_code = v.vendor_code.as_ref().and_then(|vc| {
            let s = vc.get_ref().trim();
            let ok = !s.is_empty()
                && s.len() <= 32
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._:-".contains(c));
            if !ok {
                p.add(
                    vc.span().start,
                    "vendor_code",
                    &format!(
                        "{s:?} is not a device code (ASCII letters, digits, . _ : -; up to 32)"
                    ),
                );
            }
            ok.then(|| s.to_string())
        });
        if v.code.is_none() && v.vendor_code.is_none() {
            p.add(at, "code", "a variant needs a code, a vendor_code, or both");
        }
        let phrase = v.phrase.get_ref().trim().to_string();
        if let Err(why) = validate_phrase(&phrase) {
            p.add(v.phrase.span().start, "phrase", &why);
        }
        let category = v.category.get_ref().trim().to_string();
        if !CATEGORIES.contains(&category.as_str()) {
            p.add(
                v.category.span().start,
                "category",
                &format!("{category:?} is not one of: {}", CATEGORIES.join(", ")),
            );
        }
        let key = vendor_code
            .clone()
            .map(|c| c.to_lowercase())
            .unwrap_or_else(|| code.map(|c| c.to_string()).unwrap_or_default());
        let message = message_for(&mut p, v.message.as_ref(), || {
            format!("{slug}-{}-{}", message_slug(&key), message_slug(&phrase))
        });
        let dup_key = (
            code.map(SipCode::get),
            vendor_code.as_ref().map(|c| c.to_lowercase()),
            normalize_phrase(&phrase),
        );
        if let Some(first) = seen.insert(dup_key, p.line_of(at)) {
            p.add(
                at,
                "phrase",
                &format!("duplicate of the variant at line {first}"),
            );
        }
        texts(&mut p, &message, &v.text, &mut list.texts);
        list.variants.push(NewVariant {
            code,
            vendor_code,
            phrase,
            category,
            message,
        });
    }
    let mut classes = HashMap::new();
    for n in &raw.class_note {
        let at = n.span().start;
        let n = n.get_ref();
        let class = u8::try_from(*n.class.get_ref()).ok().and_then(Class::new);
        let Some(class) = class else {
            p.add(
                n.class.span().start,
                "class",
                &format!("{} is not a class digit 1 to 6", n.class.get_ref()),
            );
            continue;
        };
        if let Some(first) = classes.insert(class, p.line_of(at)) {
            p.add(
                at,
                "class",
                &format!("duplicate of the class note at line {first}"),
            );
        }
        let message = message_for(&mut p, n.message.as_ref(), || format!("{slug}-{class}"));
        texts(&mut p, &message, &n.text, &mut list.texts);
        list.class_notes.push(NewClassNote { class, message });
    }
    p.finish(list)
}

fn message_for(
    p: &mut Problems,
    given: Option<&Spanned<String>>,
    derive: impl FnOnce() -> String,
) -> String {
    match given {
        Some(m) => {
            let id = m.get_ref().trim().to_string();
            if !valid_message_id(&id) {
                p.add(
                    m.span().start,
                    "message",
                    &format!("{id:?} is not a Fluent message id"),
                );
            }
            id
        }
        None => derive(),
    }
}

fn texts(
    p: &mut Problems,
    message: &str,
    raw: &BTreeMap<String, Spanned<RawText>>,
    out: &mut Vec<(String, String, String)>,
) {
    for (locale, text) in raw {
        if locale.parse::<Locale>().is_err() {
            p.add(
                text.span().start,
                "text",
                &format!("unknown locale {locale:?} (en, ru, zh)"),
            );
            continue;
        }
        match ftl_message(message, text.get_ref()) {
            Ok(ftl) => out.push((message.to_string(), locale.clone(), ftl)),
            Err(why) => p.add(text.span().start, &format!("text.{locale}"), &why),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::i18n::Catalog;

    fn problems(text: &str) -> Vec<String> {
        match read("t.toml", text) {
            Err(Error::InvalidList(p)) => p,
            other => panic!("expected problems, got {other:?}"),
        }
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
code = 480
phrase = "Same"
category = "billing"

[[variant]]
code = 480
phrase = "same."
category = "billing"

[[variant]]
phrase = "no code"
category = "billing"
"#;
        let got = problems(text);
        for want in [
            "t.toml:2: vendor.slug:",
            "t.toml:6: code: 4040 is not 100 to 699",
            "t.toml:12: phrase: is empty",
            "t.toml:13: category: \"nonsense\" is not one of",
            "t.toml:20: phrase: duplicate of the variant at line 15",
            "t.toml:25: code: a variant needs a code",
        ] {
            assert!(
                got.iter().any(|p| p.starts_with(want)),
                "{want:?} not in {got:#?}"
            );
        }
        assert_eq!(got.len(), 6, "{got:#?}");
    }

    #[test]
    fn syntax_errors_and_unknown_fields_name_their_line() {
        let got = problems(
            "[vendor]\nslug = \"a\"\nname = \"A\"\n[[variant]]\ncode = 480\nphrase = \"x\"\ncategory = \"billing\"\ncolour = \"red\"\n",
        );
        assert!(got[0].starts_with("t.toml:8:"), "{got:?}");
        let got = problems("[vendor]\nslug = \"a\n");
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
        let list = read("t.toml", text).unwrap();
        assert_eq!(list.variants[0].message, "acme-480-prepaid-exhausted");
        let (id, locale, ftl) = &list.texts[0];
        assert_eq!(
            (id.as_str(), locale.as_str()),
            ("acme-480-prepaid-exhausted", "ru")
        );
        let catalog = Catalog::new([(Locale::Ru, "db", ftl.as_str())]).unwrap();
        let (texts, from) = catalog.texts(Locale::Ru, id).unwrap();
        assert_eq!(from, None);
        assert_eq!(texts.title, "Баланс {исчерпан}");
        assert_eq!(texts.causes, vec!["[1] первая", ".вторая"]);
        assert_eq!(texts.ui, "Пополните счёт.");
        let got = problems(&text.replace("text.ru", "text.de"));
        assert!(got[0].contains("unknown locale \"de\""), "{got:?}");
    }

    #[test]
    fn the_builtin_lists_read_cleanly() {
        for f in crate::builtin::vendor_lists() {
            let list = read(&f.path, f.text).unwrap_or_else(|e| panic!("{e}"));
            assert!(!list.variants.is_empty(), "{}", f.path);
        }
    }
}
