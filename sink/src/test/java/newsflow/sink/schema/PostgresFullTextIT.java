package newsflow.sink.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.Edition;
import newsflow.sink.jdbc.EditionRowMapper;
import newsflow.sink.jdbc.EditionUpsertWriter;
import newsflow.sink.jdbc.IptcTopLevel;
import newsflow.sink.jdbc.RetryPolicy;
import newsflow.sink.jdbc.SampleEditions;
import newsflow.sink.jdbc.SinkDataSources;
import newsflow.sink.jdbc.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The per-language full-text indexes of migration V3, on a real PostgreSQL. */
class PostgresFullTextIT {
    private static HikariDataSource ds;

    @BeforeAll
    static void setUp() {
        String url = TestDatabases.freshPostgresUrl();
        SchemaMigrator.migrate(url, null, null);
        ds = SinkDataSources.create(url, null, null, "fts-it");
        EditionUpsertWriter writer = new EditionUpsertWriter(ds, SqlDialect.POSTGRESQL,
                new EditionRowMapper(IptcTopLevel.shipped()), RetryPolicy.of(1, Duration.ZERO, Duration.ZERO));
        List<Edition> editions = List.of(
                SampleEditions.edition("F1", "en", "Council approves repairs", 1, SampleEditions.T1,
                        List.of("The old bridges will be repaired."), List.of(), null),
                SampleEditions.edition("F1", "ar", "المجلس يوافق على الإصلاح", 1, SampleEditions.T1,
                        List.of("سيتم إصلاح الجسور القديمة في المدينة."), List.of(), null),
                SampleEditions.edition("F2", "fr", "Réparation", 1, SampleEditions.T1,
                        List.of("Les ponts seront réparés."), List.of(), null));
        assertThat(writer.write(editions).stored()).isEqualTo(3);
    }

    @AfterAll
    static void tearDown() {
        ds.close();
    }

    @Test
    void indexesExistForLanguagesWithAConfiguration() throws SQLException {
        List<String> indexes = strings("SELECT indexname FROM pg_indexes WHERE tablename = 'editions'"
                + " AND indexname LIKE 'editions_fts_%'");
        assertThat(indexes).contains("editions_fts_ar", "editions_fts_en", "editions_fts_fr", "editions_fts_de",
                "editions_fts_es", "editions_fts_it", "editions_fts_pt", "editions_fts_ru", "editions_fts_tr",
                "editions_fts_nl");
        // exactly one index per language listed as indexed
        assertThat(indexes).hasSameSizeAs(strings("SELECT lang FROM text_search_languages"));
        assertThat(strings("SELECT config FROM text_search_languages WHERE lang = 'ar'")).containsExactly("arabic");
    }

    @Test
    void stemmedSearchFindsTheEditionInItsLanguage() throws SQLException {
        // "bridge" matches "bridges" under the english configuration
        assertThat(search("en", "english", "bridge")).containsExactly("F1");
        assertThat(search("fr", "french", "pont")).containsExactly("F2");
        assertThat(search("ar", "arabic", "الجسور")).containsExactly("F1");
        assertThat(search("en", "english", "ponts")).isEmpty();
    }

    @Test
    void searchUsesThePartialIndexOfItsLanguage() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            // 5,000 other Arabic editions (rolled back below), so that the planner has a reason to use an index
            s.execute("INSERT INTO editions (document_id, lang, url, share, body, paragraphs, topics, dates, authors,"
                    + " fetched_at, fetched_day, enrichment_version, edition_count, text_truncated)"
                    + " SELECT 'X' || g, 'ar', 'https://news.example/x', 1, 'خبر رقم ' || g, '[]', '[]', '[]', '[]',"
                    + " now(), current_date, 1, 1, false FROM generate_series(1, 5000) g");
            s.execute("ANALYZE editions");
            try (ResultSet rs = s.executeQuery("EXPLAIN SELECT document_id FROM editions WHERE lang = 'ar' AND "
                    + "to_tsvector('arabic'::regconfig, edition_search_text(title, body)) "
                    + "@@ plainto_tsquery('arabic', 'جسر')")) {
                while (rs.next()) {
                    plan.add(rs.getString(1));
                }
            }
            c.rollback();
        }
        assertThat(String.join("\n", plan)).contains("editions_fts_ar");
    }

    private static List<String> search(String lang, String config, String words) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT document_id FROM editions WHERE lang = ? AND to_tsvector(CAST(? AS regconfig),"
                        + " edition_search_text(title, body)) @@ plainto_tsquery(CAST(? AS regconfig), ?)")) {
            ps.setString(1, lang);
            ps.setString(2, config);
            ps.setString(3, config);
            ps.setString(4, words);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            c.rollback();
        }
        return out;
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            c.rollback();
        }
        return out;
    }
}
