package newsflow.enrich.deadletter;

import java.util.List;
import java.util.Map;
import newsflow.enrich.pipeline.EnrichmentException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose processing fails goes to the dead-letter topic with its raw bytes, coordinates and the
 * failing stage ({@link EnrichmentException#stage()}, else the processor name); processing goes on.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProcessingHandler.class);
    private String topic;
    private io.micrometer.core.instrument.MeterRegistry registry;

    @Override
    public void configure(Map<String, ?> configs) {
        topic = DeadLetterHandlers.topic(configs);
        registry = DeadLetterHandlers.registry(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext ctx, Record<?, ?> record, Exception e) {
        String stage = e instanceof EnrichmentException ee ? ee.stage() : ctx.processorNodeId();
        LOG.warn("dead-lettering record {}-{}@{} (key {}) failed in stage {}: {}", ctx.topic(), ctx.partition(),
                ctx.offset(), record.key(), stage, e.toString());
        return Response.resume(List.of(DeadLetterHandlers.record(topic, ctx, stage, e, registry)));
    }
}
