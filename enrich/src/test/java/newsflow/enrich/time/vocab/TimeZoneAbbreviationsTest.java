package newsflow.enrich.time.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one table of zones read in text: offsets and abbreviations. */
class TimeZoneAbbreviationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "UTC-4,-04:00", "GMT+3,+03:00", "UTC+05:30,+05:30", "GMT+0530,+05:30", "(GMT+3),+03:00",
            "UTC,Z", "GMT,Z", "EST,-05:00", "EDT,-04:00", "PST,-08:00", "CET,+01:00", "CEST,+02:00",
            "AST,+03:00", "MSK,+03:00", "GMT\u22123,-03:00",
    })
    void readsOffsetsAndAbbreviations(String zone, String offset) {
        assertThat(TimeZoneAbbreviations.offset(zone)).isEqualTo(offset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"IST", "est", "EST+2", "UTC+25", "XYZ", "GMT+3:75"})
    void refusesWhatIsAmbiguousOrNotAZone(String zone) {
        assertThat(TimeZoneAbbreviations.offset(zone)).isNull();
    }
}
