//! One term per concept and the typography of each language, over every Russian and Chinese
//! text: the messages of `locales/ru` and `locales/zh` and the `text.ru`/`text.zh` tables of
//! `data/vendors/*.toml`. The terms and their forbidden variants are `locales/glossary.toml`;
//! the typography rules are the ones its header states.

use crate::texts::{self, Text};
use fancy_regex::Regex;
use std::sync::LazyLock;

/// Every Russian or Chinese text.
fn all(locale: &str) -> Vec<Text> {
    let mut out = texts::ftl(locale);
    out.extend(texts::vendor(locale));
    assert!(out.len() > 1000, "{locale}: only {} texts read", out.len());
    out
}

fn glossary() -> toml::Table {
    let path = texts::root().join("locales/glossary.toml");
    std::fs::read_to_string(path).unwrap().parse().unwrap()
}

fn strings(v: Option<&toml::Value>) -> Vec<String> {
    v.and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn no_forbidden_variant_of_a_glossary_term() {
    let glossary = glossary();
    let terms = glossary["term"].as_array().expect("[[term]] entries");
    assert!(terms.len() >= 28, "{} terms", terms.len());
    let mut found = Vec::new();
    for locale in ["ru", "zh"] {
        let texts = all(locale);
        for term in terms {
            let en = term["en"].as_str().unwrap_or_default();
            let want = term[locale].as_str().unwrap_or_default();
            for variant in strings(term.get(format!("forbidden_{locale}").as_str())) {
                for t in texts.iter().filter(|t| t.text.contains(&variant)) {
                    found.push(format!(
                        "{}: “{variant}” (the glossary says “{want}” for {en})",
                        t.place
                    ));
                }
            }
            for pattern in strings(term.get(format!("forbidden_{locale}_regex").as_str())) {
                let re = Regex::new(&pattern).unwrap();
                for t in &texts {
                    if let Some(m) = re.find(&t.text).unwrap() {
                        found.push(format!(
                            "{}: “{}” matches {pattern} (the glossary says “{want}” for {en})",
                            t.place,
                            m.as_str()
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// ASCII-quoted spans that sit in prose: not a call's argument (`t_check_status("408")`,
/// `sanity_check("17895","7")`), not a Fluent string literal, not a verbatim value inside
/// Latin text (`399 sbc.example.net "Media timeout"`).
fn prose_quotes(t: &str) -> Vec<String> {
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let close = (chars[i] == '"')
            .then(|| {
                chars[i + 1..]
                    .iter()
                    .position(|&c| c == '"' || c == '\n')
                    .filter(|&k| chars[i + 1 + k] == '"')
            })
            .flatten();
        let Some(k) = close else {
            i += 1;
            continue;
        };
        let end = i + 1 + k;
        let prev = if i > 0 { chars[i - 1] } else { ' ' };
        // The nearest characters outside the quotes that are not spaces.
        let before = chars[..i]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .copied();
        let after = chars[end + 1..]
            .iter()
            .find(|c| !c.is_whitespace())
            .copied();
        let code = "(,=[{".contains(prev) || before.is_some_and(|c| "{,(".contains(c));
        let latin = |c: char, set: &str| c.is_ascii_alphanumeric() || set.contains(c);
        let in_latin =
            before.is_some_and(|c| latin(c, ".-")) && after.is_none_or(|c| latin(c, ")]};,.）"));
        if !code && !in_latin {
            out.push(chars[i..=end].iter().collect());
        }
        i = end + 1;
    }
    out
}

/// An ASCII `, ` in Chinese text outside a call's parentheses (`sl_send_reply($a, $b)`):
/// Chinese lists are separated by 、.
fn ascii_list_comma(t: &str) -> bool {
    let mut depth: Vec<bool> = Vec::new();
    let mut prev = ' ';
    let chars: Vec<char> = t.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '(' => depth.push(prev.is_ascii_alphanumeric() || prev == '_'),
            ')' => {
                depth.pop();
            }
            ',' if chars.get(i + 1) == Some(&' ') && !depth.last().copied().unwrap_or(false) => {
                return true;
            }
            _ => {}
        }
        prev = c;
    }
    false
}

/// The Chinese rules as (pattern, what it finds), compiled once.
static ZH_RULES: LazyLock<Vec<(Regex, &str)>> = LazyLock::new(|| {
    let cjk = "[\\x{3400}-\\x{9fff}\\x{f900}-\\x{faff}]";
    [
        (
            format!("{cjk}[:;,]|{cjk}\\s?[:;,]\\s?{cjk}"),
            "ASCII punctuation next to Chinese (use ：；，)",
        ),
        (
            format!("\\([^()]*{cjk}[^()]*\\)"),
            "ASCII parentheses around Chinese (use （）)",
        ),
        (
            format!("{cjk}\\(|\\){cjk}"),
            "ASCII parenthesis next to Chinese",
        ),
    ]
    .into_iter()
    .map(|(p, what)| (Regex::new(&p).unwrap(), what))
    .collect()
});

fn zh_problems(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    if t.contains(['「', '」']) {
        out.push("「」 (use “”)".into());
    }
    for q in prose_quotes(t) {
        out.push(format!("ASCII quotes {q} in prose (use “”)"));
    }
    // Plain ASCII text cannot break a rule about Chinese characters.
    if !t.is_ascii() {
        for (re, what) in ZH_RULES.iter() {
            if let Some(m) = re.find(t).unwrap() {
                out.push(format!("{what}: “{}”", m.as_str()));
            }
        }
    }
    if ascii_list_comma(t) {
        out.push("ASCII “, ” in a list (use 、)".into());
    }
    out
}

fn ru_problems(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    for q in prose_quotes(t) {
        out.push(format!("ASCII quotes {q} in prose (use «»)"));
    }
    if t.contains(['“', '”', '„']) {
        out.push("“”„ quotes (use «»)".into());
    }
    out
}

#[test]
fn typography_of_russian_and_chinese() {
    let mut found = Vec::new();
    for (locale, check) in [
        ("ru", ru_problems as fn(&str) -> Vec<String>),
        ("zh", zh_problems),
    ] {
        for t in all(locale) {
            for p in check(&t.text) {
                found.push(format!("{}: {p}", t.place));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn chinese_lists_and_labels_use_chinese_punctuation() {
    // The separators the program puts between list items and after a label.
    let zh = texts::ftl("zh");
    let label = |id: &str| {
        zh.iter()
            .find(|t| t.id == id && t.part.is_empty())
            .unwrap_or_else(|| panic!("zh has no {id}"))
            .text
            .clone()
    };
    assert_eq!(label("app-list-sep"), "、");
    assert_eq!(label("app-colon"), "：");
}

#[test]
fn the_checks_catch_what_they_are_for() {
    // Each rule fails on the mistake it exists for, and passes code and verbatim Latin text.
    assert!(!zh_problems("「忙」").is_empty());
    assert!(!zh_problems("返回 \"Busy Here\" 响应").is_empty());
    assert!(!zh_problems("原因:忙").is_empty());
    assert!(!zh_problems("主叫, 被叫").is_empty());
    assert!(!zh_problems("(被叫)").is_empty());
    assert!(!zh_problems("检查 Contact, Expires 头域").is_empty());
    assert!(zh_problems("执行 t_check_status(\"408\") 和 sl_send_reply($a, $b)。").is_empty());
    assert!(zh_problems("例如 399 sbc.example.net \"Media timeout\"").is_empty());
    assert!(!ru_problems("ответ \"Busy Here\"").is_empty());
    assert!(!ru_problems("ответ “Busy Here”").is_empty());
    assert!(ru_problems("ответ «Busy Here», t_check_status(\"408\")").is_empty());
}
