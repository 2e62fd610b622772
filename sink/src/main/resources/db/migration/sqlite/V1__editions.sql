-- newsflow sink schema, SQLite flavour: the same columns as the PostgreSQL flavour, with SQLite's types.
-- JSON columns hold JSON text, days hold 'YYYY-MM-DD' text and fetched_at holds a fixed-width UTC instant
-- ('YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ') so that text order is time order.
CREATE TABLE editions (
    document_id         TEXT    NOT NULL CHECK (document_id <> ''),
    lang                TEXT    NOT NULL CHECK (lang <> ''),
    url                 TEXT    NOT NULL,
    fetched_url         TEXT,
    source              TEXT,
    title               TEXT,
    direction           TEXT    CHECK (direction IN ('ltr', 'rtl')),
    share               REAL    NOT NULL CHECK (share >= 0 AND share <= 1),
    body                TEXT    NOT NULL,
    paragraphs          TEXT    NOT NULL CHECK (json_valid(paragraphs)),
    topics              TEXT    NOT NULL CHECK (json_valid(topics)),
    dates               TEXT    NOT NULL CHECK (json_valid(dates)),
    authors             TEXT    NOT NULL CHECK (json_valid(authors)),
    top_topic           TEXT,
    top_topic_score     REAL,
    published_value     TEXT,
    published_precision TEXT,
    published_source    TEXT,
    published_day       TEXT,
    modified_value      TEXT,
    modified_precision  TEXT,
    modified_source     TEXT,
    site_name           TEXT,
    fetched_at          TEXT    NOT NULL,
    fetched_day         TEXT    NOT NULL,
    enrichment_version  INTEGER NOT NULL,
    content_hash        TEXT,
    edition_count       INTEGER NOT NULL,
    text_truncated      INTEGER NOT NULL CHECK (text_truncated IN (0, 1)),
    topic_note          TEXT,
    stored_at           TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (document_id, lang)
);

CREATE INDEX editions_day_lang_idx ON editions (published_day, lang);
CREATE INDEX editions_fetched_day_idx ON editions (fetched_day);

CREATE TABLE edition_topics (
    document_id TEXT    NOT NULL,
    lang        TEXT    NOT NULL,
    code        TEXT    NOT NULL,
    top_code    TEXT,
    label       TEXT,
    score       REAL    NOT NULL,
    rank        INTEGER NOT NULL,
    PRIMARY KEY (document_id, lang, code),
    FOREIGN KEY (document_id, lang) REFERENCES editions (document_id, lang) ON DELETE CASCADE
);

CREATE INDEX edition_topics_top_idx ON edition_topics (top_code);
