//! Platform hints name only what exists: every command, function, module, variable and setting a
//! hint names (in any language) is in `data/hint_names.toml` for that platform, with the source
//! file it exists in; and the Russian and Chinese hints name exactly what the English one does.
//! What counts as a name is the rule `data/hint_names.toml`'s header states.

use crate::texts::{self, Text};
use fancy_regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

const PLATFORMS: [&str; 4] = ["asterisk", "freeswitch", "kamailio", "opensips"];

/// A name a hint mentions: a command line's first two words, or a token.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Name {
    Command(String),
    Token(String),
}

impl Name {
    fn text(&self) -> &str {
        match self {
            Name::Command(s) | Name::Token(s) => s,
        }
    }
}

/// Whether `c` separates tokens besides whitespace: CJK characters and full-width or
/// typographic punctuation (，。；：、（）“”«»—), so Russian and Chinese hints split like the
/// English ones.
fn separator(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303f}'
        | '\u{3400}'..='\u{9fff}'
        | '\u{ff00}'..='\u{ffef}'
        | '\u{2018}'..='\u{201f}'
        | '«' | '»' | '—')
}

/// The names one line of a hint mentions.
fn names(line: &str) -> Vec<Name> {
    static RUN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?m)\bRun (.*?)(?:,|;| or | to |\.(?=\s|$)|$)").unwrap());
    static DOTTED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)+$").unwrap());
    let text: String = line
        .chars()
        .map(|c| if separator(c) { ' ' } else { c })
        .collect();
    let mut out = Vec::new();
    for m in RUN.captures_iter(&text) {
        let m = m.unwrap();
        let words: Vec<&str> = m[1].split_whitespace().take(2).collect();
        if !words.is_empty() {
            out.push(Name::Command(words.join(" ")));
        }
    }
    for tok in text.split_whitespace() {
        let t = tok.trim_start_matches(['(', '"', '\'', '«', '“', '「']);
        if t.starts_with('$') {
            let mut n = t.to_string();
            while let Some(last) = n.chars().last() {
                let unbalanced = last == ')' && n.matches('(').count() < n.matches(')').count();
                if ".,;:\"'»”」!?".contains(last) || unbalanced {
                    n.pop();
                } else {
                    break;
                }
            }
            out.push(Name::Token(n));
            continue;
        }
        if let Some((before, _)) = t.split_once('(')
            && !before.is_empty()
        {
            out.push(Name::Token(before.to_string()));
            continue;
        }
        let t = t.trim_end_matches(['.', ',', ';', ':', ')', '"', '\'', '»', '”', '」', '!', '?']);
        if t.contains('_') {
            out.push(Name::Token(t.split('=').next().unwrap_or(t).to_string()));
        } else if DOTTED.is_match(t).unwrap() {
            out.push(Name::Token(t.to_string()));
        }
    }
    out
}

/// (id, platform) → the names its hint lines mention, for one locale: the platform attributes
/// of the messages, and any platform part of a vendor list's texts.
fn hints(locale: &str) -> BTreeMap<(String, String), (Vec<String>, BTreeSet<Name>)> {
    let mut all: Vec<Text> = texts::ftl(locale);
    all.extend(texts::vendor(locale));
    let mut out: BTreeMap<(String, String), (Vec<String>, BTreeSet<Name>)> = BTreeMap::new();
    for t in all
        .into_iter()
        .filter(|t| PLATFORMS.contains(&t.part.as_str()))
    {
        let entry = out.entry((t.id.clone(), t.part.clone())).or_default();
        for line in t.text.lines() {
            entry.1.extend(names(line));
        }
        entry.0.push(t.text);
    }
    out
}

/// platform → the names `data/hint_names.toml` lists.
fn listed() -> BTreeMap<String, BTreeSet<String>> {
    let path = texts::root().join("data/hint_names.toml");
    let doc: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for n in doc["name"].as_array().expect("[[name]] entries") {
        let field = |k: &str| n[k].as_str().unwrap_or_default().to_string();
        assert!(
            PLATFORMS.contains(&field("platform").as_str()),
            "unknown platform in {n}"
        );
        assert!(
            field("source").contains('@') && field("source").contains(':'),
            "{}: the source is owner/repo@commit:path",
            field("name")
        );
        out.entry(field("platform"))
            .or_default()
            .insert(field("name"));
    }
    out
}

#[test]
fn every_name_a_hint_mentions_is_listed_with_its_source() {
    let listed = listed();
    let mut missing = BTreeSet::new();
    let mut seen = 0;
    for locale in ["en", "ru", "zh"] {
        for ((id, platform), (_, names)) in hints(locale) {
            for n in names {
                seen += 1;
                if !listed.get(&platform).is_some_and(|l| l.contains(n.text())) {
                    missing.insert(format!("{platform}: {} ({locale} {id})", n.text()));
                }
            }
        }
    }
    assert!(seen > 1000, "only {seen} names found: the extraction broke");
    assert!(
        missing.is_empty(),
        "names the hints mention that data/hint_names.toml does not list:\n{}",
        missing.into_iter().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn russian_and_chinese_hints_name_what_the_english_one_does() {
    let en = hints("en");
    assert!(en.len() > 300, "{} hints", en.len());
    let mut differ = Vec::new();
    for locale in ["ru", "zh"] {
        let other = hints(locale);
        for (key, (en_text, en_names)) in &en {
            let Some((text, names)) = other.get(key) else {
                differ.push(format!("{locale} {key:?}: no hint"));
                continue;
            };
            // A command comes from the English "Run …" sentence: in the other languages it
            // appears verbatim.
            let text = text.join("\n");
            let mut names = names.clone();
            names.extend(
                en_names
                    .iter()
                    .filter(|n| matches!(n, Name::Command(c) if text.contains(c.as_str())))
                    .cloned(),
            );
            let want: BTreeSet<&str> = en_names.iter().map(Name::text).collect();
            let have: BTreeSet<&str> = names.iter().map(Name::text).collect();
            if want != have {
                differ.push(format!(
                    "{locale} {}.{}: only in en {:?}, only in {locale} {:?}\n  en: {}",
                    key.0,
                    key.1,
                    want.difference(&have).collect::<Vec<_>>(),
                    have.difference(&want).collect::<Vec<_>>(),
                    en_text.join(" | ")
                ));
            }
        }
        for key in other.keys().filter(|k| !en.contains_key(*k)) {
            differ.push(format!("{locale} {key:?}: no English hint"));
        }
    }
    assert!(differ.is_empty(), "{}", differ.join("\n"));
}

#[test]
fn the_extraction_follows_the_rules() {
    let got = |line: &str| -> Vec<String> { names(line).iter().map(|n| n.text().into()).collect() };
    assert_eq!(
        got("Run kamcmd ul.lookup location <aor>, then check lookup(\"location\")."),
        ["kamcmd ul.lookup", "ul.lookup", "lookup"]
    );
    assert_eq!(
        got("检查 fr_inv_timeout（或 $T_fr_inv_timeout）以及 pjsip.conf。"),
        ["fr_inv_timeout", "$T_fr_inv_timeout", "pjsip.conf"]
    );
    assert_eq!(
        got("Check max_forwards=70 and $rs."),
        ["max_forwards", "$rs"]
    );
    assert_eq!(
        got("«sip_term_status» и CHANNEL(max_forwards)"),
        ["sip_term_status", "CHANNEL"]
    );
}
