package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.sink.schema.SqlDialect;
import org.junit.jupiter.api.Test;

class UpsertSqlTest {

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    @Test
    void oneParameterPerColumnInColumnOrder() {
        String sql = UpsertSql.upsertEdition(SqlDialect.SQLITE);
        assertThat(count(sql, "?")).isEqualTo(EditionColumns.ALL.size());
        assertThat(sql).startsWith("INSERT INTO editions (document_id, lang, url, ");
        assertThat(sql).contains("VALUES (?, ?, ?, ");
    }

    @Test
    void conflictTargetIsThePrimaryKeyAndKeyColumnsAreNeverUpdated() {
        String sql = UpsertSql.upsertEdition(SqlDialect.POSTGRESQL);
        assertThat(sql).contains(" ON CONFLICT (document_id, lang) DO UPDATE SET url = excluded.url, ");
        assertThat(sql).doesNotContain("document_id = excluded.document_id").doesNotContain("lang = excluded.lang");
        for (EditionColumns.Column c : EditionColumns.ALL) {
            if (!EditionColumns.KEY.contains(c.name())) {
                assertThat(sql).contains(c.name() + " = excluded." + c.name());
            }
        }
        assertThat(sql).contains("stored_at = CURRENT_TIMESTAMP");
    }

    @Test
    void updateOnlyWhenTheIncomingEditionIsNewer() {
        String sql = UpsertSql.upsertEdition(SqlDialect.SQLITE);
        assertThat(sql).endsWith(" WHERE " + UpsertSql.NEWER_WINS);
        assertThat(UpsertSql.NEWER_WINS).startsWith("excluded.enrichment_version > editions.enrichment_version OR ")
                .contains("CASE WHEN excluded.fetched_url = excluded.url THEN 1 ELSE 0 END")
                .endsWith(" AND excluded.fetched_at > editions.fetched_at)");
    }

    @Test
    void jsonColumnsAreCastToJsonbOnPostgresqlOnly() {
        long jsonColumns = EditionColumns.ALL.stream().filter(c -> c.kind() == EditionColumns.Kind.JSON).count();
        assertThat(jsonColumns).as("paragraphs, topics, dates, authors, keywords").isEqualTo(5);
        assertThat(count(UpsertSql.upsertEdition(SqlDialect.POSTGRESQL), "CAST(? AS jsonb)")).isEqualTo(5);
        assertThat(UpsertSql.upsertEdition(SqlDialect.SQLITE)).doesNotContain("jsonb");
    }

    @Test
    void topicStatementsNameTheChildTable() {
        assertThat(count(UpsertSql.insertTopic(), "?")).isEqualTo(7);
        assertThat(UpsertSql.deleteTopics()).isEqualTo("DELETE FROM edition_topics WHERE document_id = ? AND lang = ?");
    }
}
