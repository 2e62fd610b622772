package newsflow.systest.harness;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints the service processes' states and log tails of the failing test's scenario. */
public final class TailsOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Scenario s = Scenario.current();
        if (s != null) {
            System.out.println("SYSTEST " + context.getDisplayName() + " FAILED: " + cause);
            System.out.println(s.report(60));
        }
    }
}
