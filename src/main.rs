//! The `sipkb` binary: parses arguments, runs one subcommand, maps the outcome to an exit code.

mod cli;
mod server;

fn main() -> std::process::ExitCode {
    cli::run()
}
