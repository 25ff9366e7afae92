//! `sipkb list [--class 4xx] [--category C] [--vendor SLUG | --variants | --q850]`

use super::table::Table;
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
fn head(ctx: &Ctx, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| ctx.kb.label(ctx.locale, id, &[]))
        .collect()
}

/// A value in the user's words: the `app.ftl` label `<kind>-<value>`.
fn value(ctx: &Ctx, kind: &str, value: &str) -> String {
    ctx.kb.label(ctx.locale, &format!("{kind}-{value}"), &[])
}

fn variants(ctx: &mut Ctx, args: &Args) -> Result<usize, Failure> {
    let rows = ctx.kb.variants(args.vendor.as_deref(), args.class)?;
    let codes: HashMap<SipCode, CodeEntry> = ctx
        .kb
        .codes(None)?
        .into_iter()
        .map(|c| (c.code, c))
        .collect();
    let mut items: Vec<VariantItem> = Vec::with_capacity(rows.len());
    for row in rows
        .iter()
        .filter(|row| wanted(args, &row.variant.category))
    {
        let entry = row.variant.code.and_then(|c| codes.get(&c));
        let (side, retry) = row.variant.triage(entry);
        items.push(VariantItem {
            vendor: &row.vendor,
            code: row.variant.code.map(|c| c.get()),
            vendor_code: row.variant.vendor_code.as_deref(),
            phrase: &row.variant.phrase,
            category: &row.variant.category,
            side,
            retry,
            q850: entry.and_then(|e| e.q850),
            title: ctx.kb.variant_title(ctx.locale, row)?,
        });
    }
    if args.json {
        ctx.out.json_pretty(&items)?;
        return Ok(items.len());
    }
    let all = args.vendor.is_none();
    let mut ids = vec!["col-code"];
    if all {
        ids.push("col-vendor");
    }
    ids.extend(["col-phrase", "col-category", "col-side", "col-meaning"]);
    let mut table = Table::new(head(ctx, &ids))
        .widest(0, 16)
        .widest(ids.len() - 4, 48);
    for v in &items {
        let code = match (v.vendor_code, v.code) {
            (Some(dc), _) => dc.to_string(),
            (None, Some(c)) => c.to_string(),
            (None, None) => String::new(),
        };
        let mut row = vec![code];
        if all {
            row.push(v.vendor.to_string());
        }
        row.extend([
            v.phrase.to_string(),
            value(ctx, "category", v.category),
            value(ctx, "side-short", &v.side),
            v.title.clone(),
        ]);
        table.row(row);
    }
    for line in table.lines() {
        ctx.out.line(&line)?;
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
    let ids = [
        "col-code",
        "col-reason",
        "col-category",
        "col-side",
        "col-meaning",
    ];
    let mut table = Table::new(head(ctx, &ids));
    for c in &items {
        table.row(vec![
            c.entry.code.to_string(),
            c.entry.reason.clone(),
            value(ctx, "category", &c.entry.category),
            value(ctx, "side-short", &c.entry.side),
            c.title.clone(),
        ]);
    }
    for line in table.lines() {
        ctx.out.line(&line)?;
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
    let ids = [
        "col-cause",
        "col-sip",
        "col-cause-class",
        "col-freeswitch",
        "col-meaning",
    ];
    let mut table = Table::new(head(ctx, &ids)).right(0);
    for i in &items {
        table.row(vec![
            i.cause.value.to_string(),
            i.cause.to_sip.map(|c| c.to_string()).unwrap_or_default(),
            value(ctx, "q850class", &i.cause.class),
            i.cause.freeswitch.clone().unwrap_or_default(),
            i.title.clone(),
        ]);
    }
    for line in table.lines() {
        ctx.out.line(&line)?;
    }
    Ok(items.len())
}
