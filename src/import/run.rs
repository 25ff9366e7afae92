//! One import run: every file is read as a stream of rows, each row validated and applied in
//! the run's single transaction. Problems are collected as they are found; at the end the run
//! commits only when there were none (or `--skip-invalid` says to), and never on a dry run.

use super::problem::ProblemKind;
use super::report::{
    Action, EntryChange, FileReport, Format, ImportOptions, ImportReport, Progress, VendorReport,
};
use super::row::{Entry, Kind, RawRow, Sink, Style, validate};
use super::{csv as csvfmt, jsonl, toml as tomlfmt};
use crate::error::Result;
use crate::i18n::Catalog;
use crate::i18n::Locale;
use crate::model::NewVariant;
use crate::search::{DocSource, entry_docs, variant_names};
use crate::store::{Applied, Apply, Counts, DocOwner, VendorSlot};
use sha2::{Digest, Sha256};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

/// A file to read: a path, stdin (`-`), or text embedded in the binary.
pub(crate) enum Input<'a> {
    Path(&'a Path),
    Stdin,
    Text(&'a str, &'a str),
}

impl Input<'_> {
    fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Stdin => "-".to_string(),
            Input::Text(name, _) => name.to_string(),
        }
    }
}

/// A reader that hashes and counts what passes through it.
struct Hashing<R> {
    inner: R,
    state: Rc<RefCell<(Sha256, u64)>>,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut s = self.state.borrow_mut();
        s.0.update(&buf[..n]);
        s.1 += n as u64;
        Ok(n)
    }
}

type Stream<'a> = BufReader<Hashing<Box<dyn Read + 'a>>>;

enum Rows<'a> {
    Toml(std::vec::IntoIter<RawRow>),
    Csv(Box<csvfmt::CsvRows<Stream<'a>>>),
    Json(jsonl::JsonRows<Stream<'a>>),
}

impl Rows<'_> {
    fn next(&mut self, sink: &mut Sink<'_>) -> Option<RawRow> {
        match self {
            Rows::Toml(rows) => rows.next(),
            Rows::Csv(rows) => rows.next_row(sink),
            Rows::Json(rows) => rows.next_row(sink),
        }
    }
}

/// The state of one vendor across the run.
struct VendorRun {
    slot: VendorSlot,
    /// Its name in en, ru and zh, for the search documents.
    names: [String; 3],
    report: usize,
    name: Option<(String, String)>,
    note: Option<(String, String)>,
}

