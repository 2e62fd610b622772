package newsflow.ingest.charset;

import java.util.Locale;

/**
 * The WHATWG HTML Living Standard's "algorithm for extracting a character encoding from a meta element", also
 * applied to a Content-Type header value: the label after the
 * first {@code charset} that is followed (after optional whitespace) by {@code =}, quoted or up to whitespace or
 * {@code ;}. An unmatched quote gives nothing.
 */
final class MetaContent {
    private MetaContent() {
    }

    /**
     * @param content a meta {@code content} attribute or a Content-Type header value, or null
     * @return the label as written, or null when there is none
     */
    static String charsetLabel(String content) {
        if (content == null) {
            return null;
        }
        String s = content.toLowerCase(Locale.ROOT);
        int pos = 0;
        while (true) {
            int at = s.indexOf("charset", pos);
            if (at < 0) {
                return null;
            }
            pos = at + "charset".length();
            while (pos < s.length() && isSpace(s.charAt(pos))) {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == '=') {
                pos++;
                break;
            }
        }
        while (pos < s.length() && isSpace(s.charAt(pos))) {
            pos++;
        }
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        if (c == '"' || c == '\'') {
            int end = s.indexOf(c, pos + 1);
            return end < 0 ? null : content.substring(pos + 1, end);
        }
        int end = pos;
        while (end < s.length() && !isSpace(s.charAt(end)) && s.charAt(end) != ';') {
            end++;
        }
        return end == pos ? null : content.substring(pos, end);
    }

    private static boolean isSpace(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }
}
