//! `sipkb scan` over the log fixtures (tests/fixtures/logs/), through the real binary: exact
//! tallies, the JSON report, three languages, stdin and gzip, garbage and giant lines.

use crate::common;

use common::TestEnv;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs")
        .join(name)
}

fn scan_json(env: &TestEnv, args: &[&str]) -> (Option<i32>, Value) {
    let out = env
        .cmd()
        .arg("scan")
        .arg("--json")
        .args(args)
        .output()
        .expect("runs");
    let v = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    (out.status.code(), v)
}

/// (code, phrase as first seen, count, first line, vendor) of each failure, in report order.
fn failures(r: &Value) -> Vec<(u64, String, u64, u64, Option<String>)> {
    r["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_u64().unwrap_or(0),
                f["phrase"].as_str().unwrap().to_string(),
                f["count"].as_u64().unwrap(),
                f["first"]["line"].as_u64().unwrap(),
                f["vendor"].as_str().map(str::to_string),
            )
        })
        .collect()
}

fn classes(r: &Value) -> Vec<u64> {
    ["1xx", "2xx", "3xx", "4xx", "5xx", "6xx"]
        .map(|c| r["classes"][c].as_u64().unwrap())
        .to_vec()
}

fn f(
    code: u64,
    phrase: &str,
    count: u64,
    line: u64,
    vendor: Option<&str>,
) -> (u64, String, u64, u64, Option<String>) {
    (
        code,
        phrase.to_string(),
        count,
        line,
        vendor.map(str::to_string),
    )
}

