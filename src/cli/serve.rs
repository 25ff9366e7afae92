//! `sipkb serve`: the HTTP API (see src/server/).

use super::{Ctx, Outcome};
use std::io;
use std::net::SocketAddr;

/// Arguments of `sipkb serve`.
#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on (port 0: any free port; the address is printed first)
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR")]
    addr: SocketAddr,
    /// Allow cross-origin requests from this origin only (none by default)
    #[arg(long, value_name = "ORIGIN")]
    cors: Option<String>,
    /// At most this many open connections [default: what the open-file limit allows, at
    /// most 4096]
    #[arg(long, value_name = "N")]
    max_connections: Option<usize>,
    /// Lookups run at once; more wait in a bounded line, then get 503 [default: one per core]
    #[arg(long, value_name = "N")]
    workers: Option<usize>,
}

/// Serves until interrupted; exit 2 when the address cannot be bound.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let opts = crate::server::Options {
        addr: args.addr,
        cors: args.cors.clone(),
        max_connections: args.max_connections,
        workers: args.workers,
        // The command's own language (`--lang`, else the environment's): the log lines', and
        // the answers' to requests that ask for none.
        locale: ctx.locale,
    };
    let path = ctx.kb.path().to_path_buf();
    match crate::server::serve(&path, &opts) {
        Ok(()) => Ok(Outcome::Found),
        Err(e) => {
            ctx.error(&format!("{}: {e}", args.addr));
            Ok(Outcome::Bad)
        }
    }
}
