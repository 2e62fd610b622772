package newsflow.enrich.time.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarSystemTest {

    @ParameterizedTest
    @CsvSource({"1439,9,1,2018-05-16", "1440,1,1,2018-09-11", "1445,3,12,2023-09-27", "1433,2,29,2012-01-23"})
    void ummAlQuraKnownDays(int y, int m, int d, String expected) {
        // 1 Ramadan 1439 and 1 Muharram 1440 as published by the Umm al-Qura calendar
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(y, m, d)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void hijriOutOfRangeOrInvalidIsNull() {
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1439, 13, 1)).isNull();
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1200, 1, 1)).isNull();
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toGregorian(1433, 2, 31)).isNull();
        assertThat(CalendarSystem.ISLAMIC_UMALQURA.toleranceDays()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"1394,1,1,2015-03-21", "1402,6,22,2023-09-13", "1402,8,15,2023-11-06", "1393,2,10,2014-04-30",
        "1403,12,30,2025-03-20", "1300,1,1,1921-03-21"})
    void jalaliByIcu(int y, int m, int d, String expected) {
        assertThat(CalendarSystem.PERSIAN.toGregorian(y, m, d)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void jalaliInvalidIsNull() {
        assertThat(CalendarSystem.PERSIAN.toGregorian(1394, 13, 1)).isNull();
        assertThat(CalendarSystem.PERSIAN.toGregorian(1402, 7, 31)).isNull();
        assertThat(CalendarSystem.PERSIAN.toGregorian(1402, 12, 30)).isNull();
        assertThat(CalendarSystem.PERSIAN.toleranceDays()).isZero();
    }

    @Test
    void originalIsIsoShapedInItsOwnCalendar() {
        assertThat(CalendarSystem.original(1402, 8, 15)).isEqualTo("1402-08-15");
        assertThat(CalendarSystem.original(1445, 3, null)).isEqualTo("1445-03");
        assertThat(CalendarSystem.original(1439, null, null)).isEqualTo("1439");
    }
}
