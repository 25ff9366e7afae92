//! `sipkb list` and `sipkb vendors`.

use crate::common;

use common::TestEnv;
use serde_json::Value;

fn json(env: &TestEnv, args: &[&str]) -> Value {
    let out = env.cmd().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn vendors_lists_both_seed_lists_with_counts() {
    let env = TestEnv::new();
    let v = json(&env, &["vendors", "--json"]);
    let v = v.as_array().unwrap();
    let find = |slug: &str| {
        v.iter()
            .find(|x| x["slug"] == slug)
            .unwrap_or_else(|| panic!("{slug}"))
    };
    assert_eq!(find("ru-softswitch")["variants"], 41);
    assert_eq!(find("gigaset")["variants"], 58);
    assert!(
        find("gigaset")["name"]
            .as_str()
            .unwrap()
            .contains("Gigaset")
    );
    let text = env.cmd().arg("vendors").output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("ru-softswitch"));
    // Built-in vendors have names in every locale; JSON keeps the list's own name.
    let ru = env
        .cmd()
        .args(["--lang", "ru", "vendors"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&ru.stdout).contains("Софтсвитчи российских операторов"));
    let zh = env
        .cmd()
        .args(["--lang", "zh", "vendors"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&zh.stdout).contains("话机"));
}

#[test]
fn list_filters_by_class_and_vendor() {
    let env = TestEnv::new();
    assert_eq!(
        json(&env, &["list", "--json"]).as_array().unwrap().len(),
        75
    );
    let four = json(&env, &["list", "--class", "4xx", "--json"]);
    assert_eq!(four.as_array().unwrap().len(), 46);
    assert!(four.as_array().unwrap().iter().all(|c| c["class"] == "4xx"));
    let six = json(&env, &["list", "--class", "6", "--json"]);
    assert_eq!(six.as_array().unwrap().len(), 6);
    let soft5 = json(
        &env,
        &[
            "list",
            "--vendor",
            "ru-softswitch",
            "--class",
            "5xx",
            "--json",
        ],
    );
    assert_eq!(soft5.as_array().unwrap().len(), 6);
    assert!(
        soft5
            .as_array()
            .unwrap()
            .iter()
            .all(|v| v["vendor"] == "ru-softswitch" && v["code"] == 500)
    );
    let ru = env
        .cmd()
        .args(["--lang", "ru", "list", "--class", "6xx"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&ru.stdout).contains("Занят"),
        "titles are localized"
    );
}
