package newsflow.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeadLetterTallyTest {
    @Test
    void aReasonIsTheStageAndTheExceptionsSimpleName() {
        assertThat(DeadLetterTally.reason("extract", "java.lang.IllegalStateException")).isEqualTo("extract: IllegalStateException");
        assertThat(DeadLetterTally.reason("fetch", "robots-disallowed")).isEqualTo("fetch: robots-disallowed");
        assertThat(DeadLetterTally.reason(null, null)).isEqualTo("unknown: unknown");
    }
}
