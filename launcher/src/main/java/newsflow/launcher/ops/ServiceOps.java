package newsflow.launcher.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import newsflow.common.config.OpsKeys;
import newsflow.common.health.ComponentHealth;
import newsflow.enrich.app.EnrichCounters;
import newsflow.enrich.app.EnrichService;
import newsflow.ingest.app.IngestCounters;
import newsflow.ingest.app.IngestService;
import newsflow.sink.app.SinkConfig;
import newsflow.sink.app.SinkService;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The operations side of the services of one process: their health components (each service's own state plus
 * the cached broker and database probes), their progress lines, and the HTTP endpoints. A service command
 * registers its one service and serves on {@code <service>.http.port}; {@code demo} and {@code run} register the
 * three and serve them on one port. Close it before the services (it reads them).
 */
public final class ServiceOps implements AutoCloseable {
    private final OpsRegistry registry;
    private final List<Supplier<List<ComponentHealth>>> health = new ArrayList<>();
    private final List<AutoCloseable> owned = new ArrayList<>();
    private OpsServer server;

    /** @param registry the process's registry (the services' meters go to {@code registry.registry()}) */
    public ServiceOps(OpsRegistry registry) {
        this.registry = registry;
    }

    /**
     * Health: kafka reachable, discovered-urls partitions assigned (an instance without partitions polls no
     * source in follow mode: reported, not a failure, since more instances than partitions is legitimate), and
     * whether the ingest loop is waiting for the broker ({@link #loop}).
     *
     * @param service   the started ingest service
     * @param config    its configuration (progress interval)
     * @param bootstrap the brokers
     * @return this
     */
    public ServiceOps ingest(IngestService service, AbstractConfig config, String bootstrap) {
        CachedProbe kafka = own(Probes.broker("ingest", bootstrap));
        health.add(() -> List.of(kafka.get(), assigned("ingest", service.assignedPartitions()),
                loop(service.brokerWaiting())));
        IngestCounters c = service.counters();
        owned.add(new ProgressLog("ingest", java.time.Duration.ofMillis(config.getLong(OpsKeys.progressInterval("ingest"))), () -> counts(
                "fetched", c.fetched(), "not modified", c.notModified(), "dead-lettered", c.deadLettered(),
                "fetch outcomes", c.fetchOutcomes()), () -> service.pending() + " URLs pending, "
                + paused(registry.registry()) + " hosts paused"));
        return this;
    }

    /**
     * Health: kafka reachable, Kafka Streams state (RUNNING or REBALANCING is up).
     *
     * @param service   the started enrich service
     * @param config    its configuration
     * @param bootstrap the brokers
     * @param rawPages  the raw-pages topic (its consumer lag is the backlog)
     * @return this
     */
    public ServiceOps enrich(EnrichService service, AbstractConfig config, String bootstrap, String rawPages) {
        CachedProbe kafka = own(Probes.broker("enrich", bootstrap));
        health.add(() -> List.of(kafka.get(), streams(service.state())));
        EnrichCounters c = service.counters();
        owned.add(new ProgressLog("enrich", java.time.Duration.ofMillis(config.getLong(OpsKeys.progressInterval("enrich"))), () -> counts(
                "pages", c.pages.get(), "editions", c.editions.get(), "non-articles", c.nonArticles.get()),
                () -> ConsumerLag.of(registry.registry(), rawPages) + " raw pages behind"));
        return this;
    }

    /**
     * Health: kafka reachable, database reachable (a fresh validated connection every few seconds), editions
     * partitions assigned (reported), the run loop alive.
     *
     * @param service the sink
     * @param config  its configuration
     * @return this
     */
    public ServiceOps sink(SinkService service, SinkConfig config) {
        CachedProbe kafka = own(Probes.broker("sink", config.bootstrapServers()));
        CachedProbe db = own(Probes.database("sink", config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword()));
        String editions = config.topics().editions().name();
        health.add(() -> List.of(kafka.get(), db.get(), assigned("sink", service.health().snapshot().assignedPartitions()),
                writes(service.health().snapshot()),
                service.failure().map(f -> ComponentHealth.down("sink", "loop", "stopped", f.toString()))
                        .orElse(ComponentHealth.up("sink", "loop", "running", "consuming"))));
        owned.add(new ProgressLog("sink", java.time.Duration.ofMillis(config.getLong(OpsKeys.progressInterval("sink"))), () -> counts(
                "stored", service.stored(), "unchanged", service.metrics().unchanged(), "dead-lettered",
                service.deadLettered(), "batches", service.batches(), "db errors",
                service.metrics().databaseErrors()),
                () -> ConsumerLag.of(registry.registry(), editions) + " editions behind"));
        return this;
    }

