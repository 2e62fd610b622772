package newsflow.enrich.extract.kind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.enrich.topic.TsvResource;

/**
 * The second signal of the page-kind decision: phrases of consent walls, error pages, subscription prompts and
 * bot checks, one resource per language ({@code /newsflow/kind/<lang>.tsv}, lines {@code category<TAB>phrase};
 * the format is described in that folder's README). Text and phrases are compared after {@link #normalize}.
 * Immutable and thread-safe; {@link #DEFAULT} holds every language of {@link #LANGUAGES}.
 */
public final class KindVocabulary {

    /** What a phrase says about the page. */
    public enum Category {
        /** A cookie or consent wall. */
        CONSENT,
        /** An error page ("page not found"). */
        NOT_FOUND,
        /** A subscription prompt in place of the rest of the article. */
        PAYWALL,
        /** A bot check or blocked request. */
        BOT_CHECK
    }

    /** Languages with a vocabulary resource (ISO 639-1). */
    public static final List<String> LANGUAGES = List.of("en", "ar", "fr", "de", "es", "it");

    /** All languages of {@link #LANGUAGES}. */
    public static final KindVocabulary DEFAULT = load(LANGUAGES);

    private final Map<Category, List<String>> phrases;

    private KindVocabulary(Map<Category, List<String>> phrases) {
        this.phrases = phrases;
    }

    /**
     * @param languages ISO 639-1 codes, each with a resource
     * @return their phrases
     * @throws IllegalStateException when a resource is missing or a line is malformed (naming file and line)
     * @throws java.io.UncheckedIOException when a resource cannot be read
     */
    public static KindVocabulary load(List<String> languages) {
        Map<Category, List<String>> map = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            map.put(c, new ArrayList<>());
        }
        for (String lang : languages) {
            String name = "/newsflow/kind/" + lang + ".tsv";
            TsvResource.read(name, (n, fields) -> add(name, n, fields, map));
        }
        map.replaceAll((c, list) -> List.copyOf(list));
        return new KindVocabulary(map);
    }

    private static void add(String name, int n, String[] fields, Map<Category, List<String>> map) {
        if (fields.length != 2 || fields[0].isBlank()) {
            throw new IllegalStateException(name + ":" + n + ": expected category<TAB>phrase");
        }
        Category c;
        try {
            c = Category.valueOf(fields[0].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + ":" + n + ": unknown category " + fields[0], e);
        }
        String phrase = normalize(fields[1]);
        if (!phrase.isEmpty()) {
            map.get(c).add(phrase);
        }
    }

    /**
     * @param category what to look for
     * @param text     any text (normalised here)
     * @return true when the text contains a phrase of the category in any language
     */
    public boolean matches(Category category, String text) {
        return text != null && matchesNormalized(category, normalize(text));
    }

    /**
     * @param category a category
     * @return how many phrases it has
     */
    public int size(Category category) {
        return phrases.get(category).size();
    }

    /**
     * @param category   what to look for
     * @param normalized text already passed through {@link #normalize}
     * @return true when the text contains a phrase of the category
     */
    public boolean matchesNormalized(Category category, String normalized) {
        for (String p : phrases.get(category)) {
            if (normalized.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lower case (Locale.ROOT) after NFKC; digit runs become {@code #}; whitespace runs (no-break spaces too) one
     * space; curly apostrophes {@code '}; Arabic diacritics and tatweel removed, alef forms bare alef.
     *
     * @param text any text
     * @return the comparable form, stripped
     */
    public static String normalize(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(t.length());
        boolean space = false;
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (Character.isWhitespace(ch) || ch == '\u00A0' || ch == '\u202F' || ch == '\u2007') {
                space = sb.length() > 0;
                digit = false;
                continue;
            }
            if ((ch >= '\u064B' && ch <= '\u0652') || ch == '\u0640') {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (Character.isDigit(ch)) {
                if (!digit) {
                    sb.append('#');
                }
                digit = true;
                continue;
            }
            digit = false;
            sb.append(switch (ch) {
                case '\u2019', '\u2018', '\u02BC' -> '\'';
                case '\u0623', '\u0625', '\u0622' -> '\u0627';
                default -> ch;
            });
        }
        return sb.toString();
    }
}
