package newsflow.sink.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The language codes an edition may carry: a two-letter ISO 639-1 code in lower case, as the JDK lists them
 * ({@link java.util.Locale#getISOLanguages()}), without the codes ISO withdrew (iw, in, ji, replaced in 1989 by
 * he, id, yi; mo, withdrawn in 2008), which would split one language's editions under two keys; or {@code und}
 * (ISO 639-2 "undetermined"), which the enrich service gives text whose language it cannot tell.
 */
public final class LanguageCodes {
    /** The code of an undetermined language (ISO 639-2). */
    public static final String UNDETERMINED = "und";
    private static final Set<String> WITHDRAWN = Set.of("iw", "in", "ji", "mo");
    private static final Set<String> CODES = Arrays.stream(Locale.getISOLanguages())
            .filter(c -> c.length() == 2 && !WITHDRAWN.contains(c))
            .collect(Collectors.toUnmodifiableSet());

    private LanguageCodes() {
    }

    /**
     * @param lang a language code, or null
     * @return true for a current ISO 639-1 code in lower case, or {@value #UNDETERMINED}; case-sensitive
     *         ({@code EN} is refused: rows of one language must share one key)
     */
    public static boolean isValid(String lang) {
        return lang != null && (CODES.contains(lang) || UNDETERMINED.equals(lang));
    }
}
