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
