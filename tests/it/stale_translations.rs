//! Stale translations: every Russian and Chinese message records, on a `# en: <8 hex>` comment
//! line right above it, the hash of the English message it was translated from
//! (scripts/stamp-translations.py writes it: the first 8 hex digits of the SHA-256 of the
//! English message's lines, `id =` through its last indented line, each without trailing
//! spaces, joined by newlines). A message whose English changed since is listed.

use crate::texts::root;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// `(id, index of its first line, its lines)` of every message and term of one file.
fn blocks(lines: &[&str]) -> Vec<(String, usize, Vec<String>)> {
    let entry = |l: &str| -> Option<String> {
        let id: String = l
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let starts = id
            .trim_start_matches('-')
            .starts_with(|c: char| c.is_ascii_alphabetic());
        let rest = l[id.len()..].trim_start_matches([' ', '\t']);
        (starts && rest.starts_with('=')).then_some(id)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some(id) = entry(lines[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < lines.len() && (lines[j].trim().is_empty() || lines[j].starts_with([' ', '\t'])) {
            j += 1;
        }
        let mut block: Vec<String> = lines[i..j].iter().map(|l| l.trim_end().into()).collect();
        while block.last().is_some_and(|l| l.is_empty()) {
            block.pop();
        }
        out.push((id, i, block));
        i = j;
    }
    out
}

fn files(locale: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("locales").join(locale))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

fn read(path: &PathBuf) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.trim_start_matches('\u{feff}').to_string()
}

/// The hash a translation of `block` records.
fn digest(block: &[String]) -> String {
    let hash = Sha256::digest(block.join("\n").as_bytes());
    hash.iter().take(4).map(|b| format!("{b:02x}")).collect()
}

/// The stamp among the comment lines right above line `at`.
fn stamp(lines: &[&str], at: usize) -> Option<String> {
    lines[..at]
        .iter()
        .rev()
        .take_while(|l| l.starts_with('#') && !l.starts_with("##"))
        .find_map(|l| l.trim_end().strip_prefix("# en: "))
        .filter(|h| h.len() == 8 && h.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')))
        .map(String::from)
}

#[test]
fn every_translation_records_the_english_it_translates_and_it_is_current() {
    let mut english = BTreeMap::new();
    for path in files("en") {
        let text = read(&path);
        let lines: Vec<&str> = text.lines().collect();
        for (id, _, block) in blocks(&lines) {
            english.insert(id, digest(&block));
        }
    }
    assert!(english.len() > 500, "{} English messages", english.len());
    let (mut stale, mut unstamped, mut checked) = (Vec::new(), Vec::new(), 0);
    for locale in ["ru", "zh"] {
        for path in files(locale) {
            let text = read(&path);
            let lines: Vec<&str> = text.lines().collect();
            let file = path.strip_prefix(root()).unwrap().display().to_string();
            for (id, at, _) in blocks(&lines) {
                let place = format!("{file}:{}: {id}", at + 1);
                let Some(now) = english.get(&id) else {
                    continue; // locales_complete reports a message English lacks.
                };
                checked += 1;
                match stamp(&lines, at) {
                    Some(h) if h == *now => {}
                    Some(h) => stale.push(format!(
                        "{place} (translated from {h}, English is now {now})"
                    )),
                    None => unstamped.push(place),
                }
            }
        }
    }
    assert!(checked > 1000, "only {checked} translations checked");
    assert!(
        stale.is_empty() && unstamped.is_empty(),
        "Translations whose English changed since they were made (update them, then run \
         scripts/stamp-translations.py ID…):\n{}\nTranslations with no `# en:` stamp (run \
         scripts/stamp-translations.py once they are translated):\n{}",
        stale.join("\n"),
        unstamped.join("\n")
    );
}

#[test]
fn a_changed_english_message_is_stale() {
    let en = ["sip-480 =", "    .title = Temporarily unavailable", ""];
    let changed = ["sip-480 =", "    .title = Temporarily not available"];
    let ru = [
        "# en: 00000000",
        "sip-480 =",
        "    .title = Временно недоступен",
    ];
    let (_, _, old) = &blocks(&en)[0];
    let (_, _, new) = &blocks(&changed)[0];
    assert_ne!(digest(old), digest(new));
    // Trailing spaces and blank lines after a message do not count.
    let spaced = [
        "sip-480 =  ",
        "    .title = Temporarily unavailable   ",
        "",
        "",
    ];
    assert_eq!(digest(old), digest(&blocks(&spaced)[0].2));
    assert_eq!(stamp(&ru, 1).as_deref(), Some("00000000"));
    assert_eq!(stamp(&ru, 0), None);
}
