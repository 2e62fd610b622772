-- Page kinds and metadata (issue 3): how many pages of a multi-page article were joined, the paywall mark,
-- the publisher's lead image, section and keywords, and where the text came from. Rows written before this
-- migration read as one free page without metadata.
ALTER TABLE editions ADD COLUMN pages       INTEGER NOT NULL DEFAULT 1 CHECK (pages >= 1);
ALTER TABLE editions ADD COLUMN paywalled   BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE editions ADD COLUMN lead_image  TEXT;
ALTER TABLE editions ADD COLUMN section     TEXT;
ALTER TABLE editions ADD COLUMN keywords    JSONB   NOT NULL DEFAULT '[]'::jsonb; -- JSON array of strings
ALTER TABLE editions ADD COLUMN body_source TEXT;                     -- dom, jsonld or hydration
