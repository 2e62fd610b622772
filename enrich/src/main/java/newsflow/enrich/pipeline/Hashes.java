package newsflow.enrich.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 identifiers: document ids from canonical URLs, content hashes from text. */
public final class Hashes {
    /** Hex characters of a document id (128 bits). */
    public static final int DOCUMENT_ID_HEX_CHARS = 32;

    private Hashes() {
    }

    /**
     * @param canonicalUrl the document's canonical URL
     * @return the first 128 bits of SHA-256(canonicalUrl) as lower-case hex
     */
    public static String documentId(String canonicalUrl) {
        return sha256(canonicalUrl).substring(0, DOCUMENT_ID_HEX_CHARS);
    }

    /**
     * @param text any text
     * @return SHA-256 of its UTF-8 bytes as lower-case hex
     */
    public static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
