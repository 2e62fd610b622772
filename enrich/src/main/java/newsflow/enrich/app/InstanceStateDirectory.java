package newsflow.enrich.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.apache.kafka.common.config.ConfigException;

/**
 * The Kafka Streams state directory of one enrich instance: {@code <enrich.state.dir>/<instance id>}, claimed
 * with an exclusive file lock ({@code <enrich.state.dir>/<instance id>.lock}, {@link FileChannel#tryLock()})
 * held until {@link #close()}. Kafka Streams locks its state directory per process, so two instances on one
 * machine with the same directory fail (issue 11); with this class each gets its own:
 * <ul>
 *   <li>with {@code enrich.instance.id} set, that name (stable across restarts: a restarted instance finds its
 *       stores and does not restore them from the changelogs); a second live process with the same id fails at
 *       start-up naming the key;</li>
 *   <li>without it, the first free slot {@code instance-0}, {@code instance-1}, … whose lock no live process
 *       holds: a lone instance always gets {@code instance-0} back after a restart, a second one gets
 *       {@code instance-1}. A lock dies with its process (kill -9 included), so a crash never blocks a slot.</li>
 * </ul>
 * The lock file lies beside the directory, not in it, so Kafka Streams' state cleanup never removes it.
 */
public final class InstanceStateDirectory implements AutoCloseable {
    /** Prefix of the slots chosen when no instance id is configured. */
    public static final String SLOT_PREFIX = "instance-";
    /** Most slots tried before giving up (more live instances than that on one machine is a mistake). */
    public static final int MAX_SLOTS = 256;

    private final String instanceId;
    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceStateDirectory(String instanceId, Path path, FileChannel channel, FileLock lock) {
        this.instanceId = instanceId;
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param base       the base directory ({@code enrich.state.dir}), created when missing
     * @param instanceId the configured instance id, or empty to take the first free slot
     * @return the claimed directory, created when missing; close it after Kafka Streams
     * @throws ConfigException       when the configured id is in use by another live process (or instance)
     * @throws IllegalStateException when all {@value #MAX_SLOTS} slots are in use
     * @throws UncheckedIOException  when the base directory or a lock file cannot be written
     */
    public static InstanceStateDirectory claim(Path base, Optional<String> instanceId) {
        try {
            Files.createDirectories(base);
            if (instanceId.isPresent()) {
                String id = instanceId.get();
                return tryClaim(base, id).orElseThrow(() -> new ConfigException(EnrichConfig.INSTANCE_ID, id,
                        "another enrich instance on this machine holds " + base.resolve(id + ".lock")
                                + "; give each instance its own " + EnrichConfig.INSTANCE_ID));
            }
            for (int n = 0; n < MAX_SLOTS; n++) {
                Optional<InstanceStateDirectory> slot = tryClaim(base, SLOT_PREFIX + n);
                if (slot.isPresent()) {
                    return slot.get();
                }
            }
            throw new IllegalStateException("all " + MAX_SLOTS + " instance slots under " + base + " are in use");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot claim an enrich state directory under " + base, e);
        }
    }

    private static Optional<InstanceStateDirectory> tryClaim(Path base, String id) throws IOException {
        FileChannel channel = FileChannel.open(base.resolve(id + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another instance in this JVM
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        Path dir = base.resolve(id);
        Files.createDirectories(dir);
        return Optional.of(new InstanceStateDirectory(id, dir, channel, lock));
    }

    /** @return the configured instance id or the slot name ({@code instance-N}) */
    public String instanceId() {
        return instanceId;
    }

    /** @return the directory to give Kafka Streams as {@code state.dir} */
    public Path path() {
        return path;
    }

    /** Releases the claim; call after Kafka Streams has closed. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + path, e);
        }
    }
}
