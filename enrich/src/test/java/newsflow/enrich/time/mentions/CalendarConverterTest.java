package newsflow.enrich.time.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarConverterTest {

    @Test
    void ummAlQuraKnownDays() {
        // 1 Ramadan 1439 and 1 Muharram 1440 as published by the Umm al-Qura calendar
        assertThat(HijriConverter.toGregorian(1439, 9, 1)).isEqualTo(LocalDate.of(2018, 5, 16));
        assertThat(HijriConverter.toGregorian(1440, 1, 1)).isEqualTo(LocalDate.of(2018, 9, 11));
        assertThat(HijriConverter.toGregorian(1439, 13, 1)).isNull();
        assertThat(HijriConverter.toGregorian(1200, 1, 1)).isNull();
    }

    @Test
    void jalaliNowruz() {
        assertThat(JalaliConverter.toGregorian(1394, 1, 1)).isEqualTo(LocalDate.of(2015, 3, 21));
        assertThat(JalaliConverter.toGregorian(1402, 6, 22)).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(JalaliConverter.toGregorian(1394, 13, 1)).isNull();
    }
}
