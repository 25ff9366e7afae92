//! `data/codes.toml`: the canonical registry, one `[[code]]` table per IANA-registered code.

use crate::error::{Error, Result};
use crate::model::{CATEGORIES, CodeEntry, RETRY_ADVICE, SIDES, SipCode};
use serde::Deserialize;
use std::collections::HashSet;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCode {
    code: Spanned<i64>,
    reason: String,
    wire: Option<String>,
    rfc: Vec<String>,
    category: Spanned<String>,
    retry: Spanned<String>,
    side: Spanned<String>,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCodes {
    code: Vec<RawCode>,
}

/// Reads and validates the canonical registry.
pub fn read_codes(name: &str, text: &str) -> Result<Vec<CodeEntry>> {
    let mut p = Problems::new(name, text);
    let raw: RawCodes = match ::toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            p.add(e.span().map(|s| s.start).unwrap_or(0), "", e.message());
            return Err(p.into_error());
        }
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for c in raw.code {
        let at = c.code.span().start;
        let Some(code) = u16::try_from(*c.code.get_ref()).ok().and_then(SipCode::new) else {
            p.add(
                at,
                "code",
                &format!("{} is not 100 to 699", c.code.get_ref()),
            );
            continue;
        };
        if !seen.insert(code) {
            p.add(at, "code", &format!("{code} appears twice"));
        }
        if !CATEGORIES.contains(&c.category.get_ref().as_str()) {
            p.add(
                c.category.span().start,
                "category",
                &format!("{:?} is unknown", c.category.get_ref()),
            );
        }
        if !RETRY_ADVICE.contains(&c.retry.get_ref().as_str()) {
            p.add(
                c.retry.span().start,
                "retry",
                &format!("{:?} is unknown", c.retry.get_ref()),
            );
        }
        if !SIDES.contains(&c.side.get_ref().as_str()) {
            p.add(
                c.side.span().start,
                "side",
                &format!("{:?} is unknown", c.side.get_ref()),
            );
        }
        out.push(CodeEntry {
            code,
            reason: c.reason,
            wire: c.wire,
            rfc: c.rfc,
            category: c.category.into_inner(),
            // Filled from data/q850.toml (RFC 3398 §8.2.6.1) when the registry is loaded.
            q850: None,
            retry: c.retry.into_inner(),
            side: c.side.into_inner(),
            aliases: c.aliases,
        });
    }
    p.finish(out)
}

/// Collects every problem of one file, each as `file:line: field: reason`.
pub(crate) struct Problems<'a> {
    name: &'a str,
    text: &'a str,
    found: Vec<String>,
}

impl<'a> Problems<'a> {
    pub(crate) fn new(name: &'a str, text: &'a str) -> Self {
        Problems {
            name,
            text,
            found: Vec::new(),
        }
    }

    /// The 1-based line of a byte offset.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.text.as_bytes()[..offset.min(self.text.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    pub(crate) fn add(&mut self, offset: usize, field: &str, reason: &str) {
        let line = self.line_of(offset);
        let reason = reason.trim().replace('\n', " ");
        self.found.push(if field.is_empty() {
            format!("{}:{line}: {reason}", self.name)
        } else {
            format!("{}:{line}: {field}: {reason}", self.name)
        });
    }

    pub(crate) fn into_error(self) -> Error {
        Error::Embedded(self.found.join("\n"))
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.into_error())
        }
    }
}
