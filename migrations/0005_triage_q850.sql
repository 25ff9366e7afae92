-- Issue #7: triage facts on every entry and the ITU-T Q.850 causes with their SIP mapping.

-- Who most likely has to act (caller, callee, carrier, operator, none). Filled by the
-- built-in refresh that follows this migration (the registry's fingerprint changed).
ALTER TABLE code ADD COLUMN side TEXT NOT NULL DEFAULT 'none';

-- A variant's own triage facts; NULL means the code's answer holds.
ALTER TABLE variant ADD COLUMN side TEXT;
ALTER TABLE variant ADD COLUMN retry TEXT;

-- ITU-T Q.850 cause values, from data/q850.toml.
CREATE TABLE q850_cause (
    value      INTEGER PRIMARY KEY CHECK (value BETWEEN 1 AND 127),
    name       TEXT NOT NULL,            -- the ITU-T name
    class      TEXT NOT NULL,            -- normal, resource-unavailable, ...
    to_sip     INTEGER CHECK (to_sip IS NULL OR to_sip BETWEEN 100 AND 699), -- RFC 3398 §7.2.4.1
    freeswitch TEXT                      -- FreeSWITCH hangup cause name
);

-- Names switches use for a cause (FreeSWITCH `USER_BUSY`, Asterisk `AST_CAUSE_BUSY`), upper case.
CREATE TABLE q850_alias (
    alias    TEXT PRIMARY KEY,
    value    INTEGER NOT NULL REFERENCES q850_cause(value) ON DELETE CASCADE,
    platform TEXT NOT NULL CHECK (platform = 'freeswitch' OR platform = 'asterisk'),
    ord      INTEGER NOT NULL             -- the order data/q850.toml lists them in
) WITHOUT ROWID;
CREATE INDEX q850_alias_value ON q850_alias(value);

-- RFC 3398 §8.2.6.1: the cause a gateway puts in the REL for a SIP response (NULL: none).
CREATE TABLE sip_q850 (
    sip   INTEGER PRIMARY KEY CHECK (sip BETWEEN 100 AND 699),
    cause INTEGER REFERENCES q850_cause(value),
    note  TEXT
);
CREATE INDEX sip_q850_cause ON sip_q850(cause);
