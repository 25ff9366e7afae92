//! The matching rules of DESIGN.md, through the real binary.

use crate::common;

use common::TestEnv;
use serde_json::Value;

fn codes_of(ex: &Value) -> Vec<u64> {
    ex["variants"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["code"].as_u64())
        .collect()
}

#[test]
fn unregistered_499_falls_back_to_400_plus_the_vendor_variant() {
    let env = TestEnv::new();
    let ex = env.explain_json(&["499 Codec Mismatch"]);
    assert_eq!(ex["match"], "class");
    assert_eq!(ex["unregistered"], true);
    assert_eq!(ex["code"], 499);
    assert_eq!(ex["class"], "4xx");
    assert_eq!(ex["canonical"]["code"], 400);
    assert_eq!(ex["class_fallback"]["treated_as"], 400);
    assert!(!ex["class_fallback"]["summary"].as_str().unwrap().is_empty());
    assert_eq!(codes_of(&ex), vec![499]);
    assert_eq!(ex["variants"][0]["vendor"], "ru-softswitch");
    // A bare unregistered code lists every variant under it.
    let ex = env.explain_json(&["499"]);
    assert_eq!(
        (ex["match"].as_str(), codes_of(&ex)),
        (Some("class"), vec![499])
    );
    // An unknown 1xx is handled as 183 (RFC 3261 §8.1.3.2).
    let ex = env.explain_json(&["SIP/2.0 199 Whatever"]);
    assert_eq!(ex["match"], "unknown_variant");
    let ex = env.explain_json(&["SIP/2.0 150 Whatever"]);
    assert_eq!(
        (ex["match"].as_str(), ex["canonical"]["code"].as_u64()),
        (Some("class"), Some(183))
    );
}

#[test]
fn a_phrase_alone_gives_every_code_it_means() {
    let env = TestEnv::new();
    let ex = env.explain_json(&["Codec Mismatch"]);
    assert_eq!(ex["match"], "phrase");
    let mut codes = codes_of(&ex);
    codes.sort();
    assert_eq!(codes, vec![480, 488, 499]);
    assert!(ex["code"].is_null(), "three codes: no single code");
    let ex = env.explain_json(&["no money LEFT"]);
    assert_eq!(
        (ex["match"].as_str(), ex["code"].as_u64()),
        (Some("phrase"), Some(480))
    );
    assert_eq!(ex["canonical"]["code"], 480);
    // The code's own standard phrase is the canonical meaning first; the vendors that gloss
    // it follow as `also_glossed` (issue #18, item 5).
    let ex = env.explain_json(&["Busy Here"]);
    assert_eq!(ex["match"], "canonical");
    assert_eq!(ex["canonical"]["code"], 486);
    assert_eq!(ex["variants"].as_array().unwrap().len(), 0);
    assert!(!ex["also_glossed"].as_array().unwrap().is_empty());
}

#[test]
fn status_lines_in_any_spelling_reach_the_variant() {
    let env = TestEnv::new();
    for input in [
        "SIP/2.0 403 Wrong Guess",
        "sip/2.0 403  wrong guess",
        "403 Wrong Guess",
        "403 \"Wrong Guess\".",
    ] {
        let ex = env.explain_json(&[input]);
        assert_eq!(ex["match"], "variant", "{input}");
        assert_eq!(ex["variants"][0]["phrase"], "Wrong Guess", "{input}");
        assert_eq!(ex["canonical"]["reason"], "Forbidden", "{input}");
    }
    let ex = env.explain_json(&["SIP/2.0 480 No money left\r\nReason: Q.850;cause=17;text=\"x\""]);
    assert_eq!(ex["match"], "variant");
    assert_eq!(ex["headers"][0], "Reason: Q.850;cause=17;text=\"x\"");
}

#[test]
fn a_known_code_with_an_unknown_phrase_is_flagged_with_suggestions() {
    let env = TestEnv::new();
    // Too far from "Wrong Guess" to be taken for it (a close typo is a fuzzy variant match:
    // tests/search_matching.rs), close enough to be suggested.
    let ex = env.explain_json(&["403 Wrong pass guess"]);
    assert_eq!(ex["match"], "unknown_variant");
    assert_eq!(ex["fuzzy"], false);
    assert_eq!(ex["canonical"]["code"], 403);
    assert!(ex["variants"].as_array().unwrap().is_empty());
    assert_eq!(ex["suggestions"][0]["phrase"], "Wrong Guess");
    let score = ex["suggestions"][0]["score"].as_f64().unwrap();
    assert!((0.5..0.8).contains(&score), "{score}");
}

