//! `sipkb scan` telling calls (issue #21), through the real binary. The test writes a capture
//! with pcap-file and etherparse holding exactly the calls the issue lists (challenged then
//! answered; 503 with Reason after ringing, then retried on a second trunk; cancelled;
//! no final response with retransmissions; 488 with no common codec; forked; a REGISTER loop
//! with the same nonce; a private address in SDP and Contact from a public peer) among 300
//! plain answered calls and a few OPTIONS pings, and asserts each call's outcome, timing and
//! findings exactly, in JSON and text, in en, ru and zh. The same messages written as an
//! sngrep text export (`src/curses/ui_save.c` `save_msg_txt` of irontec/sngrep) give the same
//! calls.

mod partial;
mod traffic;

use crate::common::TestEnv;
use serde_json::Value;
use traffic::{
    GW1, GW2, PBX, TRUNK1, Wire, asterisk, capture, more_traffic, sngrep, sofia, traffic,
};

fn scan(env: &TestEnv, file: &str, args: &[&str]) -> std::process::Output {
    env.cmd()
        .arg("scan")
        .args(args)
        .arg(env.dir.path().join(file))
        .output()
        .unwrap()
}

fn scan_json(env: &TestEnv, file: &str) -> Value {
    let out = scan(env, file, &["--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn call<'a>(r: &'a Value, id: &str) -> &'a Value {
    r["calls"]
        .as_array()
        .unwrap()
        .iter()
        .chain(r["registrations"].as_array().unwrap())
        .find(|c| c["call_id"] == id)
        .unwrap_or_else(|| panic!("no call {id}"))
}

/// (kind, side, message) of each finding.
fn findings(c: &Value) -> Vec<(String, String, u64)> {
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["side"].as_str().unwrap().to_string(),
                f["message"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn text_of<'a>(c: &'a Value, kind: &str) -> &'a str {
    c["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind)
        .and_then(|f| f["text"].as_str())
        .unwrap_or_else(|| panic!("no {kind} in {c}"))
}

fn f(v: &[(&str, &str, u64)]) -> Vec<(String, String, u64)> {
    v.iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), *c))
        .collect()
}

fn timing(c: &Value) -> [Option<u64>; 4] {
    let t = &c["timing"];
    [
        "first_provisional_ms",
        "post_dial_delay_ms",
        "final_ms",
        "duration_ms",
    ]
    .map(|k| t[k].as_u64())
}

