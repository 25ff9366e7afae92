//! Applying a list to the store: one write transaction per run, entry by entry, so that a
//! million-row CSV streams through without being held in memory. Each entry is compared with
//! what the store holds (added, changed field by field, unchanged); duplicates inside the run
//! are found through the unique index and a temporary table of the rows the run has touched.

use super::Store;
use crate::error::Result;
use crate::i18n::Locale;
use crate::model::{NewClassNote, NewVariant, SipCode};
use crate::phrase::normalize_phrase;
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::collections::HashMap;

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
    tx: Transaction<'a>,
    import_id: i64,
    builtin: bool,
}

/// An entry's texts: (locale, Fluent source).
pub type EntryTexts<'t> = &'t [(Locale, String)];

impl Store {
    /// Starts an import run: takes the write lock now (IMMEDIATE), so that validation and
    /// writes see one state of the store.
    pub fn begin_apply(&mut self) -> Result<Apply<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // A bigger page cache keeps the indexes of a large import in memory.
        tx.pragma_update(None, "cache_size", -131_072)?;
        tx.execute_batch(
            "CREATE TEMP TABLE IF NOT EXISTS seen_variant(
                 id INTEGER PRIMARY KEY, file INTEGER NOT NULL, line INTEGER NOT NULL,
                 own INTEGER NOT NULL);
             CREATE TEMP TABLE IF NOT EXISTS seen_note(
                 id INTEGER PRIMARY KEY, file INTEGER NOT NULL, line INTEGER NOT NULL);
             DELETE FROM seen_variant; DELETE FROM seen_note;",
        )?;
        Ok(Apply {
            tx,
            import_id: 0,
            builtin: false,
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

    /// Applies one variant. `own` says whether the row carries its own explanation (texts or
    /// an explicit message); `needs_text` that its message has no built-in text, so the
    /// variant must end up with texts of its own.
    #[allow(clippy::too_many_arguments)]
    pub fn variant(
        &mut self,
        vendor: &VendorSlot,
        v: &NewVariant,
        texts: EntryTexts<'_>,
        own: bool,
        needs_text: bool,
        replace: bool,
        at: (usize, usize),
    ) -> Result<Applied> {
        let norm = normalize_phrase(&v.phrase);
        let code = v.code.map(SipCode::get);
        let vc_norm = v.vendor_code.as_deref().map(str::to_lowercase);
        let key = params![
            vendor.id,
            norm,
            code.unwrap_or(0),
            vc_norm.clone().unwrap_or_default()
        ];
        let existing = if vendor.fresh {
            None
        } else {
            self.tx
                .prepare_cached(
                    "SELECT va.id, va.vendor_code, va.phrase, va.category, va.message,
                            s.file, s.line
                       FROM variant va LEFT JOIN seen_variant s ON s.id = va.id
                      WHERE va.vendor_id = ?1 AND va.phrase_norm = ?2
                        AND IFNULL(va.code, 0) = ?3 AND IFNULL(va.vendor_code_norm, '') = ?4",
                )?
                .query_row(key, |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        [
                            r.get::<_, Option<String>>(1)?,
                            Some(r.get::<_, String>(2)?),
                            Some(r.get::<_, String>(3)?),
                            Some(r.get::<_, String>(4)?),
                        ],
                        pair(r.get(5)?, r.get(6)?),
                    ))
                })
                .optional()?
        };
        if let Some((_, _, Some(first))) = existing {
            return Ok(Applied::Duplicate(first.0, first.1));
        }
        if v.vendor_code.is_none()
            && let Some(code) = code
            && let Some((other, file, line, other_own, other_message)) =
                self.clash(vendor.id, &norm, code)?
            && (!own || !other_own || other_message == v.message)
        {
            return Ok(Applied::Clash(other, file, line));
        }
        let existing_id = existing.as_ref().map(|e| e.0);
        if needs_text
            && texts.is_empty()
            && !existing_id.map_or(Ok(false), |id| self.has_texts(Owner::Variant, id))?
        {
            return Ok(Applied::NoText);
        }
        let (id, result) = match existing {
            None => {
                let inserted = self
                    .tx
                    .prepare_cached(
                        "INSERT INTO variant(vendor_id, code, vendor_code, vendor_code_norm,
                                             phrase, phrase_norm, category, message, import_id)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    )?
                    .execute(params![
                        vendor.id,
                        code,
                        v.vendor_code,
                        vc_norm,
                        v.phrase,
                        norm,
                        v.category,
                        v.message,
                        self.import_id
                    ]);
                match inserted {
                    Ok(_) => (self.tx.last_insert_rowid(), Applied::Added),
                    // A vendor new to the store is not looked up row by row (that is what makes
                    // a large first import fast); the unique index reports its duplicates.
                    Err(e)
                        if e.sqlite_error_code()
                            == Some(rusqlite::ErrorCode::ConstraintViolation) =>
                    {
                        let first: (usize, usize) = self.tx.query_row(
                            "SELECT s.file, s.line FROM variant va
                               JOIN seen_variant s ON s.id = va.id
                              WHERE va.vendor_id = ?1 AND va.phrase_norm = ?2
                                AND IFNULL(va.code, 0) = ?3
                                AND IFNULL(va.vendor_code_norm, '') = ?4",
                            key,
                            |r| Ok((r.get::<_, i64>(0)? as usize, r.get::<_, i64>(1)? as usize)),
                        )?;
                        return Ok(Applied::Duplicate(first.0, first.1));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Some((id, old, _)) => {
                let mut changes = Vec::new();
                let new = [
                    v.vendor_code.as_deref(),
                    Some(v.phrase.as_str()),
                    Some(v.category.as_str()),
                    Some(v.message.as_str()),
                ];
                for (i, name) in ["vendor_code", "phrase", "category", "message"]
                    .iter()
                    .enumerate()
                {
                    diff(&mut changes, name, old[i].as_deref(), new[i]);
                }
                if !changes.is_empty() {
                    self.tx
                        .prepare_cached(
                            "UPDATE variant SET vendor_code = ?2, phrase = ?3, category = ?4,
                                    message = ?5, import_id = ?6 WHERE id = ?1",
                        )?
                        .execute(params![
                            id,
                            v.vendor_code,
                            v.phrase,
                            v.category,
                            v.message,
                            self.import_id
                        ])?;
                }
                (id, Applied::Changed(changes))
            }
        };
        self.tx
            .prepare_cached(
                "INSERT INTO seen_variant(id, file, line, own) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, at.0 as i64, at.1 as i64, own])?;
        let text_changes =
            self.texts(Owner::Variant, id, texts, result == Applied::Added, replace)?;
        Ok(merge(result, text_changes))
    }

    /// Applies one class note (same rules as [`Apply::variant`]).
    pub fn note(
        &mut self,
        vendor: &VendorSlot,
        n: &NewClassNote,
        texts: EntryTexts<'_>,
        needs_text: bool,
        replace: bool,
        at: (usize, usize),
    ) -> Result<Applied> {
        let existing: Option<(i64, String, Option<At>)> = self
            .tx
            .query_row(
                "SELECT n.id, n.message, s.file, s.line FROM class_note n
                   LEFT JOIN seen_note s ON s.id = n.id WHERE n.vendor_id = ?1 AND n.class = ?2",
                params![vendor.id, n.class.digit()],
                |r| Ok((r.get(0)?, r.get(1)?, pair(r.get(2)?, r.get(3)?))),
            )
            .optional()?;
        if let Some((_, _, Some((file, line)))) = existing {
            return Ok(Applied::Duplicate(file, line));
        }
        if needs_text
            && texts.is_empty()
            && !existing
                .as_ref()
                .map_or(Ok(false), |e| self.has_texts(Owner::Note, e.0))?
        {
            return Ok(Applied::NoText);
        }
        let (id, result) = match existing {
            Some((id, message, _)) => {
                let mut changes = Vec::new();
                diff(&mut changes, "message", Some(&message), Some(&n.message));
                self.tx.execute(
                    "UPDATE class_note SET message = ?2, import_id = ?3 WHERE id = ?1",
                    params![id, n.message, self.import_id],
                )?;
                (id, Applied::Changed(changes))
            }
            None => {
                self.tx.execute(
                    "INSERT INTO class_note(vendor_id, class, message, import_id)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![vendor.id, n.class.digit(), n.message, self.import_id],
                )?;
                (self.tx.last_insert_rowid(), Applied::Added)
            }
        };
        self.tx.execute(
            "INSERT INTO seen_note(id, file, line) VALUES (?1, ?2, ?3)",
            params![id, at.0 as i64, at.1 as i64],
        )?;
        let text_changes = self.texts(Owner::Note, id, texts, result == Applied::Added, replace)?;
        Ok(merge(result, text_changes))
    }

    /// Writes an entry's texts. A locale the row has no text for keeps the stored text, unless
    /// `replace` says the file is the whole truth.
    fn texts(
        &mut self,
        owner: Owner,
        id: i64,
        texts: EntryTexts<'_>,
        added: bool,
        replace: bool,
    ) -> Result<Vec<FieldChange>> {
        let (table, col) = owner.table();
        let mut changes = Vec::new();
        let mut old: HashMap<String, String> = HashMap::new();
        if !added {
            let mut stmt = self
                .tx
                .prepare_cached(&format!("SELECT locale, ftl FROM {table} WHERE {col} = ?1"))?;
            for row in stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))? {
                let (l, f) = row?;
                old.insert(l, f);
            }
        }
        let mut upsert = self.tx.prepare_cached(&format!(
            "INSERT INTO {table}({col}, locale, ftl) VALUES (?1, ?2, ?3)
             ON CONFLICT DO UPDATE SET ftl = excluded.ftl"
        ))?;
        for (locale, ftl) in texts {
            let before = old.remove(locale.as_str());
            if before.as_deref() != Some(ftl.as_str()) {
                upsert.execute(params![id, locale.as_str(), ftl])?;
                if !added {
                    changes.push(FieldChange {
                        field: format!("text.{locale}"),
                        old: before,
                        new: Some(ftl.clone()),
                    });
                }
            }
        }
        if replace {
            let mut delete = self.tx.prepare_cached(&format!(
                "DELETE FROM {table} WHERE {col} = ?1 AND locale = ?2"
            ))?;
            for (locale, ftl) in old {
                delete.execute(params![id, locale])?;
                changes.push(FieldChange {
                    field: format!("text.{locale}"),
                    old: Some(ftl),
                    new: None,
                });
            }
        }
        changes.sort_by(|a, b| a.field.cmp(&b.field));
        Ok(changes)
    }

    /// A variant of this run with the same phrase under another code (and no device code).
    #[allow(clippy::type_complexity)]
    fn clash(
        &self,
        vendor: i64,
        norm: &str,
        code: u16,
    ) -> Result<Option<(u16, usize, usize, bool, String)>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT va.code, s.file, s.line, s.own, va.message
               FROM variant va JOIN seen_variant s ON s.id = va.id
              WHERE va.vendor_id = ?1 AND va.phrase_norm = ?2 AND va.vendor_code IS NULL",
        )?;
        let mut rows = stmt.query(params![vendor, norm])?;
        while let Some(r) = rows.next()? {
            let other: Option<u16> = r.get(0)?;
            if let Some(other) = other.filter(|&o| o != code) {
                return Ok(Some((
                    other,
                    r.get::<_, i64>(1)? as usize,
                    r.get::<_, i64>(2)? as usize,
                    r.get(3)?,
                    r.get(4)?,
                )));
            }
        }
        Ok(None)
    }

    fn has_texts(&self, owner: Owner, id: i64) -> Result<bool> {
        let (table, col) = owner.table();
        Ok(self.tx.query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE {col} = ?1)"),
            [id],
            |r| r.get(0),
        )?)
    }

    /// With `--replace`: deletes the vendor's entries this run did not see, returning them as
    /// (code or class, device code, phrase) for the report, at most `keep` of them; the second
    /// value is how many were deleted.
    pub fn remove_unseen(
        &mut self,
        vendor: &VendorSlot,
        keep: usize,
    ) -> Result<(Vec<Removed>, u64)> {
        let mut shown = Vec::new();
        {
            let mut stmt = self.tx.prepare_cached(
                "SELECT code, vendor_code, phrase FROM variant
                  WHERE vendor_id = ?1 AND id NOT IN (SELECT id FROM seen_variant)
                 UNION ALL
                 SELECT NULL, NULL, class FROM class_note
                  WHERE vendor_id = ?1 AND id NOT IN (SELECT id FROM seen_note)
                 LIMIT ?2",
            )?;
            let rows = stmt.query_map(params![vendor.id, keep as i64], |r| {
                Ok(Removed {
                    code: r.get(0)?,
                    vendor_code: r.get(1)?,
                    phrase: r.get::<_, rusqlite::types::Value>(2).map(|v| match v {
                        rusqlite::types::Value::Text(t) => t,
                        rusqlite::types::Value::Integer(i) => format!("{i}xx"),
                        _ => String::new(),
                    })?,
                })
            })?;
            for row in rows {
                shown.push(row?);
            }
        }
        let n = self.tx.execute(
            "DELETE FROM variant WHERE vendor_id = ?1 AND id NOT IN (SELECT id FROM seen_variant)",
            [vendor.id],
        )? + self.tx.execute(
            "DELETE FROM class_note WHERE vendor_id = ?1 AND id NOT IN (SELECT id FROM seen_note)",
            [vendor.id],
        )?;
        Ok((shown, n as u64))
    }

    /// Makes the run durable.
    pub fn commit(self) -> Result<()> {
        self.tx.commit()?;
        Ok(())
    }

    /// Undoes the whole run (a dry run, or a run with problems).
    pub fn rollback(self) -> Result<()> {
        self.tx.rollback()?;
        Ok(())
    }
}

/// An entry `--replace` removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// Its SIP code.
    pub code: Option<u16>,
    /// Its device code.
    pub vendor_code: Option<String>,
    /// Its phrase (`5xx` for a class note).
    pub phrase: String,
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

#[derive(Clone, Copy)]
enum Owner {
    Variant,
    Note,
}

impl Owner {
    fn table(self) -> (&'static str, &'static str) {
        match self {
            Owner::Variant => ("variant_text", "variant_id"),
            Owner::Note => ("class_note_text", "note_id"),
        }
    }
}

fn diff(out: &mut Vec<FieldChange>, field: &str, old: Option<&str>, new: Option<&str>) {
    if old != new {
        out.push(FieldChange {
            field: field.to_string(),
            old: old.map(String::from),
            new: new.map(String::from),
        });
    }
}

fn merge(result: Applied, mut texts: Vec<FieldChange>) -> Applied {
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

/// (file index, line) from two nullable columns.
fn pair(file: Option<i64>, line: Option<i64>) -> Option<(usize, usize)> {
    Some((file? as usize, line? as usize))
}

/// Where an entry was seen in this run: (file index, line).
type At = (usize, usize);
