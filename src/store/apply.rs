//! Applying a list to the store: one write transaction per run, entry by entry, so that a
//! million-row CSV streams through without being held in memory. The entries themselves are
//! in `entries.rs`; this module holds the run, its files and its vendors.

use super::Store;
use super::seen::SeenMap;
use super::statements::Statements;
use crate::error::Result;
use crate::i18n::Locale;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use rustc_hash::FxHashSet;

/// One field that an entry changes.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldChange {
    /// `phrase`, `category`, `message`, `vendor_code`, `name`, `note`, or `text.<locale>`.
    pub field: String,
    /// The value before (none when the field was empty).
    pub old: Option<String>,
    /// The value after (none when the field is removed).
    pub new: Option<String>,
}

/// What applying one entry did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applied {
    /// A new entry.
    Added,
    /// An existing entry with these changes.
    Changed(Vec<FieldChange>),
    /// Already as in the file.
    Unchanged,
    /// The same entry came earlier in this run, at (file index, line).
    Duplicate(usize, usize),
    /// The same phrase came earlier in this run under another code, at (code, file index,
    /// line), and one of the two rows has no explanation of its own.
    Clash(u16, usize, usize),
    /// The entry names a message with no text anywhere.
    NoText,
}

/// A vendor as the run sees it.
#[derive(Debug, Clone)]
pub struct VendorSlot {
    /// Row id.
    pub id: i64,
    /// Whether the vendor had no entries before this run (so nothing needs comparing).
    pub fresh: bool,
    /// Whether the vendor is new in this run.
    pub created: bool,
    /// Its name as stored.
    pub name: String,
    /// Set when loading built-in lists and the slug is locally maintained or was removed:
    /// the built-in entries are then left out.
    pub skip: bool,
}

/// An open import run. Dropping it without [`Apply::commit`] rolls everything back.
pub struct Apply<'a> {
    // Declared before `tx`: the statements are finalized before the transaction ends.
    pub(super) stmts: Statements<'a>,
    tx: Transaction<'a>,
    pub(super) import_id: i64,
    pub(super) builtin: bool,
    /// Where this run saw each variant and class note it wrote, by row id: duplicates and
    /// `--replace` need it. Kept in memory (12 bytes a new row) rather than in a temporary
    /// table, which cost a B-tree insert per row.
    pub(super) seen_variants: SeenMap,
    pub(super) seen_notes: SeenMap,
    /// Hashes of (vendor, normalized phrase) of this run's variants without a device code. A
    /// phrase not in here cannot clash with an earlier row, so the clash query runs only for
    /// the few that are.
    pub(super) phrases: FxHashSet<u64>,
}

/// An entry's texts: (locale, Fluent source).
pub type EntryTexts<'t> = &'t [(Locale, String)];

impl Store {
    /// Starts an import run: takes the write lock now (IMMEDIATE), so that validation and
    /// writes see one state of the store.
    pub fn begin_apply(&mut self) -> Result<Apply<'_>> {
        self.writable()?;
        // The run may replace the Q.850 tables (a built-in refresh).
        self.q850_memo.get_mut().take();
        // An unchecked transaction borrows the connection shared, so that the run can hold its
        // prepared statements next to it; `&mut self` still keeps anything else out.
        let conn = &self.conn;
        let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
        // A bigger page cache keeps the indexes of a large import in memory.
        tx.pragma_update(None, "cache_size", -65_536)?;
        Ok(Apply {
            stmts: Statements::prepare(conn)?,
            tx,
            import_id: 0,
            builtin: false,
            seen_variants: SeenMap::default(),
            seen_notes: SeenMap::default(),
            phrases: FxHashSet::default(),
        })
    }
}

