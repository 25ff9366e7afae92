//! Reading a phrase nobody has listed (issue #18), through the real binary: 106 real reason
//! phrases from public traces, documentation and source code (tests/fixtures/phrases/
//! unknown.toml, each with its source) are in no list, and each gets a `reading` whose
//! category is the one a telecom support engineer gives it; the issue's own phrases get no
//! letter-level look-alike suggestion; a response whose `Server:` header names a listed
//! sender is read with that sender's list.

use crate::common;

use common::TestEnv;
use serde_json::Value;

struct Phrase {
    code: i64,
    phrase: String,
    category: String,
    source: String,
}

fn fixture() -> Vec<Phrase> {
    let text = std::fs::read_to_string(common::fixture("phrases/unknown.toml")).unwrap();
    let table: toml::Table = text.parse().expect("unknown.toml parses");
    table["phrase"]
        .as_array()
        .expect("[[phrase]]")
        .iter()
        .map(|p| Phrase {
            code: p["code"].as_integer().expect("code"),
            phrase: p["phrase"].as_str().expect("phrase").to_string(),
            category: p["category"].as_str().expect("category").to_string(),
            source: p["source"].as_str().expect("source").to_string(),
        })
        .collect()
}

#[test]
fn phrases_in_no_list_are_read_by_their_words() {
    let env = TestEnv::new();
    let phrases = fixture();
    assert!(phrases.len() >= 66, "{} phrases", phrases.len());
    for p in &phrases {
        let s = &p.source;
        let repo = s.split_once('@').is_some_and(|(repo, rest)| {
            repo.contains('/') && rest.split_once(':').is_some_and(|(c, _)| c.len() == 40)
        });
        let url = s.starts_with("https://") || s.starts_with("http://");
        assert!(repo || url, "{}: source {s:?}", p.phrase);
    }
    let inputs: Vec<String> = phrases
        .iter()
        .map(|p| format!("SIP/2.0 {} {}", p.code, p.phrase))
        .collect();
    for lang in ["en", "ru", "zh"] {
        let answers = env.explain_all(&inputs, lang);
        let mut wrong = Vec::new();
        for (p, ex) in phrases.iter().zip(&answers) {
            // A phrase a list knows would prove nothing about reading.
            assert_eq!(ex["match"], "unknown_variant", "{}: {ex}", p.phrase);
            let reading = &ex["reading"];
            assert!(reading.is_object(), "{}: no reading", p.phrase);
            if reading["category"] != p.category.as_str() {
                wrong.push(format!(
                    "{} {:?}: read as {}, expected {}",
                    p.code, p.phrase, reading["category"], p.category
                ));
            }
            // The sentence is in the answer's language.
            let sentence = reading["sentence"].as_str().unwrap();
            match lang {
                "ru" => assert!(common::has_cyrillic(sentence), "{sentence}"),
                "zh" => assert!(common::has_cjk(sentence), "{sentence}"),
                _ => assert!(!common::has_cyrillic(sentence) && !common::has_cjk(sentence)),
            }
        }
        assert!(wrong.is_empty(), "{lang}:\n{}", wrong.join("\n"));
    }
}

#[test]
fn the_issues_phrases_get_no_letter_level_look_alikes() {
    let env = TestEnv::new();
    for input in [
        "SIP/2.0 402 Total calls duration is exceeded",
        "SIP/2.0 408 Timeout of waiting RPC result",
        "SIP/2.0 503 Registrar overloaded; try again shortly",
        "SIP/2.0 403 Will not forward",
    ] {
        let ex = env.explain_json(&[input]);
        for s in ex["suggestions"].as_array().unwrap() {
            let score = s["score"].as_f64().unwrap();
            assert!(
                s["by"] != "spelling" || score >= 0.8,
                "{input}: look-alike {s}"
            );
            assert!(score >= 0.5, "{input}: {s}");
        }
        // The text answer says what the words suggest.
        let out = env.cmd().args(["explain", input]).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let sentence = ex["reading"]["sentence"].as_str().unwrap();
        assert!(text.contains(sentence), "{input}:\n{text}");
    }
    // A typo of a listed phrase still gets its letter-level match: the rule above is not
    // "never suggest by spelling".
    let typo = env.explain_json(&["SIP/2.0 403 Wrong Gues"]);
    assert_eq!(typo["suggestions"][0]["by"], "spelling", "{typo}");
}

fn attribution(ex: &Value) -> (&str, &str) {
    (
        ex["attribution"]["vendor"].as_str().unwrap_or(""),
        ex["attribution"]["basis"].as_str().unwrap_or(""),
    )
}

#[test]
fn a_sender_header_picks_that_senders_reading() {
    let env = TestEnv::new();
    // 580 Precondition Failure is the standard phrase; A1ROUTES uses it for its rate limit.
    let plain = env.explain_json(&["SIP/2.0 580 Precondition Failure"]);
    assert_eq!(plain["match_note"]["kind"], "standard", "{plain}");
    let message = "SIP/2.0 580 Precondition Failure\nServer: A1ROUTES";
    let ex = env.explain_json(&[message]);
    assert_eq!(ex["variants"][0]["vendor"], "a1routes", "{ex}");
    assert_eq!(attribution(&ex), ("a1routes", "header"), "{ex}");
    assert_ne!(
        ex["triage"]["category"]["value"], plain["triage"]["category"]["value"],
        "the sender's reading changes the triage"
    );
    // Its lead borrows nothing from the standard 580 that contradicts the reading.
    let standard_actions: Vec<&Value> = plain["actions"].as_array().unwrap().iter().collect();
    for a in ex["actions"].as_array().unwrap() {
        assert!(!standard_actions.contains(&a), "{a}");
    }
    // A Server header of a product with no list says nothing about the sender.
    let other =
        env.explain_json(&["SIP/2.0 580 Precondition Failure\nServer: FPBX-16.0.40(18.20.0)"]);
    assert_eq!(other["match_note"]["kind"], "standard", "{other}");
}
