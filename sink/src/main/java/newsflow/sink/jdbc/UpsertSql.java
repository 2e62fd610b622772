package newsflow.sink.jdbc;

import java.util.stream.Collectors;
import newsflow.sink.schema.SqlDialect;

/**
 * The sink's SQL statements, the same text for PostgreSQL and SQLite (3.24+) apart from JSON placeholders.
 * The edition upsert is idempotent and never lets an older edition overwrite a newer one
 * ({@link VersionRule}; case C36):
 * <pre>
 * INSERT INTO editions (…) VALUES (…)
 * ON CONFLICT (document_id, lang) DO UPDATE SET col = excluded.col, …, stored_at = CURRENT_TIMESTAMP
 * WHERE excluded.enrichment_version &gt; editions.enrichment_version
 *    OR (same version AND the incoming row was fetched at its canonical URL and the stored one at a copy)
 *    OR (same version AND both or neither fetched at the canonical URL AND excluded.fetched_at &gt; editions.fetched_at)
 * </pre>
 * Its update count is 1 when the row was inserted or replaced and 0 when the stored row was kept; the child
 * rows of {@code edition_topics} are replaced only in the first case.
 */
public final class UpsertSql {
    /** The SQL form of {@link VersionRule}: {@code excluded} is the incoming row, {@code editions} the stored one. */
    public static final String NEWER_WINS =
            "excluded.enrichment_version > editions.enrichment_version"
            + " OR (excluded.enrichment_version = editions.enrichment_version"
            + " AND (CASE WHEN excluded.fetched_url = excluded.url THEN 1 ELSE 0 END)"
            + " > (CASE WHEN COALESCE(editions.fetched_url, editions.url) = editions.url THEN 1 ELSE 0 END))"
            + " OR (excluded.enrichment_version = editions.enrichment_version"
            + " AND (CASE WHEN excluded.fetched_url = excluded.url THEN 1 ELSE 0 END)"
            + " = (CASE WHEN COALESCE(editions.fetched_url, editions.url) = editions.url THEN 1 ELSE 0 END)"
            + " AND excluded.fetched_at > editions.fetched_at)";

    private UpsertSql() {
    }

    /** @return the edition upsert with one parameter per column of {@link EditionColumns#ALL}, in that order */
    public static String upsertEdition(SqlDialect dialect) {
        String columns = EditionColumns.ALL.stream().map(EditionColumns.Column::name)
                .collect(Collectors.joining(", "));
        String params = EditionColumns.ALL.stream()
                .map(c -> c.kind() == EditionColumns.Kind.JSON ? dialect.jsonPlaceholder() : "?")
                .collect(Collectors.joining(", "));
        String updates = EditionColumns.ALL.stream()
                .filter(c -> !EditionColumns.KEY.contains(c.name()))
                .map(c -> c.name() + " = excluded." + c.name())
                .collect(Collectors.joining(", "));
        return "INSERT INTO editions (" + columns + ") VALUES (" + params + ")"
                + " ON CONFLICT (" + String.join(", ", EditionColumns.KEY) + ") DO UPDATE SET " + updates
                + ", stored_at = CURRENT_TIMESTAMP"
                + " WHERE " + NEWER_WINS;
    }

    /** @return deletes the topic rows of one edition; parameters: document_id, lang */
    public static String deleteTopics() {
        return "DELETE FROM edition_topics WHERE document_id = ? AND lang = ?";
    }

    /** @return deletes one edition (a tombstone); parameters: document_id, lang */
    public static String deleteEdition() {
        return "DELETE FROM editions WHERE document_id = ? AND lang = ?";
    }

    /** @return inserts one topic row; parameters: document_id, lang, code, top_code, label, score, rank */
    public static String insertTopic() {
        return "INSERT INTO edition_topics (document_id, lang, code, top_code, label, score, rank)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    }
}
