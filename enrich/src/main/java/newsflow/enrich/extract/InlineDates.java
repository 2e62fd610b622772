package newsflow.enrich.extract;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Whether an inline element (date markup such as {@code <span class="date">}, {@code <time>},
 * {@code strong.timestamp}) stands inside a sentence of running text or alone as a dateline or byline. Inside a
 * sentence it is part of the text ("took place on 3 March in the county court") and never the page's publication
 * date (a sentence may announce a future vote); alone ("Published: 3 March 2024", "By Jane Doe, 3 March") it is
 * page metadata. Decided by the text around it in its block (not in blocks nested in that block), in any
 * language:
 * <ul>
 *   <li>the sentence part before it ends at the last {@code . ! ? ؟ 。 | • ·} or line break; it counts its words
 *       that are neither date nor byline words ({@link DatelineBylineRule}); a part ending in {@code :} or a dash
 *       is a label;</li>
 *   <li>the part after it ends at the first such mark or dash, and counts its words the same way;</li>
 *   <li>inside a sentence: at least {@link #MIN_WORDS_BEFORE} words before it (and no label), or at least
 *       {@link #MIN_WORDS_AFTER} after it with a word or a lower-case letter opening the sentence; and the
 *       sentence is finished (a sentence mark after it) or the block is longer than
 *       {@link DatelineBylineRule#MAX_LINE_CHARS} — a short unfinished line is a byline.</li>
 * </ul>
 */
public final class InlineDates {

    /** Words before the element that make it part of a sentence. */
    static final int MIN_WORDS_BEFORE = 2;
    /** Words after the element that make it part of a sentence. */
    static final int MIN_WORDS_AFTER = 3;
    /** Characters of context read on each side. */
    static final int CONTEXT_CHARS = 400;

    private InlineDates() {
    }

    /**
     * @param e an element, usually inline date markup
     * @return true when it stands alone (a dateline, a byline, an element of its own), so that it may be the
     *         publication date; false when it is inside a sentence
     */
    public static boolean standsAlone(Element e) {
        return !inSentence(e);
    }

    /**
     * @param e an element
     * @return true when the element is inline text inside a sentence of its block
     */
    public static boolean inSentence(Element e) {
        if (TextBlockWalker.BLOCK_TAGS.contains(e.normalName())) {
            return false;
        }
        Element block = blockOf(e);
        if (block == null) {
            return false;
        }
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            boolean seen;

            @Override
            public void head(Node node, int depth) {
                if (node == e) {
                    seen = true;
                } else if (node instanceof Element el && (el.normalName().equals("br")
                        || TextBlockWalker.BLOCK_TAGS.contains(el.normalName()))) {
                    (seen ? after : before).append('\n');
                } else if (node instanceof TextNode t && !inside(t, e) && blockOf(t) == block) {
                    (seen ? after : before).append(t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, block);
        String b = lastSentencePart(before.toString());
        String a = firstSentencePart(after.toString());
        boolean label = endsWithLabel(b);
        int wordsBefore = label ? 0 : sentenceWords(b);
        int wordsAfter = sentenceWords(a);
        boolean opens = wordsBefore > 0 || startsLowerCase(a);
        boolean sentence = wordsBefore >= MIN_WORDS_BEFORE || wordsAfter >= MIN_WORDS_AFTER && opens;
        if (!sentence) {
            return false;
        }
        String rest = TextBlockWalker.collapse(after.toString()).strip();
        return finishes(rest) || before.length() + after.length() > DatelineBylineRule.MAX_LINE_CHARS;
    }

    private static Element blockOf(Node n) {
        Element p = n.parentNode() instanceof Element el ? el : null;
        while (p != null && !TextBlockWalker.BLOCK_TAGS.contains(p.normalName())) {
            p = p.parent();
        }
        return p;
    }

    private static boolean inside(Node n, Element e) {
        for (Node p = n.parent(); p != null; p = p.parent()) {
            if (p == e) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMark(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u061f' || c == '\u3002' || c == '|' || c == '•'
                || c == '·' || c == '\n';
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–';
    }

    private static String lastSentencePart(String s) {
        String t = s.length() > CONTEXT_CHARS ? s.substring(s.length() - CONTEXT_CHARS) : s;
        int end = t.length();
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        int i = end - 1;
        while (i >= 0 && !isMark(t.charAt(i))) {
            i--;
        }
        return t.substring(i + 1, end).strip();
    }

    private static String firstSentencePart(String s) {
        String t = s.length() > CONTEXT_CHARS ? s.substring(0, CONTEXT_CHARS) : s;
        int i = 0;
        while (i < t.length() && !isMark(t.charAt(i)) && !isDash(t.charAt(i))) {
            i++;
        }
        return t.substring(0, i).strip();
    }

    private static boolean endsWithLabel(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c == ':' || isDash(c) || c == '-' || c == '/' || c == '(' || c == '[';
    }

    private static boolean startsLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** A sentence mark ends the text after the element (before the next line of the block). */
    private static boolean finishes(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\u061f' || c == '\u3002')
                    && (i + 1 == rest.length() || Character.isWhitespace(rest.charAt(i + 1))
                        || rest.charAt(i + 1) == '"' || rest.charAt(i + 1) == '”' || rest.charAt(i + 1) == '»')) {
                return true;
            }
        }
        return false;
    }

    /** Words with a letter that are neither date words nor byline words. */
    static int sentenceWords(String s) {
        int n = 0;
        for (String w : s.toLowerCase(Locale.ROOT).split("[\\s,;()\"'«»“”]+")) {
            String t = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (t.isEmpty() || DatelineBylineRule.DATE_WORDS.contains(t) || DatelineBylineRule.CREDIT_WORDS.contains(t)) {
                continue;
            }
            for (int i = 0; i < t.length(); i++) {
                if (Character.isLetter(t.charAt(i))) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }
}
