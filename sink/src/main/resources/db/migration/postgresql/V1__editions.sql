-- newsflow sink schema, PostgreSQL flavour. One row per (document, language) edition.
-- Types differ from the SQLite flavour only where PostgreSQL has a better one (JSONB, DATE, TIMESTAMPTZ,
-- BOOLEAN); column names and meanings are identical, so the portable view of V2 works on both.
CREATE TABLE editions (
    document_id         TEXT             NOT NULL CHECK (document_id <> ''),
    lang                TEXT             NOT NULL CHECK (lang <> ''),
    url                 TEXT             NOT NULL,
    fetched_url         TEXT,
    source              TEXT,
    title               TEXT,
    direction           TEXT             CHECK (direction IN ('ltr', 'rtl')),
    share               DOUBLE PRECISION NOT NULL CHECK (share >= 0 AND share <= 1),
    body                TEXT             NOT NULL,           -- paragraphs joined by a blank line
    paragraphs          JSONB            NOT NULL,           -- JSON array of strings
    topics              JSONB            NOT NULL,           -- JSON array of {code, label, score}
    dates               JSONB            NOT NULL,           -- JSON array of {text, value, type, start, end, ...}
    authors             JSONB            NOT NULL,           -- JSON array of strings
    top_topic           TEXT,                                -- IPTC top-level qcode of the best-ranked ancestor
    top_topic_score     DOUBLE PRECISION,
    published_value     TEXT,                                -- ISO 8601 at the page's precision
    published_precision TEXT,
    published_source    TEXT,
    published_day       DATE,                                -- day of published_value as the page gives it
    modified_value      TEXT,
    modified_precision  TEXT,
    modified_source     TEXT,
    site_name           TEXT,
    fetched_at          TIMESTAMPTZ      NOT NULL,
    fetched_day         DATE             NOT NULL,           -- UTC day of fetched_at
    enrichment_version  INTEGER          NOT NULL,
    content_hash        TEXT,
    edition_count       INTEGER          NOT NULL,
    text_truncated      BOOLEAN          NOT NULL,
    topic_note          TEXT,
    stored_at           TIMESTAMPTZ      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (document_id, lang)
);

CREATE INDEX editions_day_lang_idx ON editions (published_day, lang);
CREATE INDEX editions_fetched_day_idx ON editions (fetched_day);

-- One row per IPTC tag of an edition, so that a dashboard can count editions per topic, day and language.
CREATE TABLE edition_topics (
    document_id TEXT             NOT NULL,
    lang        TEXT             NOT NULL,
    code        TEXT             NOT NULL,
    top_code    TEXT,
    label       TEXT,
    score       DOUBLE PRECISION NOT NULL,
    rank        INTEGER          NOT NULL,
    PRIMARY KEY (document_id, lang, code),
    FOREIGN KEY (document_id, lang) REFERENCES editions (document_id, lang) ON DELETE CASCADE
);

CREATE INDEX edition_topics_top_idx ON edition_topics (top_code);
