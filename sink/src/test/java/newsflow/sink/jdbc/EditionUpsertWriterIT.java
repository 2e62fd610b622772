package newsflow.sink.jdbc;

import static newsflow.sink.jdbc.SampleEditions.T1;
import static newsflow.sink.jdbc.SampleEditions.T2;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.TopicTag;
import newsflow.sink.schema.SchemaMigrator;
import newsflow.sink.schema.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer against real databases: a PostgreSQL from Maven-shipped binaries and SQLite files. */
class EditionUpsertWriterIT {

    private static final RetryPolicy NO_WAIT = new RetryPolicy(3, Duration.ZERO, Duration.ZERO, d -> { });

    record Db(String url, HikariDataSource ds, EditionUpsertWriter writer) implements AutoCloseable {
        @Override
        public void close() {
            ds.close();
        }
    }

    static Db open(String vendor) {
        String url = TestDatabases.fresh(vendor);
        SchemaMigrator.migrate(url, null, null);
        HikariDataSource ds = SinkDataSources.create(url, null, null, "it-" + vendor);
        return new Db(url, ds, new EditionUpsertWriter(ds, SqlDialect.fromJdbcUrl(url),
                new EditionRowMapper(IptcTopLevel.shipped()), NO_WAIT));
    }

    /** Inserted and updated rows are told apart (newsflow_sink_rows_total): new keys, newer versions, repeats. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void insertedAndUpdatedRowsAreToldApart(String vendor) throws SQLException {
        Edition v1 = SampleEditions.bridge("Bridge repair approved", 1, T1);
        Edition v2 = SampleEditions.bridge("Bridge repair approved (updated)", 2, T2);
        try (Db db = open(vendor)) {
            WriteOutcome firstTime = db.writer().write(List.of(v1));
            assertThat(firstTime.inserted()).isEqualTo(1);
            assertThat(firstTime.stored()).isEqualTo(1);

            WriteOutcome newer = db.writer().write(List.of(v2, v1));
            assertThat(newer.stored()).isEqualTo(1);
            assertThat(newer.inserted()).as("a newer version replaces the row").isZero();
            assertThat(newer.unchanged()).isEqualTo(1);
        }
        Edition w1 = SampleEditions.bridge("Bridge repair approved", 1, T1);
        Edition w2 = SampleEditions.bridge("Bridge repair approved (updated)", 2, T2);
        try (Db db = open(vendor)) {
            WriteOutcome inOneBatch = db.writer().write(List.of(w1, w2));
            assertThat(inOneBatch.stored()).isEqualTo(2);
            assertThat(inOneBatch.inserted()).as("inserted once, then updated in the same batch").isEqualTo(1);
        }
    }

    /** C36: duplicate, newer and late older versions in one batch and across batches; one row, the newest. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void c36OlderVersionNeverOverwritesNewer(String vendor) throws SQLException {
        Edition v1 = SampleEditions.bridge("Bridge repair approved", 1, T1);
        Edition v2 = SampleEditions.bridge("Bridge repair approved (updated)", 2, T2);
        try (Db db = open(vendor)) {
            WriteOutcome first = db.writer().write(List.of(v1, v1, v2, v1));
            assertThat(first.failures()).isEmpty();
            assertThat(first.stored()).isEqualTo(2);     // v1 inserted, v2 replaced it
            assertThat(first.unchanged()).isEqualTo(2);  // the redelivery and the late replay

            WriteOutcome replay = db.writer().write(List.of(v1, v2));
            assertThat(replay.stored()).isZero();
            assertThat(replay.unchanged()).isEqualTo(2);

            assertThat(query(db, "SELECT title || '|' || enrichment_version FROM editions"))
                    .containsExactly("Bridge repair approved (updated)|2");
            assertThat(query(db, "SELECT code || '|' || top_code || '|' || rank FROM edition_topics ORDER BY rank"))
                    .containsExactly("medtop:20001245|medtop:04000000|0", "medtop:11000000|medtop:11000000|1");
        }
    }

    /** Same version, later fetch wins; same version, earlier fetch does not. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void sameVersionLaterFetchWins(String vendor) throws SQLException {
        try (Db db = open(vendor)) {
            db.writer().write(List.of(SampleEditions.bridge("first fetch", 3, T1)));
            db.writer().write(List.of(SampleEditions.bridge("second fetch", 3, T1.plusMillis(1))));
            db.writer().write(List.of(SampleEditions.bridge("earlier fetch", 3, T1.minusSeconds(60))));
            assertThat(query(db, "SELECT title FROM editions")).containsExactly("second fetch");
        }
    }

    /** Children are replaced only when the parent row was written: a late older version keeps the new topics. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void childRowsFollowTheParent(String vendor) throws SQLException {
        Edition v2 = SampleEditions.edition("D2", "fr", "Pont", 2, T2, List.of("Le pont sera réparé."),
                List.of(new TopicTag("medtop:15000000", "sport", 0.9)), null);
        Edition v1 = SampleEditions.edition("D2", "fr", "Pont", 1, T1, List.of("Le pont."),
                List.of(new TopicTag("medtop:01000000", "arts, culture, entertainment and media", 0.9)), null);
        try (Db db = open(vendor)) {
            db.writer().write(List.of(v2));
            db.writer().write(List.of(v1));
            assertThat(query(db, "SELECT code FROM edition_topics")).containsExactly("medtop:15000000");
            assertThat(query(db, "SELECT top_topic FROM editions")).containsExactly("medtop:15000000");
        }
    }

    /** A poison record (a constraint violation) is returned as a failure; the rest of its batch is stored. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void poisonRecordIsUnrolledOutOfItsBatch(String vendor) throws SQLException {
        Edition good1 = SampleEditions.edition("G1", "de", "Brücke", 1, T1, List.of("Die Brücke."), List.of(), null);
        Edition bad = new Edition("P1", "en", "https://news.example/p", "example", "bad share", "ltr", 1.5,
                List.of("x"), List.of(), List.of(), null, null, List.of(), null, T1, 1, "h", 1, false, null);
        Edition noFetch = new Edition("P2", "en", "https://news.example/q", "example", "no fetch", "ltr", 1,
                List.of("x"), List.of(), List.of(), null, null, List.of(), null, null, 1, "h", 1, false, null);
        Edition good2 = SampleEditions.edition("G2", "es", "Puente", 1, T1, List.of("El puente."), List.of(), null);
        try (Db db = open(vendor)) {
            WriteOutcome out = db.writer().write(List.of(good1, bad, noFetch, good2));
            assertThat(out.stored()).isEqualTo(2);
            assertThat(out.failures()).extracting(WriteOutcome.Failure::index).containsExactly(1, 2);
            assertThat(out.failures().get(0).error()).isInstanceOf(SQLException.class);
            assertThat(out.failures().get(0).error().getMessage()).containsIgnoringCase("check");
            assertThat(out.failures().get(1).error()).isInstanceOf(InvalidEditionException.class);
            assertThat(query(db, "SELECT document_id FROM editions ORDER BY document_id"))
                    .containsExactly("G1", "G2");
        }
    }

    /** Every field survives the round trip; JSON columns hold the lists, body the joined paragraphs. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void storesEveryField(String vendor) throws SQLException {
        try (Db db = open(vendor)) {
            db.writer().write(List.of(SampleEditions.bridge("Bridge repair approved", 1, T1)));
            String body = "The city council approved the repair of the old bridges on Tuesday.\n\nWork starts on 11 July 2024.";
            assertThat(query(db, "SELECT body FROM editions")).containsExactly(body);
            assertThat(query(db, "SELECT published_value || '|' || published_precision || '|' || published_source"
                    + " FROM editions")).containsExactly("2024-03-05T09:30:00+01:00|minute|json-ld:datePublished");
            assertThat(query(db, "SELECT CAST(published_day AS TEXT) || '|' || CAST(fetched_day AS TEXT) FROM editions"))
                    .containsExactly("2024-03-05|2024-03-05");
            assertThat(query(db, "SELECT CAST(paragraphs AS TEXT) FROM editions").get(0))
                    .contains("old bridges on Tuesday.", "11 July 2024.");
            assertThat(query(db, "SELECT CAST(dates AS TEXT) FROM editions").get(0)).contains("2024-07-11");
            assertThat(query(db, "SELECT CAST(authors AS TEXT) FROM editions").get(0)).contains("Jane Doe");
            assertThat(query(db, "SELECT top_topic || '|' || CAST(top_topic_score AS TEXT) FROM editions"))
                    .containsExactly("medtop:04000000|0.8");
            assertThat(query(db, "SELECT site_name || '|' || content_hash || '|' || CAST(edition_count AS TEXT)"
                    + " || '|' || direction FROM editions")).containsExactly("News Example|c0ffee1|1|ltr");
        }
    }

    /** The dashboard view: editions per day, language and top-level topic; untagged editions under NULL. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void dashboardViewCountsEditionsPerDayLanguageAndTopic(String vendor) throws SQLException {
        DateValue mar5 = new DateValue("2024-03-05", "day", "meta:article:published_time");
        DateValue march = new DateValue("2024-03", "month", "url");
        TopicTag sport = new TopicTag("medtop:20000822", "competition discipline", 0.7);
        List<Edition> batch = new ArrayList<>(List.of(
                SampleEditions.edition("A", "en", "a", 1, T1, List.of("a"), List.of(sport), mar5),
                SampleEditions.edition("A", "ar", "a", 1, T1, List.of("a"), List.of(sport), mar5),
                SampleEditions.edition("B", "en", "b", 1, T1, List.of("b"), List.of(sport), mar5),
                SampleEditions.edition("C", "en", "c", 1, T1, List.of("c"), List.of(), mar5),
                // month precision: counted on its fetch day
                SampleEditions.edition("D", "en", "d", 1, T2.plus(Duration.ofDays(1)), List.of("d"), List.of(sport), march)));
        try (Db db = open(vendor)) {
            assertThat(db.writer().write(batch).stored()).isEqualTo(5);
            assertThat(query(db, "SELECT CAST(day AS TEXT) || '|' || lang || '|' || COALESCE(top_topic, '-') || '|'"
                    + " || CAST(editions AS TEXT) FROM editions_per_day ORDER BY day, lang, top_topic"))
                    .containsExactlyInAnyOrder(
                            "2024-03-05|ar|medtop:15000000|1",
                            "2024-03-05|en|medtop:15000000|2",
                            "2024-03-05|en|-|1",
                            "2024-03-06|en|medtop:15000000|1");
            assertThat(query(db, "SELECT CAST(day AS TEXT) || '|' || lang || '|' || top_code || '|'"
                    + " || CAST(editions AS TEXT) FROM topic_editions_per_day"))
                    .containsExactlyInAnyOrder(
                            "2024-03-05|ar|medtop:15000000|1",
                            "2024-03-05|en|medtop:15000000|2",
                            "2024-03-06|en|medtop:15000000|1");
        }
    }

    /** The summary queries the demo prints. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void summaryQueries(String vendor) throws SQLException {
        TopicTag sport = new TopicTag("medtop:20000822", "competition discipline", 0.7);
        try (Db db = open(vendor)) {
            db.writer().write(List.of(
                    SampleEditions.bridge("Bridge repair approved", 1, T1),
                    SampleEditions.edition("A", "ar", "a", 1, T1, List.of("a"), List.of(sport), null),
                    SampleEditions.edition("A", "en", "a", 1, T1, List.of("a"), List.of(sport), null),
                    SampleEditions.edition("B", "fr", "b", 1, T1, List.of("b"), List.of(), null)));
            SinkQueries q = new SinkQueries(db.ds());
            assertThat(q.documents()).isEqualTo(3);
            assertThat(q.editionsPerLanguageMap()).containsExactly(Map.entry("en", 2L), Map.entry("ar", 1L),
                    Map.entry("fr", 1L));
            assertThat(q.topTopics(5)).containsExactly(new SinkQueries.Count("medtop:15000000", 2),
                    new SinkQueries.Count("medtop:04000000", 1));
            assertThat(q.sample()).hasSize(4).first().asString().startsWith("2024-03-05|");
        }
    }

    /** SQLite runs in WAL mode with foreign keys on: a dashboard reads while the sink writes. */
    @Test
    void sqlitePoolUsesWalAndForeignKeys() throws SQLException {
        try (Db db = open("sqlite")) {
            assertThat(query(db, "PRAGMA journal_mode")).containsExactly("wal");
            assertThat(query(db, "PRAGMA foreign_keys")).containsExactly("1");
            assertThat(db.ds().getMaximumPoolSize()).isEqualTo(1);
        }
    }

