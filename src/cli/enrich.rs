//! `sipkb enrich`: call records streamed through with sipkb's answer added to every row.

use super::output::{advance, inputs, progress_bar};
use super::{Ctx, Outcome};
use sipkb::{Arg, CdrFormat, EnrichOptions, EnrichReport, RowProblem, RowProblemKind};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Arguments of `sipkb enrich`.
#[derive(clap::Args)]
pub struct Args {
    /// Call records (CSV with a header row, or JSON Lines); `-` or none reads stdin
    files: Vec<PathBuf>,
    /// csv or jsonl [default: from the first byte of the input: `{` is JSON Lines]
    #[arg(long, value_name = "FORMAT")]
    format: Option<String>,
    /// Write to FILE instead of stdout (written whole, or not at all)
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The column with the SIP status code [default: found by name, e.g. sip_term_status, sip_code]
    #[arg(long, value_name = "NAME")]
    code_column: Option<String>,
    /// The column with the reason phrase [default: the one beside the code column]
    #[arg(long, value_name = "NAME")]
    phrase_column: Option<String>,
    /// The column with the hangup cause: a Q.850 number or a FreeSWITCH/Asterisk name
    /// [default: found by name, e.g. hangup_cause, hangupcause]
    #[arg(long, value_name = "NAME")]
    cause_column: Option<String>,
    /// Pass malformed rows through unchanged (added columns empty) and count them
    #[arg(long)]
    skip_invalid: bool,
    /// Also write the summary as JSON to FILE
    #[arg(long, value_name = "FILE")]
    summary_json: Option<PathBuf>,
}

