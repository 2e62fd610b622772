package newsflow.ingest.charset;

/**
 * How much of a decoded page is legible: the text outside markup (tags, comments, script and style contents
 * skipped) is counted as letters and digits of any script against "bad" characters — U+FFFD (a byte sequence
 * the charset could not decode) and control characters other than tab, line feed, form feed and carriage return
 * (binary data read as text: a single-byte charset decodes any byte, so an image served as {@code text/html}
 * shows as letters and controls, not as U+FFFD). Whitespace and punctuation count for neither.
 *
 * @param replacements U+FFFD characters
 * @param controls     control characters (C0 other than whitespace, DEL, C1)
 * @param letters      letters and digits
 */
public record Legibility(int replacements, int controls, int letters) {
    /** Fewer bad characters than this never make a page doubtful, whatever the share (a tiny page). */
    static final int MIN_BAD = 8;
    /** The body decoded by the WHATWG replacement encoding (one U+FFFD for the whole body). */
    static final Legibility REPLACED = new Legibility(1_000_000, 0, 0);

    /**
     * @param text decoded HTML (or plain text)
     * @return its counts
     */
    public static Legibility of(String text) {
        int replacements = 0;
        int controls = 0;
        int letters = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < n && startsMarkup(text.charAt(i + 1))) {
                i = skipMarkup(text, i);
                continue;
            }
            if (c == '\uFFFD') {
                replacements++;
            } else if (isControl(c)) {
                controls++;
            } else if (Character.isLetterOrDigit(c)) {
                letters++;
            }
            i++;
        }
        return new Legibility(replacements, controls, letters);
    }

    /** @return U+FFFD and control characters */
    public int bad() {
        return replacements + controls;
    }

    /** @return the share of bad characters among bad characters and letters, 0 for an empty text */
    public double badShare() {
        int all = bad() + letters;
        return all == 0 ? 0 : (double) bad() / all;
    }

    /**
     * @return true when a fifth or more of the text is bad (at least {@value #MIN_BAD} characters): the charset
     *         used is probably wrong and another one is worth trying
     */
    public boolean doubtful() {
        return bad() >= MIN_BAD && badShare() >= 0.2;
    }

    /**
     * @return true when the text is mostly bad (more than half, at least {@value #MIN_BAD} characters), or when
     *         one character in twenty is a control character (binary data: text has none)
     */
    public boolean undecodable() {
        int all = bad() + letters;
        return bad() >= MIN_BAD && (badShare() > 0.5 || controls * 20L > all);
    }

    private static boolean startsMarkup(char c) {
        return c == '/' || c == '!' || c == '?' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** @return the index after the tag, comment or raw-text element starting at {@code at} */
    private static int skipMarkup(String text, int at) {
        if (text.startsWith("<!--", at)) {
            int end = text.indexOf("-->", at + 4);
            return end < 0 ? text.length() : end + 3;
        }
        int end = text.indexOf('>', at);
        if (end < 0) {
            return text.length();
        }
        for (String raw : new String[] {"script", "style"}) {
            if (text.regionMatches(true, at + 1, raw, 0, raw.length())) {
                int close = indexOfIgnoreCase(text, "</" + raw, end);
                return close < 0 ? text.length() : close;
            }
        }
        return end + 1;
    }

    private static int indexOfIgnoreCase(String text, String s, int from) {
        for (int i = from; i + s.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, s, 0, s.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
