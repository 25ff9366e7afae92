//! JSON Lines call records: each object written back as it came, with the added members
//! inserted before its closing brace.
//!
//! Keys are looked for at the top level and, for FreeSWITCH's JSON CDR
//! (`mod_json_cdr`), inside its `variables` object. The columns are found from the first
//! object's keys; later objects are read by the same names.

use super::MAX_ROW;
use super::columns::{self, CauseKind};
use super::problem::RowProblemKind;
use super::report::EnrichedFile;
use super::run::{Run, io};
use crate::error::Result;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};

/// The members of one object sipkb wants, by lower-case name.
struct Wanted<'w> {
    names: &'w [String],
    values: Vec<Option<String>>,
    /// Every key seen, when the columns are still to be found.
    keys: Option<Vec<String>>,
    members: usize,
}

impl Wanted<'_> {
    fn take(&mut self, key: &str, value: &Value) {
        if let Some(keys) = &mut self.keys {
            keys.push(key.to_string());
        }
        if let Some(i) = self.names.iter().position(|n| n.eq_ignore_ascii_case(key))
            && self.values[i].is_none()
        {
            self.values[i] = Some(match value {
                Value::Object(_) => value.to_string(),
                v => columns::scalar(v),
            });
        }
    }
}

impl<'de> DeserializeSeed<'de> for &mut Wanted<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut Wanted<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            self.members += 1;
            let wanted = self.names.iter().any(|n| n.eq_ignore_ascii_case(&key));
            if key.eq_ignore_ascii_case("variables") {
                let v: Value = map.next_value()?;
                if let Value::Object(vars) = &v {
                    for (k, v) in vars {
                        self.take(k, v);
                    }
                }
                if let Some(keys) = &mut self.keys {
                    keys.push(key);
                }
            } else if wanted || self.keys.is_some() {
                let v: Value = map.next_value()?;
                self.take(&key, &v);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// Reads one line into `line` (without its `\n`), at most [`MAX_ROW`] bytes; past that the
/// rest is written to `pass` when given, else skipped. `None` at the end of the input;
/// `Some(false)` when the line was too long.
fn read_line(
    r: &mut impl BufRead,
    line: &mut Vec<u8>,
    mut pass: Option<&mut dyn Write>,
) -> std::io::Result<Option<bool>> {
    line.clear();
    let mut fits = true;
    let mut any = false;
    loop {
        let buf = r.fill_buf()?;
        if buf.is_empty() {
            return Ok(any.then_some(fits));
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), false),
        };
        let chunk = &buf[..take];
        let body = if done { &chunk[..take - 1] } else { chunk };
        if fits && line.len() + body.len() > MAX_ROW {
            fits = false;
            if let Some(out) = pass.as_deref_mut() {
                out.write_all(line)?;
            }
        }
        if fits {
            line.extend_from_slice(body);
        } else if let Some(out) = pass.as_deref_mut() {
            out.write_all(body)?;
        }
        r.consume(take);
        if done {
            return Ok(Some(fits));
        }
    }
}

/// Enriches one JSON Lines input into `out`. `Ok(false)` when a problem stopped the run.
pub(super) fn file(
    run: &mut Run<'_>,
    name: &str,
    reader: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<bool> {
    run.set_encoding(b',');
    let mut r = BufReader::with_capacity(256 * 1024, reader);
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut names: Option<Vec<String>> = None;
    let mut kind: Option<CauseKind> = None;
    let mut file_index = None;
    loop {
        number += 1;
        let pass = run.opts.skip_invalid;
        let read = read_line(&mut r, &mut line, if pass { Some(&mut *out) } else { None });
        let fits = match read {
            Ok(Some(fits)) => fits,
            Ok(None) if number == 1 => return Ok(run.problem(name, 0, RowProblemKind::EmptyFile)),
            Ok(None) => return Ok(true),
            Err(e) => {
                run.stop(
                    name,
                    number,
                    RowProblemKind::Unreadable {
                        reason: e.to_string(),
                    },
                );
                return Ok(false);
            }
        };
        if !fits {
            run.report.rows += 1;
            if !run.problem(name, number, RowProblemKind::TooLong { max: MAX_ROW }) {
                return Ok(false);
            }
            out.write_all(b"\n").map_err(io)?;
            continue;
        }
        let crlf = line.ends_with(b"\r");
        let body = line.trim_ascii_end();
        if body.trim_ascii().is_empty() {
            // A blank line is no record: it goes out as it came.
            out.write_all(&line).map_err(io)?;
            out.write_all(b"\n").map_err(io)?;
            continue;
        }
        let wanted_names = names.clone().unwrap_or_default();
        let mut wanted = Wanted {
            names: &wanted_names,
            values: vec![None; wanted_names.len()],
            keys: names.is_none().then(Vec::new),
            members: 0,
        };
        let parsed = match std::str::from_utf8(body) {
            Err(_) => Err(RowProblemKind::NotUtf8 {
                column: String::new(),
            }),
            Ok(text) => {
                let mut de = serde_json::Deserializer::from_str(text);
                (&mut wanted)
                    .deserialize(&mut de)
                    .and_then(|_| de.end())
                    .map_err(|e| RowProblemKind::BadJson {
                        detail: e.to_string(),
                    })
            }
        };
        if let (Ok(()), None) = (&parsed, &names) {
            // The first object decides the columns.
            let keys = wanted.keys.take().unwrap_or_default();
            let cols = match columns::detect(&keys, run.opts, true) {
                Ok(c) => c,
                Err(k) => {
                    run.stop(name, number, k);
                    return Ok(false);
                }
            };
            let list: Vec<String> = [&cols.code, &cols.phrase, &cols.cause]
                .iter()
                .map(|c| (*c).clone().unwrap_or_default())
                .collect();
            kind = cols.cause_kind;
            run.report.files.push(EnrichedFile {
                name: name.to_string(),
                format: super::CdrFormat::Jsonl,
                columns: cols,
                rows: 0,
            });
            file_index = Some(run.report.files.len() - 1);
            // Read this first object again by those names.
            let mut again = Wanted {
                names: &list,
                values: vec![None; 3],
                keys: None,
                members: 0,
            };
            let text = std::str::from_utf8(body).unwrap_or_default();
            let _ = (&mut again).deserialize(&mut serde_json::Deserializer::from_str(text));
            wanted.values = again.values;
            wanted.members = again.members;
            names = Some(list);
        }
        if let Some(i) = file_index {
            run.report.files[i].rows += 1;
        }
        let ending: &[u8] = if crlf { b"\r\n" } else { b"\n" };
        match parsed {
            Ok(()) => {
                let v = |i: usize| wanted.values.get(i).cloned().flatten().unwrap_or_default();
                let (code, phrase, cause) = (v(0), v(1), v(2));
                let added = run.lookup(&code, &phrase, &cause, kind)?;
                // `{…}` becomes `{…,"sipkb_code":…}`; `{}` becomes `{"sipkb_code":…}`.
                out.write_all(&body[..body.len() - 1]).map_err(io)?;
                let added = if wanted.members == 0 {
                    &added[1..]
                } else {
                    added
                };
                out.write_all(added).map_err(io)?;
                out.write_all(b"}").map_err(io)?;
            }
            Err(k) => {
                run.report.rows += 1;
                if !run.problem(name, number, k) {
                    return Ok(false);
                }
                out.write_all(body).map_err(io)?;
            }
        }
        out.write_all(ending).map_err(io)?;
    }
}
