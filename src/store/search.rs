//! The search index (`search`, an FTS5 table; see migrations/0004_search.sql): writing an
//! entry's documents inside an import run, and querying them.

use super::Store;
use super::apply::Apply;
use crate::error::Result;
use crate::i18n::Locale;
use rusqlite::params;

/// Whose documents: a vendor variant (by row id) or a canonical code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocOwner {
    /// A vendor variant.
    Variant(i64),
    /// A canonical code.
    Code(u16),
}

impl DocOwner {
    /// The rowid of this owner's document in `locale`.
    fn rowid(self, locale: Locale) -> i64 {
        let l = Locale::ALL.iter().position(|&x| x == locale).unwrap_or(0) as i64;
        match self {
            DocOwner::Variant(id) => id * 4 + l,
            DocOwner::Code(code) => -(i64::from(code) * 4 + l),
        }
    }

    fn from_rowid(rowid: i64) -> (DocOwner, Locale) {
        let (owner, l) = if rowid < 0 {
            let r = -rowid;
            (DocOwner::Code((r / 4) as u16), r % 4)
        } else {
            (DocOwner::Variant(rowid / 4), rowid % 4)
        };
        (owner, Locale::ALL[(l as usize).min(2)])
    }
}

/// A document that matched.
#[derive(Debug, Clone)]
pub struct RawHit {
    /// Whose document.
    pub owner: DocOwner,
    /// Its locale.
    pub locale: Locale,
    /// Its texts as written, one per line.
    pub shown: String,
    /// For a variant: vendor slug, SIP code, device code, phrase. For a code: its reason.
    pub vendor: Option<String>,
    /// The SIP code.
    pub code: Option<u16>,
    /// The device code.
    pub vendor_code: Option<String>,
    /// The phrase (or IANA reason).
    pub phrase: String,
}

impl RawHit {
    /// Whether this is a canonical code's document.
    pub fn code_doc(&self) -> bool {
        matches!(self.owner, DocOwner::Code(_))
    }
}

impl Apply<'_> {
    /// Drops an entry's documents, before a changed entry is indexed again.
    pub fn unindex(&mut self, owner: DocOwner) -> Result<()> {
        let (lo, hi) = (owner.rowid(Locale::En), owner.rowid(Locale::Zh));
        self.stmts
            .unindex
            .execute(params![lo.min(hi), lo.max(hi)])?;
        Ok(())
    }

    /// Writes an entry's documents (one per locale given); the entry must have none yet (a new
    /// row, or one [`Apply::unindex`] cleared). Only a new row skips the DELETE, and that
    /// matters: a DELETE on an FTS5 table opens a statement savepoint, and FTS5 flushes its
    /// whole pending-term buffer to disk at every savepoint, which made an import index
    /// 20 times slower than one that only inserts.
    /// Each document is its three columns as the search module makes them: the folded
    /// `body`, the `stems`, and the texts as `shown`.
    pub fn index<'d>(
        &mut self,
        owner: DocOwner,
        docs: impl IntoIterator<Item = (Locale, [&'d str; 3])>,
    ) -> Result<()> {
        for (locale, [body, stems, shown]) in docs {
            self.stmts
                .index
                .execute(params![owner.rowid(locale), body, stems, shown])?;
        }
        Ok(())
    }

    /// Drops the canonical codes' documents (before the registry is loaded again).
    pub(super) fn unindex_codes(&self) -> Result<()> {
        self.tx()
            .execute("DELETE FROM search WHERE rowid < 0", [])?;
        Ok(())
    }

    /// Drops the user-imported variants' documents (before they are all indexed again).
    pub fn unindex_imported(&self) -> Result<()> {
        self.tx().execute(
            "DELETE FROM search WHERE rowid >= 0 AND rowid / 4 IN
               (SELECT va.id FROM variant va JOIN vendor ve ON ve.id = va.vendor_id
                 WHERE NOT ve.builtin)",
            [],
        )?;
        Ok(())
    }

    /// The user-imported variants, for rebuilding their documents.
    pub fn imported_variants(&self) -> Result<Vec<StoredVariant>> {
        let mut stmt = self.tx().prepare(
            "SELECT va.id, ve.slug, ve.name, va.code, va.vendor_code, va.phrase, va.message
               FROM variant va JOIN vendor ve ON ve.id = va.vendor_id WHERE NOT ve.builtin",
        )?;
        let mut texts = self
            .tx()
            .prepare("SELECT locale, ftl FROM variant_text WHERE variant_id = ?1")?;
        let mut out = Vec::new();
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let own = texts
                .query_map([id], |t| Ok((t.get(0)?, t.get(1)?)))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            out.push(StoredVariant {
                id,
                slug: r.get(1)?,
                name: r.get(2)?,
                code: r.get(3)?,
                vendor_code: r.get(4)?,
                phrase: r.get(5)?,
                message: r.get(6)?,
                own,
            });
        }
        Ok(out)
    }
}

