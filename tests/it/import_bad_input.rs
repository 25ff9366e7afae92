//! Every broken list in tests/fixtures/import/ is refused with its file, line and field, exit
//! 2, and leaves the database exactly as it was.

use crate::common;

use common::{TestEnv, fixture, fixture_lines};

#[test]
fn every_bad_list_names_file_line_and_field_and_changes_nothing() {
    let env = TestEnv::new();
    // A first import, so that "unchanged" covers a database with user data in it.
    let good = env.write(
        "good.csv",
        "vendor,code,phrase,category,title_en\nzeta,480,Zero balance,billing,No funds\n",
    );
    env.import_ok(&[good.to_str().unwrap()]);
    let before = env.content_hash();
    let cases = fixture_lines("import/expected.tsv");
    assert!(cases.len() >= 30, "only {} bad-input fixtures", cases.len());
    for case in cases {
        let mut cols = case.split('\t');
        let (name, line, field) = (
            cols.next().unwrap(),
            cols.next().unwrap(),
            cols.next().unwrap_or(""),
        );
        let path = fixture(&format!("import/{name}"));
        let out = env.cmd().arg("import").arg(&path).assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
        let mut want = path.display().to_string();
        if line != "0" {
            want.push_str(&format!(":{line}"));
        }
        if !field.is_empty() {
            want.push_str(&format!(": {field}"));
        }
        want.push_str(": ");
        let first = stderr.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("sipkb: error: ") && first.contains(&want),
            "{name}: expected {want:?} first, got:\n{stderr}"
        );
        assert!(
            stderr.contains("nothing was written"),
            "{name}: no refusal line:\n{stderr}"
        );
        assert_eq!(env.content_hash(), before, "{name} changed the database");
    }
}

#[test]
fn problems_are_reported_all_at_once_and_in_the_users_language() {
    let env = TestEnv::new();
    let file = env.write(
        "many.csv",
        "vendor,code,phrase,category\nacme,99,A,billing\nacme,480,,billing\nacme,486,Busy,nope\nacme,4O4,B,routing\n",
    );
    let out = env
        .cmd()
        .args(["import", "--lang", "ru"])
        .arg(&file)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    for want in [
        "many.csv:2: code: ",
        "many.csv:3: phrase: ",
        "many.csv:4: category: ",
        "many.csv:5: code: ",
    ] {
        assert!(stderr.contains(want), "{want:?} missing:\n{stderr}");
    }
    assert!(common::has_cyrillic(&stderr), "not in Russian:\n{stderr}");
}

#[test]
fn skip_invalid_applies_the_valid_entries_and_lists_the_rejected() {
    let env = TestEnv::new();
    let file = env.write(
        "mixed.csv",
        "vendor,code,phrase,category\nacme,480,No money,billing\nacme,700,Huge,billing\nacme,486,Busy,user-state\n",
    );
    let out = env
        .cmd()
        .args(["import", "--skip-invalid", "--json"])
        .arg(&file)
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(stderr.contains("mixed.csv:3: code: "), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(report["applied"], true);
    assert_eq!(report["files"][0]["rejected"], 1);
    assert_eq!(report["vendors"][0]["added"], 2);
    env.cmd()
        .args(["explain", "486 Busy", "--json"])
        .assert()
        .success()
        .stdout(predicates::str::contains("\"vendor\":\"acme\""));
}

#[test]
fn a_quoted_multiline_field_in_the_last_row_is_not_an_unclosed_quote() {
    // The last row's quoted field spans two lines and more fields follow it: valid CSV.
    let env = TestEnv::new();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/multiline-causes-last-row.csv");
    env.cmd().arg("import").arg(&file).assert().success();
    let out = env
        .cmd()
        .args(["explain", "--json", "480 No money"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["variants"][0]["causes"],
        serde_json::json!(["Balance empty", "Credit limit"])
    );
    assert_eq!(v["variants"][0]["title"], "Out of credit");
}

#[test]
fn a_bad_vendor_slug_rejects_every_entry_under_it_even_when_skipping() {
    // The slug's problem is reported once, but no variant may land under an empty vendor.
    let env = TestEnv::new();
    env.init();
    let vendors = || {
        env.cmd()
            .args(["vendors", "--json"])
            .output()
            .unwrap()
            .stdout
    };
    let before = vendors();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import/bad-slug-many.toml");
    let out = env
        .cmd()
        .args(["import", "--skip-invalid", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["files"][0]["rejected"], 2, "{report}");
    assert_eq!(report["problem_count"], 1, "{report}");
    assert_eq!(vendors(), before, "no vendor and no variant written");
}

#[test]
fn one_bad_file_stops_the_whole_run() {
    let env = TestEnv::new();
    let good = env.write(
        "good.csv",
        "vendor,code,phrase,category\nacme,480,No money,billing\n",
    );
    let bad = env.write(
        "bad.csv",
        "vendor,code,phrase,category\nbeta,480,,billing\n",
    );
    env.init();
    let before = env.content_hash();
    env.cmd()
        .arg("import")
        .arg(&good)
        .arg(&bad)
        .assert()
        .code(2);
    assert_eq!(env.content_hash(), before);
}
