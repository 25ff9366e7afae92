//! `sipkb export --ui`: every locale in every format, each file read back with a real parser of
//! its format (serde_json, fluent-bundle, polib), the three agreeing id by id.

use crate::common;

use common::TestEnv;
use fluent_bundle::{FluentBundle, FluentResource};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

fn export(env: &TestEnv, lang: &str, format: &str) -> std::path::PathBuf {
    let file = env.dir.path().join(format!("ui-{lang}.{format}"));
    let out = env
        .cmd()
        .args(["export", "--ui", "--lang", lang, "--format", format, "-o"])
        .arg(&file)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

fn json(path: &Path) -> Map<String, Value> {
    let v: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).expect("valid JSON");
    v.as_object().expect("a flat object").clone()
}

/// Every message of an FTL file, rendered: id → (value, title).
fn ftl(path: &Path, lang: &str) -> BTreeMap<String, (String, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let res = FluentResource::try_new(text.clone()).expect("valid Fluent");
    let mut bundle = FluentBundle::new(vec![lang.parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(res).expect("no duplicate ids");
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let Some((id, _)) = line.split_once(" = ") else {
            continue;
        };
        if id.starts_with(' ') || id.starts_with('#') {
            continue;
        }
        let msg = bundle.get_message(id).expect("message");
        let mut errs = vec![];
        let value = bundle
            .format_pattern(msg.value().unwrap(), None, &mut errs)
            .to_string();
        let title = bundle
            .format_pattern(msg.get_attribute("title").unwrap().value(), None, &mut errs)
            .to_string();
        assert!(errs.is_empty(), "{id}: {errs:?}");
        out.insert(id.to_string(), (value, title));
    }
    out
}

#[test]
fn every_format_reads_back_with_the_same_texts_in_every_locale() {
    let env = TestEnv::new();
    let codes: Value =
        serde_json::from_slice(&env.cmd().args(["list", "--json"]).output().unwrap().stdout)
            .unwrap();
    let codes: Vec<u64> = codes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_u64().unwrap())
        .collect();
    assert!(codes.len() >= 70);
    for lang in ["en", "ru", "zh"] {
        let j = json(&export(&env, lang, "json"));
        assert_eq!(j["@metadata"]["locale"], lang);
        assert_eq!(
            j["@metadata"]["fallback"],
            Value::Object(Map::new()),
            "built-in texts exist in {lang}"
        );
        for code in &codes {
            let id = format!("sip-{code}");
            let text = j[&id].as_str().unwrap_or_else(|| panic!("{id} in {lang}"));
            assert!(
                !text.trim().is_empty() && !j[&format!("{id}.title")].as_str().unwrap().is_empty()
            );
        }
        let busy = j["sip-486"].as_str().unwrap();
        match lang {
            "ru" => assert!(
                busy.chars()
                    .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap())),
                "{busy}"
            ),
            "zh" => assert!(
                busy.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{busy}"
            ),
            _ => assert!(busy.is_ascii(), "{busy}"),
        }
        // The documented id forms.
        assert!(j.contains_key("sip-480--ru-softswitch--no-money-left"));
        assert!(
            j.contains_key("sip-486--gigaset--0x486"),
            "a device code with a SIP code"
        );
        assert!(j.contains_key("dev--gigaset--0x751"), "a device code alone");
        assert!(
            j.contains_key("sip-5xx--ru-softswitch"),
            "a vendor's note on a class"
        );
        // A note has no phrase: no id may be made of the hash of nothing.
        let empty = "xe3b0c442";
        assert!(!j.keys().any(|k| k.contains(empty)), "{lang}");

        // FTL: the same ids and the same texts.
        let f = ftl(&export(&env, lang, "ftl"), lang);
        let ids: Vec<&String> = j
            .keys()
            .filter(|k| !k.starts_with('@') && !k.ends_with(".title"))
            .collect();
        assert_eq!(
            f.len(),
            ids.len(),
            "{lang}: FTL and JSON hold the same entries"
        );
        for id in ids {
            let (value, title) = &f[id.as_str()];
            assert_eq!(value, j[id.as_str()].as_str().unwrap(), "{lang} {id}");
            assert_eq!(
                title,
                j[&format!("{id}.title")].as_str().unwrap(),
                "{lang} {id}"
            );
        }

        // PO: msgctxt is the id, msgstr the locale's text, msgid the English one.
        let po = polib::po_file::parse(&export(&env, lang, "po")).expect("valid PO");
        assert_eq!(po.metadata.language, lang);
        let en = json(&export(&env, "en", "json"));
        let mut n = 0;
        for m in po.messages() {
            let ctx = m.msgctxt().expect("msgctxt");
            assert_eq!(
                m.msgstr().unwrap(),
                j[ctx].as_str().unwrap(),
                "{lang} {ctx}"
            );
            assert_eq!(m.msgid(), en[ctx].as_str().unwrap(), "{lang} {ctx}");
            n += 1;
        }
        assert_eq!(n, j.len() - 1, "{lang}: one PO message per JSON key");
    }
}

