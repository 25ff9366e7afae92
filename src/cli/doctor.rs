//! `sipkb doctor`: checks the database and says what needs attention.

use super::table::Table;
use super::{Ctx, Outcome};
use sipkb::{Arg, DoctorReport, EntryRef};
use std::io;

/// Arguments of `sipkb doctor`.
#[derive(clap::Args)]
pub struct Args {
    /// Print the report as a JSON object
    #[arg(long)]
    json: bool,
}

/// Checks integrity, counts, translation coverage and conflicts. Exit 0 when healthy, 1 when
/// something needs attention (marked `!`), 2 when the checks could not run.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let report = match ctx.kb.doctor() {
        Ok(r) => r,
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    if args.json {
        /// The report, with where the database path came from (a command-line matter).
        #[derive(serde::Serialize)]
        struct WithOrigin<'a> {
            #[serde(flatten)]
            report: &'a DoctorReport,
            database_origin: &'a str,
        }
        let database_origin = ctx.origin.names().1;
        ctx.out.json_pretty(&WithOrigin {
            report: &report,
            database_origin,
        })?;
    } else {
        text(ctx, &report)?;
    }
    ctx.out.flush()?;
    Ok(if report.healthy {
        Outcome::Found
    } else {
        Outcome::NotFound
    })
}

