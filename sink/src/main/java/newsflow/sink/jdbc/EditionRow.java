package newsflow.sink.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An {@link newsflow.common.model.Edition} flattened to the columns of table {@code editions} (see the
 * migrations in {@code db/migration}), plus its child rows for {@code edition_topics}. Built by
 * {@link EditionRowMapper}; JSON columns hold JSON text written by {@code newsflow.common.serde.Json}.
 *
 * @param documentId         primary key part 1
 * @param lang               primary key part 2
 * @param url                canonical URL
 * @param source             source name, or null
 * @param title              title, or null
 * @param direction          {@code ltr}, {@code rtl} or null
 * @param share              share of the document's letters, [0, 1]
 * @param body               paragraphs joined by {@code "\n\n"}
 * @param paragraphsJson     JSON array of the paragraphs
 * @param topicsJson         JSON array of the topic tags
 * @param datesJson          JSON array of the date mentions
 * @param authorsJson        JSON array of the authors
 * @param topTopic           IPTC top-level qcode of the edition, or null
 * @param topTopicScore      its score, or null
 * @param publishedValue     publication date text, or null
 * @param publishedPrecision its precision, or null
 * @param publishedSource    its provenance, or null
 * @param publishedDay       its day as the page gives it (day precision or finer), or null
 * @param modifiedValue      modification date text, or null
 * @param modifiedPrecision  its precision, or null
 * @param modifiedSource     its provenance, or null
 * @param siteName           publisher name, or null
 * @param fetchedAt          fetch instant
 * @param fetchedDay         UTC day of the fetch
 * @param enrichmentVersion  enrichment version; a higher one wins
 * @param contentHash        hex SHA-256 of the enriched content, or null
 * @param editionCount       number of editions of the document
 * @param textTruncated      whether paragraphs were cut
 * @param topicNote          note on the top topic, or null
 * @param topics             child rows, one per distinct topic code, best first
 * @param fetchedUrl         the fetched page's canonical URL (raw-pages key) this edition came from
 * @param pages              pages of a multi-page article joined into the edition (1 or more)
 * @param paywalled          whether the page marks its text as behind a paywall (the body is the teaser)
 * @param leadImage          lead image URL, or null
 * @param section            publisher section, or null
 * @param keywordsJson       JSON array of the publisher keywords (stored like {@code authors})
 * @param bodySource         {@code dom}, {@code jsonld}, {@code hydration}, or null when unknown
 */
public record EditionRow(
        String documentId, String lang, String url, String source, String title, String direction, double share,
        String body, String paragraphsJson, String topicsJson, String datesJson, String authorsJson,
        String topTopic, Double topTopicScore,
        String publishedValue, String publishedPrecision, String publishedSource, LocalDate publishedDay,
        String modifiedValue, String modifiedPrecision, String modifiedSource,
        String siteName, Instant fetchedAt, LocalDate fetchedDay, int enrichmentVersion, String contentHash,
        int editionCount, boolean textTruncated, String topicNote, List<TopicRow> topics, String fetchedUrl,
        int pages, boolean paywalled, String leadImage, String section, String keywordsJson, String bodySource) {

    /**
     * A row of {@code edition_topics}.
     *
     * @param code    {@code medtop:} qcode
     * @param topCode its top-level ancestor, or null when not in the vocabulary
     * @param label   English label, or null
     * @param score   confidence in [0, 1]
     * @param rank    0-based position among the edition's tags, best first
     */
    public record TopicRow(String code, String topCode, String label, double score, int rank) {
    }
}
