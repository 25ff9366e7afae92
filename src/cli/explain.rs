//! `sipkb explain INPUT…`

use super::{Ctx, Outcome, render};
use sipkb::{Arg, ExplainOptions, MatchKind};
use std::io::{self, BufRead};

/// Arguments of `sipkb explain`.
#[derive(clap::Args)]
pub struct Args {
    /// Status lines (`SIP/2.0 403 Wrong Guess`), codes (`486`), device codes (`0x751`) or
    /// phrases (`No money left`); `-` reads one input per line from stdin
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
    /// Print one JSON object per input (JSON Lines)
    #[arg(long)]
    json: bool,
    /// List this vendor's variants first
    #[arg(long, value_name = "SLUG")]
    vendor: Option<String>,
    /// Only the headline, how the input matched and the triage facts (text output)
    #[arg(long, conflicts_with = "full")]
    brief: bool,
    /// Everything: after the lead, every entry in full with its causes, how to confirm and the
    /// platform hints (text output)
    #[arg(long)]
    full: bool,
}

/// Explains every input; the exit code is the worst outcome of any of them.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let opts = ExplainOptions {
        locale: Some(ctx.locale),
        vendor: args.vendor.clone(),
    };
    let mut worst = Outcome::Found;
    let mut count = 0usize;
    for input in &args.inputs {
        if input == "-" {
            for (i, line) in io::stdin().lock().split(b'\n').enumerate() {
                let line = line?;
                let place = format!("stdin:{}", i + 1);
                let outcome = match std::str::from_utf8(&line) {
                    Ok(text) if text.trim().is_empty() => continue,
                    Ok(text) => one(ctx, text, &place, &opts, args, &mut count)?,
                    Err(e) => {
                        let byte = e.valid_up_to().to_string();
                        let why =
                            ctx.kb
                                .label(ctx.locale, "err-not-utf8", &[("byte", Arg::Str(&byte))]);
                        let colon = ctx.kb.label(ctx.locale, "app-colon", &[]);
                        ctx.error(&format!("{place}{colon}{why}"));
                        Outcome::Bad
                    }
                };
                worst = worst.max(outcome);
            }
        } else {
            let place = shorten(input);
            worst = worst.max(one(ctx, input, &place, &opts, args, &mut count)?);
        }
    }
    ctx.out.flush()?;
    Ok(worst)
}

fn one(
    ctx: &mut Ctx,
    input: &str,
    place: &str,
    opts: &ExplainOptions,
    args: &Args,
    count: &mut usize,
) -> io::Result<Outcome> {
    match ctx.kb.explain(input, opts) {
        Ok(ex) => {
            if args.json {
                ctx.out.json(&ex)?;
            } else {
                if *count > 0 {
                    ctx.out.line("")?;
                }
                let depth = match (args.brief, args.full) {
                    (true, _) => render::Depth::Brief,
                    (_, true) => render::Depth::Full,
                    _ => render::Depth::Lead,
                };
                let text = render::explanation(&ctx.kb, &ex, depth);
                ctx.out.line(text.trim_end())?;
            }
            *count += 1;
            Ok(if ex.kind == MatchKind::NotFound {
                Outcome::NotFound
            } else {
                Outcome::Found
            })
        }
        Err(e) => {
            ctx.out.flush()?;
            ctx.report(Some(place), &e);
            Ok(Outcome::Bad)
        }
    }
}

/// An input as it is named in an error: quoted, and cut to 60 characters.
fn shorten(input: &str) -> String {
    let cut: String = input.chars().take(60).collect();
    if cut.len() < input.len() {
        format!("{cut:?}…")
    } else {
        format!("{cut:?}")
    }
}
