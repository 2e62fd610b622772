package newsflow.enrich.time.vocab;

import java.util.Locale;

/**
 * Rewrites a text so one grammar serves every script variant, keeping a map to the original offsets.
 * <ul>
 *   <li>decimal digits of any script (Arabic-Indic U+0660–0669, Extended Arabic-Indic/Persian U+06F0–06F9,
 *       Devanagari…; {@link Character#digit(int, int)}) become ASCII digits;</li>
 *   <li>bidi controls are removed (Unicode UAX #9: LRM, RLM, ALM U+061C, LRE…RLO U+202A–202E,
 *       LRI…PDI U+2066–2069) together with zero-width joiners/spaces and the BOM, so "11\u200F/7" still
 *       parses; they remain counted in the original offsets;</li>
 *   <li>Arabic tatweel (U+0640) and harakat (U+064B–U+065F, U+0670) are removed; hamza/madda alef forms
 *       (أ إ آ ٱ) become bare alef and alef maqsura (ى) becomes ya, the usual orthographic normalisation of
 *       Arabic IR (Larkey et al., "Light Stemming for Arabic Information Retrieval", 2007); a word-final ha
 *       after a letter becomes taa marbuta (ه/ة spelling variants: "السنه الماضيه");</li>
 *   <li>Persian kaf/ya (ک ی) become Arabic kaf/ya; no-break and other Unicode spaces become a space, and a run
 *       of spaces becomes one.</li>
 * </ul>
 * Thread-safe (stateless).
 */
public final class TimeTextNormalizer {

    private static final int HA = 0x0647;
    private static final String TAA_MARBUTA = "\u0629";

    private TimeTextNormalizer() {
    }

    /**
     * Word-final ha after a letter is read as taa marbuta: "السنه" = "السنة", "جويليه" = "جويلية" (the ة/ه
     * confusion of informal and Egyptian spelling, normalised the other way by Larkey et al.; this way round
     * keeps the era sign هـ after a number and the grammars' vocabulary spelled with ة).
     */
    private static boolean isWordFinalAfterLetter(String original, StringBuilder sb, int next) {
        if (sb.length() == 0 || Character.UnicodeScript.of(sb.charAt(sb.length() - 1)) != Character.UnicodeScript.ARABIC
                || !Character.isLetter(sb.charAt(sb.length() - 1))) {
            return false;
        }
        int j = next;
        while (j < original.length() && isRemoved(original.codePointAt(j))) {
            j += Character.charCount(original.codePointAt(j));
        }
        return j >= original.length() || !Character.isLetter(original.codePointAt(j));
    }

    /**
     * @param original any text, not null
     * @return the normalised text with its offset map
     */
    public static NormalizedText normalize(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        boolean surrogates = false;
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int width = Character.charCount(cp);
            surrogates |= width == 2;
            String rep = isRemoved(cp) ? "" : cp == HA && isWordFinalAfterLetter(original, sb, i + width) ? TAA_MARBUTA
                    : replacement(cp);
            if (rep.equals(" ") && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                rep = ""; // a run of spaces reads as one ("16  سبتمبر")
            }
            if (!rep.isEmpty()) {
                for (int k = 0; k < rep.length(); k++) {
                    sb.append(rep.charAt(k));
                    map[n++] = i + Math.min(k, width - 1);
                }
            }
            i += width;
        }
        map[n] = original.length();
        int[] exact = new int[n + 1];
        System.arraycopy(map, 0, exact, 0, n + 1);
        return new NormalizedText(sb.toString(), exact, original, surrogates);
    }

    /**
     * @param s a text
     * @return the text with digits made ASCII and bidi controls removed (no offset map)
     */
    public static String plain(String s) {
        return normalize(s).text();
    }

    /**
     * The search fold of page text for publication dates ({@code time.published}): the same removals, digits and
     * alef forms as {@link #normalize}, the Arabic comma read as a comma, every run of whitespace (no-break and thin
     * spaces included) one space, no trailing space, lower case (Locale.ROOT). Ya, kaf, ha/taa marbuta, quotes and
     * dashes are kept as written: the patterns of the publication-date reader are written for them.
     *
     * @param text any text, or null
     * @return the folded text ("" for null)
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isRemoved(cp)) {
                continue;
            }
            int d = asciiDigit(cp);
            int c = d >= 0 ? d : isHamzaAlef(cp) ? 0x0627 : cp == 0x060C ? ',' : cp;
            if (Character.isWhitespace(c) || c == 0x00A0 || c == 0x202F || c == 0x2009) {
                if (!space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            sb.appendCodePoint(c);
        }
        int end = sb.length();
        if (end > 0 && sb.charAt(end - 1) == ' ') {
            sb.setLength(end - 1);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** @return the ASCII digit character of a decimal digit of any script other than ASCII, or -1 */
    private static int asciiDigit(int cp) {
        if (cp > 0x7F && Character.isDigit(cp)) {
            int d = Character.digit(cp, 10);
            return d >= 0 ? '0' + d : -1;
        }
        return -1;
    }

    /** @return true for the hamza and madda alef forms أ إ آ and alef wasla ٱ, all read as bare alef */
    private static boolean isHamzaAlef(int cp) {
        return cp == 0x0623 || cp == 0x0625 || cp == 0x0622 || cp == 0x0671;
    }

    private static boolean isRemoved(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200B || cp == 0x200C || cp == 0x200D
                || cp == 0xFEFF || cp == 0x0640 || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670;
    }

    private static String replacement(int cp) {
        int d = asciiDigit(cp);
        if (d >= 0) {
            return String.valueOf((char) d);
        }
        if (isHamzaAlef(cp)) {
            return "\u0627";
        }
        switch (cp) {
            case 0x0649, 0x06CC -> {
                return "\u064A";
            }
            case 0x06A9 -> {
                return "\u0643";
            }
            case 0x00A0, 0x2007, 0x202F, 0x2009, 0x200A, 0x2002, 0x2003 -> {
                return " ";
            }
            case 0x2019, 0x2018 -> {
                return "'";
            }
            case 0x2013, 0x2014 -> {
                return "-";
            }
            default -> {
                return new String(Character.toChars(cp));
            }
        }
    }
}
