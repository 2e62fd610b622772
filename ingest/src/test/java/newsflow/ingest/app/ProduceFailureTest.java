package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.ingest.MutableClock;
import newsflow.ingest.TestSite;
import newsflow.ingest.fetch.HostScheduler;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.pagination.PaginationWalker;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.state.FetchState;
import newsflow.ingest.state.FetchStateStore;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11: a producer failure that is transient (broker unavailable longer than the delivery timeout, leader
 * change, not enough replicas) never dead-letters a page nor records a terminal state: the page is sent again
 * until acknowledged; only a non-retriable failure dead-letters it, with what a replay needs. Before the fix every
 * failure dead-lettered the page as {@code produce-failed} and marked it dead-lettered for good.
 */
class ProduceFailureTest {
    private static final Instant NOON = Instant.parse("2024-03-06T12:00:00Z");
    private final MutableClock clock = new MutableClock(NOON);
    private final RecordingOutput output = new RecordingOutput();
    private final HostScheduler scheduler = new HostScheduler();
    private final IngestCounters counters = new IngestCounters(new SimpleMeterRegistry());
    private final ProduceRetry retry = new ProduceRetry(Duration.ofMillis(1), Duration.ofMillis(4));
    private TestSite site;
    private TaskWorker worker;
    private UrlAdmission admission;
    private FetchStateStore store;

    @BeforeEach
    void setUp() throws Exception {
        site = new TestSite();
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.page("/a/1", "text/html", "<p>one</p>");
        HttpFetcher fetcher = TestFetching.fetcher();
        RobotsCache robots = TestFetching.robots(fetcher, clock);
        store = new FetchStateStore(Map.of(), output::fetchState);
        DeadLetters dl = new DeadLetters(output, store, counters, retry);
        admission = new UrlAdmission(scheduler, store, dl, counters, clock);
        worker = new TaskWorker(fetcher, robots, scheduler, store, output, dl, admission, counters,
                TestFetching.retry(), Duration.ofHours(1),
                Duration.ofSeconds(1), Duration.ofSeconds(10), 1_000_000, clock,
                new PaginationWalker(10, PaginationWalker.DEFAULT_MAX_RECORD_BYTES), Announcer.local(admission),
                retry, newsflow.ingest.status.SourceStatusRecorder.inMemory(
                        new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), clock));
        assertThat(admission.admitPage(site.base() + "/a/1", null, "test", SourceHints.NONE,
                site.base() + "/feed.xml")).isTrue();
    }

    @AfterEach
    void tearDown() {
        site.close();
    }

    static Stream<Exception> transientFailures() {
        return Stream.of(new TimeoutException("Expiring 1 record(s): 120000 ms has passed since batch creation"),
                new NotLeaderOrFollowerException("not the leader"), new NetworkException("broker unavailable"),
                new NotEnoughReplicasException("2 in sync, 3 needed"));
    }

    static Stream<Exception> permanentFailures() {
        return Stream.of(new RecordTooLargeException("too large"), new SerializationException("cannot serialise"),
                new InvalidTopicException("bad topic"));
    }

    @ParameterizedTest
    @MethodSource("transientFailures")
    void aTransientFailureIsSentAgainUntilAcknowledgedAndThePageIsFetchedOnce(Exception failure) {
        output.rawPageFailure = failure;
        output.failuresLeft.set(5);
        runNext();

        assertThat(output.pages).extracting(RawPage::url).containsExactly(site.base() + "/a/1");
        assertThat(output.deadLetters).isEmpty();
        assertThat(output.states.get(site.base() + "/a/1").outcome()).isEqualTo(FetchState.FETCHED);
        assertThat(site.requests()).filteredOn("/a/1"::equals).hasSize(1);
        assertThat(scheduler.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("transientFailures")
    void aTransientFailureDuringShutdownLeavesTheTaskUnfinishedWithoutAnyState(Exception failure) {
        output.rawPageFailure = failure;
        retry.stop();
        runNext();

        assertThat(output.pages).isEmpty();
        assertThat(output.deadLetters).isEmpty();
        assertThat(output.states).isEmpty();
        assertThat(scheduler.size()).as("the task is still queued: its record is read again").isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("permanentFailures")
    void aNonRetriableFailureDeadLettersThePageWithWhatAReplayNeeds(Exception failure) {
        output.rawPageFailure = failure;
        runNext();

        assertThat(output.pages).isEmpty();
        assertThat(output.deadLetters).hasSize(1);
        DeadLetter letter = output.deadLetters.get(0);
        assertThat(letter.url()).isEqualTo(site.base() + "/a/1");
        assertThat(letter.detail()).contains("fetched_url=" + site.base() + "/a/1")
                .contains("discovered_via=" + site.base() + "/feed.xml").contains("status=200");
        assertThat(output.deadLetterClasses).containsExactly(failure.getClass().getName());
        assertThat(output.states.get(site.base() + "/a/1").outcome()).isEqualTo(FetchState.DEAD_LETTERED);
    }

    @ParameterizedTest
    @MethodSource("transientFailures")
    void aDeadLetterWhoseSendFailsTransientlyIsSentAgainBeforeTheStateIsRecorded(Exception failure) {
        site.on("/a/1", ex -> TestSite.respond(ex, 404, "text/html", new byte[0]));
        output.deadLetterFailure = failure;
        output.failuresLeft.set(3);
        runNext();

        assertThat(output.deadLetters).extracting(DeadLetter::reason).containsExactly("http-404");
        assertThat(output.states.get(site.base() + "/a/1").outcome()).isEqualTo(FetchState.DEAD_LETTERED);
    }

    private void runNext() {
        var next = scheduler.next(clock.instant()).orElseThrow();
        worker.run(next.getKey(), next.getValue());
    }
}
