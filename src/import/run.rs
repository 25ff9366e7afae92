//! One import run: every file is read as a stream of rows, each row validated and applied in
//! the run's single transaction. Problems are collected as they are found; at the end the run
//! commits only when there were none (or `--skip-invalid` says to), and never on a dry run.
//! Reading and validating a file, and building the text parts of its search documents, happen
//! on a second thread (`pipeline.rs`); everything that touches the database happens here, row
//! by row in file order.

use super::pipeline::{self, Checked, Prepared};
use super::problem::ProblemKind;
use super::raw::Style;
use super::report::{
    Action, EntryChange, FileReport, Format, ImportOptions, ImportReport, VendorReport,
};
use super::row::{Entry, Kind, validate};
use super::sink::Sink;
use crate::error::Result;
use crate::i18n::Catalog;
use crate::i18n::Locale;
use crate::input::{Input, Progress};
use crate::model::NewVariant;
use crate::search::{self, Doc, DocPart, DocSource, entry_docs, variant_names};
use crate::store::{Applied, Apply, Counts, DocOwner, VendorSlot};
use std::collections::HashMap;

/// The state of one vendor across the run.
struct VendorRun {
    slot: VendorSlot,
    /// Its name in en, ru and zh, for the search documents.
    names: [String; 3],
    /// The same as parts of a document.
    name_parts: [DocPart; 3],
    report: usize,
    name: Option<(String, String)>,
    note: Option<(String, String)>,
}

/// The state of one import run across its files.
struct Run<'r, 'a> {
    apply: &'r mut Apply<'a>,
    catalog: &'r Catalog,
    opts: &'r ImportOptions,
    /// The vendors seen so far, by slug.
    vendors: HashMap<String, VendorRun>,
    /// The names of the files read so far, by index.
    names: Vec<String>,
    report: ImportReport,
}