    /** A database that fails twice with a transient error, then recovers: the batch is written once. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void transientFailuresAreRetried(String vendor) throws SQLException {
        try (Db db = open(vendor)) {
            AtomicInteger failures = new AtomicInteger(2);
            DataSource flaky = (DataSource) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
                        if (m.getName().equals("getConnection") && failures.getAndDecrement() > 0) {
                            throw new SQLTransientConnectionException("database restarting");
                        }
                        try {
                            return m.invoke(db.ds(), args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            List<Duration> waits = new ArrayList<>();
            EditionUpsertWriter writer = new EditionUpsertWriter(flaky, SqlDialect.fromJdbcUrl(db.url()),
                    new EditionRowMapper(IptcTopLevel.shipped()),
                    new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), waits::add));
            WriteOutcome out = writer.write(List.of(SampleEditions.bridge("t", 1, T1)));
            assertThat(out.stored()).isEqualTo(1);
            assertThat(waits).hasSize(2);
            assertThat(query(db, "SELECT title FROM editions")).containsExactly("t");
        }
    }

    /** Migrations are idempotent: a second run applies nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void migrationRunsOnce(String vendor) {
        String url = TestDatabases.fresh(vendor);
        assertThat(SchemaMigrator.migrate(url, null, null)).isEqualTo("postgresql".equals(vendor) ? 5 : 4);
        assertThat(SchemaMigrator.migrate(url, null, null)).isZero();
    }

    static List<String> query(Db db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.ds().getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            c.rollback();
        }
        return out;
    }
}
