package newsflow.launcher.e2e;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import newsflow.launcher.cli.NewsflowCli;

/** Runs a {@code newsflow} command in-process (as {@code main} does), its standard output captured. */
final class CliRun {
    /**
     * @param exit the exit code
     * @param out  standard output
     */
    record Result(int exit, String out) {
    }

    private CliRun() {
    }

    static synchronized Result run(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            exit = NewsflowCli.commandLine().execute(args);
        } finally {
            System.setOut(original);
        }
        String out = buffer.toString(StandardCharsets.UTF_8);
        System.out.println("$ newsflow " + String.join(" ", args) + "\n" + out);
        return new Result(exit, out);
    }
}
