package newsflow.sink.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsflow.common.model.DeadLetterHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class DeadLetterRecordsTest {

    private static String header(ProducerRecord<byte[], byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void carriesOriginalBytesAndContext() {
        byte[] key = "k:en".getBytes(StandardCharsets.UTF_8);
        byte[] value = "{oops".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> failed = new ConsumerRecord<>("newsflow.editions", 3, 42L, key, value);
        ProducerRecord<byte[], byte[]> dl = DeadLetterRecords.of("newsflow.dead-letter", failed,
                DeadLetterRecords.STAGE_DESERIALIZE, new SerializationException("x".repeat(1500)));
        assertThat(dl.topic()).isEqualTo("newsflow.dead-letter");
        assertThat(dl.key()).isEqualTo(key);
        assertThat(dl.value()).isEqualTo(value);
        assertThat(header(dl, DeadLetterHeaders.STAGE)).isEqualTo("deserialize");
        assertThat(header(dl, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(SerializationException.class.getName());
        assertThat(header(dl, DeadLetterHeaders.EXCEPTION_MESSAGE)).hasSize(DeadLetterRecords.MAX_MESSAGE_CHARS);
        assertThat(header(dl, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("newsflow.editions");
        assertThat(header(dl, DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("3");
        assertThat(header(dl, DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("42");
    }

    @Test
    void nextOffsetIsTheHighestOffsetPlusOnePerPartition() {
        var records = List.of(new ConsumerRecord<byte[], byte[]>("t", 0, 5L, null, null),
                new ConsumerRecord<byte[], byte[]>("t", 1, 9L, null, null),
                new ConsumerRecord<byte[], byte[]>("t", 0, 7L, null, null));
        assertThat(BatchProcessor.nextOffsets(records)).containsOnly(
                org.assertj.core.api.Assertions.entry(new TopicPartition("t", 0), new OffsetAndMetadata(8L)),
                org.assertj.core.api.Assertions.entry(new TopicPartition("t", 1), new OffsetAndMetadata(10L)));
    }
}
