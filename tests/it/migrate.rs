//! A database written by an earlier schema is migrated in place, keeping what users imported.

use crate::common;

use common::TestEnv;
use rusqlite::Connection;

/// Builds a schema-2 database by hand (the shipped migrations 0001 and 0002), with one
/// imported variant and its Russian text, as sipkb 0.2 would have left it.
fn schema_2_database(env: &TestEnv) {
    let conn = Connection::open(&env.db).expect("open");
    conn.execute_batch(include_str!("../../migrations/0001_init.sql"))
        .expect("0001");
    conn.execute_batch(include_str!("../../migrations/0002_imports.sql"))
        .expect("0002");
    conn.execute_batch(
        "PRAGMA user_version = 2;
         INSERT INTO import(id, source, sha256, imported_at) VALUES (1, 'old.csv', '', '2026-01-01T00:00:00Z');
         INSERT INTO vendor(id, slug, name, import_id) VALUES (1, 'acme', 'Acme', 1);
         INSERT INTO variant(id, vendor_id, code, phrase, phrase_norm, category, message, import_id)
              VALUES (1, 1, 480, 'Out of credit', 'out of credit', 'billing', 'acme-480-out-of-credit', 1);
         INSERT INTO variant_text(variant_id, locale, ftl)
              VALUES (1, 'ru', 'acme-480-out-of-credit =\n    .title = Нет средств\n    .ui = Недостаточно средств\n');",
    )
    .expect("rows");
}

#[test]
fn a_schema_2_database_keeps_its_imported_texts() {
    let env = TestEnv::empty();
    schema_2_database(&env);
    let out = env.explain_json(&["--lang", "ru", "480 Out of credit"]);
    assert_eq!(out["match"], "variant", "{out}");
    assert_eq!(out["variants"][0]["title"], "Нет средств", "{out}");
    assert_eq!(out["variants"][0]["ui"], "Недостаточно средств", "{out}");

    let conn = Connection::open(&env.db).expect("open");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("version");
    let migrations = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/migrations"))
        .expect("migrations")
        .count() as i64;
    assert_eq!(version, migrations);
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .expect("check");
    assert_eq!(check, "ok");
    // Its texts were indexed for search on the way (schema 4 brought the index).
    let out = env
        .cmd()
        .args(["search", "--json", "средств"])
        .output()
        .expect("runs");
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(hits[0]["vendor"], "acme", "{hits}");
    assert_eq!(hits[0]["matched"], "Нет средств", "{hits}");
    // The new tables still refuse a locale sipkb does not have.
    let bad = conn.execute(
        "INSERT INTO variant_text(variant_id, locale, ftl) VALUES (1, 'de', 'x')",
        [],
    );
    assert!(bad.is_err(), "locale check kept");
    // And they still belong to their variant: removing the list removes its texts.
    env.cmd()
        .args(["remove", "--vendor", "acme"])
        .assert()
        .success();
    // (The built-in lists keep theirs: their texts are in their files since round two.)
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM variant_text t LEFT JOIN variant v ON v.id = t.variant_id
              WHERE t.variant_id = 1 OR v.id IS NULL",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(left, 0);
}
