package newsflow.launcher.cli;

import newsflow.launcher.batch.DetectLanguageCommand;
import newsflow.launcher.demo.DemoCommand;
import newsflow.launcher.batch.EnrichFilesCommand;
import newsflow.launcher.batch.TagDatesCommand;
import newsflow.launcher.batch.TagTopicsCommand;
import newsflow.launcher.eval.EvalCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: services, the embedded demo, batch and evaluation commands. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, version = "newsflow 0.1.0",
        description = "Streaming news ingestion: feeds -> Kafka -> enrich -> database.",
        subcommands = {
                DemoCommand.class,
                RunCommand.class,
                IngestCommand.class,
                EnrichCommand.class,
                SinkCommand.class,
                QueryCommand.class,
                newsflow.launcher.ops.SourcesCommand.class,
                newsflow.launcher.ops.StatusCommand.class,
                newsflow.launcher.ops.DeadLettersCommand.class,
                newsflow.launcher.probe.ProbeCommand.class,
                ConfigDocsCommand.class,
                EnrichFilesCommand.class,
                DetectLanguageCommand.class,
                TagDatesCommand.class,
                TagTopicsCommand.class,
                EvalCommand.class,
                newsflow.launcher.bench.BenchCommand.class
        })
public final class NewsflowCli implements Runnable {
    /** The log4j configuration of {@code --log-format json}. */
    static final String JSON_LOG_CONFIG = "log4j2-json.xml";

    @CommandLine.Option(names = "--log-format", scope = CommandLine.ScopeType.INHERIT, defaultValue = "TEXT",
            description = "Log lines on standard error as 'text' or 'json' (any case) (one JSON object per line, Elastic Common "
                    + "Schema, for log shippers); also NEWSFLOW_LOG_FORMAT (default: ${DEFAULT-VALUE}).")
    LogFormat logFormat;

    /** Values of {@code --log-format}. */
    enum LogFormat {
        /** One human-readable line per event. */
        TEXT,
        /** One JSON object per event (Elastic Common Schema). */
        JSON
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * @return the command line as {@link #main} runs it: enum option values in any case ({@code --mode low}, as
     *         the config keys accept), a failing command reported on one line
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new NewsflowCli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(NewsflowCli::reportFailure);
        return cli;
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        // chosen before the first logger exists: log4j reads its configuration once
        if (jsonLogs(args, System.getenv("NEWSFLOW_LOG_FORMAT"))
                && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", JSON_LOG_CONFIG);
        }
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /**
     * @param args the command line
     * @param env  the value of {@code NEWSFLOW_LOG_FORMAT}, or null
     * @return true when {@code --log-format json} (or {@code --log-format=json}) is given, or the variable says
     *         {@code json} and no option says otherwise
     */
    static boolean jsonLogs(String[] args, String env) {
        String format = env;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--log-format") && i + 1 < args.length) {
                format = args[i + 1];
            } else if (args[i].startsWith("--log-format=")) {
                format = args[i].substring("--log-format=".length());
            }
        }
        return format != null && format.trim().equalsIgnoreCase("json");
    }

    /**
     * A failing command prints one line naming the cause (a bad config key, a missing file, an unreachable
     * broker) and exits 1; the stack trace only when {@code NEWSFLOW_DEBUG} is set.
     */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (System.getenv("NEWSFLOW_DEBUG") != null) {
            e.printStackTrace(System.err);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root
                && (root.getMessage() == null || root instanceof picocli.CommandLine.ExecutionException)) {
            root = root.getCause();
        }
        boolean userError = root instanceof IllegalArgumentException
                || root instanceof org.apache.kafka.common.config.ConfigException
                || root instanceof newsflow.common.topic.KafkaUnreachableException
                || root instanceof newsflow.ingest.source.SourcesValidationException;
        System.err.println("newsflow " + cmd.getCommandName() + ": "
                + (userError && root.getMessage() != null ? "" : root.getClass().getSimpleName() + ": ")
                + root.getMessage() + (userError || System.getenv("NEWSFLOW_DEBUG") != null
                ? "" : " (set NEWSFLOW_DEBUG=1 for the stack trace)"));
        return 1;
    }
}
