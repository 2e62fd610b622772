package newsflow.launcher.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.topic.Topics;

/**
 * Where the pipeline lives in Kafka.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param topics           the topic names
 * @param ingestGroup      ingest's consumer group ({@code ingest.group.id}, reads discovered-urls)
 * @param enrichGroup      enrich's Kafka Streams application id ({@code enrich.application.id}, reads raw-pages)
 * @param sinkGroup        the sink's consumer group ({@code sink.group.id}, reads editions)
 */
public record PipelineCoordinates(String bootstrapServers, Topics topics, String ingestGroup, String enrichGroup,
                                  String sinkGroup) {
    /** @return service name → its consumer group, in pipeline order */
    public Map<String, String> groups() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ingest", ingestGroup);
        m.put("enrich", enrichGroup);
        m.put("sink", sinkGroup);
        return m;
    }

    /** @return service name → the topics its group reads (its lag is measured on them) */
    public Map<String, List<String>> inputs() {
        return Map.of("ingest", List.of(topics.discoveredUrlsName()), "enrich", List.of(topics.rawPages().name()),
                "sink", List.of(topics.editions().name()));
    }
}
