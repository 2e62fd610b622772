package newsflow.enrich.time.vocab;

/**
 * A text rewritten for matching, with a map back to the original.
 *
 * @param text       the normalised text (ASCII digits, no bidi controls, no Arabic diacritics or tatweel,
 *                   unified alef forms)
 * @param toOriginal for each UTF-16 index of {@code text} (and one past its end), the UTF-16 index in the
 *                   original text
 * @param original   the original text
 * @param surrogates true when the original holds supplementary characters (UTF-16 index ≠ code-point index)
 */
public record NormalizedText(String text, int[] toOriginal, String original, boolean surrogates) {

    /**
     * @param normIndex a UTF-16 index into {@link #text()}, 0..length inclusive
     * @return the offset in Unicode code points of the corresponding position in the original text
     */
    public int codePointOffset(int normIndex) {
        return toCodePoints(toOriginal[normIndex]);
    }

    private int toCodePoints(int utf16) {
        // without supplementary characters UTF-16 indices are code-point indices (the common case: O(1))
        return surrogates ? original.codePointCount(0, utf16) : utf16;
    }

    /**
     * @param start start index in {@link #text()}
     * @param end   end index (exclusive) in {@link #text()}
     * @return the original text between the corresponding positions
     */
    public String originalSlice(int start, int end) {
        int s = toOriginal[start];
        return original.substring(s, Math.max(s, originalEnd(end)));
    }

    /**
     * @param end an exclusive end index in {@link #text()}
     * @return the exclusive end in the original text, not counting removed characters after the last kept one
     */
    public int originalEnd(int end) {
        if (end == 0) {
            return 0;
        }
        int e = toOriginal[end - 1] + 1;
        if (e < original.length() && Character.isLowSurrogate(original.charAt(e))) {
            e++;
        }
        // harakat and tatweel belong to the word they follow ("غداً", "هـ"); bidi controls do not
        while (e < original.length() && isArabicMark(original.charAt(e))) {
            e++;
        }
        return e;
    }

    /** @return the code-point offset of an exclusive end index in {@link #text()} */
    public int codePointEnd(int end) {
        return toCodePoints(originalEnd(end));
    }

    private static boolean isArabicMark(char c) {
        return c == 0x0640 || c >= 0x064B && c <= 0x065F || c == 0x0670;
    }
}
