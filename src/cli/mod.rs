//! The command line: clap lives here and nowhere else. Each subcommand is a file with one `run`.

mod doctor;
mod enrich;
mod explain;
mod export;
mod help;
mod import;
mod list;
mod misuse;
mod normalize;
mod output;
mod remove;
mod render;
mod scan;
mod search;
#[cfg(feature = "server")]
mod serve;
mod shell;
mod sources;
mod table;
mod vendors;

use clap::{FromArgMatches, Parser, Subcommand};
use output::Out;
use sipkb::{Arg, Kb, Locale};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Explain SIP response codes and vendor reason phrases, in English, Russian and Chinese.
#[derive(Parser)]
#[command(name = "sipkb", version, about, propagate_version = true)]
struct Cli {
    /// Database file [default: the platform data directory; env: SIPKB_DB]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Language of the texts: en, ru or zh (also ru-RU, zh_TW.UTF-8…) [default: from
    /// LC_ALL, LC_MESSAGES, LANG]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explain status lines, codes, device codes or phrases (`-` reads one per line from stdin)
    Explain(explain::Args),
    /// List canonical codes, vendors' variants or Q.850 causes
    List(list::Args),
    /// Search phrases, vendor names and explanations in all three languages
    Search(search::Args),
    /// Explain every SIP failure in logs (text or .gz) and captures (pcap, pcapng)
    Scan(scan::Args),
    /// Add sipkb's answer to every row of call records (CDRs: CSV or JSON Lines), streaming
    Enrich(enrich::Args),
    /// Serve the JSON API over HTTP (loopback by default)
    #[cfg(feature = "server")]
    Serve(serve::Args),
    /// List vendors and how many variants each has
    Vendors(vendors::Args),
    /// Import vendor lists (TOML, CSV, JSON Lines), showing what changes; one transaction
    Import(import::Args),
    /// Export lists as TOML, CSV or JSON (they import back as the same content), or texts as FTL
    Export(export::Args),
    /// Show the provenance log: every import, removal and restore
    Sources(sources::Args),
    /// Delete a vendor's list
    Remove(remove::RemoveArgs),
    /// Load the built-in lists again from this binary's data
    Restore(remove::RestoreArgs),
    /// Check the database: integrity, counts, translation coverage, conflicts
    Doctor(doctor::Args),
    /// Normalize phrases, one per line, into the table's join key (phrase_norm, or --simple
    /// for phrase_key)
    Normalize(normalize::Args),
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell)
    Completions(shell::CompletionsArgs),
    /// Print the man page (roff, sipkb.1)
    Man,
}

/// What a subcommand found, as the exit code says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Everything asked for was found (exit 0).
    Found = 0,
    /// Something was not found (exit 1).
    NotFound = 1,
    /// Bad usage or bad input (exit 2).
    Bad = 2,
}

/// Where the database path came from: resolved once, here, and shown by `doctor`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbOrigin {
    /// `--db PATH`.
    Flag,
    /// The `SIPKB_DB` environment variable.
    Env,
    /// The platform data directory.
    Default,
}

impl DbOrigin {
    /// The label id of `app.ftl` that names it, and its JSON name.
    fn names(self) -> (&'static str, &'static str) {
        match self {
            DbOrigin::Flag => ("db-origin-flag", "flag"),
            DbOrigin::Env => ("db-origin-env", "env"),
            DbOrigin::Default => ("db-origin-default", "default"),
        }
    }
}

/// The database path: `--db`, then `SIPKB_DB`, then the platform data directory.
fn db_path(flag: Option<PathBuf>) -> Option<(PathBuf, DbOrigin)> {
    if let Some(p) = flag {
        return Some((p, DbOrigin::Flag));
    }
    if let Some(p) = std::env::var_os("SIPKB_DB").filter(|v| !v.is_empty()) {
        return Some((PathBuf::from(p), DbOrigin::Env));
    }
    sipkb::default_db_path().map(|p| (p, DbOrigin::Default))
}

/// Everything a subcommand needs besides its own arguments.
pub struct Ctx {
    kb: Kb,
    locale: Locale,
    out: Out,
    /// Where the database path came from.
    origin: DbOrigin,
    /// `--lang` as given (`export --format table` takes a list: `en,ru,zh`).
    lang: Option<String>,
}

impl Ctx {
    /// Prints `sipkb: error: …` (label localized) on stderr.
    fn error(&self, message: &str) {
        output::error(&self.kb, self.locale, message);
    }

