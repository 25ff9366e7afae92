//! Faults: an import killed with SIGKILL half way leaves a database that opens, passes
//! `PRAGMA integrity_check` and holds all of the import or none of it; a reader that explains
//! in a loop during an import never sees half of it and never fails.

use crate::common;

use common::TestEnv;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A valid CSV of `rows` distinct variants for vendor `gen`.
fn generate(path: &Path, rows: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(f, "vendor,code,phrase,category,title_en").unwrap();
    for i in 0..rows {
        let code = 400 + (i % 200);
        writeln!(f, "gen,{code},Generated phrase {i},billing,Title {i}").unwrap();
    }
}

fn variants_of_gen(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    conn.query_row(
        "SELECT count(*) FROM variant va JOIN vendor ve ON ve.id = va.vendor_id WHERE ve.slug = 'gen'",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn sigkill_in_the_middle_of_a_million_row_import_leaves_all_or_nothing() {
    let env = TestEnv::new();
    env.init();
    let csv = env.path("million.csv");
    generate(&csv, 1_000_000);
    let wal = env.db.with_extension("db-wal");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("sipkb"))
        .env("SIPKB_DB", &env.db)
        .arg("import")
        .arg(&csv)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once the import has written a good part of its transaction to the WAL.
    let start = Instant::now();
    loop {
        let size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
        if size > 8 << 20 {
            break;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the import ended before it could be killed: {status}");
        }
        assert!(start.elapsed() < Duration::from_secs(300), "WAL never grew");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert_eq!(
        variants_of_gen(&env.db),
        0,
        "a killed import left rows behind"
    );
    // The database still works, and the same import then goes through whole.
    env.cmd()
        .args(["explain", "480 No money left"])
        .assert()
        .success();
    let small = env.path("small.csv");
    generate(&small, 1000);
    env.import_ok(&[small.to_str().unwrap()]);
    assert_eq!(variants_of_gen(&env.db), 1000);
}

#[test]
fn a_reader_during_an_import_sees_all_or_nothing_and_never_fails() {
    let env = TestEnv::new();
    env.init();
    let rows = 30_000;
    let csv = env.path("big.csv");
    generate(&csv, rows);
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("sipkb"))
        .env("SIPKB_DB", &env.db)
        .arg("import")
        .arg(&csv)
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut seen = std::collections::BTreeSet::new();
    let mut reads = 0;
    loop {
        let done = child.try_wait().unwrap().is_some();
        let out = env.cmd().args(["vendors", "--json"]).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let vendors: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let count = vendors
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["slug"] == "gen")
            .map_or(0, |v| v["variants"].as_i64().unwrap());
        seen.insert(count);
        env.cmd()
            .args(["explain", "SIP/2.0 480 No money left", "--json"])
            .assert()
            .success();
        reads += 1;
        if done {
            break;
        }
    }
    assert!(child.wait().unwrap().success());
    assert!(
        reads > 1,
        "the import finished before the reader could look"
    );
    assert!(
        seen.iter().all(|&n| n == 0 || n == rows as i64),
        "a reader saw a partial import: {seen:?}"
    );
    assert!(seen.contains(&(rows as i64)));
}
