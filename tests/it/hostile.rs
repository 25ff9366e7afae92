//! What an attack on sipkb found outside the server (issue #20, findings 7–12), each kept
//! fixed through the real binary: a damaged database, an import of a file that is not its
//! format, a capture broken at its first record, a negative schema version, a full disk, and
//! a read-only directory.

use crate::common;

use common::TestEnv;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Finding 11: a write error of `export -o FILE` names the file, not stdout (`-`). The
/// export writes a temporary file next to the target; here that is a link to /dev/full, whose
/// every write fails with ENOSPC as on a full disk.
#[cfg(target_os = "linux")]
#[test]
fn export_to_a_full_disk_names_the_file() {
    let env = TestEnv::new();
    let target = env.path("out.csv");
    std::os::unix::fs::symlink("/dev/full", env.path("out.sipkb-tmp")).unwrap();
    let out = env
        .cmd()
        .args(["export", "--format", "csv", "-o"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!("sipkb: error: {}: ", target.display())),
        "{err}"
    );
    assert!(err.contains("No space left on device"), "{err}");
    assert!(!target.exists(), "no half-written file");
}

/// Finding 8: `import --skip-invalid` of a file that cannot be read as its format (a TOML
/// syntax error, a CSV that is not UTF-8) is an error, exit 2, with nothing written and no
/// provenance entry; a file with one invalid entry among valid ones still imports the rest.
#[test]
fn skip_invalid_does_not_skip_a_file_that_does_not_parse() {
    let env = TestEnv::new();
    let broken_toml = env.write(
        "acme.toml",
        "[vendor]\nslug = \"acme\"\nname = \"ACME\"\n[[variant]\ncode = 480\n",
    );
    let cp1251 = env.path("acme.csv");
    // "Нет денег" in Windows-1251, what a Russian Excel may save.
    std::fs::write(
        &cp1251,
        b"vendor,code,phrase,category\nacme,480,\xcd\xe5\xf2 \xe4\xe5\xed\xe5\xe3,billing\n",
    )
    .unwrap();
    let good = env.write(
        "good.csv",
        "vendor,code,phrase,category\ngood,480,No credit,billing\n",
    );
    let before = env.content_hash();
    for bad in [&broken_toml, &cp1251] {
        for lang in ["en", "ru", "zh"] {
            let out = env
                .cmd()
                .args(["--lang", lang, "import", "--skip-invalid"])
                .arg(bad)
                .arg(&good)
                .output()
                .unwrap();
            assert_eq!(
                out.status.code(),
                Some(2),
                "{}: {}",
                bad.display(),
                stderr(&out)
            );
            let err = stderr(&out);
            let last = err.lines().last().unwrap_or_default();
            assert!(
                last.starts_with("sipkb: ") && last.contains(&*bad.to_string_lossy()),
                "{err}"
            );
            assert!(last.contains("--skip-invalid"), "{err}");
        }
        assert_eq!(
            env.content_hash(),
            before,
            "nothing written, no provenance entry"
        );
    }
    let sources = env.cmd().args(["sources", "--json"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&sources.stdout).contains("acme"));
    // One bad entry among good ones is still skipped as before.
    let mixed = env.write(
        "mixed.csv",
        "vendor,code,phrase,category\nmixed,480,No credit,billing\nmixed,4O4,Bad code,billing\n",
    );
    let out = env
        .cmd()
        .args(["import", "--skip-invalid"])
        .arg(&mixed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_ne!(env.content_hash(), before);
}

/// Zeroes page `page` (1-based) of the database file, as a disk error or a stray write would.
fn zero_page(db: &std::path::Path, page: u64) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::OpenOptions::new().write(true).open(db).unwrap();
    f.seek(SeekFrom::Start((page - 1) * 4096)).unwrap();
    f.write_all(&[0u8; 4096]).unwrap();
}

/// The root page of table `name`.
fn root_page(db: &std::path::Path, name: &str) -> u64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
        [name],
        |r| r.get::<_, i64>(0),
    )
    .unwrap() as u64
}

fn file_digest(path: &std::path::Path) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

