-- sipkb schema, version 3: the same data, cheaper to write (issue 3's import speed).

-- `locale IN ('en', 'ru', 'zh')` in a CHECK made SQLite build a temporary B-tree for the list
-- on every insert, a fifth of a large import; the same rule as comparisons costs nothing.
CREATE TABLE variant_text_v3 (
    variant_id INTEGER NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL CHECK (locale = 'en' OR locale = 'ru' OR locale = 'zh'),
    ftl        TEXT NOT NULL,
    PRIMARY KEY (variant_id, locale)
) WITHOUT ROWID;
INSERT INTO variant_text_v3 SELECT variant_id, locale, ftl FROM variant_text;
DROP TABLE variant_text;
ALTER TABLE variant_text_v3 RENAME TO variant_text;

CREATE TABLE class_note_text_v3 (
    note_id INTEGER NOT NULL REFERENCES class_note(id) ON DELETE CASCADE,
    locale  TEXT NOT NULL CHECK (locale = 'en' OR locale = 'ru' OR locale = 'zh'),
    ftl     TEXT NOT NULL,
    PRIMARY KEY (note_id, locale)
) WITHOUT ROWID;
INSERT INTO class_note_text_v3 SELECT note_id, locale, ftl FROM class_note_text;
DROP TABLE class_note_text;
ALTER TABLE class_note_text_v3 RENAME TO class_note_text;

-- Most variants have no device code. Bound values no longer re-prepare statements (the store
-- turns on the query planner stability guarantee), so the index can leave them out again.
DROP INDEX variant_vendor_code;
CREATE INDEX variant_vendor_code ON variant(vendor_code_norm) WHERE vendor_code_norm IS NOT NULL;
