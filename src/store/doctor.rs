//! Queries of `sipkb doctor`: SQLite's own checks, row counts, and the findings that only show
//! across lists (variants under unregistered codes, one phrase meaning different codes).

use super::Store;
use crate::error::Result;
use rusqlite::{ErrorCode, Row};
use serde::Serialize;

/// A vendor variant named in a doctor finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryRef {
    /// The vendor's slug.
    pub vendor: String,
    /// Whether the vendor's list is built in (shipped with sipkb, known and reviewed).
    pub builtin: bool,
    /// The SIP code (none for a device-internal code).
    pub code: Option<u16>,
    /// The device's own code, when the entry has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vendor_code: Option<String>,
    /// The phrase as the list writes it.
    pub phrase: String,
}

/// How many rows the main tables hold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Canonical codes (the IANA registry).
    pub codes: u64,
    /// Vendor lists, built-in and imported.
    pub vendors: u64,
    /// Vendor variants.
    pub variants: u64,
    /// Entries of the provenance log: imports (built-in loads included), removals, restores.
    pub imports: u64,
}

/// A variant with what deciding its translation coverage needs.
pub struct TextedVariant {
    /// Who it is.
    pub entry: EntryRef,
    /// Its Fluent message id (a built-in message, or its own).
    pub message: String,
    /// Its own imported texts: (locale tag, FTL source).
    pub own: Vec<(String, String)>,
}

/// Findings of one kind: the first few, and how many there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Findings<T> {
    /// How many there are.
    pub total: u64,
    /// How many of them need attention (they involve an imported list).
    pub attention: u64,
    /// The first ones, those that need attention first.
    pub items: Vec<T>,
}

impl<T> Findings<T> {
    /// The same findings with each item turned into another type.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Findings<U> {
        Findings {
            total: self.total,
            attention: self.attention,
            items: self.items.into_iter().map(f).collect(),
        }
    }
}

// By hand: a derive would want `T: Default`, which the items need not be.
impl<T> Default for Findings<T> {
    fn default() -> Self {
        Findings {
            total: 0,
            attention: 0,
            items: Vec::new(),
        }
    }
}

const ENTRY_COLUMNS: &str = "SELECT ve.slug, ve.builtin, va.code, va.vendor_code, va.phrase
     FROM variant va JOIN vendor ve ON ve.id = va.vendor_id";

fn entry_ref(row: &Row<'_>) -> rusqlite::Result<EntryRef> {
    Ok(EntryRef {
        vendor: row.get(0)?,
        builtin: row.get(1)?,
        code: row.get(2)?,
        vendor_code: row.get(3)?,
        phrase: row.get(4)?,
    })
}

/// Whether an SQLite error says the file or an index is damaged (not busy, not read-only).
fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

