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
    /// Also list every sighting, line by line: where, how it was printed and by which pattern
    #[arg(long)]
    sightings: bool,
    /// Show only the call (or registration) with this Call-ID, in full: every message whole
    #[arg(long, value_name = "ID", conflicts_with = "no_calls")]
    call: Option<String>,
    /// Count and explain the sightings only, without building calls from whole messages
    /// (several times faster on a dense trace)
    #[arg(long)]
    no_calls: bool,
}

/// Scans; exit 0 when SIP outcomes (or Reason/Warning headers) were found, 1 when none, 2 when
/// an input cannot be read.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let inputs = if args.files.is_empty() {
        vec![sipkb::Input::Stdin]
    } else {
        inputs(&args.files)
    };
    let opts = ScanOptions {
        locale: Some(ctx.locale),
        all: args.all,
        sightings: args.sightings,
        call: args.call.clone(),
        no_calls: args.no_calls,
        ..ScanOptions::default()
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
        if report.found > 0 || !report.reasons.is_empty() || !report.warnings.is_empty() || calls {
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
        (Some(t), ..) => format!("{}:{} ({t})", s.file, s.line),
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
        if let (Some(offset), Some(p)) = (f.damaged_at, f.packets) {
            let args = [
                ("file", Arg::Str(&f.name)),
                ("offset", Arg::Num(offset as i64)),
                ("packets", Arg::Num(p as i64)),
            ];
            ctx.out.line(&label(ctx, "scan-capture-damaged", &args))?;
        }
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
        more(ctx, r.more.failures)?;
    }
    let tally: Vec<String> = r.classes.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let head = label(
        ctx,
        "scan-tally",
        &[("total", Arg::Num(r.responses as i64))],
    );
    let colon = label(ctx, "app-colon", &[]);
    ctx.out
        .line(&format!("\n{head}{colon}{}", tally.join(" · ")))?;
    if !r.others.is_empty() {
        let head = label(ctx, "scan-others", &[]);
        ctx.out.line(&format!("\n{head}"))?;
        for s in &r.others {
            response(ctx, s)?;
        }
        more(ctx, r.more.others)?;
    }
    for (list, unlisted, id) in [
        (&r.reasons, r.more.reasons, "scan-reasons"),
        (&r.warnings, r.more.warnings, "scan-warnings"),
    ] {
        if !list.is_empty() {
            let head = label(ctx, id, &[]);
            ctx.out.line(&format!("\n{head}"))?;
            for h in list {
                header(ctx, h)?;
            }
            more(ctx, unlisted)?;
        }
    }
    Ok(())
}

/// "… and N more": distinct entries past the list's limit, counted but not explained.
fn more(ctx: &mut Ctx, count: u64) -> io::Result<()> {
    if count == 0 {
        return Ok(());
    }
    let args = [
        ("count", Arg::Num(count as i64)),
        ("max", Arg::Num(ScanOptions::DEFAULT_LIMIT as i64)),
    ];
    let line = label(ctx, "scan-more", &args);
    ctx.out.line(&format!("\n  … {line}"))
}

fn response(ctx: &mut Ctx, s: &ResponseSummary) -> io::Result<()> {
    let times = times(ctx, s.count);
    let mut head = Vec::new();
    if let Some(c) = s.code {
        head.push(c.to_string());
    }
    if !s.phrase.is_empty() {
        head.push(s.phrase.clone());
    }
    if let Some(cause) = s.cause {
        let mut c = label(ctx, "scan-cause", &[("cause", Arg::Num(i64::from(cause)))]);
        if let Some(name) = &s.cause_name {
            c.push_str(&format!(" {name}"));
        }
        head.push(c);
    } else if let Some(name) = &s.cause_name
        && s.code.is_none()
    {
        head.push(name.clone());
    }
    ctx.out.line(&format!("\n  {}  {times}", head.join(" ")))?;
    let seen = seen(ctx, s.count, &s.first, &s.last);
    ctx.out.line(&format!("    {seen}"))?;
    let kind = label(
        ctx,
        &format!("sighting-{}", render::sighting_id(s.sighting)),
        &[],
    );
    let via: Vec<String> = s.via.iter().map(|(v, n)| format!("{v} ×{n}")).collect();
    let how = label(
        ctx,
        "scan-sighting",
        &[
            ("kind", Arg::Str(&kind)),
            ("via", Arg::Str(&via.join(&label(ctx, "app-list-sep", &[])))),
        ],
    );
    ctx.out.line(&format!("    {how}"))?;
    for r in &s.reasons {
        let mut line = format!("    Reason: {};cause={}", r.source, r.code);
        if !r.text.is_empty() {
            line.push_str(&format!(" \"{}\"", r.text));
        }
        if let Some(note) = &r.relation_note {
            line.push_str(&format!(" — {note}"));
        }
        ctx.out.line(&line)?;
    }
    for w in &s.warnings {
        ctx.out.line(&format!(
            "    Warning: {} {} \"{}\"",
            w.code, w.source, w.text
        ))?;
    }
    if let Some(note) = &s.note {
        ctx.out.line(&format!("    ! {note}"))?;
    }
    let by = match &s.vendor {
        Some(v) => format!("{v}{}{}", label(ctx, "app-colon", &[]), s.title),
        None => s.title.clone(),
    };
    if !by.is_empty() {
        ctx.out.line(&format!("    {by}"))?;
    }
    if !s.summary.is_empty() {
        ctx.out.line(&format!("    {}", s.summary))?;
    }
    if let Some(a) = &s.action {
        ctx.out.line(&format!("    → {a}"))?;
    }
    Ok(())
}

fn header(ctx: &mut Ctx, h: &HeaderSummary) -> io::Result<()> {
    let times = times(ctx, h.count);
    let what = if h.header == "Reason" {
        format!("{};cause={} \"{}\"", h.source, h.code, h.text)
    } else {
        format!("{} {} \"{}\"", h.code, h.source, h.text)
    };
    ctx.out.line(&format!("  {what}  {times}"))?;
    if let Some(name) = &h.q850_title {
        let value = h.code.to_string();
        let args = [("value", Arg::Str(&value)), ("name", Arg::Str(name))];
        ctx.out
            .line(&format!("    {}", label(ctx, "app-cause-head", &args)))?;
    }
    if let Some(t) = &h.sip_title {
        let maps = label(ctx, "scan-maps-to", &[("response", Arg::Str(t))]);
        ctx.out.line(&format!("    {maps}"))?;
    }
    let seen = seen(ctx, h.count, &h.first, &h.last);
    ctx.out.line(&format!("    {seen}"))
}

/// `(3 times)`, in the locale's parentheses.
fn times(ctx: &Ctx, count: u64) -> String {
    let times = label(ctx, "scan-times", &[("count", Arg::Num(count as i64))]);
    label(ctx, "app-parens", &[("text", Arg::Str(&times))])
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
