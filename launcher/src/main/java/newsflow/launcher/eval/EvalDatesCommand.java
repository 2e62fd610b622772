package newsflow.launcher.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow eval dates`. */
@Command(name = "dates", description = "Not available yet.")
public final class EvalDatesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval dates: not available yet");
        return 2;
    }
}
