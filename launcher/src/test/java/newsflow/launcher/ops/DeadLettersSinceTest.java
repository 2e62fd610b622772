package newsflow.launcher.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code --since}: an instant, a date (midnight UTC) or a duration back from now; anything else names the option. */
class DeadLettersSinceTest {
    private static final Instant NOW = Instant.parse("2024-03-06T12:00:00Z");

    @Test
    void readsAnInstantADateAndADuration() {
        assertThat(DeadLettersCommand.since("2024-03-05T10:15:00Z", NOW)).isEqualTo("2024-03-05T10:15:00Z");
        assertThat(DeadLettersCommand.since("2024-03-05", NOW)).isEqualTo("2024-03-05T00:00:00Z");
        assertThat(DeadLettersCommand.since("PT1H", NOW)).isEqualTo("2024-03-06T11:00:00Z");
        assertThat(DeadLettersCommand.since("p2d", NOW)).isEqualTo("2024-03-04T12:00:00Z");
    }

    @Test
    void aBadValueNamesTheOption() {
        for (String bad : new String[] {"yesterday", "2024-13-01", "PT1X"}) {
            assertThatThrownBy(() -> DeadLettersCommand.since(bad, NOW)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--since").hasMessageContaining(bad);
        }
    }
}
