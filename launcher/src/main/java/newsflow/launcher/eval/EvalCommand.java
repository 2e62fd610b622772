package newsflow.launcher.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsflow eval <what>}: accuracy and throughput on ../shared/eval. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure accuracy and throughput on the evaluation data.",
        subcommands = {
                EvalExtractionCommand.class,
                EvalLanguagesCommand.class,
                EvalDatesCommand.class,
                EvalTopicsCommand.class,
                EvalSweepCommand.class
        })
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
