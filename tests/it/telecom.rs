//! Issue #7 through the real binary: Q.850 causes and both RFC 3398 mapping directions, every
//! input form (cause numbers, switch names, Reason and Warning headers, a status line with its
//! Reason) in en, ru and zh, malformed headers, and the triage facts on codes and variants.

use crate::common;

use common::{TestEnv, has_cjk, has_cyrillic};
use serde_json::Value;

/// RFC 3398 §7.2.4.1 (ISUP cause → SIP response), every row of the table in
/// shared/reference/q850_and_headers.md; `None`: the cause becomes a BYE or CANCEL.
/// Cause 22 has two rows (410 without diagnostic, 301 with one): the stored mapping is 410.
const CAUSE_TO_SIP: &[(u8, Option<u16>)] = &[
    (1, Some(404)),
    (2, Some(404)),
    (3, Some(404)),
    (16, None),
    (17, Some(486)),
    (18, Some(408)),
    (19, Some(480)),
    (20, Some(480)),
    (21, Some(403)),
    (22, Some(410)),
    (23, Some(410)),
    (26, Some(404)),
    (27, Some(502)),
    (28, Some(484)),
    (29, Some(501)),
    (31, Some(480)),
    (34, Some(503)),
    (38, Some(503)),
    (41, Some(503)),
    (42, Some(503)),
    (47, Some(503)),
    (55, Some(403)),
    (57, Some(403)),
    (58, Some(503)),
    (65, Some(488)),
    (70, Some(488)),
    (79, Some(501)),
    (87, Some(403)),
    (88, Some(503)),
    (102, Some(504)),
    (111, Some(500)),
    (127, Some(500)),
];

/// RFC 3398 §8.2.6.1 (SIP response → ISUP cause), every row; `None`: no cause given.
const SIP_TO_CAUSE: &[(u16, Option<u8>)] = &[
    (400, Some(41)),
    (401, Some(21)),
    (402, Some(21)),
    (403, Some(21)),
    (404, Some(1)),
    (405, Some(63)),
    (406, Some(79)),
    (407, Some(21)),
    (408, Some(102)),
    (410, Some(22)),
    (413, Some(127)),
    (414, Some(127)),
    (415, Some(79)),
    (416, Some(127)),
    (420, Some(127)),
    (421, Some(127)),
    (423, Some(127)),
    (480, Some(18)),
    (481, Some(41)),
    (482, Some(25)),
    (483, Some(25)),
    (484, Some(28)),
    (485, Some(1)),
    (486, Some(17)),
    (487, None),
    (488, None),
    (500, Some(41)),
    (501, Some(79)),
    (502, Some(38)),
    (503, Some(41)),
    (504, Some(102)),
    (505, Some(127)),
    (513, Some(127)),
    (600, Some(17)),
    (603, Some(21)),
    (604, Some(1)),
    (606, None),
];

const LANGS: [&str; 3] = ["en", "ru", "zh"];

/// Whether `text` is written in `lang` (Cyrillic for ru, Chinese for zh, neither for en).
fn in_lang(text: &str, lang: &str) -> bool {
    match lang {
        "ru" => has_cyrillic(text),
        "zh" => has_cjk(text),
        _ => !text.is_empty() && !has_cyrillic(text) && !has_cjk(text),
    }
}

fn num(v: &Value) -> Option<u64> {
    v.as_u64()
}

