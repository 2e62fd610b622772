package newsflow.enrich.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.Edition;
import newsflow.common.model.PageKind;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import newsflow.common.topic.DeadLetterRecords;
import newsflow.enrich.pipeline.EnrichResult;
import newsflow.enrich.pipeline.Enricher;
import newsflow.enrich.pipeline.EnrichmentVersion;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Enriches each raw page and routes the outcome: editions to the editions sinks; a page whose content was
 * already enriched by the same enrichment version yields nothing new (store {@value EnrichTopology#CONTENT_STORE}),
 * nor does a copy of a page (AMP, mobile: its canonical URL names another fetched URL) once the canonical page
 * itself was enriched by this version — the same preference as the sink's, so the editions topics and the
 * database hold the canonical page's text;
 * a page that is not an article is recorded on the dead-letter topic (stage {@code classify}, reason = its kind)
 * so that every page is accounted for, and a listing's article links go to the discovered-urls topic. A later page
 * of a multi-page article fetched on its own (kind {@code continuation}) is recorded the same way, never as a
 * second article: its text reaches the sink through its first page's record, whose URL goes to discovered-urls.
 * A failing stage throws, and the processing exception handler dead-letters the record.
 */
final class EnrichProcessor implements Processor<String, RawPage, Object, Object> {
    /** Suffix of a content mark made from a copy of the page (AMP, mobile: fetched URL ≠ canonical URL). */
    static final String COPY_SUFFIX = ":copy";
    private final Enricher enricher;
    private final String deadLetterTopic;
    private final EnrichCounters counters;
    private ProcessorContext<Object, Object> context;
    private KeyValueStore<String, String> enriched;

    EnrichProcessor(Enricher enricher, String deadLetterTopic, EnrichCounters counters) {
        this.enricher = enricher;
        this.deadLetterTopic = deadLetterTopic;
        this.counters = counters;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.enriched = context.getStateStore(EnrichTopology.CONTENT_STORE);
    }

    @Override
    public void process(Record<String, RawPage> record) {
        RawPage page = record.value();
        if (page == null) {
            counters.tombstones.incrementAndGet();
            counters.page("tombstone");
            return;
        }
        EnrichResult result = enricher.enrich(page);
        counters.page(result.kind().wireName());
        if (result.kind() != PageKind.ARTICLE) {
            recordNonArticle(record, page, result);
            return;
        }
        boolean copy = !result.editions().isEmpty() && !result.editions().get(0).url().equals(page.url());
        String mark = EnrichmentVersion.CURRENT + ":" + result.contentHash() + (copy ? COPY_SUFFIX : "");
        String stored = enriched.get(result.documentId());
        if (mark.equals(stored)) {
            counters.unchanged.incrementAndGet();
            return;
        }
        if (copy && stored != null && !stored.endsWith(COPY_SUFFIX)
                && stored.startsWith(EnrichmentVersion.CURRENT + ":")) {
            counters.copies.incrementAndGet(); // the canonical page itself was enriched by this version
            return;
        }
        enriched.put(result.documentId(), mark);
        for (Edition e : result.editions()) {
            Record<Object, Object> out = new Record<>(e.key(), e, record.timestamp());
            context.forward(out, EnrichTopology.EDITIONS_SINK);
            context.forward(out, EnrichTopology.EDITIONS_BY_LANGUAGE_SINK);
            counters.edition(e.lang());
        }
        counters.documents.incrementAndGet();
        counters.producedFrom(page.fetchedAt());
    }

    private void recordNonArticle(Record<String, RawPage> record, RawPage page, EnrichResult result) {
        String reason = result.kind().wireName();
        String detail = "the page is a " + reason + ", not an article";
        if (result.kind() == PageKind.LISTING) {
            for (String link : result.extraction().links()) {
                // keyed by host: the ingest instance owning the host's partition fetches it (issue 11)
                context.forward(new Record<>(DiscoveredUrl.hostKey(link),
                        new DiscoveredUrl(link, page.source(), page.url()), record.timestamp()),
                        EnrichTopology.DISCOVERED_URLS_SINK);
            }
            detail += "; " + result.extraction().links().size() + " links sent to discovered-urls";
        } else if (result.kind() == PageKind.CONTINUATION) {
            // the first page is fetched (once: ingest skips URLs already fetched) and joins this one (case C24)
            String first = result.extraction().canonicalUrl();
            context.forward(new Record<>(DiscoveredUrl.hostKey(first),
                    new DiscoveredUrl(first, page.source(), page.url()), record.timestamp()),
                    EnrichTopology.DISCOVERED_URLS_SINK);
            detail = "a later page of the multi-page article " + first
                    + ", joined into that article's record; the first page was sent to discovered-urls";
            counters.continuations.incrementAndGet();
        }
        byte[] value;
        try {
            value = Json.mapper().writeValueAsBytes(new DeadLetter(page.url(), page.source(), "classify", reason,
                    detail, page.fetchedAt()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dead letter cannot be written", e);
        }
        ProducerRecord<byte[], byte[]> dl = DeadLetterRecords.of(deadLetterTopic,
                page.url().getBytes(StandardCharsets.UTF_8), value, "classify", reason,
                "not an article: " + reason, context.recordMetadata()
                        .map(m -> new DeadLetterRecords.Origin(m.topic(), m.partition(), m.offset()))
                        .orElse(DeadLetterRecords.Origin.NONE), page.url());
        context.forward(new Record<Object, Object>(dl.key(), dl.value(), record.timestamp(), dl.headers()),
                EnrichTopology.NON_ARTICLES_SINK);
        counters.classifiedOut();
    }
}
