//! First use: the database is created in the place the environment names, filled once, and
//! several sipkb processes starting on it at the same moment all succeed.

use crate::common;

use common::TestEnv;

#[test]
fn concurrent_first_runs_all_succeed_and_load_the_data_once() {
    let env = TestEnv::empty();
    let children: Vec<_> = (0..6)
        .map(|_| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("sipkb"));
            cmd.env("SIPKB_DB", &env.db)
                .args(["explain", "--json", "480 No money left"]);
            cmd.stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = env.cmd().args(["vendors", "--json"]).output().unwrap();
    let vendors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        vendors.as_array().unwrap().len(),
        common::builtin_lists().len(),
        "each built-in list loaded once"
    );
    let out = env.cmd().args(["sources", "--json"]).output().unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        log.as_array().unwrap().len(),
        common::builtin_lists().len(),
        "one provenance entry per built-in list: {log:#}"
    );
}

#[test]
fn the_database_goes_where_db_or_sipkb_db_says() {
    let env = TestEnv::empty();
    let flag = env.dir.path().join("nested/dir/flag.db");
    env.cmd()
        .arg("--db")
        .arg(&flag)
        .args(["explain", "486"])
        .assert()
        .success();
    assert!(flag.exists(), "--db creates missing folders");
    env.cmd().args(["explain", "486"]).assert().success();
    assert!(env.db.exists(), "SIPKB_DB");
    // With neither, the platform data directory (XDG on Linux) under HOME.
    if !cfg!(target_os = "linux") {
        return;
    }
    let home = env.dir.path().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let mut cmd = env.cmd();
    cmd.env_remove("SIPKB_DB")
        .env("HOME", &home)
        .env_remove("XDG_DATA_HOME");
    cmd.args(["explain", "486"]).assert().success();
    assert!(home.join(".local/share/sipkb/sipkb.db").exists());
}

#[test]
fn newer_builtin_data_refreshes_builtin_lists_and_keeps_imported_ones() {
    let env = TestEnv::empty();
    env.cmd().args(["explain", "486"]).assert().success();
    {
        // What an older binary would have left: other built-in data, plus a user's import.
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch(
            "UPDATE meta SET value = 'older-binary' WHERE key = 'builtin';
             DELETE FROM variant WHERE vendor_id = (SELECT id FROM vendor WHERE slug = 'gigaset') AND vendor_code = '0x751';
             INSERT INTO import(source, sha256, imported_at, builtin, variants) VALUES ('acme.toml', 'x', '2026-01-01T00:00:00Z', 0, 1);
             INSERT INTO vendor(slug, name, builtin, import_id) VALUES ('acme', 'ACME', 0, last_insert_rowid());
             INSERT INTO variant(vendor_id, code, phrase, phrase_norm, category, message, import_id)
               SELECT id, 480, 'Prepaid Exhausted', 'prepaid exhausted', 'billing', 'acme-480-prepaid', import_id FROM vendor WHERE slug = 'acme';",
        )
        .unwrap();
    }
    let out = env.cmd().args(["vendors", "--json"]).output().unwrap();
    let vendors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let count = |slug: &str| {
        vendors
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["slug"] == slug)
            .map(|v| v["variants"].clone())
    };
    assert_eq!(count("gigaset"), Some(58.into()), "built-in list refreshed");
    assert_eq!(count("acme"), Some(1.into()), "imported list kept");
    let ex = env.explain_json(&["480 prepaid exhausted"]);
    assert_eq!(ex["match"], "variant");
    assert_eq!(ex["variants"][0]["vendor"], "acme");
    assert_eq!(
        ex["fallback"].as_array().unwrap().len(),
        0,
        "no text at all is not a fallback"
    );
}
