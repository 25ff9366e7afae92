//! Writes: the canonical registry, vendor lists, provenance. Each call is one transaction.

use super::Store;
use crate::error::Result;
use crate::model::{CodeEntry, Source, VendorList};
use crate::phrase::normalize_phrase;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

impl Store {
    /// Replaces the canonical registry and every built-in vendor list in one transaction,
    /// and records `fingerprint`. Imported (non-built-in) lists are left as they are. Nothing
    /// is written when another process recorded the same fingerprint first.
    pub fn refresh_builtin(
        &mut self,
        codes: &[CodeEntry],
        lists: &[(VendorList, Source)],
        fingerprint: &str,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let current: Option<String> = tx
            .query_row("SELECT value FROM meta WHERE key = 'builtin'", [], |r| {
                r.get(0)
            })
            .optional()?;
        if current.as_deref() == Some(fingerprint) {
            return Ok(());
        }
        replace_codes(&tx, codes)?;
        tx.execute("DELETE FROM vendor WHERE builtin = 1", [])?;
        for (list, source) in lists {
            insert_list(&tx, list, source)?;
        }
        tx.execute(
            "DELETE FROM import WHERE id NOT IN (SELECT import_id FROM vendor)",
            [],
        )?;
        tx.execute(
            "INSERT INTO meta(key, value) VALUES ('builtin', ?1)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [fingerprint],
        )?;
        tx.commit()?;
        Ok(())
    }
}

fn replace_codes(tx: &Transaction<'_>, codes: &[CodeEntry]) -> Result<()> {
    tx.execute("DELETE FROM code_alias", [])?;
    tx.execute("DELETE FROM code", [])?;
    let mut code_stmt = tx.prepare_cached(
        "INSERT INTO code(code, reason, wire, rfc, category, q850, retry, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut alias_stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO code_alias(code, phrase, phrase_norm) VALUES (?1, ?2, ?3)",
    )?;
    for c in codes {
        code_stmt.execute(params![
            c.code.get(),
            c.reason,
            c.wire,
            c.rfc.join(", "),
            c.category,
            c.q850,
            c.retry,
            c.message_id(),
        ])?;
        // The IANA phrase, the wire phrase and the aliases all match as the canonical entry.
        let spellings = std::iter::once(&c.reason).chain(&c.wire).chain(&c.aliases);
        for phrase in spellings {
            alias_stmt.execute(params![c.code.get(), phrase, normalize_phrase(phrase)])?;
        }
    }
    Ok(())
}

/// Inserts one vendor list with its provenance row. The vendor must not exist yet.
pub(super) fn insert_list(tx: &Transaction<'_>, list: &VendorList, source: &Source) -> Result<i64> {
    tx.execute(
        "INSERT INTO import(source, sha256, imported_at, builtin, variants)
         VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4)",
        params![
            source.name,
            source.sha256,
            source.builtin,
            list.variants.len() as i64
        ],
    )?;
    let import_id = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO vendor(slug, name, note, builtin, import_id) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![list.slug, list.name, list.note, source.builtin, import_id],
    )?;
    let vendor_id = tx.last_insert_rowid();
    let mut variant = tx.prepare_cached(
        "INSERT INTO variant(vendor_id, code, vendor_code, vendor_code_norm, phrase, phrase_norm,
                             category, message, import_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for v in &list.variants {
        variant.execute(params![
            vendor_id,
            v.code.map(|c| c.get()),
            v.vendor_code,
            v.vendor_code.as_deref().map(str::to_lowercase),
            v.phrase,
            normalize_phrase(&v.phrase),
            v.category,
            v.message,
            import_id,
        ])?;
    }
    let mut note = tx.prepare_cached(
        "INSERT INTO class_note(vendor_id, class, message, import_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for n in &list.class_notes {
        note.execute(params![vendor_id, n.class.digit(), n.message, import_id])?;
    }
    let mut text = tx.prepare_cached(
        "INSERT INTO message_text(message, locale, ftl, vendor_id) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(message, locale) DO UPDATE SET ftl = excluded.ftl, vendor_id = excluded.vendor_id",
    )?;
    for (message, locale, ftl) in &list.texts {
        text.execute(params![message, locale, ftl, vendor_id])?;
    }
    Ok(vendor_id)
}
