//! `data/hints.toml`: the versions the platform hints (the `.asterisk`, `.freeswitch`,
//! `.kamailio` and `.opensips` parts of the built-in texts) were checked for, per platform, and
//! the messages whose hints were checked for narrower or other versions. Validated strictly: a
//! broken file is a broken build.

use super::codes::Problems;
use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;
use toml::Spanned;

/// The platforms hints are written for, as the parts of a text name them.
pub const PLATFORMS: [&str; 4] = ["asterisk", "freeswitch", "kamailio", "opensips"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlatform {
    versions: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawException {
    message: String,
    platform: Spanned<String>,
    versions: String,
    /// Why, with the source that shows it: for people reading the file.
    #[allow(dead_code)]
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHints {
    platform: BTreeMap<String, Spanned<RawPlatform>>,
    #[serde(default)]
    exception: Vec<RawException>,
}

/// The versions each platform's hints were checked for.
#[derive(Debug, Clone, Default)]
pub struct HintVersions {
    platforms: BTreeMap<String, String>,
    exceptions: HashMap<(String, String), String>,
}

impl HintVersions {
    /// The versions the `platform` hints of message `id` were checked for: the message's own
    /// exception, else the platform's; none for a platform the file does not know.
    pub fn of(&self, id: &str, platform: &str) -> Option<&str> {
        self.exceptions
            .get(&(id.to_string(), platform.to_string()))
            .or_else(|| self.platforms.get(platform))
            .map(String::as_str)
    }
}

/// The built-in `data/hints.toml`, read once.
pub fn builtin_hints() -> Result<&'static HintVersions> {
    static HINTS: OnceLock<std::result::Result<HintVersions, String>> = OnceLock::new();
    HINTS
        .get_or_init(|| {
            let f = crate::builtin::hints();
            read_hints(&f.path, f.text).map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::Embedded(e.clone()))
}

/// Reads and validates the hint versions: each of the four platforms once, exceptions naming
/// one of them, at most one exception per message and platform.
pub fn read_hints(name: &str, text: &str) -> Result<HintVersions> {
    let mut p = Problems::new(name, text);
    let raw: RawHints = match ::toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            p.add(e.span().map(|s| s.start).unwrap_or(0), "", e.message());
            return Err(p.into_error());
        }
    };
    let mut out = HintVersions::default();
    for (platform, versions) in raw.platform {
        if !PLATFORMS.contains(&platform.as_str()) {
            let known = PLATFORMS.join(", ");
            p.add(
                versions.span().start,
                "platform",
                &format!("{platform}: not one of {known}"),
            );
        }
        out.platforms
            .insert(platform, versions.into_inner().versions);
    }
    for platform in PLATFORMS
        .iter()
        .filter(|pl| !out.platforms.contains_key(**pl))
    {
        p.add(0, "platform", &format!("no versions for {platform}"));
    }
    for e in raw.exception {
        let at = e.platform.span().start;
        let platform = e.platform.into_inner();
        if !PLATFORMS.contains(&platform.as_str()) {
            p.add(at, "platform", &format!("{platform}: not a platform"));
        }
        if out
            .exceptions
            .insert((e.message.clone(), platform), e.versions)
            .is_some()
        {
            p.add(at, "message", &format!("{}: a second exception", e.message));
        }
    }
    p.finish(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "[platform.kamailio]\nversions = \"K 5\"\n[platform.opensips]\n\
        versions = \"O 3\"\n[platform.asterisk]\nversions = \"A 20\"\n\
        [platform.freeswitch]\nversions = \"F 1.10\"\n";

    #[test]
    fn an_exception_narrows_one_message() {
        let text = format!(
            "{BASE}[[exception]]\nmessage = \"sip-428\"\nplatform = \"opensips\"\n\
             versions = \"O 3.5+\"\nwhy = \"x\"\n"
        );
        let v = read_hints("hints.toml", &text).unwrap();
        assert_eq!(v.of("sip-428", "opensips"), Some("O 3.5+"));
        assert_eq!(v.of("sip-428", "kamailio"), Some("K 5"));
        assert_eq!(v.of("sip-480", "opensips"), Some("O 3"));
        assert_eq!(v.of("sip-480", "yate"), None);
    }

    #[test]
    fn an_unknown_platform_or_a_missing_one_is_an_error() {
        let text = format!("{BASE}[platform.yate]\nversions = \"Y 6\"\n");
        let err = read_hints("hints.toml", &text).unwrap_err().to_string();
        assert!(err.contains("hints.toml:9: platform: yate"), "{err}");
        let err = read_hints("hints.toml", "[platform.kamailio]\nversions = \"K\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("no versions for asterisk"), "{err}");
    }

    #[test]
    fn the_built_in_file_reads() {
        let v = builtin_hints().unwrap();
        assert_eq!(
            v.of("sip-480", "asterisk"),
            Some("Asterisk 20+ (chan_pjsip)")
        );
        assert_eq!(v.of("sip-428", "opensips"), Some("OpenSIPS 3.5+"));
    }
}
