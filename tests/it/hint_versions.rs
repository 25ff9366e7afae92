//! Every platform hint says which versions it was checked for (`data/hints.toml`): in the JSON
//! answer (`hint_versions` beside the texts, per-message exceptions applied) and in the heading
//! of each platform's hints in the text. An imported list's own hints were checked by no one,
//! so they carry no versions.

use crate::common::TestEnv;
use crate::texts;
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// `(message, platform, versions)`: a hint checked for narrower or other versions.
type Exception = (String, String, String);

/// (platform → versions, the exceptions) as `data/hints.toml` states them.
fn hints() -> (BTreeMap<String, String>, Vec<Exception>) {
    let doc: toml::Table = std::fs::read_to_string(texts::root().join("data/hints.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let platforms = doc["platform"]
        .as_table()
        .unwrap()
        .iter()
        .map(|(p, v)| (p.clone(), v["versions"].as_str().unwrap().to_string()))
        .collect();
    let exceptions = doc["exception"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let f = |k: &str| e[k].as_str().unwrap().to_string();
            (f("message"), f("platform"), f("versions"))
        })
        .collect();
    (platforms, exceptions)
}

#[test]
fn every_exception_names_a_hint_that_exists() {
    let (platforms, exceptions) = hints();
    assert_eq!(platforms.len(), 4);
    let en = texts::ftl("en");
    for (message, platform, _) in &exceptions {
        assert!(
            en.iter().any(|t| t.id == *message && t.part == *platform),
            "data/hints.toml: {message} has no {platform} hint"
        );
    }
}

#[test]
fn answers_carry_the_versions_their_hints_were_checked_for() {
    let env = TestEnv::new();
    let (platforms, exceptions) = hints();
    let ex = env.explain_json(&["480"]);
    assert_eq!(ex["canonical"]["hint_versions"], json!(platforms));
    // A code's exception replaces its platform's versions, and only there.
    let mut checked = 0;
    for (message, platform, versions) in &exceptions {
        let Some(code) = message.strip_prefix("sip-") else {
            continue;
        };
        let ex = env.explain_json(&[code]);
        assert_eq!(
            ex["canonical"]["hint_versions"][platform], *versions,
            "{message} {platform}"
        );
        checked += 1;
    }
    assert!(checked >= 10, "{checked} exceptions checked");
    // No hints, no versions.
    let ex = env.explain_json(&["100"]);
    assert_eq!(ex["canonical"].get("hint_versions"), None::<&Value>);
    // The text names them in each platform's heading, in the user's language.
    let text = |lang: &str| {
        let out = env
            .cmd()
            .args(["--lang", lang, "explain", "--full", "480"])
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let asterisk = &platforms["asterisk"];
    assert!(
        text("en").contains(&format!("On {asterisk}:")),
        "{}",
        text("en")
    );
    assert!(text("ru").contains(&format!("В {asterisk}:")));
    assert!(text("zh").contains(&format!("{asterisk} 上：")));
}

#[test]
fn an_imported_lists_own_hints_carry_no_versions() {
    let env = TestEnv::new();
    let list = env.write(
        "acme.toml",
        r#"[vendor]
slug = "acme"
name = "ACME"

[[variant]]
code = 480
phrase = "Prepaid Exhausted"
category = "billing"
message = "ru-softswitch-480-no-money-left"

[[variant]]
code = 486
phrase = "Line In Use"
category = "user-state"

[variant.text.en]
title = "Line in use"
asterisk = ["Run core show channels."]
"#,
    );
    env.import_ok(&[list.to_str().unwrap()]);
    let ex = env.explain_json(&["SIP/2.0 486 Line In Use"]);
    let v = &ex["variants"][0];
    assert_eq!(v["vendor"], "acme");
    assert_eq!(v["asterisk"][0], "Run core show channels.");
    assert_eq!(v.get("hint_versions"), None::<&Value>, "{v}");
    // A built-in message an imported entry names keeps its checked hints.
    let ex = env.explain_json(&["SIP/2.0 480 Prepaid Exhausted"]);
    let v = &ex["variants"][0];
    let has_hints = v["asterisk"].as_array().is_some_and(|a| !a.is_empty());
    assert_eq!(v.get("hint_versions").is_some(), has_hints, "{v}");
}
