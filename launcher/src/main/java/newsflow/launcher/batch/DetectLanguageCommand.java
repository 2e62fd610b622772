package newsflow.launcher.batch;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow detect-language` (see ../shared/eval/README.md for its contract). */
@Command(name = "detect-language", description = "Not available yet.")
public final class DetectLanguageCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("detect-language: not available yet");
        return 2;
    }
}
