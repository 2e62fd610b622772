package newsflow.enrich.app;

import java.util.concurrent.atomic.AtomicLong;

/** Running counts of the enrich topology, for progress lines and metrics. Thread-safe. */
public final class EnrichCounters {
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
}
