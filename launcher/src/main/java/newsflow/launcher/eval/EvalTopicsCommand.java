package newsflow.launcher.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow eval topics`. */
@Command(name = "topics", description = "Not available yet.")
public final class EvalTopicsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval topics: not available yet");
        return 2;
    }
}
