//! Forgiving lookups and full-text search, through the real binary and database.

use crate::common;

use common::TestEnv;
use serde_json::Value;

fn search(env: &TestEnv, args: &[&str]) -> (Option<i32>, Value) {
    let out = env
        .cmd()
        .arg("search")
        .arg("--json")
        .args(args)
        .output()
        .expect("runs");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), v)
}

fn has_hit(hits: &Value, code: u64, vendor: Option<&str>) -> bool {
    hits.as_array()
        .expect("array")
        .iter()
        .any(|h| h["code"] == code && vendor.is_none_or(|v| h["vendor"] == v))
}

#[test]
fn search_finds_words_in_any_language_and_form() {
    let env = TestEnv::new();
    for (query, code, vendor) in [
        ("деньги", 480, Some("ru-softswitch")),
        ("денег", 480, Some("ru-softswitch")),
        ("ДЕНЬГИ", 480, Some("ru-softswitch")),
        ("пароль", 403, Some("ru-softswitch")),
        ("余额", 480, Some("ru-softswitch")),
        ("忙", 486, None),
        ("busy", 486, None),
        ("codec", 488, Some("ru-softswitch")),
        ("No money left", 480, Some("ru-softswitch")),
    ] {
        for lang in ["en", "ru", "zh"] {
            let (code_rc, hits) = search(&env, &["--lang", lang, query]);
            assert_eq!(code_rc, Some(0), "{query}");
            assert!(has_hit(&hits, code, vendor), "{query} [{lang}]: {hits}");
        }
    }
    let (_, hits) = search(&env, &["0x751"]);
    assert_eq!(hits[0]["vendor_code"], "0x751", "{hits}");
    assert_eq!(hits[0]["vendor"], "gigaset");
    // --vendor keeps only that vendor's entries.
    let (_, hits) = search(&env, &["--vendor", "gigaset", "busy"]);
    assert!(
        hits.as_array()
            .unwrap()
            .iter()
            .all(|h| h["vendor"] == "gigaset")
    );
}

#[test]
fn ranking_puts_the_entry_named_by_the_query_first() {
    let env = TestEnv::new();
    // The phrase itself beats a mention in an explanation; among equal phrase matches the
    // canonical code comes before a vendor's copy of it.
    let (_, hits) = search(&env, &["busy"]);
    assert_eq!(
        (hits[0]["kind"].as_str(), hits[0]["code"].as_u64()),
        (Some("code"), Some(486)),
        "{hits}"
    );
    let (_, hits) = search(&env, &["No money left"]);
    assert_eq!(hits[0]["vendor"], "ru-softswitch", "{hits}");
    assert_eq!(hits[0]["code"], 480, "{hits}");
    // A short title that is the word (余额不足) before a long sentence that mentions it.
    let (_, hits) = search(&env, &["--lang", "zh", "余额"]);
    assert_eq!(hits[0]["matched"], "余额不足", "{hits}");
    // Scores never rise down the list.
    let scores: Vec<f64> = hits
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    // A number is a whole word: 48 is not 480.
    let (rc, _) = search(&env, &["48"]);
    assert_eq!(rc, Some(1));
    // The start of a word is found when whole words find nothing.
    let (rc, hits) = search(&env, &["regist"]);
    assert_eq!(rc, Some(0));
    assert!(has_hit(&hits, 403, Some("ru-softswitch")), "{hits}");
}

#[test]
fn bad_queries_are_refused_and_syntax_is_text() {
    let env = TestEnv::new();
    for (query, lang, want) in [
        ("", "en", "empty input"),
        ("?!.. ;", "en", "no words"),
        ("?!.. ;", "ru", "нет слов"),
        ("?!.. ;", "zh", "没有可查找的词"),
    ] {
        let out = env
            .cmd()
            .args(["search", "--lang", lang, query])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2), "{query}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
    for query in [
        "\"busy",
        "busy*",
        "NEAR(busy",
        "'; DROP TABLE variant; --",
        "busy\" OR \"x",
    ] {
        let (rc, _) = search(&env, &[query]);
        assert!(matches!(rc, Some(0 | 1)), "{query}: {rc:?}");
    }
    for query in ["\"", "*", "(("] {
        let (rc, _) = search(&env, &[query]);
        assert_eq!(rc, Some(2), "{query}: only syntax, no words");
    }
    let long = "занят ".repeat(2000);
    let (rc, _) = search(&env, &[&long]);
    assert!(matches!(rc, Some(0 | 1)), "10 KB query: {rc:?}");
    // Nothing was dropped: the table is still there.
    let (_, hits) = search(&env, &["busy"]);
    assert!(has_hit(&hits, 486, None));
    // Not found is exit 1 with a localized line.
    let out = env
        .cmd()
        .args(["search", "--lang", "ru", "zzzqqq"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("ничего не найдено"));
}

#[test]
fn the_index_follows_imports_and_removals() {
    let env = TestEnv::new();
    let list = env.write(
        "acme.csv",
        "vendor,code,phrase,category,title_ru,ui_zh\nacme,480,Kein Guthaben,billing,Нет средств на счёте,话费不足\n",
    );
    env.import_ok(&[list.to_str().unwrap()]);
    let acme = |hits: &Value| {
        hits.as_array()
            .is_some_and(|a| a.iter().any(|h| h["vendor"] == "acme"))
    };
    for q in ["guthaben", "средств на счёте", "话费"] {
        let (_, hits) = search(&env, &[q]);
        assert!(acme(&hits), "{q}: {hits}");
    }
    let changed = env.write(
        "acme2.csv",
        "vendor,code,phrase,category,title_ru\nacme,480,Kein Guthaben,billing,Баланс исчерпан\n",
    );
    env.import_ok(&["--replace", changed.to_str().unwrap()]);
    let (_, hits) = search(&env, &["средств на счёте"]);
    assert!(!acme(&hits), "old text gone: {hits}");
    let (_, hits) = search(&env, &["баланс", "исчерпан"]);
    assert!(acme(&hits), "{hits}");
    env.cmd()
        .args(["remove", "--vendor", "acme"])
        .assert()
        .success();
    let (rc, _) = search(&env, &["guthaben"]);
    assert_eq!(rc, Some(1), "removed with its vendor");
}

#[test]
fn typos_under_a_known_code_match_fuzzily() {
    let env = TestEnv::new();
    for lang in ["en", "ru", "zh"] {
        for (input, code, phrase) in [
            ("SIP/2.0 403 Wrong Gues", 403, "Wrong Guess"),
            ("480 No mony left", 480, "No money left"),
            ("No mony left", 480, "No money left"),
        ] {
            let v = env.explain_json(&["--lang", lang, input]);
            assert_eq!(v["fuzzy"], true, "{input}: {v}");
            assert_eq!(v["variants"][0]["code"], code, "{input}");
            assert_eq!(v["variants"][0]["phrase"], phrase, "{input}");
            assert_eq!(v["suggestions"][0]["phrase"], phrase);
            assert!(v["suggestions"][0]["score"].as_f64().unwrap() >= 0.8);
        }
        let v = env.explain_json(&["--lang", lang, "SIP/2.0 403 Something else entirely"]);
        assert_eq!(v["match"], "unknown_variant");
        assert_eq!(v["fuzzy"], false);
        // Spelling variants of one phrase are the same phrase.
        let v = env.explain_json(&["--lang", lang, "Out of look ahead retries"]);
        assert_eq!(v["match"], "phrase", "{v}");
        assert_eq!(v["fuzzy"], false);
    }
    let out = env
        .cmd()
        .args(["explain", "--lang", "ru", "480 No mony left"])
        .output()
        .expect("runs");
    // The match note says what the typo was read as.
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("прочитано как «No money left»"), "{text}");
}

