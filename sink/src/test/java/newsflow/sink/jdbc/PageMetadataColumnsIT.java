package newsflow.sink.jdbc;

import static newsflow.sink.jdbc.EditionUpsertWriterIT.open;
import static newsflow.sink.jdbc.EditionUpsertWriterIT.query;
import static newsflow.sink.jdbc.SampleEditions.T1;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import newsflow.common.model.Edition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 3 in the sink, on SQLite and a real PostgreSQL: the page metadata columns of migration V4, and an AMP
 * copy and its canonical page stored as one document whose row comes from the canonical fetch.
 */
class PageMetadataColumnsIT {

    private static Edition withMetadata(Edition e, String fetchedUrl, int pages, boolean paywalled) {
        return new Edition(e.documentId(), e.lang(), e.url(), e.source(), e.title(), e.direction(), e.share(),
                e.paragraphs(), e.topics(), e.dates(), e.published(), e.modified(), e.authors(), e.siteName(),
                e.fetchedAt(), e.enrichmentVersion(), e.contentHash(), e.editionCount(), e.textTruncated(),
                e.topicNote(), fetchedUrl, pages, paywalled, "https://news.example/img/bridge.jpg", "Local",
                List.of("bridges", "city council"), "jsonld");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void pageMetadataIsStored(String vendor) throws SQLException {
        Edition e = SampleEditions.bridge("Bridge repair approved", 2, T1);
        try (EditionUpsertWriterIT.Db db = open(vendor)) {
            assertThat(db.writer().write(List.of(withMetadata(e, e.url(), 2, true))).stored()).isEqualTo(1);
            assertThat(query(db, "SELECT CAST(pages AS TEXT) || '|' || lead_image || '|' || section || '|'"
                    + " || body_source FROM editions"))
                    .containsExactly("2|https://news.example/img/bridge.jpg|Local|jsonld");
            assertThat(query(db, "SELECT document_id FROM editions WHERE paywalled = " + yes(vendor)))
                    .containsExactly(e.documentId());
            assertThat(query(db, "SELECT CAST(keywords AS TEXT) FROM editions").get(0).replace(" ", ""))
                    .isEqualTo("[\"bridges\",\"citycouncil\"]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anEditionWithoutMetadataReadsAsOneFreePage(String vendor) throws SQLException {
        try (EditionUpsertWriterIT.Db db = open(vendor)) {
            db.writer().write(List.of(SampleEditions.bridge("Bridge repair approved", 1, T1)));
            assertThat(query(db, "SELECT CAST(pages AS TEXT) || '|' || CAST(keywords AS TEXT) || '|'"
                    + " || COALESCE(lead_image, '-') FROM editions WHERE paywalled = " + no(vendor)))
                    .containsExactly("1|[]|-");
        }
    }

    /** Issue 3: an AMP copy names the canonical page; both are one document, and the canonical fetch is kept. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void anAmpCopyAndItsCanonicalPageAreOneRow(String vendor) throws SQLException {
        Edition canonical = SampleEditions.bridge("Bridge repair approved", 2, T1);
        String amp = canonical.url().replace("/a/", "/amp/a/");
        Edition fromAmp = withMetadata(SampleEditions.bridge("Bridge repair (AMP)", 2, T1.plusSeconds(60)),
                amp, 1, false);
        try (EditionUpsertWriterIT.Db db = open(vendor)) {
            db.writer().write(List.of(withMetadata(canonical, canonical.url(), 1, false)));
            WriteOutcome later = db.writer().write(List.of(fromAmp));
            assertThat(later.unchanged()).as("the later AMP copy does not replace the canonical fetch").isEqualTo(1);
            assertThat(query(db, "SELECT url || '|' || fetched_url || '|' || title FROM editions"))
                    .containsExactly(canonical.url() + "|" + canonical.url() + "|Bridge repair approved");
        }
        try (EditionUpsertWriterIT.Db db = open(vendor)) {
            db.writer().write(List.of(fromAmp));
            db.writer().write(List.of(withMetadata(canonical, canonical.url(), 1, false)));
            assertThat(query(db, "SELECT fetched_url || '|' || title FROM editions"))
                    .as("the canonical fetch replaces an AMP row, even fetched earlier")
                    .containsExactly(canonical.url() + "|Bridge repair approved");
        }
    }

    private static String yes(String vendor) {
        return "postgresql".equals(vendor) ? "TRUE" : "1";
    }

    private static String no(String vendor) {
        return "postgresql".equals(vendor) ? "FALSE" : "0";
    }
}