/// Finding 7: a database damaged where `explain` does not look (a page of the list of removed
/// built-in lists) is still read, with a warning in the user's language; a write is refused
/// with a clear error and the file left as it was; `doctor` reports the damage as before. A
/// read that meets a damaged page is a clear error, not SQLite's bare words.
#[test]
fn a_damaged_database_is_read_with_a_warning_and_never_written() {
    let env = TestEnv::new();
    let page = root_page(&env.db, "removed_builtin");
    zero_page(&env.db, page);
    for (lang, word) in [("en", "damaged"), ("ru", "повреждена"), ("zh", "损坏")] {
        for args in [&["explain", "486"][..], &["search", "busy"]] {
            let out = env
                .cmd()
                .args(["--lang", lang])
                .args(args)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
            assert!(!out.stdout.is_empty());
            let err = stderr(&out);
            assert_eq!(err.lines().count(), 1, "{err}");
            assert!(
                err.contains(word) && err.contains("doctor"),
                "{lang}: {err}"
            );
        }
    }
    let before = file_digest(&env.db);
    let list = env.write(
        "acme.csv",
        "vendor,code,phrase,category\nacme,480,No credit,billing\n",
    );
    let out = env.cmd().arg("import").arg(&list).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("damaged") && err.contains("nothing was written"),
        "{err}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("Changes written"));
    for args in [&["remove", "--vendor", "gigaset"][..], &["restore"]] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    assert_eq!(file_digest(&env.db), before, "the file is left as it was");
    let out = env.cmd().args(["doctor", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["integrity"]["ok"], false, "{report}");

    // Damage where the lookup reads: a localized error, exit 2.
    zero_page(&env.db, root_page_before_damage(&env, "code"));
    let out = env
        .cmd()
        .args(["--lang", "ru", "explain", "486"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("SQLite не смог прочитать"), "{err}");
}

/// The root page of a table, read from a copy of the template database (whose schema page
/// is intact, unlike that of a database already damaged).
fn root_page_before_damage(_env: &TestEnv, name: &str) -> u64 {
    let fresh = TestEnv::new();
    root_page(&fresh.db, name)
}

/// Finding 10: `user_version` −1 is not a version sipkb writes: the CLI and the server refuse
/// it alike, with the same message, instead of the CLI using it and the server asking for an
/// upgrade that never happens.
#[test]
fn a_negative_schema_version_is_refused_alike_everywhere() {
    let env = TestEnv::new();
    rusqlite::Connection::open(&env.db)
        .unwrap()
        .pragma_update(None, "user_version", -1)
        .unwrap();
    let before = file_digest(&env.db);
    let mut seen = Vec::new();
    for args in [
        &["explain", "486"][..],
        &["import", "none.csv"],
        &["serve", "--addr", "127.0.0.1:0"],
    ] {
        let out = env.cmd().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert!(
            err.contains("-1") && err.contains("another program"),
            "{args:?}: {err}"
        );
        seen.push(err);
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");
    assert_eq!(file_digest(&env.db), before);
}

/// Runs the binary on `db` as a user who cannot write it: this user when not root, else
/// `nobody` through util-linux's setpriv (root writes anything). `None` when neither works.
fn as_reader(db: &std::path::Path, args: &[&str]) -> Option<std::process::Output> {
    let bin = assert_cmd::cargo::cargo_bin("sipkb");
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.starts_with(b"0\n"));
    let mut cmd = if root {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("SIPKB_DB", db)
        .args(args);
    let out = cmd.output().ok()?;
    // setpriv missing or not allowed here.
    (!String::from_utf8_lossy(&out.stderr).starts_with("setpriv:")).then_some(out)
}

/// Finding 12: on a read-only directory (the database file read-only too), every command
/// that only reads works, says on stderr that the database was opened read-only, and leaves
/// no file behind; a command that writes fails with one clear line.
#[cfg(unix)]
#[test]
fn read_only_commands_work_on_a_read_only_directory() {
    use std::os::unix::fs::PermissionsExt;
    let env = TestEnv::new();
    let dir = env.path("ro");
    std::fs::create_dir(&dir).unwrap();
    let db = dir.join("kb.db");
    std::fs::copy(&env.db, &db).unwrap();
    let mode = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    };
    mode(env.dir.path(), 0o755);
    mode(&db, 0o444);
    mode(&dir, 0o555);
    let reads: [&[&str]; 6] = [
        &["explain", "SIP/2.0 480 No money left"],
        &["search", "busy"],
        &["list", "--class", "4xx"],
        &["vendors"],
        &["export", "--vendor", "gigaset", "--format", "csv"],
        &["doctor"],
    ];
    for args in reads {
        let Some(out) = as_reader(&db, args) else {
            eprintln!("skipped: cannot run as a user without write access here");
            mode(&dir, 0o755);
            return;
        };
        let code = out.status.code();
        let err = stderr(&out);
        assert!(code == Some(0), "{args:?}: {code:?} {err}");
        assert!(err.contains("opened read-only"), "{args:?}: {err}");
        assert!(!out.stdout.is_empty(), "{args:?}");
    }
    let list = env.write(
        "acme.csv",
        "vendor,code,phrase,category\nacme,480,No credit,billing\n",
    );
    let out = as_reader(&db, &["import", list.to_str().unwrap()]).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["kb.db"], "no -wal or -shm made");
    mode(&dir, 0o755);
}

/// Finding 9: a capture whose first record is corrupt said "0 packets" and exited 1, as if it
/// held no SIP. Now nothing read is an error naming the file and the byte (exit 2), and a
/// capture that breaks later says where, and how much was read before.
#[test]
fn a_broken_capture_says_where_it_broke() {
    use crate::scan_capture::{CARRIER, PBX, pcap, response, udp};
    let env = TestEnv::new();
    let packet = udp((CARRIER, 5060), (PBX, 5060), &response("486 Busy Here", ""));
    let good = pcap(&[(1, packet.clone()), (2, packet)]);
    // The first record's captured length (bytes 8-11 of its header) made absurd.
    let mut first_bad = good.clone();
    first_bad[32..36].copy_from_slice(&0x7fff_fff0u32.to_le_bytes());
    let path = write_bytes(&env, "first.pcap", &first_bad);
    let out = env.cmd().arg("scan").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("first.pcap") && err.contains("byte 24"),
        "{err}"
    );
    // The second record's header damaged: the first is read, and the report says where the
    // capture broke, in JSON and in text.
    let second = 24 + (good.len() - 24) / 2;
    let mut later_bad = good.clone();
    later_bad[second + 8..second + 12].copy_from_slice(&0x7fff_fff0u32.to_le_bytes());
    let path = write_bytes(&env, "later.pcap", &later_bad);
    let out = env
        .cmd()
        .args(["scan", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["files"][0]["packets"], 1, "{r}");
    assert_eq!(r["files"][0]["damaged_at"], second as u64, "{r}");
    assert_eq!(r["failures"][0]["count"], 1);
    for (lang, word) in [
        ("en", "damaged at byte"),
        ("ru", "повреждён на байте"),
        ("zh", "字节处损坏"),
    ] {
        let out = env
            .cmd()
            .args(["--lang", lang, "scan"])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(word) && text.contains(&second.to_string()),
            "{text}"
        );
    }
}

fn write_bytes(env: &TestEnv, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = env.path(name);
    std::fs::write(&path, bytes).unwrap();
    path
}