/// Asserts every listed call of a report, whatever the input form.
fn assert_calls(r: &Value) {
    let t = &r["call_totals"];
    assert_eq!(t["calls"], 308, "{t}");
    assert_eq!(
        (
            t["answered"].as_u64(),
            t["failed"].as_u64(),
            t["cancelled"].as_u64(),
            t["no_final"].as_u64()
        ),
        (Some(303), Some(3), Some(1), Some(1))
    );
    assert_eq!(
        (
            t["registrations"].as_u64(),
            t["closed_early"].as_u64(),
            t["not_listed"].as_u64()
        ),
        (Some(1), Some(0), Some(0))
    );
    assert_eq!(r["calls"].as_array().unwrap().len(), 308);

    let c = call(r, "auth-ok@pbx");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(c["outcome"]["hung_up_by"], "callee");
    assert_eq!(
        c["outcome"]["bye_reason"][0],
        "Q.850;cause=16;text=\"Normal call clearing\""
    );
    assert_eq!(timing(c), [Some(300), Some(800), Some(4000), Some(60000)]);
    assert_eq!(c["final_response"]["code"], 200);
    assert_eq!(
        findings(c),
        f(&[("answered", "none", 8), ("auth-challenge", "none", 1)])
    );
    assert_eq!(
        text_of(c, "answered"),
        "Answered; the callee hung up after 60.0 s, with BYE Reason: Q.850;cause=16;text=\"Normal call clearing\"."
    );
    assert_eq!(
        text_of(c, "auth-challenge"),
        "Challenged with 407 and answered with credentials that were accepted: normal digest authentication, not a failure."
    );
    assert_eq!(c["messages"].as_array().unwrap().len(), 10);
    assert_eq!(
        c["messages"][1]["label"],
        "407 Proxy Authentication Required"
    );
    assert_eq!(c["messages"][1]["direction"], "to_caller");
    assert_eq!(
        c["messages"][8]["direction"], "to_caller",
        "the callee's BYE"
    );
    assert_eq!(c["messages"][9]["offset_ms"], 64050);

    let c = call(r, "fail-503@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(timing(c), [Some(100), Some(1000), Some(3100), None]);
    let fr = &c["final_response"];
    assert_eq!(
        (fr["code"].as_u64(), fr["phrase"].as_str()),
        (Some(503), Some("Service Unavailable"))
    );
    assert_eq!(
        fr["reason"][0],
        "Q.850;cause=41;text=\"Normal, temporary failure\""
    );
    assert_eq!(
        (
            fr["sender"].as_str(),
            fr["hop"].as_str(),
            fr["vias"].as_u64()
        ),
        (Some("CarrierSBC 2.1"), Some(TRUNK1), Some(1))
    );
    assert_eq!(fr["side"], "operator");
    assert_eq!(
        fr["explain"],
        "SIP/2.0 503 Service Unavailable\nReason: Q.850;cause=41;text=\"Normal, temporary failure\""
    );
    assert_eq!(findings(c), f(&[("failed", "operator", 3)]));
    assert_eq!(
        text_of(c, "failed"),
        "Failed: 503 Service Unavailable came 3.1 s after the INVITE, after ringing; sent by CarrierSBC 2.1 (203.0.113.10:5060)."
    );

    let c = call(r, "retry-486@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(timing(c), [Some(100), None, Some(500), None]);
    assert_eq!(
        findings(c),
        f(&[("failed", "callee", 2), ("retry", "none", 0)])
    );
    assert_eq!(
        text_of(c, "retry"),
        "A retry of call fail-503@pbx, which failed with 503 0.9 s earlier: same caller and callee, new Call-ID, sent to 203.0.113.20:5060 instead of 203.0.113.10:5060."
    );

    let c = call(r, "cancel@pbx");
    assert_eq!(c["outcome"]["kind"], "cancelled");
    assert_eq!(timing(c), [Some(100), Some(600), Some(8060), None]);
    assert_eq!(c["final_response"]["code"], 487);
    assert_eq!(findings(c), f(&[("cancelled", "none", 3)]));
    assert_eq!(
        text_of(c, "cancelled"),
        "Cancelled by the caller 8.0 s after the INVITE, while it was ringing."
    );

    let c = call(r, "silent@pbx");
    assert_eq!(c["outcome"]["kind"], "no_final");
    assert_eq!(
        (
            c["outcome"]["retransmissions"].as_u64(),
            c["outcome"]["waited_ms"].as_u64()
        ),
        (Some(4), Some(7500))
    );
    assert_eq!(timing(c), [None, None, None, None]);
    assert!(c["final_response"].is_null());
    assert_eq!(findings(c), f(&[("no-final", "carrier", 0)]));
    assert_eq!(
        text_of(c, "no-final"),
        "No final response: the caller waited 7.5 s and nothing answered at all; the INVITE was sent 4 more times (retransmissions)."
    );

    let c = call(r, "codec@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(
        c["final_response"]["warning"][0],
        "305 sbc.carrier.example \"Incompatible media format\""
    );
    assert_eq!(
        findings(c),
        f(&[
            ("failed", "caller", 2),
            ("media-no-common-codec", "caller", 2)
        ])
    );
    assert_eq!(
        text_of(c, "media-no-common-codec"),
        "No common codec: the SDP offer had PCMA G729 telephone-event, the SDP answer PCMU telephone-event."
    );
    assert_eq!(c["messages"][0]["sdp"], "PCMA G729 telephone-event");

    let c = call(r, "fork@pbx");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(c["outcome"]["hung_up_by"], "caller");
    assert_eq!(timing(c), [Some(100), Some(400), Some(3000), Some(7000)]);
    assert_eq!(
        findings(c),
        f(&[("answered", "none", 6), ("forked", "none", 3)])
    );
    assert_eq!(
        text_of(c, "forked"),
        "The call forked: 2 early dialogs (different To tags) answered the same INVITE."
    );

    let c = call(r, "reg-loop@phone");
    assert_eq!(c["kind"], "registration");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(c["final_response"]["code"], 401);
    assert_eq!(
        findings(c),
        f(&[
            ("reg-failed", "caller", 5),
            ("auth-nonce-loop", "caller", 5)
        ])
    );
    assert_eq!(
        text_of(c, "auth-nonce-loop"),
        "Challenged 3 times with the same nonce: every request with credentials got 401 again, so the server does not accept the credentials (user name, password or realm)."
    );

    let c = call(r, "nat@phone");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(
        findings(c),
        f(&[
            ("answered", "none", 4),
            ("nat-private-sdp", "caller", 0),
            ("nat-private-contact", "caller", 0)
        ])
    );
    assert_eq!(
        text_of(c, "nat-private-sdp"),
        "The SDP sent from the public address 198.51.100.99:5060 gives the private address 192.168.1.50 for media (c=): the sender is behind NAT, and media sent to that address will not arrive."
    );

    // A plain call: answered, caller hung up, nothing else.
    let c = call(r, "bg-7@pbx");
    assert_eq!(timing(c), [Some(50), Some(300), Some(2000), Some(8000)]);
    assert_eq!(findings(c), f(&[("answered", "none", 5)]));

    let o = &r["options"][0];
    assert_eq!(
        (o["from"].as_str(), o["to"].as_str(), o["requests"].as_u64()),
        (Some(PBX), Some(TRUNK1), Some(3))
    );
    assert_eq!(o["responses"]["200"], 3);
}

#[test]
fn a_capture_and_its_sngrep_export_tell_the_same_calls() {
    let env = TestEnv::new();
    let wire = traffic();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&wire)).unwrap();
    std::fs::write(env.dir.path().join("calls.txt"), sngrep(&wire)).unwrap();
    let pcap = scan_json(&env, "calls.pcap");
    assert_calls(&pcap);
    assert_eq!(
        call(&pcap, "fail-503@pbx")["start"],
        "2026-03-01T10:00:10.000000Z"
    );
    let text = scan_json(&env, "calls.txt");
    assert_calls(&text);
    assert_eq!(
        call(&text, "fail-503@pbx")["start"],
        "2026-03-01T10:00:10.000000",
        "no zone in a trace"
    );
    // Everything but the file, the times' zone and where each message was read is the same.
    let strip = |r: &Value| {
        let mut calls = r["calls"].clone();
        for c in calls.as_array_mut().unwrap() {
            c["file"] = Value::Null;
            c["start"] = Value::Null;
            for m in c["messages"].as_array_mut().unwrap() {
                m["time"] = Value::Null;
                m["at"] = Value::Null;
            }
        }
        calls
    };
    assert_eq!(strip(&pcap), strip(&text));
}

