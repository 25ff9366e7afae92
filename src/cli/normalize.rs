//! `sipkb normalize`: a column of phrases turned into the join key the table holds, one line
//! in, one line out, so that an engine can join on a key computed by sipkb itself.

use super::output::fail;
use sipkb::{Arg, Locale};
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `sipkb normalize`.
#[derive(clap::Args)]
pub struct Args {
    /// Files of phrases, one per line; `-` or none reads stdin
    files: Vec<PathBuf>,
    /// Write the simple key (phrase_key: ASCII lower case, spaces collapsed) instead of
    /// sipkb's normalized form (phrase_norm)
    #[arg(long)]
    simple: bool,
}

/// Normalizes every line; exit 2 (naming file:line) at a line that is not UTF-8. Needs no
/// database, so it runs before one is opened.
pub fn run(args: &Args, locale: Locale) -> ExitCode {
    let label = |id: &str, a: &[(&str, Arg<'_>)]| sipkb::builtin_label(locale, id, a);
    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for path in &files {
        let name = path.display().to_string();
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            match std::fs::File::open(path) {
                Ok(f) => Box::new(io::BufReader::new(f)),
                Err(e) => {
                    fail(&label("app-error", &[]), &format!("{name}: {e}"));
                    return ExitCode::from(2);
                }
            }
        };
        for (i, line) in reader.split(b'\n').enumerate() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    fail(&label("app-error", &[]), &format!("{name}:{}: {e}", i + 1));
                    return ExitCode::from(2);
                }
            };
            let line = line.strip_suffix(b"\r").unwrap_or(&line);
            let Ok(text) = std::str::from_utf8(line) else {
                let what = label("enrich-err-utf8-line", &[]);
                fail(
                    &label("app-error", &[]),
                    &format!("{name}:{}: {what}", i + 1),
                );
                return ExitCode::from(2);
            };
            let key = if args.simple {
                sipkb::phrase_key(text)
            } else {
                sipkb::normalize_phrase(text)
            };
            if writeln!(out, "{key}").is_err() {
                // A closed stdout (`| head`) is a quiet success.
                return ExitCode::SUCCESS;
            }
        }
    }
    match out.flush() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            fail(&label("app-error", &[]), &e.to_string());
            ExitCode::from(2)
        }
    }
}
