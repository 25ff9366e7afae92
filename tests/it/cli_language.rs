//! The command line speaks the user's language (issue #22): `--help` of every command, `man`,
//! the completions' descriptions and clap's own errors follow `--lang` and `LANG`; the tables
//! of `list`, `vendors` and `doctor` have a header over every column, translated values and
//! columns aligned by display width; `explain` shows no English label in Russian or Chinese.
//! Each check fails on one untranslated label.

use crate::common::{TestEnv, has_cjk, has_cyrillic};
use crate::texts;
use sipkb::{CATEGORIES, SIDES};
use unicode_width::UnicodeWidthStr;

fn stdout(env: &TestEnv, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn in_lang(line: &str, lang: &str) -> bool {
    match lang {
        "ru" => has_cyrillic(line),
        _ => has_cjk(line),
    }
}

/// The subcommands `sipkb --help` lists, so that a command added later is checked too.
fn subcommands(env: &TestEnv) -> Vec<String> {
    let help = stdout(env, &["--help"]);
    let names: Vec<String> = help
        .lines()
        .skip_while(|l| l.trim() != "Commands:")
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| l.split_whitespace().next())
        // clap's `help` takes no --help of its own; `help COMMAND` is checked below.
        .filter(|name| *name != "help")
        .map(String::from)
        .collect();
    assert!(names.len() >= 14, "{names:?}");
    names
}

