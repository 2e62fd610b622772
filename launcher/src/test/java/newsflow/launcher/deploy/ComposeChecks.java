package newsflow.launcher.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsflow.common.config.LayeredConfig;
import org.apache.kafka.common.config.ConfigDef;
import picocli.CommandLine;

/**
 * Checks of a {@link ComposeFile} against the code it runs. Each returns the problems found, one readable line
 * each (empty: the file is right), so that a test shows every mistake at once. The newsflow services are those
 * built from this repository ({@code build:}); their command's first word is the {@code newsflow} subcommand,
 * which names the service whose configuration they read.
 */
final class ComposeChecks {
    /** {@code NEWSFLOW_*} variables the launcher reads that are not configuration keys. */
    static final Set<String> LAUNCHER_VARIABLES = Set.of("NEWSFLOW_DEBUG");

    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");
    private static final Pattern HEALTH_URL = Pattern.compile("^https?://(localhost|127\\.0\\.0\\.1):(\\d+)(/\\S*)$");

    private ComposeChecks() {
    }

    /** @return the services built from this repository */
    static List<ComposeFile.Service> newsflowServices(ComposeFile compose) {
        return compose.services().values().stream().filter(ComposeFile.Service::built).toList();
    }

    /**
     * Every {@code NEWSFLOW_*} variable a newsflow service sets must be a configuration key of that service
     * (LayeredConfig reads only the variables of defined keys, so any other one is silently ignored).
     *
     * @param definitions subcommand → the ConfigDef of the service it runs
     */
    static List<String> unknownVariables(ComposeFile compose, Map<String, ConfigDef> definitions) {
        List<String> problems = new ArrayList<>();
        for (ComposeFile.Service s : newsflowServices(compose)) {
            String command = s.command().isEmpty() ? "" : s.command().get(0);
            ConfigDef def = definitions.get(command);
            Set<String> known = new TreeSet<>(LAUNCHER_VARIABLES);
            if (def != null) {
                def.names().forEach(k -> known.add(LayeredConfig.envName(k)));
            }
            for (String var : s.environment().keySet()) {
                if (!var.startsWith(LayeredConfig.ENV_PREFIX) || known.contains(var)) {
                    continue;
                }
                problems.add(def == null
                        ? "service " + s.name() + " sets " + var + " but runs '" + command
                                + "', which reads no configuration keys"
                        : "service " + s.name() + " sets " + var + ", not a configuration key of " + command
                                + " (docs/configuration.md)");
            }
        }
        return problems;
    }

