//! `sipkb enrich` on malformed call records: one line naming file:line and exit 2 (and no
//! output file), or with `--skip-invalid` every row out, the bad one unchanged, counted.

use crate::common::TestEnv;

/// Runs `sipkb enrich ARGS…`; returns (exit code, stdout, stderr).
fn enrich(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().arg("enrich").args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(99),
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// Each malformed file: the error names file:line; with --skip-invalid every row comes out,
/// the bad one unchanged with empty added columns, and is counted.
#[test]
fn bad_input_names_file_and_line() {
    let env = TestEnv::new();
    let big = "x".repeat(1_000_000);
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "fields.csv",
            b"sip_code,sip_reason\n486,Busy Here\n480,No money left,extra\n404,Not Found\n".to_vec(),
            "fields.csv:3:",
            "3 fields",
        ),
        (
            "utf8.csv",
            b"sip_code,sip_reason\n486,Busy Here\n480,No money \xff left\n".to_vec(),
            "utf8.csv:3:",
            "sip_reason",
        ),
        (
            // A quoted field with a line break is valid; the row after it is on line 5.
            "multiline.csv",
            b"sip_code,sip_reason,note\n486,Busy Here,\"two\nlines\"\n480,No money left,ok\n404,Not Found,x,y\n".to_vec(),
            "multiline.csv:5:",
            "4 fields",
        ),
        (
            "long.csv",
            format!("sip_code,sip_reason\n486,Busy Here\n480,\"{big}\"\n404,Not Found\n").into_bytes(),
            "long.csv:3:",
            "262144",
        ),
        (
            "quote.csv",
            b"sip_code,sip_reason\n486,Busy Here\n480,\"No money left\n".to_vec(),
            "quote.csv:3:",
            "never closed",
        ),
        (
            "bad.jsonl",
            b"{\"sip_code\":486}\n{\"sip_code\":480,\n{\"sip_code\":404}\n".to_vec(),
            "bad.jsonl:2:",
            "JSON",
        ),
    ];
    for (name, bytes, place, what) in &cases {
        let path = env.path(name);
        std::fs::write(&path, bytes).unwrap();
        let output = env.path("out.txt");
        let (code, _, err) = enrich(
            &env,
            &[path.to_str().unwrap(), "-o", output.to_str().unwrap()],
        );
        assert_eq!(code, 2, "{name}: {err}");
        assert!(err.contains(place) && err.contains(what), "{name}: {err}");
        assert!(err.contains("--skip-invalid"), "{name}: the hint: {err}");
        assert!(!output.exists(), "{name}: no half-written output");
        assert!(err.lines().count() == 1, "{name}: one line: {err}");

        let out = env
            .cmd()
            .arg("enrich")
            .arg(&path)
            .arg("--skip-invalid")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("passed through: 1"), "{name}: {stderr}");
        // Every input byte comes out, in order (the bad row as it was; a JSON object
        // gets its members before the closing brace).
        let mut rest: &[u8] = &out.stdout;
        for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let line = match line.strip_suffix(b"}") {
                Some(object) if name.ends_with(".jsonl") => object,
                _ => line,
            };
            let at = rest
                .windows(line.len())
                .position(|w| w == line)
                .unwrap_or_else(|| {
                    panic!(
                        "{name}: {:?} missing",
                        String::from_utf8_lossy(&line[..line.len().min(40)])
                    )
                });
            rest = &rest[at + line.len()..];
        }
    }
    let empty = env.write("empty.csv", "");
    let (code, _, err) = enrich(&env, &[empty.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("empty.csv: ") && err.contains("empty"),
        "{err}"
    );
    let ok = env.write("ok.csv", "sip_code\n486\n");
    let (code, out, err) = enrich(
        &env,
        &[
            empty.to_str().unwrap(),
            ok.to_str().unwrap(),
            "--skip-invalid",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("486,486,4xx"), "{out}");
}
