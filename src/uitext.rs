//! UI text for applications: the end-user line and title of every canonical code and vendor
//! variant under a stable id, and the export of one locale's lines as JSON, Fluent or gettext PO.
//!
//! Ids (README, "UI text export") never depend on row ids or order:
//! - `sip-480`: a canonical code;
//! - `sip-480--acme--no-money-left`: a vendor's variant, by code, vendor slug and phrase;
//! - `sip-486--gigaset--0x486`, `dev--gigaset--0x751`: a device code, with or without SIP code;
//! - `sip-5xx--ru-softswitch`: a vendor's note on a whole class of responses.
//!
//! The slug is the normalized phrase's ASCII letters and digits; a phrase with other letters
//! (`Нет денег`) also gets the first 8 hex digits of its normalized form's SHA-256, so two
//! Russian or Chinese phrases never share an id.

use crate::error::{Error, Result};
use crate::i18n::{Catalog, Locale, Part, write_message};
use crate::model::SipCode;
use crate::phrase::normalize_phrase;
use crate::store::Store;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

/// The end-user line of one entry, in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UiText {
    /// Stable id (see the module documentation).
    pub id: String,
    /// The short title.
    pub title: String,
    /// The line an application shows its user.
    pub text: String,
    /// The locale asked for.
    pub locale: Locale,
    /// The locale the text came from instead, when the entry has none in `locale`.
    pub fallback: Option<Locale>,
}

/// A format for [`crate::Kb::export_ui`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UiFormat {
    /// A flat `{id: text, "id.title": title}` object, with `@metadata` (locale, fallbacks).
    Json,
    /// A Fluent resource: `id = text` with a `.title` attribute.
    Ftl,
    /// A gettext PO file: `msgctxt` is the id, `msgid` the English text.
    Po,
}

/// The id of an entry (see the module documentation).
pub fn ui_id(
    code: Option<u16>,
    vendor: Option<&str>,
    vendor_code: Option<&str>,
    phrase: &str,
) -> String {
    let head = match code {
        Some(c) => format!("sip-{c}"),
        None => "dev".to_string(),
    };
    match vendor {
        None => head,
        Some(v) => {
            let key = vendor_code.unwrap_or(phrase);
            format!(
                "{head}--{}--{}",
                ascii_slug(v),
                slug(&normalize_phrase(key))
            )
        }
    }
}

fn ascii_slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn slug(norm: &str) -> String {
    let ascii = ascii_slug(norm);
    if norm.chars().all(|c| c.is_ascii() || !c.is_alphanumeric()) && !ascii.is_empty() {
        return ascii;
    }
    if ascii.is_empty() {
        format!("x{}", hash8(norm))
    } else {
        format!("{ascii}-{}", hash8(norm))
    }
}

/// What identifies a vendor entry to an answer: code, vendor slug, vendor code and phrase.
type EntryKey = (Option<u16>, String, Option<String>, String);

/// Every vendor entry's stable id, worked out once from the store: [`ui_id`], and for the
/// later (in import order) of two phrases of a vendor that share a slug, the same id with
/// the phrase's hash. `export --ui`, `export --format table`, `enrich` and
/// [`crate::Kb::ui_text`] all name entries through it, so they can never disagree.
pub(crate) struct Ids {
    vendor: HashMap<EntryKey, String>,
}

impl Ids {
    /// Reads every vendor entry's id from `store`.
    pub(crate) fn new(store: &Store) -> Result<Self> {
        let mut vendor = HashMap::new();
        let mut seen: HashSet<String> = HashSet::new();
        store.export_rows(None, &mut |row| {
            if let Some(class) = row.class {
                vendor.insert(
                    (None, row.vendor.clone(), None, format!("{class}xx")),
                    note_id(class, &row.vendor),
                );
                return Ok(());
            }
            let id = ui_id(
                row.code,
                Some(&row.vendor),
                row.vendor_code.as_deref(),
                &row.phrase,
            );
            // Two phrases that differ only in punctuation, or share a vendor code, share a
            // slug; the later one is told apart by its hash.
            let id = if seen.contains(&id) {
                format!("{id}-{}", hash8(&row.phrase))
            } else {
                id
            };
            seen.insert(id.clone());
            vendor.insert((row.code, row.vendor, row.vendor_code, row.phrase), id);
            Ok(())
        })?;
        Ok(Ids { vendor })
    }

