//! `sipkb doctor`: a new database is healthy (its built-in findings are information), and an
//! imported list with a missing translation, an unregistered code or a phrase another vendor
//! uses for another code needs attention (exit 1), in JSON and in localized text.

use crate::common;

use common::TestEnv;
use serde_json::Value;

const HEADER: &str =
    "vendor,code,phrase,category,title_en,summary_en,title_ru,summary_ru,title_zh,summary_zh\n";

/// A CSV row with a title and summary in all three languages.
fn translated(vendor: &str, code: u16, phrase: &str, category: &str) -> String {
    format!("{vendor},{code},{phrase},{category},Title,Summary,Заголовок,Описание,标题,摘要\n")
}

/// `sipkb doctor --json`: the exit code and the report.
fn doctor_json(env: &TestEnv) -> (i32, Value) {
    let out = env.cmd().args(["doctor", "--json"]).output().expect("runs");
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stderr));
    });
    (out.status.code().expect("exit code"), report)
}

/// `sipkb --lang LANG doctor`: the exit code and the text.
fn doctor_text(env: &TestEnv, lang: &str) -> (i32, String) {
    let out = env
        .cmd()
        .args(["--lang", lang, "doctor"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8 output");
    (out.status.code().expect("exit code"), text)
}

fn import(env: &TestEnv, name: &str, csv: &str) {
    let file = env.write(name, csv);
    env.import_ok(&[file.to_str().unwrap()]);
}

#[test]
fn a_new_database_is_healthy_and_shows_built_in_findings_as_information() {
    let env = TestEnv::new();
    let (code, r) = doctor_json(&env);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!((&r["healthy"], &r["attention"]), (&true.into(), &0.into()));
    assert_eq!(r["schema"]["version"], r["schema"]["supported"]);
    assert_eq!(r["integrity"]["ok"], true);
    assert_eq!(r["integrity"]["database"], serde_json::json!([]));
    assert_eq!(r["integrity"]["search_index"], serde_json::json!([]));
    assert_eq!(r["counts"]["codes"], 75);
    for key in ["vendors", "variants", "imports"] {
        assert!(r["counts"][key].as_u64().unwrap() > 0, "{key}: {r:#}");
    }
    let builtin = &r["coverage"]["builtin"];
    let variants = builtin["variants"].as_u64().unwrap();
    assert_eq!(variants, r["counts"]["variants"].as_u64().unwrap());
    for locale in ["en", "ru", "zh"] {
        assert_eq!(builtin["covered"][locale], variants, "{locale}");
    }
    assert_eq!(r["coverage"]["imported"]["variants"], 0);
    assert_eq!(r["missing_texts"]["total"], 0);
    // The softswitch list's 499 Codec Mismatch is listed, as information.
    let unregistered = &r["unregistered"];
    assert_eq!(unregistered["attention"], 0);
    let items = unregistered["items"].as_array().unwrap();
    let codec = items
        .iter()
        .find(|i| i["code"] == 499 && i["phrase"] == "Codec Mismatch")
        .unwrap_or_else(|| panic!("499 Codec Mismatch not listed: {unregistered:#}"));
    assert_eq!(
        (&codec["vendor"], &codec["builtin"], &codec["attention"]),
        (&"ru-softswitch".into(), &true.into(), &false.into())
    );
    assert_eq!(r["conflicts"]["attention"], 0);

    let (code, text) = doctor_text(&env, "en");
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Database integrity: ok"), "{text}");
    assert!(
        text.contains("ru-softswitch 499 Codec Mismatch (built-in"),
        "{text}"
    );
    assert!(text.contains("Healthy: nothing needs attention."), "{text}");
}

#[test]
fn an_imported_variant_without_russian_and_chinese_texts_needs_attention() {
    let env = TestEnv::new();
    let csv = format!(
        "{HEADER}acme,480,No credit,billing,Out of credit,The prepaid balance is used up.,,,,\n{}",
        translated("acme", 486, "Line engaged", "user-state")
    );
    import(&env, "acme.csv", &csv);
    let (code, r) = doctor_json(&env);
    assert_eq!(code, 1, "{r:#}");
    assert_eq!(r["healthy"], false);
    let imported = &r["coverage"]["imported"];
    assert_eq!(imported["variants"], 2);
    assert_eq!(
        (
            &imported["covered"]["en"],
            &imported["covered"]["ru"],
            &imported["covered"]["zh"]
        ),
        (&2.into(), &1.into(), &1.into())
    );
    let missing = &r["missing_texts"];
    assert_eq!(
        (&missing["total"], &missing["attention"]),
        (&1.into(), &1.into())
    );
    let item = &missing["items"][0];
    assert_eq!(
        (&item["vendor"], &item["code"], &item["phrase"]),
        (&"acme".into(), &480.into(), &"No credit".into())
    );
    assert_eq!(item["locales"], serde_json::json!(["ru", "zh"]));
    assert_eq!(item["attention"], true);

    let (code, text) = doctor_text(&env, "en");
    assert_eq!(code, 1, "{text}");
    let spaced = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        spaced.contains("LISTS ENGLISH RUSSIAN CHINESE")
            && spaced.contains("imported lists 2/2 1/2 1/2"),
        "{text}"
    );
    assert!(
        text.contains("! acme 480 No credit: no title or summary in ru, zh"),
        "{text}"
    );
    assert!(
        !text.contains("Line engaged"),
        "a translated variant listed: {text}"
    );
    assert!(text.contains("One finding needs attention"), "{text}");
}

#[test]
fn an_imported_variant_under_an_unregistered_code_needs_attention() {
    let env = TestEnv::new();
    let csv = format!(
        "{HEADER}{}",
        translated("acme", 477, "Trunk Overload", "capacity")
    );
    import(&env, "acme.csv", &csv);
    let (code, r) = doctor_json(&env);
    assert_eq!(code, 1, "{r:#}");
    let unregistered = &r["unregistered"];
    let registered = common::registered_codes();
    let builtin = common::builtin_lists()
        .iter()
        .flat_map(|(_, v)| v)
        .filter(|v| {
            v.get("code")
                .and_then(|c| c.as_integer())
                .is_some_and(|c| !registered.contains(&c))
        })
        .count();
    assert!(
        builtin > 0,
        "the built-in lists have unregistered codes (499)"
    );
    assert_eq!(
        (&unregistered["total"], &unregistered["attention"]),
        (&(builtin as u64 + 1).into(), &1.into())
    );
    // The imported one comes first, then the built-in 499.
    let first = &unregistered["items"][0];
    assert_eq!(
        (
            &first["vendor"],
            &first["code"],
            &first["builtin"],
            &first["attention"]
        ),
        (&"acme".into(), &477.into(), &false.into(), &true.into())
    );
    assert!(
        unregistered["items"].as_array().unwrap()[1..]
            .iter()
            .all(|i| i["builtin"] == true && i["attention"] == false),
        "{unregistered:#}"
    );
    assert_eq!(r["missing_texts"]["total"], 0, "{r:#}");

    let (_, text) = doctor_text(&env, "en");
    assert!(text.contains("  ! acme 477 Trunk Overload\n"), "{text}");
    assert!(
        text.contains("  · ru-softswitch 499 Codec Mismatch"),
        "{text}"
    );
}

#[test]
fn a_phrase_two_vendors_use_for_different_codes_needs_attention() {
    let env = TestEnv::new();
    let acme = format!(
        "{HEADER}{}",
        translated("acme", 503, "Out of service", "server")
    );
    import(&env, "acme.csv", &acme);
    // One imported list on its own, translated and under a registered code, is healthy.
    let (code, r) = doctor_json(&env);
    assert_eq!(code, 0, "{r:#}");
    assert_eq!(r["coverage"]["imported"]["covered"]["zh"], 1);

    let beta = format!(
        "{HEADER}{}",
        translated("beta", 480, "OUT OF SERVICE", "user-state")
    );
    import(&env, "beta.csv", &beta);
    let (code, r) = doctor_json(&env);
    assert_eq!(code, 1, "{r:#}");
    let conflicts = &r["conflicts"];
    assert_eq!(conflicts["attention"], 1);
    let item = &conflicts["items"][0];
    assert_eq!(
        (&item["phrase"], &item["attention"]),
        (&"out of service".into(), &true.into())
    );
    let uses: Vec<(String, u64)> = item["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["vendor"].as_str().unwrap().to_string(),
                e["code"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(uses, [("beta".to_string(), 480), ("acme".to_string(), 503)]);

    let (_, text) = doctor_text(&env, "en");
    assert!(
        text.contains("! “OUT OF SERVICE”: beta 480, acme 503"),
        "{text}"
    );
}

#[test]
fn the_text_report_speaks_russian_and_chinese() {
    let env = TestEnv::new();
    let (code, ru) = doctor_text(&env, "ru");
    assert_eq!(code, 0, "{ru}");
    for expected in [
        "Целостность базы: в порядке",
        "Поисковый индекс: в порядке",
        "Покрытие переводами",
        "75 стандартных кодов",
        "Всё в порядке: ничего не требует внимания.",
    ] {
        assert!(ru.contains(expected), "{expected:?} missing:\n{ru}");
    }
    let (code, zh) = doctor_text(&env, "zh-CN");
    assert_eq!(code, 0, "{zh}");
    for expected in ["数据库完整性：正常", "译文覆盖情况", "状态良好"] {
        assert!(zh.contains(expected), "{expected:?} missing:\n{zh}");
    }

    let csv = format!("{HEADER}acme,477,Trunk Overload,capacity,Trunk overloaded,,,,,\n");
    import(&env, "acme.csv", &csv);
    let (code, ru) = doctor_text(&env, "ru");
    assert_eq!(code, 1, "{ru}");
    assert!(
        ru.contains("нет заголовка и описания на языках: ru, zh"),
        "{ru}"
    );
    assert!(
        ru.contains("Варианты с незарегистрированными SIP-кодами"),
        "{ru}"
    );
    assert!(ru.contains("2 замечания требуют внимания"), "{ru}");
    let (code, zh) = doctor_text(&env, "zh");
    assert_eq!(code, 1, "{zh}");
    assert!(zh.contains("使用未注册 SIP 响应码的变体"), "{zh}");
    assert!(zh.contains("有 2 项需要处理"), "{zh}");
}

#[test]
fn a_damaged_search_index_needs_attention() {
    let env = TestEnv::new();
    env.init();
    // A page of the index is lost: the last leaf of the newest segment (the table keeps no
    // copy of the indexed text to compare with, so the damage is to the index itself).
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    conn.execute(
        "DELETE FROM search_data WHERE id = (SELECT max(id) FROM search_data)",
        [],
    )
    .unwrap();
    drop(conn);
    let (code, r) = doctor_json(&env);
    assert_eq!(code, 1, "{r:#}");
    assert_eq!(r["integrity"]["ok"], false);
    assert!(
        !r["integrity"]["search_index"]
            .as_array()
            .unwrap()
            .is_empty(),
        "{r:#}"
    );
    let (_, text) = doctor_text(&env, "en");
    assert!(text.contains("! Search index: damaged"), "{text}");
}
