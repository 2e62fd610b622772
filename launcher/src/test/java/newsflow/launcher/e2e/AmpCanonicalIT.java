package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import newsflow.enrich.pipeline.Enricher;
import newsflow.sink.jdbc.EditionRowMapper;
import newsflow.sink.jdbc.EditionUpsertWriter;
import newsflow.sink.jdbc.IptcTopLevel;
import newsflow.sink.jdbc.RetryPolicy;
import newsflow.sink.jdbc.SinkDataSources;
import newsflow.sink.schema.SchemaMigrator;
import newsflow.sink.schema.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3: an AMP page ({@code <html amp>} naming its canonical page with {@code <link rel="canonical">}) and the
 * canonical page, fetched under two raw-pages keys, are enriched by the real enricher and written by the real sink
 * writer into a real SQLite database: one document, one row per language, keyed on the canonical URL, holding the
 * canonical page's text whichever was fetched last.
 */
class AmpCanonicalIT {
    private static final String CANONICAL = "https://news.example/politics/2025/03/10/budget-vote";
    private static final String AMP = "https://news.example/politics/2025/03/10/budget-vote/amp-view";
    private static final String LEAD = "Parliament approved the national budget on Monday by 212 votes to 180,"
            + " ending three weeks of negotiations between the coalition parties.";
    private static final String MORE = "The finance minister said the first spending measures would take effect in"
            + " April, starting with road repairs and school buildings in the northern regions.";

    @TempDir
    Path dir;

    private static String html(String htmlTag, boolean full) {
        return htmlTag + "<head><title>Budget passes | Example News</title>"
                + "<link rel=\"canonical\" href=\"" + CANONICAL + "\"></head><body><article><h1>Budget passes</h1>"
                + "<p>" + LEAD + "</p>" + (full ? "<p>" + MORE + "</p>" : "") + "</article></body></html>";
    }

    private static RawPage page(String url, String html, Instant at) {
        return new RawPage(url, url, "example", at, 200, "text/html", "UTF-8", html, SourceHints.NONE, null, null);
    }

    @Test
    void anAmpPageAndItsCanonicalPageAreOneDocumentInTheSink() throws SQLException {
        Enricher enricher = Enrichers.create(EnrichConfig.load(null, Map.of(), Map.of()));
        Instant t = Instant.parse("2025-03-10T12:00:00Z");
        var fromCanonical = enricher.enrich(page(CANONICAL, html("<html lang=\"en\">", true), t)).editions();
        var fromAmp = enricher.enrich(page(AMP, html("<html amp lang=\"en\">", false), t.plusSeconds(600)))
                .editions();
        assertThat(fromAmp).extracting(e -> e.key()).containsExactlyElementsOf(
                fromCanonical.stream().map(e -> e.key()).toList());

        String url = "jdbc:sqlite:" + dir.resolve("sink.db");
        SchemaMigrator.migrate(url, null, null);
        try (HikariDataSource ds = SinkDataSources.create(url, null, null, "amp-it")) {
            EditionUpsertWriter writer = new EditionUpsertWriter(ds, SqlDialect.fromJdbcUrl(url),
                    new EditionRowMapper(IptcTopLevel.shipped()), new RetryPolicy(3, Duration.ZERO, Duration.ZERO,
                    d -> { }));
            writer.write(fromCanonical);
            writer.write(fromAmp);
        }
        assertThat(EditionRows.column(url, "SELECT url || '|' || fetched_url || '|' || lang FROM editions"))
                .containsExactly(CANONICAL + "|" + CANONICAL + "|en");
        assertThat(EditionRows.column(url, "SELECT body FROM editions")).singleElement().asString()
                .contains(LEAD).contains(MORE);
        assertThat(EditionRows.column(url, "SELECT COUNT(DISTINCT document_id) FROM editions"))
                .containsExactly("1");
    }
}
