//! Locale choice: --lang, then LC_ALL, LC_MESSAGES, LANG; en, ru, zh, anything else English.

use crate::common;

use common::{TestEnv, has_cjk, has_cyrillic};

fn locale_with(env: &TestEnv, vars: &[(&str, &str)], args: &[&str]) -> (String, String) {
    let mut cmd = env.cmd();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd
        .args(["explain", "--json", "486"])
        .args(args)
        .output()
        .unwrap();
    let ex: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (
        ex["locale"].as_str().unwrap().to_string(),
        ex["canonical"]["title"].as_str().unwrap().to_string(),
    )
}

#[test]
fn environment_and_flag_pick_the_locale() {
    let env = TestEnv::new();
    for (vars, args, want) in [
        (vec![], vec![], "en"),
        (vec![("LANG", "ru_RU.UTF-8")], vec![], "ru"),
        (vec![("LANG", "zh_TW")], vec![], "zh"),
        (vec![("LANG", "zh_CN.GB18030")], vec![], "zh"),
        (vec![("LANG", "de_DE.UTF-8")], vec![], "en"),
        (vec![("LANG", "C")], vec![], "en"),
        (
            vec![("LANG", "en_US.UTF-8"), ("LC_MESSAGES", "ru_RU.UTF-8")],
            vec![],
            "ru",
        ),
        (
            vec![("LC_MESSAGES", "ru_RU.UTF-8"), ("LC_ALL", "zh_CN.UTF-8")],
            vec![],
            "zh",
        ),
        (vec![("LC_ALL", "ru_RU.UTF-8")], vec!["--lang", "en"], "en"),
        (vec![], vec!["--lang", "ru-RU"], "ru"),
        (vec![], vec!["--lang", "zh-Hant"], "zh"),
        (vec![], vec!["--lang", "zh-TW"], "zh"),
        (vec![], vec!["--lang", "pt-BR"], "en"),
        (vec![], vec!["--lang", "ru_RU.UTF-8"], "ru"),
    ] {
        let (locale, title) = locale_with(&env, &vars, &args);
        assert_eq!(locale, want, "{vars:?} {args:?}");
        match want {
            "ru" => assert!(has_cyrillic(&title), "{title}"),
            "zh" => assert!(has_cjk(&title), "{title}"),
            _ => assert!(!has_cyrillic(&title) && !has_cjk(&title), "{title}"),
        }
    }
}

#[test]
fn text_output_labels_follow_the_locale() {
    let env = TestEnv::new();
    let ru = env
        .cmd()
        .env("LANG", "ru_RU.UTF-8")
        .args(["explain", "--full", "SIP/2.0 480 No money left"])
        .output()
        .unwrap();
    let ru = String::from_utf8(ru.stdout).unwrap();
    assert!(
        ru.contains("Вероятные причины") && ru.contains("Недостаточно средств"),
        "{ru}"
    );
    let zh = env
        .cmd()
        .args(["--lang", "zh", "explain", "--full", "486"])
        .output()
        .unwrap();
    let zh = String::from_utf8(zh.stdout).unwrap();
    assert!(zh.contains("可能原因") && zh.contains("对方正忙"), "{zh}");
}