    /**
     * Every newsflow service's command must parse as a {@code newsflow} command line: an existing subcommand with
     * existing options and their values.
     *
     * @param cli a fresh command line per call (picocli keeps state between parses)
     */
    static List<String> unknownCommands(ComposeFile compose, Supplier<CommandLine> cli) {
        List<String> problems = new ArrayList<>();
        for (ComposeFile.Service s : newsflowServices(compose)) {
            List<String> command = s.command();
            if (command.isEmpty()) {
                problems.add("service " + s.name() + " has no command (the image would print --help and exit)");
                continue;
            }
            try {
                CommandLine.ParseResult r = cli.get().parseArgs(command.toArray(String[]::new));
                if (!r.hasSubcommand()) {
                    problems.add("service " + s.name() + " runs " + command + ", which names no subcommand");
                }
            } catch (CommandLine.ParameterException e) {
                problems.add("service " + s.name() + " runs " + command + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /**
     * Every newsflow service has a healthcheck on {@code GET /health} at its HTTP port, publishes that port (to a
     * fixed or an ephemeral host port) and nothing else, and has a subcommand with a known port.
     *
     * @param ports subcommand → the service's HTTP port (ingest.http.port, ...)
     */
    static List<String> healthAndPorts(ComposeFile compose, Map<String, Integer> ports) {
        List<String> problems = new ArrayList<>();
        for (ComposeFile.Service s : newsflowServices(compose)) {
            String command = s.command().isEmpty() ? "" : s.command().get(0);
            Integer port = ports.get(command);
            if (port == null) {
                problems.add("service " + s.name() + " runs '" + command + "', which serves no HTTP port");
                continue;
            }
            Integer checked = healthcheckPort(s);
            if (checked == null) {
                problems.add("service " + s.name() + " has no healthcheck on http://localhost:" + port + "/health");
            } else if (!checked.equals(port)) {
                problems.add("service " + s.name() + " checks port " + checked + " but " + command + " serves "
                        + port);
            }
            for (ComposeFile.Port p : s.ports()) {
                if (p.target() != port) {
                    problems.add("service " + s.name() + " publishes container port " + p.target() + " but "
                            + command + " serves " + port);
                }
            }
        }
        return problems;
    }

    /** @return the port of the service's {@code curl|wget … http://localhost:PORT/health} check, or null */
    static Integer healthcheckPort(ComposeFile.Service s) {
        List<String> test = s.healthcheck();
        if (test.isEmpty() || !Set.of("curl", "wget").contains(test.get(0))) {
            return null;
        }
        for (String w : test) {
            Matcher m = HEALTH_URL.matcher(w);
            if (m.matches() && m.group(3).equals("/health")) {
                return Integer.valueOf(m.group(2));
            }
        }
        return null;
    }

    /**
     * Every service restarts unless stopped, runs a pinned image (a tag naming a version: not {@code latest},
     * {@code main} or absent), and writes its ports as strings (YAML 1.1 reads an unquoted {@code 90:90} as a
     * base-60 number).
     */
    static List<String> pinnedAndRestarting(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        for (ComposeFile.Service s : compose.services().values()) {
            if (!"unless-stopped".equals(s.restart())) {
                problems.add("service " + s.name() + " has restart: " + s.restart() + ", not unless-stopped");
            }
            String image = s.image();
            if (image == null) {
                problems.add("service " + s.name() + " names no image");
            } else if (!pinned(image)) {
                problems.add("service " + s.name() + " runs the unpinned image " + image);
            }
            Object ports = s.body().get("ports");
            if (ports instanceof List<?> list) {
                list.stream().filter(p -> !(p instanceof String) && !(p instanceof Map))
                        .forEach(p -> problems.add("service " + s.name() + " has the unquoted port " + p));
            }
        }
        return problems;
    }

    /**
     * @return true when the image reference carries a digest or a tag naming at least a major.minor version
     *         ({@code 16.11}, {@code v3.7.3}, {@code 17.0.19_10-jre-noble}); {@code 17-jre}, {@code latest} and
     *         {@code main} move
     */
    static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon < 0 || colon < slash) {
            return false;
        }
        String tag = image.substring(colon + 1);
        return VERSION.matcher(tag).find() && !tag.startsWith("latest") && !tag.startsWith("main");
    }

    /**
     * Every named volume a service mounts is declared; two services never share a Kafka Streams state
     * directory (Streams keeps its process id there).
     *
     * @param stateDirVariable the variable naming the Streams state directory (NEWSFLOW_ENRICH_STATE_DIR)
     */
    static List<String> volumes(ComposeFile compose, String stateDirVariable) {
        List<String> problems = new ArrayList<>();
        Map<String, String> stateVolumeOwner = new java.util.HashMap<>();
        for (ComposeFile.Service s : compose.services().values()) {
            for (ComposeFile.Mount m : s.volumes()) {
                if (!m.bind() && !m.source().isEmpty() && !compose.declaredVolumes().contains(m.source())) {
                    problems.add("service " + s.name() + " mounts the undeclared volume " + m.source());
                }
            }
            String stateDir = s.environment().get(stateDirVariable);
            if (stateDir == null) {
                continue;
            }
            ComposeFile.Mount state = s.volumes().stream().filter(m -> m.target().equals(stateDir)).findFirst()
                    .orElse(null);
            if (state == null || state.bind() || state.source().isEmpty()) {
                problems.add("service " + s.name() + " keeps Streams state in " + stateDir
                        + " without a named volume there");
            } else if (replicas(s) > 1) {
                problems.add("service " + s.name() + " runs " + replicas(s) + " replicas on the one Streams state"
                        + " volume " + state.source() + " (declare one service per instance)");
            } else {
                String other = stateVolumeOwner.putIfAbsent(state.source(), s.name());
                if (other != null) {
                    problems.add("services " + other + " and " + s.name() + " share the Streams state volume "
                            + state.source());
                }
            }
        }
        return problems;
    }

    private static int replicas(ComposeFile.Service s) {
        Object deploy = s.body().get("deploy");
        Object r = deploy instanceof Map<?, ?> m ? m.get("replicas") : s.body().get("scale");
        return r == null ? 1 : Integer.parseInt(String.valueOf(r));
    }

    /**
     * Every {@code depends_on} names a service of the file, and a {@code service_healthy} condition waits on a
     * service that has a healthcheck (Compose refuses to start the stack otherwise).
     */
    static List<String> dependencies(ComposeFile compose) {
        List<String> problems = new ArrayList<>();
        Map<String, ComposeFile.Service> services = compose.services();
        for (ComposeFile.Service s : services.values()) {
            Object deps = s.body().get("depends_on");
            Map<String, Object> conditions = new java.util.LinkedHashMap<>();
            if (deps instanceof List<?> list) {
                list.forEach(d -> conditions.put(String.valueOf(d), null));
            } else if (deps != null) {
                ComposeFile.mapping(deps, "depends_on of " + s.name()).forEach((k, v) -> conditions.put(k,
                        v instanceof Map<?, ?> m ? m.get("condition") : null));
            }
            conditions.forEach((dep, condition) -> {
                ComposeFile.Service target = services.get(dep);
                if (target == null) {
                    problems.add("service " + s.name() + " depends on " + dep + ", which the file does not define");
                } else if ("service_healthy".equals(condition) && !target.body().containsKey("healthcheck")) {
                    problems.add("service " + s.name() + " waits for " + dep + " to be healthy, but " + dep
                            + " has no healthcheck");
                }
            });
        }
        return problems;
    }
}
