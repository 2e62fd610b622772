package newsflow.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedDateParserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tue, 05 Mar 2024 09:15:00 +0100|2024-03-05T09:15:00+01:00",
        "Tue, 5 Mar 2024 09:15:00 GMT|2024-03-05T09:15:00Z",
        "Tue, 05 Mar 24 09:15 EST|2024-03-05T09:15:00-05:00",
        "Tue, Jan 23 2018 02:54:55 MST|2018-01-23T02:54:55-07:00",
        "WED,23 MAY 2012 02:23:01|2012-05-23T02:23:01",
        "Wednesday, 23 May 2012 02:23:01 PDT|2012-05-23T02:23:01-07:00",
        "March 5, 2024 09:15:00 +01:00|2024-03-05T09:15:00+01:00",
        "Tue Jan 23 02:54:55 CST 2018|2018-01-23T02:54:55-06:00",
        "2024-03-05T09:15:00+01:00|2024-03-05T09:15:00+01:00",
        "2024-03-05T09:15:00.123Z|2024-03-05T09:15:00Z",
        "2024-03-05 09:15:00|2024-03-05T09:15:00",
        "2024-03-05|2024-03-05T00:00:00",
        "05 Mar 2024 09:15:00 UTC+3|2024-03-05T09:15:00+03:00"})
    void parses(String raw, String expected) {
        assertThat(FeedDateParser.parse(raw, null)).isEqualTo(expected);
    }

    @Test
    void c10MstIsTheRightInstant() {
        String p = FeedDateParser.parse("Tue, Jan 23 2018 02:54:55 MST", null);
        assertThat(OffsetDateTime.parse(p).toInstant().toString()).isEqualTo("2018-01-23T09:54:55Z");
    }

    @Test
    void missingZoneTakesTheSourceZoneWhenConfigured() {
        assertThat(FeedDateParser.parse("WED,23 MAY 2012 02:23:01", ZoneId.of("Asia/Qatar")))
                .isEqualTo("2012-05-23T02:23:01+03:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yesterday", "Tue, 35 Mar 2024 09:15:00 GMT", "05 Foo 2024 10:00",
        "2024-13-01T00:00:00Z", "05 Mar 2024 09:15:00 XYZW"})
    void unparseableGivesNullNeverNow(String raw) {
        assertThat(FeedDateParser.parse(raw, null)).isNull();
    }

    @Test
    void blankOrNullGivesNull() {
        assertThat(FeedDateParser.parse(null, null)).isNull();
        assertThat(FeedDateParser.parse("  ", null)).isNull();
    }
}
