//! `sipkb vendors`

use super::table::Table;
use super::{Ctx, Outcome};
use std::io;

/// Arguments of `sipkb vendors`.
#[derive(clap::Args)]
pub struct Args {
    /// Print a JSON array of {slug, name, note, builtin, variants}
    #[arg(long)]
    json: bool,
}

/// Lists vendors; exit 1 when there are none.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let vendors = match ctx.kb.vendors() {
        Ok(v) => v,
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    if args.json {
        ctx.out.json_pretty(&vendors)?;
    } else {
        let head = ["col-vendor", "col-variants", "col-name"]
            .map(|id| ctx.kb.label(ctx.locale, id, &[]))
            .to_vec();
        let mut table = Table::new(head).right(1);
        for v in &vendors {
            let name = ctx.kb.vendor_name(ctx.locale, v);
            table.row(vec![v.slug.clone(), v.variants.to_string(), name]);
        }
        for line in table.lines() {
            ctx.out.line(&line)?;
        }
    }
    ctx.out.flush()?;
    Ok(if vendors.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}
