//! `sipkb list [--class 4xx] [--category C] [--vendor SLUG | --variants | --q850]`

use super::{Ctx, Outcome};
use serde::Serialize;
use sipkb::{CATEGORIES, Class, CodeEntry, CodeTitle, Error, SipCode};
use std::collections::HashMap;
use std::io;

/// Arguments of `sipkb list`.
#[derive(clap::Args)]
pub struct Args {
    /// Only this class: 1xx … 6xx
    #[arg(long, value_name = "CLASS")]
    class: Option<Class>,
    /// Only this triage category
    #[arg(long, value_name = "CATEGORY", value_parser = clap::builder::PossibleValuesParser::new(CATEGORIES))]
    category: Option<String>,
    /// List this vendor's variants instead of the canonical codes
    #[arg(long, value_name = "SLUG", conflicts_with_all = ["variants", "q850"])]
    vendor: Option<String>,
    /// List every vendor's variants instead of the canonical codes
    #[arg(long, conflicts_with = "q850")]
    variants: bool,
    /// List the ITU-T Q.850 causes with their RFC 3398 SIP mapping
    #[arg(long, conflicts_with_all = ["class", "category"])]
    q850: bool,
    /// Print a JSON array
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct VariantItem<'a> {
    vendor: &'a str,
    code: Option<u16>,
    vendor_code: Option<&'a str>,
    phrase: &'a str,
    category: &'a str,
    side: String,
    retry: String,
    q850: Option<u8>,
    title: String,
}

/// Lists codes, variants or causes; exit 1 when the selection is empty.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let listed = if args.q850 {
        causes(ctx, args)
    } else if args.vendor.is_some() || args.variants {
        variants(ctx, args)
    } else {
        codes(ctx, args)
    };
    let count = match listed {
        Ok(count) => count,
        Err(Failure::Io(e)) => return Err(e),
        Err(Failure::Kb(e)) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    ctx.out.flush()?;
    Ok(if count == 0 {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}

/// Why a listing stopped: the knowledge base refused (exit 2), or output failed.
enum Failure {
    Kb(Error),
    Io(io::Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Kb(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

fn title(ctx: &Ctx, id: &str) -> String {
    ctx.kb
        .texts(ctx.locale, id)
        .map(|(t, _)| t.title)
        .unwrap_or_default()
}

fn wanted(args: &Args, category: &str) -> bool {
    args.category.as_deref().is_none_or(|c| c == category)
}

/// Column headings, localized.
fn head<const N: usize>(ctx: &Ctx, ids: [&str; N]) -> [String; N] {
    ids.map(|id| ctx.kb.label(ctx.locale, id, &[]))
}

fn variants(ctx: &mut Ctx, args: &Args) -> Result<usize, Failure> {
    let rows = ctx.kb.variants(args.vendor.as_deref(), args.class)?;
    let codes: HashMap<SipCode, CodeEntry> = ctx
        .kb
        .codes(None)?
        .into_iter()
        .map(|c| (c.code, c))
        .collect();
    let items: Vec<VariantItem> = rows
        .iter()
        .filter(|row| wanted(args, &row.variant.category))
        .map(|row| {
            let entry = row.variant.code.and_then(|c| codes.get(&c));
            let (side, retry) = row.variant.triage(entry);
            VariantItem {
                vendor: &row.vendor,
                code: row.variant.code.map(|c| c.get()),
                vendor_code: row.variant.vendor_code.as_deref(),
                phrase: &row.variant.phrase,
                category: &row.variant.category,
                side,
                retry,
                q850: entry.and_then(|e| e.q850),
                title: title(ctx, &row.variant.message),
            }
        })
        .collect();
    if args.json {
        ctx.out.json_pretty(&items)?;
        return Ok(items.len());
    }
    let [code, phrase, category, side, vendor] = head(
        ctx,
        [
            "col-code",
            "col-phrase",
            "col-category",
            "col-side",
            "col-vendor",
        ],
    );
    let all = args.vendor.is_none();
    let vendor = if all {
        format!(" {vendor:<14}")
    } else {
        String::new()
    };
    ctx.out.line(&format!(
        "{code:<8}{vendor} {phrase:<42} {category:<12} {side:<9}"
    ))?;
    for v in &items {
        let code = match (v.vendor_code, v.code) {
            (Some(dc), _) => dc.to_string(),
            (None, Some(c)) => c.to_string(),
            (None, None) => String::new(),
        };
        let vendor = if all {
            format!(" {:<14}", v.vendor)
        } else {
            String::new()
        };
        ctx.out.line(&format!(
            "{code:<8}{vendor} {:<42} {:<12} {:<9} {}",
            v.phrase, v.category, v.side, v.title
        ))?;
    }
    Ok(items.len())
}

fn codes(ctx: &mut Ctx, args: &Args) -> Result<usize, Failure> {
    let items: Vec<CodeTitle> = ctx
        .kb
        .code_titles(args.class, ctx.locale)?
        .into_iter()
        .filter(|c| wanted(args, &c.entry.category))
        .collect();
    if args.json {
        ctx.out.json_pretty(&items)?;
        return Ok(items.len());
    }
    let [code, reason, category, side] =
        head(ctx, ["col-code", "col-reason", "col-category", "col-side"]);
    ctx.out
        .line(&format!("{code:<6} {reason:<40} {category:<12} {side:<9}"))?;
    for c in &items {
        ctx.out.line(&format!(
            "{:<6} {:<40} {:<12} {:<9} {}",
            c.entry.code, c.entry.reason, c.entry.category, c.entry.side, c.title
        ))?;
    }
    Ok(items.len())
}

fn causes(ctx: &mut Ctx, args: &Args) -> Result<usize, Failure> {
    #[derive(Serialize)]
    struct CauseItem {
        #[serde(flatten)]
        cause: sipkb::Cause,
        from_sip: Vec<u16>,
        title: String,
    }
    let mut items = Vec::new();
    for cause in ctx.kb.q850_causes()? {
        items.push(CauseItem {
            from_sip: ctx.kb.q850_from_sip(cause.value)?,
            title: title(ctx, &cause.message_id()),
            cause,
        });
    }
    if args.json {
        ctx.out.json_pretty(&items)?;
        return Ok(items.len());
    }
    let [cause, sip, name] = head(ctx, ["col-cause", "col-sip", "col-freeswitch"]);
    ctx.out.line(&format!("{cause:<6} {sip:<5} {name:<34}"))?;
    for i in &items {
        let sip = i.cause.to_sip.map(|c| c.to_string()).unwrap_or_default();
        let fs = i.cause.freeswitch.as_deref().unwrap_or_default();
        ctx.out.line(&format!(
            "{:<6} {sip:<5} {fs:<34} {}",
            i.cause.value, i.title
        ))?;
    }
    Ok(items.len())
}
