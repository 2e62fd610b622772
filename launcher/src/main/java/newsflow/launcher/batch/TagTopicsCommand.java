package newsflow.launcher.batch;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow tag-topics` (see ../shared/eval/README.md for its contract). */
@Command(name = "tag-topics", description = "Not available yet.")
public final class TagTopicsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("tag-topics: not available yet");
        return 2;
    }
}
