package newsflow.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    Path dir;

    @Test
    void recordsSurviveABrokerRestartOnTheSameDirectory() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            kafka.createTopics(Map.of("t", Map.of()), 2);
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k1", "v1")).get();
                producer.send(new ProducerRecord<>("t", "k2", "v2")).get();
            }
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            assertThat(readAll(kafka.bootstrapServers(), "t", 2)).containsExactlyInAnyOrder("k1=v1", "k2=v2");
        }
    }

    /** A producer created before the outage reaches the restarted broker at the same address. */
    @Test
    void restartKeepsTheAddressSoAClientCreatedBeforeTheOutageReconnects() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            kafka.createTopics(Map.of("r", Map.of()), 1);
            String address = kafka.bootstrapServers();
            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, address),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("r", "k1", "before")).get();
                kafka.stop();
                assertThat(kafka.running()).isFalse();
                kafka.restart();
                assertThat(kafka.running()).isTrue();
                assertThat(kafka.bootstrapServers()).isEqualTo(address);
                producer.send(new ProducerRecord<>("r", "k2", "after")).get();
            }
            assertThat(readAll(address, "r", 2)).containsExactlyInAnyOrder("k1=before", "k2=after");
            assertThatThrownBy(kafka::restart).isInstanceOf(IllegalStateException.class);
        }
    }

    private static List<String> readAll(String bootstrap, String topic, int expected) {
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
        }
        return seen;
    }
}
