package newsflow.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import newsflow.enrich.time.mentions.DateReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference of relative expressions: the publication's day, clock and offset, and where the order came from. */
class ReferenceDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2018-09-06T01:52:00+03:00|2018-09-06|2018-09-06T01:52|+03:00",
            "2018-09-05T22:52:00Z|2018-09-05|2018-09-05T22:52|Z",
            "2012-05-23T02:23:01|2012-05-23|2012-05-23T02:23:01|null",
            "2019-05-08|2019-05-08|null|null",
    })
    void thePublicationGivesDayClockAndOffset(String published, String day, String clock, String offset) {
        DateReference r = ReferenceDates.of(new DateValue(published, null, "meta"), Instant.EPOCH, SourceHints.NONE);
        assertThat(r.day()).hasToString(day);
        assertThat(r.clock() == null ? null : r.clock().toString()).isEqualTo(clock);
        assertThat(r.offset() == null ? null : r.offset().getId()).isEqualTo(offset);
        assertThat(r.fromFetchTime()).isFalse();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "DMY|source_order|source_order",
            "MDY|locale|locale",
            "null|locale|null",
    })
    void theOrderSaysWhereItCameFrom(String order, String from, String expected) {
        DateReference r = ReferenceDates.of(null, Instant.parse("2019-05-08T10:00:00Z"),
                new SourceHints(null, null, order), from);
        assertThat(r.orderFrom()).isEqualTo(expected);
        assertThat(r.clock()).isNull();
        assertThat(r.fromFetchTime()).isTrue();
    }
}
