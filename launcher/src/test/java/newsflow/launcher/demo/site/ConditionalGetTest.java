package newsflow.launcher.demo.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConditionalGetTest {
    private static final String ETAG = "\"abc123\"";
    private static final Instant MODIFIED = Instant.parse("2025-03-04T10:15:00Z");

    private static Headers headers(String... nameValues) {
        Headers headers = new Headers();
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.add(nameValues[i], nameValues[i + 1]);
        }
        return headers;
    }

    @Test
    void ifNoneMatchUsesWeakComparisonOverAList() {
        assertThat(ConditionalGet.notModified(headers("If-None-Match", ETAG), ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified(headers("If-None-Match", "\"x\", W/\"abc123\""), ETAG, MODIFIED))
                .isTrue();
        assertThat(ConditionalGet.notModified(headers("If-None-Match", "*"), ETAG, MODIFIED)).isTrue();
        assertThat(ConditionalGet.notModified(headers("If-None-Match", "\"abc12\""), ETAG, MODIFIED)).isFalse();
    }

    @Test
    void ifModifiedSinceComparesWholeSeconds() {
        Instant withMillis = MODIFIED.plusMillis(400);
        assertThat(ConditionalGet.notModified(headers("If-Modified-Since", "Tue, 04 Mar 2025 10:15:00 GMT"),
                ETAG, withMillis)).isTrue();
        assertThat(ConditionalGet.notModified(headers("If-Modified-Since", "Tue, 04 Mar 2025 10:14:59 GMT"),
                ETAG, MODIFIED)).isFalse();
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
        Headers both = headers("If-None-Match", "\"other\"", "If-Modified-Since", "Tue, 04 Mar 2025 10:15:00 GMT");
        assertThat(ConditionalGet.notModified(both, ETAG, MODIFIED)).isFalse();
    }

    @Test
    void anUnparseableDateOrNoValidatorMeansAFullResponse() {
        assertThat(ConditionalGet.notModified(headers("If-Modified-Since", "yesterday"), ETAG, MODIFIED)).isFalse();
        assertThat(ConditionalGet.notModified(headers(), ETAG, MODIFIED)).isFalse();
    }

    @Test
    void httpDatesRoundTripInImfFixdate() {
        assertThat(HttpDates.format(MODIFIED)).isEqualTo("Tue, 04 Mar 2025 10:15:00 GMT");
        assertThat(HttpDates.parse("Tue, 04 Mar 2025 10:15:00 GMT")).contains(MODIFIED);
    }
}
