//! What an import changes and says: dry run, field-by-field changes, --replace, re-import,
//! provenance, remove and restore, and imported texts that fall back visibly.

use crate::common;

use common::TestEnv;
use serde_json::Value;

const V1: &str = "vendor,vendor_name,code,phrase,category,title_en,ui_ru\n\
acme,ACME,480,No money left,billing,Out of credit,Пополните счёт\n\
acme,ACME,403,Wrong PIN,auth,PIN rejected,\n\
acme,ACME,486,Line busy,user-state,,\n";

const V2: &str = "vendor;vendor_name;code;phrase;category;title_en;ui_ru\n\
acme;ACME;480;No money left;billing;Balance is empty;Пополните счёт\n\
acme;ACME;403;Wrong PIN;security;PIN rejected;\n";

fn import_json(env: &TestEnv, args: &[&str]) -> Value {
    let out = env
        .cmd()
        .args(["import", "--json"])
        .args(args)
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).unwrap()
}

#[test]
fn dry_run_shows_the_changes_field_by_field_and_writes_nothing() {
    let env = TestEnv::new();
    let v1 = env.write("v1.csv", V1);
    let v2 = env.write("v2.csv", V2);
    env.import_ok(&[v1.to_str().unwrap()]);
    let before = env.content_hash();
    let r = import_json(&env, &["--dry-run", "--replace", v2.to_str().unwrap()]);
    assert_eq!(env.content_hash(), before, "a dry run wrote");
    assert_eq!(
        (r["dry_run"].clone(), r["applied"].clone()),
        (true.into(), false.into())
    );
    let v = &r["vendors"][0];
    assert_eq!(
        (&v["added"], &v["changed"], &v["unchanged"], &v["removed"]),
        (&0.into(), &2.into(), &0.into(), &1.into())
    );
    let entries = v["entries"].as_array().unwrap();
    let changed_403 = entries.iter().find(|e| e["code"] == "403").unwrap();
    assert_eq!(changed_403["fields"][0]["field"], "category");
    assert_eq!(changed_403["fields"][0]["old"], "auth");
    assert_eq!(changed_403["fields"][0]["new"], "security");
    let changed_480 = entries.iter().find(|e| e["code"] == "480").unwrap();
    assert_eq!(changed_480["fields"][0]["field"], "text.en");
    let removed = entries.iter().find(|e| e["action"] == "removed").unwrap();
    assert_eq!(removed["phrase"], "Line busy");
    // The text report says the same, and that it was a dry run.
    let out = env
        .cmd()
        .args(["import", "--dry-run", "--replace"])
        .arg(&v2)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("category: auth → security"), "{text}");
    assert!(text.contains("- 486 Line busy"), "{text}");
    assert!(text.contains("Dry run: nothing was written."), "{text}");
    // Applied for real, the same summary, and the removal happened.
    let r = import_json(&env, &["--replace", v2.to_str().unwrap()]);
    assert_eq!(r["applied"], true);
    assert_eq!(r["vendors"][0]["removed"], 1);
    env.cmd()
        .args(["explain", "486 Line busy", "--json"])
        .assert()
        .stdout(predicates::str::contains("\"vendor\":\"acme\"").not());
}

#[test]
fn reimporting_the_same_file_changes_nothing_and_says_so() {
    let env = TestEnv::new();
    let v1 = env.write("v1.csv", V1);
    env.import_ok(&[v1.to_str().unwrap()]);
    let out = env.import_ok(&[v1.to_str().unwrap()]);
    assert!(
        out.contains("0 added, 0 changed, 3 unchanged, 0 removed"),
        "{out}"
    );
    assert!(out.contains("Nothing changed"), "{out}");
    // Provenance: both runs, with name, hash, time and counts.
    let out = env.cmd().args(["sources", "--json"]).assert().success();
    let log: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let mine: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["source"].as_str().unwrap().ends_with("v1.csv"))
        .collect();
    assert_eq!(mine.len(), 2);
    assert_eq!(mine[0]["added"], 3);
    assert_eq!(mine[1]["unchanged"], 3);
    assert_eq!(mine[0]["sha256"], mine[1]["sha256"]);
    assert_eq!(mine[0]["sha256"].as_str().unwrap().len(), 64);
    assert!(mine[0]["imported_at"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn imported_texts_render_in_each_locale_and_fall_back_visibly() {
    let env = TestEnv::new();
    let v1 = env.write("v1.csv", V1);
    env.import_ok(&[v1.to_str().unwrap()]);
    let ru = env.explain_json(&["--lang", "ru", "480 No money left"]);
    let acme = ru["variants"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["vendor"] == "acme")
        .unwrap();
    assert_eq!(acme["ui"], "Пополните счёт");
    assert_eq!(
        acme["title"], "Out of credit",
        "the title falls back to English"
    );
    assert!(
        ru["fallback"].as_array().unwrap().contains(&"en".into()),
        "{ru}"
    );
    let out = env
        .cmd()
        .args(["explain", "--lang", "ru", "480 No money left"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("Пополните счёт") && text.contains("Out of credit"),
        "{text}"
    );
}

#[test]
fn remove_deletes_a_list_and_restore_brings_a_builtin_one_back() {
    let env = TestEnv::new();
    let v1 = env.write("v1.csv", V1);
    env.import_ok(&[v1.to_str().unwrap()]);
    env.cmd()
        .args(["remove", "--vendor", "acme"])
        .assert()
        .success()
        .stdout(predicates::str::contains("3"));
    env.cmd()
        .args(["list", "--vendor", "acme"])
        .assert()
        .code(2);
    env.cmd()
        .args(["remove", "--vendor", "acme"])
        .assert()
        .code(2);
    // A built-in list stays removed across runs, until restored.
    env.cmd()
        .args(["remove", "--vendor", "gigaset"])
        .assert()
        .success();
    env.cmd().args(["explain", "0x751"]).assert().code(1);
    env.cmd()
        .args(["restore", "--vendor", "gigaset"])
        .assert()
        .success();
    env.cmd().args(["explain", "0x751"]).assert().success();
    env.cmd()
        .args(["restore", "--vendor", "acme"])
        .assert()
        .code(2);
    let out = env.cmd().args(["sources", "--json"]).assert().success();
    let log: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"remove") && actions.contains(&"restore"),
        "{actions:?}"
    );
}

#[test]
fn editing_a_builtin_list_makes_it_locally_maintained() {
    let env = TestEnv::new();
    env.init();
    let out = env
        .cmd()
        .args(["export", "--vendor", "ru-softswitch", "--format", "csv"])
        .assert()
        .success();
    let csv = String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .replace(",No money left,billing,", ",No money left,policy,");
    let file = env.write("ru.csv", &csv);
    let out = env.import_ok(&[file.to_str().unwrap()]);
    assert!(out.contains("1 changed"), "{out}");
    assert!(out.contains("builtin: true → false"), "{out}");
    let ex = env.explain_json(&["480 No money left"]);
    assert_eq!(ex["variants"][0]["category"], "policy");
}

use predicates::prelude::PredicateBooleanExt;
