//! Every code of the IANA registry explains in en, ru and zh, with texts in the right script.

use crate::common;

use common::{TestEnv, fixture_lines, has_cjk, has_cyrillic, text_fields};

fn registry() -> Vec<(u64, String)> {
    fixture_lines("iana_sip_response_codes.tsv")
        .into_iter()
        .skip(1)
        .map(|l| {
            let mut cols = l.split('\t');
            (
                cols.next().unwrap().parse().unwrap(),
                cols.next().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_registered_code_explains_in_every_locale() {
    let env = TestEnv::new();
    let codes = registry();
    assert_eq!(codes.len(), 75);
    let inputs: Vec<String> = codes.iter().map(|(c, _)| c.to_string()).collect();
    for lang in ["en", "ru", "zh"] {
        for ((code, reason), ex) in codes.iter().zip(env.explain_all(&inputs, lang)) {
            assert_eq!(ex["match"], "canonical", "{code} {lang}");
            assert_eq!(ex["locale"], lang);
            assert_eq!(
                ex["fallback"].as_array().unwrap().len(),
                0,
                "{code} {lang} fell back"
            );
            let c = &ex["canonical"];
            assert_eq!(c["code"], *code);
            assert_eq!(c["reason"], reason.as_str());
            assert!(c["rfc"][0].as_str().unwrap().starts_with("RFC "), "{code}");
            assert!(!c["category"].as_str().unwrap().is_empty());
            for (field, text) in text_fields(c) {
                assert!(!text.trim().is_empty(), "{code} {lang} {field} is empty");
                let right_script = match lang {
                    "ru" => has_cyrillic(&text),
                    "zh" => has_cjk(&text),
                    _ => !has_cyrillic(&text) && !has_cjk(&text),
                };
                assert!(
                    right_script,
                    "{code} {lang} {field} is not in {lang}: {text}"
                );
            }
        }
    }
}

#[test]
fn aliases_match_as_the_canonical_entry() {
    let env = TestEnv::new();
    for (input, code) in [
        ("SIP/2.0 500 Internal Server Error", 500),
        ("500 Server internal failure", 500),
        ("436 Bad Identity-Info", 436),
        ("437 Unsupported Certificate", 437),
        ("481 Call Leg/Transaction Does Not Exist", 481),
        ("504 Gateway Time-out", 504),
        ("505 SIP Version Not Supported", 505),
        ("183 Session in Progress", 183),
        ("202 Accepted", 202),
        ("sip/2.0 486  busy here", 486),
    ] {
        let ex = env.explain_json(&[input]);
        assert!(
            ex["match"] == "canonical" || ex["match"] == "variant",
            "{input}: {}",
            ex["match"]
        );
        assert_eq!(ex["canonical"]["code"], code, "{input}");
        assert!(ex["suggestions"].as_array().unwrap().is_empty(), "{input}");
    }
}
