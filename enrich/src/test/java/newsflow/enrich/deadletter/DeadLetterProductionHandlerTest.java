package newsflow.enrich.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.DeadLetterHeaders;
import newsflow.common.serde.Json;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Case C34: an output record too large to produce becomes a small stub on the dead-letter topic. */
class DeadLetterProductionHandlerTest {

    @Test
    void aRecordTooLargeIsReplacedByAStubAndProcessingResumes() throws Exception {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(Map.of(DeadLetterHandlers.DEAD_LETTER_TOPIC_CONFIG, "t.dead-letter"));
        byte[] huge = new byte[1_500_000];
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>("t.editions",
                "doc:en".getBytes(StandardCharsets.UTF_8), huge);

        ProductionExceptionHandler.Response r = handler.handleError(context(), out,
                new RecordTooLargeException("The message is 1500123 bytes"));

        assertThat(r.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(r.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> stub = r.deadLetterQueueRecords().get(0);
        assertThat(stub.topic()).isEqualTo("t.dead-letter");
        assertThat(stub.value().length).isLessThan(2_000);
        DeadLetter dl = Json.mapper().readValue(stub.value(), DeadLetter.class);
        assertThat(dl.stage()).isEqualTo("produce");
        assertThat(dl.url()).isEqualTo("doc:en");
        assertThat(header(stub.headers(), DeadLetterHeaders.STAGE)).isEqualTo("produce");
        assertThat(header(stub.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("t.raw-pages");
        assertThat(header(stub.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("7");
        assertThat(header(stub.headers(), DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo(RecordTooLargeException.class.getName());
    }

    @Test
    void aRetriableBrokerErrorIsRetried() {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(Map.of(DeadLetterHandlers.DEAD_LETTER_TOPIC_CONFIG, "t.dead-letter"));
        ProductionExceptionHandler.Response r = handler.handleError(context(),
                new ProducerRecord<>("t.editions", new byte[1], new byte[1]), new TimeoutException("slow broker"));
        assertThat(r.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    @ParameterizedTest
    @MethodSource("errorsNotOfTheRecord")
    void anErrorThatIsNotTheRecordsFaultFailsTheTaskInsteadOfDeadLetteringIt(Exception e) {
        // under exactly-once a failed task aborts its transaction and its input is processed again; resuming with a
        // dead letter would commit the input without its edition (seen after a 60 s broker outage)
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(Map.of(DeadLetterHandlers.DEAD_LETTER_TOPIC_CONFIG, "t.dead-letter"));
        ProductionExceptionHandler.Response r = handler.handleError(context(),
                new ProducerRecord<>("t.editions", new byte[1], new byte[1]), e);
        assertThat(r.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(r.deadLetterQueueRecords()).isEmpty();
    }

    static java.util.stream.Stream<Exception> errorsNotOfTheRecord() {
        return java.util.stream.Stream.of(
                new org.apache.kafka.common.errors.TransactionAbortableException("aborted after exhausting retries"),
                new org.apache.kafka.common.errors.ProducerFencedException("fenced"),
                new org.apache.kafka.common.errors.AuthorizationException("denied"),
                new org.apache.kafka.common.KafkaException("unknown"));
    }

    @ParameterizedTest
    @MethodSource("errorsOfTheRecord")
    void anErrorOfTheRecordItselfIsDeadLettered(Exception e) {
        DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
        handler.configure(Map.of(DeadLetterHandlers.DEAD_LETTER_TOPIC_CONFIG, "t.dead-letter"));
        ProductionExceptionHandler.Response r = handler.handleError(context(),
                new ProducerRecord<>("t.editions", new byte[1], new byte[1]), e);
        assertThat(r.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(r.deadLetterQueueRecords()).hasSize(1);
    }

    static java.util.stream.Stream<Exception> errorsOfTheRecord() {
        return java.util.stream.Stream.of(new RecordTooLargeException("too large"),
                new org.apache.kafka.common.errors.RecordBatchTooLargeException("batch too large"),
                new org.apache.kafka.common.InvalidRecordException("invalid"));
    }

    private static String header(Headers h, String name) {
        return new String(h.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            @Override public String topic() { return "t.raw-pages"; }
            @Override public int partition() { return 0; }
            @Override public long offset() { return 7; }
            @Override public Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return "editions-sink"; }
            @Override public TaskId taskId() { return new TaskId(0, 0); }
            @Override public long timestamp() { return 0; }
            @Override public byte[] sourceRawKey() { return "https://news.example/live/1".getBytes(StandardCharsets.UTF_8); }
            @Override public byte[] sourceRawValue() { return new byte[0]; }
        };
    }
}
