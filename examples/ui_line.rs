//! What a softphone shows its user when a call fails: the end-user line for a SIP status line,
//! in the user's language, from sipkb's built-in data (no database file, no network).
//!
//! ```text
//! $ LANG=ru_RU.UTF-8 cargo run --example ui_line -- "SIP/2.0 480 No money left"
//! [sip-480--ru-softswitch--no-money-left] Недостаточно средств: …
//! ```
//!
//! The user's language comes from `--lang L` or the POSIX locale variables, negotiated to
//! en, ru or zh like the CLI does.

use sipkb::{Kb, Locale, Query, parse_input};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let lang = match args.iter().position(|a| a == "--lang") {
        Some(i) if i + 1 < args.len() => {
            let l = args.remove(i + 1);
            args.remove(i);
            Some(l)
        }
        _ => None,
    };
    let env = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    let locale = Locale::negotiate(lang.as_deref().or(env.as_deref()));
    let status = args.join(" ");
    if status.trim().is_empty() {
        eprintln!("usage: ui_line [--lang L] \"SIP/2.0 486 Busy Here\"");
        std::process::exit(2);
    }

    // The built-in knowledge base in memory: an app that ships sipkb as a library needs no
    // database file. (`Kb::open(path)` reads one that holds imported lists too.)
    let kb = Kb::open_in_memory()?;
    let (code, phrase) = match parse_input(&status)?.query {
        Query::Status { code, phrase } => (code.get(), phrase),
        _ => {
            eprintln!("not a SIP status line: {status}");
            std::process::exit(2);
        }
    };
    let line = kb.ui_text(code, Some(&phrase), locale)?;
    println!("[{}] {}: {}", line.id, line.title, line.text);
    Ok(())
}
