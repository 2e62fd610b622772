package newsflow.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The pipeline-wide dead-letter counter {@code newsflow.dead.letters} (Prometheus
 * {@code newsflow_dead_letters_total}) with one tag, {@code stage} (the stage header of the dead-letter record:
 * {@code fetch}, {@code deserialize}, {@code classify}, {@code extract}, {@code language}, {@code topics},
 * {@code dates}, {@code produce}, {@code sink}). Every service registers it with the same tag key so that one
 * registry can hold all three (demo, run).
 */
public final class DeadLetterMeters {
    /** Meter name. */
    public static final String NAME = "newsflow.dead.letters";

    private DeadLetterMeters() {
    }

    /**
     * @param registry the registry
     * @param stage    the dead-letter stage
     * @return the counter of that stage
     */
    public static Counter counter(MeterRegistry registry, String stage) {
        return Counter.builder(NAME).tag("stage", stage).description("records written to the dead-letter topic, by stage")
                .register(registry);
    }
}
