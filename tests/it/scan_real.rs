//! Issue #17: real log excerpts from public bug reports (tests/fixtures/logs/real/, each with
//! its source) give exactly the sightings a support engineer reads in them
//! (tests/fixtures/logs/real/expected.toml), through the real binary, in JSON and text; the
//! non-SIP corpus gives none; `explain` answers each excerpt's key line.

use crate::common;

use common::{TestEnv, fixture};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

fn real(name: &str) -> PathBuf {
    fixture("logs/real").join(name)
}

fn expected() -> Vec<toml::Table> {
    let text = std::fs::read_to_string(real("expected.toml")).unwrap();
    let t: toml::Table = text.parse().unwrap();
    t["fixture"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_table().unwrap().clone())
        .collect()
}

fn scan(env: &TestEnv, path: &PathBuf, extra: &[&str]) -> (Option<i32>, Value) {
    let out = env
        .cmd()
        .args(["scan", "--all", "--sightings", "--json"])
        .args(extra)
        .arg(path)
        .output()
        .unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code(), v)
}

type Reading = (String, Option<i64>, String, Option<i64>, Option<String>);

fn reading(v: &Value) -> Reading {
    (
        v["kind"].as_str().unwrap().to_string(),
        v["code"].as_i64(),
        v["phrase"].as_str().unwrap_or("").to_string(),
        v["cause"].as_i64(),
        v["time"].as_str().map(String::from),
    )
}

fn expected_reading(t: &toml::Table) -> Reading {
    (
        t["kind"].as_str().unwrap().to_string(),
        t.get("code").and_then(|c| c.as_integer()),
        t.get("phrase")
            .and_then(|p| p.as_str())
            .unwrap_or("")
            .to_string(),
        t.get("cause").and_then(|c| c.as_integer()),
        t.get("time").and_then(|c| c.as_str()).map(String::from),
    )
}

#[test]
fn every_real_excerpt_gives_exactly_its_expected_sightings() {
    let env = TestEnv::new();
    let fixtures = expected();
    assert!(fixtures.len() >= 40, "{} excerpts", fixtures.len());
    let products: BTreeSet<String> = fixtures
        .iter()
        .map(|f| {
            let name = f["file"].as_str().unwrap();
            name.split('-').next().unwrap().to_string()
        })
        .collect();
    assert!(products.len() >= 12, "{products:?}");
    let mut vias = BTreeSet::new();
    for f in &fixtures {
        let name = f["file"].as_str().unwrap();
        let path = real(name);
        let head = std::fs::read_to_string(&path).unwrap();
        let source = head.lines().next().unwrap();
        assert!(
            source.starts_with("# source: https://") || source.contains('@'),
            "{name}: first line names the source: {source}"
        );
        let (rc, r) = scan(&env, &path, &[]);
        let got: BTreeMap<u64, Reading> = r["sightings"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|s| (s["line"].as_u64().unwrap(), reading(s)))
                    .collect()
            })
            .unwrap_or_default();
        let want: BTreeMap<u64, Reading> = f
            .get("sighting")
            .and_then(|s| s.as_array())
            .map(|a| {
                a.iter()
                    .map(|s| {
                        let s = s.as_table().unwrap();
                        (s["line"].as_integer().unwrap() as u64, expected_reading(s))
                    })
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(got, want, "{name}");
        let headers =
            r["reasons"].as_array().unwrap().len() + r["warnings"].as_array().unwrap().len();
        let found = !want.is_empty() || headers > 0;
        assert_eq!(rc, Some(if found { 0 } else { 1 }), "{name}");
        for s in r["sightings"].as_array().into_iter().flatten() {
            vias.insert(s["via"].as_str().unwrap().to_string());
        }
        // The text report lists the same failures, each at its first line.
        let out = env
            .cmd()
            .args(["scan", "--all"])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for failure in r["failures"].as_array().unwrap() {
            let at = format!("{name}:{}", failure["first"]["line"]);
            assert!(text.contains(&at), "{name}: text lacks {at}:\n{text}");
            for via in failure["via"].as_object().unwrap().keys() {
                assert!(text.contains(via.as_str()), "{name}: text lacks {via}");
            }
        }
    }
    assert!(vias.len() >= 25, "patterns exercised: {vias:?}");
}

