//! `sipkb sources`: the provenance log.

use super::table::Table;
use super::{Ctx, Outcome};
use std::io;

/// Arguments of `sipkb sources`.
#[derive(clap::Args)]
pub struct Args {
    /// Print a JSON array
    #[arg(long)]
    json: bool,
}

/// Lists every import, removal and restore, oldest first.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let log = match ctx.kb.sources() {
        Ok(l) => l,
        Err(e) => {
            ctx.report(None, &e);
            return Ok(Outcome::Bad);
        }
    };
    if args.json {
        ctx.out.json_pretty(&log)?;
        ctx.out.flush()?;
        return Ok(Outcome::Found);
    }
    let head = [
        "col-id",
        "col-when",
        "col-action",
        "col-counts",
        "col-sha",
        "col-source",
    ]
    .map(|id| ctx.kb.label(ctx.locale, id, &[]))
    .to_vec();
    let mut table = Table::new(head).right(0);
    let sep = ctx.kb.label(ctx.locale, "app-list-sep", &[]);
    for e in &log {
        let counts = format!(
            "+{} ~{} ={} -{} !{}",
            e.counts.added,
            e.counts.changed,
            e.counts.unchanged,
            e.counts.removed,
            e.counts.rejected
        );
        let source = if e.vendors.is_empty() {
            e.source.clone()
        } else {
            format!("{} [{}]", e.source, e.vendors.join(&sep))
        };
        let action = ctx
            .kb
            .label(ctx.locale, &format!("action-{}", e.action), &[]);
        table.row(vec![
            e.id.to_string(),
            e.imported_at.clone(),
            action,
            counts,
            e.sha256[..e.sha256.len().min(16)].to_string(),
            source,
        ]);
    }
    for line in table.lines() {
        ctx.out.line(&line)?;
    }
    ctx.out.flush()?;
    Ok(Outcome::Found)
}