#[test]
fn contradictions_are_flagged_in_every_language() {
    let env = TestEnv::new();
    for (lang, word) in [
        ("en", "acts on the code"),
        ("ru", "по коду"),
        ("zh", "按响应码"),
    ] {
        for (input, says) in [
            ("200 Authorization failure", "failure"),
            ("486 OK", "success"),
        ] {
            let v = env.explain_json(&["--lang", lang, input]);
            assert_eq!(v["contradiction"]["phrase_says"], says, "{input}: {v}");
            let text = env
                .cmd()
                .args(["explain", "--lang", lang, input])
                .output()
                .expect("runs");
            assert!(
                String::from_utf8_lossy(&text.stdout).contains(word),
                "{lang}"
            );
        }
        let v = env.explain_json(&["--lang", lang, "486 Busy Here"]);
        assert!(v["contradiction"].is_null());
    }
}

#[test]
fn a_phrase_alone_finds_every_code_and_vendor_first() {
    let env = TestEnv::new();
    let v = env.explain_json(&["Codec Mismatch"]);
    let codes: Vec<u64> = v["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["code"].as_u64().unwrap())
        .collect();
    for c in [480, 488, 499] {
        assert!(codes.contains(&c), "{codes:?}");
    }
    let v = env.explain_json(&["--vendor", "gigaset", "Busy here"]);
    assert_eq!(v["variants"][0]["vendor"], "gigaset", "{v}");
}

#[test]
fn a_word_only_in_explanations_points_to_them() {
    let env = TestEnv::new();
    for (lang, label) in [
        ("en", "Its words appear in the explanations of"),
        ("ru", "Эти слова встречаются в описаниях"),
        ("zh", "这些词出现在以下条目的说明中"),
    ] {
        let out = env
            .cmd()
            .args(["explain", "--json", "--lang", lang, "ДЕНЬГИ"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "nothing is called ДЕНЬГИ");
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        assert_eq!(v["match"], "not_found");
        let found = v["found_in"].as_array().expect("found_in");
        assert_eq!(
            (found[0]["code"].as_u64(), found[0]["vendor"].as_str()),
            (Some(480), Some("ru-softswitch")),
            "{v}"
        );
        let out = env
            .cmd()
            .args(["explain", "--lang", lang, "ДЕНЬГИ"])
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(
            text.contains(label) && text.contains("480 No money left"),
            "{text}"
        );
    }
}

/// Issue #20, finding 5: accents on Latin letters are folded the same way in documents and
/// queries, so `códec` finds and ranks what `codec` does (it used to rank 200 OK first, with
/// the whole document as `matched`), and a phrase typed with accents matches its list entry.
#[test]
fn accents_fold_alike_in_documents_and_queries() {
    let env = TestEnv::new();
    let (_, plain) = search(&env, &["codec"]);
    for query in ["códec", "CÓDEC", "cȫdec"] {
        let (rc, hits) = search(&env, &[query]);
        assert_eq!(rc, Some(0), "{query}");
        assert_eq!(hits[0], plain[0], "{query}: {hits}");
        assert_eq!(hits[0]["matched"], "Codec Mismatch", "{query}: {hits}");
    }
    let v = env.explain_json(&["SIP/2.0 488 Códec Mismatch"]);
    assert_eq!(v["match"], "variant", "{v}");
    assert_eq!(v["variants"][0]["vendor"], "ru-softswitch", "{v}");
    // Cyrillic keeps its marks: й is not и (only ё is read as е).
    assert_eq!(sipkb::normalize_phrase("Мой Ёж"), "мой еж");
}
