package newsflow.enrich.pipeline;

/**
 * Refuses a "page" that is not text (a binary file served as text/html, or bytes decoded with the wrong
 * charset beyond repair): more than {@value #MAX_BAD_SHARE} of the first {@value #SAMPLE_CHARS} characters
 * are control characters or U+FFFD replacement characters. Such input is dead-lettered, never stored as an
 * article of garbage.
 */
final class TextContentCheck {
    /** Characters sampled from the start of the page. */
    static final int SAMPLE_CHARS = 4096;
    /** Largest tolerated share of control and replacement characters. */
    static final double MAX_BAD_SHARE = 0.05;

    private TextContentCheck() {
    }

    /**
     * @param html the decoded page
     * @return {@code html}
     * @throws IllegalArgumentException when the page is not text
     */
    static String requireText(String html) {
        if (html == null) {
            throw new IllegalArgumentException("the page has no body");
        }
        int n = Math.min(html.length(), SAMPLE_CHARS);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = html.charAt(i);
            if (c == '\uFFFD' || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                bad++;
            }
        }
        if (n > 0 && bad > MAX_BAD_SHARE * n) {
            throw new IllegalArgumentException("not a text page: " + bad + " of the first " + n
                    + " characters are control or undecodable characters");
        }
        return html;
    }
}