#[test]
fn every_rfc_3398_cause_to_sip_row_holds_both_as_a_cause_and_as_a_reason() {
    let env = TestEnv::new();
    let causes: Vec<String> = CAUSE_TO_SIP
        .iter()
        .map(|(c, _)| format!("q850:{c}"))
        .collect();
    for ((cause, sip), ex) in CAUSE_TO_SIP.iter().zip(env.explain_all(&causes, "en")) {
        assert_eq!(ex["match"], "cause", "q850:{cause}");
        assert_eq!(num(&ex["cause"]["value"]), Some(u64::from(*cause)));
        assert_eq!(
            num(&ex["cause"]["to_sip"]),
            sip.map(u64::from),
            "cause {cause} → SIP"
        );
        // The SIP response it maps to is explained as the code.
        assert_eq!(num(&ex["code"]), sip.map(u64::from), "cause {cause}");
        if let Some(sip) = sip {
            assert_eq!(num(&ex["canonical"]["code"]), Some(u64::from(*sip)));
        }
    }
    // The same row as a status line with its Reason header: the two agree.
    let lines: Vec<String> = CAUSE_TO_SIP
        .iter()
        .filter_map(|(c, s)| s.map(|s| format!("SIP/2.0 {s} X Reason: Q.850;cause={c}")))
        .collect();
    for (line, ex) in lines.iter().zip(env.explain_all(&lines, "en")) {
        assert_eq!(ex["reasons"][0]["relation"], "agrees", "{line}");
    }
}

#[test]
fn every_rfc_3398_sip_to_cause_row_holds_for_the_code_and_the_cause() {
    let env = TestEnv::new();
    let codes: Vec<String> = SIP_TO_CAUSE.iter().map(|(s, _)| s.to_string()).collect();
    for ((sip, cause), ex) in SIP_TO_CAUSE.iter().zip(env.explain_all(&codes, "en")) {
        let c = &ex["canonical"];
        assert_eq!(num(&c["q850"]), cause.map(u64::from), "SIP {sip} → cause");
        assert_eq!(c["q850_name"].is_string(), cause.is_some(), "SIP {sip}");
    }
    // From the cause's side: every response that maps to it is listed, and a status line
    // carrying that cause is consistent.
    let mapped: Vec<(u16, u8)> = SIP_TO_CAUSE
        .iter()
        .filter_map(|(s, c)| c.map(|c| (*s, c)))
        .collect();
    let asks: Vec<String> = mapped.iter().map(|(_, c)| format!("cause={c}")).collect();
    for ((sip, cause), ex) in mapped.iter().zip(env.explain_all(&asks, "en")) {
        let from: Vec<u64> = ex["cause"]["from_sip"]
            .as_array()
            .unwrap_or_else(|| panic!("cause {cause}: {ex}"))
            .iter()
            .filter_map(Value::as_u64)
            .collect();
        assert!(from.contains(&u64::from(*sip)), "cause {cause}: {from:?}");
    }
    let lines: Vec<String> = mapped
        .iter()
        .map(|(s, c)| format!("SIP/2.0 {s} X Reason: Q.850;cause={c}"))
        .collect();
    for (line, ex) in lines.iter().zip(env.explain_all(&lines, "en")) {
        assert_eq!(ex["reasons"][0]["relation"], "agrees", "{line}");
    }
}

