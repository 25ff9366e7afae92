//! `sipkb scan`: a log or capture turned into an explained summary of its SIP failures.

use super::output::{advance, inputs, progress_bar};
use super::render::{self, Depth};
use super::{Ctx, Outcome};
use sipkb::{Arg, HeaderSummary, ResponseSummary, ScanOptions, ScanReport, Sighting};
use std::io;
use std::path::PathBuf;

/// Arguments of `sipkb scan`.
#[derive(clap::Args)]
pub struct Args {
    /// Logs (text or .gz) or captures (pcap, pcapng); `-` or none reads stdin
    files: Vec<PathBuf>,
    /// List every response, not only failures (1xx-3xx get their own table)
    #[arg(long)]
    all: bool,
    /// Print one JSON report object (README documents its fields)
    #[arg(long)]
    json: bool,
    /// Show only the call (or registration) with this Call-ID, in full: every message whole
    #[arg(long, value_name = "ID")]
    call: Option<String>,
}

/// Scans; exit 0 when SIP responses were found, 1 when none, 2 when an input cannot be read.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let inputs = if args.files.is_empty() {
        vec![sipkb::Input::Stdin]
    } else {
        inputs(&args.files)
    };
    let opts = ScanOptions {
        locale: Some(ctx.locale),
        all: args.all,
        call: args.call.clone(),
    };
    let bar = progress_bar();
    let result = ctx.kb.scan(&inputs, &opts, &mut |p| advance(&bar, p));
    bar.finish_and_clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    if let Some(id) = &args.call {
        return one_call(ctx, &report, id, args.json);
    }
    if args.json {
        ctx.out.json_pretty(&report)?;
    } else {
        text(ctx, &report)?;
        let calls = render::calls::report(&ctx.kb, ctx.locale, &report.dialogs);
        if !calls.is_empty() {
            ctx.out.line(calls.trim_end())?;
        }
    }
    ctx.out.flush()?;
    let d = &report.dialogs;
    let calls = !d.calls.is_empty() || !d.registrations.is_empty();
    Ok(
        if report.responses > 0 || !report.reasons.is_empty() || calls {
            Outcome::Found
        } else {
            Outcome::NotFound
        },
    )
}

/// `--call ID`: that call (or registration) in full, or exit 1 when the inputs do not have it.
fn one_call(ctx: &mut Ctx, report: &ScanReport, id: &str, json: bool) -> io::Result<Outcome> {
    let d = &report.dialogs;
    let Some(call) = d
        .calls
        .iter()
        .chain(&d.registrations)
        .find(|c| c.call_id == id)
    else {
        let none = label(ctx, "calls-not-found", &[("id", Arg::Str(id))]);
        if json {
            ctx.out.json_pretty(&serde_json::Value::Null)?;
        } else {
            ctx.out.line(&none)?;
        }
        ctx.out.flush()?;
        return Ok(Outcome::NotFound);
    };
    if json {
        ctx.out.json_pretty(call)?;
    } else {
        let text = render::calls::ladder(&ctx.kb, ctx.locale, call, Depth::Full);
        ctx.out.line(text.trim())?;
    }
    ctx.out.flush()?;
    Ok(Outcome::Found)
}

fn label(ctx: &Ctx, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    ctx.kb.label(ctx.locale, id, args)
}

/// `call.log:12`, or for a capture `call.pcap #12 2026-… 10.0.0.1:5060 → 10.0.0.2:5060`.
fn place(ctx: &Ctx, s: &Sighting) -> String {
    match (&s.time, &s.src, &s.dst) {
        (Some(t), Some(src), Some(dst)) => {
            let n = s.line as i64;
            let packet = label(ctx, "scan-packet", &[("n", Arg::Num(n))]);
            format!("{} {packet} {t} {src} → {dst}", s.file)
        }
        _ => format!("{}:{}", s.file, s.line),
    }
}

