//! The CSV list format, as spreadsheets export it: a header row, UTF-8 with or without a BOM,
//! comma, semicolon (a Russian Excel) or tab delimited, quoted fields with line breaks. Rows are
//! read one at a time, so a file of any size streams in bounded memory.

use super::problem::ProblemKind;
use super::raw::{At, RawRow, RawText};
use super::sink::Sink;
use crate::i18n::{Locale, PARTS as TEXT_PARTS};
use csv::{ByteRecord, ReaderBuilder};
use std::io::{BufRead, Read};

/// The columns sipkb knows, besides the text columns `<part>_<locale>`.
pub const COLUMNS: &[&str] = &[
    "vendor",
    "vendor_name",
    "vendor_note",
    "code",
    "vendor_code",
    "phrase",
    "category",
    "side",
    "retry",
    "message",
    "source",
    "applies_to",
    "confidence",
];

/// The parts of a text, as column prefixes: `title_en`, `causes_ru`… (see [`TEXT_PARTS`]).
pub fn part_names() -> impl Iterator<Item = &'static str> {
    TEXT_PARTS.iter().map(|(name, _)| *name)
}

#[derive(Debug, Clone, Copy)]
enum Column {
    Known(usize),
    Text(Locale, usize),
}

/// A CSV file being read row by row.
pub(crate) struct CsvRows<R: Read> {
    reader: csv::Reader<R>,
    columns: Vec<Column>,
    names: Vec<String>,
    /// Whether lines end in CRLF: the csv crate then reports a record's line one short (it
    /// stands on the `\n` of the previous record's terminator), which is corrected here.
    crlf: bool,
    /// The delimiter the header uses.
    delimiter: u8,
    /// A row read ahead, to tell an unterminated quote (the last row runs to the end of the
    /// file) from a quoted field with line breaks.
    ahead: Option<(ByteRecord, usize)>,
    done: bool,
}

/// Opens a CSV stream: strips a BOM, picks the delimiter from the header line, and checks the
/// header. `None` when the header is unusable (its problems are in `sink`).
pub(crate) fn open<R: BufRead>(mut input: R, sink: &mut Sink<'_>) -> Option<CsvRows<R>> {
    let (bom, delimiter, crlf) = {
        let buf = match input.fill_buf() {
            Ok(b) => b,
            Err(e) => {
                let reason = e.to_string();
                sink.add(0, "", ProblemKind::Unreadable { reason });
                return None;
            }
        };
        let bom = buf.starts_with(b"\xEF\xBB\xBF");
        let head = &buf[if bom { 3 } else { 0 }..];
        let line = head.split(|&b| b == b'\n').next().unwrap_or_default();
        (
            bom,
            crate::input::sniff_delimiter(line),
            line.ends_with(b"\r"),
        )
    };
    if bom {
        input.consume(3);
    }
    let mut reader = ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(input);
    let mut header = ByteRecord::new();
    match reader.read_byte_record(&mut header) {
        Ok(true) => {}
        Ok(false) => {
            sink.add(0, "", ProblemKind::EmptyFile);
            return None;
        }
        Err(e) => {
            let detail = e.to_string();
            sink.add(1, "", ProblemKind::Syntax { detail });
            return None;
        }
    }
    let line = header.position().map_or(1, |p| p.line() as usize);
    let before = sink.total;
    let mut names = Vec::new();
    for field in header.iter() {
        let Ok(name) = std::str::from_utf8(field) else {
            sink.add(line, "", ProblemKind::NotUtf8);
            return None;
        };
        names.push(name.trim().to_lowercase());
    }
    if names.len() == 1 && column(&names[0]).is_err() {
        sink.add(line, &names[0], ProblemKind::Delimiter);
        return None;
    }
    let mut columns = Vec::new();
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            sink.add(line, name, ProblemKind::DuplicateColumn);
        }
        match column(name) {
            Ok(c) => columns.push(c),
            Err(kind) => sink.add(line, name, kind),
        }
    }
    let has = |n: &str| names.iter().any(|c| c == n);
    for required in ["vendor", "phrase", "category"] {
        if !has(required) {
            sink.add(line, required, ProblemKind::MissingColumn);
        }
    }
    if !has("code") && !has("vendor_code") {
        sink.add(line, "code", ProblemKind::MissingColumn);
    }
    if sink.total > before {
        return None;
    }
    Some(CsvRows {
        reader,
        columns,
        names,
        crlf,
        delimiter,
        ahead: None,
        done: false,
    })
}

fn column(name: &str) -> Result<Column, ProblemKind> {
    if let Some(i) = COLUMNS.iter().position(|c| *c == name) {
        return Ok(Column::Known(i));
    }
    if let Some((part, locale)) = name.rsplit_once('_')
        && let Some(p) = part_names().position(|x| x == part)
    {
        return match locale.parse::<Locale>() {
            Ok(l) if l.as_str() == locale => Ok(Column::Text(l, p)),
            _ => Err(ProblemKind::BadLocale {
                value: locale.to_string(),
            }),
        };
    }
    Err(ProblemKind::UnknownColumn)
}