#[test]
fn device_codes_and_the_vendor_preference() {
    let env = TestEnv::new();
    let ex = env.explain_json(&["0x480"]);
    assert_eq!(
        (ex["match"].as_str(), ex["code"].as_u64()),
        (Some("variant"), Some(480))
    );
    assert_eq!(ex["canonical"]["reason"], "Temporarily Unavailable");
    let ex = env.explain_json(&["0x751"]);
    assert!(ex["code"].is_null() && ex["canonical"].is_null());
    // Both lists know "Decline" (603 and 0x603); --vendor puts one first.
    let ex = env.explain_json(&["Decline", "--vendor", "gigaset"]);
    assert_eq!(ex["variants"][0]["vendor"], "gigaset");
    let ex = env.explain_json(&["Decline", "--vendor", "ru-softswitch"]);
    assert_eq!(ex["variants"][0]["vendor"], "ru-softswitch");
}

#[test]
fn json_objects_carry_every_documented_field() {
    let env = TestEnv::new();
    let ex = env.explain_json(&["SIP/2.0 480 No money left", "--lang", "ru"]);
    for key in [
        "input",
        "locale",
        "match",
        "code",
        "class",
        "canonical",
        "variants",
        "fallback",
    ] {
        assert!(ex.get(key).is_some(), "missing {key}");
    }
    for key in [
        "code", "reason", "rfc", "category", "title", "summary", "causes", "actions", "ui",
    ] {
        assert!(ex["canonical"].get(key).is_some(), "canonical lacks {key}");
    }
    for key in [
        "vendor",
        "code",
        "vendor_code",
        "phrase",
        "category",
        "title",
        "summary",
        "causes",
        "actions",
        "ui",
    ] {
        assert!(ex["variants"][0].get(key).is_some(), "variant lacks {key}");
    }
    assert_eq!(ex["class"], "4xx");
    assert_eq!(ex["variants"][0]["category"], "billing");
    assert_eq!(ex["variants"][0]["ui"], "Недостаточно средств на счёте.");
    let text = serde_json::to_string(&ex).unwrap();
    assert!(
        !text.contains('\u{2068}') && !text.contains('\u{2069}'),
        "no isolation marks"
    );
}

#[test]
fn exit_codes_say_found_not_found_and_bad() {
    let env = TestEnv::new();
    env.cmd().args(["explain", "486"]).assert().code(0);
    let out = env
        .cmd()
        .args(["explain", "Completely unheard of phrase"])
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("Nothing in the knowledge base matches"),
        "{text}"
    );
    // The worst outcome wins across several inputs, and every input is still answered.
    let out = env
        .cmd()
        .args([
            "explain",
            "--json",
            "486",
            "nothing like it",
            "SIP/2.0 700 X",
            "0x751",
        ])
        .assert()
        .code(2);
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout)
            .lines()
            .count(),
        3
    );
    env.cmd()
        .args(["explain", "486", "--vendor", "no-such-vendor"])
        .assert()
        .code(2);
}

/// A log pasted into `explain` (several lines, not one SIP message) is not echoed back whole:
/// the answer counts its lines and points to `sipkb scan`, in every language.
#[test]
fn several_unmatched_lines_point_to_scan() {
    let env = TestEnv::new();
    // Real PJSUA logcat lines (tests/fixtures/logs/real/pjsua-android-hanging-up-code-603.log
    // names the source), the first two of the excerpt: neither holds an outcome.
    let log = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/logs/real/pjsua-android-hanging-up-code-603.log"),
    )
    .unwrap();
    let lines: Vec<&str> = log
        .lines()
        .filter(|l| !l.starts_with('#'))
        .take(2)
        .collect();
    assert!(
        lines[1].contains("state changed to Calling"),
        "the fixture changed"
    );
    let input = lines.join("\n");
    for (lang, want) in [
        ("en", "these 2 lines"),
        ("ru", "Эти строки (2)"),
        ("zh", "这 2 行"),
    ] {
        let out = env
            .cmd()
            .args(["explain", "--lang", lang, &input])
            .assert()
            .code(1);
        let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
        assert!(
            text.contains(want) && text.contains("sipkb scan"),
            "{lang}: {text}"
        );
        assert!(
            !text.contains(lines[1]),
            "{lang}: the log was echoed: {text}"
        );
    }
    // Lines whose words only appear in explanations still get the pointer (the related
    // entries follow it).
    let out = env
        .cmd()
        .args(["explain", "line one of a log\nline two of a log"])
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("these 2 lines") && text.contains("sipkb scan"),
        "{text}"
    );
    // One line that matches nothing is still named in the answer.
    let out = env.cmd().args(["explain", lines[0]]).assert().code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("Nothing in the knowledge base matches"),
        "{text}"
    );
}
