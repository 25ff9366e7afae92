//! The statements every row of an import run executes, prepared once per run.

use crate::error::Result;
use rusqlite::{Connection, Statement};

/// The statements every variant row runs, prepared once per run: looking them up in
/// rusqlite's statement cache by their SQL text cost a tenth of a large import.
pub(super) struct Statements<'c> {
    pub(super) find: Statement<'c>,
    pub(super) same_phrase: Statement<'c>,
    pub(super) insert: Statement<'c>,
    pub(super) update: Statement<'c>,
    pub(super) texts: Statement<'c>,
    pub(super) upsert_text: Statement<'c>,
    pub(super) unindex: Statement<'c>,
    pub(super) index: Statement<'c>,
}

impl<'c> Statements<'c> {
    pub(super) fn prepare(conn: &'c Connection) -> Result<Statements<'c>> {
        Ok(Statements {
            find: conn.prepare(
                "SELECT id, vendor_code, phrase, category, side, retry, message, source, applies_to,
                        confidence FROM variant
                  WHERE vendor_id = ?1 AND phrase_norm = ?2
                    AND IFNULL(code, 0) = ?3 AND IFNULL(vendor_code_norm, '') = ?4",
            )?,
            same_phrase: conn.prepare(
                "SELECT id, code, message FROM variant
                  WHERE vendor_id = ?1 AND phrase_norm = ?2 AND vendor_code IS NULL",
            )?,
            insert: conn.prepare(
                "INSERT INTO variant(vendor_id, code, vendor_code, vendor_code_norm,
                                     phrase, phrase_norm, category, side, retry, message,
                                     import_id, source, applies_to, confidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            )?,
            update: conn.prepare(
                "UPDATE variant SET vendor_code = ?2, phrase = ?3, category = ?4, side = ?5,
                        retry = ?6, message = ?7, import_id = ?8, source = ?9, applies_to = ?10,
                        confidence = ?11 WHERE id = ?1",
            )?,
            texts: conn.prepare("SELECT locale, ftl FROM variant_text WHERE variant_id = ?1")?,
            upsert_text: conn.prepare(
                "INSERT INTO variant_text(variant_id, locale, ftl) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO UPDATE SET ftl = excluded.ftl",
            )?,
            unindex: conn.prepare("DELETE FROM search WHERE rowid BETWEEN ?1 AND ?2")?,
            index: conn
                .prepare("INSERT INTO search(rowid, body, stems, shown) VALUES (?1, ?2, ?3, ?4)")?,
        })
    }
}
