package newsflow.sink.jdbc;

import static newsflow.sink.jdbc.SampleEditions.T1;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13: the dashboard views count a topic only from a score of 0.15 (V5), on a real PostgreSQL and SQLite.
 * Variants: a weak secondary tag (a sport word in a budget story), a weak deeper tag under another subject, an
 * edition whose best topic is itself weak, and a tag exactly at the threshold.
 */
class TopicViewThresholdIT {

    private static final DateValue DAY = new DateValue("2024-03-05", "day", "meta:article:published_time");
    private static final TopicTag POLITICS = new TopicTag("medtop:11000000", "politics", 0.6);
    private static final TopicTag SPORT_WEAK = new TopicTag("medtop:15000000", "sport", 0.05);
    private static final TopicTag SOCCER_WEAK = new TopicTag("medtop:20001065", "soccer", 0.14);
    private static final TopicTag ECONOMY_WEAK = new TopicTag("medtop:04000000", "economy, business and finance", 0.1);
    private static final TopicTag HEALTH_AT = new TopicTag("medtop:07000000", "health", 0.15);

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void viewsCountOnlyTopicsFromTheThreshold(String vendor) throws SQLException {
        List<Edition> batch = List.of(
                SampleEditions.edition("A", "en", "a", 1, T1, List.of("a"), List.of(POLITICS, SPORT_WEAK), DAY),
                SampleEditions.edition("B", "en", "b", 1, T1, List.of("b"), List.of(POLITICS, SOCCER_WEAK), DAY),
                SampleEditions.edition("C", "en", "c", 1, T1, List.of("c"), List.of(ECONOMY_WEAK), DAY),
                SampleEditions.edition("D", "en", "d", 1, T1, List.of("d"), List.of(HEALTH_AT), DAY));
        try (EditionUpsertWriterIT.Db db = EditionUpsertWriterIT.open(vendor)) {
            assertThat(db.writer().write(batch).stored()).isEqualTo(4);
            assertThat(EditionUpsertWriterIT.query(db, "SELECT top_code || '|' || CAST(editions AS TEXT)"
                    + " FROM topic_editions_per_day"))
                    .containsExactlyInAnyOrder("medtop:11000000|2", "medtop:07000000|1");
            assertThat(EditionUpsertWriterIT.query(db, "SELECT COALESCE(top_topic, '-') || '|' || CAST(editions AS TEXT)"
                    + " FROM editions_per_day"))
                    .containsExactlyInAnyOrder("medtop:11000000|2", "medtop:07000000|1", "-|1");
            assertThat(EditionUpsertWriterIT.query(db, "SELECT CAST(COUNT(*) AS TEXT) FROM edition_topics"))
                    .as("the weak tags stay stored; only the views filter").containsExactly("6");
        }
    }
}
