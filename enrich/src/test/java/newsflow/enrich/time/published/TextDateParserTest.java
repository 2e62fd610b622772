package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Human-written dates in several languages and scripts (C06 month names included). */
class TextDateParserTest {

    private final TextDateParser parser = new TextDateParser();
    private final MachineDateParser machine = new MachineDateParser(parser);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published 5 March 2024|2024-03-05",
        "March 5th, 2024|2024-03-05",
        "Veröffentlicht am 5. März 2024|2024-03-05",
        "publié le 5 mars 2024|2024-03-05",
        "5 de marzo de 2024|2024-03-05",
        "2024年3月5日|2024-03-05",
        "نُشر في 3 تشرين 1 2023|2023-10-03",
        "آخر تحديث: 14 كانون الثاني 2024|2024-01-14",
        "الخميس 7 آذار 2024|2024-03-07",
        "٥ مارس ٢٠٢٤|2024-03-05",
        "1 أوت 2016|2016-08-01",
        "15 يونيه 2020|2020-06-15",
        "Von Deutscher Tennis Bund 4.\u2009 2.\u2009 2022.|2022-02-04",
        "Stand: 12. 11. 2021|2021-11-12"})
    void readsDays(String text, String expected) {
        assertThat(parser.first(TimeTextNormalizer.fold(text), DayMonthOrder.DMY).isoValue(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "September 06, 2018 - 1:52 am|2018-09-06T01:52:00",
        "8 January 2020, 3:51 pm|2020-01-08T15:51:00",
        "13 Jan 2020, 22:11 GMT+10|2020-01-13T22:11:00+10:00",
        "25. November 2021 16:11 Uhr|2021-11-25T16:11:00"})
    void readsTimes(String text, String expected) {
        assertThat(parser.first(TimeTextNormalizer.fold(text), DayMonthOrder.DMY).isoValue(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2018-09-06T01:52:00+03:00|2018-09-06T01:52:00+03:00|second",
        "2024-11-22T06:57:50.233Z|2024-11-22T06:57:50.233Z|second",
        "2024-03-05 01:30|2024-03-05T01:30:00|minute",
        "20180906|2018-09-06|day",
        "2021-04|2021-04|month",
        "Thu, 06 Sep 2018 01:52:00 +0300|2018-09-06T01:52:00+03:00|second",
        "1536187920|2018-09-05T22:52:00Z|second",
        "Fri Apr 28 19:20:36 CEST 2023|2023-04-28T19:20:36+02:00|second",
        "Tue Jan 07 08:05:00 UTC 2025|2025-01-07T08:05:00Z|second",
        "Mon Mar 4 10:15 2024|2024-03-04T10:15:00|minute"})
    void readsMachineValues(String raw, String expected, String precision) {
        DateParts d = machine.parse(raw, DayMonthOrder.DMY);
        assertThat(d.isoValue(null)).isEqualTo(expected);
        assertThat(d.precision().label()).isEqualTo(precision);
    }
}
