package newsflow.enrich.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import newsflow.common.model.DateMention;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.PageKind;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.time.DateOrders;
import newsflow.enrich.time.FeedDates;
import newsflow.enrich.time.ReferenceDates;
import newsflow.enrich.time.mentions.DateReference;
import newsflow.enrich.time.mentions.TemporalTagger;
import newsflow.enrich.extract.ArticleExtractor;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.Extraction;
import newsflow.enrich.extract.JoinedArticle;
import newsflow.enrich.extract.MultiPageJoiner;
import newsflow.enrich.extract.PageInput;
import newsflow.enrich.lang.EditionDraft;
import newsflow.enrich.lang.EditionSplitter;
import newsflow.enrich.topic.EditionTopics;
import newsflow.enrich.topic.SectionTopics;
import newsflow.enrich.topic.TopicTagger;

/**
 * Enriches one fetched page into its language editions, in this order: extraction (main text, title,
 * authors, publication dates, page metadata) → the join of a multi-page article's continuation pages → language separation into editions → topics per edition ({@link EditionTopics}:
 * from the text where the language has a lexicon, else only from the publisher's section, with a note saying
 * so or where an edition's subject differs from its siblings') → dates in text per edition, resolved against the
 * edition's publication day. The same code serves the Kafka Streams topology
 * and the batch commands. Thread-safe when its parts are (they are).
 *
 * <p>Errors: a failing stage throws {@link EnrichmentException} naming the stage.
 */
public final class Enricher {
    /**
     * Receives the time one page spent in each stage ({@code extract}, {@code language}, {@code topics},
     * {@code dates}: the stage names of {@link EnrichmentException}), once per stage per page, failed pages
     * included. Must be thread-safe.
     */
    @FunctionalInterface
    public interface StageObserver {
        /** Ignores every timing. */
        StageObserver NONE = (stage, nanos) -> { };

        /**
         * @param stage the stage name
         * @param nanos time spent in it for one page, in nanoseconds
         */
        void record(String stage, long nanos);
    }

    private final ArticleExtractor extractor;
    private final EditionSplitter splitter;
    private final TopicTagger topicTagger;
    private final EditionTopics editionTopics;
    private final TemporalTagger temporalTagger;
    private final EditionSizeBudget budget;
    private final StageObserver observer;

    /**
     * @param extractor      main-text extractor
     * @param splitter       language separation
     * @param topicTagger    IPTC tagger
     * @param temporalTagger dates in text
     * @param budget         the size budget of one edition record
     */
    public Enricher(ArticleExtractor extractor, EditionSplitter splitter, TopicTagger topicTagger,
                    TemporalTagger temporalTagger, EditionSizeBudget budget) {
        this.extractor = extractor;
        this.splitter = splitter;
        this.topicTagger = topicTagger;
        this.editionTopics = new EditionTopics(topicTagger, SectionTopics.get());
        this.temporalTagger = temporalTagger;
        this.budget = budget;
        this.observer = StageObserver.NONE;
    }

    private Enricher(Enricher parts, StageObserver observer) {
        this.extractor = parts.extractor;
        this.splitter = parts.splitter;
        this.topicTagger = parts.topicTagger;
        this.editionTopics = parts.editionTopics;
        this.temporalTagger = parts.temporalTagger;
        this.budget = parts.budget;
        this.observer = observer;
    }

    /**
     * @param observer receives the time each page spends in each stage
     * @return the same enrichment, timed
     */
    public Enricher observedBy(StageObserver observer) {
        return new Enricher(this, observer);
    }

    /**
     * @param page the fetched page
     * @return editions and the page kind
     * @throws EnrichmentException when a stage fails
     */
    public EnrichResult enrich(RawPage page) {
        return enrich(page, false);
    }

    /**
     * Same as {@link #enrich(RawPage)} for a page read alone (the batch commands): nothing can be joined to it,
     * so a page that continues another page's article is enriched as an article of its own text instead of
     * being classified as a continuation.
     *
     * @param page the page
     * @return editions and the page kind (never {@link PageKind#CONTINUATION})
     * @throws EnrichmentException when a stage fails
     */
    public EnrichResult enrichAlone(RawPage page) {
        return enrich(page, true);
    }

    private EnrichResult enrich(RawPage page, boolean alone) {
        java.util.Map<String, long[]> times = new java.util.LinkedHashMap<>();
        try {
            return enrich(page, alone, times);
        } finally {
            times.forEach((stage, nanos) -> observer.record(stage, nanos[0]));
        }
    }

