//! Every Fluent file parses; every message and attribute exists in en, ru and zh; every code of
//! the registry and every message a built-in list names has its five parts.

use fluent_syntax::ast::{Entry, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// id → attribute names, plus whether each text is non-empty.
fn read_locale(locale: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    let dir = root().join("locales").join(locale);
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
        for e in resource.body {
            match e {
                Entry::Message(m) => {
                    let mut attrs: BTreeSet<String> =
                        m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                    for a in &m.attributes {
                        assert!(
                            !is_empty(&a.value),
                            "{}: {}.{} is empty",
                            path.display(),
                            m.id.name,
                            a.id.name
                        );
                    }
                    if m.value.is_some() {
                        attrs.insert("=".into());
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        out.insert(id.clone(), attrs).is_none(),
                        "{}: {id} defined twice",
                        path.display()
                    );
                }
                Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
                _ => {}
            }
        }
    }
    out
}

fn is_empty(p: &Pattern<&str>) -> bool {
    p.elements
        .iter()
        .all(|e| matches!(e, PatternElement::TextElement { value } if value.trim().is_empty()))
}

fn toml_values(path: &Path, key: &str) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter_map(|l| l.strip_prefix(&format!("{key} = ")))
        .map(|v| v.trim_matches('"').to_string())
        .collect()
}

#[test]
fn every_locale_has_every_message_and_attribute() {
    let en = read_locale("en");
    for locale in ["ru", "zh"] {
        let other = read_locale(locale);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, extra {extra:?}"
        );
        for (id, attrs) in &en {
            assert_eq!(&other[id], attrs, "{locale}: {id} has other attributes");
        }
    }
}

/// The parts an explanation may have, as Fluent attributes (sipkb's `PARTS`).
const ALLOWED: &[&str] = &[
    "title",
    "summary",
    "causes",
    "actions",
    "ui",
    "impact",
    "confirm",
    "asterisk",
    "freeswitch",
    "kamailio",
    "opensips",
];
const FIVE: &[&str] = &["title", "summary", "causes", "actions", "ui"];
const PLATFORMS: &[&str] = &["asterisk", "freeswitch", "kamailio", "opensips"];

#[test]
fn every_code_and_builtin_variant_has_the_five_parts_and_failures_their_depth() {
    let en = read_locale("en");
    let codes = toml_values(&root().join("data/codes.toml"), "code");
    let mut ids: Vec<(String, bool)> = codes
        .iter()
        .map(|c| (format!("sip-{c}"), c.as_str() >= "400"))
        .collect();
    ids.extend((1..=6).map(|c| (format!("class-{c}xx"), false)));
    for entry in std::fs::read_dir(root().join("data/vendors")).unwrap() {
        ids.extend(
            toml_values(&entry.unwrap().path(), "message")
                .into_iter()
                .map(|m| (m, true)),
        );
    }
    assert!(ids.len() > 75 + 6 + 41 + 58, "{} ids", ids.len());
    let (mut deep, mut hinted) = (0, 0);
    for (id, failure) in ids {
        let attrs = en.get(&id).unwrap_or_else(|| panic!("no message {id}"));
        for part in FIVE {
            assert!(attrs.contains(*part), "{id} has no .{part}");
        }
        for a in attrs {
            assert!(
                ALLOWED.contains(&a.as_str()),
                "{id}: unknown attribute .{a}"
            );
        }
        if failure {
            // Issue #7: every 4xx–6xx code and every vendor variant says what the caller
            // notices and how to confirm the cause.
            assert!(
                attrs.contains("impact") && attrs.contains("confirm"),
                "{id} has no .impact or .confirm"
            );
            deep += 1;
            hinted += usize::from(PLATFORMS.iter().any(|p| attrs.contains(*p)));
        }
    }
    // Platform hints are written where one applies: nearly everywhere, not necessarily
    // for a handset's internal codes.
    assert!(
        hinted * 10 >= deep * 9,
        "only {hinted} of {deep} entries have platform hints"
    );
}