#[test]
fn every_fixture_tallies_exactly() {
    let env = TestEnv::new();
    let path = fixture("udp_trace.txt");
    let (rc, r) = scan_json(&env, &[path.to_str().unwrap()]);
    assert_eq!(rc, Some(0));
    assert_eq!(r["files"][0]["lines"], 80);
    assert_eq!(classes(&r), [2, 1, 0, 4, 0, 0]);
    // The message cut mid-way (line 79) still counts; the standard phrase gets the canonical
    // meaning, not a vendor's.
    assert_eq!(
        failures(&r),
        [
            f(480, "No money left", 2, 19, Some("ru-softswitch")),
            f(403, "Wrong Guess", 1, 58, Some("ru-softswitch")),
            f(486, "Busy Here", 1, 47, None),
        ]
    );
    assert_eq!(r["failures"][0]["last"]["line"], 79);
    assert_eq!(r["failures"][2]["match"], "canonical");
    let reasons: Vec<(u64, u64, &str)> = r["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            (
                x["code"].as_u64().unwrap(),
                x["sip_code"].as_u64().unwrap(),
                x["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        reasons,
        [(17, 486, "User busy"), (34, 503, "No circuit available")]
    );
    assert_eq!(r["warnings"][0]["code"], 399);
    assert_eq!(r["warnings"][0]["source"], "sbc.example.net");

    let (_, r) = scan_json(&env, &[fixture("freeswitch.log").to_str().unwrap()]);
    // The call states (`entering state [received][100]`, `[terminated][480]`) are sightings
    // too, and the hangup line's NORMAL_TEMPORARY_FAILURE is Q.850 cause 41 (no SIP code).
    assert_eq!(classes(&r), [1, 1, 0, 2, 2, 0]);
    // `sip/2.0 503 service unavailable` in lower case is the same response as line 14's.
    assert_eq!(
        failures(&r),
        [
            f(503, "Service Unavailable", 2, 14, None),
            f(0, "", 1, 11, None),
            f(480, "", 1, 3, None),
            f(480, "No money left", 1, 6, Some("ru-softswitch"))
        ]
    );
    assert_eq!(
        (&r["failures"][1]["cause"], &r["failures"][1]["cause_name"]),
        (&41.into(), &"NORMAL_TEMPORARY_FAILURE".into())
    );
    assert_eq!(r["failures"][1]["sighting"], "hangup-cause");
    assert_eq!(r["failures"][1]["via"]["freeswitch-hangup"], 1);
    assert_eq!(r["failures"][0]["last"]["line"], 20);
    assert_eq!(r["reasons"].as_array().unwrap().len(), 2);
    assert!(
        r["warnings"].as_array().unwrap().is_empty(),
        "a log's own `warning:` is no header"
    );

    let (_, r) = scan_json(&env, &[fixture("asterisk.log").to_str().unwrap()]);
    assert_eq!(classes(&r), [0, 0, 0, 4, 0, 0]);
    assert_eq!(
        failures(&r),
        [
            f(403, "Forbidden", 1, 7, None),
            f(407, "Proxy Authentication Required", 1, 2, None),
            f(486, "Busy Here", 1, 11, None),
            f(488, "Codec Mismatch", 1, 13, Some("ru-softswitch")),
        ]
    );
    assert_eq!(
        (
            r["reasons"][0]["source"].as_str(),
            r["reasons"][0]["sip_code"].as_u64()
        ),
        (Some("SIP"), Some(403))
    );
    assert_eq!(r["warnings"][0]["code"], 305);

    let (_, r) = scan_json(&env, &[fixture("kamailio_syslog.log").to_str().unwrap()]);
    assert_eq!(classes(&r), [0, 1, 0, 4, 1, 0]);
    // Quoted log messages end the phrase at the closing quote.
    assert_eq!(
        failures(&r),
        [
            f(404, "Not Found", 2, 1, None),
            f(401, "Unauthorized", 1, 5, None),
            f(480, "Temporarily Unavailable", 1, 3, None),
            f(500, "Server Internal Error", 1, 4, None),
        ]
    );

    let (_, r) = scan_json(&env, &[fixture("sngrep_export.txt").to_str().unwrap()]);
    assert_eq!(classes(&r), [2, 0, 0, 2, 0, 1]);
    assert_eq!(
        failures(&r),
        [
            f(
                403,
                "out of look ahead retries",
                1,
                19,
                Some("ru-softswitch")
            ),
            f(408, "Request Timeout", 1, 15, None),
            f(603, "Decline", 1, 23, None),
        ]
    );

    // All five at once: one report, tallies added up, each file listed.
    let all: Vec<String> = [
        "udp_trace.txt",
        "freeswitch.log",
        "asterisk.log",
        "kamailio_syslog.log",
        "sngrep_export.txt",
    ]
    .map(|n| fixture(n).to_str().unwrap().to_string())
    .to_vec();
    let args: Vec<&str> = all.iter().map(String::as_str).collect();
    let (_, r) = scan_json(&env, &args);
    assert_eq!(r["files"].as_array().unwrap().len(), 5);
    assert_eq!(r["responses"], 28);
    assert_eq!(
        failures(&r)[0],
        f(480, "No money left", 3, 19, Some("ru-softswitch"))
    );
    assert_eq!(r["failures"][0]["last"]["file"].as_str().unwrap(), all[1]);
}

#[test]
fn text_report_in_three_languages_and_all() {
    let env = TestEnv::new();
    let path = fixture("udp_trace.txt");
    for (lang, heading, times) in [
        (
            "en",
            "Failures (4xx–6xx responses, failure causes, failures signalled early), most frequent first:",
            "(2 times)",
        ),
        (
            "ru",
            "Неуспешные исходы (ответы 4xx–6xx, причины неуспеха, неуспех в предварительном ответе), сначала самые частые:",
            "(2 раза)",
        ),
        (
            "zh",
            "失败（4xx–6xx 响应、失败原因、临时响应中的提前失败），按出现次数从多到少：",
            "（2 次）",
        ),
    ] {
        let out = env
            .cmd()
            .args(["scan", "--lang", lang])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains(heading) && text.contains(&format!("480 No money left  {times}")),
            "{text}"
        );
        assert!(
            !text.contains("200 OK"),
            "successes only in the tally without --all"
        );
    }
    let out = env
        .cmd()
        .args(["scan", "--all"])
        .arg(&path)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("Other responses (1xx–3xx):") && text.contains("200 OK"),
        "{text}"
    );
    let (_, r) = scan_json(&env, &["--all", path.to_str().unwrap()]);
    let others: Vec<u64> = r["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["code"].as_u64().unwrap())
        .collect();
    assert_eq!(others, [100, 183, 200]);
}

