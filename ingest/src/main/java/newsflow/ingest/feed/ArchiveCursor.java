package newsflow.ingest.feed;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * Where one feed's or sitemap's archive stands between polls: the items already handed over for fetching whose
 * fetch the fetch state does not yet hold, as 64-bit hashes of their links as the document gave them (the first 8
 * bytes of SHA-256; a collision among the items of one feed is negligible, about n²/2⁶⁵). An item drops out once
 * it is fetched (the fetch state remembers it from then on) or no longer listed, so the value stays about as large
 * as one poll's budget. This is what must survive a restart to avoid announcing in-flight items twice; losing it
 * costs duplicates on the frontier, never an item. Immutable.
 *
 * @param handed hashes of the links handed over and not yet known fetched
 */
public record ArchiveCursor(Set<Long> handed) {
    /** A feed never read: nothing handed over. */
    public static final ArchiveCursor EMPTY = new ArchiveCursor(Set.of());
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
