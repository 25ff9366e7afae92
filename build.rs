// The binary embeds data/, locales/ and migrations/ with include_dir!, which cannot tell cargo
// what it read on stable Rust; these lines make an edited file trigger a rebuild.
//
// It also fingerprints the built-in data here, once, instead of at every start: hashing and
// UTF-8-checking 1.5 MB of lists was a quarter of a one-line `explain` (issue #18's budget).
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

fn main() {
    for dir in ["data", "locales", "migrations"] {
        println!("cargo:rerun-if-changed={dir}");
    }
    // The same bytes, in the same order, as `builtin::fingerprint` documents: codes, q850,
    // then the vendor lists by path; each path and text followed by a NUL.
    let mut files = vec!["data/codes.toml".to_string(), "data/q850.toml".to_string()];
    let mut lists: Vec<String> = std::fs::read_dir("data/vendors")
        .expect("data/vendors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .map(|p| format!("data/vendors/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    lists.sort();
    files.extend(lists);
    let mut hash = Sha256::new();
    for f in &files {
        let text = std::fs::read(Path::new(f)).unwrap_or_else(|e| panic!("{f}: {e}"));
        hash.update(f.as_bytes());
        hash.update([0]);
        hash.update(&text);
        hash.update([0]);
    }
    let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=SIPKB_BUILTIN_FINGERPRINT={hex}");
    locale_files();
}

/// Embeds `locales/<locale>/*.ftl` as `&'static str` (`include_str!`: no UTF-8 check at run
/// time) after checking here what the run time would otherwise check at every start: each
/// file parses, and no message id appears twice in a locale. The catalog then parses a
/// locale only when it is first asked for.
fn locale_files() {
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let mut out = String::from("&[\n");
    // (locale, id, file number): which file defines each message, so that the catalog parses
    // only the files an answer needs.
    let mut index: Vec<(String, String, usize)> = Vec::new();
    let mut file_no = 0usize;
    let mut locales: Vec<String> = std::fs::read_dir("locales")
        .expect("locales/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    locales.sort();
    for locale in locales {
        let mut names: Vec<String> = std::fs::read_dir(format!("locales/{locale}"))
            .expect("locale dir")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut ids = HashSet::new();
        for name in names {
            let path = format!("locales/{locale}/{name}");
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let resource = match fluent_syntax::parser::parse(text) {
                Ok(r) => r,
                Err((_, errors)) => {
                    let shown: Vec<String> = errors
                        .iter()
                        .map(|e| {
                            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
                            let line = text[..at.min(text.len())].matches('\n').count() + 1;
                            format!("{path}:{line}: {e:?}")
                        })
                        .collect();
                    panic!("Fluent syntax errors:\n{}", shown.join("\n"));
                }
            };
            for entry in resource.body {
                let id = match entry {
                    fluent_syntax::ast::Entry::Message(m) => m.id.name.to_string(),
                    fluent_syntax::ast::Entry::Term(t) => format!("-{}", t.id.name),
                    _ => continue,
                };
                assert!(
                    ids.insert(id.clone()),
                    "{path}: message {id} defined twice in {locale}"
                );
                index.push((locale.clone(), id, file_no));
            }
            file_no += 1;
            let _ = writeln!(
                out,
                "    ({locale:?}, {path:?}, include_str!({:?})),",
                format!("{root}/{path}")
            );
        }
    }
    out.push_str("]\n");
    let dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    std::fs::write(Path::new(&dir).join("locale_files.rs"), out).expect("write locale_files.rs");
    index.sort();
    let mut table = String::from("&[\n");
    for (locale, id, file) in index {
        let _ = writeln!(table, "    ({locale:?}, {id:?}, {file}),");
    }
    table.push_str("]\n");
    std::fs::write(Path::new(&dir).join("message_index.rs"), table)
        .expect("write message_index.rs");
}
