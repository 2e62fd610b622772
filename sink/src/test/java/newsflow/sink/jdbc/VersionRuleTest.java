package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule of case C36: an older edition never replaces a newer one; a redelivery changes nothing. */
class VersionRuleTest {
    private static final Instant T = Instant.parse("2024-03-05T10:00:00Z");

    @Test
    void higherEnrichmentVersionWinsWhateverTheFetchTime() {
        assertThat(VersionRule.replaces(2, T.minusSeconds(3600), 1, T)).isTrue();
        assertThat(VersionRule.replaces(1, T.plusSeconds(3600), 2, T)).isFalse();
    }

    @Test
    void sameVersionLaterFetchWins() {
        assertThat(VersionRule.replaces(1, T.plusNanos(1), 1, T)).isTrue();
        assertThat(VersionRule.replaces(1, T.minusNanos(1), 1, T)).isFalse();
    }

    @Test
    void redeliveryChangesNothing() {
        assertThat(VersionRule.replaces(1, T, 1, T)).isFalse();
    }

    @Test
    void withinAVersionTheCanonicalFetchOutranksACopy() {
        assertThat(VersionRule.replaces(1, T.plusSeconds(60), false, 1, T, true)).as("later AMP copy").isFalse();
        assertThat(VersionRule.replaces(1, T.minusSeconds(60), true, 1, T, false)).as("earlier canonical").isTrue();
        assertThat(VersionRule.replaces(1, T.plusSeconds(60), false, 1, T, false)).isTrue();
        assertThat(VersionRule.replaces(2, T, false, 1, T, true)).as("a newer version always wins").isTrue();
    }
}
