package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void backoffDoublesUpToTheCap() {
        RetryPolicy p = RetryPolicy.of(6, Duration.ofMillis(500), Duration.ofSeconds(3));
        assertThat(p.backoffAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.backoffAfter(2)).isEqualTo(Duration.ofMillis(1000));
        assertThat(p.backoffAfter(3)).isEqualTo(Duration.ofMillis(2000));
        assertThat(p.backoffAfter(4)).isEqualTo(Duration.ofSeconds(3));
        assertThat(p.backoffAfter(50)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void rejectsNonsenseBounds() {
        assertThatThrownBy(() -> RetryPolicy.of(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.of(2, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
