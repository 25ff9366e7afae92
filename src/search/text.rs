//! Words of a folded text: Latin and Cyrillic words, runs of CJK characters, and the Snowball
//! stems of words. Shared by documents and queries, so both are cut the same way.

use crate::phrase::fold;
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::cell::RefCell;

pub(crate) enum Token {
    Word(String),
    Cjk(String),
}

/// Words (letters and digits) and runs of CJK characters of a folded text.
pub(crate) fn tokens(folded: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut cjk = String::new();
    for c in folded.chars() {
        if is_cjk(c) {
            if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
            cjk.push(c);
        } else if c.is_alphanumeric() {
            if !cjk.is_empty() {
                out.push(Token::Cjk(std::mem::take(&mut cjk)));
            }
            word.push(c);
        } else {
            if !word.is_empty() {
                out.push(Token::Word(std::mem::take(&mut word)));
            }
            if !cjk.is_empty() {
                out.push(Token::Cjk(std::mem::take(&mut cjk)));
            }
        }
    }
    if !word.is_empty() {
        out.push(Token::Word(word));
    }
    if !cjk.is_empty() {
        out.push(Token::Cjk(cjk));
    }
    out
}

/// Han, Hiragana, Katakana and Hangul: scripts written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF
        | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

thread_local! {
    /// Stems already computed: a list repeats its vocabulary on every row, and stemming was a
    /// tenth of an import's time. Cleared when it grows past [`STEM_CACHE`] words.
    static STEMS: RefCell<(Stemmer, Stemmer, FxHashMap<String, String>)> = RefCell::new((
        Stemmer::create(Algorithm::English),
        Stemmer::create(Algorithm::Russian),
        FxHashMap::default(),
    ));
}
const STEM_CACHE: usize = 100_000;

/// The Snowball stem of a folded word in the stemmer of its script; digits stay as they are.
pub(crate) fn stem(word: &str) -> String {
    let russian = |w: &str| w.chars().any(|c| matches!(c, 'а'..='я'));
    if !russian(word) && !word.chars().any(|c| c.is_ascii_alphabetic()) {
        // A number (or a script with no stemmer) is its own stem: caching it only took room,
        // with every row of a list bringing new numbers (10 MB of an import's reader thread).
        return word.to_string();
    }
    STEMS.with_borrow_mut(|(en, ru, cache)| {
        if let Some(s) = cache.get(word) {
            return s.clone();
        }
        let s = if russian(word) {
            ru.stem(word).into_owned()
        } else {
            en.stem(word).into_owned()
        };
        if cache.len() >= STEM_CACHE {
            cache.clear();
        }
        cache.insert(word.to_string(), s.clone());
        s
    })
}

/// A text folded and with CJK characters spaced out, as a document's body holds it.
pub(crate) fn spaced_body(text: &str) -> String {
    let mut out = String::new();
    for token in tokens(&fold(text)) {
        match token {
            Token::Word(w) => push_word(&mut out, &w),
            Token::Cjk(run) => {
                for c in run.chars() {
                    push_word(&mut out, c.encode_utf8(&mut [0; 4]));
                }
            }
        }
    }
    out
}

/// Appends a word to a body, a space apart from the previous one on its line.
pub(crate) fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push(' ');
    }
    out.push_str(w);
}
