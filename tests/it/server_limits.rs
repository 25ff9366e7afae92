//! What an attack on `sipkb serve` found (issue #20, findings 1–4 and 6), each kept fixed
//! through the real binary on an ephemeral port: bounded connections, idle ones timed out,
//! bounded work answered 503 with `Retry-After`, big answers served whole, and every error
//! JSON, hyper's own included. (How long things take under load is measured by
//! `scripts/soak-serve.sh`, not here.)

use crate::common;

use common::{Server, TestEnv};
use serde_json::Value;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::Duration;

/// `sipkb serve` with `extra` arguments, its stderr going to a file of the test's directory.
fn start(env: &TestEnv, extra: &[&str]) -> (Server, PathBuf) {
    let log = env.path("serve.log");
    let server = common::start_server_with(env, extra, std::fs::File::create(&log).unwrap());
    (server, log)
}

/// Sends `request` and reads the answer until the server closes the connection (a safety
/// limit of a minute keeps a broken server from hanging the test).
fn exchange(s: &Server, request: &[u8]) -> Vec<u8> {
    let mut c = TcpStream::connect(&s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    c.write_all(request).unwrap();
    let mut out = Vec::new();
    let _ = c.read_to_end(&mut out);
    out
}

/// (status, JSON body) of a raw answer; panics unless the body is JSON.
fn parse(answer: &[u8]) -> (u16, Value) {
    let text = String::from_utf8_lossy(answer);
    let (head, body) = text
        .split_once("\r\n\r\n")
        .unwrap_or_else(|| panic!("{text}"));
    let status = head[9..12].parse().unwrap();
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{head}"
    );
    (
        status,
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}")),
    )
}

fn get(s: &Server, path: &str) -> (u16, Value) {
    parse(&exchange(
        s,
        format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").as_bytes(),
    ))
}

