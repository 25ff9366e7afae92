//! Who sent a response, from its `Server:` or `User-Agent:` header (RFC 3261 §20.35, §20.41):
//! `Server: kamailio (5.6.1 (x86_64/linux))` names Kamailio. The products' signatures are data
//! (data/senders.toml, with where each product sets its header); this module only applies
//! them. A named sender wins over a guess from the phrase (issue #18, item 4).

use crate::builtin;
use crate::reading::{Term, fold};
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A response's sender, as its header names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sender {
    /// The vendor list of the product (`kamailio`).
    pub vendor: String,
    /// The header that named it, as given (`Server: kamailio (5.6.1 (x86_64/linux))`).
    pub header: String,
    /// Where the product sets that header (data/senders.toml); none when the header merely
    /// spells the list's slug.
    pub source: Option<String>,
    /// How sure: `source` (the signature read in the product's code), `observed` (seen in
    /// public traces) or `name` (the header spells the list's slug).
    pub confidence: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    sender: Vec<Raw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    vendor: String,
    words: Vec<String>,
    #[allow(dead_code)] // documentation for whoever edits the file
    example: String,
    source: String,
    confidence: String,
}

struct Rule {
    vendor: String,
    terms: Vec<Term>,
    source: String,
    confidence: String,
}

fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let file: File =
            toml::from_str(builtin::senders().text).expect("the embedded data/senders.toml parses");
        file.sender
            .into_iter()
            .map(|r| Rule {
                terms: r.words.iter().map(|w| Term::compile(w)).collect(),
                vendor: r.vendor,
                source: r.source,
                confidence: r.confidence,
            })
            .collect()
    })
}

/// The vendor a `Server:`/`User-Agent:` value names, with the rule's provenance.
fn rule_for(value: &str) -> Option<&'static Rule> {
    let folded = fold(value);
    rules()
        .iter()
        .find(|r| r.terms.iter().any(|t| t.find(&folded).is_some()))
}

/// A vendor whose slug's words are in a header value (`Server: A1ROUTES` → `a1routes`):
/// a product that names itself by the name its list has, when data/senders.toml has no
/// signature for it.
fn slug_in(value: &str, slugs: &[String]) -> Option<String> {
    let folded = fold(value);
    slugs
        .iter()
        .find(|slug| {
            Term::compile(&slug.replace('-', " "))
                .find(&folded)
                .is_some()
        })
        .cloned()
}

/// The sender named by the `Server:` header among `lines` (header lines as given), else by
/// the `User-Agent:` header: in a response the first is the answering server's own
/// signature, the second what a user agent answering as a client calls itself. A value no
/// signature matches names the list among `slugs` whose slug it spells out.
pub fn from_headers<S: AsRef<str>>(lines: &[S], slugs: &[String]) -> Option<Sender> {
    ["server", "user-agent"].iter().find_map(|want| {
        lines.iter().find_map(|line| {
            let line = line.as_ref().trim();
            let (name, value) = line.split_once(':')?;
            if !name.trim().eq_ignore_ascii_case(want) {
                return None;
            }
            let header = line.to_string();
            match rule_for(value) {
                Some(rule) => Some(Sender {
                    vendor: rule.vendor.clone(),
                    header,
                    source: Some(rule.source.clone()),
                    confidence: rule.confidence.clone(),
                }),
                None => slug_in(value, slugs).map(|vendor| Sender {
                    vendor,
                    header,
                    source: None,
                    confidence: "name".into(),
                }),
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vendor(line: &str) -> Option<String> {
        from_headers(&[line], &[]).map(|s| s.vendor)
    }

    #[test]
    fn real_signatures_name_their_product() {
        // Values as they appear in the traces under tests/fixtures/logs/real/.
        assert_eq!(
            vendor("Server: kamailio (5.6.1 (x86_64/linux))").as_deref(),
            Some("kamailio")
        );
        assert_eq!(
            vendor("Server: Asterisk PBX 16.2.1~dfsg-1+deb10u1").as_deref(),
            Some("asterisk")
        );
        assert_eq!(
            vendor("User-Agent: FreeSWITCH-mod_sofia/1.10.5-release.8~64bit").as_deref(),
            Some("freeswitch")
        );
        assert_eq!(vendor("User-Agent: JsSIP 3.5.3").as_deref(), Some("jssip"));
        assert_eq!(
            vendor("user-agent: SIP.js/0.21.2").as_deref(),
            Some("sipjs")
        );
        assert_eq!(
            vendor("SERVER: Microsoft.PSTNHub.SIPProxy v.2020.7.31.1 i.USWE2.3").as_deref(),
            Some("ms-teams")
        );
        assert_eq!(
            vendor("User-Agent: LinphoneAndroid/4.6.2 (belle-sip/4.5.3)").as_deref(),
            Some("linphone")
        );
    }

    #[test]
    fn unknown_or_other_headers_name_nobody() {
        assert_eq!(vendor("User-Agent: Calliope UC2me 3.6"), None);
        assert_eq!(
            vendor("Server: Mobicents Sip Servlets 3.0.0-SNAPSHOT"),
            None
        );
        // A product named in another header is not the sender.
        assert_eq!(vendor("Contact: <sip:kamailio@10.0.0.1>"), None);
        // `sip` alone is no signature of SIP.js, nor `pjsipx` of pjproject.
        assert_eq!(vendor("User-Agent: my sip phone"), None);
        assert_eq!(vendor("User-Agent: pjsipx 1.0"), None);
    }

    #[test]
    fn server_wins_over_user_agent() {
        let lines = ["User-Agent: JsSIP 3.5.3", "Server: Asterisk PBX 11.12.1"];
        assert_eq!(
            from_headers(&lines, &[]).map(|s| s.vendor).as_deref(),
            Some("asterisk")
        );
    }

    #[test]
    fn a_header_spelling_a_slug_names_that_list() {
        let slugs = ["a1routes".to_string(), "ribbon-sbc".to_string()];
        let s = from_headers(&["Server: A1ROUTES"], &slugs).unwrap();
        assert_eq!(
            (s.vendor.as_str(), s.confidence.as_str()),
            ("a1routes", "name")
        );
        assert_eq!(
            from_headers(&["Server: Ribbon SBC V10"], &slugs)
                .map(|s| s.vendor)
                .as_deref(),
            Some("ribbon-sbc")
        );
        assert_eq!(from_headers(&["Server: ribbon"], &slugs), None);
    }

    #[test]
    fn every_rule_names_a_builtin_list() {
        let slugs: Vec<String> = builtin::vendor_lists()
            .iter()
            .map(|f| builtin::list_slug(f).to_string())
            .collect();
        for r in rules() {
            assert!(
                slugs.contains(&r.vendor),
                "data/senders.toml names unknown list {}",
                r.vendor
            );
            assert!(
                ["source", "observed"].contains(&r.confidence.as_str()),
                "{}",
                r.vendor
            );
            assert!(
                r.source.contains("https://") || r.source.contains('@'),
                "{}",
                r.vendor
            );
        }
    }
}
