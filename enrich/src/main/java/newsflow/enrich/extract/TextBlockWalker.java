package newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a cleaned DOM and cuts its text into blocks (case C22: Jsoup's {@code text()} glues blocks, so the
 * walk puts the breaks itself). A block-level element starts and ends a block; {@code <br>} is a line break
 * inside a block and {@code <br><br>} ends the block; {@code pre} keeps its whitespace; a data table becomes
 * one {@link BlockKind#TABLE} block (rows as lines, cells joined by {@link #CELL_SEPARATOR}, every cell's text
 * kept, numbers intact), a layout table (one whose cells hold blocks: paragraphs, lists, tables) is walked like
 * {@code div}s. Block kinds come from the nearest heading, list item, quote or pre within
 * {@link #KIND_LOOKUP_DEPTH} levels.
 */
final class TextBlockWalker {

    /** Elements that start a new block (HTML block-level and sectioning content). */
    static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "body", "html", "frameset", "noframes",
            "listing", "plaintext", "xmp", "menu", "output", "search");

    /** Elements inside a table cell that make the table a layout table. */
    static final Set<String> LAYOUT_TABLE_MARKERS = Set.of(
            "table", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
            "article");

    /** Between the cells of a table row. */
    static final String CELL_SEPARATOR = " | ";

    /** How many enclosing block elements are searched for a kind-giving tag. */
    static final int KIND_LOOKUP_DEPTH = 3;

    /**
     * @param root the element to walk
     * @return its blocks in document order
     */
    List<RawBlock> walk(Element root) {
        Walk w = new Walk();
        NodeTraversor.filter(w, root);
        w.flush();
        return w.blocks;
    }

    private static final class Walk implements NodeFilter {
        final List<RawBlock> blocks = new ArrayList<>();
        final Deque<Element> stack = new ArrayDeque<>();
        final StringBuilder buf = new StringBuilder();
        int linkChars;
        int linkDepth;
        int preDepth;
        boolean pendingBreak;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                appendText(preDepth > 0 ? t.getWholeText() : t.text());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element el)) {
                return FilterResult.CONTINUE;
            }
            String tag = el.normalName();
            if (tag.equals("br")) {
                lineBreak();
                return FilterResult.CONTINUE;
            }
            if (tag.equals("a")) {
                linkDepth++;
            }
            if (tag.equals("table") && isDataTable(el)) {
                flush();
                String text = tableText(el);
                if (!text.isBlank()) {
                    blocks.add(new RawBlock(BlockKind.TABLE, text, el, 0));
                }
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                stack.push(el);
            }
            if (tag.equals("pre")) {
                preDepth++;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element el) {
                String tag = el.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                }
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    if (!stack.isEmpty() && stack.peek() == el) {
                        stack.pop();
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String raw) {
            if (raw.isEmpty()) {
                return;
            }
            String s = preDepth > 0 ? raw : collapse(raw);
            if (s.isBlank() && preDepth == 0) {
                if (buf.length() > 0 && buf.charAt(buf.length() - 1) != ' ' && buf.charAt(buf.length() - 1) != '\n') {
                    buf.append(' ');
                }
                return;
            }
            if (pendingBreak) {
                trimTrailingSpace();
                buf.append('\n');
                pendingBreak = false;
                if (s.startsWith(" ")) {
                    s = s.substring(1);
                }
            } else if (s.startsWith(" ") && (buf.length() == 0 || buf.charAt(buf.length() - 1) == ' ')) {
                s = s.substring(1);
            }
            buf.append(s);
            if (linkDepth > 0) {
                linkChars += s.strip().length();
            }
        }

        private void lineBreak() {
            if (isBlank(buf)) {
                pendingBreak = false;
                return;
            }
            if (pendingBreak) {
                pendingBreak = false;
                flush();
            } else {
                pendingBreak = true;
            }
        }

        private void trimTrailingSpace() {
            int n = buf.length();
            while (n > 0 && buf.charAt(n - 1) == ' ') {
                n--;
            }
            buf.setLength(n);
        }

        void flush() {
            pendingBreak = false;
            if (buf.length() == 0) {
                return;
            }
            String text = tidy(buf);
            buf.setLength(0);
            int links = linkChars;
            linkChars = 0;
            if (text.isEmpty()) {
                return;
            }
            Element owner = stack.peek();
            blocks.add(new RawBlock(kindOf(), text, owner, Math.min(links, text.length())));
        }

        private BlockKind kindOf() {
            int i = 0;
            for (Element e : stack) {
                if (i++ >= KIND_LOOKUP_DEPTH) {
                    break;
                }
                switch (e.normalName()) {
                    case "h1", "h2", "h3", "h4", "h5", "h6":
                        return BlockKind.HEADING;
                    case "li", "dd", "dt":
                        return BlockKind.LIST_ITEM;
                    case "pre":
                        return BlockKind.PRE;
                    case "blockquote":
                        return BlockKind.QUOTE;
                    default:
                        break;
                }
            }
            return BlockKind.PARAGRAPH;
        }
    }

    private static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Collapses runs of HTML whitespace and no-break spaces to one space. The ideographic space (U+3000) is
     * text in CJK headlines and stays.
     */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b' || c == '\u00a0'
                    || c == '\u2007' || c == '\u202f' || c == '\u2028' || c == '\u2029') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /** Strips each line and drops empty lines. */
    static String tidy(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.toString().split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(t);
            }
        }
        return out.toString();
    }

    static boolean isDataTable(Element table) {
        if (table.selectFirst("tr") == null) {
            return false;
        }
        for (Element d : table.getAllElements()) {
            if (d != table && LAYOUT_TABLE_MARKERS.contains(d.normalName())) {
                return false;
            }
        }
        return true;
    }

    static String tableText(Element table) {
        StringBuilder out = new StringBuilder();
        for (Element tr : table.select("tr")) {
            StringBuilder row = new StringBuilder();
            for (Element cell : tr.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    String t = collapse(cell.text()).strip();
                    if (!t.isEmpty()) {
                        if (row.length() > 0) {
                            row.append(CELL_SEPARATOR);
                        }
                        row.append(t);
                    }
                }
            }
            if (row.length() > 0) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(row);
            }
        }
        return out.toString();
    }
}
