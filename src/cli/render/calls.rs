//! The calls part of `sipkb scan` as text: a call table, then for each call with a problem a
//! compact ladder, its findings and the explanation of its final response.

use super::{Depth, explanation};
use sipkb::{Arg, Call, CallMessage, Dialogs, Direction, Finding, Kb, Locale, OutcomeKind};
use std::fmt::Write;

/// Ladders shown in the default report; `--call` shows one, `--json` all.
const MAX_LADDERS: usize = 20;
/// Rows of the call table shown.
const MAX_ROWS: usize = 200;
/// OPTIONS pairs shown.
const MAX_OPTIONS: usize = 20;

fn secs(ms: Option<u64>) -> String {
    ms.map_or_else(|| "–".into(), |ms| format!("{:.1}", ms as f64 / 1000.0))
}

fn num(n: u64) -> Arg<'static> {
    Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
}

fn outcome(kb: &Kb, l: Locale, c: &Call) -> String {
    let key = match c.outcome.kind {
        OutcomeKind::Answered => "answered",
        OutcomeKind::Failed => "failed",
        OutcomeKind::Cancelled => "cancelled",
        OutcomeKind::NoFinal => "no_final",
        OutcomeKind::Registered => "registered",
        OutcomeKind::Partial => "partial",
    };
    let word = kb.label(l, &format!("calls-outcome-{key}"), &[]);
    match (&c.final_response, c.outcome.kind) {
        (Some(f), OutcomeKind::Failed) => format!("{word} {}", f.code),
        _ => word,
    }
}

/// The finding a table row shows: the first that asks someone to act beyond the outcome
/// itself, else the outcome.
fn main_finding(c: &Call) -> Option<&Finding> {
    c.findings
        .iter()
        .find(|f| f.category != "outcome" && f.side != "none")
        .or_else(|| c.findings.iter().find(|f| f.category == "outcome"))
        .or(c.findings.first())
}

fn pad(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n >= width {
        format!("{s} ")
    } else {
        format!("{s}{}", " ".repeat(width - n))
    }
}

/// A time for the table: to the millisecond, without the zone letter.
fn short_time(t: &str) -> String {
    let t = t.trim_end_matches('Z');
    match t.find('.') {
        Some(i) => t[..(i + 4).min(t.len())].replace('T', " "),
        None => t.replace('T', " "),
    }
}

/// Whether a call gets a ladder in the default report.
fn has_problem(c: &Call) -> bool {
    matches!(c.outcome.kind, OutcomeKind::Failed | OutcomeKind::NoFinal)
        || c.findings
            .iter()
            .any(|f| f.category != "outcome" && f.side != "none")
}

