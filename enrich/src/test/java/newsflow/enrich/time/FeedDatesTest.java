package newsflow.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.FeedItem;
import org.junit.jupiter.api.Test;

class FeedDatesTest {
    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");

    private static FeedItem item(String published) {
        return new FeedItem("https://news.example/a1", "A1", published, published, false);
    }

    @Test
    void thePageDateAlwaysWins() {
        DateValue page = new DateValue("2024-03-04", "day", "time@datetime");
        assertThat(FeedDates.published(page, item("2024-03-05T08:15:00Z"), FETCHED)).isSameAs(page);
    }

    @Test
    void withoutAPageDateTheFeedDateIsUsedWithItsOffsetAndPrecision() {
        assertThat(FeedDates.published(null, item("2024-03-05T09:15:00+01:00"), FETCHED))
                .isEqualTo(new DateValue("2024-03-05T09:15:00+01:00", "second", "feed"));
        assertThat(FeedDates.published(null, item("2012-05-23T02:23:01"), FETCHED))
                .isEqualTo(new DateValue("2012-05-23T02:23:01", "second", "feed"));
        assertThat(FeedDates.published(null, item("2024-03-05T09:15Z"), FETCHED))
                .isEqualTo(new DateValue("2024-03-05T09:15Z", "minute", "feed"));
        assertThat(FeedDates.published(null, item("2024-03-05"), FETCHED))
                .isEqualTo(new DateValue("2024-03-05", "day", "feed"));
    }

    @Test
    void noFeedDateAnUnreadableOneOrOneAfterTheFetchGivesNothing() {
        assertThat(FeedDates.published(null, null, FETCHED)).isNull();
        assertThat(FeedDates.published(null, item(null), FETCHED)).isNull();
        assertThat(FeedDates.published(null, item("yesterday"), FETCHED)).isNull();
        assertThat(FeedDates.published(null, item("2031-01-31T00:00:00Z"), FETCHED)).isNull();
        // within the day of slack (time zones) it is kept
        assertThat(FeedDates.published(null, item("2024-03-07T06:00:00+09:00"), FETCHED)).isNotNull();
    }
}
