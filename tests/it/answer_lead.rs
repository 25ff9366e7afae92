//! The answer leads with what matters (issue #19), through the binary: standard phrases get
//! the code's own meaning first with other vendors' readings one line each, a vendor's class
//! note only when that vendor is in play, every default answer fits a terminal screen in every
//! language, and `--full` still prints every part.

use crate::common;

use common::TestEnv;
use serde_json::Value;

const LANGS: [&str; 3] = ["en", "ru", "zh"];

/// The standard lines the issue names.
const STANDARD: [&str; 5] = [
    "SIP/2.0 408 Request Timeout",
    "408 Request Timeout",
    "488 Not Acceptable Here",
    "603 Decline",
    "404 Not Found",
];

/// The most lines a default answer to one input may take.
const SCREEN: usize = 25;

fn text(env: &TestEnv, lang: &str, extra: &[&str], input: &str) -> String {
    let out = env
        .cmd()
        .args(["--lang", lang, "explain"])
        .args(extra)
        .arg(input)
        .output()
        .expect("runs");
    assert!(
        out.status.code().unwrap_or(99) <= 1,
        "{input}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn standard_phrases_lead_with_the_canonical_meaning() {
    let env = TestEnv::new();
    for lang in LANGS {
        for input in STANDARD {
            let ex = env.explain_json(&["--lang", lang, input]);
            assert_eq!(ex["match_note"]["kind"], "standard", "{lang} {input}: {ex}");
            assert!(ex["variants"].as_array().unwrap().is_empty(), "{input}");
            let title = ex["canonical"]["title"].as_str().unwrap();
            let also = ex["also_glossed"].as_array().unwrap();
            // Each of these has readings in other lists, else the test would prove nothing.
            assert!(
                !also.is_empty(),
                "{lang} {input}: no other vendor glosses it"
            );
            let out = text(&env, lang, &[], input);
            let lines: Vec<&str> = out.lines().collect();
            // The headline (after the input echoed) is the code with its standard meaning.
            let code = ex["code"].as_u64().unwrap().to_string();
            assert!(
                lines[1].starts_with(&code) && lines[1].contains(title),
                "{lang} {input}: headline {:?}",
                lines[1]
            );
            for v in also {
                let name = v["vendor_name"].as_str().unwrap();
                let mentions: Vec<usize> = lines
                    .iter()
                    .enumerate()
                    .filter(|(_, l)| l.contains(name))
                    .map(|(i, _)| i)
                    .collect();
                assert_eq!(mentions.len(), 1, "{lang} {input}: {name} in\n{out}");
                // Its one line comes after the code's own meaning and actions.
                let first_action = strings(&ex["actions"]).into_iter().next().unwrap();
                let action_at = lines.iter().position(|l| l.contains(&first_action));
                assert!(action_at < Some(mentions[0]), "{lang} {input}:\n{out}");
                assert!(
                    lines[mentions[0]].contains(v["title"].as_str().unwrap()),
                    "{lang} {input}: {}",
                    lines[mentions[0]]
                );
            }
        }
    }
}

#[test]
fn a_vendor_class_note_only_when_that_vendor_is_in_play() {
    let env = TestEnv::new();
    let unknown = "SIP/2.0 503 Registrar overloaded; try again shortly";
    // The built-in Russian softswitch list has a note on every 5xx: which vendor has one is
    // read from the data, so the test follows the lists.
    let named = env.explain_json(&["--vendor", "ru-softswitch", unknown]);
    let notes = named["notes"].as_array().unwrap();
    assert!(
        !notes.is_empty(),
        "--vendor names it: its class note shows {named}"
    );
    let note_vendor = notes[0]["vendor_name"].as_str().unwrap().to_string();
    for lang in LANGS {
        let ex = env.explain_json(&["--lang", lang, unknown]);
        assert!(ex["notes"].as_array().unwrap().is_empty(), "{lang}: {ex}");
        let named = env.explain_json(&["--lang", lang, "--vendor", "ru-softswitch", unknown]);
        let name = named["notes"][0]["vendor_name"].as_str().unwrap();
        assert!(!text(&env, lang, &[], unknown).contains(name), "{lang}");
        assert!(
            text(&env, lang, &["--vendor", "ru-softswitch"], unknown).contains(name),
            "{lang}"
        );
    }
    // A phrase the softswitch list itself has: the note comes with its reading.
    let listed = env.explain_json(&["SIP/2.0 503 Service Unavailable"]);
    assert!(listed["notes"].as_array().unwrap().is_empty(), "{listed}");
    let own = common::builtin_lists()
        .into_iter()
        .find(|(slug, _)| slug == "ru-softswitch")
        .and_then(|(_, entries)| {
            entries.into_iter().find(|e| {
                e.get("code")
                    .and_then(|c| c.as_integer())
                    .is_some_and(|c| (500..600).contains(&c))
            })
        })
        .expect("the softswitch list has a 5xx entry");
    let line = format!(
        "SIP/2.0 {} {}",
        own["code"].as_integer().unwrap(),
        own["phrase"].as_str().unwrap()
    );
    let matched = env.explain_json(&[&line]);
    if matched["variants"]
        .as_array()
        .unwrap()
        .iter()
        .any(|v| v["vendor"] == "ru-softswitch")
    {
        assert_eq!(
            matched["notes"][0]["vendor_name"].as_str(),
            Some(note_vendor.as_str()),
            "{line}: {matched}"
        );
    }
}

/// Inputs of every kind: standard, vendor, device code, cause, unknown phrase, typo,
/// contradiction, unregistered code, a whole response with Reason and Warning, a word.
fn every_kind() -> Vec<String> {
    let mut inputs: Vec<String> = STANDARD.iter().map(|s| s.to_string()).collect();
    inputs.extend(
        [
            "SIP/2.0 480 No money left",
            "SIP/2.0 503 Service Unavailable",
            "0x751",
            "NORMAL_TEMPORARY_FAILURE",
            "Cause: 17",
            "SIP/2.0 503 Registrar overloaded; try again shortly",
            "402 Total calls duration is exceeded",
            "SIP/2.0 403 Wrong Gues",
            "200 Authorization failure",
            "699",
            "balance",
            "SIP/2.0 480 No money left\nReason: Q.850;cause=17;text=\"User busy\"\nWarning: 399 sbc.example.net \"Balance exhausted\"",
        ]
        .map(String::from),
    );
    inputs
}

#[test]
fn every_default_answer_fits_a_terminal_screen() {
    let env = TestEnv::new();
    for lang in LANGS {
        for input in every_kind() {
            let out = text(&env, lang, &[], &input);
            let n = out.lines().count();
            assert!(n <= SCREEN, "{lang} {input:?}: {n} lines\n{out}");
            let brief = text(&env, lang, &["--brief"], &input);
            assert!(
                brief.lines().count() <= n,
                "{lang} {input:?}: --brief is longer"
            );
        }
    }
}

#[test]
fn full_prints_every_part() {
    let env = TestEnv::new();
    for lang in LANGS {
        for input in ["SIP/2.0 480 No money left", "SIP/2.0 408 Request Timeout"] {
            let ex = env.explain_json(&["--lang", lang, input]);
            let full = text(&env, lang, &["--full"], input);
            let lead = text(&env, lang, &[], input);
            assert!(full.starts_with(lead.lines().next().unwrap()), "{lang}");
            let mut parts = Vec::new();
            let entries = ex["variants"]
                .as_array()
                .unwrap()
                .iter()
                .chain(ex["also_glossed"].as_array().unwrap())
                .chain(std::iter::once(&ex["canonical"]));
            for e in entries {
                for key in ["title", "summary", "impact"] {
                    if let Some(t) = e[key].as_str().filter(|t| !t.is_empty()) {
                        parts.push(t.to_string());
                    }
                }
                for key in ["causes", "actions", "confirm"] {
                    parts.extend(strings(&e[key]));
                }
                for platform in ["asterisk", "freeswitch", "kamailio", "opensips"] {
                    parts.extend(strings(&e[platform]));
                }
            }
            assert!(parts.len() > 20, "{lang} {input}: {} parts", parts.len());
            for p in &parts {
                assert!(
                    full.contains(p.as_str()),
                    "{lang} {input}: --full lacks {p:?}"
                );
            }
            // The depth is what the default leaves out.
            assert!(parts.iter().any(|p| !lead.contains(p.as_str())), "{lang}");
        }
    }
}

#[test]
fn nothing_matches_is_never_said_above_matches() {
    let env = TestEnv::new();
    for lang in LANGS {
        let ex = env.explain_json(&["--lang", lang, "balance"]);
        let suggestions = ex["suggestions"].as_array().unwrap();
        assert!(!suggestions.is_empty(), "{ex}");
        assert_eq!(ex["match_note"]["kind"], "related");
        assert!(
            suggestions
                .iter()
                .all(|s| s["score"].as_f64().unwrap() >= 0.5),
            "{ex}"
        );
        let out = text(&env, lang, &[], "balance");
        let none = env.explain_json(&["--lang", lang, "zzqx wvvk"]);
        assert_eq!(none["match_note"]["kind"], "not_found");
        let nothing = none["match_note"]["text"].as_str().unwrap();
        // The "nothing matches" sentence of this language, with another input, is absent.
        let stem: String = nothing.chars().take(12).collect();
        assert!(!out.contains(&stem), "{lang}: {out}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[1],
            format!("⚠ {}", ex["match_note"]["text"].as_str().unwrap())
        );
        let first = suggestions[0]["phrase"].as_str().unwrap();
        assert!(
            lines[2].contains(first),
            "{lang}: related entries follow at once\n{out}"
        );
    }
}