    /// Prints a library error in the user's language, after `place` when one is given, with
    /// the command-line hint that goes with it (the library's texts name no flags).
    fn report(&self, place: Option<&str>, error: &sipkb::Error) {
        let mut text = self.kb.describe_error(self.locale, error);
        if let Some(hint) = hint(error) {
            text = format!("{text} ({})", self.kb.label(self.locale, hint, &[]));
        }
        match place {
            Some(p) => {
                let colon = self.kb.label(self.locale, "app-colon", &[]);
                self.error(&format!("{p}{colon}{text}"));
            }
            None => self.error(&text),
        }
    }
}

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let raw: Vec<OsString> = std::env::args_os().collect();
    // The language is known before clap parses anything: its help and its errors speak it.
    let locale = Locale::choose(lang_flag(&raw).as_deref(), |k| std::env::var(k).ok());
    output::set_locale(locale);
    // The plain definition parses first: the localized one, which builds the catalog, is
    // needed only to show help, the version or an error (it parses the same way).
    let cli = match Cli::try_parse_from(&raw) {
        Ok(cli) => cli,
        Err(_) => match help::command(locale)
            .try_get_matches_from(&raw)
            .and_then(|m| Cli::from_arg_matches(&m))
        {
            Ok(cli) => cli,
            Err(e) => return misuse::report(&e, help::Labels(locale), &raw),
        },
    };
    // Completions and the man page come from the clap definition alone: they run before the
    // database is opened, so they work (and create nothing) where there is no database.
    if let Some(code) = shell::run(&cli.command, locale) {
        return code;
    }
    if let Command::Normalize(args) = &cli.command {
        return normalize::run(args, locale);
    }
    let label = |id: &str| sipkb::builtin_label(locale, id, &[]);
    let Some((path, origin)) = db_path(cli.db) else {
        output::fail(&label("app-error"), &label("cli-no-data-dir"));
        return ExitCode::from(2);
    };
    // Commands that write open the database read-write (and refuse a damaged one); the
    // others read it as it is when it cannot be written, and say so.
    let writes = matches!(
        cli.command,
        Command::Import(_) | Command::Remove(_) | Command::Restore(_)
    );
    let opened = if writes {
        Kb::open(&path).map(|kb| (kb, None))
    } else {
        Kb::open_for_reading(&path)
    };
    let kb = match opened {
        Ok((kb, read_only)) => {
            notices(&kb, locale, &path, read_only.as_ref(), &cli.command);
            kb
        }
        Err(e) => {
            let mut text = sipkb::describe_error(&e, locale);
            if let Some(hint) = hint(&e) {
                text = format!("{text} ({})", label(hint));
            }
            output::fail(&label("app-error"), &text);
            return ExitCode::from(2);
        }
    };
    let mut ctx = Ctx {
        kb,
        locale,
        out: Out::stdout(),
        origin,
        lang: cli.lang.clone(),
    };
    let outcome = match &cli.command {
        Command::Explain(args) => explain::run(&mut ctx, args),
        Command::List(args) => list::run(&mut ctx, args),
        Command::Search(args) => search::run(&mut ctx, args),
        Command::Scan(args) => scan::run(&mut ctx, args),
        Command::Enrich(args) => enrich::run(&mut ctx, args),
        #[cfg(feature = "server")]
        Command::Serve(args) => serve::run(&mut ctx, args),
        Command::Vendors(args) => vendors::run(&mut ctx, args),
        Command::Import(args) => import::run(&mut ctx, args),
        Command::Export(args) => export::run(&mut ctx, args),
        Command::Sources(args) => sources::run(&mut ctx, args),
        Command::Remove(args) => remove::remove(&mut ctx, args),
        Command::Restore(args) => remove::restore(&mut ctx, args),
        Command::Doctor(args) => doctor::run(&mut ctx, args),
        // Answered by `shell::run` and `normalize::run` before the database was opened.
        Command::Completions(_) | Command::Man | Command::Normalize(_) => Ok(Outcome::Found),
    };
    match outcome {
        Ok(o) => ExitCode::from(o as u8),
        // `sipkb list | head`: a closed stdout is a quiet success.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            ctx.error(&e.to_string());
            ExitCode::from(2)
        }
    }
}

/// Says on stderr that the database is damaged (reads go on, writes are refused), or that it
/// was opened read-only and why. `doctor` reports damage itself.
fn notices(kb: &Kb, locale: Locale, path: &Path, read_only: Option<&sipkb::Error>, cmd: &Command) {
    let shown = path.to_string_lossy();
    let path = Arg::Str(&shown);
    if let Some(detail) = kb.damage() {
        if !matches!(cmd, Command::Doctor(_)) {
            let args = [("path", path), ("detail", Arg::Str(&detail))];
            output::fail(
                &kb.label(locale, "app-warning", &[]),
                &kb.label(locale, "db-damaged", &args),
            );
        }
        return;
    }
    let Some(e) = read_only else {
        return;
    };
    let reason = match e {
        sipkb::Error::BadDatabase {
            problem: sipkb::DbProblem::Other(r),
            ..
        } => r.clone(),
        sipkb::Error::Sql(e) => e.to_string(),
        e => kb.describe_error(locale, e),
    };
    let args = [("path", path), ("reason", Arg::Str(&reason))];
    output::fail(
        &kb.label(locale, "app-notice", &[]),
        &kb.label(locale, "db-read-only", &args),
    );
}

/// The command-line hint for a library error, as a label id of `app.ftl`.
fn hint(error: &sipkb::Error) -> Option<&'static str> {
    match error {
        sipkb::Error::UnknownVendor(_) => Some("cli-hint-vendors"),
        sipkb::Error::OneVendor => Some("cli-hint-one-vendor"),
        sipkb::Error::BadDatabase {
            problem: sipkb::DbProblem::Newer { .. } | sipkb::DbProblem::Foreign,
            ..
        } => Some("cli-hint-other-db"),
        _ => None,
    }
}

/// `--lang` as the command line gives it (`--lang L` or `--lang=L`, the last one before a
/// `--`), found in the raw arguments before clap parses them.
fn lang_flag(raw: &[OsString]) -> Option<String> {
    let mut found = None;
    let mut it = raw.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::lang_flag;
    use std::ffi::OsString;

    #[test]
    fn lang_is_found_before_parsing() {
        for (args, want) in [
            (&["sipkb", "--lang", "ru", "list"][..], Some("ru")),
            (&["sipkb", "list", "--lang=zh"], Some("zh")),
            (
                &["sipkb", "explain", "--lang", "zh", "--lang", "ru", "486"],
                Some("ru"),
            ),
            (&["sipkb", "explain", "--", "--lang", "ru"], None),
            (&["sipkb", "explain", "--lang"], None),
            (&["sipkb", "list"], None),
        ] {
            let raw: Vec<OsString> = args.iter().map(OsString::from).collect();
            assert_eq!(lang_flag(&raw).as_deref(), want, "{args:?}");
        }
    }
}
