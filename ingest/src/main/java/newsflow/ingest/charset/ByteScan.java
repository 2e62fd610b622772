package newsflow.ingest.charset;

/**
 * Searches in raw bytes for ASCII strings, as the byte-level scans of a page need before its charset is known
 * ({@link HeadPrescan}, {@link StatisticalDetector}). Case-insensitive forms fold A-Z only, as the WHATWG
 * algorithms do.
 */
final class ByteScan {
    private ByteScan() {
    }

    /** @return true when {@code b} holds {@code s} at {@code at} */
    static boolean startsWith(byte[] b, int at, String s) {
        if (at < 0 || at + s.length() > b.length) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return true when {@code b} holds {@code lower} at {@code at}, A-Z folded to lower case */
    static boolean startsWithIgnoreCase(byte[] b, int at, String lower) {
        if (at < 0 || at + lower.length() > b.length) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (lower(b[at + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** @return the first index at or after {@code from} where {@code s} starts, or -1 */
    static int indexOf(byte[] b, String s, int from) {
        for (int i = Math.max(0, from); i + s.length() <= b.length; i++) {
            if (startsWith(b, i, s)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the first index at or after {@code from} where {@code lower} starts in any case, or -1 */
    static int indexOfIgnoreCase(byte[] b, String lower, int from) {
        for (int i = Math.max(0, from); i + lower.length() <= b.length; i++) {
            if (startsWithIgnoreCase(b, i, lower)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the byte as a char, A-Z folded to lower case */
    static char lower(byte c) {
        int v = c & 0xFF;
        return (char) (v >= 'A' && v <= 'Z' ? v + 32 : v);
    }
}
