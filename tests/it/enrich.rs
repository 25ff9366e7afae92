//! `sipkb enrich` through the real binary: the CDR layouts of FreeSWITCH, Asterisk, Kamailio
//! and OpenSIPS (fixtures whose headers come from each product's documentation or default
//! template, named in their `.source` files), rows out byte for byte in order, and every kind
//! of bad input with its file:line.

use crate::common::TestEnv;
use serde_json::Value;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cdr")
        .join(name)
}

/// Runs `sipkb enrich ARGS…`; returns (exit code, stdout, stderr).
fn enrich(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().arg("enrich").args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(99),
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        String::from_utf8_lossy(&out.stderr).to_string(),
    )
}

/// The added columns of each output line (the last nine fields of a CSV line split on `sep`;
/// no field sipkb adds to these fixtures holds the separator).
fn added(text: &str, sep: char) -> Vec<Vec<String>> {
    text.lines()
        .map(|l| {
            let fields: Vec<&str> = l.split(sep).collect();
            fields[fields.len() - 9..]
                .iter()
                .map(|s| s.to_string())
                .collect()
        })
        .collect()
}

/// Each output line is the input line with the added columns behind it, in order.
fn assert_passed_through(input: &str, output: &str, sep: char) {
    let ins: Vec<&str> = input.lines().collect();
    let outs: Vec<&str> = output.lines().collect();
    assert_eq!(ins.len(), outs.len(), "one line out per line in");
    for (i, o) in ins.iter().zip(&outs) {
        let rest = o
            .strip_prefix(i)
            .unwrap_or_else(|| panic!("{o:?} does not start with {i:?}"));
        assert_eq!(rest.matches(sep).count(), 9, "nine columns added to {i:?}");
    }
}

/// (code, match, category, side, retry, vendor, id) of the added columns.
fn facts(a: &[String]) -> (&str, &str, &str, &str, &str, &str, &str) {
    (&a[0], &a[2], &a[3], &a[4], &a[5], &a[6], &a[8])
}

