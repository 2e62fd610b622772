package newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** What a publisher declares about its refresh rate: Cache-Control, RSS ttl, the syndication module. */
class FeedCadenceTest {
    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rssTtlIsInMinutes() {
        FeedCadence c = FeedCadence.read(utf8("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>"
                + "<ttl> 45 </ttl><item><title>a</title></item></channel></rss>"), null);
        assertThat(c.ttl()).isEqualTo(Duration.ofMinutes(45));
        assertThat(c.floor()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void syndicationModuleInRss1Rss2AndAtomWhateverThePrefix() {
        String rdf = "<rdf:RDF xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel>"
                + "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency></channel>"
                + "<item rdf:about=\"x\"/></rdf:RDF>";
        assertThat(FeedCadence.read(utf8(rdf), null).updatePeriod()).isEqualTo(Duration.ofMinutes(30));
        String rss = "<rss><channel><sy:updatePeriod>DAILY</sy:updatePeriod></channel></rss>";
        assertThat(FeedCadence.read(utf8(rss), null).updatePeriod()).isEqualTo(Duration.ofDays(1));
        String atom = "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:syn=\"http://purl.org/rss/1.0/modules/"
                + "syndication/\"><syn:updatePeriod>weekly</syn:updatePeriod><syn:updateFrequency>7"
                + "</syn:updateFrequency><entry><title>t</title></entry></feed>";
        assertThat(FeedCadence.read(utf8(atom), null).updatePeriod()).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void cacheControlMaxAgeUnlessNoCache() {
        assertThat(FeedCadence.read(null, "public, max-age=900").maxAge()).isEqualTo(Duration.ofSeconds(900));
        assertThat(FeedCadence.read(null, "max-age=\"600\"").maxAge()).isEqualTo(Duration.ofSeconds(600));
        assertThat(FeedCadence.read(null, "no-cache, max-age=900").maxAge()).isNull();
        assertThat(FeedCadence.read(null, "s-maxage=900").maxAge()).isNull();
        assertThat(FeedCadence.read(null, "max-age=0").maxAge()).isNull();
    }

    @Test
    void onlyTheChannelHeadCountsAndTheLongestFloorWins() {
        String inItem = "<rss><channel><item><description>&lt;ttl&gt;</description><ttl>600</ttl></item>"
                + "</channel></rss>";
        assertThat(FeedCadence.read(utf8(inItem), null).ttl()).isNull();
        FeedCadence both = FeedCadence.read(utf8("<rss><channel><ttl>20</ttl><sy:updatePeriod>hourly"
                + "</sy:updatePeriod></channel></rss>"), "max-age=300");
        assertThat(both.floor()).isEqualTo(Duration.ofHours(1));
        assertThat(FeedCadence.NONE.floor()).isNull();
    }

    @Test
    void aCompressedOrEmptyBodyDeclaresNothing() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(utf8("<rss><channel><ttl>20</ttl></channel></rss>"));
        }
        assertThat(FeedCadence.read(bytes.toByteArray(), "max-age=60").ttl()).isNull();
        assertThat(FeedCadence.read(bytes.toByteArray(), "max-age=60").maxAge()).isEqualTo(Duration.ofSeconds(60));
        assertThat(FeedCadence.read(new byte[0], null)).isEqualTo(FeedCadence.NONE);
    }
}
