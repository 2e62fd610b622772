package newsflow.enrich.pubdate;

import java.util.Locale;

/**
 * Prepares visible text for date matching: Arabic-Indic and Extended Arabic-Indic digits become ASCII, bidi
 * controls, tatweel and Arabic diacritics are dropped, the Arabic alef forms أ إ آ fold to ا, every run of
 * whitespace (incl. no-break space) becomes one space, and letters are lower-cased (Locale.ROOT).
 * The lexicon in {@link MonthNames} is stored in the same folded form.
 */
public final class DateTextNormalizer {

    private DateTextNormalizer() {
    }

    /**
     * @param text any text, or null
     * @return the folded text ("" for null)
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + (c - '\u06F0'));
            } else if (isDropped(c)) {
                continue;
            } else if (c == '\u0623' || c == '\u0625' || c == '\u0622') {
                c = '\u0627';
            } else if (c == '\u060C') {
                c = ',';
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            sb.append(c);
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isDropped(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u0640' || (c >= '\u064B' && c <= '\u0652')
                || c == '\u200B' || c == '\uFEFF';
    }
}
