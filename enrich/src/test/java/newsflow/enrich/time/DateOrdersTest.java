package newsflow.enrich.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Case C04: the day/month order comes from the source (hint, else its declared locale), once per page. */
class DateOrdersTest {

    @Test
    void theHintWinsThenTheDeclaredLocale() {
        assertThat(DateOrders.of("MDY", "en-GB")).isEqualTo("MDY");
        assertThat(DateOrders.of(null, "en-GB")).isEqualTo("DMY");
        assertThat(DateOrders.of(null, "en-US")).isEqualTo("MDY");
        assertThat(DateOrders.of(null, "en")).isNull();
        assertThat(DateOrders.of(null, "ar")).isEqualTo("DMY");
        assertThat(DateOrders.of(null, "fr-CA")).isEqualTo("DMY");
        assertThat(DateOrders.of(null, "ja")).isEqualTo("YMD");
        assertThat(DateOrders.of(null, null)).isNull();
    }
}
