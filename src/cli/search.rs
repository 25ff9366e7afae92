//! `sipkb search`

use super::{Ctx, Outcome};
use sipkb::{HitKind, SearchOptions};
use std::io;

/// Arguments of `sipkb search`.
#[derive(clap::Args)]
pub struct Args {
    /// Words to look for in phrases, device codes, vendor names and explanations (any of en,
    /// ru, zh; a Chinese word needs no spaces, a Russian word may be in any form)
    #[arg(required = true, num_args = 1..)]
    text: Vec<String>,
    /// Only this vendor's variants
    #[arg(long, value_name = "SLUG")]
    vendor: Option<String>,
    /// At most this many results
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=1000))]
    limit: u16,
    /// Print a JSON array of {kind, code, vendor, vendor_code, phrase, matched, matched_locale, score}
    #[arg(long)]
    json: bool,
}

/// Searches; exit 1 when nothing matched, 2 for a query with no words.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let query = args.text.join(" ");
    let opts = SearchOptions {
        locale: ctx.locale,
        vendor: args.vendor.clone(),
        limit: usize::from(args.limit),
    };
    let hits = match ctx.kb.search(&query, &opts) {
        Ok(h) => h,
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    if args.json {
        ctx.out.json_pretty(&hits)?;
    } else if hits.is_empty() {
        let none = ctx.kb.label(
            ctx.locale,
            "search-none",
            &[("query", sipkb::Arg::Str(&query))],
        );
        ctx.out.line(&none)?;
    } else {
        let canonical = ctx.kb.label(ctx.locale, "search-canonical", &[]);
        for h in &hits {
            let code = h.code.map_or_else(|| "   ".to_string(), |c| c.to_string());
            let owner = match h.kind {
                HitKind::Code => canonical.clone(),
                HitKind::Variant => h.vendor.clone().unwrap_or_default(),
            };
            let device = h
                .vendor_code
                .as_deref()
                .map(|d| format!("{d} "))
                .unwrap_or_default();
            ctx.out
                .line(&format!("{code}  {owner}  {device}{}", h.phrase))?;
            if h.matched != h.phrase && Some(h.matched.as_str()) != h.vendor_code.as_deref() {
                ctx.out
                    .line(&format!("     [{}] {}", h.matched_locale, h.matched))?;
            }
        }
    }
    ctx.out.flush()?;
    Ok(if hits.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}