impl<R: Read> CsvRows<R> {
    fn read(&mut self, sink: &mut Sink<'_>) -> Option<(ByteRecord, usize)> {
        if self.done {
            return None;
        }
        let mut rec = ByteRecord::new();
        match self.reader.read_byte_record(&mut rec) {
            Ok(true) => {
                let line = rec.position().map_or(0, |p| p.line() as usize);
                Some((rec, line + usize::from(self.crlf)))
            }
            Ok(false) => {
                self.done = true;
                None
            }
            Err(e) => {
                self.done = true;
                let line = e.position().map_or(0, |p| p.line() as usize);
                let detail = e.to_string();
                sink.add(line, "", ProblemKind::Syntax { detail });
                None
            }
        }
    }

    /// The next row; problems of rows that cannot become one go to `sink`.
    pub(crate) fn next_row(&mut self, sink: &mut Sink<'_>) -> Option<RawRow> {
        loop {
            let (rec, line) = match self.ahead.take() {
                Some(r) => r,
                None => self.read(sink)?,
            };
            let multiline = rec.iter().any(|f| f.contains(&b'\n'));
            if multiline {
                self.ahead = self.read(sink);
                // A quote never closed swallows the rest of the file into the last row: it
                // then has too few fields, or its open field holds whole rows (delimiters
                // after a line break). A quoted field with line breaks followed by more
                // fields is just that.
                let delim = self.delimiter;
                let swallowed = rec.len() != self.columns.len()
                    || rec
                        .iter()
                        .any(|f| f.split(|&b| b == b'\n').skip(1).any(|l| l.contains(&delim)));
                if self.ahead.is_none() && swallowed {
                    // The last row swallowed the rest of the file: a quote was never closed.
                    let field = rec
                        .iter()
                        .position(|f| f.contains(&b'\n'))
                        .and_then(|i| self.names.get(i).cloned())
                        .unwrap_or_default();
                    sink.add(line, &field, ProblemKind::Unterminated);
                    return None;
                }
            }
            if rec.len() == 1 && rec[0].iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if rec.len() != self.columns.len() {
                let (expected, found) = (self.columns.len(), rec.len());
                sink.add(line, "", ProblemKind::FieldCount { expected, found });
                continue;
            }
            if let Some(row) = self.row(&rec, line, sink) {
                return Some(row);
            }
        }
    }

    fn row(&self, rec: &ByteRecord, line: usize, sink: &mut Sink<'_>) -> Option<RawRow> {
        let mut row = RawRow {
            line,
            ..RawRow::default()
        };
        let mut texts: Vec<RawText> = Vec::new();
        let mut bad = false;
        for (i, field) in rec.iter().enumerate() {
            let Ok(value) = std::str::from_utf8(field) else {
                sink.add(line, &self.names[i], ProblemKind::NotUtf8);
                bad = true;
                continue;
            };
            match self.columns[i] {
                Column::Known(k) => {
                    let v = Some(At::new(value.to_string(), line));
                    match COLUMNS[k] {
                        "vendor" => row.vendor = v,
                        "vendor_name" => row.vendor_name = v,
                        "vendor_note" => row.vendor_note = v,
                        "code" => row.code = v,
                        "vendor_code" => row.vendor_code = v,
                        "phrase" => row.phrase = v,
                        "category" => row.category = v,
                        "side" => row.side = v,
                        "retry" => row.retry = v,
                        "source" => row.source = v,
                        "applies_to" => row.applies_to = v,
                        "confidence" => row.confidence = v,
                        _ => row.message = v,
                    }
                }
                Column::Text(locale, part) => {
                    if value.trim().is_empty() {
                        continue;
                    }
                    let t = match texts.iter_mut().position(|t| t.locale == locale.as_str()) {
                        Some(i) => &mut texts[i],
                        None => {
                            texts.push(RawText {
                                locale: locale.as_str().to_string(),
                                line,
                                ..RawText::default()
                            });
                            texts.last_mut().expect("just pushed")
                        }
                    };
                    // A spreadsheet cell holds several causes or actions, one per line.
                    // A one-line part keeps its line breaks, for validation to refuse.
                    t.parts.set_part(TEXT_PARTS[part].0, value);
                }
            }
        }
        // A class note (`5xx` in the code column) has no phrase or category.
        row.texts = texts;
        (!bad).then_some(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_delimiter_is_the_most_frequent_outside_quotes() {
        assert_eq!(crate::input::sniff_delimiter(b"vendor,code,phrase"), b',');
        assert_eq!(crate::input::sniff_delimiter(b"vendor;code;phrase"), b';');
        assert_eq!(
            crate::input::sniff_delimiter(b"vendor\tcode\tphrase"),
            b'\t'
        );
        assert_eq!(crate::input::sniff_delimiter(b"\"a;b;c\",x,y"), b',');
        assert_eq!(crate::input::sniff_delimiter(b"vendor"), b',');
    }

    #[test]
    fn text_columns_name_a_part_and_a_locale() {
        assert!(matches!(
            column("title_ru"),
            Ok(Column::Text(Locale::Ru, 0))
        ));
        assert!(matches!(column("ui_zh"), Ok(Column::Text(Locale::Zh, 4))));
        assert!(matches!(
            column("title_de"),
            Err(ProblemKind::BadLocale { .. })
        ));
        assert!(matches!(column("colour"), Err(ProblemKind::UnknownColumn)));
    }
}
