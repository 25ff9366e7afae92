//! Reason phrases: the normalized form used for matching, and slugs for message ids.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The version of [`normalize_phrase`] and [`fold`]: stored in the database, so that phrases
/// normalized by an older sipkb are normalized again when it changes. 3: accents on Latin
/// letters are dropped.
pub(crate) const NORMALIZATION: u32 = 3;

/// Text as it is compared: Unicode NFKC, then full Unicode case folding (`Straße` → `strasse`,
/// Cyrillic and Greek included; SQLite's `LOWER`/`NOCASE` fold ASCII only, so this is done
/// here, in Rust), accents on Latin letters dropped (`Códec` → `codec`), and `ё` as `е`, as
/// Russian writers use them interchangeably.
///
/// ```
/// assert_eq!(sipkb::fold("CÓDEC Ñandú"), "codec nandu");
/// assert_eq!(sipkb::fold("Мой ЁЖ"), "мой еж");
/// ```
pub fn fold(text: &str) -> String {
    // ASCII is its own NFKC form and folds to lower case: most phrases skip the tables.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let nfkc: String = text.nfkc().collect();
    let folded = caseless::default_case_fold_str(&nfkc);
    // The search index's tokenizer (unicode61, remove_diacritics 2) drops the marks of Latin
    // letters only, so a query and a document are cut alike only if we do the same: `й` is
    // not `и` in Russian, and Cyrillic keeps its marks (`ё` is mapped below instead).
    let mut bare = String::with_capacity(folded.len());
    let mut after_latin = false;
    for c in folded.nfkd() {
        if is_combining_mark(c) {
            if after_latin {
                continue;
            }
        } else {
            after_latin = is_latin(c);
        }
        bare.push(c);
    }
    bare.nfkc()
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// A letter of the Latin script (the basic, Latin-1, extended and additional blocks).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}')
}

/// The form a phrase is stored and looked up in: [`fold`]ed, hyphens and underscores as spaces
/// (`Look-Ahead` and `look ahead` are one phrase), runs of whitespace as one space, surrounding
/// quotes and trailing punctuation dropped.
///
/// ```
/// assert_eq!(sipkb::normalize_phrase("  \"Wrong   GUESS\". "), "wrong guess");
/// assert_eq!(sipkb::normalize_phrase("ДЕНЬГИ Ёж"), "деньги еж");
/// assert_eq!(sipkb::normalize_phrase("Out of Look-Ahead Retries"), "out of look ahead retries");
/// ```
pub fn normalize_phrase(phrase: &str) -> String {
    let folded = fold(phrase);
    let mut collapsed = String::with_capacity(folded.len());
    for word in folded.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
        if word.is_empty() {
            continue;
        }
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    let quotes: &[char] = &['"', '\'', '«', '»', '“', '”', '„', '`', '「', '」'];
    let punct: &[char] = &['.', ',', ';', ':', '!', '?', '。', '，', '；', '！', '？'];
    let mut s = collapsed.as_str();
    loop {
        let before = s.len();
        s = s.trim_matches(quotes).trim_end_matches(punct).trim();
        if s.len() == before {
            break;
        }
    }
    s.to_string()
}

/// A lower-case ASCII slug for message ids: `Out of Look-Ahead Retries` → `out-of-look-ahead-retries`.
/// Non-ASCII letters are kept (Fluent ids are ASCII, so callers hex-encode those; see
/// [`message_slug`]).
fn ascii_slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A Fluent-safe slug of any phrase: ASCII letters and digits kept, other characters dropped;
/// when nothing ASCII is left (a Chinese or Russian phrase), the UTF-8 bytes in hex instead.
pub fn message_slug(text: &str) -> String {
    let slug = ascii_slug(text);
    if slug.is_empty() {
        text.bytes().map(|b| format!("{b:02x}")).collect()
    } else {
        slug
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_case_space_quotes_and_punctuation() {
        for (input, want) in [
            ("Wrong Guess", "wrong guess"),
            ("  wrong   guess  ", "wrong guess"),
            ("\"No money left!\"", "no money left"),
            ("«Нет денег».", "нет денег"),
            ("ＦＵＬＬ width", "full width"),
            ("Ёлка", "елка"),
            ("余额不足。", "余额不足"),
            ("STRASSE", "strasse"),
            ("Straße", "strasse"),
            ("ΣΟΦΟΣ", "σοφοσ"),
            ("σοφος", "σοφοσ"),
            ("look_ahead - retries", "look ahead retries"),
            ("Códec Mismatch", "codec mismatch"),
            ("ÉCHEC d’appel", "echec d’appel"),
            ("Мой номер", "мой номер"),
        ] {
            assert_eq!(normalize_phrase(input), want, "{input:?}");
        }
    }

    #[test]
    fn slugs_are_fluent_ids() {
        assert_eq!(
            message_slug("Out of Look-Ahead Retries"),
            "out-of-look-ahead-retries"
        );
        assert_eq!(message_slug("Call Leg/Transaction"), "call-leg-transaction");
        assert_eq!(message_slug("余额"), "e4bd99e9a29d");
    }
}
