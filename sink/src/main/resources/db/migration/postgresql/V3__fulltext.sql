-- Full-text search per language, where this PostgreSQL server has a text-search configuration for it.
-- text_search_languages maps ISO 639-1 codes to configurations; a partial expression GIN index per language
-- indexes edition_search_text(title, body) under that language's configuration. A query uses the index
-- when it repeats the expression and the predicate, e.g.
--   SELECT document_id, title FROM editions
--   WHERE lang = 'ar' AND to_tsvector('arabic'::regconfig, edition_search_text(title, body))
--                         @@ plainto_tsquery('arabic', 'جسر');
-- Languages whose configuration this server lacks (arabic before PostgreSQL 12, for instance) are left out
-- of the table, so it lists exactly the indexed languages.
CREATE TABLE text_search_languages (
    lang   TEXT PRIMARY KEY,
    config TEXT NOT NULL
);

INSERT INTO text_search_languages (lang, config) VALUES
    ('ar', 'arabic'), ('hy', 'armenian'), ('eu', 'basque'), ('ca', 'catalan'), ('da', 'danish'),
    ('nl', 'dutch'), ('en', 'english'), ('fi', 'finnish'), ('fr', 'french'), ('de', 'german'),
    ('el', 'greek'), ('hi', 'hindi'), ('hu', 'hungarian'), ('id', 'indonesian'), ('ga', 'irish'),
    ('it', 'italian'), ('lt', 'lithuanian'), ('ne', 'nepali'), ('no', 'norwegian'), ('nb', 'norwegian'),
    ('pt', 'portuguese'), ('ro', 'romanian'), ('ru', 'russian'), ('sr', 'serbian'), ('es', 'spanish'),
    ('sv', 'swedish'), ('ta', 'tamil'), ('tr', 'turkish'), ('yi', 'yiddish');

DELETE FROM text_search_languages t
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_ts_config c WHERE c.cfgname = t.config);

-- The indexed text: title and body separated by a blank line. IMMUTABLE so that it can be indexed.
CREATE FUNCTION edition_search_text(title TEXT, body TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT COALESCE(title, '') || E'\n\n' || COALESCE(body, '') $$;

DO $$
DECLARE
    l RECORD;
BEGIN
    FOR l IN SELECT lang, config FROM text_search_languages ORDER BY lang LOOP
        EXECUTE format(
            'CREATE INDEX %I ON editions USING gin (to_tsvector(%L::regconfig, edition_search_text(title, body))) WHERE lang = %L',
            'editions_fts_' || l.lang, l.config, l.lang);
    END LOOP;
END
$$;
