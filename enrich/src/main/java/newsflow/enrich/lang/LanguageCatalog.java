package newsflow.enrich.lang;

import com.github.pemistahl.lingua.api.Language;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The languages newsflow can identify (those of Lingua 1.2.2), keyed by ISO 639-1 code, with the writing system
 * each is written in and its direction. The enabled set is chosen per instance.
 */
public final class LanguageCatalog {

    /** Languages enabled when none are configured: the twenty of issue 4. */
    public static final List<String> DEFAULT_LANGUAGES = List.of(
            "ar", "fa", "ur", "en", "fr", "es", "de", "it", "pt", "ru",
            "zh", "tr", "nl", "pl", "uk", "ja", "ko", "hi", "id", "he");

    /** Right-to-left languages (Unicode bidi class of their script). */
    private static final Set<String> RTL = Set.of("ar", "fa", "ur", "he", "yi", "ps", "sd", "ug", "dv", "ku");

    /** Writing system of every Lingua language not written in Latin letters. */
    private static final Map<String, WritingSystem> NON_LATIN = Map.ofEntries(
            Map.entry("ar", WritingSystem.ARABIC), Map.entry("fa", WritingSystem.ARABIC),
            Map.entry("ur", WritingSystem.ARABIC),
            Map.entry("be", WritingSystem.CYRILLIC), Map.entry("bg", WritingSystem.CYRILLIC),
            Map.entry("kk", WritingSystem.CYRILLIC), Map.entry("mk", WritingSystem.CYRILLIC),
            Map.entry("mn", WritingSystem.CYRILLIC), Map.entry("ru", WritingSystem.CYRILLIC),
            Map.entry("sr", WritingSystem.CYRILLIC), Map.entry("uk", WritingSystem.CYRILLIC),
            Map.entry("he", WritingSystem.HEBREW), Map.entry("el", WritingSystem.GREEK),
            Map.entry("hi", WritingSystem.DEVANAGARI), Map.entry("mr", WritingSystem.DEVANAGARI),
            Map.entry("bn", WritingSystem.BENGALI), Map.entry("pa", WritingSystem.GURMUKHI),
            Map.entry("gu", WritingSystem.GUJARATI), Map.entry("ta", WritingSystem.TAMIL),
            Map.entry("te", WritingSystem.TELUGU), Map.entry("th", WritingSystem.THAI),
            Map.entry("ka", WritingSystem.GEORGIAN), Map.entry("hy", WritingSystem.ARMENIAN),
            Map.entry("zh", WritingSystem.CJK), Map.entry("ja", WritingSystem.CJK),
            Map.entry("ko", WritingSystem.HANGUL));

    private final Map<String, Language> enabled;
    private final Map<WritingSystem, List<String>> bySystem;
    private final Map<WritingSystem, List<Language>> unsupportedBySystem;

    /**
     * @param isoCodes ISO 639-1 codes of the languages to enable, in any case; at least one
     * @throws IllegalArgumentException for an empty set or a code Lingua does not support
     */
    public LanguageCatalog(Collection<String> isoCodes) {
        if (isoCodes == null || isoCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one language must be enabled");
        }
        Map<String, Language> known = new LinkedHashMap<>();
        for (Language language : Language.values()) {
            if (language != Language.UNKNOWN) {
                known.put(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT), language);
            }
        }
        Map<String, Language> chosen = new LinkedHashMap<>();
        for (String code : isoCodes) {
            String iso = code.strip().toLowerCase(Locale.ROOT);
            Language language = known.get(iso);
            if (language == null) {
                throw new IllegalArgumentException("unsupported language code: " + code);
            }
            chosen.put(iso, language);
        }
        this.enabled = Collections.unmodifiableMap(chosen);
        Map<WritingSystem, List<String>> systems = new EnumMap<>(WritingSystem.class);
        for (String iso : chosen.keySet()) {
            systems.computeIfAbsent(writingSystemOf(iso), k -> new java.util.ArrayList<>()).add(iso);
        }
        systems.replaceAll((k, v) -> List.copyOf(v));
        this.bySystem = Collections.unmodifiableMap(systems);
        Map<WritingSystem, List<Language>> others = new EnumMap<>(WritingSystem.class);
        known.forEach((iso, language) -> {
            if (!chosen.containsKey(iso)) {
                others.computeIfAbsent(writingSystemOf(iso), k -> new java.util.ArrayList<>()).add(language);
            }
        });
        others.replaceAll((k, v) -> List.copyOf(v));
        this.unsupportedBySystem = Collections.unmodifiableMap(others);
    }

    /** @return the enabled ISO 639-1 codes, in configuration order */
    public Set<String> enabled() {
        return enabled.keySet();
    }

    /**
     * @param system a writing system
     * @return the enabled languages written in it, in configuration order; empty when none
     */
    public List<String> candidates(WritingSystem system) {
        return bySystem.getOrDefault(system, List.of());
    }

    /**
     * @param system a writing system
     * @return the languages Lingua knows in it that are not enabled, in Lingua's order; empty when none
     */
    List<Language> unsupported(WritingSystem system) {
        return unsupportedBySystem.getOrDefault(system, List.of());
    }

    /**
     * @param language a Lingua language
     * @return whether it is enabled
     */
    boolean isEnabled(Language language) {
        return enabled.containsValue(language);
    }

    /**
     * @param iso an enabled ISO 639-1 code
     * @return the Lingua language
     */
    Language lingua(String iso) {
        return enabled.get(iso);
    }

    /**
     * @param iso an ISO 639-1 code
     * @return the writing system the language is written in ({@link WritingSystem#LATIN} unless listed)
     */
    public static WritingSystem writingSystemOf(String iso) {
        return NON_LATIN.getOrDefault(iso, WritingSystem.LATIN);
    }

    /**
     * @param iso an ISO 639-1 code, or {@code und}
     * @return {@code rtl} for right-to-left languages, else {@code ltr}
     */
    public static String direction(String iso) {
        return RTL.contains(iso) ? "rtl" : "ltr";
    }
}