    /// The id of a vendor entry (of a canonical code when `vendor` is `None`).
    pub(crate) fn of(
        &self,
        code: Option<u16>,
        vendor: Option<&str>,
        vendor_code: Option<&str>,
        phrase: &str,
    ) -> String {
        let Some(v) = vendor else {
            return ui_id(code, None, None, phrase);
        };
        let key = (
            code,
            v.to_string(),
            vendor_code.map(String::from),
            phrase.to_string(),
        );
        self.vendor
            .get(&key)
            .cloned()
            .unwrap_or_else(|| ui_id(code, vendor, vendor_code, phrase))
    }
}

/// The id of a vendor's note on a whole class (`sip-5xx--ru-softswitch`): a note has no
/// phrase, so the phrase slug of [`ui_id`] would be the hash of nothing.
fn note_id(class: u8, vendor: &str) -> String {
    format!("sip-{class}xx--{}", ascii_slug(vendor))
}

/// The first 8 hex digits of the SHA-256 of `text`.
fn hash8(text: &str) -> String {
    Sha256::digest(text.as_bytes())[..4]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Every entry's UI text in `locale`: canonical codes by code, then variants by vendor.
pub(crate) fn all(store: &Store, catalog: &Catalog, locale: Locale) -> Result<Vec<UiText>> {
    let mut out = Vec::new();
    let codes = store.codes(None)?;
    let category: BTreeMap<u16, &str> = codes
        .iter()
        .map(|c| (c.code.get(), c.category.as_str()))
        .collect();
    for c in &codes {
        if let Some((t, from)) = catalog.texts(locale, &c.message_id()) {
            out.push(UiText {
                id: ui_id(Some(c.code.get()), None, None, ""),
                title: t.title,
                text: t.ui,
                locale,
                fallback: from,
            });
        }
    }
    // A variant whose list gives no end-user line shows its code's (the class's x00 for an
    // unregistered code) when both name the same kind of problem, else its own title: an
    // application always has a line to show, and never one about another problem.
    let code_ui: BTreeMap<u16, String> = out
        .iter()
        .filter_map(|u| Some((u.id.strip_prefix("sip-")?.parse().ok()?, u.text.clone())))
        .collect();
    let ui_of = |code: Option<u16>| -> Option<String> {
        let c = SipCode::new(code?)?;
        code_ui
            .get(&c.get())
            .or_else(|| code_ui.get(&c.class().fallback_code().get()))
            .cloned()
    };
    let ids = Ids::new(store)?;
    store.export_rows(None, &mut |row| {
        let Some((t, from)) = catalog.texts_with(&row.texts, locale, &row.message)? else {
            return Ok(());
        };
        let id = match row.class {
            Some(class) => note_id(class, &row.vendor),
            None => ids.of(
                row.code,
                Some(&row.vendor),
                row.vendor_code.as_deref(),
                &row.phrase,
            ),
        };
        let same_kind = row
            .code
            .and_then(|c| category.get(&c))
            .is_none_or(|&c| c == row.category);
        let text = if t.ui.trim().is_empty() {
            ui_of(row.code)
                .filter(|_| same_kind)
                .unwrap_or_else(|| t.title.clone())
        } else {
            t.ui
        };
        out.push(UiText {
            id,
            title: t.title,
            text,
            locale,
            fallback: from,
        });
        Ok(())
    })?;
    Ok(out)
}

/// Writes `texts` (one locale's, from [`all`]) as `format`; `english` supplies PO's msgids.
pub(crate) fn write(
    texts: &[UiText],
    english: &[UiText],
    locale: Locale,
    format: UiFormat,
    out: &mut dyn Write,
) -> Result<()> {
    let s = match format {
        UiFormat::Json => json(texts, locale)?,
        UiFormat::Ftl => ftl(texts, locale),
        UiFormat::Po => po(texts, english, locale),
    };
    out.write_all(s.as_bytes()).map_err(|source| Error::Io {
        path: "-".into(),
        source,
    })
}

fn json(texts: &[UiText], locale: Locale) -> Result<String> {
    let fallback: BTreeMap<&str, Locale> = texts
        .iter()
        .filter_map(|t| t.fallback.map(|f| (t.id.as_str(), f)))
        .collect();
    let mut map = serde_json::Map::new();
    map.insert(
        "@metadata".into(),
        serde_json::json!({ "locale": locale, "generator": "sipkb", "fallback": fallback }),
    );
    for t in texts {
        map.insert(t.id.clone(), t.text.clone().into());
        map.insert(format!("{}.title", t.id), t.title.clone().into());
    }
    let mut s = serde_json::to_string_pretty(&map).map_err(|e| Error::Io {
        path: "-".into(),
        source: e.into(),
    })?;
    s.push('\n');
    Ok(s)
}

fn ftl(texts: &[UiText], locale: Locale) -> String {
    let mut s =
        format!("# sipkb UI texts, locale {locale}. Ids are stable (README, UI text export).\n\n");
    for t in texts {
        if let Some(f) = t.fallback {
            s.push_str(&format!("# fallback: {locale} -> {f}\n"));
        }
        write_message(
            &mut s,
            &t.id,
            Some(&t.text),
            &[("title", Part::Line(&t.title))],
        );
    }
    s
}

/// A PO string literal (C escapes).
fn po_str(text: &str) -> String {
    let mut s = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\t' => s.push_str("\\t"),
            '\r' => {}
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

fn po(texts: &[UiText], english: &[UiText], locale: Locale) -> String {
    let en: BTreeMap<&str, &UiText> = english.iter().map(|t| (t.id.as_str(), t)).collect();
    let mut s = String::from("msgid \"\"\nmsgstr \"\"\n");
    for header in [
        "Project-Id-Version: sipkb\\n".to_string(),
        format!("Language: {locale}\\n"),
        "MIME-Version: 1.0\\n".to_string(),
        "Content-Type: text/plain; charset=UTF-8\\n".to_string(),
        "Content-Transfer-Encoding: 8bit\\n".to_string(),
        "X-Generator: sipkb\\n".to_string(),
    ] {
        s.push_str(&format!("\"{header}\"\n"));
    }
    for t in texts {
        let source = en.get(t.id.as_str()).copied().unwrap_or(t);
        for (ctx, msgid, msgstr) in [
            (t.id.clone(), &source.text, &t.text),
            (format!("{}.title", t.id), &source.title, &t.title),
        ] {
            s.push('\n');
            // A missing translation stays empty, so gettext shows the English msgid: the
            // fallback gettext users expect, recorded for translators.
            let msgstr = match t.fallback {
                Some(f) => {
                    s.push_str(&format!("#. fallback: {locale} -> {f}\n"));
                    ""
                }
                None => msgstr.as_str(),
            };
            s.push_str(&format!(
                "msgctxt {}\nmsgid {}\nmsgstr {}\n",
                po_str(&ctx),
                po_str(msgid),
                po_str(msgstr)
            ));
        }
    }
    s
}

/// The UI text of one failure: the vendor variant's when the phrase names one under `code`
/// (exactly or as a close typo) and is not the code's standard phrase, else the canonical
/// code's (the class's x00 for an unregistered code, RFC 3261 §8.1.3.2).
pub(crate) fn for_response(
    ex: &crate::explain::Explanation,
    code: SipCode,
    ids: &Ids,
) -> Option<UiText> {
    let locale = ex.locale;
    let fallback = ex.fallback.first().copied();
    // The code's own phrase (`486 Busy Here`) is the canonical meaning, even where a vendor
    // list also glosses it (explain lists those glosses apart, in `also_glossed`): an app
    // user should not read one vendor's device wording.
    if let Some(v) = ex.variants.iter().find(|v| v.code == Some(code.get())) {
        let own = &v.texts.ui;
        // The code's line only where the vendor's reading is the same kind of problem (a
        // rate-limit 580 is not a failed resource reservation); else the reading's title.
        let text = match (own.trim().is_empty(), &ex.canonical) {
            (false, _) => own.clone(),
            (true, Some(c)) if c.category == v.category => c.texts.ui.clone(),
            (true, _) => v.texts.title.clone(),
        };
        return Some(UiText {
            id: ids.of(v.code, Some(&v.vendor), v.vendor_code.as_deref(), &v.phrase),
            title: v.texts.title.clone(),
            text,
            locale,
            fallback,
        });
    }
    let c = ex.canonical.as_ref()?;
    Some(UiText {
        id: ui_id(Some(c.code), None, None, ""),
        title: c.texts.title.clone(),
        text: c.texts.ui.clone(),
        locale,
        fallback,
    })
}
