//! The entries of an import run: variants, class notes and their texts. Each entry is compared
//! with what the store holds (added, changed field by field, unchanged). Duplicates inside the
//! run are found through the unique index `variant_key` and the run's in-memory record of the
//! rows it wrote; the hot statements are prepared once per run.

use super::apply::{Applied, Apply, EntryTexts, FieldChange, VendorSlot, diff, merge};
use super::seen::Seen;
use crate::error::Result;
use crate::model::{NewClassNote, NewVariant, SipCode};
use crate::phrase::normalize_phrase;
use rusqlite::{OptionalExtension, params};
use std::collections::HashMap;
use std::hash::BuildHasher;

/// The stored fields of a variant, in [`VARIANT_FIELDS`] order.
type Fields = [Option<String>; 9];
const VARIANT_FIELDS: [&str; 9] = [
    "vendor_code",
    "phrase",
    "category",
    "side",
    "retry",
    "message",
    "source",
    "applies_to",
    "confidence",
];

impl Apply<'_> {
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
    ) -> Result<(Applied, i64)> {
        let norm = normalize_phrase(&v.phrase);
        let code = v.code.map(SipCode::get);
        let vc_norm = v.vendor_code.as_deref().map(str::to_lowercase);
        // A vendor new to the store has nothing to compare with: its duplicates are left to
        // the unique index (that is what makes a large first import fast).
        let existing = if vendor.fresh {
            None
        } else {
            self.find(vendor.id, &norm, code, vc_norm.as_deref())?
        };
        if let Some(first) = existing.as_ref().and_then(|e| self.seen_variants.get(e.0)) {
            return Ok((
                Applied::Duplicate(first.file as usize, first.line as usize),
                0,
            ));
        }
        if v.vendor_code.is_none()
            && let Some(code) = code
            && let Some((other, seen, other_message)) = self.clash(vendor.id, &norm, code)?
            && (!own || !seen.own || other_message == v.message)
        {
            let at = (seen.file as usize, seen.line as usize);
            return Ok((Applied::Clash(other, at.0, at.1), 0));
        }
        if needs_text && texts.is_empty() {
            let has = match &existing {
                Some((id, _)) => !self.stored(Owner::Variant, *id)?.is_empty(),
                None => false,
            };
            if !has {
                return Ok((Applied::NoText, 0));
            }
        }
        let (id, result) = match existing {
            None => {
                let inserted = self.stmts.insert.execute(params![
                    vendor.id,
                    code,
                    v.vendor_code,
                    vc_norm,
                    v.phrase,
                    norm,
                    v.category,
                    v.side,
                    v.retry,
                    v.message,
                    self.import_id,
                    v.provenance.source,
                    v.provenance.applies_to,
                    v.provenance.confidence
                ]);
                match inserted {
                    Ok(_) => (self.tx().last_insert_rowid(), Applied::Added),
                    Err(e)
                        if e.sqlite_error_code()
                            == Some(rusqlite::ErrorCode::ConstraintViolation) =>
                    {
                        let first = self
                            .find(vendor.id, &norm, code, vc_norm.as_deref())?
                            .and_then(|(id, _)| self.seen_variants.get(id));
                        let Some(first) = first else {
                            return Err(e.into());
                        };
                        return Ok((
                            Applied::Duplicate(first.file as usize, first.line as usize),
                            0,
                        ));
                    }
                    Err(e) => return Err(e.into()),
                }
            }
            Some((id, old)) => {
                let new = [
                    v.vendor_code.as_deref(),
                    Some(v.phrase.as_str()),
                    Some(v.category.as_str()),
                    v.side.as_deref(),
                    v.retry.as_deref(),
                    Some(v.message.as_str()),
                    v.provenance.source.as_deref(),
                    v.provenance.applies_to.as_deref(),
                    v.provenance.confidence.as_deref(),
                ];
                let mut changes = Vec::new();
                for (i, name) in VARIANT_FIELDS.iter().enumerate() {
                    diff(&mut changes, name, old[i].as_deref(), new[i]);
                }
                if !changes.is_empty() {
                    self.stmts.update.execute(params![
                        id,
                        v.vendor_code,
                        v.phrase,
                        v.category,
                        v.side,
                        v.retry,
                        v.message,
                        self.import_id,
                        v.provenance.source,
                        v.provenance.applies_to,
                        v.provenance.confidence
                    ])?;
                }
                (id, Applied::Changed(changes))
            }
        };
        self.seen_variants.insert(id, Seen::new(at, own));
        if v.vendor_code.is_none() {
            self.phrases.insert(phrase_key(vendor.id, &norm));
        }
        let added = result == Applied::Added;
        let text_changes = self.texts(Owner::Variant, id, texts, added, replace)?;
        Ok((merge(result, text_changes), id))
    }

    /// The variant with this identity, with its stored fields.
    fn find(
        &mut self,
        vendor: i64,
        norm: &str,
        code: Option<u16>,
        vc_norm: Option<&str>,
    ) -> Result<Option<(i64, Fields)>> {
        let key = params![vendor, norm, code.unwrap_or(0), vc_norm.unwrap_or("")];
        Ok(self
            .stmts
            .find
            .query_row(key, |r| {
                Ok((
                    r.get(0)?,
                    [
                        r.get(1)?,
                        Some(r.get(2)?),
                        Some(r.get(3)?),
                        r.get(4)?,
                        r.get(5)?,
                        Some(r.get(6)?),
                        r.get(7)?,
                        r.get(8)?,
                        r.get(9)?,
                    ],
                ))
            })
            .optional()?)
    }

    /// A variant of this run with the same phrase under another code (and no device code):
    /// (its code, where it was seen, its message).
    fn clash(&mut self, vendor: i64, norm: &str, code: u16) -> Result<Option<(u16, Seen, String)>> {
        if !self.phrases.contains(&phrase_key(vendor, norm)) {
            return Ok(None);
        }
        let mut rows = self.stmts.same_phrase.query(params![vendor, norm])?;
        while let Some(r) = rows.next()? {
            let (id, other): (i64, Option<u16>) = (r.get(0)?, r.get(1)?);
            if let (Some(other), Some(seen)) = (other, self.seen_variants.get(id))
                && other != code
            {
                return Ok(Some((other, seen, r.get(2)?)));
            }
        }
        Ok(None)
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
        let existing: Option<(i64, String)> = self
            .tx()
            .query_row(
                "SELECT id, message FROM class_note WHERE vendor_id = ?1 AND class = ?2",
                params![vendor.id, n.class.digit()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        if let Some(first) = existing.as_ref().and_then(|e| self.seen_notes.get(e.0)) {
            return Ok(Applied::Duplicate(first.file as usize, first.line as usize));
        }
        if needs_text && texts.is_empty() {
            let has = match &existing {
                Some((id, _)) => !self.stored(Owner::Note, *id)?.is_empty(),
                None => false,
            };
            if !has {
                return Ok(Applied::NoText);
            }
        }
        let (id, result) = match existing {
            Some((id, message)) => {
                let mut changes = Vec::new();
                diff(&mut changes, "message", Some(&message), Some(&n.message));
                self.tx().execute(
                    "UPDATE class_note SET message = ?2, import_id = ?3 WHERE id = ?1",
                    params![id, n.message, self.import_id],
                )?;
                (id, Applied::Changed(changes))
            }
            None => {
                self.tx().execute(
                    "INSERT INTO class_note(vendor_id, class, message, import_id)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![vendor.id, n.class.digit(), n.message, self.import_id],
                )?;
                (self.tx().last_insert_rowid(), Applied::Added)
            }
        };
        self.seen_notes.insert(id, Seen::new(at, true));
        let added = result == Applied::Added;
        let text_changes = self.texts(Owner::Note, id, texts, added, replace)?;
        Ok(merge(result, text_changes))
    }

    /// A variant's stored texts: (locale, FTL).
    pub fn variant_texts(&mut self, id: i64) -> Result<Vec<(String, String)>> {
        Ok(self.stored(Owner::Variant, id)?.into_iter().collect())
    }

    /// An entry's stored texts, by locale.
    fn stored(&mut self, owner: Owner, id: i64) -> Result<HashMap<String, String>> {
        let read = |r: &rusqlite::Row<'_>| -> rusqlite::Result<(String, String)> {
            Ok((r.get(0)?, r.get(1)?))
        };
        let rows: rusqlite::Result<HashMap<String, String>> = match owner {
            Owner::Variant => self.stmts.texts.query_map([id], read)?.collect(),
            Owner::Note => self
                .tx()
                .prepare_cached("SELECT locale, ftl FROM class_note_text WHERE note_id = ?1")?
                .query_map([id], read)?
                .collect(),
        };
        Ok(rows?)
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
        let mut old = if added {
            HashMap::new()
        } else {
            self.stored(owner, id)?
        };
        let mut changes = Vec::new();
        for (locale, ftl) in texts {
            let before = old.remove(locale.as_str());
            if before.as_deref() == Some(ftl.as_str()) {
                continue;
            }
            match owner {
                Owner::Variant => self
                    .stmts
                    .upsert_text
                    .execute(params![id, locale.as_str(), ftl]),
                Owner::Note => self
                    .tx()
                    .prepare_cached(
                        "INSERT INTO class_note_text(note_id, locale, ftl) VALUES (?1, ?2, ?3)
                         ON CONFLICT DO UPDATE SET ftl = excluded.ftl",
                    )?
                    .execute(params![id, locale.as_str(), ftl]),
            }?;
            if !added {
                changes.push(FieldChange {
                    field: format!("text.{locale}"),
                    old: before,
                    new: Some(ftl.clone()),
                });
            }
        }
        if replace {
            let (table, col) = owner.table();
            for (locale, ftl) in old {
                self.tx().execute(
                    &format!("DELETE FROM {table} WHERE {col} = ?1 AND locale = ?2"),
                    params![id, locale],
                )?;
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

    /// With `--replace`: deletes the vendor's entries this run did not see, returning them as
    /// (code or class, device code, phrase) for the report, at most `keep` of them; the second
    /// value is how many were deleted.
    pub fn remove_unseen(
        &mut self,
        vendor: &VendorSlot,
        keep: usize,
    ) -> Result<(Vec<Removed>, u64)> {
        let mut unseen = Vec::new();
        {
            let mut stmt = self.tx().prepare(
                "SELECT id, 0, code, vendor_code, phrase FROM variant WHERE vendor_id = ?1
                 UNION ALL
                 SELECT id, 1, NULL, NULL, class || 'xx' FROM class_note WHERE vendor_id = ?1",
            )?;
            let mut rows = stmt.query([vendor.id])?;
            while let Some(r) = rows.next()? {
                let (id, note): (i64, bool) = (r.get(0)?, r.get(1)?);
                let seen = if note {
                    &self.seen_notes
                } else {
                    &self.seen_variants
                };
                if !seen.contains(id) {
                    let removed = Removed {
                        code: r.get(2)?,
                        vendor_code: r.get(3)?,
                        phrase: r.get(4)?,
                    };
                    unseen.push((id, note, removed));
                }
            }
        }
        let n = unseen.len() as u64;
        let mut shown = Vec::new();
        for (id, note, removed) in unseen {
            let sql = if note {
                "DELETE FROM class_note WHERE id = ?1"
            } else {
                "DELETE FROM variant WHERE id = ?1"
            };
            self.tx().prepare_cached(sql)?.execute([id])?;
            if shown.len() < keep {
                shown.push(removed);
            }
        }
        Ok((shown, n))
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

/// The key of [`Apply::phrases`]: a hash of (vendor, normalized phrase).
fn phrase_key(vendor: i64, norm: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one((vendor, norm))
}
