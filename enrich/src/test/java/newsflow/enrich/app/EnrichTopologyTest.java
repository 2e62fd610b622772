package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    private static final String ARTICLE = """
            <html lang="en"><head><title>Harbour reopens | Example News</title></head><body><article>
            <h1>Harbour reopens after storm</h1>
            <p>The harbour reopened on Tuesday after a week of repairs to the breakwater.</p>
            <p>Officials said ferry traffic would return to its normal timetable by the weekend.</p>
            </article></body></html>""";

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> rawPages;
    private TestOutputTopic<String, String> editions;
    private TestOutputTopic<String, String> englishEditions;
    private TestOutputTopic<byte[], byte[]> deadLetters;
    private final Topics topics = new Topics("t.");

    @BeforeEach
    void setUp() {
        EnrichConfig config = new EnrichConfig(Map.of("topics.prefix", "t.", EnrichConfig.STATE_DIR, stateDir.toString()));
        Properties props = config.streamsProperties();
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(config), props);
        rawPages = driver.createInputTopic(topics.rawPages().name(), new StringSerializer(), new ByteArraySerializer());
        editions = driver.createOutputTopic(topics.editions().name(), new StringDeserializer(), new StringDeserializer());
        englishEditions = driver.createOutputTopic(topics.editionsIn("en").name(), new StringDeserializer(),
                new StringDeserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetter().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void tearDown() {
        driver.close();
    }

    @Test
    void corruptRecordsGoToTheDeadLetterTopicAndProcessingGoesOn() throws Exception {
        rawPages.pipeInput("https://news.example/a/1", page("https://news.example/a/1", ARTICLE));
        rawPages.pipeInput("https://news.example/a/2", new byte[0]);
        rawPages.pipeInput("https://news.example/a/3", "{\"url\":\"https://news.example/a/3\",\"ht".getBytes(StandardCharsets.UTF_8));
        rawPages.pipeInput("https://news.example/a/4", page("https://news.example/a/4", ARTICLE.replace("storm", "gale")));

        assertThat(editions.readKeyValuesToList()).hasSize(2);
        var dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(2);
        TestRecord<byte[], byte[]> empty = dead.get(0);
        assertThat(header(empty.headers(), DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
        assertThat(header(empty.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("t.raw-pages");
        assertThat(header(empty.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
        assertThat(header(empty.headers(), DeadLetterHeaders.EXCEPTION_CLASS))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(new String(empty.key(), StandardCharsets.UTF_8)).isEqualTo("https://news.example/a/2");
        TestRecord<byte[], byte[]> truncated = dead.get(1);
        assertThat(header(truncated.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("2");
        assertThat(new String(truncated.value(), StandardCharsets.UTF_8)).startsWith("{\"url\":\"https://news.example/a/3\"");
    }

    @Test
    void editionsGoToTheCommonAndTheLanguageTopicKeyedByDocumentAndLanguage() throws Exception {
        rawPages.pipeInput("https://news.example/a/1", page("https://news.example/a/1", ARTICLE));
        var out = editions.readKeyValuesToList();
        assertThat(out).hasSize(1);
        Edition e = Json.mapper().readValue(out.get(0).value, Edition.class);
        assertThat(out.get(0).key).isEqualTo(e.documentId() + ":en").isEqualTo(e.key());
        assertThat(e.lang()).isEqualTo("en");
        assertThat(e.url()).isEqualTo("https://news.example/a/1");
        assertThat(e.paragraphs()).anyMatch(p -> p.startsWith("The harbour reopened on Tuesday"));
        assertThat(e.enrichmentVersion()).isPositive();
        assertThat(englishEditions.readKeyValuesToList()).hasSize(1);
    }

    @Test
    void unchangedContentYieldsNoNewEdition() throws Exception {
        rawPages.pipeInput("https://news.example/a/1", page("https://news.example/a/1", ARTICLE));
        rawPages.pipeInput("https://news.example/a/1", page("https://news.example/a/1", ARTICLE));
        assertThat(editions.readKeyValuesToList()).hasSize(1);
        rawPages.pipeInput("https://news.example/a/1", page("https://news.example/a/1",
                ARTICLE.replace("by the weekend", "by Monday")));
        assertThat(editions.readKeyValuesToList()).hasSize(1);
    }

    @Test
    void aPageWithoutArticleTextIsAccountedForOnTheDeadLetterTopic() throws Exception {
        rawPages.pipeInput("https://news.example/app", page("https://news.example/app",
                "<html><body><div id=\"root\"></div></body></html>"));
        assertThat(editions.isEmpty()).isTrue();
        var dead = deadLetters.readRecordsToList();
        assertThat(dead).hasSize(1);
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.STAGE)).isEqualTo("classify");
        assertThat(header(dead.get(0).headers(), DeadLetterHeaders.URL)).isEqualTo("https://news.example/app");
    }

    @Test
    void softNotFoundAndConsentPagesAreDeadLetteredWithTheirKindAndNeverStored() throws Exception {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("https://news.example/gone", "<html lang=\"de\"><head><title>Seite nicht gefunden (404)</title>"
                + "</head><body><h1>Fehler 404</h1><p>Die von Ihnen gesuchte Seite existiert nicht.</p></body></html>");
        pages.put("https://news.example/moved", "<html lang=\"ar\"><head><title>خطأ 404</title></head><body>"
                + "<div class=\"box\"><h1>الصفحة غير موجودة</h1><p>ربما تم حذف الصفحة.</p></div></body></html>");
        pages.put("https://news.example/wall", "<html lang=\"es\"><head><title>Diario</title></head><body>"
                + "<div role=\"dialog\" aria-modal=\"true\"><p>Utilizamos cookies propias y de terceros.</p>"
                + "<button>Aceptar</button><button>Configurar</button></div></body></html>");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            rawPages.pipeInput(p.getKey(), page(p.getKey(), p.getValue()));
        }
        assertThat(editions.isEmpty()).isTrue();
        var dead = deadLetters.readRecordsToList();
        assertThat(dead).extracting(r -> header(r.headers(), DeadLetterHeaders.EXCEPTION_CLASS))
                .containsExactly("soft_404", "soft_404", "consent_wall");
        assertThat(dead).extracting(r -> header(r.headers(), DeadLetterHeaders.STAGE)).containsOnly("classify");
        assertThat(dead).extracting(r -> header(r.headers(), DeadLetterHeaders.URL))
                .containsExactlyElementsOf(pages.keySet());
    }

    private static byte[] page(String url, String html) throws Exception {
        return Json.mapper().writeValueAsBytes(new RawPage(url, url, "test", Instant.parse("2024-03-06T12:00:00Z"),
                200, "text/html; charset=utf-8", "UTF-8", html, SourceHints.NONE, null, null));
    }

    private static String header(Headers headers, String name) {
        var h = headers.lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
