//! The lexicon read against the phrases it was written for (the full set, through the binary,
//! is tests/it/reading.rs).

use super::{Confidence, read};

#[test]
fn the_issues_phrases_read_as_an_engineer_reads_them() {
    for (phrase, category) in [
        ("Registrar overloaded; try again shortly", "capacity"),
        ("Will not forward", "policy"),
        ("Total calls duration is exceeded", "billing"),
        ("Amount of failed calls is exceeded", "policy"),
        ("Timeout of waiting RPC result", "timeout"),
        ("Недостаточно средств на счёте", "billing"),
        ("余额不足", "billing"),
        ("Guthaben aufgebraucht", "billing"),
    ] {
        let r = read(phrase).unwrap_or_else(|| panic!("{phrase}: no reading"));
        assert_eq!(r.category, category, "{phrase}: {r:?}");
    }
    let r = read("Total calls duration is exceeded").unwrap();
    assert_eq!(r.confidence, Confidence::High, "an `all` concept: {r:?}");
    assert!(r.concepts[0].evidence.iter().any(|e| e == "duration"));
    assert_eq!(read("xyzzy"), None);
    assert_eq!(read("!!!"), None);
}

#[test]
fn generic_words_alone_make_no_neighbours() {
    assert!(super::generic_word("failed"));
    assert!(!super::generic_word("balance"));
    assert!(!super::generic_word("xyzzy"));
}
