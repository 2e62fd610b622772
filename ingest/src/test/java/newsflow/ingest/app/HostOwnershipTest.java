package newsflow.ingest.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import newsflow.common.model.DiscoveredUrl;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class HostOwnershipTest {
    private static final String TOPIC = "newsflow.discovered-urls";

    @Test
    void everyHostHasExactlyOneOwnerAmongInstancesSplittingThePartitions() {
        Set<TopicPartition> a = Set.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 2));
        Set<TopicPartition> b = Set.of(new TopicPartition(TOPIC, 1), new TopicPartition(TOPIC, 3));
        int ofA = 0;
        int ofB = 0;
        for (int i = 0; i < 40; i++) {
            String host = "news" + i + ".example";
            boolean ownedByA = HostOwnership.owns(host, TOPIC, 4, a);
            boolean ownedByB = HostOwnership.owns(host, TOPIC, 4, b);
            assertThat(ownedByA).as(host).isNotEqualTo(ownedByB);
            ofA += ownedByA ? 1 : 0;
            ofB += ownedByB ? 1 : 0;
        }
        assertThat(ofA).isPositive();
        assertThat(ofB).isPositive();
    }

    @Test
    void anInstanceHoldingEveryPartitionOwnsEveryHostAndOneHoldingNoneOwnsNothing() {
        Set<TopicPartition> all = Set.of(new TopicPartition(TOPIC, 0), new TopicPartition(TOPIC, 1));
        for (String host : new String[] {"a.example", "b.example", "xn--mgbh0fb.example"}) {
            assertThat(HostOwnership.owns(host, TOPIC, 2, all)).isTrue();
            assertThat(HostOwnership.owns(host, TOPIC, 2, Set.of())).isFalse();
            // a partition of another topic does not count
            assertThat(HostOwnership.owns(host, TOPIC, 1, Set.of(new TopicPartition("other", 0)))).isFalse();
        }
    }

    @Test
    void partitionIsTheDefaultPartitionersForTheHostKey() {
        for (String url : new String[] {"https://www.aljazeera.net/news/1", "http://127.0.0.2:8080/a",
                "https://BBC.co.uk/x?y=1", "https://\u0645\u062b\u0627\u0644.example/"}) {
            String host = DiscoveredUrl.hostKey(url);
            for (int n = 1; n <= 12; n++) {
                int p = HostOwnership.partitionOf(host, n);
                byte[] key = host.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                assertThat(p).as(host).isBetween(0, n - 1).isEqualTo(BuiltInPartitioner.partitionForKey(key, n));
            }
        }
        assertThat(DiscoveredUrl.hostKey("https://BBC.co.uk/x")).isEqualTo("bbc.co.uk");
        assertThat(DiscoveredUrl.hostKey("http://127.0.0.2:8080/a")).isEqualTo("127.0.0.2");
        assertThat(HostOwnership.partitionOf("anything", 1)).isZero();
        assertThatThrownBy(() -> HostOwnership.partitionOf("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFrontierRecordCarriesWhatAFetchTaskNeedsAndReadsOldRecords() throws Exception {
        var item = new newsflow.common.model.FeedItem("https://news.example/a/1", "One", "2024-03-05T10:00:00Z",
                "Tue, 05 Mar 2024 10:00:00 GMT", false);
        DiscoveredUrl d = new DiscoveredUrl("https://news.example/a/1", "example", "https://news.example/rss.xml",
                item, null);
        String json = newsflow.common.serde.Json.mapper().writeValueAsString(d);
        assertThat(json).contains("\"feed_item\"").doesNotContain("sitemap").doesNotContain("kind");
        assertThat(newsflow.common.serde.Json.mapper().readValue(json, DiscoveredUrl.class)).isEqualTo(d);
        DiscoveredUrl old = newsflow.common.serde.Json.mapper().readValue(
                "{\"url\":\"https://news.example/a/2\",\"source\":\"s\",\"discovered_via\":\"x\"}",
                DiscoveredUrl.class);
        assertThat(old.feedItem()).isNull();
        assertThat(old.sitemap()).isFalse();
        assertThat(new DiscoveredUrl("https://news.example/s.xml", "s", null, null, DiscoveredUrl.SITEMAP).sitemap())
                .isTrue();
    }
}
