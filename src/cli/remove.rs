//! `sipkb remove` and `sipkb restore`: take a vendor's list out, or bring the built-in lists
//! back from the binary's own data.

use super::{Ctx, Outcome};
use sipkb::Arg;
use std::io;

/// Arguments of `sipkb remove`.
#[derive(clap::Args)]
pub struct RemoveArgs {
    /// The vendor whose list is deleted (built-in lists come back only with `sipkb restore`)
    #[arg(long, value_name = "SLUG", required = true)]
    vendor: String,
}

/// Arguments of `sipkb restore`.
#[derive(clap::Args)]
pub struct RestoreArgs {
    /// Only this built-in list
    #[arg(long, value_name = "SLUG")]
    vendor: Option<String>,
}

/// Removes a list; exit 2 for an unknown vendor.
pub fn remove(ctx: &mut Ctx, args: &RemoveArgs) -> io::Result<Outcome> {
    match ctx.kb.remove_vendor(&args.vendor) {
        Ok(n) => {
            let args = [
                ("slug", Arg::Str(&args.vendor)),
                ("count", Arg::Num(n as i64)),
            ];
            let line = ctx.kb.label(ctx.locale, "app-removed", &args);
            ctx.out.line(&line)?;
            ctx.out.flush()?;
            Ok(Outcome::Found)
        }
        Err(e) => {
            ctx.report(None, &e);
            Ok(Outcome::Bad)
        }
    }
}

/// Restores built-in lists; exit 2 when the slug is not a built-in list.
pub fn restore(ctx: &mut Ctx, args: &RestoreArgs) -> io::Result<Outcome> {
    match ctx.kb.restore(args.vendor.as_deref()) {
        Ok(slugs) => {
            let list = slugs.join(&ctx.kb.label(ctx.locale, "app-list-sep", &[]));
            let line = ctx
                .kb
                .label(ctx.locale, "app-restored", &[("slugs", Arg::Str(&list))]);
            ctx.out.line(&line)?;
            ctx.out.flush()?;
            Ok(Outcome::Found)
        }
        Err(e) => {
            ctx.report(None, &e);
            Ok(Outcome::Bad)
        }
    }
}
