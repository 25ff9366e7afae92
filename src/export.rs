//! `sipkb export`: vendor lists written back out as TOML, CSV or JSON Lines in exactly the shape
//! the importer reads (so that an export imports into an empty database as the same content),
//! or one locale's texts as a Fluent file.

use crate::error::{Error, Result};
use crate::i18n::{Catalog, Locale, PARTS, Part, Texts, write_message};
use crate::import::{CSV_COLUMNS, text_parts};
use crate::phrase::message_slug;
use crate::store::{ExportRow, Store};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::io::Write;

/// What `sipkb export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One vendor's list in the built-in lists' format.
    Toml,
    /// A spreadsheet with the columns README documents.
    Csv,
    /// JSON Lines, one entry per line.
    Json,
    /// One locale's texts as a Fluent resource.
    Ftl(Locale),
}

/// Writes the lists (all vendors, or `vendor`) to `out`. Returns the number of entries.
pub(crate) fn export(
    store: &Store,
    catalog: &Catalog,
    vendor: Option<&str>,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<u64> {
    if let Some(v) = vendor {
        store.require_vendor(v)?;
    }
    if format == ExportFormat::Toml && vendor.is_none() && store.vendors()?.len() > 1 {
        return Err(Error::OneVendor);
    }
    let mut n = 0u64;
    if format == ExportFormat::Csv {
        let mut header: Vec<String> = CSV_COLUMNS.iter().map(|c| c.to_string()).collect();
        for l in Locale::ALL {
            header.extend(text_parts().map(|p| format!("{p}_{l}")));
        }
        csv_write(out, &header)?;
    }
    let mut state = Toml::default();
    let mut ids: HashSet<String> = HashSet::new();
    if let (ExportFormat::Ftl(locale), None) = (format, vendor) {
        for c in store.codes(None)? {
            let class = c.code.class().message_id();
            for id in [class, c.message_id()] {
                if let Some((t, None)) = catalog.texts(locale, &id) {
                    ftl_entry(out, &mut ids, &id, &t)?;
                }
            }
        }
    }
    store.export_rows(vendor, &mut |row| {
        n += 1;
        let own = own_texts(&row)?;
        match format {
            ExportFormat::Toml => toml_row(out, &mut state, &row, &own),
            ExportFormat::Csv => csv_write(out, &csv_record(&row, &own)),
            ExportFormat::Json => {
                serde_json::to_writer(&mut *out, &json_row(&row, &own))
                    .map_err(|e| io(e.into()))?;
                writeln!(out).map_err(io)
            }
            ExportFormat::Ftl(locale) => {
                let texts = match own.get(&locale) {
                    Some(t) => Some(t.clone()),
                    None => catalog
                        .texts(locale, &row.message)
                        .and_then(|(t, from)| from.is_none().then_some(t)),
                };
                match texts {
                    Some(t) => ftl_entry(out, &mut ids, &row.message, &t),
                    None => Ok(()),
                }
            }
        }
    })?;
    out.flush().map_err(io)?;
    Ok(n)
}

fn io(e: std::io::Error) -> Error {
    Error::Io {
        path: "-".into(),
        source: e,
    }
}

fn csv_write(out: &mut dyn Write, rec: &[String]) -> Result<()> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(256));
    w.write_record(rec).map_err(|e| io(e.into()))?;
    let buf = w.into_inner().map_err(|e| io(e.into_error()))?;
    out.write_all(&buf).map_err(io)
}

/// An entry's own texts, rendered back from their Fluent source, by locale.
fn own_texts(row: &ExportRow) -> Result<BTreeMap<Locale, Texts>> {
    let mut out = BTreeMap::new();
    for (tag, ftl) in &row.texts {
        let locale: Locale = tag.parse().map_err(Error::Embedded)?;
        // One catalog per locale: rendering must not borrow a missing part from another
        // locale (as explanations do), or the export would not import back as it was.
        let catalog = Catalog::new([(locale, "database", ftl.as_str())])?;
        if let Some((t, _)) = catalog.texts(locale, &row.message) {
            out.insert(locale, t);
        }
    }
    Ok(out)
}

/// The message id the importer derives for this entry; an export writes `message` only when
/// the stored id differs, so that lists stay readable.
fn derived(row: &ExportRow) -> String {
    match (row.class, &row.vendor_code, row.code) {
        (Some(class), _, _) => format!("{}-{class}xx", row.vendor),
        (None, Some(vc), _) => format!(
            "{}-{}-{}",
            row.vendor,
            message_slug(&vc.to_lowercase()),
            message_slug(&row.phrase)
        ),
        (None, None, code) => format!(
            "{}-{}-{}",
            row.vendor,
            code.unwrap_or_default(),
            message_slug(&row.phrase)
        ),
    }
}

fn explicit(row: &ExportRow) -> Option<String> {
    (row.message != derived(row)).then(|| row.message.clone())
}

#[derive(Default)]
struct Toml {
    header: bool,
}

#[derive(Serialize)]
struct TomlVendor<'a> {
    slug: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

/// One locale's texts as TOML and JSON write them: the non-empty parts, in [`PARTS`] order.
struct TomlText<'a>(&'a Texts);