/// A stored variant with its own texts.
#[derive(Debug, Clone)]
pub struct StoredVariant {
    /// Row id.
    pub id: i64,
    /// Vendor slug.
    pub slug: String,
    /// Vendor name as stored.
    pub name: String,
    /// SIP code.
    pub code: Option<u16>,
    /// Device code.
    pub vendor_code: Option<String>,
    /// Phrase.
    pub phrase: String,
    /// Message id.
    pub message: String,
    /// Own texts: (locale tag, FTL).
    pub own: Vec<(String, String)>,
}

impl Store {
    /// The first `limit` documents matching an FTS5 expression, in store order (canonical
    /// codes, then variants as they were imported); with `vendor`, only its variants. They
    /// are ranked by the caller (see `search::MAX_CANDIDATES` for why not by BM25 here).
    /// The distinct (code, vendor slug, phrase) of the entries whose documents match `expr`, in
    /// store order, at most `limit`: the candidates for neighbours by meaning, without the
    /// documents' texts (ranking those in Rust is the cost of a search; a neighbour is judged
    /// by its phrase alone).
    pub fn search_phrases(&self, expr: &str, limit: usize) -> Result<Vec<PhraseHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT IFNULL(va.code, c.code), ve.slug, IFNULL(va.phrase, c.reason)
               FROM search s
               LEFT JOIN variant va ON s.rowid >= 0 AND va.id = s.rowid / 4
               LEFT JOIN vendor ve ON ve.id = va.vendor_id
               LEFT JOIN code c ON s.rowid < 0 AND c.code = (-s.rowid) / 4
              WHERE search MATCH ?1
              ORDER BY s.rowid LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![expr, limit as i64], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get::<_, Option<String>>(2)?.unwrap_or_default(),
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn search_docs(
        &self,
        expr: &str,
        vendor: Option<&str>,
        limit: usize,
    ) -> Result<Vec<RawHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.rowid, s.shown,
                    ve.slug, IFNULL(va.code, c.code), va.vendor_code, IFNULL(va.phrase, c.reason)
               FROM search s
               LEFT JOIN variant va ON s.rowid >= 0 AND va.id = s.rowid / 4
               LEFT JOIN vendor ve ON ve.id = va.vendor_id
               LEFT JOIN code c ON s.rowid < 0 AND c.code = (-s.rowid) / 4
              WHERE search MATCH ?1 AND (?2 IS NULL OR ve.slug = ?2)
              ORDER BY s.rowid LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![expr, vendor, limit as i64], |r| {
            let (owner, locale) = DocOwner::from_rowid(r.get(0)?);
            let shown: String = r.get(1)?;
            Ok(RawHit {
                owner,
                locale,
                shown,
                vendor: r.get(2)?,
                code: r.get(3)?,
                vendor_code: r.get(4)?,
                phrase: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// An entry found by [`Store::search_phrases`]: its code, vendor slug (none for a canonical
/// code) and phrase.
pub type PhraseHit = (Option<u16>, Option<String>, String);