/// Reads `log` until it holds `needle` (the server logs once a second).
fn wait_for_log(log: &PathBuf, needle: &str) -> String {
    for _ in 0..100 {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains(needle) {
            return text;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!(
        "{needle:?} never logged: {}",
        std::fs::read_to_string(log).unwrap_or_default()
    );
}

/// Finding 6: what hyper refuses before any of our code sees a request (a request line that
/// is not HTTP, a URL past its 64 KiB, a header block past ours) is the documented JSON too,
/// in the language the request asked for; so is the timeout's 408.
#[test]
fn every_error_is_json_even_hypers_own() {
    let env = TestEnv::new();
    let (s, _) = start(&env, &[]);
    let (st, v) = parse(&exchange(
        &s,
        b"GET /api/explain?q=\xff\xfe HTTP/1.1\r\nHost: x\r\nAccept-Language: ru\r\n\r\n",
    ));
    assert_eq!((st, v["status"].as_u64()), (400, Some(400)), "{v}");
    assert!(v["error"].as_str().unwrap().contains("Запрос"), "{v}");

    let long = format!("/api/explain?lang=zh&q={}", "a".repeat(70_000));
    let (st, v) = parse(&exchange(
        &s,
        format!("GET {long} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes(),
    ));
    assert_eq!(st, 414, "{v}");
    assert!(v["error"].as_str().unwrap().contains("URL"), "{v}");
    assert!(v["error"].as_str().unwrap().contains("字节"), "{v}");

    let big = format!(
        "GET /healthz HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\nX-Padding: {}\r\n\r\n",
        "b".repeat(100_000)
    );
    let (st, v) = parse(&exchange(&s, big.as_bytes()));
    assert_eq!(st, 431, "{v}");
    assert!(v["error"].as_str().unwrap().contains("64 KiB"), "{v}");

    // A body announced and never sent: the request times out (10 s) with a JSON 408.
    let (st, v) = parse(&exchange(
        &s,
        b"POST /api/scan HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nSIP/2.0 486",
    ));
    assert_eq!(st, 408, "{v}");
    assert!(!v["error"].as_str().unwrap().is_empty(), "{v}");
    assert_eq!(get(&s, "/healthz").0, 200);
}

/// Finding 1: a connection that sends nothing, or half a head, is closed after the header
/// timeout; at the connection limit the connection idle the longest is closed to make room
/// (and logged), so a new client is still served.
#[test]
fn idle_and_half_sent_connections_are_closed() {
    let env = TestEnv::new();
    let (s, log) = start(&env, &["--max-connections", "4"]);
    let mut half = TcpStream::connect(&s.addr).unwrap();
    half.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .unwrap();
    let idle: Vec<TcpStream> = (0..3)
        .map(|_| TcpStream::connect(&s.addr).unwrap())
        .collect();
    // The limit is reached: a fifth client is served, the oldest connection idle for over
    // 100 ms closed (the pause lets the server take the four and them become idle).
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(get(&s, "/healthz").0, 200);
    half.set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    let mut buf = [0u8; 64];
    assert_eq!(half.read(&mut buf).unwrap_or(0), 0, "closed to make room");
    wait_for_log(&log, "connection limit (4) reached");
    // The others are closed by the header timeout (10 s), with nothing answered.
    for mut c in idle {
        c.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut out = Vec::new();
        let _ = c.read_to_end(&mut out);
        assert!(out.is_empty(), "{}", String::from_utf8_lossy(&out));
    }
    assert_eq!(get(&s, "/healthz").0, 200);
}

/// Finding 2: with one worker, a crowd of slow requests (1 MiB scans of distinct lines) is
/// answered 200 or, past the bounded line, at once 503 with `Retry-After` and JSON; nothing
/// else. `/healthz` answers meanwhile (it never waits for a worker), and the server is
/// serving normally afterwards. Finding 3's caps: a scan answer lists at most 200 distinct
/// failures and counts the rest.
#[test]
fn work_beyond_the_pool_gets_503_with_retry_after() {
    let env = TestEnv::new();
    let (s, log) = start(&env, &["--workers", "1"]);
    let mut body = String::new();
    let mut i = 0;
    while body.len() < (1 << 20) - 64 {
        body.push_str(&format!("SIP/2.0 480 Rejected by rule {i}\n"));
        i += 1;
    }
    let request = format!(
        "POST /api/scan HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let answers: Vec<Vec<u8>> = std::thread::scope(|scope| {
        let crowd: Vec<_> = (0..60)
            .map(|_| scope.spawn(|| exchange(&s, request.as_bytes())))
            .collect();
        let health = get(&s, "/healthz");
        assert_eq!(health.0, 200, "{}", health.1);
        crowd.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut shed = 0;
    for a in &answers {
        let (st, v) = parse(a);
        let head = String::from_utf8_lossy(a).to_ascii_lowercase();
        match st {
            200 => {
                assert_eq!(v["failures"].as_array().unwrap().len(), 200);
                assert_eq!(v["more"]["failures"], i - 200);
            }
            503 => {
                shed += 1;
                assert!(head.contains("retry-after: 1\r\n"), "{head}");
                assert!(!v["error"].as_str().unwrap().is_empty());
            }
            other => panic!("{other}: {v}"),
        }
    }
    // 60 requests, one worker, a line of 32: the rest cannot have waited.
    assert!(shed > 0, "no 503 among {} answers", answers.len());
    wait_for_log(&log, "503");
    let (st, v) = get(&s, "/api/explain?q=486");
    assert_eq!((st, v["match"].as_str()), (200, Some("canonical")));
}

/// Finding 4: an answer larger than the cache keeps (256 KiB) is sent whole, not as a 500;
/// it is the same as the command line's.
#[test]
fn answers_over_256_kib_are_sent_whole() {
    let env = TestEnv::new();
    let mut csv = String::from("vendor,code,phrase,category,summary_en\n");
    let long = "The okapi gateway refused the call again. ".repeat(60);
    for i in 0..300 {
        csv.push_str(&format!("zebra,480,Zebra refusal {i},routing,\"{long}\"\n"));
    }
    let list = env.write("zebra.csv", &csv);
    env.import_ok(&[list.to_str().unwrap()]);
    let (s, _) = start(&env, &[]);
    let raw = exchange(
        &s,
        b"GET /api/search?q=okapi&limit=1000 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(raw.len() > 256 * 1024, "{} bytes", raw.len());
    let (st, v) = parse(&raw);
    assert_eq!(st, 200);
    let cli = env
        .cmd()
        .args(["search", "--json", "--limit", "1000", "okapi"])
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&cli.stdout).unwrap();
    assert_eq!(v, cli);
}
