-- Page kinds and metadata (issue 3), SQLite flavour of the PostgreSQL V4: the same columns, keywords as JSON
-- text and paywalled as 0/1. Rows written before this migration read as one free page without metadata.
ALTER TABLE editions ADD COLUMN pages       INTEGER NOT NULL DEFAULT 1 CHECK (pages >= 1);
ALTER TABLE editions ADD COLUMN paywalled   INTEGER NOT NULL DEFAULT 0 CHECK (paywalled IN (0, 1));
ALTER TABLE editions ADD COLUMN lead_image  TEXT;
ALTER TABLE editions ADD COLUMN section     TEXT;
ALTER TABLE editions ADD COLUMN keywords    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(keywords));
ALTER TABLE editions ADD COLUMN body_source TEXT;                     -- dom, jsonld or hydration