#[test]
fn freeswitch_cdr_csv_reads_hangup_cause_names() {
    let env = TestEnv::new();
    let file = fixture("freeswitch-cdr_csv.csv");
    let (code, out, err) = enrich(&env, &[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_passed_through(&std::fs::read_to_string(&file).unwrap(), &out, ',');
    let a = added(&out, ',');
    assert_eq!(
        a[0].join(","),
        "sipkb_code,sipkb_class,sipkb_match,sipkb_category,sipkb_side,sipkb_retry,sipkb_vendor,sipkb_title,sipkb_id"
    );
    // NORMAL_CLEARING is a cause that maps to no response (RFC 3398 §7.2.4.1): read, no code.
    assert_eq!(facts(&a[1]), ("", "cause", "", "", "", "", ""));
    assert_eq!(a[1][7], "Normal call clearing");
    assert_eq!(
        facts(&a[2]),
        (
            "486",
            "cause",
            "user-state",
            "callee",
            "later",
            "",
            "sip-486"
        )
    );
    assert_eq!(facts(&a[3]).0, "480");
    assert_eq!(
        facts(&a[4]),
        ("403", "cause", "policy", "caller", "never", "", "sip-403")
    );
    assert_eq!(facts(&a[5]).0, "404");
    assert_eq!(
        facts(&a[6]),
        (
            "503",
            "cause",
            "capacity",
            "operator",
            "elsewhere",
            "",
            "sip-503"
        )
    );
    // ORIGINATOR_CANCEL is FreeSWITCH's own 487, not a Q.850 cause: unread, counted.
    assert!(a[7].iter().all(String::is_empty), "{:?}", a[7]);
    assert!(
        err.contains("Rows: 8") && err.contains("unread: 1"),
        "{err}"
    );
    assert!(
        err.contains("ORIGINATOR_CANCEL"),
        "the unread value is listed: {err}"
    );
}

#[test]
fn freeswitch_json_cdr_reads_variables() {
    let env = TestEnv::new();
    let file = fixture("freeswitch-json_cdr.jsonl");
    let input = std::fs::read_to_string(&file).unwrap();
    let (code, out, err) = enrich(&env, &[file.to_str().unwrap(), "--lang", "ru"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), input.lines().count());
    for (i, o) in input.lines().zip(&lines) {
        // The object is written back as it came, the members added before its closing brace.
        assert!(o.starts_with(&i[..i.len() - 1]), "{o}");
        let original: Value = serde_json::from_str(i).unwrap();
        let enriched: Value = serde_json::from_str(o).unwrap();
        for (k, v) in original.as_object().unwrap() {
            assert_eq!(&enriched[k], v);
        }
    }
    let v: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v[0]["sipkb_code"], 200);
    assert_eq!(v[0]["sipkb_category"], "success");
    assert_eq!(
        v[1]["sipkb_match"], "canonical",
        "486 Busy Here is the code's own phrase"
    );
    assert_eq!(v[2]["sipkb_id"], "sip-480--ru-softswitch--no-money-left");
    assert_eq!(v[2]["sipkb_category"], "billing");
    assert_eq!(v[2]["sipkb_side"], "account");
    assert!(crate::common::has_cyrillic(
        v[2]["sipkb_title"].as_str().unwrap()
    ));
    assert_eq!(v[3]["sipkb_vendor"], "ru-softswitch");
    assert_eq!(v[4]["sipkb_code"], Value::Null, "ORIGINATOR_CANCEL: unread");
    assert_eq!(v[5]["sipkb_code"], 503);
}

#[test]
fn asterisk_master_csv_and_cel() {
    let env = TestEnv::new();
    let file = fixture("asterisk-master.csv");
    let (code, out, err) = enrich(&env, &[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // clid holds `"Alice" <200>`, quoted with doubled quotes: the row still comes out as it was.
    assert_passed_through(&std::fs::read_to_string(&file).unwrap(), &out, ',');
    let a = added(&out, ',');
    // Only BUSY and CONGESTION name one cause each (main/cdr.c).
    let codes: Vec<&str> = a[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(codes, ["", "486", "", "503", ""]);

    let file = fixture("asterisk-cel.csv");
    let (code, out, err) = enrich(&env, &[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let input = std::fs::read_to_string(&file).unwrap();
    assert_eq!(out.lines().count(), input.lines().count());
    for (i, o) in input.lines().zip(out.lines()) {
        assert!(o.starts_with(i));
    }
    // The HANGUP events' Extra JSON holds the cause; the other events have none.
    let codes: Vec<String> = out
        .lines()
        .skip(1)
        .map(|l| {
            let rec: Vec<String> = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(l.as_bytes())
                .records()
                .next()
                .unwrap()
                .unwrap()
                .iter()
                .map(String::from)
                .collect();
            format!("{}:{}", rec[0], rec[rec.len() - 9])
        })
        .filter(|s| !s.ends_with(':'))
        .collect();
    assert_eq!(codes, ["HANGUP:486", "HANGUP:486", "HANGUP:503"]);
}

#[test]
fn kamailio_acc_tab_separated() {
    let env = TestEnv::new();
    let file = fixture("kamailio-acc.tsv");
    let (code, out, err) = enrich(&env, &[file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_passed_through(&std::fs::read_to_string(&file).unwrap(), &out, '\t');
    let a = added(&out, '\t');
    assert_eq!(a[0][0], "sipkb_code", "the header gets tab-separated names");
    assert_eq!(
        facts(&a[1]),
        ("200", "canonical", "success", "none", "none", "", "sip-200")
    );
    assert_eq!(
        facts(&a[4]),
        (
            "487",
            "canonical",
            "user-state",
            "none",
            "never",
            "",
            "sip-487"
        )
    );
    assert_eq!(
        facts(&a[7]),
        (
            "408",
            "canonical",
            "timeout",
            "carrier",
            "later",
            "",
            "sip-408"
        )
    );
    assert!(
        err.contains("Rows: 9") && err.contains("unread: 0"),
        "{err}"
    );
}

#[test]
fn opensips_acc_vendor_phrases_and_summary_json() {
    let env = TestEnv::new();
    let file = fixture("opensips-acc.csv");
    let summary = env.path("summary.json");
    let output = env.path("out.csv");
    let (code, out, err) = enrich(
        &env,
        &[
            file.to_str().unwrap(),
            "-o",
            output.to_str().unwrap(),
            "--summary-json",
            summary.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "-o writes the file, not stdout");
    let out = std::fs::read_to_string(&output).unwrap();
    assert_passed_through(&std::fs::read_to_string(&file).unwrap(), &out, ',');
    let a = added(&out, ',');
    assert_eq!(
        facts(&a[2]),
        (
            "480",
            "variant",
            "billing",
            "account",
            "fix",
            "ru-softswitch",
            "sip-480--ru-softswitch--no-money-left"
        )
    );
    assert_eq!(facts(&a[3]).6, "sip-403--ru-softswitch--wrong-guess");
    assert_eq!(facts(&a[4]).6, "sip-488--ru-softswitch--codec-mismatch");
    assert_eq!(
        facts(&a[5]).1,
        "canonical",
        "486 Busy Here: the standard meaning"
    );
    assert_eq!(
        facts(&a[7]).6,
        "sip-403--ru-softswitch--wrong-guess",
        "a close typo is the variant"
    );
    // 499 is unregistered: handled as 400 (RFC 3261 §8.1.3.2), the vendor's meaning kept.
    assert_eq!(
        facts(&a[8]),
        (
            "499",
            "class",
            "media",
            "caller",
            "fix",
            "ru-softswitch",
            "sip-499--ru-softswitch--codec-mismatch"
        )
    );
    assert_eq!(
        facts(&a[9]),
        (
            "404",
            "unknown_variant",
            "routing",
            "caller",
            "never",
            "",
            "sip-404"
        )
    );

    let s: Value = serde_json::from_str(&std::fs::read_to_string(&summary).unwrap()).unwrap();
    assert_eq!(s["rows"], 9);
    assert_eq!(s["enriched"], 9);
    assert_eq!(s["failures"], 8);
    assert_eq!(s["by_category"]["auth"], 2);
    assert_eq!(s["by_side"]["caller"], 5);
    assert_eq!(s["by_side"]["account"], 1);
    assert_eq!(s["files"][0]["columns"]["code"], "sip_code");
    assert_eq!(s["files"][0]["columns"]["phrase"], "sip_reason");
    // "Wrong Guess" and "Wrong Gues" are two outcomes, each once; the top list is by count.
    let top = s["top_failures"].as_array().unwrap();
    assert_eq!(top.len(), 8);
    assert!(
        top.iter()
            .all(|t| t["count"] == 1 && t["answer"]["category"].is_string())
    );
}

#[test]
fn columns_named_by_options_and_detection_errors() {
    let env = TestEnv::new();
    let cdr = env.write(
        "custom.csv",
        "call;status;text\nc1;486;Busy Here\nc2;480;No money left\n",
    );
    let (code, _, err) = enrich(&env, &[cdr.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("custom.csv:1:") && err.contains("call, status, text"),
        "names the columns found: {err}"
    );
    let (code, out, err) = enrich(
        &env,
        &[
            cdr.to_str().unwrap(),
            "--code-column",
            "STATUS",
            "--phrase-column",
            "text",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.lines()
            .nth(2)
            .unwrap()
            .starts_with("c2;480;No money left;480;4xx;variant;billing"),
        "{out}"
    );
    let (code, _, err) = enrich(&env, &[cdr.to_str().unwrap(), "--cause-column", "why"]);
    assert_eq!(code, 2);
    assert!(err.contains("--cause-column why"), "{err}");
    // A file enriched before is refused rather than given the columns twice.
    let again = env.write("again.csv", &out);
    let (code, _, err) = enrich(&env, &[again.to_str().unwrap(), "--code-column", "status"]);
    assert_eq!(code, 2);
    assert!(err.contains("sipkb_code"), "{err}");
}

#[test]
fn stdin_format_sniffing_and_several_files() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["enrich", "-"])
        .write_stdin("{\"sip_code\":\"486\",\"sip_reason\":\"Busy Here\"}\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["sipkb_code"], 486);

    let a = env.write("a.csv", "sip_code,sip_reason\n486,Busy Here\n");
    let b = env.write("b.csv", "SIP_CODE,SIP_REASON\n480,No money left\n");
    let (code, out, err) = enrich(&env, &[a.to_str().unwrap(), b.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.lines().count(),
        3,
        "one header, then both files' rows: {out}"
    );
    let c = env.write("c.csv", "sip_code,sip_reason,extra\n480,No money left,x\n");
    let (code, _, err) = enrich(&env, &[a.to_str().unwrap(), c.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("c.csv:1:") && err.contains("a.csv"), "{err}");
}

/// The forms a cause or code takes in the switches' records: Asterisk's HANGUPCAUSE variable
/// (a number, or `SIP 486 Busy Here` from HANGUPCAUSE(…,tech) on PJSIP), an AST_CAUSE_ name,
/// FreeSWITCH's `sip:480` (proto_specific_hangup_cause).
#[test]
fn cause_and_code_forms() {
    let env = TestEnv::new();
    let ast = env.write(
        "ast.csv",
        "uniqueid,HANGUPCAUSE\n1,17\n2,SIP 480 No money left\n3,AST_CAUSE_CONGESTION\n4,128\n5,\n",
    );
    let (code, out, err) = enrich(&env, &[ast.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let a = added(&out, ',');
    assert_eq!(facts(&a[1]).0, "486");
    assert_eq!(facts(&a[2]).6, "sip-480--ru-softswitch--no-money-left");
    assert_eq!(
        facts(&a[3]),
        (
            "503",
            "cause",
            "capacity",
            "operator",
            "elsewhere",
            "",
            "sip-503"
        )
    );
    assert!(a[4].iter().all(String::is_empty), "128 is no Q.850 cause");
    assert!(a[5].iter().all(String::is_empty));
    let fs = env.write("fs.csv", "uuid,proto_specific_hangup_cause\nu1,sip:480\n");
    let (code, out, _) = enrich(&env, &[fs.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(
        facts(&added(&out, ',')[1]),
        (
            "480",
            "canonical",
            "user-state",
            "callee",
            "later",
            "",
            "sip-480"
        )
    );
}
