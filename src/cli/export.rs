//! `sipkb export`: lists out as TOML, CSV or JSON Lines, or a locale's texts as Fluent.

use super::{Ctx, Outcome};
use sipkb::{ExportFormat, Locale, TableFormat, UiFormat};
use std::io::{self, Write};
use std::path::PathBuf;

/// Arguments of `sipkb export`.
#[derive(clap::Args)]
pub struct Args {
    /// Only this vendor's list (required for toml when there are several vendors)
    #[arg(long, value_name = "SLUG", conflicts_with = "ui")]
    vendor: Option<String>,
    /// The end-user lines and titles of every code and variant for applications, in the
    /// --lang locale, under stable ids: --format json, ftl or po
    #[arg(long)]
    ui: bool,
    /// toml, csv or json (lists that import back as the same content), ftl (the texts of
    /// the --lang locale as a Fluent file), or table (one row per code and vendor entry for
    /// analytics engines, texts in every --lang of a list such as en,ru,zh; CSV, or Parquet
    /// when -o ends in .parquet)
    #[arg(long, value_name = "FORMAT")]
    format: String,
    /// Write to FILE instead of stdout
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// What one run writes.
enum What {
    Lists(ExportFormat),
    Ui(UiFormat),
    Table(TableFormat, Vec<Locale>),
}

/// Exports; exit 2 on a bad vendor or format.
pub fn run(ctx: &mut Ctx, args: &Args) -> io::Result<Outcome> {
    let what = match (args.ui, args.format.to_ascii_lowercase().as_str()) {
        (true, "json") => What::Ui(UiFormat::Json),
        (true, "ftl") => What::Ui(UiFormat::Ftl),
        (true, "po") => What::Ui(UiFormat::Po),
        (false, f) => match f {
            "toml" => What::Lists(ExportFormat::Toml),
            "csv" => What::Lists(ExportFormat::Csv),
            "json" | "jsonl" => What::Lists(ExportFormat::Json),
            "ftl" => What::Lists(ExportFormat::Ftl(ctx.locale)),
            "table" => match table(ctx, args) {
                Some(w) => w,
                None => return Ok(Outcome::Bad),
            },
            other => return bad_format(ctx, "err-export-format", other),
        },
        (true, other) => return bad_format(ctx, "err-export-ui-format", other),
    };
    let locale = ctx.locale;
    let write = |kb: &sipkb::Kb, out: &mut dyn Write| match what {
        What::Lists(format) => kb.export(args.vendor.as_deref(), format, out),
        What::Ui(format) => kb.export_ui(locale, format, out),
        What::Table(format, ref locales) => kb.export_table(locales, format, out),
    };
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
            // The library names its output `-`; here it is the file (a full disk, say).
            let r = write(&ctx.kb, &mut file).map_err(|e| match e {
                sipkb::Error::Io { source, .. } => sipkb::Error::Io {
                    path: path.clone(),
                    source,
                },
                other => other,
            });
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
            write(&ctx.kb, &mut out)
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

/// The table's format (from `-o`'s extension) and languages (`--lang en,ru,zh`, default all
/// three); `None` after saying what is wrong.
fn table(ctx: &Ctx, args: &Args) -> Option<What> {
    let parquet = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("parquet"));
    if parquet && !sipkb::PARQUET {
        ctx.error(&ctx.kb.label(ctx.locale, "err-export-no-parquet", &[]));
        return None;
    }
    let mut locales = Vec::new();
    for tag in ctx.lang.as_deref().unwrap_or("en,ru,zh").split(',') {
        let tag = tag.trim();
        match tag.to_ascii_lowercase().parse::<Locale>() {
            Ok(l) if !locales.contains(&l) => locales.push(l),
            Ok(_) => {}
            Err(_) => {
                let msg = ctx.kb.label(
                    ctx.locale,
                    "err-export-table-lang",
                    &[("lang", sipkb::Arg::Str(tag))],
                );
                ctx.error(&msg);
                return None;
            }
        }
    }
    let format = if parquet {
        TableFormat::Parquet
    } else {
        TableFormat::Csv
    };
    Some(What::Table(format, locales))
}

/// A format this kind of export does not write: exit 2 with a localized message.
fn bad_format(ctx: &Ctx, key: &str, format: &str) -> io::Result<Outcome> {
    let msg = ctx
        .kb
        .label(ctx.locale, key, &[("format", sipkb::Arg::Str(format))]);
    ctx.error(&msg);
    Ok(Outcome::Bad)
}
