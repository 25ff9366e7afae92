-- What the sqlite3 shell itself takes to store the benchmark's rows the way sipkb stores
-- them (scripts/bench-import.sh runs this after `.import` into a TEMP table `plain`): the
-- variant rows with their four indexes, one Fluent text per row, and a full-text index of each
-- row's folded texts with the shown lines beside it, in WAL mode and one transaction. It is the
-- floor under `sipkb import` on the same machine: no parsing, validation, Unicode folding,
-- stemming or duplicate reporting, and SQL's lower() instead of full case folding. The shell's
-- own SQLite may be older than sipkb's (3.40 on Debian 12), so the search index is a
-- contentless FTS5 table plus a plain table of the shown lines instead of sipkb's
-- contentless_unindexed one, which writes the same bytes.
PRAGMA journal_mode = WAL;
PRAGMA cache_size = -65536;
CREATE TABLE variant (
    id INTEGER PRIMARY KEY, vendor_id INTEGER NOT NULL, code INTEGER, vendor_code TEXT,
    vendor_code_norm TEXT, phrase TEXT NOT NULL, phrase_norm TEXT NOT NULL,
    category TEXT NOT NULL, message TEXT NOT NULL, import_id INTEGER NOT NULL,
    side TEXT, retry TEXT
);
CREATE UNIQUE INDEX variant_key
    ON variant(phrase_norm, vendor_id, IFNULL(code, 0), IFNULL(vendor_code_norm, ''));
CREATE INDEX variant_code_phrase ON variant(code, phrase_norm);
CREATE INDEX variant_vendor ON variant(vendor_id);
CREATE INDEX variant_vendor_code ON variant(vendor_code_norm) WHERE vendor_code_norm IS NOT NULL;
CREATE TABLE variant_text (
    variant_id INTEGER NOT NULL, locale TEXT NOT NULL, ftl TEXT NOT NULL,
    PRIMARY KEY (variant_id, locale)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE search USING fts5(
    body, stems, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search(search, rank) VALUES ('hashsize', 16777216);
CREATE TABLE search_shown (id INTEGER PRIMARY KEY, shown TEXT NOT NULL);

BEGIN;
INSERT INTO variant(id, vendor_id, code, phrase, phrase_norm, category, message, import_id)
SELECT rowid, 3, code, phrase, lower(phrase), category,
       'bench-' || code || '-' || lower(replace(phrase, ' ', '-')), 3
  FROM plain;
INSERT INTO variant_text(variant_id, locale, ftl)
SELECT rowid, 'en', 'bench-' || code || '-' || lower(replace(phrase, ' ', '-')) || ' =' || char(10)
       || '    .title = ' || title_en || char(10) || '    .ui = ' || ui_en || char(10)
  FROM plain;
INSERT INTO search(rowid, body, stems)
SELECT rowid * 4,
       code || char(10) || lower(phrase) || char(10) || 'bench' || char(10) || lower(title_en)
       || char(10) || lower(ui_en),
       'generat entri fail'
  FROM plain;
INSERT INTO search_shown(id, shown)
SELECT rowid * 4, code || char(10) || phrase || char(10) || 'bench' || char(10) || title_en
       || char(10) || ui_en
  FROM plain;
COMMIT;
