package newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The adaptive re-poll interval (issue 12 item 7): shrink on news, grow on silence, publisher floors. */
class PollIntervalTest {
    private static final Duration MIN = Duration.ofMinutes(2);
    private static final Duration MAX = Duration.ofHours(2);
    private final PollInterval policy = new PollInterval(MIN, MAX);

    @Test
    void eachPollWithNewsHalvesTheIntervalDownToTheMinimum() {
        Duration source = Duration.ofMinutes(10);
        Duration d = policy.initial(null, source);
        assertThat(d).isEqualTo(source);
        d = policy.next(d, source, true, null);
        assertThat(d).isEqualTo(Duration.ofMinutes(5));
        d = policy.next(d, source, true, null);
        assertThat(d).isEqualTo(Duration.ofSeconds(150));
        d = policy.next(d, source, true, null);
        assertThat(d).isEqualTo(MIN);
        assertThat(policy.next(d, source, true, null)).isEqualTo(MIN);
    }

    @Test
    void eachPollWithoutNewsGrowsTheIntervalUpToTheMaximum() {
        Duration source = Duration.ofMinutes(40);
        Duration d = policy.next(source, source, false, null);
        assertThat(d).isEqualTo(Duration.ofMinutes(60));
        d = policy.next(d, source, false, null);
        assertThat(d).isEqualTo(Duration.ofMinutes(90));
        d = policy.next(d, source, false, null);
        assertThat(d).isEqualTo(MAX);
        assertThat(policy.next(d, source, false, null)).isEqualTo(MAX);
    }

    @Test
    void aSourceIntervalOutsideTheBoundsWidensThem() {
        Duration fast = Duration.ofSeconds(1);
        assertThat(policy.initial(null, fast)).isEqualTo(fast);
        assertThat(policy.next(fast, fast, true, null)).isEqualTo(fast);
        assertThat(policy.next(fast, fast, false, null)).isEqualTo(Duration.ofMillis(1500));
        Duration slow = Duration.ofDays(1);
        assertThat(policy.initial(null, slow)).isEqualTo(slow);
        assertThat(policy.next(slow, slow, false, null)).isEqualTo(slow);
        assertThat(policy.next(slow, slow, true, null)).isEqualTo(Duration.ofHours(12));
    }

    @Test
    void whatThePublisherDeclaresIsAFloorWithinTheBounds() {
        Duration source = Duration.ofMinutes(10);
        // <ttl>30</ttl>: news or not, never more often than every 30 minutes
        assertThat(policy.next(source, source, true, Duration.ofMinutes(30))).isEqualTo(Duration.ofMinutes(30));
        // max-age 60 s is below the minimum: the minimum holds
        assertThat(policy.next(MIN, source, true, Duration.ofSeconds(60))).isEqualTo(MIN);
        // sy:updatePeriod weekly is above the maximum: the maximum holds
        assertThat(policy.next(source, source, false, Duration.ofDays(7))).isEqualTo(MAX);
        // a floor below the adapted interval changes nothing
        assertThat(policy.next(Duration.ofMinutes(60), source, false, Duration.ofMinutes(5)))
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aPersistedIntervalIsTakenBackWithinTheBounds() {
        Duration source = Duration.ofMinutes(10);
        assertThat(policy.initial(Duration.ofMinutes(45), source)).isEqualTo(Duration.ofMinutes(45));
        assertThat(policy.initial(Duration.ofDays(3), source)).isEqualTo(MAX);
        assertThat(policy.initial(Duration.ofSeconds(5), source)).isEqualTo(MIN);
    }

    @Test
    void boundsMustBeOrdered() {
        assertThatThrownBy(() -> new PollInterval(Duration.ofHours(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PollInterval(Duration.ZERO, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