impl Apply<'_> {
    pub(super) fn tx(&self) -> &Transaction<'_> {
        &self.tx
    }

    /// Records the start of one file: a provenance row the entries point at. Returns its id.
    pub fn start_file(&mut self, source: &str, builtin: bool) -> Result<i64> {
        self.tx.execute(
            "INSERT INTO import(source, sha256, imported_at, builtin)
             VALUES (?1, '', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?2)",
            params![source, builtin],
        )?;
        self.import_id = self.tx.last_insert_rowid();
        self.builtin = builtin;
        Ok(self.import_id)
    }

    /// Completes a file's provenance row.
    pub fn finish_file(
        &mut self,
        import_id: i64,
        sha256: &str,
        counts: &Counts,
        vendors: &[String],
    ) -> Result<()> {
        self.tx.execute(
            "UPDATE import SET sha256 = ?2, vendors = ?3, variants = ?4, added = ?5, changed = ?6,
                    unchanged = ?7, removed = ?8, rejected = ?9 WHERE id = ?1",
            params![
                import_id,
                sha256,
                vendors.join(","),
                counts.rows as i64,
                counts.added as i64,
                counts.changed as i64,
                counts.unchanged as i64,
                counts.removed as i64,
                counts.rejected as i64
            ],
        )?;
        Ok(())
    }

    /// Finds or creates the vendor `slug`, applying the name and note when given. A user import
    /// into a built-in list makes the list locally maintained: refreshes of the built-in data
    /// leave it alone from then on.
    pub fn vendor(
        &mut self,
        slug: &str,
        name: Option<&str>,
        note: Option<&str>,
    ) -> Result<(VendorSlot, Vec<FieldChange>)> {
        let found: Option<(i64, String, Option<String>, bool)> = self
            .tx
            .query_row(
                "SELECT id, name, note, builtin FROM vendor WHERE slug = ?1",
                [slug],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        if self.builtin {
            let removed: bool = self.tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM removed_builtin WHERE slug = ?1)",
                [slug],
                |r| r.get(0),
            )?;
            if removed || found.as_ref().is_some_and(|f| !f.3) {
                let slot = VendorSlot {
                    id: found.map_or(0, |f| f.0),
                    fresh: false,
                    created: false,
                    name: slug.to_string(),
                    skip: true,
                };
                return Ok((slot, Vec::new()));
            }
        }
        let Some((id, old_name, old_note, builtin)) = found else {
            self.tx.execute(
                "INSERT INTO vendor(slug, name, note, builtin, import_id) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![slug, name.unwrap_or(slug), note, self.builtin, self.import_id],
            )?;
            let slot = VendorSlot {
                id: self.tx.last_insert_rowid(),
                fresh: true,
                created: true,
                name: name.unwrap_or(slug).to_string(),
                skip: false,
            };
            return Ok((slot, Vec::new()));
        };
        let mut changes = Vec::new();
        diff(
            &mut changes,
            "name",
            Some(old_name.as_str()),
            name.or(Some(&old_name)),
        );
        diff(
            &mut changes,
            "note",
            old_note.as_deref(),
            note.or(old_note.as_deref()),
        );
        if builtin && !self.builtin {
            changes.push(FieldChange {
                field: "builtin".into(),
                old: Some("true".into()),
                new: Some("false".into()),
            });
        }
        self.tx.execute(
            "UPDATE vendor SET name = IFNULL(?2, name), note = IFNULL(?3, note),
                    builtin = builtin AND ?4, import_id = ?5 WHERE id = ?1",
            params![id, name, note, self.builtin, self.import_id],
        )?;
        let any: bool = self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM variant WHERE vendor_id = ?1)
                 OR EXISTS (SELECT 1 FROM class_note WHERE vendor_id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        let slot = VendorSlot {
            id,
            fresh: !any,
            created: false,
            name: name.map_or(old_name, String::from),
            skip: false,
        };
        Ok((slot, changes))
    }

    /// Makes the run durable.
    pub fn commit(self) -> Result<()> {
        let Apply { stmts, tx, .. } = self;
        drop(stmts);
        tx.commit()?;
        Ok(())
    }

    /// Undoes the whole run (a dry run, or a run with problems).
    pub fn rollback(self) -> Result<()> {
        let Apply { stmts, tx, .. } = self;
        drop(stmts);
        tx.rollback()?;
        Ok(())
    }
}

/// Counts for one file's provenance row.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Entries read.
    pub rows: u64,
    /// Entries added.
    pub added: u64,
    /// Entries changed.
    pub changed: u64,
    /// Entries already as in the file.
    pub unchanged: u64,
    /// Entries removed by `--replace`.
    pub removed: u64,
    /// Entries rejected (with `--skip-invalid`).
    pub rejected: u64,
}

pub(super) fn diff(out: &mut Vec<FieldChange>, field: &str, old: Option<&str>, new: Option<&str>) {
    if old != new {
        out.push(FieldChange {
            field: field.to_string(),
            old: old.map(String::from),
            new: new.map(String::from),
        });
    }
}

pub(super) fn merge(result: Applied, mut texts: Vec<FieldChange>) -> Applied {
    match result {
        Applied::Changed(mut fields) => {
            fields.append(&mut texts);
            if fields.is_empty() {
                Applied::Unchanged
            } else {
                Applied::Changed(fields)
            }
        }
        other => other,
    }
}
