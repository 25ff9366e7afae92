//! Knowledge has provenance (issue #18): every entry of every built-in list says where it
//! comes from and how sure we are, and has its title and summary in en, ru and zh — in the
//! list itself (`[variant.text.<locale>]`) or in the Fluent message it names.

use crate::common;
use crate::texts;

use std::collections::BTreeSet;

const LANGS: [&str; 3] = ["en", "ru", "zh"];

/// A repository path at a commit: `owner/repo@<40 hex>:path/in/repo`.
fn repo_path(s: &str) -> bool {
    let Some((repo, rest)) = s.split_once('@') else {
        return false;
    };
    let Some((commit, path)) = rest.split_once(':') else {
        return false;
    };
    let mut parts = repo.split('/');
    let owner_and_name = matches!((parts.next(), parts.next(), parts.next()), (Some(o), Some(n), None)
        if !o.is_empty() && !n.is_empty() && !o.contains(' ') && !n.contains(' '));
    owner_and_name
        && commit.len() == 40
        && commit.chars().all(|c| c.is_ascii_hexdigit())
        && !path.is_empty()
        && !path.contains(' ')
}

/// An https URL with a host.
fn url(s: &str) -> bool {
    s.strip_prefix("https://")
        .and_then(|rest| rest.split('/').next())
        .is_some_and(|host| host.contains('.') && !host.contains(' '))
        && !s.contains(char::is_whitespace)
}

#[test]
fn source_forms_are_told_apart() {
    // The checks below must be able to fail.
    assert!(repo_path(
        "kamailio/kamailio@38711a3e788de0130d48cb485578c482b57d9351:src/core/error.c"
    ));
    assert!(!repo_path("kamailio/kamailio:src/core/error.c"));
    assert!(!repo_path("kamailio@38711a3e:src/core/error.c"));
    assert!(url("https://learn.microsoft.com/en-us/microsoftteams/a"));
    assert!(!url("http://example.com/a"));
    assert!(!url("https://nowhere"));
    assert!(!url("issue #18"));
}

#[test]
fn every_builtin_entry_has_provenance_and_three_languages() {
    let mut messages: Vec<BTreeSet<(String, String)>> = Vec::new();
    for lang in LANGS {
        messages.push(
            texts::ftl(lang)
                .into_iter()
                .filter(|t| !t.text.trim().is_empty())
                .map(|t| (t.id, t.part))
                .collect(),
        );
    }
    let lists = common::builtin_lists();
    assert!(lists.len() >= 20, "{} lists", lists.len());
    let mut entries = 0;
    for (slug, variants) in &lists {
        assert!(!variants.is_empty(), "{slug}: no entries");
        for (i, v) in variants.iter().enumerate() {
            entries += 1;
            let at = format!(
                "data/vendors {slug} entry {} ({})",
                i + 1,
                v.get("phrase").and_then(|p| p.as_str()).unwrap_or("?")
            );
            let field = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").trim();
            let (source, confidence) = (field("source"), field("confidence"));
            assert!(
                ["source", "observed", "reported"].contains(&confidence),
                "{at}: confidence {confidence:?}"
            );
            // A field report the project holds (seed documents) is never more than `reported`.
            let seed = source
                .strip_prefix("seed:")
                .is_some_and(|n| n.len() == 3 && n.chars().all(|c| c.is_ascii_digit()));
            assert!(
                url(source) || repo_path(source) || (seed && confidence == "reported"),
                "{at}: source {source:?} is neither an https URL nor owner/repo@commit:path"
            );
            assert!(!field("applies_to").is_empty(), "{at}: applies_to");
            for (l, lang) in LANGS.iter().enumerate() {
                for part in ["title", "summary"] {
                    let inline = v
                        .get("text")
                        .and_then(|t| t.get(*lang))
                        .and_then(|t| t.get(part))
                        .and_then(|t| t.as_str())
                        .is_some_and(|t| !t.trim().is_empty());
                    let in_ftl = v
                        .get("message")
                        .and_then(|m| m.as_str())
                        .is_some_and(|m| messages[l].contains(&(m.to_string(), part.to_string())));
                    assert!(inline || in_ftl, "{at}: no {lang} {part}");
                }
            }
        }
    }
    assert!(entries > 800, "{entries} entries");
}
