package newsflow.systest.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.systest.site.Request;
import newsflow.systest.site.RequestLog;
import org.junit.jupiter.api.Test;

/** The figures the system tests assert on, computed from a hand-made request log and database content. */
class FiguresTest {
    private static final String A = "http://127.0.0.2:8001/news/a.html";
    private static final String B = "http://127.0.0.2:8001/news/b.html";
    private static final String C = "http://127.0.0.3:8002/news/c.html";
    private static final Set<String> URLS = new LinkedHashSet<>(List.of(A, B, C));

    @Test
    void everyUrlOnceAndStoredOnceIsClean() {
        RequestLog log = log(req(A, 0), req(B, 300), req(C, 10));
        Figures f = Figures.of("t", URLS, log, Map.of(A, 1, B, 1, C, 1), 300);
        assertThat(f.line()).contains("requests-per-url=1..1", "min-host-gap-ms=300", "lost=0", "duplicated=0", "invented=0");
        assertThat(f.gapsUnderDelay()).isZero();
    }

    @Test
    void aUrlFetchedTwiceCloseTogetherIsCountedAndItsGapIsTheMinimum() {
        RequestLog log = log(req(A, 0), req(A, 5), req(B, 400), req(C, 0));
        Figures f = Figures.of("t", URLS, log, Map.of(A, 1, B, 1, C, 1), 300);
        assertThat(f.maxRequests()).isEqualTo(2);
        assertThat(f.requestedTwice()).isEqualTo(1);
        assertThat(f.minHostGapMs()).isEqualTo(5);
        assertThat(f.gapsUnderDelay()).isEqualTo(1);
    }

    @Test
    void requestsToDifferentHostsNeverMakeAGap() {
        RequestLog log = log(req(A, 0), req(C, 1));
        Figures f = Figures.of("t", URLS, log, Map.of(A, 1, C, 1), 300);
        assertThat(f.minHostGapMs()).isEqualTo(-1);
        assertThat(f.minRequests()).isZero();
    }

    @Test
    void missingDuplicatedAndForeignRowsAreLostDuplicatedAndInvented() {
        Figures f = Figures.of("t", URLS, new RequestLog(), Map.of(A, 3, "http://elsewhere/x", 2), 300);
        assertThat(f.stored()).isEqualTo(1);
        assertThat(f.lost()).isEqualTo(2);
        assertThat(f.duplicated()).isEqualTo(2);
        assertThat(f.invented()).isEqualTo(2);
    }

    private static RequestLog log(Request... requests) {
        RequestLog log = new RequestLog();
        for (Request r : requests) {
            log.add(r);
        }
        return log;
    }

    private static Request req(String url, long millis) {
        String host = url.substring("http://".length(), url.indexOf('/', "http://".length()));
        return new Request(url, host, url.substring(url.indexOf('/', "http://".length())), Instant.ofEpochMilli(1_000_000 + millis));
    }
}
