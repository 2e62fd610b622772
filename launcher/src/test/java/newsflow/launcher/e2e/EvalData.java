package newsflow.launcher.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The evaluation data folder given by the system property {@value #PROPERTY} (surefire sets it to
 * ../shared/eval beside the checkout). Tests that need it skip, with a message saying why, when it is absent.
 * Nothing from it is ever copied into the repository: tests serve it in place or through symbolic links in a
 * temporary folder.
 */
final class EvalData {
    /** The system property naming the evaluation folder. */
    static final String PROPERTY = "newsflow.eval.dir";

    private EvalData() {
    }

    /**
     * @param relative a path inside the evaluation folder
     * @return the resolved path; the calling test is skipped when the property is unset or the path is missing
     */
    static Path require(String relative) {
        String dir = System.getProperty(PROPERTY);
        Assumptions.assumeTrue(dir != null && !dir.isBlank(),
                "system property " + PROPERTY + " is not set: no evaluation data, test skipped");
        Path p = Path.of(dir).resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "evaluation data " + p + " is absent: test skipped");
        return p;
    }
}
