package newsflow.enrich.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.model.Edition;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.common.serde.Json;
import newsflow.common.topic.Topics;
import newsflow.embedded.kafka.EmbeddedKafka;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 through a real broker: soft 404s (German with HTTP 200, English with HTTP 404) and an Arabic consent
 * wall are dead-lettered with their kind and never become editions, while a brief beside a cookie banner is
 * stored with its text and without the banner's.
 */
class EnrichPageKindsIT {
    @TempDir
    Path dir;

    @Test
    void wallsAreDeadLetteredWithTheirKindAndABriefBesideABannerIsStored() throws Exception {
        Map<String, RawPage> pages = new LinkedHashMap<>();
        pages.put("https://news.example/de/weg", page("https://news.example/de/weg", 200, "<html lang=\"de\"><head>"
                + "<title>Seite nicht gefunden</title></head><body><h1>Fehler 404</h1><p>Die gesuchte Seite existiert"
                + " nicht.</p></body></html>"));
        pages.put("https://news.example/en/gone", page("https://news.example/en/gone", 404, "<html lang=\"en\"><body>"
                + "<div class=\"box\"><h1>This story has been withdrawn</h1><p>Contact the newsroom.</p></div>"
                + "</body></html>"));
        pages.put("https://news.example/ar/wall", page("https://news.example/ar/wall", 200, "<html lang=\"ar\"><body>"
                + "<div style=\"position:fixed;inset:0\"><p>نحن نستخدم ملفات تعريف الارتباط لتحسين تجربتك.</p>"
                + "<button>موافق</button></div></body></html>"));
        pages.put("https://news.example/en/brief", page("https://news.example/en/brief", 200, "<html lang=\"en\"><body>"
                + "<article><h1>Ferry resumes service</h1><p>The island ferry sailed again on Monday.</p>"
                + "<p>Storm damage to the pier was repaired over the weekend.</p></article><div role=\"dialog\">"
                + "<p>We value your privacy. We use cookies to improve your experience.</p><button>Accept</button>"
                + "</div></body></html>"));
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir.resolve("kafka"))) {
            EnrichConfig config = new EnrichConfig(Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "topics.prefix", "kinds.",
                    EnrichConfig.STATE_DIR, dir.resolve("state").toString(),
                    EnrichConfig.APPLICATION_ID, "enrich-kinds-it"));
            Topics topics = config.topics();
            kafka.createTopics(topics.all(config.topicLanguages()), 1);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                for (Map.Entry<String, RawPage> p : pages.entrySet()) {
                    producer.send(new ProducerRecord<>(topics.rawPages().name(), p.getKey(),
                            Json.mapper().writeValueAsBytes(p.getValue()))).get();
                }
            }
            EnrichService service = new EnrichService(config);
            try {
                service.start();
                List<ConsumerRecord<byte[], byte[]>> dead = EnrichServiceIT.read(kafka, topics.deadLetter().name(), 3);
                List<ConsumerRecord<byte[], byte[]>> editions = EnrichServiceIT.read(kafka, topics.editions().name(), 1);
                assertThat(dead).extracting(r -> EnrichServiceIT.header(r, DeadLetterHeaders.EXCEPTION_CLASS))
                        .containsExactly("soft_404", "soft_404", "consent_wall");
                assertThat(dead).extracting(r -> EnrichServiceIT.header(r, DeadLetterHeaders.URL)).containsExactly(
                        "https://news.example/de/weg", "https://news.example/en/gone", "https://news.example/ar/wall");
                DeadLetter letter = Json.mapper().readValue(dead.get(2).value(), DeadLetter.class);
                assertThat(letter.stage()).isEqualTo("classify");
                assertThat(letter.reason()).isEqualTo("consent_wall");
                assertThat(editions).hasSize(1);
                Edition brief = Json.mapper().readValue(editions.get(0).value(), Edition.class);
                assertThat(brief.url()).isEqualTo("https://news.example/en/brief");
                assertThat(brief.paragraphs()).containsExactly("The island ferry sailed again on Monday.",
                        "Storm damage to the pier was repaired over the weekend.");
            } finally {
                service.close(Duration.ofSeconds(30));
            }
        }
    }

    private static RawPage page(String url, int status, String html) {
        return new RawPage(url, url, "it", Instant.parse("2024-03-06T12:00:00Z"), status, "text/html", "UTF-8", html,
                SourceHints.NONE, null, null);
    }
}
