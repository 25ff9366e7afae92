//! Reading vendor lists and the canonical registry: raw file rows → validated domain values at
//! the boundary, so that invalid data never reaches the store. Built-in lists and user imports
//! take the same path.

mod codes;
mod toml;

pub use codes::read_codes;
pub use toml::read as read_toml;

use crate::builtin::hex;
use crate::error::{Error, Result};
use crate::i18n::escape_ftl;
use crate::model::{Source, VendorList};
use sha2::{Digest, Sha256};

/// The longest phrase accepted, in characters.
pub const MAX_PHRASE: usize = 256;

/// Provenance of a file's bytes.
pub fn source_of(name: &str, bytes: &[u8], builtin: bool) -> Source {
    Source {
        name: name.to_string(),
        sha256: hex(&Sha256::digest(bytes)),
        builtin,
    }
}

/// Reads one vendor list, choosing the format by the file name's extension.
pub fn read_list(name: &str, text: &str) -> Result<VendorList> {
    if name.to_ascii_lowercase().ends_with(".toml") {
        read_toml(name, text)
    } else {
        Err(Error::InvalidList(vec![format!(
            "{name}: unknown list format (expected a .toml file)"
        )]))
    }
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
        Error::InvalidList(self.found)
    }

    pub(crate) fn finish<T>(self, value: T) -> Result<T> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.into_error())
        }
    }
}

pub(crate) fn valid_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A Fluent identifier: `[a-zA-Z][a-zA-Z0-9_-]*`.
pub(crate) fn valid_message_id(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// A phrase is non-empty, at most [`MAX_PHRASE`] characters, without control characters.
pub(crate) fn validate_phrase(phrase: &str) -> Result<(), String> {
    if phrase.is_empty() {
        return Err("is empty".into());
    }
    let len = phrase.chars().count();
    if len > MAX_PHRASE {
        return Err(format!("is {len} characters long; at most {MAX_PHRASE}"));
    }
    if let Some(c) = phrase.chars().find(|c| c.is_control()) {
        return Err(format!("contains the control character U+{:04X}", c as u32));
    }
    Ok(())
}

/// Builds the Fluent message for a list's texts, escaping them so they render verbatim.
fn ftl_message(id: &str, text: &toml::RawText) -> Result<String, String> {
    let mut out = format!("{id} =\n");
    let one = |name: &str, value: &Option<String>, out: &mut String| -> Result<(), String> {
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            if v.contains('\n') {
                return Err(format!("{name}: must be one line"));
            }
            out.push_str(&format!("    .{name} = {}\n", escape_ftl(v)));
        }
        Ok(())
    };
    let many = |name: &str, items: &[String], out: &mut String| -> Result<(), String> {
        let items: Vec<&str> = items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if items.is_empty() {
            return Ok(());
        }
        out.push_str(&format!("    .{name} =\n"));
        for item in items {
            if item.contains('\n') {
                return Err(format!("{name}: each item must be one line"));
            }
            out.push_str(&format!("        {}\n", escape_ftl(item)));
        }
        Ok(())
    };
    one("title", &text.title, &mut out)?;
    one("summary", &text.summary, &mut out)?;
    many("causes", &text.causes, &mut out)?;
    many("actions", &text.actions, &mut out)?;
    one("ui", &text.ui, &mut out)?;
    if out.lines().count() == 1 {
        return Err("has no text".into());
    }
    Ok(out)
}
