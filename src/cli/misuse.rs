//! clap's own errors (an unknown argument, a missing value, an invalid value…) as sipkb's
//! one-line errors in the user's language, naming the offending argument; exit 2. Help and
//! version requests are printed as clap renders them (in the user's language already, see
//! `help.rs`).

use super::help::Labels;
use super::output;
use clap::CommandFactory;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use sipkb::Arg;
use std::ffi::OsString;
use std::process::ExitCode;

/// Prints what clap stopped at and returns the exit code: 0 for `--help` and `--version`, 2
/// for bad usage.
pub fn report(e: &clap::Error, l: Labels, raw: &[OsString]) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            ExitCode::SUCCESS
        }
        // `sipkb` alone: the help, on stderr, as bad usage.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            ExitCode::from(2)
        }
        _ => {
            let see = [("command", Arg::Str(&command_of(raw)))];
            let text = message(e, l) + &l.text("cli-err-see-help", &see);
            output::fail(&l.text("app-error", &[]), &text);
            ExitCode::from(2)
        }
    }
}

/// One context value as text; lists joined with the locale's separator.
fn context(e: &clap::Error, kind: ContextKind, l: Labels) -> Option<String> {
    Some(match e.get(kind)? {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(&l.text("app-list-sep", &[])),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => {
            let v: Vec<String> = v.iter().map(ToString::to_string).collect();
            v.join(&l.text("app-list-sep", &[]))
        }
        ContextValue::Number(n) => n.to_string(),
        _ => return None,
    })
}

/// The error in one line: what is wrong, with which argument, and clap's suggestion if any.
fn message(e: &clap::Error, l: Labels) -> String {
    let get = |kind| context(e, kind, l).unwrap_or_default();
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let (id, mut args): (&str, Vec<(&str, String)>) = match e.kind() {
        ErrorKind::UnknownArgument => ("cli-err-unknown-argument", vec![("arg", arg)]),
        ErrorKind::InvalidSubcommand => (
            "cli-err-unknown-command",
            vec![("command", get(ContextKind::InvalidSubcommand))],
        ),
        ErrorKind::InvalidValue if value.is_empty() => ("cli-err-no-value", vec![("arg", arg)]),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => (
            "cli-err-invalid-value",
            vec![("arg", arg), ("value", value)],
        ),
        ErrorKind::NoEquals => ("cli-err-no-equals", vec![("arg", arg)]),
        ErrorKind::TooManyValues => (
            "cli-err-too-many-values",
            vec![("arg", arg), ("value", value)],
        ),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => (
            "cli-err-value-count",
            vec![
                ("arg", arg),
                (
                    "expected",
                    context(e, ContextKind::ExpectedNumValues, l)
                        .or_else(|| context(e, ContextKind::MinValues, l))
                        .unwrap_or_default(),
                ),
                ("actual", get(ContextKind::ActualNumValues)),
            ],
        ),
        ErrorKind::ArgumentConflict => (
            "cli-err-conflict",
            vec![("arg", arg), ("other", get(ContextKind::PriorArg))],
        ),
        ErrorKind::MissingRequiredArgument => ("cli-err-missing", vec![("arg", arg)]),
        ErrorKind::MissingSubcommand => ("cli-err-no-command", vec![]),
        ErrorKind::InvalidUtf8 => ("cli-err-utf8", vec![]),
        _ => ("cli-err-other", vec![]),
    };
    let valid = get(ContextKind::ValidValue);
    let suggested = [
        ContextKind::SuggestedArg,
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .find_map(|k| context(e, k, l));
    args.push(("values", valid.clone()));
    let fargs: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Str(v))).collect();
    let mut text = l.text(id, &fargs);
    if let Some(s) = suggested {
        text += &l.text("cli-err-suggest", &[("what", Arg::Str(&s))]);
    } else if !valid.is_empty() {
        text += &l.text("cli-err-valid", &[("values", Arg::Str(&valid))]);
    }
    // A value parser's own reason (a range, a socket address) is English text: it is kept
    // for English, and the other languages point to the help, which says what is accepted.
    if e.kind() == ErrorKind::ValueValidation
        && l.0 == sipkb::Locale::En
        && let Some(source) = std::error::Error::source(e)
    {
        text = format!("{text}: {source}");
    }
    text
}

/// `sipkb SUBCOMMAND` as typed before the error (for the hint to its help), or `sipkb`.
fn command_of(raw: &[OsString]) -> String {
    let names: Vec<String> = super::Cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let mut it = raw.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        // The global options' values are not subcommands.
        if a == "--db" || a == "--lang" {
            it.next();
            continue;
        }
        if !a.starts_with('-') && names.iter().any(|n| *n == a) && a != "help" {
            return format!("sipkb {a}");
        }
    }
    "sipkb".into()
}
