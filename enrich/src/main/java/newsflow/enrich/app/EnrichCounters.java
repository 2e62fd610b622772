package newsflow.enrich.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import newsflow.common.metrics.DeadLetterMeters;
import newsflow.enrich.pipeline.Enricher;

/**
 * Running counts of the enrich topology, for progress lines, and its Micrometer meters (Prometheus names):
 * <ul>
 *   <li>{@code newsflow_enrich_pages_total{kind}}: raw pages read, by page kind ({@code article},
 *       {@code listing}, {@code continuation}…, {@code tombstone});</li>
 *   <li>{@code newsflow_enrich_editions_total{lang}}: editions produced, by language code;</li>
 *   <li>{@code newsflow_enrich_stage_seconds{stage}}: time per page spent in {@code extract},
 *       {@code languages}, {@code topics}, {@code dates} (histogram);</li>
 *   <li>{@code newsflow_enrich_fetch_to_edition_seconds}: from a page's {@code fetched_at} to its editions being
 *       produced (histogram; wall clocks of two hosts, so a skew shows here);</li>
 *   <li>{@code newsflow_dead_letters_total{stage="classify"}}: non-articles recorded on the dead-letter topic
 *       (the exception handlers count the other stages).</li>
 * </ul>
 * Label values are bounded: page kinds, language codes of the language catalogue, four stages. Thread-safe.
 */
public final class EnrichCounters implements Enricher.StageObserver {
    /** Documents that produced editions. */
    public final AtomicLong documents = new AtomicLong();
    /** Editions produced. */
    public final AtomicLong editions = new AtomicLong();
    /** Pages already enriched with the same content and version (no new edition). */
    public final AtomicLong unchanged = new AtomicLong();
    /** Pages that are not articles (recorded on the dead-letter topic, stage classify). */
    public final AtomicLong nonArticles = new AtomicLong();
    /** Later pages of multi-page articles fetched on their own (also counted in {@link #nonArticles}). */
    public final AtomicLong continuations = new AtomicLong();
    /** Copies (AMP, mobile) of pages whose canonical page was already enriched by this version (no new edition). */
    public final AtomicLong copies = new AtomicLong();
    /** Tombstones read from raw-pages (nothing to enrich). */
    public final AtomicLong tombstones = new AtomicLong();
    /** Raw pages read (tombstones included). */
    public final AtomicLong pages = new AtomicLong();

    private final MeterRegistry registry;
    private final Timer fetchToEdition;

    /** Counters whose meters go to a private registry (tests, batch use). */
    public EnrichCounters() {
        this(new SimpleMeterRegistry());
    }

    /** @param registry where the meters are registered */
    public EnrichCounters(MeterRegistry registry) {
        this.registry = registry;
        this.fetchToEdition = Timer.builder("newsflow.enrich.fetch.to.edition")
                .description("from a raw page's fetched_at to its editions produced").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofHours(6))
                .register(registry);
        for (String stage : new String[] {"extract", "languages", "topics", "dates"}) {
            stageTimer(stage); // present from the start, so a dashboard sees the four stages at zero
        }
        DeadLetterMeters.counter(registry, "classify");
    }

    /** @param kind a page kind's wire name, or {@code tombstone} */
    void page(String kind) {
        pages.incrementAndGet();
        Counter.builder("newsflow.enrich.pages").tag("kind", kind).description("raw pages read, by kind")
                .register(registry).increment();
    }

    /** @param lang the language code of an edition produced */
    void edition(String lang) {
        editions.incrementAndGet();
        Counter.builder("newsflow.enrich.editions").tag("lang", lang).description("editions produced, by language")
                .register(registry).increment();
    }

    /** @param fetchedAt the fetch time of a page whose editions were just produced */
    void producedFrom(Instant fetchedAt) {
        if (fetchedAt != null) {
            Duration d = Duration.between(fetchedAt, Instant.now());
            fetchToEdition.record(d.isNegative() ? Duration.ZERO : d);
        }
    }

    /** Counts a non-article recorded on the dead-letter topic (stage {@code classify}). */
    void classifiedOut() {
        nonArticles.incrementAndGet();
        DeadLetterMeters.counter(registry, "classify").increment();
    }

    @Override
    public void record(String stage, long nanos) {
        stageTimer("language".equals(stage) ? "languages" : stage).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer stageTimer(String stage) {
        return Timer.builder("newsflow.enrich.stage").tag("stage", stage)
                .description("time per page in an enrichment stage").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    /** @return the registry the meters live in */
    public MeterRegistry registry() {
        return registry;
    }
}