fn text(ctx: &mut Ctx, r: &ScanReport) -> io::Result<()> {
    for f in &r.files {
        let line = match f.packets {
            Some(p) => label(
                ctx,
                "scan-file-capture",
                &[("file", Arg::Str(&f.name)), ("packets", Arg::Num(p as i64))],
            ),
            None => label(
                ctx,
                "scan-file-log",
                &[
                    ("file", Arg::Str(&f.name)),
                    ("lines", Arg::Num(f.lines as i64)),
                ],
            ),
        };
        ctx.out.line(&line)?;
    }
    if r.failures.is_empty() {
        let none = label(ctx, "scan-no-failures", &[]);
        ctx.out.line(&format!("\n{none}"))?;
    } else {
        let head = label(ctx, "scan-failures", &[]);
        ctx.out.line(&format!("\n{head}"))?;
        for s in &r.failures {
            response(ctx, s)?;
        }
    }
    let tally: Vec<String> = r.classes.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let head = label(
        ctx,
        "scan-tally",
        &[("total", Arg::Num(r.responses as i64))],
    );
    ctx.out.line(&format!("\n{head}: {}", tally.join(" · ")))?;
    if !r.others.is_empty() {
        let head = label(ctx, "scan-others", &[]);
        ctx.out.line(&format!("\n{head}"))?;
        for s in &r.others {
            response(ctx, s)?;
        }
    }
    for (list, id) in [(&r.reasons, "scan-reasons"), (&r.warnings, "scan-warnings")] {
        if !list.is_empty() {
            let head = label(ctx, id, &[]);
            ctx.out.line(&format!("\n{head}"))?;
            for h in list {
                header(ctx, h)?;
            }
        }
    }
    Ok(())
}

fn response(ctx: &mut Ctx, s: &ResponseSummary) -> io::Result<()> {
    let times = label(ctx, "scan-times", &[("count", Arg::Num(s.count as i64))]);
    ctx.out
        .line(&format!("\n  {} {}  ({times})", s.code, s.phrase))?;
    let seen = seen(ctx, s.count, &s.first, &s.last);
    ctx.out.line(&format!("    {seen}"))?;
    let by = match &s.vendor {
        Some(v) => format!("{v}: {}", s.title),
        None => s.title.clone(),
    };
    ctx.out.line(&format!("    {by}"))?;
    if !s.summary.is_empty() {
        ctx.out.line(&format!("    {}", s.summary))?;
    }
    if let Some(a) = &s.action {
        ctx.out.line(&format!("    → {a}"))?;
    }
    Ok(())
}

fn header(ctx: &mut Ctx, h: &HeaderSummary) -> io::Result<()> {
    let times = label(ctx, "scan-times", &[("count", Arg::Num(h.count as i64))]);
    let what = if h.header == "Reason" {
        format!("{};cause={} \"{}\"", h.source, h.code, h.text)
    } else {
        format!("{} {} \"{}\"", h.code, h.source, h.text)
    };
    ctx.out.line(&format!("  {what}  ({times})"))?;
    if let Some(t) = &h.sip_title {
        let maps = label(ctx, "scan-maps-to", &[("response", Arg::Str(t))]);
        ctx.out.line(&format!("    {maps}"))?;
    }
    let seen = seen(ctx, h.count, &h.first, &h.last);
    ctx.out.line(&format!("    {seen}"))
}

/// `at X` for something seen once, `first X, last Y` otherwise.
fn seen(ctx: &Ctx, count: u64, first: &Sighting, last: &Sighting) -> String {
    if count == 1 {
        return label(
            ctx,
            "scan-seen-once",
            &[("at", Arg::Str(&place(ctx, first)))],
        );
    }
    label(
        ctx,
        "scan-seen",
        &[
            ("first", Arg::Str(&place(ctx, first))),
            ("last", Arg::Str(&place(ctx, last))),
        ],
    )
}
