//! `sipkb import`: bring vendor lists in, showing what changes.

use super::{Ctx, Outcome};
use sipkb::{Action, Arg, EntryChange, Format, ImportOptions, ImportReport, VendorReport};
use std::io;
use std::path::PathBuf;

/// Arguments of `sipkb import`.
#[derive(clap::Args)]
pub struct Args {
    /// List files: .toml, .csv (comma, semicolon or tab; BOM or not), .jsonl; `-` reads stdin
    #[arg(required = true, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// The files' format, instead of their extension: toml, csv or json
    #[arg(long, value_name = "FORMAT")]
    format: Option<Format>,
    /// Show what would change, and write nothing
    #[arg(long)]
    dry_run: bool,
    /// Make each vendor exactly its file: entries and texts the file lacks are removed
    #[arg(long)]
    replace: bool,
    /// Apply the valid entries and list the rejected ones (default: write nothing if any is bad)
    #[arg(long)]
    skip_invalid: bool,
    /// Print the report as JSON
    #[arg(long)]
    json: bool,
}

/// How many entries per vendor the text report lists one by one.
const SHOWN: usize = 50;

/// Imports; exit 2 when a problem stopped the import.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let opts = ImportOptions {
        format: args.format,
        dry_run: args.dry_run,
        replace: args.replace,
        skip_invalid: args.skip_invalid,
    };
    let bar = super::output::progress_bar();
    let inputs = super::output::inputs(&args.files);
    let result = ctx
        .kb
        .import(&inputs, &opts, &mut |p| super::output::advance(&bar, p));
    bar.finish_and_clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    for p in &report.problems {
        ctx.error(&ctx.kb.describe_problem(ctx.locale, p));
    }
    if args.json {
        ctx.out.json_pretty(&report)?;
    } else {
        text(ctx, &report)?;
    }
    ctx.out.flush()?;
    let hidden = report.problem_count - report.problems.len() as u64;
    if hidden > 0 {
        let n = Arg::Num(hidden as i64);
        ctx.error(
            &ctx.kb
                .label(ctx.locale, "imp-more-problems", &[("count", n)]),
        );
    }
    if let Some(file) = report.unreadable.first().filter(|_| args.skip_invalid) {
        let args = [("file", Arg::Str(file))];
        ctx.error(&ctx.kb.label(ctx.locale, "imp-refused-unreadable", &args));
        return Ok(Outcome::Bad);
    }
    if report.refused(args.skip_invalid) {
        let n = Arg::Num(report.problem_count as i64);
        ctx.error(&ctx.kb.label(ctx.locale, "imp-refused", &[("count", n)]));
        return Ok(Outcome::Bad);
    }
    Ok(Outcome::Found)
}

fn text(ctx: &mut Ctx, report: &ImportReport) -> io::Result<()> {
    let l = ctx.locale;
    for v in &report.vendors {
        let summary = vendor_line(ctx, v);
        ctx.out.line(&summary)?;
        let colon = ctx.kb.label(l, "app-colon", &[]);
        for f in &v.fields {
            let change = format!(
                "  ~ {}{colon}{} → {}",
                f.field,
                f.old.as_deref().unwrap_or("-"),
                f.new.as_deref().unwrap_or("-")
            );
            ctx.out.line(&change)?;
        }
        for e in v.entries.iter().take(SHOWN) {
            ctx.out.line(&entry_line(ctx, e))?;
        }
        let listed = v.entries.len().min(SHOWN) as u64;
        let total = v.added + v.changed + v.removed;
        if total > listed {
            let n = Arg::Num((total - listed) as i64);
            let more = ctx.kb.label(l, "imp-more-entries", &[("count", n)]);
            ctx.out.line(&format!("  … {more}"))?;
        }
    }
    for f in &report.files {
        let rows = Arg::Num(f.counts.rows as i64);
        let sha = &f.sha256[..f.sha256.len().min(16)];
        let args = [
            ("file", Arg::Str(&f.file)),
            ("rows", rows),
            ("sha", Arg::Str(sha)),
        ];
        let line = ctx.kb.label(l, "imp-file", &args);
        ctx.out.line(&line)?;
    }
    let verdict = if report.problem_count > 0 && !report.applied {
        "imp-nothing-written"
    } else if report.dry_run {
        "imp-dry-run"
    } else if !report.changes() {
        "imp-no-changes"
    } else {
        "imp-applied"
    };
    let line = ctx.kb.label(l, verdict, &[]);
    ctx.out.line(&line)
}

fn vendor_line(ctx: &Ctx, v: &VendorReport) -> String {
    let num = |n: u64| Arg::Num(n as i64);
    let args = [
        ("slug", Arg::Str(&v.slug)),
        ("name", Arg::Str(&v.name)),
        ("added", num(v.added)),
        ("changed", num(v.changed)),
        ("unchanged", num(v.unchanged)),
        ("removed", num(v.removed)),
    ];
    let id = if v.created {
        "imp-vendor-new"
    } else {
        "imp-vendor"
    };
    ctx.kb.label(ctx.locale, id, &args)
}

fn entry_line(ctx: &Ctx, e: &EntryChange) -> String {
    let colon = ctx.kb.label(ctx.locale, "app-colon", &[]);
    let sign = match e.action {
        Action::Added => '+',
        Action::Changed => '~',
        Action::Removed => '-',
    };
    let mut s = format!("  {sign} {}", e.code.as_deref().unwrap_or("   "));
    if let Some(vc) = &e.vendor_code {
        s.push_str(&format!(" [{vc}]"));
    }
    if !e.phrase.is_empty() {
        s.push_str(&format!(" {}", e.phrase));
    }
    if let (Some(file), Some(line)) = (&e.file, e.line) {
        let at = format!("{file}:{line}");
        let at = ctx
            .kb
            .label(ctx.locale, "app-parens", &[("text", Arg::Str(&at))]);
        s.push_str(&format!("  {at}"));
    }
    for f in &e.fields {
        let text = f.field.starts_with("text.");
        let old = f.old.as_deref().filter(|_| !text).unwrap_or("…");
        let new = f.new.as_deref().filter(|_| !text).unwrap_or("…");
        let (old, new) = match (&f.old, &f.new) {
            (None, _) => ("-", new),
            (_, None) => (old, "-"),
            _ => (old, new),
        };
        s.push_str(&format!("\n      {}{colon}{old} → {new}", f.field));
    }
    s
}
