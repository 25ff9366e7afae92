//! The command line in the user's language. clap's derive stays the definition (names, value
//! parsers, conflicts); every text people read — about lines, argument help, value names,
//! headings, the usage line, default and possible values — is replaced on the built `Command`
//! from `app.ftl` (`cli-…` ids), so `--help`, `man` and the completions' descriptions all
//! follow `--lang`. A text with no `cli-…` id keeps the derive's English; a test lists them.

use super::Cli;
use clap::{Arg, Command, CommandFactory};
use sipkb::Locale;

/// The command line with every text in `locale`.
pub fn command(locale: Locale) -> Command {
    built(Cli::command(), locale)
}

/// The command line the man page documents: without clap's `help` subcommand.
pub fn man_command(locale: Locale) -> Command {
    built(Cli::command().disable_help_subcommand(true), locale)
}

fn built(mut cmd: Command, locale: Locale) -> Command {
    // Building adds `--help`, `--version` and the `help` subcommand and copies the global
    // options into every subcommand, so that they are localized below like the rest.
    cmd.build();
    localize(cmd, Labels(locale), true)
}

/// The `app.ftl` labels of one locale.
#[derive(Clone, Copy)]
pub struct Labels(pub Locale);

impl Labels {
    /// Label `id`, or `None` when no locale has it.
    pub fn get(self, id: &str, args: &[(&str, sipkb::Arg<'_>)]) -> Option<String> {
        let text = sipkb::builtin_label(self.0, id, args);
        (text != id).then_some(text)
    }

    /// Label `id` (the id itself when no locale has it).
    pub fn text(self, id: &str, args: &[(&str, sipkb::Arg<'_>)]) -> String {
        sipkb::builtin_label(self.0, id, args)
    }
}

/// The `app.ftl` id of a command's description: `cli-about` for sipkb itself, else
/// `cli-cmd-<name>` (the copies under `help` share their command's).
pub fn about_id(cmd: &Command, root: bool) -> String {
    if root {
        "cli-about".into()
    } else {
        format!("cli-cmd-{}", cmd.get_name())
    }
}

/// The `app.ftl` id of an argument's help: `cli-arg-<id>` for `--help`, `--version` and the
/// global options, else `cli-arg-<command>-<id>` (`_` written `-`).
pub fn arg_id(command: &str, arg: &Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    if arg.is_global_set() || id == "help" || id == "version" {
        format!("cli-arg-{id}")
    } else {
        format!("cli-arg-{command}-{id}")
    }
}

/// The `app.ftl` id of a value name: `cli-value-<name in lower case>`.
pub fn value_id(name: &str) -> String {
    format!("cli-value-{}", name.to_lowercase().replace('_', "-"))
}

fn localize(cmd: Command, l: Labels, root: bool) -> Command {
    let mut cmd = cmd.mut_subcommands(|sub| localize(sub, l, false));
    if let Some(about) = l.get(&about_id(&cmd, root), &[]) {
        cmd = cmd.about(about).long_about(None);
    }
    let name = cmd.get_name().to_string();
    cmd = cmd.mut_args(|arg| localize_arg(&name, arg, l));
    if let Some(name) = l.get("cli-placeholder-command", &[]) {
        cmd = cmd.subcommand_value_name(name);
    }
    let usage = usage(&mut cmd, l);
    let template = template(&cmd, l);
    cmd.override_usage(usage).help_template(template)
}

fn localize_arg(command: &str, mut arg: Arg, l: Labels) -> Arg {
    let mut help = l
        .get(&arg_id(command, &arg), &[])
        .or_else(|| arg.get_help().map(ToString::to_string))
        .unwrap_or_default();
    let takes_values = arg.get_action().takes_values();
    if let Some(names) = arg.get_value_names() {
        let names: Vec<String> = names
            .iter()
            .map(|n| l.get(&value_id(n), &[]).unwrap_or_else(|| n.to_string()))
            .collect();
        arg = arg.value_names(names);
    }
    // clap writes these in English ("[default: …]", "[possible values: …]"): they are
    // hidden and written here from app.ftl instead.
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        let value = defaults.join(",");
        let args = [("value", sipkb::Arg::Str(&value))];
        help += &l.text("cli-default", &args);
        arg = arg.hide_default_value(true);
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|p| !p.is_hide_set())
        .map(|p| p.get_name().to_string())
        .collect();
    if takes_values && !possible.is_empty() && !arg.is_hide_possible_values_set() {
        let values = possible.join(&l.text("app-list-sep", &[]));
        let args = [("values", sipkb::Arg::Str(&values))];
        help += &l.text("cli-possible", &args);
        arg = arg.hide_possible_values(true);
    }
    arg.help(help).long_help(None)
}

/// The usage line without clap's English "Usage: " and with `[OPTIONS]` in `l`'s words (value
/// names and `<COMMAND>` are localized already).
fn usage(cmd: &mut Command, l: Labels) -> String {
    let usage = cmd.render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    match l.get("cli-placeholder-options", &[]) {
        Some(options) => usage.replace("[OPTIONS]", &format!("[{options}]")),
        None => usage.to_string(),
    }
}

/// clap's default help layout, with the headings clap would write in English ("Usage:",
/// "Commands:", "Arguments:", "Options:") written from `app.ftl`, followed by the locale's
/// colon.
fn template(cmd: &Command, l: Labels) -> String {
    let colon = l.text("app-colon", &[]);
    let heading = |id: &str| format!("{}{}", l.text(id, &[]), colon.trim_end());
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{}{colon}{{usage}}",
        l.text("cli-usage", &[])
    );
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        t += &format!("\n\n{}\n{{subcommands}}", heading("cli-heading-commands"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        t += &format!("\n\n{}\n{{positionals}}", heading("cli-heading-arguments"));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        t += &format!("\n\n{}\n{{options}}", heading("cli-heading-options"));
    }
    t + "{after-help}"
}
