package newsflow.launcher.ops;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import newsflow.common.health.ComponentHealth;

/**
 * A health check that may block (a broker round trip, a database connection) run on its own daemon thread every
 * {@code period}; {@link #get()} returns the last result at once, so {@code /health} never waits. A failure is
 * seen within {@code period} plus the check's own timeout. Before the first check ends the component is down
 * with state {@code checking}.
 */
public final class CachedProbe implements AutoCloseable {
    private final String service;
    private final String name;
    private final ScheduledExecutorService timer;
    private final AutoCloseable resource;
    private volatile ComponentHealth last;

    /**
     * @param service the service the component belongs to
     * @param name    the component
     * @param period  time between two checks
     * @param check   the check; an exception is reported as down with its message
     */
    public CachedProbe(String service, String name, Duration period, Callable<ComponentHealth> check) {
        this(service, name, period, check, () -> { });
    }

    /**
     * @param service  the service the component belongs to
     * @param name     the component
     * @param period   time between two checks
     * @param check    the check; an exception is reported as down with its message
     * @param resource what the check uses, closed with the probe
     */
    public CachedProbe(String service, String name, Duration period, Callable<ComponentHealth> check,
                       AutoCloseable resource) {
        this.resource = resource;
        this.service = service;
        this.name = name;
        this.last = ComponentHealth.down(service, name, "checking", "first check not finished");
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "health-" + service + "-" + name);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> last = run(check), 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ComponentHealth run(Callable<ComponentHealth> check) {
        try {
            return check.call();
        } catch (Exception e) {
            return ComponentHealth.down(service, name, "unreachable", String.valueOf(e.getMessage()));
        }
    }

    /** @return the last result */
    public ComponentHealth get() {
        return last;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            resource.close();
        } catch (Exception e) {
            // closing a health-check client: nothing to do about it
        }
    }
}
