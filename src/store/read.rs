//! Reads: every query the explain, list and vendors paths need. Exact lookups use indexes on
//! the normalized columns.

use super::Store;
use super::apply::Counts;
use crate::error::{Error, Result};
use crate::model::{
    Class, ClassNoteRow, CodeEntry, NewClassNote, NewVariant, Provenance, SipCode, VariantRow,
    VendorInfo,
};
use rusqlite::{OptionalExtension, Row, params};

const VARIANT_COLUMNS: &str =
    "SELECT ve.slug, ve.name, va.code, va.vendor_code, va.phrase, va.category, va.message, va.id,
            va.side, va.retry, va.source, va.applies_to, va.confidence
     FROM variant va JOIN vendor ve ON ve.id = va.vendor_id";

fn variant_row(row: &Row<'_>) -> rusqlite::Result<VariantRow> {
    Ok(VariantRow {
        id: row.get(7)?,
        vendor: row.get(0)?,
        vendor_name: row.get(1)?,
        variant: NewVariant {
            code: row.get::<_, Option<u16>>(2)?.and_then(SipCode::new),
            vendor_code: row.get(3)?,
            phrase: row.get(4)?,
            category: row.get(5)?,
            side: row.get(8)?,
            retry: row.get(9)?,
            message: row.get(6)?,
            provenance: Provenance {
                source: row.get(10)?,
                applies_to: row.get(11)?,
                confidence: row.get(12)?,
            },
        },
    })
}

