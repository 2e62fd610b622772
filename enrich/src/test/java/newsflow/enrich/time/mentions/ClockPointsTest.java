package newsflow.enrich.time.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 14 item 6: "N hours/minutes ago" is a point in time at minute precision (TIMEX3 TIME), not the duration
 * PT2H; clock times keep an explicit offset or zone abbreviation. Reference 2019-05-08T10:15+03:00 (a Wednesday).
 */
class ClockPointsTest {

    private static final DateReference WITH_OFFSET = new DateReference(LocalDate.parse("2019-05-08"), false, null,
            null, LocalDateTime.parse("2019-05-08T10:15:42"), ZoneOffset.ofHours(3));
    private static final DateReference LOCAL = new DateReference(LocalDate.parse("2019-05-08"), false, null,
            null, LocalDateTime.parse("2019-05-08T10:15"), null);
    private static final DateReference DAY_ONLY = new DateReference(LocalDate.parse("2019-05-08"), false, null);

    private static DateMention only(String text, String lang, DateReference ref, String expression) {
        List<DateMention> found = TaggerAssertions.TAGGER.tag(text, lang, ref);
        return found.stream().filter(d -> d.text().equals(expression)).findFirst().orElseThrow(
                () -> new AssertionError(expression + " not in " + found));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|The quake struck 2 hours ago.|2 hours ago|2019-05-08T08:15+03:00",
            "en|The quake struck two hours ago.|two hours ago|2019-05-08T08:15+03:00",
            "en|Police arrived 45 minutes ago.|45 minutes ago|2019-05-08T09:30+03:00",
            "en|The polls opened twelve hours ago.|twelve hours ago|2019-05-07T22:15+03:00",
            "en|The doors open 3 hours from now.|3 hours from now|2019-05-08T13:15+03:00",
            "fr|Le séisme a eu lieu il y a 2 heures.|il y a 2 heures|2019-05-08T08:15+03:00",
            "fr|La police est arrivée il y a 30 minutes.|il y a 30 minutes|2019-05-08T09:45+03:00",
            "de|Das Beben ereignete sich vor 3 Stunden.|vor 3 Stunden|2019-05-08T07:15+03:00",
            "de|Die Polizei kam vor zwei Stunden.|vor zwei Stunden|2019-05-08T08:15+03:00",
            "es|El sismo ocurrió hace 2 horas.|hace 2 horas|2019-05-08T08:15+03:00",
            "es|La policía llegó hace 20 minutos.|hace 20 minutos|2019-05-08T09:55+03:00",
    })
    void agoIsAPointAtMinutePrecisionWithTheReferencesOffset(String lang, String text, String expression,
                                                              String value) {
        DateMention d = only(text, lang, WITH_OFFSET, expression);
        assertThat(d.value()).isEqualTo(value);
        assertThat(d.type()).isEqualTo("TIME");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|The quake struck 2 hours ago.|2 hours ago",
            "fr|Le séisme a eu lieu il y a 2 heures.|il y a 2 heures",
            "es|El sismo ocurrió hace 2 horas.|hace 2 horas",
    })
    void withoutAnOffsetNoneIsInventedAndWithoutAClockTheDayIsTheValue(String lang, String text, String expression) {
        assertThat(only(text, lang, LOCAL, expression).value()).isEqualTo("2019-05-08T08:15");
        DateMention day = only(text, lang, DAY_ONLY, expression);
        assertThat(day.value()).isEqualTo("2019-05-08");
        assertThat(day.type()).isEqualTo("DATE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Voting ends at 14:00 UTC-4.|14:00 UTC-4|2019-05-08T14:00-04:00",
            "The strike begins at 8 p.m. GMT+3.|8 p.m. GMT+3|2019-05-08T20:00+03:00",
            "Markets open at 9 a.m. EST.|9 a.m. EST|2019-05-08T09:00-05:00",
            "The launch is set for 17:45 CET.|17:45 CET|2019-05-08T17:45+01:00",
            "The call starts at 10.30 (GMT+3).|10.30 (GMT+3)|2019-05-08T10:30+03:00",
            "Results are due at 6 p.m. PDT.|6 p.m. PDT|2019-05-08T18:00-07:00",
            "The feed restarts at 23:00 UTC.|23:00 UTC|2019-05-08T23:00Z",
            "Talks start at 11:30 UTC+05:30.|11:30 UTC+05:30|2019-05-08T11:30+05:30",
    })
    void aClockTimeKeepsItsZone(String text, String expression, String value) {
        assertThat(only(text, "en", DAY_ONLY, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The rally was held Thursday at 8 p.m. GMT+3.|Thursday at 8 p.m. GMT+3|2019-05-02T20:00+03:00",
            "The count ended at 14.00 on Monday.|Monday|2019-05-06",
            "The score was 14:00 in the final.|NONE|NONE",
    })
    void aDayWithAZonedTimeIsOneTimeAndA24HourClockNeedsItsZone(String text, String expression, String value) {
        List<DateMention> found = TaggerAssertions.TAGGER.tag(text, "en", DAY_ONLY);
        if ("NONE".equals(expression)) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).filteredOn(d -> d.text().equals(expression)).extracting(DateMention::value)
                    .containsExactly(value);
        }
    }
}
