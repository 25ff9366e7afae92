//! First use: the database is created in the place the environment names, filled once, and
//! several sipkb processes starting on it at the same moment all succeed.

mod common;

use common::TestEnv;

#[test]
fn concurrent_first_runs_all_succeed_and_load_the_data_once() {
    let env = TestEnv::new();
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
        2,
        "each built-in list loaded once"
    );
}

#[test]
fn the_database_goes_where_db_or_sipkb_db_says() {
    let env = TestEnv::new();
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
