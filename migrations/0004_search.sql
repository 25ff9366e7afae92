-- sipkb schema, version 4: full-text search (issue 4).

-- One document per (entry, locale): the phrase, device code and vendor name, and the entry's
-- explanation texts in that locale. `body` is the text folded as phrases are (NFKC, full case
-- folding, ё as е) with every CJK character spaced out, so that unicode61 indexes Chinese one
-- character per token and a word of any length is a phrase query; `stems` holds the Snowball
-- stems of the Russian and English words, so inflected forms meet. `shown` is what was written,
-- one text per line, to show where a query matched.
--
-- The rowid says whose document it is: variant id × 4 + locale (0 en, 1 ru, 2 zh) for a
-- vendor variant, and -(code × 4 + locale) for a canonical code, so that an entry's documents
-- are one rowid range (FTS5 cannot index its other columns).
CREATE VIRTUAL TABLE search USING fts5(
    body,
    stems,
    shown UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- However a variant goes (an update, --replace, removing its vendor, refreshing the built-in
-- lists), its documents go with it.
CREATE TRIGGER variant_search_delete AFTER DELETE ON variant BEGIN
    DELETE FROM search WHERE rowid BETWEEN old.id * 4 AND old.id * 4 + 3;
END;