    private EnrichResult enrich(RawPage page, boolean alone, java.util.Map<String, long[]> times) {
        SourceHints hints = page.hints() == null ? SourceHints.NONE : page.hints();
        stage(times, "extract", () -> TextContentCheck.requireText(page.html()));
        Extraction first = stage(times, "extract",
                () -> extractor.extract(new PageInput(page.url(), page.html(), page.fetchedAt(), hints,
                        page.status())));
        JoinedArticle joined = stage(times, "extract", () -> join(first, page, hints));
        Extraction x = alone && joined.extraction().kind() == PageKind.CONTINUATION
                ? joined.extraction().asArticle() : joined.extraction();
        int pages = joined.pages();
        DateValue published = FeedDates.published(x.published(), page.feedItem(), page.fetchedAt());
        String canonical = x.canonicalUrl() != null ? x.canonicalUrl() : page.url();
        String documentId = Hashes.documentId(canonical);
        String contentHash = contentHash(x);
        if (x.kind() != PageKind.ARTICLE) {
            return new EnrichResult(documentId, x.kind(), x, List.of(), contentHash, pages);
        }
        String declaredLang = x.htmlLang() != null ? x.htmlLang() : hints.language();
        String title = FeedTitles.title(x.title(), page.feedItem());
        List<EditionDraft> drafts = stage(times, "language", () -> splitter.split(title, x.blocks(), declaredLang));
        SourceHints dated = new SourceHints(hints.language(), hints.timeZone(),
                DateOrders.of(hints.dateOrder(), declaredLang));
        DateReference ref = ReferenceDates.of(published, page.fetchedAt(), dated,
                hints.dateOrder() != null ? DateReference.SOURCE_ORDER : DateReference.LOCALE);
        List<String> texts = drafts.stream().map(d -> String.join("\n\n", d.paragraphs())).toList();
        List<EditionTopics.Input> topicInputs = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            topicInputs.add(new EditionTopics.Input(drafts.get(i).lang(), drafts.get(i).title(), texts.get(i)));
        }
        EditionTopics.PageFiling filing = new EditionTopics.PageFiling(canonical, x.section(), x.keywords());
        List<EditionTopics.Result> topics = stage(times, "topics", () -> editionTopics.tag(topicInputs, filing));
        List<Edition> editions = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            EditionDraft d = drafts.get(i);
            String text = texts.get(i);
            List<DateMention> dates = stage(times, "dates", () -> temporalTagger.tag(text, d.lang(), ref));
            editions.add(budget.fit(new Edition(documentId, d.lang(), canonical, page.source(), d.title(),
                    d.direction(), d.share(), d.paragraphs(), topics.get(i).tags(), dates, published, x.modified(),
                    x.authors(), x.siteName(), page.fetchedAt(), EnrichmentVersion.CURRENT, contentHash,
                    drafts.size(), false, topics.get(i).note(), page.url(), pages, x.paywalled(),
                    x.leadImage(), x.section(), x.keywords(), x.bodySource(),
                    TableParagraphs.indices(d.paragraphs(), x.blocks()),
                    TemporalTagger.note(d.lang()))));
        }
        return new EnrichResult(documentId, x.kind(), x, List.copyOf(editions), contentHash, pages);
    }

    /**
     * Joins the continuation pages ingest fetched after an article's first page (case C24): each is extracted
     * on its own, then {@link MultiPageJoiner} keeps those with the first page's canonical URL, at most
     * {@link MultiPageJoiner#MAX_PAGES}, stopping at a loop. A first page that is not an article is not joined.
     */
    private JoinedArticle join(Extraction first, RawPage page, SourceHints hints) {
        if (first.kind() != PageKind.ARTICLE || page.continuations().isEmpty()) {
            return new JoinedArticle(first, 1);
        }
        List<Extraction> all = new ArrayList<>(page.continuations().size() + 1);
        all.add(first);
        for (RawPage.Continuation c : page.continuations()) {
            all.add(extractor.extract(new PageInput(c.url(), c.html(), page.fetchedAt(), hints)));
        }
        return MultiPageJoiner.join(all);
    }

    private static String contentHash(Extraction x) {
        StringBuilder sb = new StringBuilder();
        sb.append(EnrichmentVersion.CURRENT).append('\u0000').append(x.kind()).append('\u0000').append(x.title())
                .append('\u0000').append(x.published()).append('\u0000').append(x.modified())
                .append('\u0000').append(x.paywalled()).append('\u0000').append(x.leadImage())
                .append('\u0000').append(x.section()).append('\u0000').append(x.keywords());
        for (Block b : x.blocks()) {
            sb.append('\u0000').append(b.kind()).append(':').append(b.text());
        }
        return Hashes.sha256(sb.toString());
    }

    private static <T> T stage(java.util.Map<String, long[]> times, String name, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new EnrichmentException(name, e);
        } finally {
            times.computeIfAbsent(name, n -> new long[1])[0] += System.nanoTime() - started;
        }
    }
}