impl Serialize for TomlText<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let parts: Vec<(&str, Part<'_>)> = PARTS
            .iter()
            .map(|(name, _)| (*name, self.0.part(name)))
            .filter(|(_, p)| match p {
                Part::Line(t) => !t.is_empty(),
                Part::Items(i) => !i.is_empty(),
            })
            .collect();
        let mut map = s.serialize_map(Some(parts.len()))?;
        for (name, part) in parts {
            match part {
                Part::Line(t) => map.serialize_entry(name, t)?,
                Part::Items(i) => map.serialize_entry(name, i)?,
            }
        }
        map.end()
    }
}

#[derive(Serialize)]
struct TomlEntry<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    code: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    class: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vendor_code: Option<&'a str>,
    #[serde(skip_serializing_if = "str::is_empty")]
    phrase: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    category: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    side: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    retry: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    applies_to: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    confidence: Option<&'a str>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    text: BTreeMap<&'static str, TomlText<'a>>,
}

/// An entry in the shape TOML and JSON share.
fn toml_entry<'a>(row: &'a ExportRow, own: &'a BTreeMap<Locale, Texts>) -> TomlEntry<'a> {
    TomlEntry {
        code: row.code,
        class: row.class,
        vendor_code: row.vendor_code.as_deref(),
        phrase: &row.phrase,
        category: &row.category,
        side: row.side.as_deref(),
        retry: row.retry.as_deref(),
        message: explicit(row),
        source: row.provenance.source.as_deref(),
        applies_to: row.provenance.applies_to.as_deref(),
        confidence: row.provenance.confidence.as_deref(),
        text: own.iter().map(|(l, t)| (l.as_str(), TomlText(t))).collect(),
    }
}

fn toml_row(
    out: &mut dyn Write,
    state: &mut Toml,
    row: &ExportRow,
    own: &BTreeMap<Locale, Texts>,
) -> Result<()> {
    let ser = |e: toml::ser::Error| Error::Embedded(format!("TOML export: {e}"));
    if !state.header {
        state.header = true;
        #[derive(Serialize)]
        struct Head<'a> {
            vendor: TomlVendor<'a>,
        }
        let head = Head {
            vendor: TomlVendor {
                slug: &row.vendor,
                name: &row.vendor_name,
                note: row.vendor_note.as_deref(),
            },
        };
        writeln!(out, "# Exported by sipkb {}.", env!("CARGO_PKG_VERSION")).map_err(io)?;
        write!(out, "{}", toml::to_string(&head).map_err(ser)?).map_err(io)?;
    }
    let entry = toml_entry(row, own);
    let key = if row.class.is_some() {
        "class_note"
    } else {
        "variant"
    };
    let doc = BTreeMap::from([(key, [entry])]);
    write!(out, "\n{}", toml::to_string(&doc).map_err(ser)?).map_err(io)
}

fn csv_record(row: &ExportRow, own: &BTreeMap<Locale, Texts>) -> Vec<String> {
    let code = match (row.class, row.code) {
        (Some(c), _) => format!("{c}xx"),
        (None, Some(c)) => c.to_string(),
        (None, None) => String::new(),
    };
    let mut rec = vec![
        row.vendor.clone(),
        row.vendor_name.clone(),
        row.vendor_note.clone().unwrap_or_default(),
        code,
        row.vendor_code.clone().unwrap_or_default(),
        row.phrase.clone(),
        row.category.clone(),
        row.side.clone().unwrap_or_default(),
        row.retry.clone().unwrap_or_default(),
        explicit(row).unwrap_or_default(),
        row.provenance.source.clone().unwrap_or_default(),
        row.provenance.applies_to.clone().unwrap_or_default(),
        row.provenance.confidence.clone().unwrap_or_default(),
    ];
    for l in Locale::ALL {
        let t = own.get(&l).cloned().unwrap_or_default();
        // Several causes or actions share a cell, one per line, as a spreadsheet shows them.
        rec.extend(PARTS.iter().map(|(name, _)| match t.part(name) {
            Part::Line(text) => text.to_string(),
            Part::Items(items) => items.join("\n"),
        }));
    }
    rec
}

#[derive(Serialize)]
struct JsonRow<'a> {
    vendor: &'a str,
    vendor_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    vendor_note: Option<&'a str>,
    #[serde(flatten)]
    entry: TomlEntry<'a>,
}

fn json_row<'a>(row: &'a ExportRow, own: &'a BTreeMap<Locale, Texts>) -> serde_json::Value {
    let r = JsonRow {
        vendor: &row.vendor,
        vendor_name: &row.vendor_name,
        vendor_note: row.vendor_note.as_deref(),
        entry: toml_entry(row, own),
    };
    let mut v = serde_json::to_value(&r).unwrap_or_default();
    // The JSON format calls the texts `texts`.
    if let Some(map) = v.as_object_mut()
        && let Some(t) = map.remove("text")
    {
        map.insert("texts".into(), t);
    }
    v
}

fn ftl_entry(out: &mut dyn Write, ids: &mut HashSet<String>, id: &str, t: &Texts) -> Result<()> {
    if !ids.insert(id.to_string()) {
        return Ok(());
    }
    let attributes: Vec<(&str, Part<'_>)> = PARTS.iter().map(|(n, _)| (*n, t.part(n))).collect();
    let mut s = String::new();
    if !write_message(&mut s, id, None, &attributes) {
        return Ok(());
    }
    writeln!(out, "{s}").map_err(io)
}
