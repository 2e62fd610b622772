package newsflow.enrich.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans a title for output: character references left in it by double escaping ({@code &amp;rsquo;} in the
 * source reads {@code &rsquo;} once parsed) are resolved again until none is left, whitespace is collapsed.
 * Only complete references ending with {@code ;} are resolved (HTML's legacy references without {@code ;}, such
 * as {@code &not}, would eat ordinary text like "Smith&notes").
 */
public final class TitleText {

    /** A named, decimal or hexadecimal character reference with its semicolon. */
    static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    /** Most rounds of unescaping (each undoes one level of escaping). */
    static final int MAX_ROUNDS = 4;

    private TitleText() {
    }

    /**
     * @param title a title, or null
     * @return the title with character references resolved until stable and whitespace collapsed, or null
     */
    public static String clean(String title) {
        if (title == null) {
            return null;
        }
        String t = title;
        for (int round = 0; round < MAX_ROUNDS && t.indexOf('&') >= 0; round++) {
            Matcher m = REFERENCE.matcher(t);
            StringBuilder out = new StringBuilder(t.length());
            boolean changed = false;
            while (m.find()) {
                String resolved = Parser.unescapeEntities(m.group(), false);
                changed |= !resolved.equals(m.group());
                m.appendReplacement(out, Matcher.quoteReplacement(resolved));
            }
            m.appendTail(out);
            if (!changed) {
                break;
            }
            t = out.toString();
        }
        return TextBlockWalker.collapse(t).strip();
    }
}
