package newsflow.systest.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.systest.check.Await;
import newsflow.systest.check.DatabaseProbe;
import newsflow.systest.check.Figures;
import newsflow.systest.check.TopicProbe;
import newsflow.systest.harness.Scenario;
import newsflow.systest.harness.SystemStack;
import newsflow.systest.harness.TailsOnFailure;
import newsflow.systest.site.LoopbackSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 item 6e: poison records on raw-pages (read by enrich) and on editions (read by the sink), three
 * kinds each (bytes that are not JSON, truncated JSON, JSON of the wrong shape), among real traffic: each is
 * dead-lettered with its context (stage, exception, source topic, partition and offset, original key), and every
 * real page is stored once.
 */
@ExtendWith(TailsOnFailure.class)
class PoisonRecordsSystemIT {
    private static final long DELAY_MS = 100;

    @Test
    void poisonRecordsAreDeadLetteredWithContextAndEveryPageIsStored() {
        SystemStack stack = SystemStack.get();
        try (LoopbackSite site = new LoopbackSite(3, 20); Scenario s = Scenario.open("poison", stack)) {
            TopicProbe topics = new TopicProbe(stack.broker().bootstrapServers());
            Map<String, byte[]> rawPoison = new LinkedHashMap<>();
            rawPoison.put("poison-raw-not-json", bytes("\u0000\u0001 this is not JSON at all"));
            rawPoison.put("poison-raw-truncated", bytes("{\"url\": \"http://127.0.0.9/x\", \"html\": \"<p>cut"));
            rawPoison.put("poison-raw-wrong-shape", bytes("[1, 2, 3]"));
            Map<String, byte[]> editionPoison = new LinkedHashMap<>();
            editionPoison.put("poison-ed-not-json:en", bytes("garbage \u00ff bytes"));
            editionPoison.put("poison-ed-truncated:en", bytes("{\"document_id\": \"abc\", \"lang\": \"en\", \"para"));
            editionPoison.put("poison-ed-no-document:en", bytes("{\"lang\": \"en\", \"url\": \"http://127.0.0.9/y\"}"));
            Map<String, String> rawWhere = topics.produce(s.topics().rawPages().name(), rawPoison);
            Map<String, String> editionWhere = topics.produce(s.topics().editions().name(), editionPoison);

            s.sink("sink-1", Map.of());
            s.enrich("enrich-1", Map.of());
            s.ingest("ingest-1", s.sourcesFile(Map.of("ledger", List.of(site.feeds(), site.sitemaps())), 30), DELAY_MS, Map.of());

            DatabaseProbe db = new DatabaseProbe(s.jdbcUrl());
            Await.until(Duration.ofSeconds(240), () -> s.anyExited() || db.rowsPerUrl().keySet().containsAll(site.articleUrls()));
            boolean allStored = db.rowsPerUrl().keySet().containsAll(site.articleUrls());
            Await.until(Duration.ofSeconds(60), () -> deadLetters(topics, s).keySet().containsAll(rawPoison.keySet())
                    && deadLetters(topics, s).keySet().containsAll(editionPoison.keySet()));
            Map<String, TopicProbe.Rec> dead = deadLetters(topics, s);
            Figures f = Figures.of("e-poison-records", site.articleUrls(), site.requests(), db.rowsPerUrl(), DELAY_MS).print();
            int context = 0;
            for (var e : rawWhere.entrySet()) {
                context += checkContext(dead.get(e.getKey()), s.topics().rawPages().name(), e.getValue()) ? 1 : 0;
            }
            for (var e : editionWhere.entrySet()) {
                context += checkContext(dead.get(e.getKey()), s.topics().editions().name(), e.getValue()) ? 1 : 0;
            }
            System.out.println("SYSTEST e-poison-records: poison=6 dead-lettered-with-context=" + context
                    + " dead-letter-stages=" + dead.entrySet().stream().filter(e -> e.getKey().startsWith("poison"))
                    .map(e -> e.getKey() + "=" + e.getValue().headers().get(DeadLetterHeaders.STAGE)).sorted().toList());
            assertThat(allStored).as("every page stored (%s)", s.states()).isTrue();
            assertThat(f.lost()).isZero();
            assertThat(f.duplicated()).isZero();
            assertThat(f.invented()).isZero();
            assertThat(context).as("poison records dead-lettered with stage, exception, source topic/partition/offset").isEqualTo(6);
        }
    }

    private static boolean checkContext(TopicProbe.Rec dead, String topic, String partitionOffset) {
        if (dead == null) {
            return false;
        }
        Map<String, String> h = dead.headers();
        boolean ok = h.get(DeadLetterHeaders.STAGE) != null && !h.get(DeadLetterHeaders.STAGE).isBlank()
                && h.get(DeadLetterHeaders.EXCEPTION_CLASS) != null
                && topic.equals(h.get(DeadLetterHeaders.SOURCE_TOPIC))
                && partitionOffset.equals(h.get(DeadLetterHeaders.SOURCE_PARTITION) + ":" + h.get(DeadLetterHeaders.SOURCE_OFFSET))
                && dead.value() != null && dead.value().length > 0;
        if (!ok) {
            System.out.println("SYSTEST e-poison-records: dead letter without full context: key=" + dead.key() + " headers=" + h);
        }
        return ok;
    }

    private static Map<String, TopicProbe.Rec> deadLetters(TopicProbe topics, Scenario s) {
        return topics.readAll(s.topics().deadLetter().name()).stream().filter(r -> r.key() != null)
                .collect(Collectors.toMap(TopicProbe.Rec::key, r -> r, (a, b) -> a));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