/// `--no-calls` leaves the sightings exactly as they are and builds no calls, from a trace and
/// from a capture; it cannot be asked together with `--call`.
#[test]
fn no_calls_keeps_the_tally_and_builds_no_calls() {
    let env = TestEnv::new();
    let wire = traffic();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&wire)).unwrap();
    std::fs::write(env.dir.path().join("calls.txt"), sngrep(&wire)).unwrap();
    for file in ["calls.txt", "calls.pcap"] {
        let full = scan_json(&env, file);
        assert!(full["call_totals"]["messages"].as_u64().unwrap() > 100);
        let out = scan(&env, file, &["--json", "--no-calls", "--sightings"]);
        assert_eq!(out.status.code(), Some(0), "{file}");
        let tally: Value = serde_json::from_slice(&out.stdout).unwrap();
        let with_sightings = scan(&env, file, &["--json", "--sightings"]);
        let with: Value = serde_json::from_slice(&with_sightings.stdout).unwrap();
        for part in [
            "responses",
            "failures",
            "others",
            "reasons",
            "warnings",
            "sightings",
        ] {
            assert_eq!(tally[part], with[part], "{file}: {part}");
        }
        assert_eq!(tally["calls"], Value::Array(vec![]), "{file}");
        assert_eq!(tally["call_totals"]["messages"], 0, "{file}");
        assert_eq!(tally["calls_note"], Value::Null, "{file}");
    }
    let out = scan(&env, "calls.txt", &["--no-calls", "--call", "codec@pbx"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn text_report_ladders_and_languages() {
    let env = TestEnv::new();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&traffic())).unwrap();
    let out = scan(&env, "calls.pcap", &[]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Calls (200 of 308):"), "{text}");
    assert!(
        text.contains("308 calls: 303 answered, 3 failed, 1 cancelled, 1 without a final response, 0 begun before the input."),
        "{text}"
    );
    // The table row of the 503, its ladder line and the explanation of its final response.
    let row = text
        .lines()
        .find(|l| l.contains("1002 → +41445550102") && l.contains("503"))
        .unwrap();
    assert!(row.starts_with("  2026-03-01 10:00:10.000"), "{row}");
    assert!(row.contains("failed 503"), "{row}");
    assert!(
        text.contains("Call fail-503@pbx: sip:1002@pbx.example → sip:+41445550102@carrier.example"),
        "{text}"
    );
    assert!(
        text.contains(
            "first provisional 0.1 s · post-dial delay 1.0 s · final response 3.1 s · duration – s"
        ),
        "{text}"
    );
    let ladder = text
        .lines()
        .find(|l| l.contains("#3") && l.contains("503 Service Unavailable"))
        .unwrap();
    assert!(
        ladder.contains("+3.100  ← 503 Service Unavailable"),
        "{ladder}"
    );
    assert!(
        ladder.contains("203.0.113.10:5060 → 198.51.100.2:5060"),
        "{ladder}"
    );
    assert!(
        text.contains("The final response, as sipkb explain reads it:"),
        "{text}"
    );
    assert!(
        text.contains("Q.850"),
        "the Reason is explained too: {text}"
    );
    // Plain answered calls get no ladder.
    assert!(!text.contains("Call bg-7@pbx:"), "{text}");
    assert!(text.contains("Registrations with a problem:"), "{text}");

    // Russian and Chinese findings.
    let out = scan(&env, "calls.pcap", &["--json", "--lang", "ru"]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        text_of(call(&r, "fail-503@pbx"), "failed"),
        "Вызов не состоялся: 503 Service Unavailable пришёл через 3.1 с после INVITE, после длинных гудков; отправитель: CarrierSBC 2.1 (203.0.113.10:5060)."
    );
    assert_eq!(
        text_of(call(&r, "silent@pbx"), "no-final"),
        "Окончательного ответа нет: вызывающий абонент ждал 7.5 с и не получил вообще никакого ответа; INVITE отправлен повторно ещё 4 раза (повторные передачи)."
    );
    assert_eq!(
        text_of(call(&r, "codec@pbx"), "media-no-common-codec"),
        "Нет общего кодека: в SDP-предложении PCMA G729 telephone-event, в SDP-ответе PCMU telephone-event."
    );
    let out = scan(&env, "calls.pcap", &["--json", "--lang", "zh"]);
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        text_of(call(&r, "cancel@pbx"), "cancelled"),
        "主叫在 INVITE 之后 8.0 秒取消了呼叫，当时已在振铃。"
    );
    assert_eq!(
        text_of(call(&r, "reg-loop@phone"), "auth-nonce-loop"),
        "服务器以相同的 nonce 发出了 3 次认证质询：每个带凭据的请求都再次收到 401，说明服务器不接受这些凭据（用户名、密码或 realm）。"
    );
    let out = scan(&env, "calls.pcap", &["--lang", "zh"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("呼叫（共 308 个，列出 200 个）："), "{text}");
}

#[test]
fn one_call_in_full_and_a_call_that_is_not_there() {
    let env = TestEnv::new();
    std::fs::write(env.dir.path().join("calls.pcap"), capture(&traffic())).unwrap();
    let out = scan(&env, "calls.pcap", &["--call", "codec@pbx"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Call codec@pbx:"), "{text}");
    assert!(
        text.contains("        | m=audio 4000 RTP/AVP 8 18 101"),
        "whole messages: {text}"
    );
    assert!(
        text.contains("        | Warning: 305 sbc.carrier.example \"Incompatible media format\""),
        "{text}"
    );
    let out = scan(&env, "calls.pcap", &["--call", "codec@pbx", "--json"]);
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c["call_id"], "codec@pbx");
    assert!(
        c["messages"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("INVITE sip:+41445550105@203.0.113.10 SIP/2.0\r\n")
    );
    let out = scan(&env, "calls.pcap", &["--call", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        "No call or registration with Call-ID nope in the input."
    );
}

#[test]
fn log_lines_without_whole_messages_say_a_trace_would_tell_more() {
    let env = TestEnv::new();
    let log = "[Aug  6 10:15:23] VERBOSE[12345][C-00000003] chan_sip.c: Got SIP response 486 \"Busy Here\" back from 203.0.113.5:5060\n\
               2026-03-01 10:00:00.000 recv SIP/2.0 480 No money left\n";
    std::fs::write(env.dir.path().join("pbx.log"), log).unwrap();
    let r = scan_json(&env, "pbx.log");
    assert_eq!(r["calls"].as_array().unwrap().len(), 0);
    assert!(
        r["calls_note"]
            .as_str()
            .unwrap()
            .contains("a packet capture gives per-call detail")
    );
    let out = scan(&env, "pbx.log", &["--lang", "ru"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("даст полная трассировка"), "{text}");
}

#[test]
fn sofia_and_asterisk_traces_with_times_of_their_own() {
    let env = TestEnv::new();
    let wire: Vec<Wire> = traffic()
        .into_iter()
        .filter(|m| {
            m.text.contains("Call-ID: fail-503@pbx") || m.text.contains("Call-ID: cancel@pbx")
        })
        .collect();
    std::fs::write(env.dir.path().join("fs.log"), sofia(&wire)).unwrap();
    std::fs::write(env.dir.path().join("ast.log"), asterisk(&wire)).unwrap();
    let r = scan_json(&env, "fs.log");
    let c = call(&r, "fail-503@pbx");
    assert_eq!(c["start"], "10:00:10.000000", "a time of day only");
    assert_eq!(timing(c), [Some(100), Some(1000), Some(3100), None]);
    assert_eq!(c["messages"][0]["dst"], TRUNK1);
    assert_eq!(c["messages"][3]["src"], TRUNK1);
    assert_eq!(
        c["final_response"]["reason"][0],
        "Q.850;cause=41;text=\"Normal, temporary failure\""
    );
    assert_eq!(
        text_of(c, "failed"),
        "Failed: 503 Service Unavailable came 3.1 s after the INVITE, after ringing; sent by CarrierSBC 2.1 (203.0.113.10:5060)."
    );
    assert_eq!(call(&r, "cancel@pbx")["outcome"]["kind"], "cancelled");
    let r = scan_json(&env, "ast.log");
    let c = call(&r, "fail-503@pbx");
    assert_eq!(
        c["start"], "--03-01T10:00:10.000000",
        "no year in Asterisk's default date"
    );
    assert_eq!(
        timing(c),
        [Some(0), Some(1000), Some(3000), None],
        "whole seconds"
    );
    assert_eq!(c["messages"][3]["src"], TRUNK1);
    assert_eq!(findings(c), f(&[("failed", "operator", 3)]));
    let c = call(&r, "cancel@pbx");
    assert_eq!(c["outcome"]["kind"], "cancelled");
    assert_eq!(
        text_of(c, "cancelled"),
        "Cancelled by the caller 8.0 s after the INVITE, while it was ringing."
    );
}

#[test]
fn early_failure_refused_credentials_stale_credentials_srtp_refused_offer_and_failover() {
    let env = TestEnv::new();
    std::fs::write(env.dir.path().join("more.pcap"), capture(&more_traffic())).unwrap();
    let r = scan_json(&env, "more.pcap");

    let c = call(&r, "early@pbx");
    assert_eq!(c["outcome"]["kind"], "cancelled");
    assert_eq!(timing(c), [Some(100), Some(900), Some(6060), None]);
    assert_eq!(
        findings(c),
        f(&[("cancelled", "none", 3), ("early-failure", "callee", 2)])
    );
    assert_eq!(
        text_of(c, "early-failure"),
        "The call failed early: 183 Session Progress carries Reason Q.850;cause=17;text=\"User busy\", a failure signalled in a provisional response, usually while the far end plays an announcement instead of answering with a final error."
    );

    let c = call(&r, "forbidden@pbx");
    assert_eq!(c["outcome"]["kind"], "failed");
    assert_eq!(c["final_response"]["code"], 403);
    let side = c["final_response"]["side"].as_str().unwrap().to_string();
    assert_eq!(
        findings(c),
        f(&[("failed", &side, 4), ("auth-refused", "caller", 4)])
    );

    let c = call(&r, "stale@phone");
    assert_eq!(
        findings(c),
        f(&[
            ("reg-failed", "caller", 5),
            ("auth-same-credentials", "caller", 4)
        ])
    );
    assert_eq!(
        text_of(c, "auth-same-credentials"),
        "After a new challenge the same credentials were sent again, still computed from the earlier nonce: the device did not compute a fresh digest response."
    );

    let c = call(&r, "srtp@pbx");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(
        findings(c),
        f(&[
            ("answered", "none", 6),
            ("reinvite-failed", "caller", 4),
            ("media-srtp-mismatch", "caller", 4)
        ])
    );
    assert_eq!(
        text_of(c, "media-srtp-mismatch"),
        "SRTP mismatch: the SDP offer asks for SRTP (RTP/SAVP) but the SDP answer has plain RTP (RTP/AVP)."
    );
    assert_eq!(c["messages"][3]["sdp"], "PCMA SRTP");

    let c = call(&r, "refused@pbx");
    let side = c["final_response"]["side"].as_str().unwrap().to_string();
    assert_eq!(
        findings(c),
        f(&[("failed", &side, 1), ("media-refused", "caller", 1)])
    );
    assert_eq!(
        text_of(c, "media-refused"),
        "Media refused with 606: the SDP offer had PCMU, and no SDP answer came back with media the other side accepts."
    );

    let c = call(&r, "failover@pbx");
    assert_eq!(c["outcome"]["kind"], "answered");
    assert_eq!(c["final_response"]["hop"], traffic::PROXY);
    assert_eq!(timing(c), [Some(510), Some(510), Some(2010), Some(1990)]);
    assert_eq!(
        findings(c),
        f(&[("answered", "none", 10), ("failover", "none", 4)])
    );
    assert_eq!(
        text_of(c, "failover"),
        format!(
            "After 503 from {GW1} the INVITE went on to {GW2}: a new branch of the same call on another route."
        )
    );
    let t = &r["call_totals"];
    assert_eq!(
        (t["calls"].as_u64(), t["registrations"].as_u64()),
        (Some(5), Some(1))
    );
}