#[test]
fn every_help_line_is_in_the_users_language() {
    let env = TestEnv::empty();
    let mut english = Vec::new();
    for lang in ["ru", "zh"] {
        let mut pages = vec![vec!["--lang", lang, "--help"]];
        let subs = subcommands(&env);
        pages.extend(
            subs.iter()
                .map(|s| vec!["--lang", lang, s.as_str(), "--help"]),
        );
        for args in &pages {
            for line in stdout(&env, args).lines() {
                // Option and command names stay as typed; every line also has words.
                if !line.trim().is_empty() && !in_lang(line, lang) {
                    english.push(format!("{args:?}: {line}"));
                }
            }
        }
    }
    assert!(english.is_empty(), "untranslated:\n{}", english.join("\n"));
    // LANG decides when --lang is not given, and `help COMMAND` speaks it too.
    let out = env
        .cmd()
        .env("LANG", "ru_RU.UTF-8")
        .args(["help", "list"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Список стандартных кодов"), "{text}");
    assert!(
        text.contains("Использование: sipkb list [ПАРАМЕТРЫ]"),
        "{text}"
    );
}

#[test]
fn chinese_help_aligns_by_display_width() {
    let env = TestEnv::empty();
    let help = stdout(&env, &["--lang", "zh", "list", "--help"]);
    // Each option's description starts at the same terminal column.
    let starts: Vec<usize> = help
        .lines()
        .filter(|l| l.trim_start().starts_with('-'))
        .map(|l| {
            // The option (`--class <类>`), then two spaces or more, then the description.
            let indent = l.len() - l.trim_start().len();
            let gap = l[indent..]
                .find("  ")
                .expect("an option, then its description");
            let desc = l.len() - l[indent + gap..].trim_start().len();
            UnicodeWidthStr::width(&l[..desc])
        })
        .collect();
    assert!(starts.len() >= 8, "{help}");
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{help}");
}

#[test]
fn man_page_and_completions_are_in_the_users_language() {
    let env = TestEnv::empty();
    let page = stdout(&env, &["--lang", "ru", "man"]);
    for english in [
        "NAME",
        "SYNOPSIS",
        "DESCRIPTION",
        "OPTIONS",
        "SUBCOMMANDS",
        "Print help",
    ] {
        assert!(
            !page.lines().any(|l| l.contains(english)),
            "man page in Russian has “{english}”"
        );
    }
    // Russian arrives as roff escapes: "Вывести справку" (Print help).
    assert!(page.contains("\\[u0412]\\[u044B]\\[u0432]\\[u0435]\\[u0441]\\[u0442]\\[u0438]"));
    let zsh = stdout(&env, &["--lang", "zh", "completions", "zsh"]);
    assert!(
        zsh.contains("显示帮助") && !zsh.contains("Print help"),
        "{zsh}"
    );
}

/// Runs a bad command line; returns the one line of stderr.
fn misuse(env: &TestEnv, args: &[&str]) -> String {
    let out = env.cmd().args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
    err.trim_end().to_string()
}

#[test]
fn clap_errors_are_one_line_in_the_users_language_naming_the_argument() {
    let env = TestEnv::empty();
    let cases: &[(&[&str], &[&str])] = &[
        (&["list", "--foo"], &["--foo", "sipkb list --help"]),
        (
            &["list", "--category", "finance"],
            &["finance", "--category", "billing"],
        ),
        (&["search", "--limit", "0", "busy"], &["0", "--limit"]),
        (&["list", "--vendor"], &["--vendor"]),
        (&["expla", "486"], &["expla", "explain"]),
        (
            &["list", "--vendor", "x", "--variants"],
            &["--vendor", "--variants"],
        ),
        (&["explain"], &["explain --help"]),
        (&["completions", "tcsh"], &["tcsh"]),
    ];
    for (lang, prefix) in [("ru", "sipkb: ошибка: "), ("zh", "sipkb: 错误：")] {
        for (args, named) in cases {
            let mut all = vec!["--lang", lang];
            all.extend_from_slice(args);
            let line = misuse(&env, &all);
            assert!(line.starts_with(prefix), "{line}");
            for n in *named {
                assert!(line.contains(n), "{all:?}: {line} lacks {n}");
            }
            let words = line.replace(prefix, "");
            for english in ["error", "Usage", "unexpected", "invalid", "required", "tip"] {
                assert!(!words.contains(english), "{all:?}: {line}");
            }
        }
    }
    assert_eq!(
        misuse(&env, &["list", "--foo"]),
        "sipkb: error: unexpected argument “--foo” (see: sipkb list --help)"
    );
    // Help and version are answers, not errors; `sipkb` alone is bad usage with its help.
    assert!(stdout(&env, &["--lang", "zh", "-V"]).starts_with("sipkb "));
    let out = env.cmd().env("LANG", "zh_CN.UTF-8").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("用法：sipkb")
    );
    let line = misuse(&env, &["--lang", "zh"]);
    assert!(line.starts_with("sipkb: 错误：需要指定命令"), "{line}");
}

/// The cells of a table's lines, cut where the header's columns start (in terminal columns).
fn cells(table: &str) -> Vec<Vec<String>> {
    let mut lines = table.lines();
    let head = lines.next().expect("a header line");
    let columns = |l: &str| -> Vec<(usize, char)> {
        let mut at = 0;
        l.chars()
            .map(|c| {
                let here = at;
                at += UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]));
                (here, c)
            })
            .collect()
    };
    // A column starts after two spaces (or at the line's start).
    let chars = columns(head);
    let mut starts = vec![0];
    for w in chars.windows(3) {
        if w[0].1 == ' ' && w[1].1 == ' ' && w[2].1 != ' ' {
            starts.push(w[2].0);
        }
    }
    std::iter::once(head)
        .chain(lines)
        .map(|l| {
            let chars = columns(l);
            let mut row = vec![String::new(); starts.len()];
            for (at, c) in chars {
                let col = starts.iter().rposition(|&s| s <= at).unwrap();
                row[col].push(c);
            }
            // Aligned: the terminal column just before each column's start is a space, and
            // no wide character straddles a column's start.
            for &s in &starts[1..] {
                for (at, c) in columns(l) {
                    let w = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]));
                    assert!(
                        !(at < s && s < at + w || at + 1 == s && c != ' '),
                        "misaligned at terminal column {s}: {l}\n{table}"
                    );
                }
            }
            row.into_iter().map(|c| c.trim().to_string()).collect()
        })
        .collect()
}

