//! Which of en/ru/zh to answer in. A pure function of what was asked, table-tested.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// The locales sipkb ships texts for. Chinese is Simplified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// English, the default and the last fallback.
    En,
    /// Russian.
    Ru,
    /// Chinese (Simplified).
    Zh,
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Ru, Locale::Zh];

    /// The tag used in files and output: `en`, `ru`, `zh`.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Zh => "zh",
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.as_str().parse().expect("static tags are valid")
    }

    /// Picks the locale for a list of requested tags, best first. Tags may be BCP 47
    /// (`zh-Hant-TW`) or POSIX (`ru_RU.UTF-8`, `sr_RS@latin`); `C`, `POSIX` and unparsable
    /// tags are skipped. `zh-TW`/`zh-Hant` get Simplified Chinese (the only Chinese we ship);
    /// anything unknown gets English.
    ///
    /// ```
    /// use sipkb::Locale;
    /// assert_eq!(Locale::negotiate(["ru_RU.UTF-8"]), Locale::Ru);
    /// assert_eq!(Locale::negotiate(["C", "zh-Hant"]), Locale::Zh);
    /// assert_eq!(Locale::negotiate(["pt-BR"]), Locale::En);
    /// ```
    pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> Locale {
        let requested: Vec<LanguageIdentifier> =
            requested.into_iter().filter_map(posix_to_langid).collect();
        let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
        let default = Locale::En.langid();
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        );
        chosen
            .first()
            .and_then(|id| Locale::ALL.into_iter().find(|l| &l.langid() == *id))
            .unwrap_or(Locale::En)
    }

    /// The locale of a command line: `flag` (`--lang`) when given, else the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that `env` says is set and non-empty (POSIX
    /// precedence: a set `LC_ALL` wins even when it is `C`), negotiated as
    /// [`Locale::negotiate`] does; English when none names a locale sipkb ships. Pure: `env`
    /// stands for the environment, so the table below tests every rule.
    ///
    /// ```
    /// use sipkb::Locale;
    /// let env = |k: &str| (k == "LANG").then(|| "ru_RU.UTF-8".to_string());
    /// assert_eq!(Locale::choose(None, env), Locale::Ru);
    /// assert_eq!(Locale::choose(Some("zh"), env), Locale::Zh);
    /// ```
    pub fn choose(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Locale {
        if let Some(lang) = flag {
            return Locale::negotiate([lang]);
        }
        let set = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| env(k))
            .find(|v| !v.is_empty());
        Locale::negotiate(set.as_deref())
    }
}

/// `ru_RU.UTF-8` → `ru-RU`; `C`, `POSIX`, empty → none.
fn posix_to_langid(tag: &str) -> Option<LanguageIdentifier> {
    let base = tag.trim().split(['.', '@']).next()?;
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return None;
    }
    base.replace('_', "-").parse().ok()
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Locale {
    type Err = String;
    /// Exactly `en`, `ru` or `zh` (file keys); use [`Locale::negotiate`] for user input.
    fn from_str(s: &str) -> Result<Self, String> {
        Locale::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| format!("{s:?} is not a locale (en, ru, zh)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_table() {
        for (asked, want) in [
            (vec!["ru"], Locale::Ru),
            (vec!["ru-RU"], Locale::Ru),
            (vec!["ru_RU.UTF-8"], Locale::Ru),
            (vec!["ru_RU.KOI8-R"], Locale::Ru),
            (vec!["zh-CN"], Locale::Zh),
            (vec!["zh_CN.GB18030"], Locale::Zh),
            (vec!["zh-TW"], Locale::Zh),
            (vec!["zh_TW"], Locale::Zh),
            (vec!["zh-Hant"], Locale::Zh),
            (vec!["zh-Hant-TW"], Locale::Zh),
            (vec!["zh-HK"], Locale::Zh),
            (vec!["en-GB"], Locale::En),
            (vec!["de_DE@euro"], Locale::En),
            (vec!["uk"], Locale::En),
            (vec!["C"], Locale::En),
            (vec!["POSIX"], Locale::En),
            (vec!["C.UTF-8", "ru_RU.UTF-8"], Locale::Ru),
            (vec![""], Locale::En),
            (vec!["!!"], Locale::En),
            (vec![], Locale::En),
        ] {
            assert_eq!(Locale::negotiate(asked.iter().copied()), want, "{asked:?}");
        }
    }

    #[test]
    fn choice_table() {
        for (flag, vars, want) in [
            (None, vec![], Locale::En),
            (None, vec![("LANG", "ru_RU.UTF-8")], Locale::Ru),
            (
                None,
                vec![("LANG", ""), ("LC_MESSAGES", "zh_CN")],
                Locale::Zh,
            ),
            (
                None,
                vec![("LANG", "zh_CN.UTF-8"), ("LC_MESSAGES", "ru_RU.UTF-8")],
                Locale::Ru,
            ),
            (
                None,
                vec![("LC_MESSAGES", "ru_RU.UTF-8"), ("LC_ALL", "zh_TW")],
                Locale::Zh,
            ),
            // A set LC_ALL decides even when it names no language.
            (
                None,
                vec![("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")],
                Locale::En,
            ),
            (
                None,
                vec![("LC_ALL", ""), ("LANG", "ru_RU.UTF-8")],
                Locale::Ru,
            ),
            (Some("zh"), vec![("LC_ALL", "ru_RU.UTF-8")], Locale::Zh),
            (Some("en"), vec![("LANG", "ru_RU.UTF-8")], Locale::En),
            (Some("de"), vec![("LANG", "ru_RU.UTF-8")], Locale::En),
            (Some("ru_RU.KOI8-R"), vec![], Locale::Ru),
        ] {
            let env = |k: &str| {
                vars.iter()
                    .find(|(name, _)| *name == k)
                    .map(|(_, v)| v.to_string())
            };
            assert_eq!(Locale::choose(flag, env), want, "{flag:?} {vars:?}");
        }
    }
}
