//! Tests of documents, queries and their folding.

use super::*;
use text::push_word;

#[test]
fn chinese_is_indexed_by_character_and_russian_by_stem() {
    let doc = Doc::new(["余额不足", "Деньгами", "Codecs", "Busy", "Codec"]);
    assert_eq!(doc.body, "余 额 不 足\nденьгами\ncodecs\nbusy\ncodec");
    assert_eq!(doc.stems, "деньг codec busi");
    let q = SearchQuery::parse("余额 деньги busy").unwrap();
    assert_eq!(
        q.expr,
        "body : \"余 额\" AND (body : \"деньги\" OR body : \"деньг\" OR stems : \"деньг\") \
         AND (body : \"busy\" OR body : \"busi\" OR stems : \"busi\")"
    );
    assert_eq!(
        q.prefix_expr.unwrap(),
        "body : \"余 额\" AND (body : \"деньги\" OR body : \"деньг\" OR stems : \"деньг\") \
         AND (body : \"busy\"* OR body : \"busi\"* OR stems : \"busi\"*)"
    );
}

#[test]
fn parts_join_into_the_document_of_all_texts() {
    let texts = [
        "480",
        "0x751",
        "  Temporarily Unavailable  ",
        "",
        "!!!",
        "Операция отклонена: недостаточно денег",
        "   ",
        "余额不足 (balance) — 请充值",
        "two\nlines\r\nhere",
        "Codecs mismatched; calls dropped",
        "—",
        "Billing",
    ];
    // Every split of the texts into up to three consecutive parts, at every offset.
    for a in 0..=texts.len() {
        for b in a..=texts.len() {
            for start in 0..=a {
                let all = &texts[start..];
                let (x, y, z) = (&texts[start..a], &texts[a..b], &texts[b..]);
                let [x, y, z] = [x, y, z].map(|t| DocPart::new(t.iter().copied()));
                let joined = DocPart::join(&[&x, &y, &z]);
                let whole = Doc::new(all.iter().copied());
                let at = format!("{start}..{a}..{b}");
                assert_eq!(joined.body, whole.body, "{at}");
                assert_eq!(joined.stems, whole.stems, "{at}");
                assert_eq!(joined.shown, whole.shown, "{at}");
                // What the store gives back: `body` made again from `shown`.
                assert_eq!(body_of(&whole.shown), whole.body, "{at}");
            }
        }
    }
}

#[test]
fn empty_stems_join_as_they_would_be_written() {
    // What `Doc::new` writes for a run of stems: each after a space unless nothing is
    // written yet (no real stemmer returns an empty stem, but the join must not care).
    fn written(stems: &[&str]) -> String {
        let mut out = String::new();
        for s in stems {
            push_word(&mut out, s);
        }
        out
    }
    fn part(stems: &[&str]) -> DocPart {
        let first = stems.iter().position(|s| !s.is_empty());
        DocPart {
            doc: Doc {
                body: "x".into(),
                stems: written(stems),
                shown: "x".into(),
            },
            empty_stems: first.unwrap_or(stems.len()),
        }
    }
    let runs: [&[&str]; 6] = [
        &[],
        &[""],
        &["", ""],
        &["a"],
        &["", "b", ""],
        &["c", "", "d"],
    ];
    for x in runs {
        for y in runs {
            for z in runs {
                let all: Vec<&str> = x.iter().chain(y).chain(z).copied().collect();
                let joined = DocPart::join(&[&part(x), &part(y), &part(z)]);
                assert_eq!(joined.stems, written(&all), "{x:?} {y:?} {z:?}");
            }
        }
    }
}

#[test]
fn syntax_is_text() {
    let q = SearchQuery::parse("\"x NEAR( '; DROP TABLE *").unwrap();
    assert!(q.expr.contains("\"near\""), "{}", q.expr);
    assert!(SearchQuery::parse(" ?!.. ").is_none());
}
