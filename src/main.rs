//! The `sipkb` binary: parses arguments, runs one subcommand, maps the outcome to an exit code.

mod cli;
#[cfg(feature = "server")]
mod server;

// mimalloc instead of glibc's malloc: an import allocates on the reader thread and frees on the
// writer, which glibc serves slowly (a sixth of a large import's time was in malloc and free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run()
}