#[test]
fn zh_list_translates_values_heads_every_column_and_aligns() {
    let env = TestEnv::new();
    for (args, lang, translated) in [
        (&["--lang", "zh", "list"][..], "zh", &[2usize, 3][..]),
        (&["--lang", "ru", "list"], "ru", &[2, 3]),
        (&["--lang", "zh", "list", "--variants"], "zh", &[3, 4]),
        (&["--lang", "zh", "list", "--q850"], "zh", &[2]),
        (&["--lang", "ru", "vendors"], "ru", &[]),
        (&["--lang", "zh", "sources"], "zh", &[2]),
    ] {
        let text = stdout(&env, args);
        let rows = cells(&text);
        let head = &rows[0];
        assert!(head.len() >= 3, "{args:?}: {head:?}");
        for h in head {
            assert!(
                in_lang(h, lang) || h == "SIP" || h == "#" || h == "SHA-256",
                "{args:?}: heading “{h}” is not in {lang}"
            );
        }
        for row in &rows[1..] {
            assert_eq!(row.len(), head.len());
            for &c in translated {
                let v = &row[c];
                assert!(
                    in_lang(v, lang)
                        && !CATEGORIES.contains(&v.as_str())
                        && !SIDES.contains(&v.as_str()),
                    "{args:?}: value “{v}” in column {} is not in {lang}",
                    head[c]
                );
            }
        }
    }
}

/// Whether `word` occurs in `text` with no letter, digit, `_` or `-` on either side
/// (`Retry` is not found in `Retry-After`, nor `timeout` in `fr_inv_timeout`).
fn contains_word(text: &str, word: &str) -> bool {
    let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
    text.match_indices(word).any(|(i, _)| {
        !part(text[..i].chars().next_back()) && !part(text[i + word.len()..].chars().next())
    })
}

/// English labels of `app.ftl` that explain's text shows (no placeables, words only).
fn english_labels() -> Vec<String> {
    texts::ftl("en")
        .into_iter()
        .filter(|t| t.part.is_empty() && !t.text.contains('$'))
        .filter(|t| {
            [
                "app-",
                "category-",
                "side-",
                "retry-",
                "match-",
                "q850class-",
                "col-",
            ]
            .iter()
            .any(|p| t.id.starts_with(p))
        })
        .map(|t| t.text)
        .filter(|t| t.len() > 3 && t.chars().any(|c| c.is_ascii_alphabetic()))
        // A lone lower-case word ("phrase", "billing") may stand in prose as the English
        // term after its translation; labels with a capital or several words may not.
        .filter(|t| t.contains(' ') || t.starts_with(|c: char| c.is_uppercase()))
        .collect()
}

#[test]
fn zh_and_ru_explain_show_no_english_label_or_internal_value() {
    let env = TestEnv::new();
    let labels = english_labels();
    assert!(labels.len() > 60, "{} labels", labels.len());
    for lang in ["zh", "ru"] {
        for input in ["480", "SIP/2.0 480 No money left", "q850:17"] {
            let text = stdout(&env, &["--lang", lang, "explain", input]);
            for label in &labels {
                assert!(
                    !contains_word(&text, label),
                    "{lang} explain {input} shows the English label “{label}”:\n{text}"
                );
            }
            let ex = env.explain_json(&["--lang", lang, input]);
            if let Some(name) = ex["canonical"]["q850_name"].as_str() {
                assert!(
                    !text.contains(name),
                    "{lang}: the ITU-T English name {name}"
                );
                let title = ex["canonical"]["q850_title"].as_str().unwrap();
                assert!(
                    in_lang(title, lang) && text.contains(title),
                    "{lang}: {title}"
                );
            }
            for internal in ["user-state", "·  callee", "retry-", "side-", "category-"] {
                assert!(!text.contains(internal), "{lang} {input}: {internal}");
            }
        }
    }
}
