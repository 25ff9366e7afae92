//! `sipkb list [--class 4xx] [--vendor SLUG]`

use super::{Ctx, Outcome};
use serde::Serialize;
use sipkb::{Class, Error};
use std::io;

/// Arguments of `sipkb list`.
#[derive(clap::Args)]
pub struct Args {
    /// Only this class: 1xx … 6xx
    #[arg(long, value_name = "CLASS")]
    class: Option<Class>,
    /// List this vendor's variants instead of the canonical codes
    #[arg(long, value_name = "SLUG")]
    vendor: Option<String>,
    /// Print a JSON array
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct CodeItem<'a> {
    code: u16,
    reason: &'a str,
    class: String,
    rfc: &'a [String],
    category: &'a str,
    q850: Option<u8>,
    retry: &'a str,
    aliases: &'a [String],
    title: String,
}

#[derive(Serialize)]
struct VariantItem<'a> {
    vendor: &'a str,
    code: Option<u16>,
    vendor_code: Option<&'a str>,
    phrase: &'a str,
    category: &'a str,
    title: String,
}

/// Lists codes or variants; exit 1 when the selection is empty.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let title = |id: &str| {
        ctx.kb
            .texts(ctx.locale, id)
            .map(|(t, _)| t.title)
            .unwrap_or_default()
    };
    let count = if let Some(vendor) = &args.vendor {
        let rows = match ctx.kb.variants(Some(vendor), args.class) {
            Ok(rows) => rows,
            Err(e) => return fail(ctx, &e),
        };
        let items: Vec<VariantItem> = rows
            .iter()
            .map(|row| VariantItem {
                vendor: &row.vendor,
                code: row.variant.code.map(|c| c.get()),
                vendor_code: row.variant.vendor_code.as_deref(),
                phrase: &row.variant.phrase,
                category: &row.variant.category,
                title: title(&row.variant.message),
            })
            .collect();
        if args.json {
            ctx.out.json_pretty(&items)?;
        } else {
            let head = ["col-code", "col-phrase", "col-category"]
                .map(|id| ctx.kb.label(ctx.locale, id, &[]));
            ctx.out.line(&format!(
                "{:<8} {:<42} {:<12} {}",
                head[0], head[1], head[2], ""
            ))?;
            for v in &items {
                let code = match (v.vendor_code, v.code) {
                    (Some(dc), _) => dc.to_string(),
                    (None, Some(c)) => c.to_string(),
                    (None, None) => String::new(),
                };
                ctx.out.line(&format!(
                    "{code:<8} {:<42} {:<12} {}",
                    v.phrase, v.category, v.title
                ))?;
            }
        }
        items.len()
    } else {
        let codes = match ctx.kb.codes(args.class) {
            Ok(codes) => codes,
            Err(e) => return fail(ctx, &e),
        };
        let items: Vec<CodeItem> = codes
            .iter()
            .map(|c| CodeItem {
                code: c.code.get(),
                reason: &c.reason,
                class: c.code.class().to_string(),
                rfc: &c.rfc,
                category: &c.category,
                q850: c.q850,
                retry: &c.retry,
                aliases: &c.aliases,
                title: title(&c.message_id()),
            })
            .collect();
        if args.json {
            ctx.out.json_pretty(&items)?;
        } else {
            let head = ["col-code", "col-reason", "col-category"]
                .map(|id| ctx.kb.label(ctx.locale, id, &[]));
            ctx.out.line(&format!(
                "{:<6} {:<40} {:<12} {}",
                head[0], head[1], head[2], ""
            ))?;
            for c in &items {
                ctx.out.line(&format!(
                    "{:<6} {:<40} {:<12} {}",
                    c.code, c.reason, c.category, c.title
                ))?;
            }
        }
        items.len()
    };
    ctx.out.flush()?;
    Ok(if count == 0 {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}

fn fail(ctx: &Ctx, e: &Error) -> io::Result<Outcome> {
    ctx.report(None, e);
    Ok(Outcome::Bad)
}
