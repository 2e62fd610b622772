package newsflow.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Where one feed's or sitemap's archive stands between polls: the items already handed over for fetching whose
 * fetch the fetch state does not yet hold, as 64-bit hashes of their links as the document gave them (the first 8
 * bytes of SHA-256; a collision among the items of one feed is negligible, about n²/2⁶⁵). An item drops out once
 * it is fetched (the fetch state remembers it from then on) or no longer listed, so the value stays about as large
 * as one poll's budget. This is what must survive a restart to avoid announcing in-flight items twice; losing it
 * costs duplicates on the frontier, never an item. It is persisted with the document's poll state in fetch-state
 * ({@link #encoded()}, {@link #decode}). Immutable.
 *
 * @param handed hashes of the links handed over and not yet known fetched
 */
public record ArchiveCursor(Set<Long> handed) {
    /** A feed never read: nothing handed over. */
    public static final ArchiveCursor EMPTY = new ArchiveCursor(Set.of());
    /**
     * Most hashes persisted (512 KiB of hashes, about 700 KiB encoded, under Kafka's default 1 MB record): a larger
     * cursor (a per-poll budget above this) is not persisted and a restart hands its in-flight items over again.
     */
    public static final int MAX_PERSISTED = 65_536;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(ArchiveCursor::sha256);

    /** Copies the set. */
    public ArchiveCursor {
        handed = Set.copyOf(handed);
    }

    /**
     * @param link an item link as the document gave it
     * @return true when it was handed over and is still in flight
     */
    public boolean wasHanded(String link) {
        return handed.contains(hash(link));
    }

    /**
     * @return the hashes as base64 of their 8-byte big-endian forms, for the fetch-state record; null when empty
     *         or over {@link #MAX_PERSISTED}
     */
    public String encoded() {
        if (handed.isEmpty() || handed.size() > MAX_PERSISTED) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(handed.size() * Long.BYTES);
        handed.stream().sorted().forEach(b::putLong);
        return Base64.getEncoder().encodeToString(b.array());
    }

    /**
     * @param encoded what {@link #encoded()} gave, or null
     * @return the cursor it holds; {@link #EMPTY} for null or a value that is not such an encoding (a damaged
     *         cursor costs duplicates on the frontier, never an item)
     */
    public static ArchiveCursor decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return EMPTY;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return EMPTY;
        }
        if (bytes.length % Long.BYTES != 0) {
            return EMPTY;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        Set<Long> out = new HashSet<>();
        while (b.hasRemaining()) {
            out.add(b.getLong());
        }
        return new ArchiveCursor(out);
    }

    /**
     * @param link an item link as the document gave it
     * @return its 64-bit hash as kept here
     */
    public static long hash(String link) {
        byte[] d = SHA256.get().digest(link.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(d, 0, Long.BYTES).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
