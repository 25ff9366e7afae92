//! Rendering a match into an answer: texts in one locale, with what had to fall back.

use super::types::{Canonical, CauseInfo, ClassFallback, Note, ReasonInfo, Variant, WarningInfo};
use crate::error::Result;
use crate::headers::{ReasonValue, WarningValue};
use crate::i18n::{Arg, Catalog, Locale, Part, Texts};
use crate::import::{PLATFORMS, builtin_hints};
use crate::model::{Class, ClassNoteRow, CodeEntry, SipCode, VariantRow};
use crate::q850::{Relation, relate_q850, relate_sip};
use crate::store::Store;
use std::collections::BTreeSet;

/// Renders message ids in one locale and remembers where it had to fall back.
pub(super) struct Renderer<'a> {
    pub(super) store: &'a Store,
    pub(super) catalog: &'a Catalog,
    pub(super) locale: Locale,
    pub(super) fallback: BTreeSet<Locale>,
}

impl Renderer<'_> {
    pub(super) fn texts(&mut self, id: &str) -> Texts {
        self.texts_with(&[], id).unwrap_or_default()
    }

    /// Renders `id` with an entry's own imported texts over the built-in ones.
    pub(super) fn texts_with(&mut self, own: &[(String, String)], id: &str) -> Result<Texts> {
        let mut texts = match self.catalog.texts_with(own, self.locale, id)? {
            Some((texts, from)) => {
                self.fallback.extend(from);
                texts
            }
            None => Texts::default(),
        };
        for platform in PLATFORMS {
            let has_hints = matches!(texts.part(platform), Part::Items(i) if !i.is_empty());
            // An imported list's own hints were checked for no version.
            if has_hints
                && !Catalog::own_has_part(own, id, platform)?
                && let Some(v) = builtin_hints()?.of(id, platform)
            {
                texts.hint_versions.insert(platform.into(), v.into());
            }
        }
        Ok(texts)
    }

    pub(super) fn canonical(&mut self, e: &CodeEntry) -> Result<Canonical> {
        Ok(Canonical {
            code: e.code.get(),
            reason: e.reason.clone(),
            rfc: e.rfc.clone(),
            category: e.category.clone(),
            q850: e.q850,
            q850_name: self.q850_name(e.q850)?,
            q850_title: self.q850_title(e.q850)?,
            retry: e.retry.clone(),
            side: e.side.clone(),
            aliases: e.aliases.clone(),
            texts: self.texts(&e.message_id()),
        })
    }

    pub(super) fn q850_name(&self, cause: Option<u8>) -> Result<Option<String>> {
        Ok(match cause {
            Some(c) => self.store.q850_cause(c)?.map(|c| c.name),
            None => None,
        })
    }

    /// A cause's name for people: the title of its `q850-<n>` message in the answer's locale.
    pub(super) fn q850_title(&self, cause: Option<u8>) -> Result<Option<String>> {
        let Some(c) = cause else { return Ok(None) };
        Ok(self
            .store
            .q850_cause(c)?
            .and_then(|c| self.catalog.title(self.locale, &c.message_id())))
    }

    pub(super) fn variant(
        &mut self,
        row: &VariantRow,
        entry: Option<&CodeEntry>,
    ) -> Result<Variant> {
        let v = &row.variant;
        let own = self.store.variant_texts(row.id)?;
        let q850 = entry.and_then(|e| e.q850);
        let (side, retry) = v.triage(entry);
        Ok(Variant {
            side,
            retry,
            q850,
            q850_name: self.q850_name(q850)?,
            q850_title: self.q850_title(q850)?,
            vendor: row.vendor.clone(),
            vendor_name: self
                .catalog
                .vendor_name(self.locale, &row.vendor, &row.vendor_name),
            code: v.code.map(SipCode::get),
            canonical_reason: entry.map(|e| e.reason.clone()),
            vendor_code: v.vendor_code.clone(),
            phrase: v.phrase.clone(),
            category: v.category.clone(),
            provenance: v.provenance.clone(),
            texts: self.texts_with(&own, &v.message)?,
        })
    }

    pub(super) fn class_fallback(&mut self, class: Class) -> ClassFallback {
        ClassFallback {
            class: class.to_string(),
            treated_as: class.fallback_code().get(),
            texts: self.texts(&class.message_id()),
        }
    }

    pub(super) fn note(&mut self, n: &ClassNoteRow) -> Result<Note> {
        let own = self.store.note_texts(n.id)?;
        Ok(Note {
            vendor: n.vendor.clone(),
            vendor_name: self
                .catalog
                .vendor_name(self.locale, &n.vendor, &n.vendor_name),
            class: n.note.class.to_string(),
            texts: self.texts_with(&own, &n.note.message)?,
        })
    }
}