#[test]
fn cause_inputs_in_every_spelling_and_locale() {
    let env = TestEnv::new();
    let cases: &[(&str, u64, Option<&str>)] = &[
        ("Q.850 cause 17", 17, None),
        ("q850:17", 17, None),
        ("Q.850;cause=17", 17, None),
        ("cause=34", 34, None),
        ("USER_BUSY", 17, Some("USER_BUSY")),
        ("user_busy", 17, Some("USER_BUSY")),
        (
            "NORMAL_TEMPORARY_FAILURE",
            41,
            Some("NORMAL_TEMPORARY_FAILURE"),
        ),
        ("NO_ROUTE_DESTINATION", 3, Some("NO_ROUTE_DESTINATION")),
        ("AST_CAUSE_CONGESTION", 34, Some("AST_CAUSE_CONGESTION")),
        ("SWITCH_CAUSE_USER_BUSY", 17, Some("USER_BUSY")),
    ];
    let inputs: Vec<String> = cases.iter().map(|c| c.0.to_string()).collect();
    for lang in LANGS {
        for ((input, value, alias), ex) in cases.iter().zip(env.explain_all(&inputs, lang)) {
            assert_eq!(ex["match"], "cause", "{input} {lang}");
            let cause = &ex["cause"];
            assert_eq!(num(&cause["value"]), Some(*value), "{input}");
            assert_eq!(cause["alias"].as_str(), *alias, "{input}");
            // The switches' names, apart from the (empty) platform hints of the texts.
            let names: Vec<&str> = cause["asterisk_names"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(Value::as_str)
                .chain(cause["freeswitch_name"].as_str())
                .collect();
            if let Some(alias) = alias {
                assert!(names.contains(alias), "{input}: {names:?}");
            }
            for part in ["title", "summary"] {
                let text = cause[part].as_str().unwrap_or_default();
                assert!(in_lang(text, lang), "{input} {lang} {part}: {text:?}");
            }
            assert!(!cause["actions"].as_array().unwrap().is_empty(), "{input}");
        }
    }
    // The text output shows the cause and the names switches give it.
    let out = env
        .cmd()
        .args(["--lang", "zh", "explain", "--full", "USER_BUSY"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(out.status.success());
    assert!(
        text.contains("AST_CAUSE_BUSY") && text.contains("486"),
        "{text}"
    );
    // A name no switch uses is a phrase like any other.
    let ex = env.explain_json(&["NOT_A_CAUSE_NAME"]);
    assert_eq!(ex["match"], "not_found");
}

#[test]
fn reason_and_warning_headers_in_every_locale() {
    let env = TestEnv::new();
    for lang in LANGS {
        let ex = env.explain_json(&[
            "--lang",
            lang,
            r#"Reason: Q.850;cause=16;text="Normal call clearing""#,
        ]);
        assert_eq!(ex["match"], "headers");
        let r = &ex["reasons"][0];
        assert_eq!(
            (r["protocol"].as_str(), num(&r["cause"])),
            (Some("Q.850"), Some(16))
        );
        assert_eq!(r["text"], "Normal call clearing");
        assert!(
            in_lang(r["q850"]["title"].as_str().unwrap(), lang),
            "{lang}"
        );
        assert!(r["relation"].is_null(), "no status line, nothing to relate");

        let ex = env.explain_json(&[
            "--lang",
            lang,
            r#"Reason: SIP;cause=480;text="Temporarily Unavailable", Q.850;cause=18"#,
        ]);
        let reasons = ex["reasons"].as_array().unwrap();
        assert_eq!(reasons.len(), 2, "two reasons in one header");
        assert_eq!(num(&reasons[0]["sip"]["code"]), Some(480));
        assert!(in_lang(reasons[0]["sip"]["title"].as_str().unwrap(), lang));
        assert_eq!(num(&reasons[1]["q850"]["to_sip"]), Some(408));

        let ex = env.explain_json(&[
            "--lang",
            lang,
            "Warning: 399 sbc.example.net \"Media timeout\", 305 10.0.0.1 \"Incompatible media format\"",
        ]);
        let w = ex["warnings"].as_array().unwrap();
        assert_eq!(w.len(), 2);
        assert_eq!(
            (num(&w[0]["code"]), w[0]["agent"].as_str()),
            (Some(399), Some("sbc.example.net"))
        );
        assert_eq!(w[0]["text"], "Media timeout");
        assert!(in_lang(w[1]["summary"].as_str().unwrap(), lang), "{lang}");
    }
}

#[test]
fn a_status_line_and_its_reason_are_explained_together() {
    let env = TestEnv::new();
    let input = "SIP/2.0 480 No money left\nReason: Q.850;cause=17;text=\"User busy\"\nReason: SIP;cause=480\nWarning: 399 sbc \"Balance exhausted\"";
    for lang in LANGS {
        let ex = env.explain_json(&["--lang", lang, input]);
        assert_eq!(
            ex["match"], "variant",
            "the status line is still the main answer"
        );
        assert_eq!(ex["variants"][0]["vendor"], "ru-softswitch");
        let reasons = ex["reasons"].as_array().unwrap();
        // 17 maps to 486, not 480: the mismatch is said, in the locale.
        assert_eq!(reasons[0]["relation"], "differs");
        let note = reasons[0]["relation_note"].as_str().unwrap();
        assert!(
            note.contains("486") && in_lang(note, lang),
            "{lang}: {note}"
        );
        assert_eq!(reasons[1]["relation"], "same");
        assert_eq!(num(&ex["warnings"][0]["code"]), Some(399));
        // The text output carries the same sentence.
        let out = env
            .cmd()
            .args(["--lang", lang, "explain", input])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(note), "{lang}: {text}");
        assert!(text.contains("Balance exhausted"), "{lang}");
    }
    // A Reason carrying another SIP code is the failure further along.
    let ex = env.explain_json(&["503 Service Unavailable Reason: SIP;cause=486"]);
    assert_eq!(ex["reasons"][0]["relation"], "other");
    // Neither direction maps 487 and cause 16.
    let ex = env.explain_json(&["487 Request Terminated Reason: Q.850;cause=16"]);
    assert_eq!(ex["reasons"][0]["relation"], "unmapped");
}

#[test]
fn every_warn_code_300_to_399_is_explained_in_three_languages() {
    let env = TestEnv::new();
    // The IANA warn-codes registry (RFC 3261 §20.43, RFC 5630, RFC 8373).
    let registered = [
        300, 301, 302, 303, 304, 305, 306, 307, 308, 330, 331, 370, 380, 381, 399,
    ];
    let inputs: Vec<String> = (300..=399)
        .map(|c| format!("Warning: {c} host.example \"x\""))
        .collect();
    for lang in LANGS {
        for (code, ex) in (300..=399u64).zip(env.explain_all(&inputs, lang)) {
            let w = &ex["warnings"][0];
            assert_eq!(num(&w["code"]), Some(code));
            assert_eq!(
                w["registered"].as_bool(),
                Some(registered.contains(&code)),
                "{code}"
            );
            for part in ["title", "summary"] {
                let text = w[part].as_str().unwrap_or_default();
                assert!(in_lang(text, lang), "{code} {lang} {part}: {text:?}");
            }
        }
    }
}

#[test]
fn malformed_headers_and_causes_exit_2_with_one_clear_line() {
    let env = TestEnv::new();
    let cases: &[(&str, &str)] = &[
        ("Reason: Q.850;cause=", "Q.850;cause="),
        ("cause=999", "cause=999"),
        ("q850:0", "q850:0"),
        ("480 X\nReason: Q.850;cause=999", "999"),
        ("480 X\nReason: SIP;cause=99", "99"),
        (
            "Reason: Q.850;cause=16;text=\"Normal call clearing",
            "Normal call clearing",
        ),
        ("Reason: ;cause=16", ";cause=16"),
        ("Reason: Q.850;text=\"no cause\"", "no cause"),
        ("Warning: 399 host \"unterminated", "unterminated"),
        ("Warning: 999 host \"x\"", "999"),
        ("Warning: 399 host-without-text", "host-without-text"),
    ];
    for lang in LANGS {
        for (input, shown) in cases {
            let out = env
                .cmd()
                .args(["--lang", lang, "explain", input])
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{input:?} {lang}");
            let err = String::from_utf8(out.stderr).unwrap();
            assert_eq!(err.trim_end().lines().count(), 1, "{input:?}: {err}");
            assert!(err.contains(shown), "{input:?} {lang}: {err}");
            if lang != "en" {
                assert!(in_lang(&err, lang), "{input:?} {lang}: {err}");
            }
            assert!(out.stdout.is_empty(), "{input:?}");
        }
    }
}

#[test]
fn every_code_and_variant_carries_its_triage_facts() {
    let env = TestEnv::new();
    let sides = ["caller", "callee", "carrier", "operator", "account", "none"];
    let retries = ["none", "redirect", "fix", "later", "elsewhere", "never"];
    let list = |args: &[&str]| -> Vec<Value> {
        let out = env
            .cmd()
            .arg("list")
            .args(args)
            .arg("--json")
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap_or_default()
    };
    let codes = list(&[]);
    assert!(codes.len() >= 75);
    for c in &codes {
        assert!(sides.contains(&c["side"].as_str().unwrap()), "{c}");
        assert!(retries.contains(&c["retry"].as_str().unwrap()), "{c}");
    }
    let variants = list(&["--variants"]);
    assert!(variants.len() >= 99, "{}", variants.len());
    for v in &variants {
        assert!(sides.contains(&v["side"].as_str().unwrap()), "{v}");
        assert!(retries.contains(&v["retry"].as_str().unwrap()), "{v}");
    }
    // The vendor's meaning decides, not the code: "480 No money left" is the account holder's
    // to fix (a balance, not anyone's configuration), where a plain 480 is the callee's.
    let ex = env.explain_json(&["SIP/2.0 480 No money left"]);
    let v = &ex["variants"][0];
    assert_eq!(
        (v["side"].as_str(), v["retry"].as_str()),
        (Some("account"), Some("fix"))
    );
    // No billing entry blames the caller's configuration: a balance or payment is the
    // account's, a charging system's own failure its operator's.
    for v in variants.iter().filter(|v| v["category"] == "billing") {
        assert!(
            ["account", "operator"].contains(&v["side"].as_str().unwrap()),
            "{v}"
        );
    }
    assert_eq!(ex["canonical"]["side"], "callee");
    assert_eq!(
        num(&v["q850"]),
        Some(18),
        "the code's Q.850 cause shows on the variant"
    );
    assert!(v["q850_name"].is_string());
    // --category filters codes and variants alike.
    for (args, what) in [(vec![], "codes"), (vec!["--variants"], "variants")] {
        let mut all = args.clone();
        all.extend(["--category", "billing"]);
        let billing = list(&all);
        assert!(!billing.is_empty(), "{what}");
        assert!(billing.iter().all(|x| x["category"] == "billing"), "{what}");
    }
    let out = env
        .cmd()
        .args(["list", "--category", "finance"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    // Text output shows the facts in the locale.
    for lang in LANGS {
        let out = env
            .cmd()
            .args(["--lang", lang, "explain", "--full", "SIP/2.0 486 Busy Here"])
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let ex = env.explain_json(&["--lang", lang, "486"]);
        let impact = ex["canonical"]["impact"].as_str().unwrap();
        assert!(in_lang(impact, lang) && text.contains(impact), "{lang}");
        // The cause's name in the answer's language, and its ITU-T name in JSON.
        let title = ex["canonical"]["q850_title"].as_str().unwrap();
        assert!(in_lang(title, lang), "{lang}: {title}");
        assert_eq!(ex["canonical"]["q850_name"], "User busy");
        let named = match lang {
            "zh" => format!("17（{title}）"),
            _ => format!("17 ({title})"),
        };
        assert!(
            text.contains(&named),
            "{lang}: the Q.850 cause with its name"
        );
    }
}

#[test]
fn failures_carry_depth_and_q850_list_is_complete() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["list", "--q850", "--json"])
        .output()
        .unwrap();
    let causes: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(causes.len() >= 70, "{}", causes.len());
    for c in &causes {
        let v = c["value"].as_u64().unwrap();
        assert!((1..=127).contains(&v));
        assert!(!c["name"].as_str().unwrap().is_empty());
        assert!(!c["title"].as_str().unwrap().is_empty(), "{v}");
    }
    let codes: Vec<String> = (400..700).map(|c| c.to_string()).collect();
    for lang in LANGS {
        let (mut seen, mut hinted) = (0, 0);
        for ex in env.explain_all(&codes, lang) {
            if ex["unregistered"] == true {
                continue;
            }
            let c = &ex["canonical"];
            let code = &c["code"];
            assert!(
                in_lang(c["impact"].as_str().unwrap(), lang),
                "{code} {lang}"
            );
            assert!(
                !c["confirm"].as_array().unwrap().is_empty(),
                "{code} {lang}"
            );
            let hints: usize = ["asterisk", "freeswitch", "kamailio", "opensips"]
                .iter()
                .map(|p| c[p].as_array().map_or(0, Vec::len))
                .sum();
            seen += 1;
            hinted += usize::from(hints > 0);
        }
        // Hints are written where one applies (none of the four products handles, say,
        // 425's emergency alerts), so a few codes have none.
        assert!(
            seen >= 60 && hinted * 10 >= seen * 9,
            "{lang}: {hinted} of {seen}"
        );
    }
}
