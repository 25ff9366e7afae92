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
            assert_eq!(out.status.code(), Some(2), "{}: {}", bad.display(), stderr(&out));
            let err = stderr(&out);
            let last = err.lines().last().unwrap_or_default();
            assert!(
                last.starts_with("sipkb: ") && last.contains(&*bad.to_string_lossy()),
                "{err}"
            );
            assert!(last.contains("--skip-invalid"), "{err}");
        }
        assert_eq!(env.content_hash(), before, "nothing written, no provenance entry");
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
