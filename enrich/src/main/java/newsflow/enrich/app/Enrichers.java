package newsflow.enrich.app;

import newsflow.enrich.time.mentions.TemporalTagger;
import newsflow.enrich.extract.ArticleExtractor;
import newsflow.enrich.lang.EditionSplitter;
import newsflow.enrich.lang.LanguageIdentifier;
import newsflow.enrich.pipeline.EditionSizeBudget;
import newsflow.enrich.pipeline.Enricher;
import newsflow.enrich.topic.TopicTagger;

/** Builds the {@link Enricher} a configuration describes. */
public final class Enrichers {
    private Enrichers() {
    }

    /**
     * @param config the enrich configuration (languages, size budget)
     * @return a thread-safe enricher
     */
    public static Enricher create(EnrichConfig config) {
        return new Enricher(new ArticleExtractor(),
                new EditionSplitter(new LanguageIdentifier(config.languages(), config.languageAccuracy())),
                new TopicTagger(), new TemporalTagger(),
                new EditionSizeBudget(config.getInt(EnrichConfig.MAX_EDITION_BYTES)));
    }
}
