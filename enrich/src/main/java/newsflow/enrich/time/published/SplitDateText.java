package newsflow.enrich.time.published;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element whose date is split over child elements written without spaces between them, as blog
 * themes print a date-box: {@code <span class="month">Apr</span> <span class="day">04</span><span
 * class="year">2013</span>}. Jsoup's {@link Element#text()} joins inline children as written ("Apr 042013"); here
 * a space is put between two text nodes where a number meets a number or a word (a letter and a number), so the
 * parts read as one date ("Apr 04 2013"). Punctuation at a boundary ({@code 12</span>.<span>03}) and an ordinal
 * suffix after a number ({@code 2<sup>nd</sup>}) are joined as written.
 */
final class SplitDateText {

    private SplitDateText() {
    }

    /**
     * @param e an element
     * @return its text, whitespace normalised, with a space between text nodes at a number boundary
     */
    static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (s.isBlank()) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                        return;
                    }
                    if (sb.length() > 0 && needsSpace(sb.charAt(sb.length() - 1), s)) {
                        sb.append(' ');
                    }
                    sb.append(s);
                } else if (node instanceof Element el && el.isBlock() && sb.length() > 0
                        && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                // nothing to do after a node
            }
        }, e);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /** @return true when {@code prev} and the start of {@code next} are a number and a number or letter */
    static boolean needsSpace(char prev, String next) {
        char c = next.charAt(0);
        boolean prevDigit = Character.isDigit(prev);
        boolean nextDigit = Character.isDigit(c);
        if (prevDigit && nextDigit) {
            return true;
        }
        if (Character.isLetter(prev) && nextDigit) {
            return true;
        }
        return prevDigit && Character.isLetter(c) && !isOrdinalSuffix(next);
    }

    private static boolean isOrdinalSuffix(String next) {
        String s = next.strip().toLowerCase(java.util.Locale.ROOT);
        String head = s.length() >= 2 ? s.substring(0, 2) : s;
        boolean suffix = head.equals("st") || head.equals("nd") || head.equals("rd") || head.equals("th")
                || head.equals("er") || head.startsWith("º");
        return suffix && (s.length() == head.length() || !Character.isLetter(s.charAt(head.length())));
    }
}