/// Enriches; exit 0 when every row went out, 2 when a problem stopped the run.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let format = match args
        .format
        .as_deref()
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        None => None,
        Some("csv") => Some(CdrFormat::Csv),
        Some("jsonl" | "json" | "ndjson") => Some(CdrFormat::Jsonl),
        Some(other) => {
            let msg = label(ctx, "enrich-err-format", &[("format", Arg::Str(other))]);
            ctx.error(&msg);
            return Ok(Outcome::Bad);
        }
    };
    let opts = EnrichOptions {
        format,
        locale: Some(ctx.locale),
        code_column: args.code_column.clone(),
        phrase_column: args.phrase_column.clone(),
        cause_column: args.cause_column.clone(),
        skip_invalid: args.skip_invalid,
    };
    let inputs = if args.files.is_empty() {
        vec![sipkb::Input::Stdin]
    } else {
        inputs(&args.files)
    };
    let bar = progress_bar();
    let result = match &args.output {
        Some(path) => to_file(ctx, path, &|kb, out| {
            kb.enrich(&inputs, &opts, out, &mut |p| advance(&bar, p))
        }),
        None => {
            let mut out = io::stdout().lock();
            ctx.kb
                .enrich(&inputs, &opts, &mut out, &mut |p| advance(&bar, p))
        }
    };
    bar.finish_and_clear();
    let report = match result {
        Ok(r) => r,
        Err(sipkb::Error::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => {
            return Ok(Outcome::Found);
        }
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    if let Some(path) = &args.summary_json {
        let written = std::fs::File::create(path).and_then(|f| {
            let mut w = io::BufWriter::new(f);
            serde_json::to_writer_pretty(&mut w, &report)?;
            writeln!(w)?;
            w.flush()
        });
        if let Err(e) = written {
            ctx.error(&format!("{}: {e}", path.display()));
            return Ok(Outcome::Bad);
        }
    }
    if let Some(p) = &report.stopped {
        let mut text = format!("{}: {}", place(p), problem(ctx, &p.kind));
        if p.kind.skippable() {
            text = format!("{text} ({})", label(ctx, "enrich-hint-skip", &[]));
        }
        ctx.error(&text);
        return Ok(Outcome::Bad);
    }
    summary(ctx, &report);
    Ok(Outcome::Found)
}

/// Runs `write` into a file next to `path`, renamed over it only when the run completed, so
/// that a stopped run leaves no half-enriched file behind.
fn to_file(
    ctx: &Ctx,
    path: &Path,
    write: &dyn Fn(&sipkb::Kb, &mut dyn Write) -> sipkb::Result<EnrichReport>,
) -> sipkb::Result<EnrichReport> {
    let tmp = path.with_extension("sipkb-tmp");
    let io_err = |source| sipkb::Error::Io {
        path: tmp.clone(),
        source,
    };
    let mut file = std::fs::File::create(&tmp).map_err(io_err)?;
    let result = write(&ctx.kb, &mut file);
    let result = result.and_then(|r| {
        if r.stopped.is_some() {
            return Ok(r);
        }
        file.sync_all()
            .and_then(|_| std::fs::rename(&tmp, path))
            .map_err(io_err)?;
        Ok(r)
    });
    if !matches!(&result, Ok(r) if r.stopped.is_none()) {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

fn label(ctx: &Ctx, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    ctx.kb.label(ctx.locale, id, args)
}

/// A problem in the user's language.
fn problem(ctx: &Ctx, kind: &RowProblemKind) -> String {
    let num = |n: usize| Arg::Num(n as i64);
    match kind {
        RowProblemKind::Unreadable { reason } => label(
            ctx,
            "enrich-err-unreadable",
            &[("reason", Arg::Str(reason))],
        ),
        RowProblemKind::EmptyFile => label(ctx, "enrich-err-empty", &[]),
        RowProblemKind::NoOutcomeColumn { found } => label(
            ctx,
            "enrich-err-no-column",
            &[("found", Arg::Str(&found.join(", ")))],
        ),
        RowProblemKind::NoSuchColumn {
            option,
            column,
            found,
        } => label(
            ctx,
            "enrich-err-no-such-column",
            &[
                ("option", Arg::Str(option)),
                ("column", Arg::Str(column)),
                ("found", Arg::Str(&found.join(", "))),
            ],
        ),
        RowProblemKind::AlreadyEnriched { column } => {
            label(ctx, "enrich-err-enriched", &[("column", Arg::Str(column))])
        }
        RowProblemKind::HeaderDiffers { first } => {
            label(ctx, "enrich-err-header", &[("first", Arg::Str(first))])
        }
        RowProblemKind::FieldCount { found, expected } => label(
            ctx,
            "enrich-err-fields",
            &[("found", num(*found)), ("expected", num(*expected))],
        ),
        RowProblemKind::NotUtf8 { column } if column.is_empty() => {
            label(ctx, "enrich-err-utf8-line", &[])
        }
        RowProblemKind::NotUtf8 { column } => {
            label(ctx, "enrich-err-utf8", &[("column", Arg::Str(column))])
        }
        RowProblemKind::TooLong { max } => label(ctx, "enrich-err-too-long", &[("max", num(*max))]),
        RowProblemKind::UnclosedQuote => label(ctx, "enrich-err-quote", &[]),
        RowProblemKind::BadJson { detail } => {
            label(ctx, "enrich-err-json", &[("detail", Arg::Str(detail))])
        }
        _ => format!("{kind:?}"),
    }
}

/// `file:line`, or the file alone for a problem of the whole file.
fn place(p: &RowProblem) -> String {
    if p.line == 0 {
        p.file.clone()
    } else {
        format!("{}:{}", p.file, p.line)
    }
}

/// The summary on stderr (stdout carries the records).
fn summary(ctx: &Ctx, r: &EnrichReport) {
    let n = |v: u64| Arg::Num(v as i64);
    let mut lines = vec![label(
        ctx,
        "enrich-summary",
        &[
            ("rows", n(r.rows)),
            ("enriched", n(r.enriched)),
            ("unread", n(r.unread)),
            ("invalid", n(r.invalid)),
            ("distinct", n(r.distinct)),
        ],
    )];
    lines.push(label(ctx, "enrich-failures", &[("count", n(r.failures))]));
    let tally = |map: &std::collections::BTreeMap<String, u64>| {
        let mut items: Vec<(&String, &u64)> = map.iter().collect();
        items.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        items
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    for (id, map) in [
        ("enrich-by-category", &r.by_category),
        ("enrich-by-side", &r.by_side),
        ("enrich-by-retry", &r.by_retry),
    ] {
        if !map.is_empty() {
            lines.push(format!("  {}: {}", label(ctx, id, &[]), tally(map)));
        }
    }
    if !r.top_failures.is_empty() {
        lines.push(format!("  {}:", label(ctx, "enrich-top", &[])));
        for t in &r.top_failures {
            let what = [t.code.as_str(), t.phrase.as_str(), t.cause.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let a = &t.answer;
            lines.push(format!(
                "    {:>9}  {what} — {} ({}, {}, {})",
                t.count, a.title, a.category, a.side, a.retry
            ));
        }
    }
    if !r.unread_values.is_empty() {
        lines.push(format!("  {}:", label(ctx, "enrich-unread-values", &[])));
        for u in &r.unread_values {
            let what = [u.code.as_str(), u.phrase.as_str(), u.cause.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ");
            let what = if what.is_empty() {
                label(ctx, "enrich-no-value", &[])
            } else {
                what
            };
            lines.push(format!("    {:>9}  {what}", u.count));
        }
    }
    if r.problem_count > 0 {
        lines.push(label(
            ctx,
            "enrich-skipped",
            &[("count", n(r.problem_count))],
        ));
        for p in r.problems.iter().take(10) {
            lines.push(format!("    {}: {}", place(p), problem(ctx, &p.kind)));
        }
    }
    let mut err = io::stderr().lock();
    for l in lines {
        let _ = writeln!(err, "{l}");
    }
}