/// Runs an import of `inputs` inside `apply`. The caller commits or rolls back according to
/// the report.
pub(crate) fn run(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    inputs: &[Input],
    opts: &ImportOptions,
    builtin: bool,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<ImportReport> {
    let mut run = Run {
        apply,
        catalog,
        opts,
        vendors: HashMap::new(),
        names: Vec::new(),
        report: ImportReport {
            dry_run: opts.dry_run,
            ..ImportReport::default()
        },
    };
    let mut file_ids = Vec::new();
    for (fi, input) in inputs.iter().enumerate() {
        let name = input.name();
        run.names.push(name.clone());
        let mut sink = Sink::new(&name);
        let Some(opened) = pipeline::open(input, opts.format, &mut sink) else {
            // Nothing of the file could be read (its header, say): it is unreadable as a whole.
            run.report.problem_count += sink.total;
            run.report.problems.extend(sink.found);
            run.report.unreadable.push(name);
            continue;
        };
        let (format, total) = (opened.format, opened.total);
        let style = match format {
            Format::Toml => Style::Toml,
            Format::Csv => Style::Csv,
            Format::Json => Style::Json,
        };
        let import_id = run.apply.start_file(&name, builtin)?;
        let mut counts = Counts::default();
        let mut slugs: Vec<String> = Vec::new();
        let end = pipeline::each_row(opened, &name, style, |read| {
            // The row's problems of reading come first, then those of validating and applying.
            read.found.report(&mut sink);
            counts.rows += 1;
            if let Some(done) = read.done {
                progress(Progress {
                    file: &name,
                    done,
                    total,
                });
            }
            let before = sink.raised;
            let validated;
            let (entry, prepared) = match &read.row {
                Checked::Valid(entry, prepared) => (Some(entry), prepared.as_ref()),
                Checked::Invalid(raw) => {
                    validated = validate(raw, style, &mut sink);
                    (validated.as_ref(), None)
                }
            };
            if let Some(entry) = entry {
                run.entry(entry, prepared, fi, &mut counts, &mut sink)?;
                if !slugs.contains(&entry.vendor.value) {
                    slugs.push(entry.vendor.value.clone());
                }
            }
            if sink.raised > before {
                counts.rejected += 1;
            }
            Ok(())
        })?;
        end.found.report(&mut sink);
        let (hash, done) = (end.sha256, end.done);
        progress(Progress {
            file: &name,
            done,
            total,
        });
        let report = &mut run.report;
        if sink.unreadable {
            report.unreadable.push(name.clone());
        }
        report.problem_count += sink.total;
        let room = ImportReport::MAX_SHOWN.saturating_sub(report.problems.len());
        report.problems.extend(sink.found.into_iter().take(room));
        file_ids.push((import_id, slugs));
        report.files.push(FileReport {
            file: name,
            format,
            sha256: hash,
            counts,
        });
    }
    let Run {
        apply,
        vendors,
        mut report,
        ..
    } = run;
    if opts.replace {
        let mut order: Vec<&VendorRun> = vendors.values().collect();
        order.sort_by_key(|v| v.report);
        for v in order {
            let (shown, n) = apply.remove_unseen(&v.slot, ImportReport::MAX_SHOWN)?;
            let vr = &mut report.vendors[v.report];
            vr.removed = n;
            for r in shown {
                push(vr, || EntryChange {
                    action: Action::Removed,
                    file: None,
                    line: None,
                    code: r.code.map(|c| c.to_string()),
                    vendor_code: r.vendor_code,
                    phrase: r.phrase,
                    fields: Vec::new(),
                });
            }
            // Removals are counted on the last file that names the vendor.
            if let Some(f) = file_ids.iter().rposition(|(_, s)| s.contains(&vr.slug)) {
                report.files[f].counts.removed += n;
            }
        }
    }
    for ((id, slugs), file) in file_ids.iter().zip(&report.files) {
        apply.finish_file(*id, &file.sha256, &file.counts, slugs)?;
    }
    Ok(report)
}

impl Run<'_, '_> {
    /// Applies one valid entry of file `fi`: its vendor first (once per run), then the entry,
    /// and its search documents when it was added or changed.
    fn entry(
        &mut self,
        entry: &Entry,
        prepared: Option<&Prepared>,
        fi: usize,
        counts: &mut Counts,
        sink: &mut Sink<'_>,
    ) -> Result<()> {
        let Run {
            apply,
            catalog,
            opts,
            vendors,
            names,
            report,
        } = self;
        let (catalog, opts) = (*catalog, *opts);
        let place = |f: usize, line: usize| format!("{}:{line}", names[f]);
        let slug = &entry.vendor.value;
        if !vendors.contains_key(slug) {
            let name = entry.vendor_name.as_ref().map(|n| n.value.as_str());
            let note = entry.vendor_note.as_ref().map(|n| n.value.as_str());
            let (slot, fields) = apply.vendor(slug, name, note)?;
            report.vendors.push(VendorReport {
                slug: slug.clone(),
                name: slot.name.clone(),
                created: slot.created,
                fields,
                ..VendorReport::default()
            });
            let names = Locale::ALL.map(|l| catalog.vendor_name(l, slug, &slot.name));
            vendors.insert(
                slug.clone(),
                VendorRun {
                    name_parts: names.each_ref().map(|n| DocPart::new([n.as_str()])),
                    names,
                    slot,
                    report: report.vendors.len() - 1,
                    name: entry
                        .vendor_name
                        .as_ref()
                        .map(|n| (n.value.clone(), place(fi, n.line))),
                    note: entry
                        .vendor_note
                        .as_ref()
                        .map(|n| (n.value.clone(), place(fi, n.line))),
                },
            );
        } else {
            let v = &vendors[slug];
            for (field, given, first) in [
                ("vendor_name", &entry.vendor_name, &v.name),
                ("vendor_note", &entry.vendor_note, &v.note),
            ] {
                if let (Some(g), Some((value, at))) = (given, first)
                    && &g.value != value
                {
                    let first = at.clone();
                    sink.add(g.line, field, ProblemKind::Mismatch { first });
                    return Ok(());
                }
            }
        }
        let v = &vendors[slug];
        if v.slot.skip {
            return Ok(());
        }
        let message = entry.message();
        let needs_text =
            entry.explicit_message && entry.texts.is_empty() && !catalog.has_any(message);
        // Its own explanation: texts in the row, or a message that has text (built in, like the
        // softswitch list's per-code glosses).
        let own = !entry.texts.is_empty() || catalog.has_any(message);
        let at = (fi, entry.line);
        let applied = match &entry.kind {
            Kind::Variant(var) => {
                let (applied, id) = apply.variant(
                    &v.slot,
                    var,
                    &entry.texts,
                    own,
                    needs_text,
                    opts.replace,
                    at,
                )?;
                if matches!(applied, Applied::Added | Applied::Changed(_)) {
                    let docs = match (&applied, prepared) {
                        (Applied::Added, Some(p)) => new_docs(catalog, &var.message, p, v)?,
                        _ => docs(apply, catalog, entry, var, &v.names, id, &applied)?,
                    };
                    apply.index(DocOwner::Variant(id), search::columns(&docs))?;
                }
                applied
            }
            Kind::Note(n) => apply.note(&v.slot, n, &entry.texts, needs_text, opts.replace, at)?,
        };
        let vr = &mut report.vendors[v.report];
        // Built only while the report still lists entries (its first MAX_SHOWN).
        let change = |action, fields| {
            let (code, vendor_code, phrase) = match &entry.kind {
                Kind::Variant(var) => (
                    var.code.map(|c| c.to_string()),
                    var.vendor_code.clone(),
                    var.phrase.clone(),
                ),
                Kind::Note(n) => (Some(n.class.to_string()), None, String::new()),
            };
            EntryChange {
                action,
                file: Some(names[fi].clone()),
                line: Some(entry.line),
                code,
                vendor_code,
                phrase,
                fields,
            }
        };
        let key_field = if matches!(entry.kind, Kind::Note(_)) {
            "class"
        } else {
            "phrase"
        };
        match applied {
            Applied::Added => {
                counts.added += 1;
                vr.added += 1;
                push(vr, || change(Action::Added, Vec::new()));
            }
            Applied::Changed(fields) => {
                counts.changed += 1;
                vr.changed += 1;
                push(vr, || change(Action::Changed, fields));
            }
            Applied::Unchanged => {
                counts.unchanged += 1;
                vr.unchanged += 1;
            }
            Applied::Duplicate(f, line) => {
                let first = place(f, line);
                sink.add(entry.line, key_field, ProblemKind::Duplicate { first });
            }
            Applied::Clash(code, f, line) => {
                let first = place(f, line);
                sink.add(entry.line, "code", ProblemKind::PhraseClash { code, first });
            }
            Applied::NoText => {
                let id = message.to_string();
                sink.add(entry.line, "message", ProblemKind::UnknownMessage { id });
            }
        }
        Ok(())
    }
}

/// A new variant's search documents from the parts the reader built: exactly what
/// [`entry_docs`] builds of the row (see [`docs`]), with the vendor's name, which only this
/// thread knows, joined in between.
fn new_docs(
    catalog: &Catalog,
    message: &str,
    prepared: &Prepared,
    vendor: &VendorRun,
) -> Result<Vec<(Locale, Doc)>> {
    let mut docs = Vec::new();
    let none = DocPart::default();
    for (i, locale) in Locale::ALL.into_iter().enumerate() {
        let rendered;
        let texts = match &prepared.texts[i] {
            Some(part) => Some(part),
            // A locale the row has no text in, as `entry_docs` renders it: a built-in message's.
            None => match catalog.texts_in(&[], locale, message)? {
                Some(t) => {
                    rendered = DocPart::new(t.lines().iter().map(String::as_str));
                    Some(&rendered)
                }
                None => None,
            },
        };
        if texts.is_none() && locale != Locale::En {
            continue;
        }
        let parts = [
            &prepared.names,
            &vendor.name_parts[i],
            texts.unwrap_or(&none),
        ];
        docs.push((locale, DocPart::join(&parts)));
    }
    Ok(docs)
}

/// A variant's search documents. A new row's texts are all in the row; a changed row may keep
/// stored texts in locales the row did not give, so those are read back.
fn docs(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    entry: &Entry,
    var: &NewVariant,
    names: &[String; 3],
    id: i64,
    applied: &Applied,
) -> Result<Vec<(Locale, Doc)>> {
    let stored;
    let (own, plain): (&[(String, String)], &[_]) = if *applied == Applied::Added {
        (&[], &entry.plain)
    } else {
        apply.unindex(DocOwner::Variant(id))?;
        stored = apply.variant_texts(id)?;
        (&stored, &[])
    };
    entry_docs(
        catalog,
        &DocSource {
            code: var.code.map(|c| c.get()),
            names: variant_names(var.vendor_code.as_deref(), &var.phrase),
            vendor: Some(names),
            message: &var.message,
            own,
            plain,
        },
    )
}

fn push(vr: &mut VendorReport, change: impl FnOnce() -> EntryChange) {
    if vr.entries.len() < ImportReport::MAX_SHOWN {
        vr.entries.push(change());
    }
}
