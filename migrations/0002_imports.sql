-- sipkb schema, version 2: imports become first-class (issue 3).

-- Provenance grows the counts `sipkb sources` shows, and records removals and restores too.
ALTER TABLE import ADD COLUMN action TEXT NOT NULL DEFAULT 'import'
    CHECK (action IN ('import', 'remove', 'restore'));
ALTER TABLE import ADD COLUMN vendors   TEXT    NOT NULL DEFAULT '';  -- slugs, comma separated
ALTER TABLE import ADD COLUMN added     INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import ADD COLUMN changed   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import ADD COLUMN unchanged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import ADD COLUMN removed   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import ADD COLUMN rejected  INTEGER NOT NULL DEFAULT 0;

-- Imported texts belong to the entry that brought them, not to a global message id: two lists
-- cannot overwrite each other's texts, and removing a list removes its texts (cascade).
CREATE TABLE variant_text (
    variant_id INTEGER NOT NULL REFERENCES variant(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL CHECK (locale IN ('en', 'ru', 'zh')),
    ftl        TEXT NOT NULL,
    PRIMARY KEY (variant_id, locale)
) WITHOUT ROWID;

CREATE TABLE class_note_text (
    note_id INTEGER NOT NULL REFERENCES class_note(id) ON DELETE CASCADE,
    locale  TEXT NOT NULL CHECK (locale IN ('en', 'ru', 'zh')),
    ftl     TEXT NOT NULL,
    PRIMARY KEY (note_id, locale)
) WITHOUT ROWID;

INSERT INTO variant_text(variant_id, locale, ftl)
    SELECT v.id, m.locale, m.ftl FROM message_text m
      JOIN variant v ON v.message = m.message AND v.vendor_id = m.vendor_id;
INSERT INTO class_note_text(note_id, locale, ftl)
    SELECT n.id, m.locale, m.ftl FROM message_text m
      JOIN class_note n ON n.message = m.message AND n.vendor_id = m.vendor_id;
DROP TABLE message_text;

-- The identity of a variant is (vendor, phrase, code, device code); with the phrase second, the
-- same index also answers "this phrase under another code at this vendor" during an import.
DROP INDEX variant_key;
CREATE UNIQUE INDEX variant_key
    ON variant(vendor_id, phrase_norm, IFNULL(code, 0), IFNULL(vendor_code_norm, ''));
-- Not a partial index (WHERE vendor_code_norm IS NOT NULL), although most variants have no
-- device code: SQLite re-prepares every statement on `variant` whose bound values could decide
-- whether a partial index applies, at each new binding, which made imports 2x slower.

-- Built-in lists a user removed stay removed until `sipkb restore`.
CREATE TABLE removed_builtin (
    slug TEXT PRIMARY KEY
) WITHOUT ROWID;
