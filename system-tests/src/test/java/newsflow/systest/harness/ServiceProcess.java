package newsflow.systest.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One newsflow service as a separate process: {@code java -jar newsflow.jar <command> --config <file> ...}.
 * Configuration reaches it through all three layers the services read: a properties file (most keys), the
 * environment ({@code NEWSFLOW_*}; inherited ones are removed so the test's own environment cannot leak in) and
 * command-line options. Its standard output and error are appended to {@code <name>.log} in the work directory,
 * kept across restarts of the same instance.
 */
public final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final Path jar;
    private final Path workDir;
    private final List<String> command;
    private final Map<String, String> env;
    private final String heap;
    private Process process;

    /**
     * @param name    instance name, e.g. {@code ingest-1} (names the log and config files)
     * @param jar     the runnable jar
     * @param workDir where the config file and log go (also the process's working directory)
     * @param command sub-command and its options, e.g. {@code [ingest]}
     * @param config  keys for the properties file
     * @param env     environment variables to set
     * @param heap    the JVM's -Xmx, e.g. {@code 384m}
     */
    public ServiceProcess(String name, Path jar, Path workDir, List<String> command, Map<String, String> config,
                          Map<String, String> env, String heap) {
        this.name = name;
        this.jar = jar;
        this.workDir = workDir;
        this.env = Map.copyOf(env);
        this.heap = heap;
        Path file = workDir.resolve(name + ".properties");
        try {
            Files.createDirectories(workDir);
            Properties p = new Properties();
            p.putAll(new TreeMap<>(config));
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "system test instance " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> cmd = new ArrayList<>(command);
        cmd.add(ServiceContract.OPT_CONFIG);
        cmd.add(file.toString());
        this.command = List.copyOf(cmd);
    }

    /** @return the instance name */
    public String name() {
        return name;
    }

    /** @return the log file of this instance */
    public Path log() {
        return workDir.resolve(name + ".log");
    }

    /**
     * Starts the process (again, after {@link #kill()} or {@link #stop()}).
     *
     * @return this
     */
    public synchronized ServiceProcess start() {
        List<String> cmd = new ArrayList<>(List.of(BrokerProcess.javaBinary(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith(ServiceContract.ENV_PREFIX));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().putAll(env);
        try {
            Files.writeString(log(), "==== start " + java.time.Instant.now() + " " + String.join(" ", cmd) + "\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        return this;
    }

    /** Kills the process with SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            awaitExit(30);
        }
    }

    /** Stops the process with SIGTERM (its shutdown hook runs), SIGKILL after 40 s. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!awaitExit(40)) {
                process.destroyForcibly();
                awaitExit(10);
            }
        }
    }

    /** @return true while the process runs */
    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** @return a one-line state for reports: running, or the exit code */
    public synchronized String state() {
        if (process == null) {
            return name + ": not started";
        }
        return name + (process.isAlive() ? ": running (pid " + process.pid() + ")" : ": exited " + process.exitValue());
    }

    @Override
    public void close() {
        stop();
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
