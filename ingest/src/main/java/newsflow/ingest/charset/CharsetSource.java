package newsflow.ingest.charset;

import java.util.Locale;

/**
 * How a page's charset was decided, in the order of the WHATWG HTML encoding-sniffing algorithm; the value of
 * {@code charset_source} on raw-pages.
 */
public enum CharsetSource {
    /** A byte-order mark (UTF-8, UTF-16LE, UTF-16BE): it cannot be wrong. */
    BOM,
    /** The {@code charset} parameter of the HTTP Content-Type header. */
    HEADER,
    /** A {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} of the head ({@link HeadPrescan}). */
    META,
    /**
     * The bytes themselves: valid multi-byte UTF-8 (certain), or a statistical guess ({@link StatisticalDetector},
     * marked uncertain) — when nothing was declared, or what was declared decodes the bytes into mostly U+FFFD.
     */
    DETECTOR,
    /** Nothing declared and nothing to detect (ASCII only, or no guess): UTF-8. */
    DEFAULT;

    /** @return the lower-case name written on raw-pages: {@code bom}, {@code header}, {@code meta}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
