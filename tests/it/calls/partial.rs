//! Dialogs whose request the input does not hold: a REGISTER's answer alone still decides the
//! registration, and a call's final response is still its last word.

use crate::common::TestEnv;
use serde_json::Value;
use std::path::PathBuf;

fn real(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/logs/real")
        .join(name)
}

fn scan(env: &TestEnv, path: &PathBuf, args: &[&str]) -> String {
    let out = env.cmd().arg("scan").args(args).arg(path).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_refused_register_whose_request_was_not_seen_is_a_failed_registration() {
    let env = TestEnv::new();
    // SIP.js's trace of RingCentral's registrar answering 403 (ringcentral-web-phone#71).
    let path = real("ringcentral-webphone-register-403-instance-id.log");
    let r: Value = serde_json::from_str(&scan(&env, &path, &["--json"])).unwrap();
    let regs = r["registrations"].as_array().unwrap();
    assert_eq!(regs.len(), 1, "{r:#}");
    let reg = &regs[0];
    assert_eq!(reg["outcome"]["kind"], "failed", "{reg:#}");
    assert_eq!(reg["final_response"]["code"], 403, "{reg:#}");
    let kinds: Vec<&str> = reg["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["reg-refused", "partial-reg"], "{reg:#}");
    let text = scan(&env, &path, &[]);
    assert!(text.contains("Registrations with a problem:"), "{text}");
    assert!(
        text.contains("Registration refused: 403 Forbidden, instance id"),
        "{text}"
    );
    assert!(!text.contains("registrations succeeded"), "{text}");
    let ru = scan(&env, &path, &["--lang", "ru"]);
    assert!(ru.contains("Регистрация отклонена: 403"), "{ru}");
    let zh = scan(&env, &path, &["--lang", "zh"]);
    assert!(zh.contains("注册被拒绝：403"), "{zh}");
}

#[test]
fn a_call_whose_invite_was_not_seen_keeps_its_final_response() {
    let env = TestEnv::new();
    let trace = "SIP/2.0 486 Busy Here\r\n\
                 Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK1\r\n\
                 From: <sip:100@example.com>;tag=a\r\n\
                 To: <sip:200@example.com>;tag=b\r\n\
                 Call-ID: partial-1\r\n\
                 CSeq: 1 INVITE\r\n\
                 Content-Length: 0\r\n\r\n";
    let path = env.dir.path().join("trace.txt");
    std::fs::write(&path, trace).unwrap();
    let r: Value = serde_json::from_str(&scan(&env, &path, &["--json"])).unwrap();
    let call = &r["calls"][0];
    assert_eq!(call["outcome"]["kind"], "partial", "{r:#}");
    assert_eq!(call["final_response"]["code"], 486, "{call:#}");
    assert_eq!(call["findings"][0]["kind"], "partial", "{call:#}");
    assert_eq!(r["registrations"].as_array().unwrap().len(), 0);
}
