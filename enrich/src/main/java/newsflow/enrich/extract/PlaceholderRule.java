package newsflow.enrich.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that is not the story, recognised by its shape rather than by one string:
 * <ul>
 *   <li>template tokens left by a CMS ({@code $$ARTICLEAD$$}, {@code {{ad}}}, {@code {{ widget.related }}},
 *       {@code %%PAYWALL%%}, {@code [[INREAD]]}) are cut out of any text ({@link #TOKEN});</li>
 *   <li>a promo or ad line: a short block opening with a bracketed label in capitals ({@code [PR]},
 *       {@code [AD]}, {@code [ANZEIGE]}) or a bracketed ad label in any script ({@link BoilerplatePhrases#AD_LABELS},
 *       {@code [إعلان]});</li>
 *   <li>an e-mail credit: a short line holding an e-mail address and at most {@link #MAX_CREDIT_WORDS} other
 *       words ("jane.doe@news.example", "Contact the reporter: jdoe@news.example", "Par Jean Dupont,
 *       jdupont@journal.example").</li>
 * </ul>
 */
final class PlaceholderRule {

    /** CMS template tokens. */
    static final Pattern TOKEN = Pattern.compile(
            "\\$\\$[A-Za-z0-9_.:-]{1,40}\\$\\$|\\{\\{\\s*[A-Za-z0-9_.:|/ -]{1,40}\\s*}}|\\{%[^%]{1,60}%}"
            + "|%%[A-Za-z0-9_.:-]{1,40}%%|\\[\\[[A-Za-z0-9_.:-]{1,40}]]");
    /** A bracketed label opening a block. */
    static final Pattern OPENING_LABEL = Pattern.compile("^[\\[【]\\s*([\\p{L}\\p{M}. -]{1,16})\\s*[\\]】]");
    /** An e-mail address. */
    static final Pattern EMAIL = Pattern.compile("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}");
    /** Longest promo block (characters). */
    static final int MAX_PROMO_CHARS = 300;
    /** Longest e-mail credit line (characters). */
    static final int MAX_CREDIT_CHARS = 120;
    /** Words besides the address an e-mail credit may hold. */
    static final int MAX_CREDIT_WORDS = 6;

    /**
     * @param text a block's text
     * @return the text without template tokens (whitespace around a cut token collapsed); the same string when it
     *         holds none
     */
    static String stripTokens(String text) {
        if (text.indexOf('$') < 0 && text.indexOf('{') < 0 && text.indexOf('%') < 0 && text.indexOf("[[") < 0) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String line : m.replaceAll(" ").split("\n", -1)) {
            out.append(TextBlockWalker.collapse(line).replace(" ,", ",").replace(" .", ".")).append('\n');
        }
        return TextBlockWalker.tidy(out);
    }

    /**
     * @param text a block's text
     * @return true when the block is a promo or ad opening with a bracketed label
     */
    static boolean isPromo(String text) {
        if (text.length() > MAX_PROMO_CHARS) {
            return false;
        }
        Matcher m = OPENING_LABEL.matcher(text.strip());
        if (!m.find()) {
            return false;
        }
        String label = m.group(1).strip();
        if (BoilerplatePhrases.AD_LABELS.contains(label.toLowerCase(Locale.ROOT))) {
            return true;
        }
        boolean cased = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased && label.replace(".", "").replace(" ", "").length() <= 4;
    }

    /**
     * @param line one line of a paragraph
     * @return true when the line is an e-mail credit
     */
    static boolean isEmailCredit(String line) {
        if (line.length() > MAX_CREDIT_CHARS) {
            return false;
        }
        Matcher m = EMAIL.matcher(line);
        if (!m.find()) {
            return false;
        }
        String rest = m.replaceAll(" ").strip();
        return rest.isEmpty() || rest.split("\\s+").length <= MAX_CREDIT_WORDS;
    }
}
