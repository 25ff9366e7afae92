//! `sipkb completions SHELL` and `sipkb man`: both are generated from the clap definition, so
//! they cannot drift from the real options, and both run before the database is opened: they
//! need nothing from it, and installing them must not create one.

use super::Command;
use super::help::{self, Labels};
use clap_complete::Shell;
use clap_mangen::Man;
use sipkb::Locale;
use std::io::{self, Write};
use std::process::ExitCode;

/// Arguments of `sipkb completions`.
#[derive(clap::Args)]
pub struct CompletionsArgs {
    /// The shell to write the completion script for
    #[arg(value_enum)]
    shell: Shell,
}

/// Runs `completions` or `man`; `None` for every other subcommand, which needs the database.
pub fn run(command: &Command, locale: Locale) -> Option<ExitCode> {
    let result = match command {
        Command::Completions(args) => completions(args.shell, locale),
        Command::Man => man(locale),
        _ => return None,
    };
    Some(match result {
        Ok(()) => ExitCode::SUCCESS,
        // `sipkb man | head`: a closed stdout is a quiet success, as for every other subcommand.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let label = sipkb::builtin_label(locale, "app-error", &[]);
            super::output::fail(&label, &e.to_string());
            ExitCode::from(2)
        }
    })
}

/// Writes the completion script for `shell` to stdout, its descriptions in `locale`.
fn completions(shell: Shell, locale: Locale) -> io::Result<()> {
    // The generators panic on a write error, so the script is built in memory and written here,
    // where a closed pipe is an error we can answer quietly.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut help::command(locale), "sipkb", &mut script);
    write_stdout(&script)
}

/// Writes one man page, sipkb.1, to stdout: the main page, then a section per subcommand with
/// its synopsis, description and options (one file to install, and `man sipkb` shows it all).
fn man(locale: Locale) -> io::Result<()> {
    // `help` is clap's own subcommand, not something the page should document. The command
    // is built: each subcommand has its bin name ("sipkb explain"), used in its synopsis.
    let cmd = help::man_command(locale);
    let headings = Headings::new(Labels(locale));
    let subs: Vec<&clap::Command> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    let mut main = Vec::new();
    Man::new(cmd.clone()).render(&mut main)?;
    let mut page = Vec::new();
    // clap_mangen lists subcommands as pages of their own (`sipkb-explain(1)`), which we do not
    // install: they are sections of this page, so the list names them as typed.
    for line in String::from_utf8_lossy(&main).lines() {
        match subs
            .iter()
            .find(|s| line == format!("sipkb\\-{}(1)", roff_name(s)))
        {
            Some(sub) => writeln!(page, "\\fBsipkb {}\\fR", roff_name(sub))?,
            None => writeln!(page, "{}", headings.line(line))?,
        }
    }
    for sub in subs {
        writeln!(page, ".SH \"SIPKB {}\"", roff_name(sub).to_uppercase())?;
        let man = Man::new(sub.clone());
        let mut part = Vec::new();
        man.render_synopsis_section(&mut part)?;
        man.render_description_section(&mut part)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut part)?;
        }
        for line in String::from_utf8_lossy(&part).lines() {
            // A man page has two heading levels: a subcommand's own sections go one level down,
            // and the quote-string preamble each rendering repeats is already at the top.
            if let Some(heading) = headings.line(line).strip_prefix(".SH ") {
                writeln!(page, ".SS {heading}")?;
            } else if !line.starts_with(".ie \\n(.g .ds Aq") && !line.starts_with(".el .ds Aq") {
                writeln!(page, "{line}")?;
            }
        }
    }
    write_stdout(ascii_roff(&String::from_utf8_lossy(&page)).as_bytes())
}

/// clap_mangen's section headings (`.SH NAME`, `.SH OPTIONS`…), which it writes in English,
/// in the page's language.
struct Headings(Vec<(&'static str, String)>);

impl Headings {
    fn new(l: Labels) -> Self {
        let pairs = [
            ("NAME", "cli-man-name"),
            ("SYNOPSIS", "cli-man-synopsis"),
            ("DESCRIPTION", "cli-man-description"),
            ("OPTIONS", "cli-heading-options"),
            ("SUBCOMMANDS", "cli-heading-commands"),
            ("VERSION", "cli-man-version"),
        ];
        Headings(
            pairs
                .into_iter()
                .map(|(en, id)| (en, l.text(id, &[]).to_uppercase()))
                .collect(),
        )
    }

    /// `line`, with a heading clap_mangen wrote in English replaced (quoted when it has a
    /// space, as roff needs).
    fn line(&self, line: &str) -> String {
        let Some(heading) = line.strip_prefix(".SH ") else {
            return line.to_string();
        };
        match self.0.iter().find(|(en, _)| *en == heading) {
            Some((_, text)) if text.contains(' ') => format!(".SH \"{text}\""),
            Some((_, text)) => format!(".SH {text}"),
            None => line.to_string(),
        }
    }
}

/// `text` with every non-ASCII character written as a roff escape (`…` as `\[u2026]`): groff
/// without a preprocessor and other man implementations do not all read UTF-8 input.
fn ascii_roff(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

/// A subcommand's name as roff text (a `-` in it is written `\-`).
fn roff_name(sub: &clap::Command) -> String {
    sub.get_name().replace('-', "\\-")
}

/// Writes all of `bytes` to stdout and flushes.
fn write_stdout(bytes: &[u8]) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()
}
