//! `data/q850.toml`: the ITU-T Q.850 causes with their RFC 3398 mappings and the names
//! FreeSWITCH and Asterisk give them. Validated as strictly as the registry: a broken file is
//! a broken build.

use super::codes::Problems;
use crate::error::Result;
use crate::model::SipCode;
use crate::q850::{Cause, Q850Data, SipToCause, class_of};
use serde::Deserialize;
use std::collections::HashSet;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCause {
    value: Spanned<i64>,
    name: String,
    class: Spanned<String>,
    to_sip: Option<Spanned<i64>>,
    freeswitch: Option<String>,
    #[serde(default)]
    asterisk: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSip {
    sip: Spanned<i64>,
    cause: Option<Spanned<i64>>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQ850 {
    cause: Vec<RawCause>,
    sip_to_q850: Vec<RawSip>,
}

/// Reads and validates the Q.850 data: values 1–127 once each, the class matching the value,
/// SIP codes 100–699, causes the SIP table names defined, names unique across causes.
pub fn read_q850(name: &str, text: &str) -> Result<Q850Data> {
    let mut p = Problems::new(name, text);
    let raw: RawQ850 = match ::toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            p.add(e.span().map(|s| s.start).unwrap_or(0), "", e.message());
            return Err(p.into_error());
        }
    };
    let sip = |p: &mut Problems<'_>, v: &Spanned<i64>, field: &str| {
        let code = u16::try_from(*v.get_ref()).ok().and_then(SipCode::new);
        if code.is_none() {
            p.add(
                v.span().start,
                field,
                &format!("{} is not 100 to 699", v.get_ref()),
            );
        }
        code
    };
    let mut out = Q850Data::default();
    let mut values = HashSet::new();
    let mut names = HashSet::new();
    for c in raw.cause {
        let at = c.value.span().start;
        let Some(value) = u8::try_from(*c.value.get_ref())
            .ok()
            .filter(|v| class_of(*v).is_some())
        else {
            p.add(
                at,
                "value",
                &format!("{} is not 1 to 127", c.value.get_ref()),
            );
            continue;
        };
        if !values.insert(value) {
            p.add(at, "value", &format!("{value} appears twice"));
        }
        if class_of(value) != Some(c.class.get_ref().as_str()) {
            let msg = format!("{:?} is not the class of {value}", c.class.get_ref());
            p.add(c.class.span().start, "class", &msg);
        }
        let to_sip = c.to_sip.as_ref().and_then(|s| sip(&mut p, s, "to_sip"));
        for alias in c.freeswitch.iter().chain(&c.asterisk) {
            if !names.insert(alias.to_ascii_uppercase()) {
                p.add(at, "asterisk", &format!("{alias} names two causes"));
            }
        }
        out.causes.push(Cause {
            value,
            name: c.name,
            class: c.class.into_inner(),
            to_sip: to_sip.map(SipCode::get),
            freeswitch: c.freeswitch,
            asterisk: c.asterisk,
        });
    }
    let mut sips = HashSet::new();
    for r in raw.sip_to_q850 {
        let Some(code) = sip(&mut p, &r.sip, "sip") else {
            continue;
        };
        if !sips.insert(code) {
            p.add(r.sip.span().start, "sip", &format!("{code} appears twice"));
        }
        let cause = r.cause.as_ref().and_then(|c| {
            let v = u8::try_from(*c.get_ref())
                .ok()
                .filter(|v| values.contains(v));
            if v.is_none() {
                let msg = format!("{} is not a cause of this file", c.get_ref());
                p.add(c.span().start, "cause", &msg);
            }
            v
        });
        out.sip_to_cause.push(SipToCause {
            sip: code,
            cause,
            note: r.note,
        });
    }
    out.causes.sort_by_key(|c| c.value);
    p.finish(out)
}
