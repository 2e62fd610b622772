package newsflow.enrich.extract;

import java.util.List;

/**
 * Replaces the code points that text cannot carry with U+FFFD REPLACEMENT CHARACTER: NUL (U+0000) and
 * unpaired surrogates. HTML5 maps a character reference to either of them ({@code &#0;}, {@code &#xD800;}) to
 * U+FFFD (WHATWG HTML, "numeric character reference end state"), but Jsoup keeps them; an unpaired surrogate
 * cannot be encoded in UTF-8 (the batch output failed on one) and PostgreSQL {@code text} refuses NUL (the edition
 * was dead-lettered). Applied where extracted text is made: {@link Block} and {@link Extraction}.
 */
public final class TextSanitizer {
    /** The replacement character. */
    public static final char REPLACEMENT = '\uFFFD';

    private TextSanitizer() {
    }

    /**
     * @param s a string, or null
     * @return the same string when it holds no NUL and no unpaired surrogate (the usual case, no copy), else a
     *         copy with each of them replaced by U+FFFD; null for null
     */
    public static String clean(String s) {
        if (s == null || isClean(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                out.append(REPLACEMENT);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param list strings, or null
     * @return the list itself when every element is clean, else a cleaned copy; null for null
     */
    public static List<String> clean(List<String> list) {
        if (list == null || list.stream().allMatch(s -> s == null || isClean(s))) {
            return list;
        }
        return list.stream().map(TextSanitizer::clean).toList();
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }
}
