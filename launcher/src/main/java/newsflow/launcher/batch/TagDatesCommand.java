package newsflow.launcher.batch;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder for `newsflow tag-dates` (see ../shared/eval/README.md for its contract). */
@Command(name = "tag-dates", description = "Not available yet.")
public final class TagDatesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("tag-dates: not available yet");
        return 2;
    }
}
