package newsflow.launcher.ops;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsflow.common.topic.TopicBootstrap;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsflow dead-letters list|replay}: what failed, and re-submitting it after the fault is fixed
 * ({@link DeadLetterReplayer}).
 */
@Command(name = "dead-letters", mixinStandardHelpOptions = true,
        description = "List the dead letters, or replay them after the fault that caused them is fixed.",
        subcommands = {DeadLettersCommand.ListCommand.class, DeadLettersCommand.ReplayCommand.class})
public final class DeadLettersCommand implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * @param text an ISO-8601 instant ({@code 2024-03-05T10:00:00Z}), a date ({@code 2024-03-05}, midnight UTC) or
     *             a duration back from now ({@code PT1H}, {@code P2D})
     * @param now  the current time
     * @return the instant
     * @throws IllegalArgumentException naming {@code --since} when it is none of these
     */
    static Instant since(String text, Instant now) {
        try {
            if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
                return now.minus(Duration.parse(text));
            }
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since must be an instant (2024-03-05T10:00:00Z), a date"
                    + " (2024-03-05) or a duration back from now (PT1H), got '" + text + "'");
        }
    }

    static List<DeadLetterEntry> select(PipelineCoordinates c, String stage, String reason, Instant since) {
        return DeadLetterReader.read(c.bootstrapServers(), c.topics().deadLetter().name(), since,
                        TopicBootstrap.timeout()).stream()
                .filter(e -> stage == null || e.stage().equalsIgnoreCase(stage))
                .filter(e -> reason == null || e.hasReason(reason))
                .toList();
    }

    /** {@code dead-letters list}: a table of the dead letters. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List dead letters: time, stage, reason, URL, source topic/partition/offset.")
    public static final class ListCommand implements Callable<Integer> {
        @Mixin
        OpsOptions options;

        @Option(names = "--stage", description = "Only this stage (fetch, deserialize, extract, language, dates, topics, produce, classify, sink).")
        String stage;

        @Option(names = "--reason", description = "Only this reason (e.g. http-404, retries-exhausted, or an exception class name).")
        String reason;

        @Option(names = "--since", description = "Only dead letters from this time on: an instant, a date, or a duration back from now (PT1H).")
        String since;

        @Override
        public Integer call() {
            PipelineCoordinates c = options.coordinates(System.getenv());
            Instant from = since == null ? null : since(since, Instant.now());
            List<DeadLetterEntry> entries = select(c, stage, reason, from);
            PrintStream out = System.out;
            TextTable t = new TextTable("TIME", "STAGE", "REASON", "URL", "ORIGIN", "DEAD-LETTER", "MESSAGE");
            for (DeadLetterEntry e : entries) {
                t.row(e.time(), e.stage(), e.reason(), e.url() != null ? e.url() : e.keyText(), e.origin(),
                        e.replayKey(), e.message());
            }
            out.printf(Locale.ROOT, "%d dead letters on %s%s%n", entries.size(), c.topics().deadLetter().name(),
                    filters(stage, reason, from));
            if (t.size() > 0) {
                t.print(out);
            }
            return 0;
        }
    }

    /** {@code dead-letters replay}: re-submits the dead letters of a stage. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Re-submit the dead letters of a stage: fetch failures are re-queued for ingest, enrich and"
                    + " sink failures go back to their topic. Each is replayed once (recorded on dead-letter-replays).")
    public static final class ReplayCommand implements Callable<Integer> {
        @Mixin
        OpsOptions options;

        @Option(names = "--stage", required = true, description = "The stage to replay (fetch, extract, sink...).")
        String stage;

        @Option(names = "--reason", description = "Only this reason (e.g. http-500, retries-exhausted, an exception class).")
        String reason;

        @Option(names = "--since", description = "Only dead letters from this time on (instant, date, or duration back from now).")
        String since;

        @Option(names = "--dry-run", description = "Print what would be replayed; change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            PipelineCoordinates c = options.coordinates(System.getenv());
            Instant from = since == null ? null : since(since, Instant.now());
            DeadLetterReplayer replayer = new DeadLetterReplayer(c, Clock.systemUTC());
            List<DeadLetterReplayer.Step> steps = replayer.plan(select(c, stage, reason, from),
                    TopicBootstrap.timeout());
            TextTable t = new TextTable("TIME", "STAGE", "REASON", "URL", "DEAD-LETTER", "ACTION");
            for (DeadLetterReplayer.Step s : steps) {
                DeadLetterEntry e = s.entry();
                t.row(e.time(), e.stage(), e.reason(), e.url() != null ? e.url() : e.keyText(), e.replayKey(),
                        s.replayable() ? (dryRun ? "would replay to " : "replay to ") + s.target() : s.note());
            }
            if (t.size() > 0) {
                t.print(System.out);
            }
            long replayable = steps.stream().filter(DeadLetterReplayer.Step::replayable).count();
            int done = dryRun ? 0 : replayer.apply(steps);
            System.out.printf(Locale.ROOT, "%s %d of %d dead letters%s; %d skipped%n",
                    dryRun ? "dry run: would replay" : "replayed", dryRun ? replayable : done, steps.size(),
                    filters(stage, reason, from), steps.size() - replayable);
            return 0;
        }
    }

    private static String filters(String stage, String reason, Instant since) {
        StringBuilder b = new StringBuilder();
        if (stage != null) {
            b.append(" stage=").append(stage);
        }
        if (reason != null) {
            b.append(" reason=").append(reason);
        }
        if (since != null) {
            b.append(" since=").append(TextTable.time(since));
        }
        return b.length() == 0 ? "" : " (" + b.toString().trim() + ")";
    }
}
