//! Lookups at scale (issue 4): with 1,000,000 generated vendor variants imported, an exact
//! `code + phrase` explanation, a phrase alone, a fuzzy (misspelled) phrase and full-text
//! searches, each through the library facade as the CLI and the server call it.
//!
//! Run: `cargo bench --bench lookup`. The first run generates the variants and imports them
//! into `target/bench-data/lookup-<N>.db` (a few minutes); later runs reuse that file.
//! `SIPKB_BENCH_ROWS` sets N (default 1,000,000).

use criterion::{Criterion, criterion_group, criterion_main};
use sipkb::{ExplainOptions, ImportOptions, Kb, Locale, MatchKind, SearchOptions};
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Words the generated phrases are made of: carriers reuse a small vocabulary, so phrases
/// under one code look alike and a fuzzy lookup has many near neighbours to rank.
const WORDS: &[&str] = &[
    "route",
    "blocked",
    "balance",
    "exhausted",
    "subscriber",
    "absent",
    "number",
    "barred",
    "trunk",
    "congested",
    "gateway",
    "timeout",
    "codec",
    "rejected",
    "account",
    "suspended",
    "prefix",
    "unknown",
    "channel",
    "limit",
    "destination",
    "closed",
    "media",
    "failure",
];
/// Registered codes the variants are spread over.
const CODES: &[u16] = &[
    400, 401, 402, 403, 404, 405, 406, 407, 408, 410, 413, 414, 415, 416, 420, 421, 423, 480, 481,
    482, 483, 484, 485, 486, 487, 488, 491, 493, 500, 501, 502, 503, 504, 505, 513, 580, 600, 603,
    604, 606,
];
const CATEGORIES: &[&str] = &[
    "billing",
    "routing",
    "user-state",
    "media",
    "capacity",
    "policy",
];
/// Sentences the explanations draw on, in the three locales.
const EN: &[&str] = &[
    "The prepaid balance of the calling account ran out",
    "No route towards the dialled prefix is configured",
    "The called subscriber is busy on another call",
    "The far end offered no codec in common",
];
const RU: &[&str] = &[
    "На счёте абонента закончились деньги",
    "Для набранного префикса нет маршрута",
    "Вызываемый абонент занят другим вызовом",
    "Стороны не договорились о кодеке",
];
const ZH: &[&str] = &[
    "主叫账户余额不足",
    "被叫号码前缀没有可用路由",
    "被叫用户正忙",
    "双方没有共同支持的编解码器",
];

/// Row `i`: vendor, code, phrase, category and explanation texts.
fn row(i: usize) -> (String, u16, String, &'static str, usize) {
    let vendor = format!("carrier-{:04}", i % 1000);
    let code = CODES[(i / 1000) % CODES.len()];
    let n = i / 1000;
    let w = |k: usize| WORDS[(n / k + i) % WORDS.len()];
    let phrase = format!("{} {} {} {n}", w(1), w(7), w(13));
    (
        vendor,
        code,
        phrase,
        CATEGORIES[i % CATEGORIES.len()],
        i % EN.len(),
    )
}

/// Writes `rows` generated variants as a CSV list: every row has English texts, every second
/// one Russian and every third one Chinese.
fn generate(path: &Path, rows: usize) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(
        out,
        "vendor,code,phrase,category,title_en,summary_en,ui_en,summary_ru,summary_zh"
    )?;
    for i in 0..rows {
        let (vendor, code, phrase, category, s) = row(i);
        let ru = if i % 2 == 0 { RU[s] } else { "" };
        let zh = if i % 3 == 0 { ZH[s] } else { "" };
        writeln!(
            out,
            "{vendor},{code},{phrase},{category},{phrase} at {vendor},{}. Entry {i}.,Call failed,{ru},{zh}",
            EN[s]
        )?;
    }
    out.flush()
}

/// The database with `rows` variants, built on first use.
fn database(rows: usize) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    let db = dir.join(format!("lookup-{rows}.db"));
    let ready = dir.join(format!("lookup-{rows}.ready"));
    if ready.exists() {
        return db;
    }
    std::fs::create_dir_all(&dir).expect("create target/bench-data");
    for stale in [&db, &ready] {
        let _ = std::fs::remove_file(stale);
    }
    let csv = dir.join(format!("lookup-{rows}.csv"));
    eprintln!("generating {rows} variants into {}", db.display());
    generate(&csv, rows).expect("write the generated list");
    let mut kb = Kb::open(&db).expect("open the bench database");
    let report = kb
        .import(
            &[sipkb::Input::Path(csv.clone())],
            &ImportOptions::default(),
            &mut |_| {},
        )
        .expect("import the generated list");
    assert_eq!(report.problem_count, 0, "the generated list has problems");
    std::fs::remove_file(&csv).ok();
    std::fs::write(&ready, b"").expect("mark the bench database ready");
    db
}

fn lookups(c: &mut Criterion) {
    let rows: usize = std::env::var("SIPKB_BENCH_ROWS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_000_000);
    // Opened read-write: a database from an older sipkb is brought up to date first.
    let kb = Kb::open(&database(rows)).expect("open the bench database");
    let opts = ExplainOptions {
        locale: Some(Locale::En),
        ..Default::default()
    };
    // A row from the middle of the list: its vendor has a thousand others.
    let (_, code, phrase, _, _) = row(rows / 2 + 17);

    let exact = format!("SIP/2.0 {code} {phrase}");
    assert_eq!(kb.explain(&exact, &opts).unwrap().kind, MatchKind::Variant);
    c.bench_function("explain exact code+phrase", |b| {
        b.iter(|| kb.explain(black_box(&exact), &opts).unwrap())
    });

    assert_eq!(kb.explain(&phrase, &opts).unwrap().kind, MatchKind::Phrase);
    c.bench_function("explain phrase alone", |b| {
        b.iter(|| kb.explain(black_box(&phrase), &opts).unwrap())
    });

    // Two letters swapped and one dropped: a typo a support desk makes.
    let mut typo: Vec<char> = phrase.chars().collect();
    typo.swap(1, 2);
    typo.remove(5);
    let fuzzy = format!("SIP/2.0 {code} {}", typo.into_iter().collect::<String>());
    let ex = kb.explain(&fuzzy, &opts).unwrap();
    assert!(
        ex.fuzzy || ex.kind == MatchKind::UnknownVariant,
        "{fuzzy}: {:?}",
        ex.kind
    );
    c.bench_function("explain fuzzy code+phrase", |b| {
        b.iter(|| kb.explain(black_box(&fuzzy), &opts).unwrap())
    });

    let search = SearchOptions::default();
    for (name, query) in [
        ("search rare phrase", phrase.as_str()),
        ("search common word", "balance"),
        ("search russian inflected", "деньгами"),
        ("search chinese word", "余额"),
    ] {
        assert!(!kb.search(query, &search).unwrap().is_empty(), "{query}");
        c.bench_function(name, |b| {
            b.iter(|| kb.search(black_box(query), &search).unwrap())
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = lookups
}
criterion_main!(benches);
