//! Writes besides entry-by-entry imports: the canonical registry and the built-in lists'
//! fingerprint, removing a vendor, preparing a restore. All run inside an [`Apply`]
//! transaction, except [`Store::remove_vendor`], which is its own.

use super::Store;
use super::apply::Apply;
use crate::error::{Error, Result};
use crate::model::CodeEntry;
use crate::phrase::normalize_phrase;
use rusqlite::{OptionalExtension, TransactionBehavior, params};

impl Apply<'_> {
    /// Whether the database's `meta` value for `key` is other than `value` (read under the
    /// run's write lock: another process may have refreshed it meanwhile).
    pub fn meta_differs(&self, key: &str, value: &str) -> Result<bool> {
        let current: Option<String> = self
            .tx()
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?;
        Ok(current.as_deref() != Some(value))
    }

    /// Records a `meta` value (the fingerprint of the built-in data now loaded, the version of
    /// the derived columns).
    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.tx().execute(
            "INSERT INTO meta(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// Normalizes every variant's phrase again (after [`crate::phrase::NORMALIZATION`]
    /// changed). A phrase that now collides with another of its vendor keeps its old form.
    pub fn renormalize(&self) -> Result<()> {
        let tx = self.tx();
        let mut read = tx.prepare("SELECT id, phrase, phrase_norm FROM variant")?;
        let mut update =
            tx.prepare("UPDATE OR IGNORE variant SET phrase_norm = ?2 WHERE id = ?1")?;
        let mut rows = read.query([])?;
        while let Some(r) = rows.next()? {
            let (id, phrase, old): (i64, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
            let new = normalize_phrase(&phrase);
            if new != old {
                update.execute(params![id, new])?;
            }
        }
        Ok(())
    }

    /// Replaces the canonical registry, and deletes the built-in lists so that they can be
    /// loaded again. Locally maintained lists (imported over a built-in one) stay.
    pub fn replace_builtin(&self, codes: &[CodeEntry]) -> Result<()> {
        self.unindex_codes()?;
        let tx = self.tx();
        tx.execute("DELETE FROM code_alias", [])?;
        tx.execute("DELETE FROM code", [])?;
        let mut code_stmt = tx.prepare_cached(
            "INSERT INTO code(code, reason, wire, rfc, category, q850, retry, side, message)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
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
                c.side,
                c.message_id(),
            ])?;
            // The IANA phrase, the wire phrase and the aliases all match as the canonical entry.
            let spellings = std::iter::once(&c.reason).chain(&c.wire).chain(&c.aliases);
            for phrase in spellings {
                alias_stmt.execute(params![c.code.get(), phrase, normalize_phrase(phrase)])?;
            }
        }
        tx.execute("DELETE FROM vendor WHERE builtin = 1", [])?;
        Ok(())
    }

    /// Before restoring built-in list `slug`: forgets that it was removed, and deletes a
    /// locally maintained list of that slug.
    pub fn prepare_restore(&self, slug: &str) -> Result<()> {
        self.tx()
            .execute("DELETE FROM removed_builtin WHERE slug = ?1", [slug])?;
        self.tx()
            .execute("DELETE FROM vendor WHERE slug = ?1", [slug])?;
        Ok(())
    }

    /// Records a restore in the provenance log.
    pub fn log_restore(&self, slugs: &[String]) -> Result<()> {
        self.tx().execute(
            "INSERT INTO import(source, sha256, imported_at, builtin, action, vendors)
             VALUES ('builtin', '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 1, 'restore', ?1)",
            [slugs.join(",")],
        )?;
        Ok(())
    }
}

impl Store {
    /// Deletes vendor `slug` with its entries and texts, and logs it. A built-in list
    /// (`builtin_slug`) stays removed: refreshes of the built-in data skip it until a restore.
    /// Returns the number of entries removed.
    pub fn remove_vendor(&mut self, slug: &str, builtin_slug: bool) -> Result<u64> {
        self.writable()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id: Option<i64> = tx
            .query_row("SELECT id FROM vendor WHERE slug = ?1", [slug], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(id) = id else {
            return Err(Error::UnknownVendor(slug.to_string()));
        };
        let n: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM variant WHERE vendor_id = ?1)
                  + (SELECT count(*) FROM class_note WHERE vendor_id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        tx.execute("DELETE FROM vendor WHERE id = ?1", [id])?;
        if builtin_slug {
            tx.execute(
                "INSERT OR IGNORE INTO removed_builtin(slug) VALUES (?1)",
                [slug],
            )?;
        }
        tx.execute(
            "INSERT INTO import(source, sha256, imported_at, action, vendors, removed)
             VALUES ('remove', '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 'remove', ?1, ?2)",
            params![slug, n],
        )?;
        tx.commit()?;
        Ok(n as u64)
    }
}
