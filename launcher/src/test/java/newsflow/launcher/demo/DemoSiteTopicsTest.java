package newsflow.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.app.EnrichConfig;
import newsflow.enrich.app.Enrichers;
import newsflow.enrich.pipeline.Enricher;
import newsflow.launcher.demo.site.DemoCatalog;
import newsflow.launcher.demo.site.DemoPage;
import newsflow.launcher.eval.topics.TopLevelScore;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the demo site's bilingual pages report one story in English and Arabic; their editions must share
 * their top topic (the desalination page's Arabic edition was "economy" while its English one was
 * "environment"), and each still splits into an English and an Arabic edition.
 */
class DemoSiteTopicsTest {

    @Test
    void bilingualPagesShareTheirTopTopicAcrossEditions() {
        Enricher enricher = Enrichers.create(EnrichConfig.load(null, Map.of(), Map.of()));
        List<DemoPage> bilingual = DemoCatalog.load().pages().stream().filter(p -> "en+ar".equals(p.lang())).toList();
        assertThat(bilingual).hasSizeGreaterThanOrEqualTo(2);
        for (DemoPage page : bilingual) {
            Charset charset = page.charset() == null ? Charset.forName("UTF-8") : Charset.forName(page.charset());
            String html = new String(DemoCatalog.readFile(page), charset);
            String url = "https://demo.example" + page.path();
            List<Edition> editions = enricher.enrich(new RawPage(url, url, "demo", Instant.parse("2025-03-10T12:00:00Z"),
                    200, "text/html", charset.name(), html, SourceHints.NONE, null, null)).editions();
            assertThat(editions).as(page.file()).extracting(Edition::lang).containsExactly("en", "ar");
            assertThat(TopLevelScore.predictedTop(editions.get(1).topics())).as(page.file())
                    .isEqualTo(TopLevelScore.predictedTop(editions.get(0).topics())).isNotEqualTo(TopLevelScore.NONE);
            assertThat(editions).as(page.file()).allSatisfy(e -> assertThat(e.topicNote()).isNull());
        }
    }
}