#[test]
fn a_missing_translation_falls_back_visibly_in_every_format() {
    let env = TestEnv::new();
    let list = env.write("acme.csv", "vendor,code,phrase,category,title_en,ui_en,title_ru,ui_ru\n\
         acme,480,No credit,billing,Out of credit,Top up your account.,Нет кредита,Пополните счёт.\n\
         acme,486,Линия занята,user-state,Line busy,The line is busy.,,\n");
    env.import_ok(&[list.to_str().unwrap()]);
    let ru_id = {
        let j = json(&export(&env, "en", "json"));
        let ids: Vec<String> = j
            .keys()
            .filter(|k| k.starts_with("sip-486--acme--") && !k.ends_with(".title"))
            .cloned()
            .collect();
        assert_eq!(ids.len(), 1, "{ids:?}");
        ids[0].clone()
    };
    // A Russian phrase has no ASCII letters: its id carries a hash of the phrase.
    assert!(ru_id.len() == "sip-486--acme--x".len() + 8, "{ru_id}");
    for lang in ["ru", "zh"] {
        let j = json(&export(&env, lang, "json"));
        assert_eq!(j["@metadata"]["fallback"][&ru_id], "en", "{lang}");
        assert_eq!(j[&ru_id], "The line is busy.");
        let want_480 = if lang == "ru" {
            "Пополните счёт."
        } else {
            "Top up your account."
        };
        assert_eq!(j["sip-480--acme--no-credit"], want_480);
        let text = std::fs::read_to_string(export(&env, lang, "ftl")).unwrap();
        assert!(
            text.contains(&format!(
                "# fallback: {lang} -> en\n{ru_id} = The line is busy."
            )),
            "{text}"
        );
        let po = polib::po_file::parse(&export(&env, lang, "po")).unwrap();
        let m = po
            .messages()
            .find(|m| m.msgctxt() == Some(ru_id.as_str()))
            .unwrap();
        assert!(
            !m.is_translated(),
            "{lang}: gettext shows the English msgid"
        );
        assert_eq!(m.msgid(), "The line is busy.");
    }
}

#[test]
fn bad_ui_export_requests_exit_2() {
    let env = TestEnv::new();
    for args in [
        vec!["export", "--ui", "--format", "xml"],
        vec!["export", "--ui", "--format", "toml"],
        vec!["export", "--ui", "--vendor", "gigaset", "--format", "json"],
    ] {
        let out = env.cmd().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .filter(|l| l.contains("error"))
                .count(),
            1,
            "{args:?}"
        );
    }
    let out = env
        .cmd()
        .args(["--lang", "ru", "export", "--ui", "--format", "xml"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("не формат экспорта текстов интерфейса"));
}
