package newsflow.launcher.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow eval extraction`. */
@Command(name = "extraction", description = "Not available yet.")
public final class EvalExtractionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval extraction: not available yet");
        return 2;
    }
}
