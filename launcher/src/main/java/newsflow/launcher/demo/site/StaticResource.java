package newsflow.launcher.demo.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A response body prepared in memory with its validators.
 *
 * @param body         the bytes sent for GET
 * @param contentType  the full Content-Type value, with charset where the body is text
 * @param etag         a strong entity tag, quoted (RFC 9110 §8.8.3)
 * @param lastModified the Last-Modified moment, whole seconds
 */
record StaticResource(byte[] body, String contentType, String etag, Instant lastModified) {
    /** Hex digits of the SHA-256 of the body kept in the entity tag. */
    private static final int ETAG_HEX_DIGITS = 20;

    /**
     * @param body         the bytes
     * @param contentType  the Content-Type value
     * @param lastModified when the content last changed
     * @return a resource whose entity tag is derived from a SHA-256 digest of the body
     */
    static StaticResource of(byte[] body, String contentType, Instant lastModified) {
        return new StaticResource(body, contentType, "\"" + digest(body) + "\"",
                lastModified.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param text         the text, encoded as UTF-8
     * @param mediaType    the media type without charset, e.g. {@code application/rss+xml}
     * @param lastModified when the content last changed
     * @return a UTF-8 text resource
     */
    static StaticResource utf8(String text, String mediaType, Instant lastModified) {
        return of(text.getBytes(StandardCharsets.UTF_8), mediaType + "; charset=utf-8", lastModified);
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash).substring(0, ETAG_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