    /**
     * Starts {@code GET /metrics} and {@code GET /health}.
     *
     * @param port the port; 0 serves nothing
     * @return the address, or null when off
     * @throws IOException when the port cannot be bound
     */
    public String serve(int port) throws IOException {
        if (port == 0) {
            return null;
        }
        server = OpsServer.start(port, registry.registry(), this::components);
        return server.address();
    }

    /** @return the port served, or 0 */
    public int port() {
        return server == null ? 0 : server.port();
    }

    /** @return every component of every registered service */
    public List<ComponentHealth> components() {
        List<ComponentHealth> all = new ArrayList<>();
        health.forEach(h -> all.addAll(h.get()));
        return all;
    }

    private CachedProbe own(CachedProbe p) {
        owned.add(p);
        return p;
    }

    /**
     * Ingest's loop: up, or waiting for the broker (a Kafka call of its consumer side failed with a retriable
     * error; tasks stay queued, offsets uncommitted, retried with capped backoff — issue 11).
     */
    static ComponentHealth loop(newsflow.ingest.app.BrokerWait.State s) {
        return s.waiting()
                ? ComponentHealth.down("ingest", "loop", "waiting_for_broker", s.what() + " failed since "
                        + s.since() + " (" + s.retries() + " attempts): " + s.reason())
                : ComponentHealth.up("ingest", "loop", "running", "fetching");
    }

    static ComponentHealth assigned(String service, int partitions) {
        return partitions > 0
                ? ComponentHealth.up(service, "consumer", "assigned", partitions + " partition(s) assigned")
                : ComponentHealth.up(service, "consumer", "unassigned",
                "no partition assigned yet (joining the group, or more instances than partitions)");
    }

    static ComponentHealth streams(KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> ComponentHealth.up("enrich", "streams", state.name(), "processing");
            case REBALANCING -> ComponentHealth.up("enrich", "streams", state.name(),
                    "partitions are being (re)assigned or state restored");
            case CREATED -> ComponentHealth.down("enrich", "streams", state.name(), "not started");
            default -> ComponentHealth.down("enrich", "streams", state.name(),
                    "Kafka Streams is not running (see the enrich log)");
        };
    }

    private static long paused(MeterRegistry r) {
        Gauge g = r.find("newsflow.ingest.host.paused").gauge();
        return g == null ? 0 : (long) g.value();
    }

    private static Map<String, Long> counts(Object... labelAndValue) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < labelAndValue.length; i += 2) {
            m.put((String) labelAndValue[i], ((Number) labelAndValue[i + 1]).longValue());
        }
        return m;
    }

    /** Stops the HTTP server, the probes and the progress lines (each logs its summary). */
    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (Exception e) {
                // best effort on shutdown
            }
        }
    }

    /**
     * The sink's writing state: up, or waiting for its database (partitions paused, records held) or given up, or
     * waiting for the broker to take its offsets or dead letters.
     */
    static ComponentHealth writes(newsflow.sink.app.SinkHealth.Snapshot s) {
        return switch (s.database()) {
            case WAITING -> ComponentHealth.down("sink", "writes", "waiting", "database unavailable since "
                    + s.since() + ", " + s.heldRecords() + " records held, partitions paused: " + s.reason());
            case GAVE_UP -> ComponentHealth.down("sink", "writes", "gave_up", String.valueOf(s.reason()));
            case UP -> s.broker().state() == newsflow.sink.app.SinkHealth.BrokerState.UP
                    ? ComponentHealth.up("sink", "writes", "up", "writing")
                    : ComponentHealth.down("sink", "writes", "waiting_for_broker", "offsets or dead letters not"
                            + " accepted by Kafka since " + s.broker().since() + ": " + s.broker().reason());
        };
    }
}
