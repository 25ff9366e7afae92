//! `sipkb export`: lists out as TOML, CSV or JSON Lines, or a locale's texts as Fluent.

use super::{Ctx, Outcome};
use sipkb::ExportFormat;
use std::io::{self, Write};
use std::path::PathBuf;

/// Arguments of `sipkb export`.
#[derive(clap::Args)]
pub struct Args {
    /// Only this vendor's list (required for toml when there are several vendors)
    #[arg(long, value_name = "SLUG")]
    vendor: Option<String>,
    /// toml, csv or json (lists that import back as the same content), or ftl (the texts of
    /// the --lang locale as a Fluent file)
    #[arg(long, value_name = "FORMAT")]
    format: String,
    /// Write to FILE instead of stdout
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Exports; exit 2 on a bad vendor or format.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let format = match args.format.to_ascii_lowercase().as_str() {
        "toml" => ExportFormat::Toml,
        "csv" => ExportFormat::Csv,
        "json" | "jsonl" => ExportFormat::Json,
        "ftl" => ExportFormat::Ftl(ctx.locale),
        other => {
            let msg = ctx.kb.label(
                ctx.locale,
                "err-export-format",
                &[("format", sipkb::Arg::Str(other))],
            );
            ctx.error(&msg);
            return Ok(Outcome::Bad);
        }
    };
    let vendor = args.vendor.as_deref();
    let result = match &args.output {
        Some(path) => {
            // Written next to the target and renamed, so a failed export leaves no half file.
            let tmp = path.with_extension("sipkb-tmp");
            let written = std::fs::File::create(&tmp).map(io::BufWriter::new);
            let mut file = match written {
                Ok(f) => f,
                Err(e) => {
                    ctx.error(&format!("{}: {e}", tmp.display()));
                    return Ok(Outcome::Bad);
                }
            };
            let r = ctx.kb.export(vendor, format, &mut file);
            let r = r.and_then(|n| {
                file.flush()
                    .and_then(|_| std::fs::rename(&tmp, path))
                    .map(|_| n)
                    .map_err(|source| sipkb::Error::Io {
                        path: path.clone(),
                        source,
                    })
            });
            if r.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            r
        }
        None => {
            let mut out = io::stdout().lock();
            ctx.kb.export(vendor, format, &mut out)
        }
    };
    match result {
        Ok(_) => Ok(Outcome::Found),
        Err(sipkb::Error::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => {
            Ok(Outcome::Found)
        }
        Err(e) => {
            ctx.report(None, &e);
            Ok(Outcome::Bad)
        }
    }
}
