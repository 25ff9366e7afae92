//! Rendered explanations compared with golden files, one per input and locale.
//! After an intended change of texts or layout: `UPDATE_GOLDEN=1 cargo test --test it golden`,
//! then review the diff of tests/golden/ like any other change.

use crate::common;

use common::TestEnv;
use std::path::PathBuf;

const CASES: &[(&str, &str)] = &[
    ("480-no-money-left", "SIP/2.0 480 No money left"),
    ("499-codec-mismatch", "499 Codec Mismatch"),
    ("0x751", "0x751"),
    (
        "480-with-reason-warning",
        "SIP/2.0 480 No money left\nReason: Q.850;cause=17;text=\"User busy\"\nWarning: 399 sbc.example.net \"Balance exhausted\"",
    ),
    ("user-busy", "USER_BUSY"),
];

#[test]
fn rendered_text_matches_the_golden_files() {
    let env = TestEnv::new();
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for (name, input) in CASES {
        // The default answer (the lead) and `--full` (the lead and every part).
        for (lang, full) in ["en", "ru", "zh"]
            .into_iter()
            .flat_map(|l| [(l, false), (l, true)])
        {
            let mut args = vec!["--lang", lang, "explain"];
            if full {
                args.push("--full");
            }
            let out = env.cmd().args(&args).arg(input).output().unwrap();
            assert!(out.status.success(), "{input} {lang}");
            let got = String::from_utf8(out.stdout).unwrap();
            let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!(
                "tests/golden/{name}.{lang}{}.txt",
                if full { ".full" } else { "" }
            ));
            if update {
                std::fs::write(&path, &got).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(got.as_str()) {
                mismatches.push(format!("{} differs; got:\n{got}", path.display()));
            }
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}
