//! What the binary carries: migrations, data/ and locales/, embedded at build time so that
//! sipkb needs no set-up beyond `cargo`.

use crate::error::Result;
use crate::i18n::Catalog;
use include_dir::{Dir, include_dir};

static DATA: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/data");
static MIGRATIONS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/migrations");

/// An embedded text file.
#[derive(Debug, Clone)]
pub struct File {
    /// Path as in the source tree, e.g. `data/vendors/gigaset.toml`.
    pub path: String,
    /// Its contents.
    pub text: &'static str,
}

fn files(dir: &'static Dir<'static>, root: &str, sub: &str, ext: &str) -> Vec<File> {
    let mut out: Vec<File> = dir
        .get_dir(sub)
        .map(|d| d.files().collect::<Vec<_>>())
        .unwrap_or_else(|| {
            if sub.is_empty() {
                dir.files().collect()
            } else {
                Vec::new()
            }
        })
        .into_iter()
        .filter(|f| f.path().extension().is_some_and(|e| e == ext))
        .map(|f| File {
            path: format!("{root}/{}", f.path().display()),
            text: f.contents_utf8().expect("embedded text files are UTF-8"),
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

/// The migrations, in order (`migrations/0001_init.sql`, …).
pub fn migrations() -> Vec<File> {
    files(&MIGRATIONS, "migrations", "", "sql")
}

/// A file at the top of `data/`.
fn data_file(name: &str) -> File {
    let f = DATA
        .get_file(name)
        .unwrap_or_else(|| panic!("data/{name} is embedded"));
    File {
        path: format!("data/{name}"),
        text: f.contents_utf8().expect("UTF-8"),
    }
}

/// `data/switch_causes.toml`: the switches' own hangup causes and cause texts.
pub fn switch_causes() -> File {
    data_file("switch_causes.toml")
}

/// `data/lexicon.toml`: the concepts an unknown phrase is read by.
pub fn lexicon() -> File {
    data_file("lexicon.toml")
}

/// `data/senders.toml`: the products' `Server:`/`User-Agent:` signatures.
pub fn senders() -> File {
    data_file("senders.toml")
}

/// `data/codes.toml`: the canonical registry.
pub fn codes() -> File {
    data_file("codes.toml")
}

/// `data/q850.toml`: the Q.850 causes and their RFC 3398 mappings.
pub fn q850() -> File {
    data_file("q850.toml")
}

/// `data/hints.toml`: the versions the platform hints were checked for.
pub fn hints() -> File {
    data_file("hints.toml")
}

/// The built-in vendor lists, `data/vendors/*.toml`.
pub fn vendor_lists() -> Vec<File> {
    files(&DATA, "data", "vendors", "toml")
}

/// The slug of a built-in list: its file stem (`data/vendors/<slug>.toml`).
pub fn list_slug(f: &File) -> &str {
    let name = f.path.rsplit('/').next().unwrap_or(&f.path);
    name.strip_suffix(".toml").unwrap_or(name)
}

/// Every `locales/<locale>/*.ftl` as `(locale tag, path, text)`, sorted: written by `build.rs`,
/// which has checked that each parses and that no id repeats within a locale.
static LOCALE_FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/locale_files.rs"));

/// Which file defines each message: `(locale tag, message id, index in [`LOCALE_FILES`])`,
/// sorted by locale and id (`build.rs`).
static MESSAGE_INDEX: &[(&str, &str, u16)] =
    include!(concat!(env!("OUT_DIR"), "/message_index.rs"));

/// The catalog of built-in texts for every locale; a file is parsed when a message it
/// defines is first asked for (an answer needs a few of the files of one or two locales).
pub fn catalog() -> Result<Catalog> {
    Ok(Catalog::lazy(LOCALE_FILES, MESSAGE_INDEX))
}

/// A fingerprint of the built-in data: when it changes, a database made by an older binary
/// refreshes its built-in lists. `build.rs` computes it (SHA-256 over `data/codes.toml`,
/// `data/q850.toml` and `data/vendors/*.toml` by path, each path and text followed by a NUL),
/// so a start does not hash 1.5 MB of lists.
pub fn fingerprint() -> String {
    env!("SIPKB_BUILTIN_FINGERPRINT").to_string()
}

/// Lower-case hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
