-- Issue 13: the dashboard views count a topic only when its score is at least 0.15 (TopicTagger.REPORTED_MIN_SCORE,
-- docs/topics.md). Below that a tag is a side mention (a sport word in a budget story scores 0.05-0.07); counting
-- every tag down to 0.02 made 19 editions with 2 about sport count 6 sport editions. Tags stay stored in
-- edition_topics with their scores; only the views filter. Portable SQL (PostgreSQL and SQLite).
DROP VIEW IF EXISTS editions_per_day;
DROP VIEW IF EXISTS topic_editions_per_day;

-- day: the publication day as the page gives it, or the UTC fetch day when the page gives none (or only a year or
-- month). top_topic: the edition's IPTC top-level code when its score is at least 0.15, else NULL.
CREATE VIEW editions_per_day AS
SELECT COALESCE(published_day, fetched_day) AS day,
       lang,
       CASE WHEN top_topic_score >= 0.15 THEN top_topic END AS top_topic,
       COUNT(*) AS editions
FROM editions
GROUP BY COALESCE(published_day, fetched_day), lang, CASE WHEN top_topic_score >= 0.15 THEN top_topic END;

-- Every top-level topic tagged with a score of at least 0.15 counts, not only the best one: an edition tagged
-- above the threshold under two top-level topics counts once under each.
CREATE VIEW topic_editions_per_day AS
SELECT day, lang, top_code, COUNT(*) AS editions
FROM (SELECT DISTINCT e.document_id,
                      e.lang,
                      COALESCE(e.published_day, e.fetched_day) AS day,
                      t.top_code
      FROM editions e
      JOIN edition_topics t ON t.document_id = e.document_id AND t.lang = e.lang
      WHERE t.top_code IS NOT NULL AND t.score >= 0.15) tagged
GROUP BY day, lang, top_code;
