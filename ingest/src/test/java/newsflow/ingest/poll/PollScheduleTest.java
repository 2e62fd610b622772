package newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.model.DiscoveredUrl;
import newsflow.ingest.MutableClock;
import newsflow.ingest.feed.ArchiveCursor;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.junit.jupiter.api.Test;

/**
 * Validators and next polls kept in the fetch state: a second schedule over the states the first one wrote (a
 * restart, or the host's new owner) sends the same validators and keeps the adapted interval.
 */
class PollScheduleTest {
    private static final String FEED = "https://news.example/rss.xml";
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-06T12:00:00Z"));
    private final Map<String, FetchState> topic = new HashMap<>();
    private final PollInterval bounds = new PollInterval(Duration.ofMinutes(1), Duration.ofHours(1));

    private FetchStateStore store() {
        return new FetchStateStore(topic, topic::put);
    }

    private static FetchResponse response(int status, Map<String, List<String>> headers, String body) {
        return new FetchResponse(FEED, FEED, status, headers, body.getBytes(StandardCharsets.UTF_8), 0);
    }

    private static List<DiscoveredUrl> news(String... paths) {
        return java.util.Arrays.stream(paths).map(p -> new DiscoveredUrl("https://news.example/" + p, "s", FEED))
                .toList();
    }

    @Test
    void anItemListedAgainIsNotNewsTwice() {
        PollSchedule s = new PollSchedule(store(), bounds, clock);
        Duration source = Duration.ofMinutes(8);
        s.queued(FEED, source, clock.instant());
        assertThat(s.read(FEED, response(200, Map.of(), "<rss/>"), news("a", "b"), true, ArchiveCursor.EMPTY)).isEqualTo(Duration.ofMinutes(4));
        // "b" still waits for its fetch: listed again, it is not news
        assertThat(s.read(FEED, response(200, Map.of(), "<rss/>"), news("b"), true, ArchiveCursor.EMPTY)).isEqualTo(Duration.ofMinutes(6));
        assertThat(s.read(FEED, response(200, Map.of(), "<rss/>"), news("b", "c"), true, ArchiveCursor.EMPTY)).isEqualTo(Duration.ofMinutes(3));
        // a child sitemap is not an item
        DiscoveredUrl child = new DiscoveredUrl("https://news.example/s2.xml", "s", FEED, null, DiscoveredUrl.SITEMAP);
        assertThat(s.read(FEED, response(200, Map.of(), "<rss/>"), List.of(child), false, ArchiveCursor.EMPTY))
                .isEqualTo(Duration.ofSeconds(270));
    }

    @Test
    void validatorsAndTheAdaptedIntervalSurviveARestart() {
        PollSchedule first = new PollSchedule(store(), bounds, clock);
        assertThat(first.conditionalHeaders(FEED)).isEmpty();
        first.queued(FEED, Duration.ofMinutes(10), clock.instant());
        Duration next = first.read(FEED, response(200, Map.of("etag", List.of("\"v1\""),
                "last-modified", List.of("Wed, 06 Mar 2024 11:00:00 GMT")), "<rss/>"), news("a"), true, ArchiveCursor.EMPTY);
        assertThat(next).isEqualTo(Duration.ofMinutes(5));
        assertThat(topic.get(FetchState.documentKey(FEED)).etag()).isEqualTo("\"v1\"");

        PollSchedule restarted = new PollSchedule(store(), bounds, clock);
        assertThat(restarted.conditionalHeaders(FEED)).containsEntry("If-None-Match", "\"v1\"")
                .containsEntry("If-Modified-Since", "Wed, 06 Mar 2024 11:00:00 GMT");
        assertThat(restarted.dueAt(FEED)).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5));
        restarted.queued(FEED, Duration.ofMinutes(10), clock.instant());
        // a 304 without validators keeps the old ones; the interval grows from the persisted 5 minutes
        assertThat(restarted.notModified(FEED, response(304, Map.of(), ""))).isEqualTo(Duration.ofSeconds(450));
        assertThat(restarted.conditionalHeaders(FEED)).containsEntry("If-None-Match", "\"v1\"");
    }

    @Test
    void aReadWhoseItemsWereNotHandedOnIsReadInFullNextTime() {
        PollSchedule s = new PollSchedule(store(), bounds, clock);
        s.queued(FEED, Duration.ofMinutes(10), clock.instant());
        s.read(FEED, response(200, Map.of("etag", List.of("\"v2\"")), "<rss/>"), List.of(), true, ArchiveCursor.EMPTY);
        s.forget(FEED);
        assertThat(s.conditionalHeaders(FEED)).isEmpty();
        assertThat(new PollSchedule(store(), bounds, clock).conditionalHeaders(FEED)).isEmpty();
    }

    @Test
    void theFeedsTtlAndCacheControlAreFloors() {
        PollSchedule s = new PollSchedule(store(), bounds, clock);
        s.queued(FEED, Duration.ofMinutes(10), clock.instant());
        assertThat(s.read(FEED, response(200, Map.of(), "<rss><channel><ttl>20</ttl></channel></rss>"), news("a"), true, ArchiveCursor.EMPTY))
                .isEqualTo(Duration.ofMinutes(20));
        assertThat(s.read(FEED, response(200, Map.of("cache-control", List.of("max-age=1800")), "<rss/>"), news("b"),
                true, ArchiveCursor.EMPTY)).isEqualTo(Duration.ofMinutes(30));
        // a sitemap's body is not scanned for a channel head
        assertThat(s.read(FEED, response(200, Map.of(), "<rss><channel><ttl>50</ttl></channel></rss>"), news("c"), false, ArchiveCursor.EMPTY))
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aDocumentOutsideTheSourcesFileKeepsValidatorsButHasNoSchedule() {
        PollSchedule s = new PollSchedule(store(), bounds, clock);
        assertThat(s.read(FEED, response(200, Map.of("etag", List.of("W/\"c\"")), "<urlset/>"), news("a"), false, ArchiveCursor.EMPTY)).isNull();
        assertThat(s.dueAt(FEED)).isNull();
        assertThat(s.conditionalHeaders(FEED)).containsEntry("If-None-Match", "W/\"c\"");
    }
}
