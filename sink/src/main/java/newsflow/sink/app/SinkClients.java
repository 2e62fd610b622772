package newsflow.sink.app;

import java.util.Properties;
import newsflow.common.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The Kafka client settings of the sink's editions consumer and dead-letter producer, from {@link SinkConfig}. */
final class SinkClients {
    private SinkClients() {
    }

    /**
     * @param config the sink's configuration
     * @return the properties of the sink's consumer: manual commits after the database write, read_committed,
     *         batches of {@code sink.batch.max.records}, Kafka calls bounded by {@code sink.kafka.api.timeout.ms}
     */
    static Properties consumerProperties(SinkConfig config) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.batchMaxRecords()));
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, config.groupId() + "-consumer");
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(config.kafkaApiTimeout().toMillis()));
        p.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(config.kafkaRequestTimeout().toMillis()));
        p.putAll(config.groupMembership());
        return p;
    }

    /**
     * @param config the sink's configuration
     * @return the properties of the dead-letter producer: idempotent, acks=all, a blocked send or an undelivered
     *         record failing after {@code sink.kafka.api.timeout.ms} (retried by the sink, never fatal)
     */
    static Properties producerProperties(SinkConfig config) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Topics.MAX_MESSAGE_BYTES));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-dead-letter");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(config.kafkaApiTimeout().toMillis()));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(config.kafkaApiTimeout().toMillis()));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(config.kafkaRequestTimeout().toMillis()));
        return p;
    }
}
