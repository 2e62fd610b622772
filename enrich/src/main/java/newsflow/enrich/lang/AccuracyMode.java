package newsflow.enrich.lang;

/**
 * Lingua's two modes. {@link #HIGH} scores 1- to 5-grams (about 30 MiB of heap per language, slower to load);
 * {@link #LOW} scores trigrams only (about 2 MiB per language), weaker on short text.
 */
public enum AccuracyMode {
    /** All n-gram orders: the better choice for headings, captions and short quotes. */
    HIGH,
    /** Trigrams only: small and fast. */
    LOW
}
