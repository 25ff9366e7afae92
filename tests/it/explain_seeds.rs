//! Every seed status line and every device code explains to its vendor variant.

use crate::common;

use common::{TestEnv, fixture_lines};

#[test]
fn every_softswitch_status_line_explains_to_its_variant() {
    let env = TestEnv::new();
    let lines = fixture_lines("seed_status_lines.txt");
    assert_eq!(lines.len(), 41, "the seed list has 41 status lines");
    for (line, ex) in lines.iter().zip(env.explain_all(&lines, "en")) {
        let mut words = line.splitn(3, ' ').skip(1);
        let code: u64 = words.next().unwrap().parse().unwrap();
        let phrase = words.next().unwrap();
        // A line with the code's own IANA phrase is the canonical meaning first, the
        // softswitch's gloss listed after it (issue #18, item 5).
        let canonical = &ex["canonical"];
        let standard = canonical["code"] == code
            && std::iter::once(&canonical["reason"])
                .chain(canonical["aliases"].as_array().unwrap())
                .any(|p| p.as_str().unwrap().eq_ignore_ascii_case(phrase));
        let want = match code {
            499 => "class",
            _ if standard => "canonical",
            _ => "variant",
        };
        assert_eq!(ex["match"], want, "{line}");
        assert_eq!(ex["code"], code, "{line}");
        let variants = ex[if standard { "also_glossed" } else { "variants" }]
            .as_array()
            .unwrap();
        let hit = variants
            .iter()
            .find(|v| v["vendor"] == "ru-softswitch" && v["phrase"] == phrase);
        let hit = hit.unwrap_or_else(|| panic!("{line}: no ru-softswitch variant in {variants:?}"));
        assert_eq!(hit["code"], code, "{line}");
        assert!(
            !hit["title"].as_str().unwrap().is_empty(),
            "{line}: empty title"
        );
        assert!(!hit["ui"].as_str().unwrap().is_empty(), "{line}: empty ui");
    }
}

#[test]
fn every_device_code_explains_to_its_variant() {
    let env = TestEnv::new();
    let codes = fixture_lines("seed_device_codes.txt");
    assert_eq!(codes.len(), 58, "the seed lists 58 device codes");
    for (code, ex) in codes.iter().zip(env.explain_all(&codes, "ru")) {
        assert_eq!(ex["match"], "variant", "{code}");
        let v = &ex["variants"][0];
        assert_eq!(v["vendor"], "gigaset", "{code}");
        assert_eq!(v["vendor_code"], code.as_str(), "{code}");
        // 0x + a SIP code is that SIP response, except 0x515, which describes 513; the
        // configuration, call-end and socket codes stand for none.
        let digits = &code[2..];
        let want = match digits {
            "515" => Some(513),
            d if d.len() == 3 && !d.starts_with(['7', '8']) => Some(d.parse::<u64>().unwrap()),
            _ => None,
        };
        assert_eq!(v["code"].as_u64(), want, "{code}");
        assert_eq!(ex["code"].as_u64(), want, "{code}");
        assert!(
            common::has_cyrillic(v["summary"].as_str().unwrap()),
            "{code}: summary not in Russian"
        );
    }
}

#[test]
fn the_5xx_class_note_comes_with_every_5xx() {
    let env = TestEnv::new();
    let ex = env.explain_json(&["SIP/2.0 500 DB Timeout"]);
    let notes = ex["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["vendor"], "ru-softswitch");
    assert_eq!(notes[0]["class"], "5xx");
    assert!(!notes[0]["summary"].as_str().unwrap().is_empty());
    let ex = env.explain_json(&["486"]);
    assert!(ex["notes"].as_array().unwrap().is_empty());
}
