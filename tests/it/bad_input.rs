//! Bad input of every kind: a one-line error, exit 2, no panic, the database file untouched.

use crate::common;

use common::TestEnv;
use sha2::{Digest, Sha256};
use std::path::Path;

fn digest(path: &Path) -> Vec<u8> {
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

fn assert_one_line_error(out: &std::process::Output, what: &str) {
    assert_eq!(out.status.code(), Some(2), "{what}: exit code");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{what}: one line, got {err:?}");
    assert!(err.starts_with("sipkb: error: "), "{what}: {err:?}");
    assert!(!err.contains("panicked"), "{what}: {err}");
}

#[test]
fn bad_inputs_get_one_line_errors_and_leave_the_database_alone() {
    let env = TestEnv::new();
    env.cmd().args(["explain", "486"]).assert().success();
    let before = digest(&env.db);
    for input in [
        "",
        "   ",
        "SIP/2.0 99 X",
        "SIP/2.0 700 X",
        "0x",
        "0xZZ",
        "SIP/3.0 200 OK",
        "99",
        "x\u{7}y",
    ] {
        let out = env.cmd().args(["explain", input]).output().unwrap();
        assert_one_line_error(&out, input);
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(&format!("{input:?}")),
            "names the input"
        );
    }
    let long = "a".repeat(5000);
    assert_one_line_error(
        &env.cmd().args(["explain", &long]).output().unwrap(),
        "5000 bytes",
    );
    assert_eq!(digest(&env.db), before, "database changed");
}

#[test]
fn random_bytes_and_invalid_utf8_on_stdin() {
    let env = TestEnv::new();
    // 10 KB of pseudo-random bytes (a fixed LCG, so the test is repeatable).
    let mut x: u32 = 0x5eed;
    let bytes: Vec<u8> = (0..10 * 1024)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (x >> 16) as u8
        })
        .collect();
    let out = env
        .cmd()
        .args(["explain", "-"])
        .write_stdin(bytes)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.lines().all(|l| l.starts_with("sipkb: error: stdin:")),
        "{err}"
    );
    // Good lines around a bad one are all answered; the bad one is named by its line number.
    let mut input = b"486\n".to_vec();
    input.extend_from_slice(b"\xff\xfe broken\n0x751\n");
    let out = env
        .cmd()
        .args(["explain", "--json", "-"])
        .write_stdin(input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "sipkb: error: stdin:2: not valid UTF-8 (byte 0)"
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_unchanged() {
    let env = TestEnv::new();
    let bogus = env.dir.path().join("notes.db");
    std::fs::write(&bogus, "this is a text file, not a database\n".repeat(200)).unwrap();
    let before = digest(&bogus);
    let out = env
        .cmd()
        .args(["--db"])
        .arg(&bogus)
        .args(["explain", "486"])
        .output()
        .unwrap();
    assert_one_line_error(&out, "not sqlite");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an SQLite database"));
    assert_eq!(digest(&bogus), before);
}

#[test]
fn a_database_of_a_newer_schema_is_refused_unchanged() {
    let env = TestEnv::new();
    env.cmd().args(["explain", "486"]).assert().success();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = digest(&env.db);
    let out = env.cmd().args(["explain", "486"]).output().unwrap();
    assert_one_line_error(&out, "newer schema");
    assert!(String::from_utf8_lossy(&out.stderr).contains("schema version 999 is newer"));
    assert_eq!(digest(&env.db), before);
}

#[test]
fn another_applications_sqlite_database_is_refused() {
    let env = TestEnv::empty();
    {
        let conn = rusqlite::Connection::open(&env.db).unwrap();
        conn.execute_batch("CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x');")
            .unwrap();
    }
    let before = digest(&env.db);
    assert_one_line_error(
        &env.cmd().args(["explain", "486"]).output().unwrap(),
        "foreign db",
    );
    assert_eq!(digest(&env.db), before);
}

#[test]
fn bad_usage_is_exit_2() {
    let env = TestEnv::new();
    env.cmd().args(["explain"]).assert().code(2);
    env.cmd().args(["list", "--class", "9xx"]).assert().code(2);
    env.cmd().args(["frobnicate"]).assert().code(2);
    env.cmd()
        .args(["list", "--vendor", "nope"])
        .assert()
        .code(2);
}

#[test]
fn errors_speak_the_users_language() {
    let env = TestEnv::new();
    for (lang, label, text) in [
        ("en", "sipkb: error: ", "is not a SIP status code"),
        ("ru", "sipkb: ошибка: ", "не код ответа SIP"),
        ("zh", "sipkb: 错误：", "不是 SIP 响应码"),
    ] {
        let out = env
            .cmd()
            .env("LANG", format!("{lang}_XX.UTF-8"))
            .args(["explain", "SIP/2.0 700 X"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(
            err.starts_with(label) && err.contains(text),
            "{lang}: {err}"
        );
    }
    let bogus = env.dir.path().join("text.db");
    std::fs::write(&bogus, "plain text, not SQLite\n".repeat(100)).unwrap();
    let out = env
        .cmd()
        .args(["--lang", "ru", "--db"])
        .arg(&bogus)
        .args(["vendors"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("не является базой данных SQLite")
    );
}