/// Runs an import of `inputs` inside `apply`. The caller commits or rolls back according to
/// the report (see [`finish`]).
pub(crate) fn run(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    inputs: &[Input<'_>],
    opts: &ImportOptions,
    builtin: bool,
    progress: &mut dyn FnMut(Progress<'_>),
) -> Result<ImportReport> {
    let mut report = ImportReport {
        dry_run: opts.dry_run,
        ..ImportReport::default()
    };
    let mut vendors: HashMap<String, VendorRun> = HashMap::new();
    let mut names = Vec::new();
    let mut file_ids = Vec::new();
    for (fi, input) in inputs.iter().enumerate() {
        let name = input.name();
        names.push(name.clone());
        let mut sink = Sink {
            file: &name,
            found: Vec::new(),
            total: 0,
            seen: HashSet::new(),
        };
        let Some((format, mut rows, state, total)) = open(input, opts.format, &mut sink) else {
            report.problem_count += sink.total;
            report.problems.extend(sink.found);
            continue;
        };
        let style = match format {
            Format::Toml => Style::Toml,
            Format::Csv => Style::Csv,
            Format::Json => Style::Json,
        };
        let import_id = apply.start_file(&name, builtin)?;
        let mut counts = Counts::default();
        let mut slugs: Vec<String> = Vec::new();
        while let Some(raw) = rows.next(&mut sink) {
            counts.rows += 1;
            if counts.rows % 4096 == 0 {
                let done = state.borrow().1;
                progress(Progress {
                    file: &name,
                    done,
                    total,
                });
            }
            let before = sink.total;
            if let Some(entry) = validate(raw, style, &mut sink) {
                apply_entry(
                    apply,
                    catalog,
                    opts,
                    &entry,
                    (fi, &names),
                    &mut vendors,
                    &mut report,
                    &mut counts,
                    &mut sink,
                )?;
                if !slugs.contains(&entry.vendor.value) {
                    slugs.push(entry.vendor.value.clone());
                }
            }
            if sink.total > before {
                counts.rejected += 1;
            }
        }
        let (hash, done) = {
            let s = state.borrow();
            (super::super::builtin::hex(&s.0.clone().finalize()), s.1)
        };
        progress(Progress {
            file: &name,
            done,
            total,
        });
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
    if opts.replace {
        let mut order: Vec<&VendorRun> = vendors.values().collect();
        order.sort_by_key(|v| v.report);
        for v in order {
            let (shown, n) = apply.remove_unseen(&v.slot, ImportReport::MAX_SHOWN)?;
            let vr = &mut report.vendors[v.report];
            vr.removed = n;
            for r in shown {
                push(
                    vr,
                    EntryChange {
                        action: Action::Removed,
                        file: None,
                        line: None,
                        code: r.code.map(|c| c.to_string()),
                        vendor_code: r.vendor_code,
                        phrase: r.phrase,
                        fields: Vec::new(),
                    },
                );
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

/// Opens one input: its format, its rows, the hashing state and its size.
#[allow(clippy::type_complexity)]
fn open<'a>(
    input: &Input<'a>,
    format: Option<Format>,
    sink: &mut Sink<'_>,
) -> Option<(Format, Rows<'a>, Rc<RefCell<(Sha256, u64)>>, Option<u64>)> {
    let name = input.name();
    let format = match format.or_else(|| Format::from_name(&name)) {
        Some(f) => f,
        None => {
            sink.add(0, "", ProblemKind::UnknownFormat);
            return None;
        }
    };
    let (reader, total): (Box<dyn Read + 'a>, Option<u64>) = match input {
        Input::Path(path) => {
            let meta = match std::fs::metadata(path) {
                Ok(m) => m,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    sink.add(0, "", ProblemKind::NotFound);
                    return None;
                }
                Err(e) => {
                    let reason = e.to_string();
                    sink.add(0, "", ProblemKind::Unreadable { reason });
                    return None;
                }
            };
            if meta.is_dir() {
                sink.add(0, "", ProblemKind::IsDirectory);
                return None;
            }
            match std::fs::File::open(path) {
                Ok(f) => (Box::new(f), Some(meta.len())),
                Err(e) => {
                    let reason = e.to_string();
                    sink.add(0, "", ProblemKind::Unreadable { reason });
                    return None;
                }
            }
        }
        Input::Stdin => (Box::new(std::io::stdin()), None),
        Input::Text(_, text) => (Box::new(std::io::Cursor::new(text.as_bytes())), None),
    };
    let state = Rc::new(RefCell::new((Sha256::new(), 0u64)));
    let mut stream: Stream<'a> = BufReader::with_capacity(
        1 << 16,
        Hashing {
            inner: reader,
            state: state.clone(),
        },
    );
    // A file of nothing but whitespace is empty, whatever its format.
    match stream.fill_buf() {
        Ok(buf) if buf.iter().all(u8::is_ascii_whitespace) => {
            sink.add(0, "", ProblemKind::EmptyFile);
            return None;
        }
        Ok(_) => {}
        Err(e) => {
            let reason = e.to_string();
            sink.add(0, "", ProblemKind::Unreadable { reason });
            return None;
        }
    }
    let rows = match format {
        Format::Toml => {
            let mut bytes = Vec::new();
            if let Err(e) = stream.read_to_end(&mut bytes) {
                let reason = e.to_string();
                sink.add(0, "", ProblemKind::Unreadable { reason });
                return None;
            }
            let text = match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    let upto = e.utf8_error().valid_up_to();
                    let line = e.as_bytes()[..upto].iter().filter(|&&b| b == b'\n').count() + 1;
                    sink.add(line, "", ProblemKind::NotUtf8);
                    return None;
                }
            };
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            Rows::Toml(tomlfmt::read(text, sink).into_iter())
        }
        Format::Csv => Rows::Csv(Box::new(csvfmt::open(stream, sink)?)),
        Format::Json => Rows::Json(jsonl::open(stream)),
    };
    Some((format, rows, state, total))
}

#[allow(clippy::too_many_arguments)]
fn apply_entry(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    opts: &ImportOptions,
    entry: &Entry,
    (fi, names): (usize, &[String]),
    vendors: &mut HashMap<String, VendorRun>,
    report: &mut ImportReport,
    counts: &mut Counts,
    sink: &mut Sink<'_>,
) -> Result<()> {
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
        vendors.insert(
            slug.clone(),
            VendorRun {
                names: Locale::ALL.map(|l| catalog.vendor_name(l, slug, &slot.name)),
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
    let needs_text = entry.explicit_message && entry.texts.is_empty() && !catalog.has_any(message);
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
                index_variant(apply, catalog, entry, var, &v.names, id, &applied)?;
            }
            applied
        }
        Kind::Note(n) => apply.note(&v.slot, n, &entry.texts, needs_text, opts.replace, at)?,
    };
    let vr = &mut report.vendors[v.report];
    let (code, vendor_code, phrase) = match &entry.kind {
        Kind::Variant(var) => (
            var.code.map(|c| c.to_string()),
            var.vendor_code.clone(),
            var.phrase.clone(),
        ),
        Kind::Note(n) => (Some(n.class.to_string()), None, String::new()),
    };
    let change = |action, fields| EntryChange {
        action,
        file: Some(names[fi].clone()),
        line: Some(entry.line),
        code: code.clone(),
        vendor_code: vendor_code.clone(),
        phrase: phrase.clone(),
        fields,
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
            push(vr, change(Action::Added, Vec::new()));
        }
        Applied::Changed(fields) => {
            counts.changed += 1;
            vr.changed += 1;
            push(vr, change(Action::Changed, fields));
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

/// Writes a variant's search documents. A new row's texts are all in the row; a changed row
/// may keep stored texts in locales the row did not give, so those are read back.
fn index_variant(
    apply: &mut Apply<'_>,
    catalog: &Catalog,
    entry: &Entry,
    var: &NewVariant,
    names: &[String; 3],
    id: i64,
    applied: &Applied,
) -> Result<()> {
    let stored;
    let (own, plain): (&[(String, String)], &[_]) = if *applied == Applied::Added {
        (&[], &entry.plain)
    } else {
        apply.unindex(DocOwner::Variant(id))?;
        stored = apply.variant_texts(id)?;
        (&stored, &[])
    };
    let docs = entry_docs(
        catalog,
        &DocSource {
            code: var.code.map(|c| c.get()),
            names: variant_names(var.vendor_code.as_deref(), &var.phrase),
            vendor: Some(names),
            message: &var.message,
            own,
            plain,
        },
    )?;
    apply.index(DocOwner::Variant(id), &docs)
}

fn push(vr: &mut VendorReport, change: EntryChange) {
    if vr.entries.len() < ImportReport::MAX_SHOWN {
        vr.entries.push(change);
    }
}
