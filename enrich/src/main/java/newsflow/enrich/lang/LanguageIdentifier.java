package newsflow.enrich.lang;

/**
 * Identifies the language of one text. Thread-safe, deterministic.
 * (First version: undecided; Lingua and script evidence come with issue 4.)
 */
public final class LanguageIdentifier {

    /**
     * @param lang       ISO 639-1 code, or null when undecided
     * @param confidence in [0, 1]
     */
    public record Detection(String lang, double confidence) {
    }

    /**
     * @param text any text
     * @return the detection; {@code lang} null when the text holds too little evidence
     */
    public Detection detect(String text) {
        return new Detection(null, 0.0);
    }
}
