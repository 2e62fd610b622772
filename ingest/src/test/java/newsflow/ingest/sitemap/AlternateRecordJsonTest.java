package newsflow.ingest.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.FeedItem;
import newsflow.common.model.FeedStatus;
import newsflow.common.model.RawPage;
import newsflow.common.serde.Json;
import org.junit.jupiter.api.Test;

/** The wire shape of the new fields (docs/topics.md), and records written before them. */
class AlternateRecordJsonTest {
    @Test
    void anAlternateTravelsWithItsOriginalAndLanguage() throws Exception {
        DiscoveredUrl d = new DiscoveredUrl("https://b.example/ar/1", "bi", "https://b.example/sitemap.xml",
                new FeedItem("https://b.example/ar/1", null, "2024-03-05T00:00:00Z", "2024-03-05", false,
                        "https://b.example/en/1", "ar"), null);
        String json = Json.mapper().writeValueAsString(d);
        assertThat(json).contains("\"alternate_of\":\"https://b.example/en/1\"").contains("\"hreflang\":\"ar\"")
                .doesNotContain("document").doesNotContain("\"feed\":");
        assertThat(Json.mapper().readValue(json, DiscoveredUrl.class)).isEqualTo(d);
    }

    @Test
    void recordsWrittenBeforeTheFieldsReadAsNoAlternate() throws Exception {
        RawPage p = Json.mapper().readValue("{\"url\":\"https://n.example/a\",\"status\":200,\"feed_item\":"
                + "{\"url\":\"https://n.example/a\",\"title\":\"A\",\"feed_repaired\":false}}", RawPage.class);
        assertThat(p.feedItem().alternateOf()).isNull();
        assertThat(p.feedItem().hreflang()).isNull();
        FeedStatus s = Json.mapper().readValue("{\"source\":\"s\",\"url\":\"u\",\"kind\":\"feed\",\"state\":\"ok\","
                + "\"items_seen\":3,\"items_new\":1}", FeedStatus.class);
        assertThat(s.itemsSkipped()).isZero();
        assertThat(s.note()).isNull();
    }

    @Test
    void anAutodiscoveredFeedIsADocumentOfKindFeed() throws Exception {
        DiscoveredUrl d = Json.mapper().readValue("{\"url\":\"https://n.example/atom.xml\",\"source\":\"s\","
                + "\"discovered_via\":\"https://n.example/world/\",\"kind\":\"feed\"}", DiscoveredUrl.class);
        assertThat(d.feed()).isTrue();
        assertThat(d.document()).isTrue();
        assertThat(d.sitemap()).isFalse();
        assertThat(new DiscoveredUrl("https://n.example/a", "s", null).document()).isFalse();
    }
}