/// The entry (failure or other) whose sighting is on `line`.
fn entry_at(r: &Value, line: i64) -> Option<&Value> {
    r["failures"]
        .as_array()
        .unwrap()
        .iter()
        .chain(r["others"].as_array().unwrap())
        .find(|e| e["first"]["line"] == line || e["last"]["line"] == line)
}

#[test]
fn reason_and_warning_headers_belong_to_their_response() {
    let env = TestEnv::new();
    let mut checked = 0;
    for f in expected() {
        let Some(headers) = f.get("header").and_then(|h| h.as_array()) else {
            continue;
        };
        let name = f["file"].as_str().unwrap();
        let (_, r) = scan(&env, &real(name), &[]);
        let text = std::fs::read_to_string(real(name)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for h in headers {
            let h = h.as_table().unwrap();
            let header = h["name"].as_str().unwrap();
            let line = h["line"].as_integer().unwrap();
            let owner = h["belongs_to"].as_integer().unwrap();
            let relation = h.get("relation").and_then(|r| r.as_str()).unwrap_or("");
            let entry = entry_at(&r, owner);
            match (header, relation) {
                // A vendor's `X-Reason:` is not RFC 3326's header; a Reason inside a request
                // has no response to belong to.
                ("X-Reason", _) | (_, "in-request") => {
                    if let Some(e) = entry {
                        assert!(e["reasons"].as_array().unwrap().is_empty(), "{name}: {e:#}");
                    }
                }
                ("Reason", rel) => {
                    let e = entry.unwrap_or_else(|| panic!("{name}:{owner}: no entry: {r:#}"));
                    let cause: u64 = lines[line as usize - 1]
                        .split("cause=")
                        .nth(1)
                        .and_then(|c| c.split(|ch: char| !ch.is_ascii_digit()).next())
                        .and_then(|c| c.parse().ok())
                        .unwrap();
                    let tied = e["reasons"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .find(|t| t["code"] == cause)
                        .unwrap_or_else(|| panic!("{name}: reason {cause} not tied: {e:#}"));
                    if rel == "failure-signalled-early" {
                        assert_eq!(e["early_failure"], true, "{name}");
                        assert!(
                            r["failures"].as_array().unwrap().contains(e),
                            "{name}: an early failure is among the failures"
                        );
                        assert!(e["note"].is_string(), "{name}");
                    } else {
                        assert_eq!(tied["relation"], rel, "{name}: {tied:#}");
                        assert!(tied["relation_note"].is_string());
                    }
                }
                ("Warning", _) => {
                    let e = entry.unwrap_or_else(|| panic!("{name}:{owner}: no entry"));
                    assert!(
                        !e["warnings"].as_array().unwrap().is_empty(),
                        "{name}: {e:#}"
                    );
                }
                other => panic!("{name}: unexpected header {other:?}"),
            }
            checked += 1;
        }
    }
    assert!(checked >= 6, "{checked} header ties checked");
}

#[test]
fn explain_reads_each_excerpts_key_line() {
    let env = TestEnv::new();
    for f in expected() {
        let name = f["file"].as_str().unwrap();
        let key = f["key_line"].as_integer().unwrap() as usize;
        // A field printed below its message (LiveKit's pretty-printed JSON) needs its line.
        let context = f
            .get("key_context")
            .and_then(|c| c.as_integer())
            .unwrap_or(0) as usize;
        let text = std::fs::read_to_string(real(name)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        let joined = lines[key - 1 - context..key].join("\n");
        let line = joined.trim_start_matches("> ");
        let want = f.get("sighting").and_then(|s| s.as_array()).and_then(|a| {
            a.iter()
                .find(|s| s["line"].as_integer() == Some(key as i64))
                .map(|s| expected_reading(s.as_table().unwrap()))
        });
        let Some(want) = want else {
            // A Reason header alone (the JSsIP BYE's): explained as that header.
            let ex = env.explain_json(&[line]);
            assert_eq!(ex["match"], "headers", "{name}: {ex:#}");
            continue;
        };
        let ex = env.explain_json(&[line]);
        match (want.1, want.3) {
            (Some(code @ 100..=699), _) => {
                assert_eq!(ex["code"], code, "{name}: {line}\n{ex:#}");
            }
            (_, Some(cause)) => assert_eq!(ex["cause"]["value"], cause, "{name}: {ex:#}"),
            // A stack's internal status (sofia-sip's 904) is explained by its phrase.
            (Some(_), None) if !want.2.is_empty() => {
                assert_ne!(ex["match"], "not_found", "{name}: {ex:#}")
            }
            _ => continue,
        }
        if want.0 != "status-line" {
            assert_eq!(ex["sighting"]["kind"], want.0.as_str(), "{name}: {ex:#}");
        }
    }
}

#[test]
fn logs_that_are_not_sip_give_no_sightings() {
    let env = TestEnv::new();
    let dir = fixture("logs/non-sip");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let (rc, r) = scan(&env, &path, &[]);
        assert_eq!(r["sightings"], Value::Null, "{}: {r:#}", path.display());
        assert_eq!(r["responses"], 0, "{}", path.display());
        assert_eq!(rc, Some(1), "{}", path.display());
        n += 1;
    }
    assert!(n >= 6);
    // Prose that mentions codes, an HTTP status line, `code: 408` alone.
    let prose = env.write(
        "prose.txt",
        "we got 404s yesterday and 503 errors all night\ncode: 408\nHTTP/1.1 404 Not Found\n\
         status=486 from the API\nthe INVITE got a 486 Busy Here, see `INVITE` above\n\
         Cause: 17 in the ISDN trace\nUSER_BUSY is a FreeSWITCH name\n",
    );
    let (rc, r) = scan(&env, &prose, &[]);
    assert_eq!((rc, &r["sightings"]), (Some(1), &Value::Null), "{r:#}");
}

#[test]
fn hostile_log_input_is_read_without_false_sightings() {
    let env = TestEnv::new();
    // Binary garbage, invalid UTF-8 and a 20 MB line holding one real status line at its end;
    // a JSON log with escaped quotes; CRLF line ends.
    let mut bytes: Vec<u8> = (0..3_000_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .map(|b| if b == b'\n' { b'x' } else { b })
        .collect();
    bytes.extend_from_slice(b"\n\xff\xfe SIP/2.0 486 Busy\xff Here\n");
    bytes.extend(std::iter::repeat_n(b'a', 20 << 20));
    bytes.extend_from_slice(b" SIP/2.0 503 Overloaded\r\n");
    bytes.extend_from_slice(
        br#"{"level":"info","msg":"reply \"SIP/2.0 480 Temporarily Unavailable\" to INVITE","status":404}"#,
    );
    bytes.extend_from_slice(b"\r\nSIP/2.0 603 Decline\r\n");
    let path = env.path("hostile.log");
    std::fs::write(&path, &bytes).unwrap();
    let (rc, r) = scan(&env, &path, &[]);
    assert_eq!(rc, Some(0), "{r:#}");
    let got: Vec<(u64, i64, String)> = r["sightings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["line"].as_u64().unwrap(),
                s["code"].as_i64().unwrap(),
                s["phrase"].as_str().unwrap().to_string(),
            )
        })
        .filter(|s| s.0 > 1)
        .collect();
    let garbage = r["sightings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["line"] == 1)
        .count();
    assert_eq!(garbage, 0, "no sighting in random bytes");
    assert_eq!(
        got,
        [
            (2, 486, "Busy\u{fffd} Here".to_string()),
            (3, 503, "Overloaded".to_string()),
            (4, 480, "Temporarily Unavailable".to_string()),
            (5, 603, "Decline".to_string()),
        ]
    );
}
