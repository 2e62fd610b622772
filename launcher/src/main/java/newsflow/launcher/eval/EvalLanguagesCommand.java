package newsflow.launcher.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow eval languages`. */
@Command(name = "languages", description = "Not available yet.")
public final class EvalLanguagesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("eval languages: not available yet");
        return 2;
    }
}
