-- sipkb schema, version 1. Never edit a shipped migration: add 0002_….sql instead.

-- Key/value facts about the database itself (e.g. the hash of the built-in data it holds).
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Canonical codes: one row per code of the IANA "Response Codes" registry.
CREATE TABLE code (
    code     INTEGER PRIMARY KEY CHECK (code BETWEEN 100 AND 699),
    reason   TEXT NOT NULL,          -- IANA reason phrase
    wire     TEXT,                   -- phrase on the wire when it differs from `reason`
    rfc      TEXT NOT NULL,          -- defining documents, comma separated
    category TEXT NOT NULL,
    q850     INTEGER CHECK (q850 IS NULL OR q850 BETWEEN 1 AND 127),
    retry    TEXT NOT NULL,
    message  TEXT NOT NULL           -- Fluent message id of its explanation
);

-- Other spellings of a canonical phrase; they match as the canonical entry.
CREATE TABLE code_alias (
    code        INTEGER NOT NULL REFERENCES code(code) ON DELETE CASCADE,
    phrase      TEXT NOT NULL,
    phrase_norm TEXT NOT NULL,
    PRIMARY KEY (code, phrase_norm)
);
CREATE INDEX code_alias_phrase ON code_alias(phrase_norm);

-- Provenance: one row per applied import (built-in lists included).
CREATE TABLE import (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,       -- file name as given, or builtin:<name>
    sha256      TEXT NOT NULL,
    imported_at TEXT NOT NULL,       -- RFC 3339, UTC
    builtin     INTEGER NOT NULL DEFAULT 0,
    variants    INTEGER NOT NULL DEFAULT 0
);

-- A list's owner: a softswitch, a carrier, a phone family.
CREATE TABLE vendor (
    id        INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    note      TEXT,
    builtin   INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER NOT NULL REFERENCES import(id)
);

-- A reason phrase (or device status code) as one vendor uses it.
CREATE TABLE variant (
    id               INTEGER PRIMARY KEY,
    vendor_id        INTEGER NOT NULL REFERENCES vendor(id) ON DELETE CASCADE,
    code             INTEGER CHECK (code IS NULL OR code BETWEEN 100 AND 699),
    vendor_code      TEXT,           -- e.g. 0x751, as the device shows it
    vendor_code_norm TEXT,           -- lower case, for lookup
    phrase           TEXT NOT NULL,  -- verbatim, as seen on the wire
    phrase_norm      TEXT NOT NULL,  -- normalized for matching (see phrase.rs)
    category         TEXT NOT NULL,
    message          TEXT NOT NULL,  -- Fluent message id of its explanation
    import_id        INTEGER NOT NULL REFERENCES import(id),
    CHECK (code IS NOT NULL OR vendor_code IS NOT NULL)
);
CREATE UNIQUE INDEX variant_key ON variant(vendor_id, IFNULL(code, 0), IFNULL(vendor_code_norm, ''), phrase_norm);
CREATE INDEX variant_code_phrase ON variant(code, phrase_norm);
CREATE INDEX variant_phrase ON variant(phrase_norm);
CREATE INDEX variant_vendor_code ON variant(vendor_code_norm);

-- A vendor's note about a whole response class ("5xx: the softswitch is at fault").
CREATE TABLE class_note (
    id        INTEGER PRIMARY KEY,
    vendor_id INTEGER NOT NULL REFERENCES vendor(id) ON DELETE CASCADE,
    class     INTEGER NOT NULL CHECK (class BETWEEN 1 AND 6),
    message   TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES import(id),
    UNIQUE (vendor_id, class)
);

-- Explanation texts brought by imports, one Fluent message per (message, locale), so that
-- imported lists render through the same Fluent bundles as the built-in texts.
CREATE TABLE message_text (
    message   TEXT NOT NULL,
    locale    TEXT NOT NULL CHECK (locale IN ('en', 'ru', 'zh')),
    ftl       TEXT NOT NULL,
    vendor_id INTEGER NOT NULL REFERENCES vendor(id) ON DELETE CASCADE,
    PRIMARY KEY (message, locale)
);
