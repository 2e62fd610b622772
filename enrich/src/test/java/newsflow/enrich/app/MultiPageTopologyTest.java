package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.DiscoveredUrl;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.enrich.pipeline.Hashes;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3 through the enrich topology: a multi-page article (case C24) joined into one edition, a later page
 * fetched on its own accounted for as a continuation, page metadata carried, and an AMP copy keyed on its
 * canonical document.
 */
class MultiPageTopologyTest {
    private static final String FIRST = "https://news.example/feature/42";
    private static final String SECOND = "https://news.example/feature/42?page=2";
    private static final String PART_ONE = "The harbour authority began dredging the northern channel on Monday, "
            + "a project that engineers say will take the better part of two years to finish.";
    private static final String PART_TWO = "Fishermen who moor in the channel have been offered berths in the "
            + "southern basin until the work is done, the authority said in a statement.";
    private static final String PAGE_ONE = """
            <html lang="en"><head><title>Dredging begins | Example News</title>
            <link rel="canonical" href="https://news.example/feature/42">
            <link rel="next" href="https://news.example/feature/42?page=2">
            <meta property="og:image" content="https://news.example/img/dredger.jpg">
            <meta property="article:section" content="Local">
            <meta name="keywords" content="harbour, dredging">
            </head><body><article><h1>Dredging begins</h1><p>%s</p>
            <nav>Page 1 of 2 <a href="?page=2">Next</a></nav></article></body></html>""".formatted(PART_ONE);
    private static final String PAGE_TWO = """
            <html lang="en"><head><title>Dredging begins | Example News</title>
            <link rel="canonical" href="https://news.example/feature/42">
            <link rel="prev" href="https://news.example/feature/42">
            </head><body><article><h1>Dredging begins</h1><p>%s</p></article></body></html>""".formatted(PART_TWO);

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> rawPages;
    private TestOutputTopic<String, String> editions;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private TestOutputTopic<String, String> discovered;
    private final Topics topics = new Topics("t.");

    @BeforeEach
    void setUp() {
        EnrichConfig config = new EnrichConfig(Map.of("topics.prefix", "t.", EnrichConfig.STATE_DIR,
                stateDir.toString()));
        Properties props = config.streamsProperties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(config), props);
        rawPages = driver.createInputTopic(topics.rawPages().name(), new StringSerializer(),
                new ByteArraySerializer());
        editions = driver.createOutputTopic(topics.editions().name(), new StringDeserializer(),
                new StringDeserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        discovered = driver.createOutputTopic(topics.discoveredUrlsName(), new StringDeserializer(),
                new StringDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void c24TheContinuationsIngestFetchedAreJoinedIntoOneEdition() throws Exception {
        rawPages.pipeInput(FIRST, json(new RawPage(FIRST, FIRST, "test", Instant.parse("2024-03-06T12:00:00Z"),
                200, "text/html", "UTF-8", PAGE_ONE, SourceHints.NONE, null, null,
                List.of(new RawPage.Continuation(SECOND, SECOND, PAGE_TWO)))));

        var out = editions.readKeyValuesToList();
        assertThat(out).hasSize(1);
        Edition e = Json.mapper().readValue(out.get(0).value, Edition.class);
        assertThat(e.url()).isEqualTo(FIRST);
        assertThat(out.get(0).key).isEqualTo(Hashes.documentId(FIRST) + ":en");
        assertThat(String.join("\n\n", e.paragraphs())).isEqualTo(PART_ONE + "\n\n" + PART_TWO);
        assertThat(e.pages()).isEqualTo(2);
        assertThat(e.leadImage()).isEqualTo("https://news.example/img/dredger.jpg");
        assertThat(e.section()).isEqualTo("Local");
        assertThat(e.keywords()).containsExactly("harbour", "dredging");
        assertThat(e.paywalled()).isFalse();
        assertThat(e.bodySource()).isEqualTo("dom");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void c24ALaterPageFetchedOnItsOwnIsAContinuationNotASecondArticle() throws Exception {
        rawPages.pipeInput(SECOND, json(page(SECOND, PAGE_TWO)));

        assertThat(editions.isEmpty()).as("page 2 must not replace the joined record").isTrue();
        var dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0), DeadLetterHeaders.STAGE)).isEqualTo("classify");
        assertThat(header(dead.get(0), DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo("continuation");
        DeadLetter letter = Json.mapper().readValue(dead.get(0).value(), DeadLetter.class);
        assertThat(letter.reason()).isEqualTo("continuation");
        assertThat(letter.detail()).contains(FIRST);
        var links = discovered.readKeyValuesToList();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).key).as("keyed by host: the ingest instance owning the host fetches it")
                .isEqualTo(DiscoveredUrl.hostKey(FIRST));
        assertThat(Json.mapper().readValue(links.get(0).value, DiscoveredUrl.class).url()).isEqualTo(FIRST);
    }

