//! A Q.850 cause asked about by a switch's name for it (FreeSWITCH's `USER_BUSY`, Asterisk's
//! `AST_CAUSE_CONGESTION`).

use crate::error::Result;
use crate::store::Store;

/// A switch's name for a Q.850 cause (`USER_BUSY`, `SWITCH_CAUSE_USER_BUSY`,
/// `AST_CAUSE_CONGESTION`): one token written in capitals or with underscores.
pub(super) fn cause_name(store: &Store, phrase: &str) -> Result<Option<(u8, String)>> {
    let t = phrase.trim();
    let token = !t.is_empty() && t.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let capitals = t.chars().all(|c| !c.is_ascii_lowercase());
    if !token || !(t.contains('_') || capitals && t.len() >= 4) {
        return Ok(None);
    }
    let upper = t.to_ascii_uppercase();
    let name = upper.strip_prefix("SWITCH_CAUSE_").unwrap_or(&upper);
    store.q850_by_name(name)
}
