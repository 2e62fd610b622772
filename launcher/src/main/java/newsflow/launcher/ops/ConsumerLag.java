package newsflow.launcher.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A consumer's backlog read from its own metrics: the sum of Kafka's per-partition {@code records-lag} gauges
 * ({@code kafka.consumer.fetch.manager.records.lag}, bound by Micrometer's Kafka binders) for one topic. Kafka
 * writes the topic tag with dots as underscores; both forms match. Only partitions this process consumes count;
 * {@code ./newsflow status} gives the lag of the whole group.
 */
final class ConsumerLag {
    private ConsumerLag() {
    }

    /**
     * @param registry the process's registry
     * @param topic    the topic
     * @return the summed lag, 0 when not known yet
     */
    static long of(MeterRegistry registry, String topic) {
        String underscored = topic.replace('.', '_');
        double sum = 0;
        for (Gauge g : registry.find("kafka.consumer.fetch.manager.records.lag").gauges()) {
            String t = g.getId().getTag("topic");
            double v = g.value();
            if ((topic.equals(t) || underscored.equals(t)) && !Double.isNaN(v) && v > 0) {
                sum += v;
            }
        }
        return (long) sum;
    }
}