fn text(ctx: &mut Ctx, r: &DoctorReport) -> io::Result<()> {
    let num = |n: u64| Arg::Num(n as i64);
    let label = |ctx: &Ctx, id: &str, args: &[(&str, Arg<'_>)]| ctx.kb.label(ctx.locale, id, args);
    let origin = label(ctx, ctx.origin.names().0, &[]);
    let line = label(
        ctx,
        "doctor-database",
        &[
            ("path", Arg::Str(&r.database)),
            ("origin", Arg::Str(&origin)),
        ],
    );
    ctx.out.line(&mark(false, &line))?;
    let schema = [
        ("version", Arg::Num(r.schema.version)),
        ("supported", Arg::Num(r.schema.supported)),
    ];
    let id = if r.schema.version == r.schema.supported {
        "doctor-schema-current"
    } else {
        "doctor-schema-other"
    };
    ctx.out.line(&mark(
        r.schema.version != r.schema.supported,
        &label(ctx, id, &schema),
    ))?;
    let db_ok = r.integrity.database.is_empty();
    let id = if db_ok {
        "doctor-integrity-ok"
    } else {
        "doctor-integrity-bad"
    };
    ctx.out.line(&mark(!db_ok, &label(ctx, id, &[])))?;
    // SQLite's own findings stay as SQLite wrote them (English), like a parser's detail.
    for problem in &r.integrity.database {
        ctx.out.line(&format!("    {problem}"))?;
    }
    let (id, problems) = match &r.integrity.search_index {
        None => ("doctor-index-skipped", &[][..]),
        Some(p) if p.is_empty() => ("doctor-index-ok", &[][..]),
        Some(p) => ("doctor-index-bad", &p[..]),
    };
    ctx.out
        .line(&mark(!problems.is_empty(), &label(ctx, id, &[])))?;
    for problem in problems {
        ctx.out.line(&format!("    {problem}"))?;
    }
    let c = &r.counts;
    let counts = [
        ("codes", num(c.codes)),
        ("vendors", num(c.vendors)),
        ("variants", num(c.variants)),
        ("imports", num(c.imports)),
    ];
    ctx.out
        .line(&mark(false, &label(ctx, "doctor-counts", &counts)))?;

    ctx.out.line("")?;
    ctx.out.line(&label(ctx, "doctor-coverage", &[]))?;
    let mut head = vec![label(ctx, "col-lists", &[])];
    head.extend(
        r.coverage
            .builtin
            .covered
            .keys()
            .map(|l| label(ctx, &format!("col-lang-{}", l.as_str()), &[])),
    );
    let mut table = Table::new(head);
    for (id, group) in [
        ("doctor-coverage-builtin", &r.coverage.builtin),
        ("doctor-coverage-imported", &r.coverage.imported),
    ] {
        let mut row = vec![label(ctx, id, &[])];
        row.extend(
            group
                .covered
                .values()
                .map(|n| format!("{n}/{}", group.variants)),
        );
        table.row(row);
    }
    for line in table.lines() {
        ctx.out.line(&format!("  {line}"))?;
    }

    ctx.out.line("")?;
    ctx.out.line(&label(ctx, "doctor-missing", &[]))?;
    for m in &r.missing_texts.items {
        let tags: Vec<&str> = m.locales.iter().map(|l| l.as_str()).collect();
        let tags = tags.join(&label(ctx, "app-list-sep", &[]));
        let gap = label(
            ctx,
            "doctor-missing-locales",
            &[("locales", Arg::Str(&tags))],
        );
        let item = format!("{}{}{gap}", entry(&m.entry), label(ctx, "app-colon", &[]));
        ctx.out.line(&finding(ctx, m.attention, &item))?;
    }
    more(ctx, r.missing_texts.total, r.missing_texts.items.len())?;

    ctx.out.line("")?;
    ctx.out.line(&label(ctx, "doctor-unregistered", &[]))?;
    for u in &r.unregistered.items {
        ctx.out.line(&finding(ctx, u.attention, &entry(&u.entry)))?;
    }
    more(ctx, r.unregistered.total, r.unregistered.items.len())?;

    ctx.out.line("")?;
    ctx.out.line(&label(ctx, "doctor-conflicts", &[]))?;
    for conflict in &r.conflicts.items {
        let phrase = conflict
            .entries
            .first()
            .map_or(&conflict.phrase, |e| &e.phrase);
        let uses: Vec<String> = conflict
            .entries
            .iter()
            .map(|e| match e.code {
                Some(code) => format!("{} {code}", e.vendor),
                None => e.vendor.clone(),
            })
            .collect();
        let uses = uses.join(&label(ctx, "app-list-sep", &[]));
        let item = label(
            ctx,
            "doctor-conflict",
            &[("phrase", Arg::Str(phrase)), ("entries", Arg::Str(&uses))],
        );
        ctx.out.line(&finding(ctx, conflict.attention, &item))?;
    }
    more(ctx, r.conflicts.total, r.conflicts.items.len())?;

    ctx.out.line("")?;
    let summary = if r.healthy {
        label(ctx, "doctor-healthy", &[])
    } else {
        label(ctx, "doctor-attention", &[("count", num(r.attention))])
    };
    ctx.out.line(&summary)
}

/// A check's line, with `!` in front when it needs attention.
fn mark(attention: bool, text: &str) -> String {
    if attention {
        format!("! {text}")
    } else {
        format!("  {text}")
    }
}

/// A listed finding: `!` when it needs attention, `·` and why not when it is information.
fn finding(ctx: &Ctx, attention: bool, text: &str) -> String {
    if attention {
        format!("  ! {text}")
    } else {
        let args = [("item", Arg::Str(text))];
        format!(
            "  · {}",
            ctx.kb.label(ctx.locale, "doctor-info-item", &args)
        )
    }
}

/// `vendor code device-code phrase`
fn entry(e: &EntryRef) -> String {
    let mut out = e.vendor.clone();
    for part in [e.code.map(|c| c.to_string()), e.vendor_code.clone()]
        .into_iter()
        .flatten()
    {
        out.push(' ');
        out.push_str(&part);
    }
    format!("{out} {}", e.phrase)
}

/// After a section: "none" when empty, or how many were left out of the list.
fn more(ctx: &mut Ctx, total: u64, shown: usize) -> io::Result<()> {
    if total == 0 {
        let none = ctx.kb.label(ctx.locale, "doctor-none", &[]);
        return ctx.out.line(&format!("    {none}"));
    }
    let left = total.saturating_sub(shown as u64);
    if left > 0 {
        let text = ctx.kb.label(
            ctx.locale,
            "doctor-more",
            &[("count", Arg::Num(left as i64))],
        );
        ctx.out.line(&format!("    {text}"))?;
    }
    Ok(())
}
