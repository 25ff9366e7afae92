//! Search documents: how an entry's phrase, names and texts become what the FTS5 table
//! indexes (folded body, stems, shown lines), and back.

use super::text::{Token, push_word, spaced_body, stem, tokens};
use crate::error::Result;
use crate::i18n::{Catalog, Locale};
use crate::phrase::fold;

/// One search document, as stored.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// Folded text, CJK characters spaced out.
    pub body: String,
    /// Stems of the Latin and Cyrillic words that differ from their word (`деньгами` →
    /// `деньг`, `busy` → `busi`); a stem that is the word itself is already in `body`.
    pub stems: String,
    /// The texts as written, one per line.
    pub shown: String,
}

impl Doc {
    /// A document of these texts (empty ones are skipped).
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Doc {
        DocPart::new(texts).doc
    }

    /// The three columns the store indexes: body, stems, shown.
    pub fn columns(&self) -> [&str; 3] {
        [&self.body, &self.stems, &self.shown]
    }
}

/// Documents per locale as the store indexes them.
pub fn columns(docs: &[(Locale, Doc)]) -> impl Iterator<Item = (Locale, [&str; 3])> {
    docs.iter().map(|(l, d)| (*l, d.columns()))
}

/// Some of a document's texts, already folded, tokenized and stemmed, to be joined with other
/// parts (the texts before and after them) into exactly the [`Doc`] that [`Doc::new`] makes of
/// all the texts in order. An import builds its rows' text parts on a reader thread and joins
/// them with the parts only the writing thread knows (the vendor's name) there.
#[derive(Debug, Clone, Default)]
pub(crate) struct DocPart {
    pub(super) doc: Doc,
    /// How many empty stems came before the first non-empty one (or in all, when `stems` is
    /// empty): alone they add nothing to `stems`, after another part's stems a space each.
    pub(super) empty_stems: usize,
}

impl DocPart {
    /// The part these texts make (empty ones are skipped), as [`Doc::new`] would.
    pub(crate) fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> DocPart {
        let mut part = DocPart::default();
        let doc = &mut part.doc;
        for text in texts {
            let text = text.trim();
            if text.is_empty() {
                continue;
            }
            if !doc.shown.is_empty() {
                doc.shown.push('\n');
                doc.body.push('\n');
            }
            // One line per text, so the line that matched can be shown.
            doc.shown.push_str(&text.replace(['\n', '\r'], " "));
            for token in tokens(&fold(text)) {
                match token {
                    Token::Word(w) => {
                        push_word(&mut doc.body, &w);
                        let stem = stem(&w);
                        if stem != w {
                            if stem.is_empty() && doc.stems.is_empty() {
                                part.empty_stems += 1;
                            }
                            push_word(&mut doc.stems, &stem);
                        }
                    }
                    Token::Cjk(run) => {
                        for c in run.chars() {
                            push_word(&mut doc.body, c.encode_utf8(&mut [0; 4]));
                        }
                    }
                }
            }
        }
        part
    }

    /// The document of these parts' texts in order: byte for byte what [`Doc::new`] makes of
    /// all their texts. Each text is one line of `shown` and of `body` whatever came before it
    /// (a part's lines go after a line break when an earlier part had a text), and `stems` is
    /// every stem, each after a space unless nothing was written yet.
    pub(crate) fn join(parts: &[&DocPart]) -> Doc {
        // Sized once: this runs for every document an import writes.
        let size = |len: fn(&DocPart) -> usize| parts.iter().map(|p| len(p) + 1).sum::<usize>();
        let mut out = Doc {
            body: String::with_capacity(size(|p| p.doc.body.len())),
            stems: String::with_capacity(size(|p| p.doc.stems.len() + p.empty_stems)),
            shown: String::with_capacity(size(|p| p.doc.shown.len())),
        };
        for part in parts {
            let doc = &part.doc;
            // A part without a text has no stem either.
            if doc.shown.is_empty() {
                continue;
            }
            if !out.shown.is_empty() {
                out.shown.push('\n');
                out.body.push('\n');
            }
            out.shown.push_str(&doc.shown);
            out.body.push_str(&doc.body);
            if out.stems.is_empty() {
                // Nothing written yet: the part's stems are as it wrote them alone.
                out.stems.push_str(&doc.stems);
            } else {
                for _ in 0..part.empty_stems {
                    out.stems.push(' ');
                }
                if !doc.stems.is_empty() {
                    out.stems.push(' ');
                    out.stems.push_str(&doc.stems);
                }
            }
        }
        out
    }
}

/// What an entry's documents are made of, besides its explanation texts.
pub(crate) struct DocSource<'a> {
    /// The SIP code.
    pub code: Option<u16>,
    /// The device code, the phrase, other spellings.
    pub names: Vec<&'a str>,
    /// The vendor's name in each locale (en, ru, zh), for a vendor's entry.
    pub vendor: Option<&'a [String; 3]>,
    /// The message its texts render from.
    pub message: &'a str,
    /// Its own texts (locale tag, FTL), over the catalog's.
    pub own: &'a [(String, String)],
    /// Texts already in plain form, by locale (an import row's), used instead of rendering.
    pub plain: &'a [(Locale, Vec<String>)],
}

/// What a vendor variant is called: its device code, if any, and its phrase.
pub(crate) fn variant_names<'a>(vendor_code: Option<&'a str>, phrase: &'a str) -> Vec<&'a str> {
    vendor_code.into_iter().chain([phrase]).collect()
}

/// An entry's documents: one per locale it has texts in, and always an English one, which
/// carries the phrase even when the entry has no English text.
pub(crate) fn entry_docs(catalog: &Catalog, src: &DocSource<'_>) -> Result<Vec<(Locale, Doc)>> {
    let mut docs = Vec::new();
    let code = src.code.map(|c| c.to_string());
    for (i, locale) in Locale::ALL.into_iter().enumerate() {
        let texts = match src.plain.iter().find(|(l, _)| *l == locale) {
            Some((_, lines)) => Some(lines.clone()),
            None => catalog
                .texts_in(src.own, locale, src.message)?
                .map(|t| t.lines()),
        };
        if texts.is_none() && locale != Locale::En {
            continue;
        }
        let head = code
            .iter()
            .map(String::as_str)
            .chain(src.names.iter().copied())
            .chain(src.vendor.map(|v| v[i].as_str()));
        let texts = texts.unwrap_or_default();
        docs.push((
            locale,
            Doc::new(head.chain(texts.iter().map(String::as_str))),
        ));
    }
    Ok(docs)
}

/// A document's [`Doc::body`] made again from its [`Doc::shown`], line by line: the store
/// keeps only `shown` (schema 6).
pub(crate) fn body_of(shown: &str) -> String {
    let mut body = String::with_capacity(shown.len());
    for (i, line) in shown.lines().enumerate() {
        if i > 0 {
            body.push('\n');
        }
        body.push_str(&spaced_body(line));
    }
    body
}
