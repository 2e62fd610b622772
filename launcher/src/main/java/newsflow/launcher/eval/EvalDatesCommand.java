package newsflow.launcher.eval;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsflow.launcher.eval.dates.DateEvaluation;
import newsflow.launcher.eval.dates.DateparserCases;
import newsflow.launcher.eval.dates.SeedCheck;
import newsflow.launcher.eval.dates.ValueScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow eval dates --data DIR}: value F1 of the temporal tagger on TimeBank + AQUAINT
 * (tempeval3/TBAQ-cleaned, DCT as reference) and on the Arabic TimeML silver set (arabic-timex-dahmri,
 * reference {@link DateEvaluation#DAHMRI_REFERENCE}), each document counted once (TBAQ-cleaned ships a TimeBank
 * file again under testpipeline/, the Arabic set one document twice: copies are skipped by SHA-256 and named in
 * the output), accuracy on dateparser's Arabic/Hijri/Jalali cases (the Hijri ones read as Hijri-dated text, as
 * dateparser's {@code HijriCalendar} parses them),
 * the seed-page check, expressions per second and heap. Results on standard output; with {@code --errors F}
 * every mismatch is written to F.
 */
@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Value F1 of the temporal tagger (TimeBank+AQUAINT, Arabic TimeML), dateparser accuracy, throughput.")
public final class EvalDatesCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Evaluation data folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/eval")
    Path data;

    @Option(names = "--errors", description = "Write every mismatch (FN/FP/DP lines, tab-separated) to this file.")
    Path errors;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) {
            System.err.println("eval dates: no data folder " + data);
            return 2;
        }
        PrintStream err = errors == null ? null : new PrintStream(Files.newOutputStream(errors), true,
                StandardCharsets.UTF_8);
        DateEvaluation eval = new DateEvaluation(err);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path tbaq = data.resolve("tempeval3/TBAQ-cleaned");
        ValueScore timebank = eval.timeml(tbaq.resolve("TimeBank"), "en", null);
        ValueScore aquaint = eval.timeml(tbaq.resolve("AQUAINT"), "en", null);
        eval.resetTiming(); // the two passes above warmed the JIT: time the combined pass and what follows
        ValueScore both = eval.timeml(tbaq, "en", null);
        List<String> copies = eval.duplicates();
        print(out, "tempeval3 TimeBank", timebank);
        print(out, "tempeval3 AQUAINT", aquaint);
        print(out, "tempeval3 TimeBank+AQUAINT", both);
        printCopies(out, copies);
        Path platinum = data.resolve("tempeval3/te3-platinum");
        if (Files.isDirectory(platinum)) {
            print(out, "tempeval3 platinum test", eval.timeml(platinum, "en", null));
        }
        print(out, "arabic-timex-dahmri", eval.timeml(data.resolve("arabic-timex-dahmri"), "ar",
                DateEvaluation.DAHMRI_REFERENCE));
        printCopies(out, eval.duplicates());
        Path dp = data.resolve("dateparser-tests");
        if (Files.isDirectory(dp)) {
            List<DateparserCases.Case> cases = DateparserCases.load(dp);
            for (String kind : List.of("arabic", "hijri", "jalali")) {
                List<DateparserCases.Case> some = cases.stream().filter(c -> c.kind().equals(kind)).toList();
                int[] r = eval.dateparser(some);
                out.printf(Locale.ROOT, "dateparser %-8s accuracy %.3f (%d/%d)%s%n", kind,
                        r[1] == 0 ? 0.0 : (double) r[0] / r[1], r[0], r[1],
                        kind.equals("hijri") ? " (read as Hijri-dated text, as dateparser's HijriCalendar does)" : "");
            }
        }
        for (SeedCheck.Result r : SeedCheck.run(data.resolve("seed-article/expected.json"))) {
            out.printf(Locale.ROOT, "seed %s: %d/%d expected found; missing %s; extra %s%n", r.lang(),
                    r.expected() - r.missing().size(), r.expected(), r.missing(), r.extra());
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "throughput (warm, TimeBank+AQUAINT, Arabic, dateparser): %d expressions in %.2f s tagging"
                        + " = %.0f expressions/s; heap used %d MiB"
                        + " (max %d MiB)%n", eval.expressions(), eval.seconds(), eval.expressionsPerSecond(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        if (err != null) {
            err.close();
        }
        return 0;
    }

    private static void printCopies(PrintStream out, List<String> copies) {
        if (!copies.isEmpty()) {
            out.println("  (each document counted once, by SHA-256 of its bytes: skipped the byte-identical copies "
                    + copies + ")");
        }
    }

    private static void print(PrintStream out, String name, ValueScore s) {
        if (s == null) {
            out.println(name + ": (no data)");
        } else {
            out.println(name + ": value " + s);
        }
    }
}
