-- Views a dashboard queries directly; portable SQL (PostgreSQL and SQLite).
-- day: the publication day as the page gives it, or the UTC fetch day when the page gives none (or only a
-- year or month). top_topic: the edition's IPTC top-level code, NULL when the edition has no topic.
CREATE VIEW editions_per_day AS
SELECT COALESCE(published_day, fetched_day) AS day,
       lang,
       top_topic,
       COUNT(*) AS editions
FROM editions
GROUP BY COALESCE(published_day, fetched_day), lang, top_topic;

-- Every tagged top-level topic counts, not only the best one: an edition tagged with sub-topics of two
-- top-level topics counts once under each.
CREATE VIEW topic_editions_per_day AS
SELECT day, lang, top_code, COUNT(*) AS editions
FROM (SELECT DISTINCT e.document_id,
                      e.lang,
                      COALESCE(e.published_day, e.fetched_day) AS day,
                      t.top_code
      FROM editions e
      JOIN edition_topics t ON t.document_id = e.document_id AND t.lang = e.lang
      WHERE t.top_code IS NOT NULL) tagged
GROUP BY day, lang, top_code;
