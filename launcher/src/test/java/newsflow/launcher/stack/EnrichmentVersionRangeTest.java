package newsflow.launcher.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import newsflow.enrich.pipeline.EnrichmentVersion;
import newsflow.sink.app.SinkConfig;
import org.junit.jupiter.api.Test;

/**
 * The sink stores editions up to {@code sink.enrichment.version.max} (issue 11), whose default must be the version
 * the enrich service of the same release produces; the launcher is the one module that sees both. Bump
 * {@link SinkConfig#CURRENT_ENRICHMENT_VERSION} with {@link EnrichmentVersion#CURRENT}.
 */
class EnrichmentVersionRangeTest {
    @Test
    void theSinksDefaultRangeEndsAtTheVersionEnrichProduces() {
        assertThat(SinkConfig.CURRENT_ENRICHMENT_VERSION).isEqualTo(EnrichmentVersion.CURRENT);
        SinkConfig defaults = new SinkConfig(Map.of());
        assertThat(defaults.enrichmentVersionMax()).isEqualTo(EnrichmentVersion.CURRENT);
        assertThat(defaults.enrichmentVersionMin()).isBetween(0, EnrichmentVersion.CURRENT);
    }
}
