package newsflow.ingest.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a feed or sitemap document into its items at the lexical level, so that each item is parsed on its own
 * (by {@link XmlItemParser}) and a broken item, or a document cut short, loses only what is broken. One pass over
 * the text: comments, CDATA sections, processing instructions and the DOCTYPE are skipped as units; outside the
 * items an element stack records the namespace declarations and {@code xml:base} attributes in force; an item is
 * an element whose local name is one of the given names ({@code item}, {@code entry}, {@code url},
 * {@code sitemap}) and runs to its end tag. Items never nest (RSS 2.0, RSS 1.0, RFC 4287 and the sitemaps protocol
 * agree), so a second item start tag before the end tag means the first item was never closed: it is cut there
 * and reported {@link Chunk#unclosed()}. An item the document ends inside is reported {@link Chunk#truncated()}.
 */
public final class XmlItemSplitter {
    /**
     * One item as it stood in the document.
     *
     * @param xml        the item's text, start tag to end tag (or to where it was cut)
     * @param namespaces prefix ({@code ""} for the default namespace) → namespace URI, declared by its ancestors
     * @param bases      the {@code xml:base} values of its ancestors, outermost first
     * @param unclosed   true when another item started before this one ended
     * @param truncated  true when the document ended inside this item
     */
    public record Chunk(String xml, Map<String, String> namespaces, List<String> bases, boolean unclosed,
                        boolean truncated) {
        /** @return true when the item's text is complete up to its end tag */
        public boolean complete() {
            return !unclosed && !truncated;
        }
    }

    /**
     * The document cut into items.
     *
     * @param root      the root element's local name, or null when the document has no element
     * @param rootNs    the root element's namespace URI, or null
     * @param doctype   the DOCTYPE's root name, lower case, or null
     * @param headTitle the raw inner text of the first {@code title} element outside the items whose parent is the
     *                  root or a {@code channel}, or null
     * @param chunks    the items, in document order
     * @param ended     true when the root element's end tag was seen (the document is not cut short)
     */
    public record Split(String root, String rootNs, String doctype, String headTitle, List<Chunk> chunks,
                        boolean ended) {
    }

    private record Open(String qname, Map<String, String> ns, String base) {
    }

    private static final int NOT_A_TAG = -2;
    private final String s;
    private final Set<String> itemNames;
    private final Deque<Open> stack = new ArrayDeque<>();
    private final List<Chunk> chunks = new ArrayList<>();
    private String root;
    private String rootNs;
    private String doctype;
    private String headTitle;
    private boolean ended;
    private int pos;

    private XmlItemSplitter(String text, Set<String> itemNames) {
        this.s = text;
        this.itemNames = itemNames;
    }

    /**
     * @param text      the decoded document
     * @param itemNames local names of the item elements
     * @return the document's items and what surrounds them
     */
    public static Split split(String text, Set<String> itemNames) {
        XmlItemSplitter x = new XmlItemSplitter(text, itemNames);
        x.run();
        return new Split(x.root, x.rootNs, x.doctype, x.headTitle, List.copyOf(x.chunks), x.ended);
    }

    private void run() {
        while (!ended) {
            int lt = s.indexOf('<', pos);
            if (lt < 0) {
                return;
            }
            pos = lt;
            if (skipMarkupDeclaration()) {
                continue;
            }
            int gt = tagEnd(lt);
            if (gt == NOT_A_TAG) {
                pos = lt + 1; // a lone '<' in text
                continue;
            }
            if (gt < 0) {
                return; // cut inside a tag
            }
            if (s.startsWith("</", lt)) {
                endTag(s.substring(lt + 2, gt).strip());
                pos = gt + 1;
                continue;
            }
            boolean selfClosing = s.charAt(gt - 1) == '/';
            String inner = s.substring(lt + 1, selfClosing ? gt - 1 : gt);
            String qname = nameOf(inner);
            if (qname.isEmpty()) {
                pos = lt + 1; // a lone '<' in text
                continue;
            }
            Map<String, String> attrs = attributes(inner.substring(qname.length()));
            if (itemNames.contains(local(qname)) && root != null) {
                item(lt, gt, qname, selfClosing);
                continue;
            }
            pos = gt + 1;
            startTag(qname, attrs, selfClosing);
        }
    }

    /** Skips a comment, CDATA section, processing instruction or DOCTYPE at {@code pos}; false when none is. */
    private boolean skipMarkupDeclaration() {
        if (s.startsWith("<!--", pos)) {
            pos = after("-->", pos + 4);
        } else if (s.startsWith("<![CDATA[", pos)) {
            pos = after("]]>", pos + 9);
        } else if (s.startsWith("<?", pos)) {
            pos = after("?>", pos + 2);
        } else if (s.regionMatches(true, pos, "<!DOCTYPE", 0, 9)) {
            int end = doctypeEnd(pos);
            String decl = s.substring(pos + 9, end < 0 ? s.length() : end).strip();
            doctype = nameOf(decl).toLowerCase(Locale.ROOT);
            pos = end < 0 ? s.length() : end + 1;
        } else {
            return false;
        }
        return true;
    }

    private int after(String marker, int from) {
        int i = s.indexOf(marker, from);
        return i < 0 ? s.length() : i + marker.length();
    }

    private int doctypeEnd(int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the index of the '>' closing the tag at {@code lt}, quotes respected; -1 when the document ends
     *         first; {@link #NOT_A_TAG} when another '<' comes first
     */
    private int tagEnd(int lt) {
        char quote = 0;
        for (int i = lt + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return NOT_A_TAG;
            }
        }
        return -1;
    }

    private void startTag(String qname, Map<String, String> attrs, boolean selfClosing) {
        Map<String, String> ns = new LinkedHashMap<>();
        attrs.forEach((k, v) -> {
            if (k.equals("xmlns")) {
                ns.put("", v);
            } else if (k.startsWith("xmlns:")) {
                ns.put(k.substring(6), v);
            }
        });
        if (root == null) {
            root = local(qname);
            String prefix = qname.contains(":") ? qname.substring(0, qname.indexOf(':')) : "";
            rootNs = ns.get(prefix);
        }
        Open parent = stack.peek();
        if (local(qname).equals("title") && headTitle == null && parent != null
                && (stack.size() == 1 || local(parent.qname()).equals("channel"))) {
            int close = s.indexOf("</" + qname, pos);
            if (close > 0) {
                headTitle = s.substring(pos, close);
            }
        }
        if (selfClosing) {
            return;
        }
        stack.push(new Open(qname, ns, attrs.get("xml:base")));
    }

    private void endTag(String qname) {
        for (Open o : stack) {
            if (o.qname().equals(qname)) {
                while (!stack.isEmpty() && !stack.pop().qname().equals(qname)) {
                    // unclosed elements between are closed with it
                }
                if (stack.isEmpty()) {
                    ended = true;
                }
                return;
            }
        }
        // a stray end tag outside any open element: ignored
    }

    private void item(int lt, int gt, String qname, boolean selfClosing) {
        Map<String, String> ns = new LinkedHashMap<>();
        List<String> bases = new ArrayList<>();
        for (var it = stack.descendingIterator(); it.hasNext(); ) {
            Open o = it.next();
            ns.putAll(o.ns());
            if (o.base() != null) {
                bases.add(o.base());
            }
        }
        if (selfClosing) {
            chunks.add(new Chunk(s.substring(lt, gt + 1), ns, bases, false, false));
            pos = gt + 1;
            return;
        }
        String close = "</" + qname;
        int i = gt + 1;
        while (true) {
            int next = s.indexOf('<', i);
            if (next < 0) {
                chunks.add(new Chunk(s.substring(lt), ns, bases, false, true));
                pos = s.length();
                return;
            }
            if (s.startsWith("<!--", next) || s.startsWith("<![CDATA[", next)) {
                String marker = s.startsWith("<!--", next) ? "-->" : "]]>";
                int end = s.indexOf(marker, next);
                int nextItem = nextItemStart(next + 4);
                if (end < 0 || nextItem >= 0 && nextItem < end) {
                    cut(lt, ns, bases, nextItem);
                    return;
                }
                i = end + marker.length();
            } else if (s.startsWith(close, next) && boundary(next + close.length())) {
                int end = s.indexOf('>', next);
                if (end < 0) {
                    chunks.add(new Chunk(s.substring(lt), ns, bases, false, true));
                    pos = s.length();
                    return;
                }
                chunks.add(new Chunk(s.substring(lt, end + 1), ns, bases, false, false));
                pos = end + 1;
                return;
            } else if (next + 1 < s.length() && isItemStart(next)) {
                cut(lt, ns, bases, next);
                return;
            } else {
                i = next + 1;
            }
        }
    }

    private void cut(int lt, Map<String, String> ns, List<String> bases, int nextItem) {
        if (nextItem < 0) {
            chunks.add(new Chunk(s.substring(lt), ns, bases, false, true));
            pos = s.length();
        } else {
            chunks.add(new Chunk(s.substring(lt, nextItem), ns, bases, true, false));
            pos = nextItem;
        }
    }

    private int nextItemStart(int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (isItemStart(i)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isItemStart(int lt) {
        if (lt + 1 >= s.length() || !isNameStart(s.charAt(lt + 1))) {
            return false;
        }
        int end = lt + 1;
        while (end < s.length() && isNameChar(s.charAt(end))) {
            end++;
        }
        return boundary(end) && itemNames.contains(local(s.substring(lt + 1, end)));
    }

    private boolean boundary(int i) {
        return i >= s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '>' || s.charAt(i) == '/';
    }

    private static String nameOf(String inner) {
        int end = 0;
        while (end < inner.length() && isNameChar(inner.charAt(end))) {
            end++;
        }
        return end > 0 && isNameStart(inner.charAt(0)) ? inner.substring(0, end) : "";
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '-' || c == '.';
    }

    static String local(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    /** Attributes of a start tag, values unescaped only as far as the tag needs (namespace URIs, bases). */
    private static Map<String, String> attributes(String rest) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < rest.length()) {
            while (i < rest.length() && !isNameStart(rest.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < rest.length() && isNameChar(rest.charAt(i))) {
                i++;
            }
            String name = rest.substring(nameStart, i);
            while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            if (name.isEmpty() || i >= rest.length() || rest.charAt(i) != '=') {
                continue;
            }
            i++;
            while (i < rest.length() && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            if (i >= rest.length() || rest.charAt(i) != '"' && rest.charAt(i) != '\'') {
                continue;
            }
            char q = rest.charAt(i);
            int end = rest.indexOf(q, i + 1);
            if (end < 0) {
                break;
            }
            out.put(name, rest.substring(i + 1, end).replace("&amp;", "&"));
            i = end + 1;
        }
        return out;
    }
}