/// The calls part of the report.
pub fn report(kb: &Kb, l: Locale, d: &Dialogs) -> String {
    let mut s = String::new();
    let label = |id: &str, args: &[(&str, Arg<'_>)]| kb.label(l, id, args);
    if let Some(note) = &d.calls_note {
        let _ = writeln!(s, "\n{note}");
    }
    let t = &d.call_totals;
    if d.calls.is_empty() && d.registrations.is_empty() && d.options.is_empty() {
        return s;
    }
    if d.calls.is_empty() {
        let _ = writeln!(s, "\n{}", label("calls-none", &[]));
    } else {
        let shown = d.calls.len().min(MAX_ROWS) as u64;
        let head = label(
            "calls-heading",
            &[("shown", num(shown)), ("total", num(t.calls))],
        );
        let _ = writeln!(s, "\n{head}");
        let cols = [
            (label("calls-col-time", &[]), 24),
            (label("calls-col-call", &[]), 28),
            (label("calls-col-outcome", &[]), 22),
            (label("calls-col-duration", &[]), 10),
        ];
        let mut line = String::from("  ");
        for (name, w) in &cols {
            line.push_str(&pad(name, *w));
        }
        line.push_str(&label("calls-col-finding", &[]));
        let _ = writeln!(s, "{line}");
        // Past the cap, calls with a problem get the rows first; the table stays in time order.
        let mut rows: Vec<&Call> = d
            .calls
            .iter()
            .filter(|c| has_problem(c))
            .take(MAX_ROWS)
            .collect();
        let room = MAX_ROWS - rows.len();
        rows.extend(d.calls.iter().filter(|c| !has_problem(c)).take(room));
        rows.sort_by(|a, b| (&a.file, &a.start, &a.call_id).cmp(&(&b.file, &b.start, &b.call_id)));
        for c in rows {
            let finding = main_finding(c).map(|f| f.text.as_str()).unwrap_or_default();
            let cut: String = finding.chars().take(140).collect();
            let cut = if cut.len() < finding.len() {
                format!("{cut}…")
            } else {
                cut
            };
            let _ = writeln!(
                s,
                "  {}{}{}{}{cut}",
                pad(&c.start.as_deref().map(short_time).unwrap_or_default(), 24),
                pad(&format!("{} → {}", c.from.user, c.to.user), 28),
                pad(&outcome(kb, l, c), 22),
                pad(&secs(c.timing.duration_ms), 10),
            );
        }
    }
    let totals = label(
        "calls-totals",
        &[
            ("calls", num(t.calls)),
            ("answered", num(t.answered)),
            ("failed", num(t.failed)),
            ("cancelled", num(t.cancelled)),
            ("no_final", num(t.no_final)),
            ("partial", num(t.partial)),
        ],
    );
    let _ = writeln!(s, "  {totals}");
    if t.not_listed > 0 {
        let _ = writeln!(
            s,
            "  {}",
            label("calls-not-listed", &[("count", num(t.not_listed))])
        );
    }
    if t.closed_early > 0 {
        let args = [
            ("count", num(t.closed_early)),
            ("max", num(sipkb::MAX_OPEN_CALLS as u64)),
        ];
        let _ = writeln!(s, "  {}", label("calls-closed-early", &args));
    }
    let problems: Vec<&Call> = d.calls.iter().filter(|c| has_problem(c)).collect();
    for c in problems.iter().take(MAX_LADDERS) {
        s.push_str(&ladder(kb, l, c, Depth::Brief));
    }
    if problems.len() > MAX_LADDERS {
        let more = (problems.len() - MAX_LADDERS) as u64;
        let _ = writeln!(
            s,
            "\n{}",
            label("calls-more-failed", &[("count", num(more))])
        );
    }
    let bad: Vec<&Call> = d.registrations.iter().filter(|c| has_problem(c)).collect();
    if !bad.is_empty() {
        let _ = writeln!(s, "\n{}", label("calls-registrations", &[]));
        for c in &bad {
            let f = main_finding(c).map(|f| f.text.as_str()).unwrap_or_default();
            let _ = writeln!(s, "  {}  {}  {f}", c.call_id, c.from.uri);
        }
    }
    // A registration whose REGISTER and answer the input does not hold did not succeed here.
    let ok = d
        .registrations
        .iter()
        .filter(|c| c.outcome.kind == OutcomeKind::Registered && !has_problem(c))
        .count() as u64;
    if ok > 0 {
        let _ = writeln!(
            s,
            "  {}",
            label("calls-registrations-ok", &[("count", num(ok))])
        );
    }
    if !d.options.is_empty() {
        let _ = writeln!(s, "\n{}", label("calls-options", &[]));
        for o in d.options.iter().take(MAX_OPTIONS) {
            let answers: Vec<String> = o
                .responses
                .iter()
                .map(|(c, n)| format!("{c}×{n}"))
                .collect();
            let answers = if answers.is_empty() {
                "–".to_string()
            } else {
                answers.join(" ")
            };
            let args = [
                ("from", Arg::Str(&o.from)),
                ("to", Arg::Str(&o.to)),
                ("requests", num(o.requests)),
                ("answers", Arg::Str(&answers)),
                ("unanswered", num(o.unanswered)),
            ];
            let _ = writeln!(s, "  {}", label("calls-options-line", &args));
        }
    }
    s
}

/// One ladder line: offset, direction, what, from → to, CSeq, SDP.
fn step(m: &CallMessage) -> String {
    let offset = m.offset_ms.map_or_else(
        || "     ".to_string(),
        |ms| format!("+{:.3}", ms as f64 / 1000.0),
    );
    let arrow = match m.direction {
        Direction::ToCallee => "→",
        Direction::ToCaller => "←",
    };
    let hop = match (&m.src, &m.dst) {
        (Some(a), Some(b)) => format!("{a} → {b}"),
        (Some(a), None) => format!("{a} →"),
        (None, Some(b)) => format!("→ {b}"),
        (None, None) => String::new(),
    };
    let sdp = m
        .sdp
        .as_deref()
        .map(|s| format!("  [SDP {s}]"))
        .unwrap_or_default();
    format!(
        "  #{:<3} {:>9}  {arrow} {}{}  ({}){sdp}",
        m.index,
        offset,
        pad(&m.label, 28),
        pad(&hop, 44),
        m.cseq
    )
}

/// A call in detail: parties, timing, the ladder, the findings and the final response
/// explained (`depth` of that explanation).
pub fn ladder(kb: &Kb, l: Locale, c: &Call, depth: Depth) -> String {
    let mut s = String::new();
    let label = |id: &str, args: &[(&str, Arg<'_>)]| kb.label(l, id, args);
    let head = label(
        "calls-ladder",
        &[
            ("id", Arg::Str(&c.call_id)),
            ("from", Arg::Str(&c.from.uri)),
            ("to", Arg::Str(&c.to.uri)),
        ],
    );
    let _ = writeln!(s, "\n{head}");
    let t = &c.timing;
    let timing = label(
        "calls-timing",
        &[
            ("first", Arg::Str(&secs(t.first_provisional_ms))),
            ("pdd", Arg::Str(&secs(t.post_dial_delay_ms))),
            ("final", Arg::Str(&secs(t.final_ms))),
            ("duration", Arg::Str(&secs(t.duration_ms))),
        ],
    );
    let _ = writeln!(s, "  {}  {timing}", c.start.as_deref().unwrap_or_default());
    let mut last = None;
    for m in &c.messages {
        if let Some(prev) = last
            && m.index > prev + 1
        {
            let n = m.index - prev - 1;
            let _ = writeln!(
                s,
                "  {}",
                label("calls-messages-dropped", &[("count", num(n))])
            );
        }
        let _ = writeln!(s, "{}", step(m));
        if let Some(text) = &m.text {
            for line in text.lines() {
                let _ = writeln!(s, "        | {line}");
            }
        }
        last = Some(m.index);
    }
    if !c.findings.is_empty() {
        let _ = writeln!(s, "  {}", label("calls-findings", &[]));
        let who = label("app-side", &[]);
        for f in &c.findings {
            let side = label(&format!("side-{}", f.side), &[]);
            let _ = writeln!(s, "    • #{} {}  [{who}: {side}]", f.message, f.text);
        }
    }
    let opts = sipkb::ExplainOptions {
        locale: Some(l),
        ..Default::default()
    };
    // A malformed Reason or Warning from the wire must not lose the status line.
    let explained = c
        .final_response
        .as_ref()
        .filter(|f| f.code >= 300)
        .and_then(|f| {
            kb.explain(&f.explain, &opts)
                .or_else(|_| kb.explain(f.explain.lines().next().unwrap_or_default(), &opts))
                .ok()
        });
    if let Some(ex) = explained {
        let _ = writeln!(s, "  {}", label("calls-explained", &[]));
        for line in explanation(kb, &ex, depth).trim_end().lines() {
            let _ = writeln!(s, "    {line}");
        }
    }
    s
}