#[test]
fn stdin_gzip_garbage_and_giant_lines() {
    let env = TestEnv::new();
    // stdin, as `-` and with no file at all.
    let log = std::fs::read(fixture("kamailio_syslog.log")).unwrap();
    for args in [vec!["scan", "--json", "-"], vec!["scan", "--json"]] {
        let out = env
            .cmd()
            .args(&args)
            .write_stdin(log.clone())
            .output()
            .unwrap();
        let r: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(r["files"][0]["name"], "-");
        assert_eq!(classes(&r), [0, 1, 0, 4, 1, 0]);
    }
    // A gzip file, told by its magic number, decompressed on the fly.
    let gz = env.dir.path().join("trace.log.1");
    let mut enc = flate2::write::GzEncoder::new(
        std::fs::File::create(&gz).unwrap(),
        flate2::Compression::fast(),
    );
    enc.write_all(&std::fs::read(fixture("udp_trace.txt")).unwrap())
        .unwrap();
    enc.finish().unwrap();
    let (_, r) = scan_json(&env, &[gz.to_str().unwrap()]);
    assert_eq!(r["files"][0]["kind"], "gzip");
    assert_eq!(classes(&r), [2, 1, 0, 4, 0, 0]);
    // Binary garbage with status lines inside, a 1 MB line, and a 100 MB file with no newline
    // at all (linear: read in blocks, never as one line).
    let junk = env.dir.path().join("junk.bin");
    let mut data: Vec<u8> = (0..300_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    data.extend_from_slice(b"\nSIP/2.0 503 Service Unavailable\r\n");
    data.extend(std::iter::repeat_n(b'A', 1 << 20));
    data.extend_from_slice(b" SIP/2.0 486 Busy Here\n\xff\xfe SIP/2.0 486 Busy \xff Here\n");
    std::fs::write(&junk, &data).unwrap();
    let (rc, r) = scan_json(&env, &[junk.to_str().unwrap()]);
    assert_eq!(rc, Some(0));
    assert!(
        r["failures"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == 503)
    );
    assert!(
        r["classes"]["4xx"].as_u64().unwrap() >= 2,
        "{}",
        r["classes"]
    );
    let big = env.dir.path().join("big.log");
    {
        let mut w = std::io::BufWriter::new(std::fs::File::create(&big).unwrap());
        let chunk = vec![b'x'; 1 << 20];
        for i in 0..100 {
            if i == 50 {
                w.write_all(b" SIP/2.0 480 No money left ").unwrap();
            }
            w.write_all(&chunk).unwrap();
        }
    }
    let (rc, r) = scan_json(&env, &[big.to_str().unwrap()]);
    assert_eq!(rc, Some(0));
    assert_eq!(r["files"][0]["lines"], 1);
    assert_eq!(r["failures"][0]["code"], 480);
    assert_eq!(r["failures"][0]["first"]["line"], 1);
}

#[test]
fn unreadable_inputs_exit_2_and_empty_ones_1() {
    let env = TestEnv::new();
    for (arg, what) in [("/no/such/file.log", "file.log"), ("/", "/")] {
        let out = env.cmd().args(["scan", arg]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{arg}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(what), "{err}");
    }
    let empty = env.dir.path().join("empty.log");
    std::fs::write(&empty, "no sip here\n").unwrap();
    let (rc, r) = scan_json(&env, &[empty.to_str().unwrap()]);
    assert_eq!(rc, Some(1));
    assert_eq!(r["responses"], 0);
}

/// Issue #20, finding 3: a log of many distinct lines lists and explains the most frequent
/// [`sipkb::ScanOptions::DEFAULT_LIMIT`] of each list and counts the rest ("and N more"), in
/// JSON and in the text of every language; the tally still counts every line.
#[test]
fn many_distinct_lines_list_the_most_frequent_and_count_the_rest() {
    let env = TestEnv::new();
    let mut log = String::new();
    for _ in 0..3 {
        log.push_str("SIP/2.0 486 Busy Here\n");
    }
    for i in 0..1200 {
        log.push_str(&format!("SIP/2.0 480 Rejected by rule {i}\n"));
        if i < 1050 {
            log.push_str(&format!("Warning: 399 sbc{i}.example.net \"Policy {i}\"\n"));
        }
    }
    let path = env.write("distinct.log", &log);
    let (code, r) = scan_json(&env, &[path.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert_eq!(r["responses"], 1203);
    assert_eq!(r["failures"].as_array().unwrap().len(), 1000);
    assert_eq!(
        (
            r["failures"][0]["code"].as_u64(),
            r["failures"][0]["count"].as_u64()
        ),
        (Some(486), Some(3))
    );
    assert_eq!(r["warnings"].as_array().unwrap().len(), 1000);
    assert_eq!(
        r["more"],
        serde_json::json!({"failures": 201, "others": 0, "reasons": 0, "warnings": 50})
    );
    for (lang, want) in [
        ("en", "and 201 more"),
        ("ru", "и ещё 201"),
        ("zh", "另有 201"),
    ] {
        let out = env
            .cmd()
            .args(["--lang", lang, "scan"])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            text.contains(want),
            "{lang}: {}",
            &text[text.len().saturating_sub(600)..]
        );
    }
}
