//! Export → import into an empty database → export again gives the same lists, for every
//! built-in list and a list with every optional field set, in TOML, CSV and JSON.

use crate::common;

use common::TestEnv;

const FULL: &str = r#"[vendor]
slug = "acme"
name = "ACME Telecom"
note = "Carrier error table, rev. 7; phrases as the SBC sends them"

[[variant]]
code = 480
phrase = "No money left"
category = "billing"
side = "caller"
retry = "fix"

[variant.text.en]
title = "Out of {credit}"
summary = "The prepaid balance is empty; \"quotes\", commas, and ; semicolons stay."
causes = ["Balance at zero", "[bracketed] first", ".dot first", "*star first"]
actions = ["Top up the account"]
ui = "Your balance is empty."
impact = "The caller hears an announcement, then a fast busy."
confirm = ["Look for the 480 in the trace", "Check the balance in the portal"]
asterisk = ["pjsip set logger on, then read the reason phrase"]
freeswitch = ["sip_term_status=480 on the gateway leg"]
kamailio = ["t_on_failure(): $T_reply_reason"]
opensips = ["$T_reply_code in the failure route"]

[variant.text.ru]
title = "Баланс исчерпан"
summary = "Предоплаченный баланс равен нулю."
causes = ["Баланс нулевой"]
actions = ["Пополните счёт", "Проверьте тариф"]
ui = "На счёте нет средств."

[variant.text.zh]
title = "余额不足"
summary = "预付费余额为零。"
causes = ["余额为零"]
actions = ["充值"]
ui = "您的余额不足。"

[[variant]]
code = 503
vendor_code = "E-17"
phrase = "Trunk Group Busy"
category = "capacity"
message = "acme-trunk-busy"

[variant.text.en]
title = "All trunks busy"

[[variant]]
vendor_code = "0x1F"
phrase = "Link down"
category = "network"
side = "carrier"
retry = "later"

[[variant]]
code = 486
phrase = "Busy Here"
category = "user-state"
message = "sip-486"

[[class_note]]
class = 5
message = "acme-5xx-note"

[class_note.text.en]
summary = "5xx from ACME means the SBC itself failed."

[class_note.text.zh]
summary = "ACME 的 5xx 表示 SBC 自身故障。"
"#;

fn export(env: &TestEnv, vendor: &str, format: &str) -> String {
    let out = env
        .cmd()
        .args(["export", "--vendor", vendor, "--format", format])
        .assert()
        .success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

/// Exports `vendor` from `from`, imports it into a new database without that vendor, and
/// checks the second export is byte for byte the first and that explanations agree.
fn round_trip(from: &TestEnv, vendor: &str, format: &str, probe: &str) {
    let first = export(from, vendor, format);
    let to = TestEnv::new();
    to.init();
    // A built-in list is there already; an empty database for it means removing it first.
    let builtin = ["ru-softswitch", "gigaset"].contains(&vendor);
    if builtin {
        to.cmd()
            .args(["remove", "--vendor", vendor])
            .assert()
            .success();
    }
    let file = to.write(&format!("list.{format}"), &first);
    let report: serde_json::Value =
        serde_json::from_str(&to.import_ok(&["--json", file.to_str().unwrap()])).unwrap();
    let added = report["vendors"][0]["added"].as_u64().unwrap_or(0);
    assert!(
        added > 0,
        "{vendor} as {format}: the import added nothing: {report}"
    );
    let second = export(&to, vendor, format);
    assert_eq!(first, second, "{vendor} as {format} did not round-trip");
    for lang in ["en", "ru", "zh"] {
        let a = from.explain_json(&["--lang", lang, probe]);
        let b = to.explain_json(&["--lang", lang, probe]);
        assert_eq!(
            a["variants"], b["variants"],
            "{vendor} {format} {lang}: {probe}"
        );
        assert_eq!(a["notes"], b["notes"], "{vendor} {format} {lang}: {probe}");
    }
}

#[test]
fn every_builtin_list_round_trips_in_every_format() {
    let env = TestEnv::new();
    env.init();
    for format in ["toml", "csv", "json"] {
        round_trip(
            &env,
            "ru-softswitch",
            format,
            "SIP/2.0 503 Service Unavailable",
        );
        round_trip(&env, "gigaset", format, "0x751");
    }
}

#[test]
fn a_list_with_every_optional_field_round_trips() {
    let env = TestEnv::new();
    let file = env.write("acme.toml", FULL);
    env.import_ok(&[file.to_str().unwrap()]);
    let ex = env.explain_json(&["--lang", "en", "480 No money left"]);
    let v = &ex["variants"][0];
    assert_eq!(v["title"], "Out of {credit}");
    assert_eq!(v["causes"][1], "[bracketed] first");
    assert_eq!(
        (v["side"].as_str(), v["retry"].as_str()),
        (Some("caller"), Some("fix"))
    );
    assert_eq!(v["confirm"][1], "Check the balance in the portal");
    assert_eq!(v["kamailio"][0], "t_on_failure(): $T_reply_reason");
    // Without its own facts a variant shows its code's (503: operator, elsewhere).
    let trunk = &env.explain_json(&["503 Trunk Group Busy"])["variants"][0];
    assert_eq!(trunk["side"], "operator");
    assert_eq!(trunk["retry"], "elsewhere");
    for format in ["toml", "csv", "json"] {
        round_trip(&env, "acme", format, "480 No money left");
        round_trip(&env, "acme", format, "503 Trunk Group Busy");
        round_trip(&env, "acme", format, "0x1f");
    }
}

#[test]
fn an_ftl_export_is_fluent_that_renders_the_same_texts() {
    use fluent_syntax::ast;
    let env = TestEnv::new();
    let file = env.write("acme.toml", FULL);
    env.import_ok(&[file.to_str().unwrap()]);
    for lang in ["en", "ru", "zh"] {
        let out = env
            .cmd()
            .args(["export", "--format", "ftl", "--lang", lang])
            .assert()
            .success();
        let ftl = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        let res = fluent_syntax::parser::parse(ftl.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{lang}: {errs:?}"));
        let ids: Vec<&str> = res
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert!(ids.contains(&"sip-480"), "{lang}: canonical texts missing");
        assert!(ids.contains(&"ru-softswitch-480-no-money-left"), "{lang}");
        assert!(ids.contains(&"acme-480-no-money-left"), "{lang}");
        // The Fluent file renders the imported text exactly as explain shows it.
        let bundle_text = {
            let r = fluent_bundle::FluentResource::try_new(ftl.clone()).unwrap();
            let mut b = fluent_bundle::FluentBundle::new(vec![lang.parse().unwrap()]);
            b.set_use_isolating(false);
            b.add_resource(r).unwrap();
            let msg = b.get_message("acme-480-no-money-left").unwrap();
            let mut errs = vec![];
            b.format_pattern(msg.get_attribute("title").unwrap().value(), None, &mut errs)
                .to_string()
        };
        let ex = env.explain_json(&["--lang", lang, "480 No money left"]);
        assert_eq!(ex["variants"][0]["title"], bundle_text.as_str(), "{lang}");
    }
}