    @Test
    void aPaywalledPageKeepsItsTeaserAndIsMarked() throws Exception {
        String html = """
                <html lang="en"><head><title>Port fees rise | Example News</title></head><body><article>
                <h1>Port fees rise</h1><p>%s</p>
                <div class="paywall">Subscribe to read the rest of this story.</div></article></body></html>"""
                .formatted(PART_ONE);
        rawPages.pipeInput("https://news.example/a/7", json(page("https://news.example/a/7", html)));
        Edition e = Json.mapper().readValue(editions.readValue(), Edition.class);
        assertThat(e.paywalled()).isTrue();
        assertThat(e.paragraphs()).contains(PART_ONE);
        assertThat(e.pages()).isEqualTo(1);
    }

    @Test
    void anAmpCopyAndItsCanonicalPageAreOneDocument() throws Exception {
        String canonical = "https://news.example/a/9";
        String amp = "https://news.example/amp/a/9";
        byte[] canonicalPage = json(page(canonical, ferry(canonical, "<html lang=\"en\">", PART_TWO)));
        byte[] ampPage = json(page(amp, ferry(canonical, "<html amp lang=\"en\">", "")));

        rawPages.pipeInput(amp, ampPage);
        rawPages.pipeInput(canonical, canonicalPage);
        var out = editions.readKeyValuesToList();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).key).isEqualTo(out.get(0).key).isEqualTo(Hashes.documentId(canonical) + ":en");
        Edition fromAmp = Json.mapper().readValue(out.get(0).value, Edition.class);
        assertThat(fromAmp.url()).isEqualTo(canonical);
        assertThat(fromAmp.fetchedUrl()).isEqualTo(amp);
        Edition fromCanonical = Json.mapper().readValue(out.get(1).value, Edition.class);
        assertThat(fromCanonical.fetchedUrl()).isEqualTo(canonical);
        assertThat(fromCanonical.paragraphs()).contains(PART_TWO);

        rawPages.pipeInput(amp, ampPage);
        assertThat(editions.isEmpty()).as("a copy fetched after its canonical page adds no edition").isTrue();
    }

    private static String ferry(String canonical, String htmlTag, String more) {
        return htmlTag + "<head><title>Ferry timetable</title><link rel=\"canonical\" href=\"" + canonical
                + "\"></head><body><article><h1>Ferry timetable</h1><p>" + PART_ONE + "</p>"
                + (more.isEmpty() ? "" : "<p>" + more + "</p>") + "</article></body></html>";
    }

    private static RawPage page(String url, String html) {
        return new RawPage(url, url, "test", Instant.parse("2024-03-06T12:00:00Z"), 200, "text/html", "UTF-8",
                html, SourceHints.NONE, null, null);
    }

    private static byte[] json(RawPage page) throws Exception {
        return Json.mapper().writeValueAsBytes(page);
    }

    private static String header(org.apache.kafka.streams.test.TestRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