/// The message explaining a warn-code: its own, or its RFC 3261 §20.43 range's.
fn warning_message(code: u16, registered: bool) -> String {
    if registered {
        return format!("warn-{code}");
    }
    let range = match code {
        300..=329 => "300",
        330..=339 => "330",
        370..=379 => "370",
        390..=399 => "390",
        _ => "other",
    };
    format!("warn-range-{range}")
}

impl Renderer<'_> {
    /// Cause `value` with its texts, or `None` when Q.850 does not define it.
    pub(super) fn cause(&mut self, value: u8, alias: Option<String>) -> Result<Option<CauseInfo>> {
        let Some(c) = self.store.q850_cause(value)? else {
            return Ok(None);
        };
        let to_sip_reason = match c.to_sip.and_then(SipCode::new) {
            Some(code) => self.store.code(code)?.map(|e| e.reason),
            None => None,
        };
        Ok(Some(CauseInfo {
            from_sip: self.store.sips_for_q850(value)?,
            texts: self.texts(&c.message_id()),
            value: c.value,
            name: c.name,
            class: c.class,
            to_sip: c.to_sip,
            to_sip_reason,
            freeswitch_name: c.freeswitch,
            asterisk_names: c.asterisk,
            alias,
        }))
    }

    /// One reason, related to the response `status` it came with (if any).
    pub(super) fn reason(&mut self, r: &ReasonValue, status: Option<u16>) -> Result<ReasonInfo> {
        let mut info = ReasonInfo {
            protocol: r.protocol.clone(),
            cause: r.cause,
            text: (!r.text.is_empty()).then(|| r.text.clone()),
            q850: None,
            sip: None,
            relation: None,
            relation_note: None,
        };
        let num = |n: u16| n.to_string();
        match r.protocol.as_str() {
            "Q.850" => {
                let value = u8::try_from(r.cause).unwrap_or_default();
                info.q850 = self.cause(value, None)?;
                if let Some(status) = status {
                    let to_sip = info.q850.as_ref().and_then(|c| c.to_sip);
                    let back = self.store.sip_to_q850(status)?.and_then(|(c, _)| c);
                    let relation = relate_q850(status, value, to_sip, back);
                    let id = match relation {
                        Relation::Agrees if to_sip == Some(status) => "rel-agrees-forward",
                        Relation::Agrees => "rel-agrees-back",
                        Relation::Differs => "rel-differs",
                        _ => "rel-unmapped",
                    };
                    let mapped = to_sip.map(num).unwrap_or_default();
                    let args = [
                        ("code", Arg::Str(&num(status))),
                        ("cause", Arg::Str(&num(r.cause))),
                        ("mapped", Arg::Str(&mapped)),
                    ];
                    info.relation_note = Some(self.catalog.label(self.locale, id, &args));
                    info.relation = Some(relation);
                }
            }
            "SIP" => {
                if let Some(code) = SipCode::new(r.cause) {
                    info.sip = match self.store.code(code)? {
                        Some(e) => Some(self.canonical(&e)?),
                        None => None,
                    };
                }
                if let Some(status) = status {
                    let relation = relate_sip(status, r.cause);
                    let id = match relation {
                        Relation::Same => "rel-same",
                        _ => "rel-other",
                    };
                    let args = [
                        ("code", Arg::Str(&num(status))),
                        ("cause", Arg::Str(&num(r.cause))),
                    ];
                    info.relation_note = Some(self.catalog.label(self.locale, id, &args));
                    info.relation = Some(relation);
                }
            }
            _ => {}
        }
        Ok(info)
    }

    /// One warning with the texts of its code or range.
    pub(super) fn warning(&mut self, w: &WarningValue) -> WarningInfo {
        let registered = self.catalog.has_any(&format!("warn-{}", w.code));
        WarningInfo {
            code: w.code,
            agent: w.agent.clone(),
            text: w.text.clone(),
            registered,
            texts: self.texts(&warning_message(w.code, registered)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::warning_message;

    #[test]
    fn unregistered_warn_codes_fall_into_their_range() {
        assert_eq!(warning_message(399, true), "warn-399");
        assert_eq!(warning_message(320, false), "warn-range-300");
        assert_eq!(warning_message(335, false), "warn-range-330");
        assert_eq!(warning_message(375, false), "warn-range-370");
        assert_eq!(warning_message(392, false), "warn-range-390");
        assert_eq!(warning_message(350, false), "warn-range-other");
        assert_eq!(warning_message(385, false), "warn-range-other");
    }
}
