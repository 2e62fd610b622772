package newsflow.common.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MachineDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2018-09-06T01:52:00+03:00|2018|9|6|1|52|0|+03:00",
        "2018/09/06 01:52 CEST|2018|9|6|1|52||CEST",
        "20180906T0152|2018|9|6||||",
        "2024-03-05T09:15:00.123Z|2024|3|5|9|15|0|Z",
        "2024-03-05 09:15 gmt+3|2024|3|5|9|15||gmt+3"})
    void readsIsoVariants(String raw, int year, int month, int day, Integer hour, Integer minute, Integer second,
                          String zone) {
        MachineDates.Fields f = MachineDates.iso(raw);
        assertDay(f, year, month, day);
        if (raw.startsWith("20180906T")) {
            // compact date then "T0152": the time needs a colon, so the value is the day
            assertThat(f.hour()).isNull();
            return;
        }
        assertThat(f.hour()).isEqualTo(hour);
        assertThat(f.minute()).isEqualTo(minute);
        assertThat(f.second()).isEqualTo(second);
        assertThat(f.zone()).isEqualTo(zone);
    }

    @Test
    void isoKeepsPartialValuesAndStopsBeforeOtherText() {
        assertThat(MachineDates.iso("2018").month()).isNull();
        assertThat(MachineDates.iso("2018-09").day()).isNull();
        MachineDates.Fields f = MachineDates.iso("2018-09-06 by the desk");
        assertThat(f.day()).isEqualTo(6);
        assertThat(f.end()).isEqualTo(10);
        assertThat(MachineDates.iso("201809061")).isNull();
        assertThat(MachineDates.iso("March 2018")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Fri Apr 28 19:20:36 CEST 2023|2023|4|28|CEST",
        "Tue Jan 23 02:54:55 MST 2018|2018|1|23|MST",
        "jan 23 02:54 +0100 2018|2018|1|23|+0100",
        "Sat, Dec 02 23:05:00 2023|2023|12|2|"})
    void readsCtimeVariants(String raw, int year, int month, int day, String zone) {
        MachineDates.Fields f = MachineDates.ctime(raw);
        assertDay(f, year, month, day);
        assertThat(f.zone()).isEqualTo(zone);
    }

    @Test
    void ctimeRejectsOtherShapes() {
        assertThat(MachineDates.ctime("Foo 23 02:54:55 MST 2018")).isNull();
        assertThat(MachineDates.ctime("Tue, 05 Mar 2024 09:15:00 +0100")).isNull();
        assertThat(MachineDates.ctime("Jan 23 2018")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Z|0", "utc|0", "GMT|0", "+03|10800", "+0300|10800", "+03:00|10800", "-04:30|-16200", "GMT+3|10800",
        "UTC-4|-14400", "cest|7200", "MESZ|7200", "EST|-18000", "IST|19800"})
    void readsOffsetsAndAbbreviations(String zone, int seconds) {
        assertThat(MachineDates.offset(zone)).isEqualTo(ZoneOffset.ofTotalSeconds(seconds));
    }

    @Test
    void unknownOrOutOfRangeZonesHaveNoOffset() {
        assertThat(MachineDates.offset("XYZW")).isNull();
        assertThat(MachineDates.offset("+25")).isNull();
        assertThat(MachineDates.offset(null)).isNull();
        assertThat(MachineDates.offset("")).isNull();
    }

    @Test
    void rfc822MonthsAnyCaseAnyLength() {
        assertThat(MachineDates.rfc822Month("JAN")).isEqualTo(1);
        assertThat(MachineDates.rfc822Month("September")).isEqualTo(9);
        assertThat(MachineDates.rfc822Month("dec.")).isEqualTo(12);
        assertThat(MachineDates.rfc822Month("Ma")).isZero();
        assertThat(MachineDates.rfc822Month("Foo")).isZero();
    }

    private static void assertDay(MachineDates.Fields f, int year, int month, int day) {
        assertThat(f).isNotNull();
        assertThat(f.year()).isEqualTo(year);
        assertThat(f.month()).isEqualTo(month);
        assertThat(f.day()).isEqualTo(day);
    }
}
