//! Writing to stdout and stderr.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sipkb::{Input, Kb, Locale, Progress};
use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Buffered stdout; every write returns the I/O error so a closed pipe ends the command.
pub struct Out(BufWriter<Stdout>);

impl Out {
    /// Buffered stdout.
    pub fn stdout() -> Self {
        Out(BufWriter::new(io::stdout()))
    }

    /// Writes one line.
    pub fn line(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.0, "{text}")
    }

    /// Writes a value as one line of JSON.
    pub fn json<T: serde::Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer(&mut self.0, value)?;
        writeln!(self.0)
    }

    /// Writes a value as pretty JSON.
    pub fn json_pretty<T: serde::Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.0, value)?;
        writeln!(self.0)
    }

    /// Flushes what is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Prints `sipkb: <error>: message` on stderr, with the label in the user's language.
pub fn error(kb: &Kb, locale: Locale, message: &str) {
    fail(&kb.label(locale, "app-error", &[]), message);
}

/// The locale of this run's messages on stderr, set once by `cli::run` before anything is
/// printed (English until then).
static LOCALE: OnceLock<Locale> = OnceLock::new();

/// Sets the locale of this run's messages on stderr.
pub fn set_locale(locale: Locale) {
    let _ = LOCALE.set(locale);
}

/// Prints `sipkb: label: message` on stderr, the label followed by the locale's colon (`：` in
/// Chinese). Unlike `eprintln!`, a closed stderr is not a panic.
pub fn fail(label: &str, message: &str) {
    let locale = LOCALE.get().copied().unwrap_or(Locale::En);
    let colon = sipkb::builtin_label(locale, "app-colon", &[]);
    let _ = writeln!(io::stderr().lock(), "sipkb: {label}{colon}{message}");
}

/// The inputs named on the command line: `-` is standard input (the surface decides that,
/// not the library).
pub fn inputs(files: &[PathBuf]) -> Vec<Input> {
    files
        .iter()
        .map(|f| {
            if f.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::Path(f.clone())
            }
        })
        .collect()
}

/// Shows how far reading has got on `bar`.
pub fn advance(bar: &ProgressBar, p: Progress<'_>) {
    if let Some(total) = p.total {
        bar.set_length(total);
    }
    bar.set_message(p.file.to_string());
    bar.set_position(p.done);
}

/// A bar on stderr when it is a terminal; hidden otherwise.
pub fn progress_bar() -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("{msg} {wide_bar} {bytes}/{total_bytes} {eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}
