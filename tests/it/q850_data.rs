//! data/q850.toml (ITU-T Q.850 causes, RFC 3398 mappings) is well formed, keeps the well-known
//! RFC 3398 anchor rows, and every cause has its `q850-<value>` message in every locale.

use fluent_syntax::ast::Entry;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use toml::{Table, Value};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn data() -> Table {
    let text = std::fs::read_to_string(root().join("data/q850.toml")).unwrap();
    toml::from_str(&text).expect("data/q850.toml parses")
}

fn rows<'a>(data: &'a Table, key: &str) -> &'a Vec<Value> {
    data.get(key)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("no [[{key}]] list"))
}

fn int(row: &Value, key: &str) -> Option<i64> {
    row.get(key).map(|v| {
        v.as_integer()
            .unwrap_or_else(|| panic!("{key} is not an integer: {row:?}"))
    })
}

/// Cause value → its table.
fn causes(data: &Table) -> BTreeMap<i64, &Value> {
    let mut out = BTreeMap::new();
    for row in rows(data, "cause") {
        let value = int(row, "value").expect("cause without value");
        assert!(
            out.insert(value, row).is_none(),
            "cause {value} listed twice"
        );
    }
    out
}

fn class_of(value: i64) -> &'static str {
    match value {
        1..=31 => "normal",
        32..=47 => "resource-unavailable",
        48..=63 => "service-unavailable",
        64..=79 => "service-not-implemented",
        80..=95 => "invalid-message",
        96..=111 => "protocol-error",
        112..=127 => "interworking",
        _ => panic!("cause {value} outside 1-127"),
    }
}

#[test]
fn causes_are_unique_in_range_and_well_formed() {
    let data = data();
    let causes = causes(&data);
    assert!(causes.len() >= 60, "only {} causes", causes.len());
    for (&value, row) in &causes {
        assert!((1..=127).contains(&value), "cause {value} outside 1-127");
        let name = row.get("name").and_then(Value::as_str).unwrap_or("");
        assert!(!name.trim().is_empty(), "cause {value} has no name");
        let class = row.get("class").and_then(Value::as_str);
        assert_eq!(
            class,
            Some(class_of(value)),
            "cause {value} has the wrong class"
        );
        if let Some(sip) = int(row, "to_sip") {
            assert!(
                (300..=699).contains(&sip),
                "cause {value}: to_sip {sip} is not 300-699"
            );
        }
        if let Some(fs) = row.get("freeswitch") {
            let fs = fs.as_str().expect("freeswitch is a string");
            assert!(
                !fs.is_empty() && fs.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
                "cause {value}: odd FreeSWITCH name {fs:?}"
            );
        }
        if let Some(ast) = row.get("asterisk") {
            let ast = ast.as_array().expect("asterisk is an array");
            assert!(!ast.is_empty(), "cause {value}: empty asterisk list");
            for a in ast {
                let a = a.as_str().expect("asterisk names are strings");
                assert!(
                    a.starts_with("AST_CAUSE_"),
                    "cause {value}: odd Asterisk name {a:?}"
                );
            }
        }
    }
}

#[test]
fn rfc3398_cause_to_sip_anchor_rows() {
    let data = data();
    let causes = causes(&data);
    for (cause, sip) in [
        (1, 404),
        (17, 486),
        (18, 408),
        (19, 480),
        (21, 403),
        (27, 502),
        (28, 484),
        (29, 501),
        (34, 503),
        (102, 504),
        (127, 500),
    ] {
        let row = causes
            .get(&cause)
            .unwrap_or_else(|| panic!("no cause {cause}"));
        assert_eq!(int(row, "to_sip"), Some(sip), "cause {cause} → SIP");
    }
    // Normal call clearing is a BYE/CANCEL, never a response.
    assert_eq!(int(causes[&16], "to_sip"), None);
}

#[test]
fn rfc3398_sip_to_cause_rows() {
    let data = data();
    let causes = causes(&data);
    let mut map = BTreeMap::new();
    for row in rows(&data, "sip_to_q850") {
        let sip = int(row, "sip").expect("sip_to_q850 row without sip");
        assert!(
            (400..=699).contains(&sip),
            "sip_to_q850: {sip} is not a failure response"
        );
        let cause = int(row, "cause");
        if let Some(c) = cause {
            assert!(
                causes.contains_key(&c),
                "sip_to_q850: {sip} → unknown cause {c}"
            );
        }
        assert!(
            map.insert(sip, cause).is_none(),
            "sip_to_q850: {sip} listed twice"
        );
    }
    for (sip, cause) in [
        (404, 1),
        (486, 17),
        (480, 18),
        (503, 41),
        (408, 102),
        (603, 21),
        (505, 127),
    ] {
        assert_eq!(map.get(&sip), Some(&Some(cause)), "SIP {sip} → cause");
    }
    // The RFC gives no cause for these.
    for sip in [487, 488, 606] {
        assert_eq!(
            map.get(&sip),
            Some(&None),
            "SIP {sip} has no cause in RFC 3398"
        );
    }
}

#[test]
fn every_cause_has_its_message_in_every_locale() {
    let data = data();
    let causes = causes(&data);
    let want: BTreeSet<String> = ["title", "summary", "actions"].map(String::from).into();
    for locale in ["en", "ru", "zh"] {
        let path = root().join("locales").join(locale).join("q850.ftl");
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
        let mut messages = BTreeMap::new();
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let attrs: BTreeSet<String> =
                        m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                    messages.insert(m.id.name.to_string(), attrs);
                }
                Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
                _ => {}
            }
        }
        for value in causes.keys() {
            let id = format!("q850-{value}");
            let attrs = messages
                .remove(&id)
                .unwrap_or_else(|| panic!("{locale}: no message {id}"));
            assert!(attrs.is_superset(&want), "{locale}: {id} has {attrs:?}");
        }
        assert!(
            messages.is_empty(),
            "{locale}: messages for no cause: {:?}",
            messages.keys()
        );
    }
}
