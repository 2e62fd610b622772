package newsflow.ingest.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import newsflow.common.model.DeadLetter;
import newsflow.common.model.RawPage;
import newsflow.ingest.state.FetchState;

/** An {@link IngestOutput} that keeps everything in memory, for tests without a broker. */
final class RecordingOutput implements IngestOutput {
    final List<RawPage> pages = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    final List<String> deadLetterClasses = new CopyOnWriteArrayList<>();
    final List<org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]>> deadLetterRecords =
            new CopyOnWriteArrayList<>();
    final Map<String, FetchState> states = new ConcurrentHashMap<>();
    /** When set, {@link #rawPage} fails with this cause, as a producer would. */
    volatile Exception rawPageFailure;
    final List<newsflow.common.model.DiscoveredUrl> discovered = new CopyOnWriteArrayList<>();
    /** When set, {@link #discovered} fails with this cause. */
    volatile Exception discoveredFailure;

    /** How many sends {@link #rawPageFailure} and {@link #deadLetterFailure} fail before succeeding; -1: all. */
    final java.util.concurrent.atomic.AtomicInteger failuresLeft = new java.util.concurrent.atomic.AtomicInteger(-1);
    /** When set, {@link #deadLetter} fails with this cause (as many times as {@link #failuresLeft} says). */
    volatile Exception deadLetterFailure;

    @Override
    public void rawPage(RawPage page) throws ProduceException {
        if (rawPageFailure != null && failuresLeft.getAndDecrement() != 0) {
            throw new ProduceException("producing to raw-pages failed: " + rawPageFailure, rawPageFailure);
        }
        pages.add(page);
    }

    @Override
    public void discovered(List<newsflow.common.model.DiscoveredUrl> urls) throws ProduceException {
        if (discoveredFailure != null) {
            throw new ProduceException("producing to discovered-urls failed: " + discoveredFailure,
                    discoveredFailure);
        }
        discovered.addAll(urls);
    }

    @Override
    public void deadLetter(String key, DeadLetter letter, String exceptionClass) throws ProduceException {
        if (deadLetterFailure != null && failuresLeft.getAndDecrement() != 0) {
            throw new ProduceException("producing to dead-letter failed: " + deadLetterFailure, deadLetterFailure);
        }
        deadLetters.add(letter);
        deadLetterClasses.add(exceptionClass);
    }

    @Override
    public void deadLetterRecord(org.apache.kafka.clients.producer.ProducerRecord<byte[], byte[]> record) {
        deadLetterRecords.add(record);
    }

    @Override
    public void fetchState(String key, FetchState state) {
        states.put(key, state);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
