package newsflow.launcher.ops;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The registry a process exports on {@code GET /metrics}: Micrometer's Prometheus registry (it renders dotted
 * meter names as Prometheus names: {@code newsflow.ingest.fetches} → {@code newsflow_ingest_fetches_total},
 * timers in seconds) with the JVM binders bound (memory, GC, threads, class loading, processor, uptime:
 * the {@code jvm_*}, {@code process_*} and {@code system_*} families). The services bind their own meters
 * and their Kafka clients' ({@code kafka_consumer_*}, {@code kafka_producer_*}, {@code kafka_stream_*}).
 */
public final class OpsRegistry implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    /** Creates the registry and binds the JVM meters. */
    public OpsRegistry() {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** @return the registry */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
