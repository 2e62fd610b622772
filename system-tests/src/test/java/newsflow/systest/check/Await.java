package newsflow.systest.check;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition until it holds or a deadline passes (a liveness bound, never an assertion on speed). */
public final class Await {
    private Await() {
    }

    /**
     * @param timeout   the longest wait
     * @param condition what to wait for
     * @return true when the condition held before the deadline
     */
    public static boolean until(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(Duration.ofMillis(1000));
        }
        return condition.getAsBoolean();
    }

    /** @param d how long to sleep */
    public static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