impl Store {
    fn variants_where(&self, clause: &str, args: impl rusqlite::Params) -> Result<Vec<VariantRow>> {
        let sql = format!(
            "{VARIANT_COLUMNS} WHERE {clause} ORDER BY ve.slug, va.code, va.vendor_code_norm, va.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(args, variant_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A value from the `meta` table.
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT value FROM meta WHERE key = ?1")?;
        let mut rows = stmt.query([key])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    }

    /// The canonical entry of `code`, if the code is registered.
    pub fn code(&self, code: SipCode) -> Result<Option<CodeEntry>> {
        Ok(self.codes_where("code = ?1", [code.get()])?.pop())
    }

    /// Every canonical code, optionally of one class, in order.
    pub fn codes(&self, class: Option<Class>) -> Result<Vec<CodeEntry>> {
        match class {
            Some(c) => self.codes_where("code / 100 = ?1", [c.digit()]),
            None => self.codes_where("1", []),
        }
    }

    fn codes_where(&self, clause: &str, args: impl rusqlite::Params) -> Result<Vec<CodeEntry>> {
        let sql = format!(
            "SELECT code, reason, wire, rfc, category, q850, retry, side,
                    (SELECT json_group_array(phrase) FROM code_alias a
                      WHERE a.code = c.code AND a.phrase <> c.reason AND a.phrase IS NOT c.wire)
             FROM code c WHERE {clause} ORDER BY code"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(args, |row| {
            let rfc: String = row.get(3)?;
            let aliases: String = row.get(8)?;
            Ok(CodeEntry {
                code: SipCode::new(row.get(0)?).expect("CHECK constraint keeps codes valid"),
                reason: row.get(1)?,
                wire: row.get(2)?,
                rfc: rfc.split(", ").map(String::from).collect(),
                category: row.get(4)?,
                q850: row.get(5)?,
                retry: row.get(6)?,
                side: row.get(7)?,
                aliases: serde_json::from_str(&aliases).unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Canonical codes whose IANA phrase, wire phrase or alias normalizes to `norm`.
    pub fn codes_with_phrase(&self, norm: &str) -> Result<Vec<SipCode>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT code FROM code_alias WHERE phrase_norm = ?1 ORDER BY code",
        )?;
        let rows = stmt.query_map([norm], |r| r.get::<_, u16>(0))?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter_map(SipCode::new)
            .collect())
    }

    /// Variants with this code and normalized phrase, across vendors.
    pub fn variants_by_code_phrase(&self, code: SipCode, norm: &str) -> Result<Vec<VariantRow>> {
        self.variants_where(
            "va.code = ?1 AND va.phrase_norm = ?2",
            params![code.get(), norm],
        )
    }

    /// Variants with this normalized phrase, under any code.
    pub fn variants_by_phrase(&self, norm: &str) -> Result<Vec<VariantRow>> {
        self.variants_where("va.phrase_norm = ?1", [norm])
    }

    /// Variants with this vendor device code (lower case).
    pub fn variants_by_vendor_code(&self, vendor_code: &str) -> Result<Vec<VariantRow>> {
        self.variants_where("va.vendor_code_norm = ?1", [vendor_code])
    }

    /// Variants under this SIP code.
    pub fn variants_by_code(&self, code: SipCode) -> Result<Vec<VariantRow>> {
        self.variants_where("va.code = ?1", [code.get()])
    }

    /// Every variant, or one vendor's, optionally of one class.
    pub fn variants(&self, vendor: Option<&str>, class: Option<Class>) -> Result<Vec<VariantRow>> {
        let class = class.map(|c| i64::from(c.digit()));
        self.variants_where(
            "(?1 IS NULL OR ve.slug = ?1) AND (?2 IS NULL OR va.code / 100 = ?2)",
            params![vendor, class],
        )
    }

    /// Every vendor with its variant count.
    pub fn vendors(&self) -> Result<Vec<VendorInfo>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT slug, name, note, builtin,
                    (SELECT count(*) FROM variant va WHERE va.vendor_id = ve.id)
             FROM vendor ve ORDER BY slug",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(VendorInfo {
                slug: row.get(0)?,
                name: row.get(1)?,
                note: row.get(2)?,
                builtin: row.get(3)?,
                variants: row.get::<_, i64>(4)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// `Ok` when a vendor with this slug exists, else [`Error::UnknownVendor`].
    pub fn require_vendor(&self, slug: &str) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT count(*) FROM vendor WHERE slug = ?1")?;
        match stmt.query_row([slug], |r| r.get::<_, i64>(0))? {
            0 => Err(Error::UnknownVendor(slug.to_string())),
            _ => Ok(()),
        }
    }

    /// Vendors' notes about a class.
    pub fn class_notes(&self, class: Class) -> Result<Vec<ClassNoteRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT ve.slug, ve.name, n.class, n.message, n.id FROM class_note n
             JOIN vendor ve ON ve.id = n.vendor_id WHERE n.class = ?1 ORDER BY ve.slug",
        )?;
        let rows = stmt.query_map([class.digit()], |row| {
            Ok(ClassNoteRow {
                id: row.get(4)?,
                vendor: row.get(0)?,
                vendor_name: row.get(1)?,
                note: NewClassNote {
                    class: Class::new(row.get(2)?).expect("CHECK constraint keeps classes valid"),
                    message: row.get(3)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Texts an import brought for a variant: (locale tag, FTL source).
    pub fn variant_texts(&self, id: i64) -> Result<Vec<(String, String)>> {
        self.texts_of(
            "SELECT locale, ftl FROM variant_text WHERE variant_id = ?1",
            id,
        )
    }

    /// Texts an import brought for a class note: (locale tag, FTL source).
    pub fn note_texts(&self, id: i64) -> Result<Vec<(String, String)>> {
        self.texts_of(
            "SELECT locale, ftl FROM class_note_text WHERE note_id = ?1",
            id,
        )
    }

    fn texts_of(&self, sql: &str, id: i64) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A number that grows whenever the lists change: every import, removal, restore and
    /// built-in refresh adds a row to the provenance log.
    pub fn data_version(&self) -> Result<i64> {
        let v = self
            .conn
            .prepare_cached("SELECT IFNULL(MAX(id), 0) FROM import")?
            .query_row([], |r| r.get(0))?;
        Ok(v)
    }

    /// The provenance log, oldest first.
    pub fn sources(&self) -> Result<Vec<ImportLog>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, action, source, sha256, imported_at, builtin, vendors, variants, added,
                    changed, unchanged, removed, rejected FROM import ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            let vendors: String = r.get(6)?;
            let n = |i: usize| r.get::<_, i64>(i).map(|v| v as u64);
            Ok(ImportLog {
                id: r.get(0)?,
                action: r.get(1)?,
                source: r.get(2)?,
                sha256: r.get(3)?,
                imported_at: r.get(4)?,
                builtin: r.get(5)?,
                vendors: vendors
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
                counts: Counts {
                    rows: n(7)?,
                    added: n(8)?,
                    changed: n(9)?,
                    unchanged: n(10)?,
                    removed: n(11)?,
                    rejected: n(12)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Calls `f` with every entry of the vendors (all, or `vendor`), vendor by vendor in slug
    /// order, each vendor's variants in the order they were imported, then its class notes.
    /// Streams: a million-entry list is never held in memory.
    pub fn export_rows(
        &self,
        vendor: Option<&str>,
        f: &mut dyn FnMut(ExportRow) -> Result<()>,
    ) -> Result<()> {
        let vendors: Vec<(i64, String, String, Option<String>)> = {
            let mut stmt = self.conn.prepare_cached(
                "SELECT id, slug, name, note FROM vendor WHERE ?1 IS NULL OR slug = ?1
                 ORDER BY slug",
            )?;
            let rows = stmt.query_map([vendor], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        for (id, slug, name, note) in vendors {
            for (table, sql) in [
                (
                    "variant",
                    "SELECT va.id, va.code, va.vendor_code, va.phrase, va.category, va.message,
                            t.locale, t.ftl, va.side, va.retry, va.source, va.applies_to,
                            va.confidence
                       FROM variant va LEFT JOIN variant_text t ON t.variant_id = va.id
                      WHERE va.vendor_id = ?1 ORDER BY va.id, t.locale",
                ),
                (
                    "note",
                    "SELECT n.id, n.class, NULL, NULL, NULL, n.message, t.locale, t.ftl,
                            NULL, NULL, NULL, NULL, NULL
                       FROM class_note n LEFT JOIN class_note_text t ON t.note_id = n.id
                      WHERE n.vendor_id = ?1 ORDER BY n.class, t.locale",
                ),
            ] {
                let mut stmt = self.conn.prepare_cached(sql)?;
                let mut rows = stmt.query([id])?;
                let mut current: Option<(i64, ExportRow)> = None;
                while let Some(r) = rows.next()? {
                    let rid: i64 = r.get(0)?;
                    if current.as_ref().is_none_or(|c| c.0 != rid) {
                        if let Some((_, done)) = current.take() {
                            f(done)?;
                        }
                        let number: Option<u16> = r.get(1)?;
                        current = Some((
                            rid,
                            ExportRow {
                                vendor: slug.clone(),
                                vendor_name: name.clone(),
                                vendor_note: note.clone(),
                                code: if table == "variant" { number } else { None },
                                class: if table == "note" {
                                    number.map(|n| n as u8)
                                } else {
                                    None
                                },
                                vendor_code: r.get(2)?,
                                phrase: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                                category: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                                side: r.get(8)?,
                                retry: r.get(9)?,
                                provenance: Provenance {
                                    source: r.get(10)?,
                                    applies_to: r.get(11)?,
                                    confidence: r.get(12)?,
                                },
                                message: r.get(5)?,
                                texts: Vec::new(),
                            },
                        ));
                    }
                    if let (Some(locale), Some((_, row))) =
                        (r.get::<_, Option<String>>(6)?, &mut current)
                    {
                        row.texts.push((locale, r.get(7)?));
                    }
                }
                if let Some((_, done)) = current {
                    f(done)?;
                }
            }
        }
        Ok(())
    }

    /// The canonical spellings (IANA reason phrases and aliases) of a class, for suggestions.
    pub fn canonical_phrases(&self, class: Class) -> Result<Vec<KnownPhrase>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT phrase, phrase_norm, code FROM code_alias WHERE code BETWEEN ?1 AND ?2",
        )?;
        let lo = u16::from(class.digit()) * 100;
        let rows = stmt.query_map(params![lo, lo + 99], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get::<_, u16>(2)?))
        })?;
        Ok(rows
            .collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .filter_map(|(phrase, norm, code)| {
                SipCode::new(code).map(|code| KnownPhrase {
                    phrase,
                    norm,
                    code,
                    vendor: None,
                })
            })
            .collect())
    }

    /// The vendor phrases under `code` as (variant id, normalized phrase), in store order;
    /// read from the `variant_code_phrase` index alone.
    pub fn variant_phrases(&self, code: SipCode) -> Result<Vec<(i64, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, phrase_norm FROM variant INDEXED BY variant_code_phrase WHERE code = ?1",
        )?;
        let rows = stmt.query_map([code.get()], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let mut out: Vec<(i64, String)> = rows.collect::<rusqlite::Result<_>>()?;
        out.sort_unstable_by_key(|(id, _)| *id);
        Ok(out)
    }

    /// One variant as a suggestion.
    pub fn known_variant(&self, id: i64) -> Result<Option<KnownPhrase>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT va.phrase, va.phrase_norm, va.code, ve.slug
               FROM variant va JOIN vendor ve ON ve.id = va.vendor_id WHERE va.id = ?1",
        )?;
        let row = stmt
            .query_row([id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<u16>>(2)?, r.get(3)?))
            })
            .optional()?;
        Ok(row.and_then(|(phrase, norm, code, vendor)| {
            Some(KnownPhrase {
                phrase,
                norm,
                code: SipCode::new(code?)?,
                vendor: Some(vendor),
            })
        }))
    }
}

/// A phrase the store knows, for suggestions.
pub struct KnownPhrase {
    /// As stored.
    pub phrase: String,
    /// Normalized.
    pub norm: String,
    /// Its code.
    pub code: SipCode,
    /// The vendor it belongs to; none for a canonical spelling.
    pub vendor: Option<String>,
}

/// One entry as `sipkb export` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRow {
    /// Vendor slug.
    pub vendor: String,
    /// Vendor name.
    pub vendor_name: String,
    /// Vendor note.
    pub vendor_note: Option<String>,
    /// SIP code (variants).
    pub code: Option<u16>,
    /// Class digit (class notes).
    pub class: Option<u8>,
    /// Device code.
    pub vendor_code: Option<String>,
    /// Phrase (empty for a class note).
    pub phrase: String,
    /// Category (empty for a class note).
    pub category: String,
    /// Who has to act, when the list says so.
    pub side: Option<String>,
    /// Retry advice, when the list says so.
    pub retry: Option<String>,
    /// Where it comes from, when the list says so.
    pub provenance: Provenance,
    /// Fluent message id.
    pub message: String,
    /// Imported texts: (locale tag, FTL source).
    pub texts: Vec<(String, String)>,
}

/// One line of the provenance log (`sipkb sources`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportLog {
    /// Sequence number.
    pub id: i64,
    /// `import`, `remove` or `restore`.
    pub action: String,
    /// The file as named, `builtin:<path>` for built-in data, or `remove`/`builtin`.
    pub source: String,
    /// SHA-256 of the file (empty for a removal or restore).
    pub sha256: String,
    /// When, RFC 3339 UTC.
    pub imported_at: String,
    /// Whether it is the binary's own data.
    pub builtin: bool,
    /// Vendors it touched.
    pub vendors: Vec<String>,
    /// What the run did.
    #[serde(flatten)]
    pub counts: Counts,
}