impl Store {
    /// The schema version the file is at (`PRAGMA user_version`, as opening reads it).
    pub fn schema_found(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT user_version FROM pragma_user_version", [], |r| {
                r.get(0)
            })?)
    }

    /// `PRAGMA integrity_check`: what SQLite found wrong, empty when the file is sound.
    pub fn integrity_problems(&self) -> Result<Vec<String>> {
        let found: rusqlite::Result<Vec<String>> = self
            .conn
            .prepare("PRAGMA integrity_check")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect());
        match found {
            Ok(lines) if lines.len() == 1 && lines[0] == "ok" => Ok(Vec::new()),
            Ok(lines) => Ok(lines),
            // A file damaged enough can fail the check itself: that is its answer.
            Err(e) if is_damage(&e) => Ok(vec![e.to_string()]),
            Err(e) => Err(e.into()),
        }
    }

    /// FTS5's own check of the search index's structure (the table keeps no copy of the
    /// indexed text to compare with since schema 6): what is wrong, empty when sound, or
    /// `None` when it cannot run because the database is open read-only (the check is an
    /// INSERT of a command row, which SQLite refuses there before FTS5 sees it).
    pub fn search_index_problems(&self) -> Result<Option<Vec<String>>> {
        match self
            .conn
            .execute("INSERT INTO search(search) VALUES('integrity-check')", [])
        {
            Ok(_) => Ok(Some(Vec::new())),
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::ReadOnly) => Ok(None),
            // Busy or locked says nothing about the index; any other error is FTS5's report.
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
                ) =>
            {
                Err(e.into())
            }
            Err(e) => Ok(Some(vec![e.to_string()])),
        }
    }

    /// Row counts of the main tables, from one snapshot.
    pub fn tally(&self) -> Result<Tally> {
        let n = |r: &Row<'_>, i: usize| r.get::<_, i64>(i).map(|v| v as u64);
        Ok(self.conn.query_row(
            "SELECT (SELECT count(*) FROM code), (SELECT count(*) FROM vendor),
                    (SELECT count(*) FROM variant), (SELECT count(*) FROM import)",
            [],
            |r| {
                Ok(Tally {
                    codes: n(r, 0)?,
                    vendors: n(r, 1)?,
                    variants: n(r, 2)?,
                    imports: n(r, 3)?,
                })
            },
        )?)
    }

    /// Calls `f` with every variant and its own texts, in id order. Streams: one row of
    /// `variant_text` at a time, so a million-variant database is never held in memory.
    pub fn each_texted_variant(
        &self,
        f: &mut dyn FnMut(TextedVariant) -> Result<()>,
    ) -> Result<()> {
        // CROSS JOIN keeps `variant` the outer loop, so rows come in id order with no sort,
        // and each variant's texts are a primary-key lookup.
        let mut stmt = self.conn.prepare(
            "SELECT ve.slug, ve.builtin, va.code, va.vendor_code, va.phrase, va.id, va.message,
                    t.locale, t.ftl
             FROM variant va CROSS JOIN vendor ve ON ve.id = va.vendor_id
             LEFT JOIN variant_text t ON t.variant_id = va.id
             ORDER BY va.id",
        )?;
        let mut rows = stmt.query([])?;
        let mut current: Option<(i64, TextedVariant)> = None;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(5)?;
            if current.as_ref().is_none_or(|(c, _)| *c != id) {
                if let Some((_, done)) = current.take() {
                    f(done)?;
                }
                let v = TextedVariant {
                    entry: entry_ref(row)?,
                    message: row.get(6)?,
                    own: Vec::new(),
                };
                current = Some((id, v));
            }
            if let (Some((_, v)), Some(locale)) = (current.as_mut(), row.get(7)?) {
                v.own.push((locale, row.get(8)?));
            }
        }
        if let Some((_, done)) = current {
            f(done)?;
        }
        Ok(())
    }

    /// Variants whose SIP code is not in the registry (`499 Codec Mismatch`), imported lists'
    /// first; at most `limit` listed.
    pub fn unregistered_variants(&self, limit: usize) -> Result<Findings<EntryRef>> {
        let clause = "WHERE va.code IS NOT NULL
                        AND NOT EXISTS (SELECT 1 FROM code c WHERE c.code = va.code)";
        let (total, attention) = self.conn.query_row(
            &format!(
                "SELECT count(*), coalesce(sum(ve.builtin = 0), 0)
                 FROM variant va JOIN vendor ve ON ve.id = va.vendor_id {clause}"
            ),
            [],
            |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
        )?;
        let mut stmt = self.conn.prepare(&format!(
            "{ENTRY_COLUMNS} {clause} ORDER BY ve.builtin, ve.slug, va.code, va.phrase_norm
             LIMIT ?1"
        ))?;
        let items = stmt
            .query_map([limit as i64], entry_ref)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Findings {
            total,
            attention,
            items,
        })
    }

    /// Phrases (normalized) that mean different SIP codes at different vendors: two or more
    /// codes and two or more vendors. Those with an imported list first; at most `limit`
    /// listed, each with its entries.
    pub fn phrase_conflicts(&self, limit: usize) -> Result<Findings<(String, Vec<EntryRef>)>> {
        let mut stmt = self.conn.prepare(
            "SELECT va.phrase_norm, max(ve.builtin = 0)
             FROM variant va JOIN vendor ve ON ve.id = va.vendor_id
             WHERE va.code IS NOT NULL
             GROUP BY va.phrase_norm
             HAVING count(DISTINCT va.code) >= 2 AND count(DISTINCT va.vendor_id) >= 2
             ORDER BY 2 DESC, 1",
        )?;
        let mut rows = stmt.query([])?;
        let mut found = Findings::default();
        let mut phrases = Vec::new();
        while let Some(row) = rows.next()? {
            let imported: bool = row.get(1)?;
            found.total += 1;
            found.attention += u64::from(imported);
            if phrases.len() < limit {
                phrases.push(row.get::<_, String>(0)?);
            }
        }
        let mut entries = self.conn.prepare(&format!(
            "{ENTRY_COLUMNS} WHERE va.phrase_norm = ?1 AND va.code IS NOT NULL
             ORDER BY va.code, ve.slug"
        ))?;
        for norm in phrases {
            let list = entries
                .query_map([&norm], entry_ref)?
                .collect::<rusqlite::Result<_>>()?;
            found.items.push((norm, list));
        }
        Ok(found)
    }
}
