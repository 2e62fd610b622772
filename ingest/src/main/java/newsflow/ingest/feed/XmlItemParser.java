package newsflow.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses one item {@link XmlItemSplitter} cut out of a document, with the hardened StAX parser ({@link SecureXml}),
 * into a small {@link XmlNode} tree. The item is wrapped in an element that declares the namespaces its ancestors
 * declared and carries the base URI in force at it, so prefixes and relative links read as in the whole document
 * (XML Base, W3C 2009; Atom, RFC 4287 §2: {@code xml:base} nests, a base that is not a URI is skipped). The text
 * first goes through {@link FeedXmlRepair} (case C09: HTML entities, stray ampersands), so an item fails only when
 * its markup itself is broken.
 */
public final class XmlItemParser {
    /** The namespace of the {@code xml:} prefix (always bound, XML Namespaces 1.0 §3). */
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String WRAP = "newsflow-item";
    /** Items parsed in one parser pass at most (a broken one costs log2 of this in extra passes). */
    private static final int BATCH = 256;
    /**
     * Prefixes feeds and sitemaps often use without declaring them; declared on the wrapper with their usual
     * namespaces when the document did not declare them, so such an item still parses.
     */
    private static final Map<String, String> USUAL_PREFIXES = Map.of(
            "xhtml", "http://www.w3.org/1999/xhtml", "news", "http://www.google.com/schemas/sitemap-news/0.9",
            "image", "http://www.google.com/schemas/sitemap-image/1.1",
            "dc", "http://purl.org/dc/elements/1.1/", "content", "http://purl.org/rss/1.0/modules/content/",
            "atom", "http://www.w3.org/2005/Atom", "media", "http://search.yahoo.com/mrss/",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");

    /**
     * @param node     the item
     * @param repaired true when the lenient pre-pass changed the item's text
     */
    public record Parsed(XmlNode node, boolean repaired) {
    }

    private XmlItemParser() {
    }

    /**
     * @param chunk       a complete item
     * @param documentUrl the URL the document was fetched from (the outermost base), or null
     * @return the item element
     * @throws XMLStreamException when the item is not well-formed even after the pre-pass
     */
    public static Parsed parse(XmlItemSplitter.Chunk chunk, String documentUrl) throws XMLStreamException {
        List<Parsed> one = parseAll(List.of(chunk), documentUrl);
        if (one.get(0) == null) {
            throw new XMLStreamException("the item is not well-formed");
        }
        return one.get(0);
    }

    /**
     * Parses complete items, many in one parser pass while they read well (a parser per item costs more than the
     * item), halving a batch that fails until the broken items stand alone.
     *
     * @param chunks      complete items, in document order
     * @param documentUrl the URL the document was fetched from, or null
     * @return per chunk, its parsed item, or null when it is not well-formed even after the pre-pass
     */
    public static List<Parsed> parseAll(List<XmlItemSplitter.Chunk> chunks, String documentUrl) {
        List<Parsed> out = new ArrayList<>(chunks.size());
        List<FeedXmlRepair.Result> repaired = new ArrayList<>(chunks.size());
        for (XmlItemSplitter.Chunk c : chunks) {
            repaired.add(FeedXmlRepair.repair(c.xml()));
        }
        int from = 0;
        while (from < chunks.size()) {
            int to = from + 1;
            while (to < chunks.size() && to - from < BATCH && sameContext(chunks.get(from), chunks.get(to))) {
                to++;
            }
            batch(chunks, repaired, from, to, documentUrl, out);
            from = to;
        }
        return out;
    }

    private static boolean sameContext(XmlItemSplitter.Chunk a, XmlItemSplitter.Chunk b) {
        return a.namespaces().equals(b.namespaces()) && a.bases().equals(b.bases());
    }

    private static void batch(List<XmlItemSplitter.Chunk> chunks, List<FeedXmlRepair.Result> repaired, int from,
                              int to, String documentUrl, List<Parsed> out) {
        XmlItemSplitter.Chunk first = chunks.get(from);
        String base = documentUrl;
        for (String b : first.bases()) {
            base = resolveBase(base, b);
        }
        StringBuilder wrapped = new StringBuilder(256).append('<').append(WRAP);
        Map<String, String> namespaces = new HashMap<>(USUAL_PREFIXES);
        namespaces.putAll(first.namespaces());
        namespaces.forEach((prefix, uri) -> wrapped.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                .append("=\"").append(escapeAttr(uri)).append('"'));
        if (base != null) {
            wrapped.append(" xml:base=\"").append(escapeAttr(base)).append('"');
        }
        wrapped.append('>');
        for (int i = from; i < to; i++) {
            wrapped.append(repaired.get(i).xml());
        }
        wrapped.append("</").append(WRAP).append('>');
        List<XmlNode> items = null;
        try {
            items = read(wrapped.toString(), documentUrl).children();
        } catch (XMLStreamException e) {
            // one of them is broken: found by halving below
        }
        if (items != null && items.size() == to - from) {
            for (int i = from; i < to; i++) {
                out.add(new Parsed(items.get(i - from), repaired.get(i).repaired()));
            }
        } else if (to - from == 1) {
            out.add(null);
        } else {
            int mid = (from + to) >>> 1;
            batch(chunks, repaired, from, mid, documentUrl, out);
            batch(chunks, repaired, mid, to, documentUrl, out);
        }
    }

    /**
     * @param raw the raw inner text of an element (markup, entities, CDATA), or null
     * @return its text, entities decoded, or null when blank or unreadable
     */
    public static String text(String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return read("<t>" + FeedXmlRepair.repair(raw).xml() + "</t>", null).text();
        } catch (XMLStreamException e) {
            return null;
        }
    }

    private static XmlNode read(String xml, String documentUrl) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(xml);
        try {
            Deque<Builder> stack = new ArrayDeque<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String parentBase = stack.isEmpty() ? documentUrl : stack.peek().base;
                    Builder b = new Builder(r.getNamespaceURI(), r.getLocalName(), parentBase);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String value = r.getAttributeValue(i);
                        if (XML_NS.equals(r.getAttributeNamespace(i)) && r.getAttributeLocalName(i).equals("base")) {
                            b.base = resolveBase(b.base, value);
                        } else {
                            b.attrs.put(r.getAttributeLocalName(i), value);
                        }
                    }
                    stack.push(b);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    for (Builder b : stack) {
                        b.text.append(r.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    XmlNode done = stack.pop().build();
                    if (stack.isEmpty()) {
                        root = done;
                    } else {
                        stack.peek().children.add(done);
                    }
                }
            }
            if (root == null) {
                throw new XMLStreamException("no element");
            }
            return root;
        } finally {
            r.close();
        }
    }

    /**
     * @param base the base in force, or null
     * @param next an {@code xml:base} value
     * @return {@code next} resolved against {@code base}, or {@code base} when that gives no absolute URI
     */
    static String resolveBase(String base, String next) {
        try {
            URI uri = base == null ? new URI(next.strip()) : new URI(base).resolve(new URI(next.strip()));
            return uri.isAbsolute() ? uri.toString() : base;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return base; // not a URI reference: the outer base stays in force
        }
    }

    private static String escapeAttr(String v) {
        return v.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private static final class Builder {
        final String ns;
        final String name;
        final Map<String, String> attrs = new HashMap<>();
        final List<XmlNode> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        String base;

        Builder(String ns, String name, String base) {
            this.ns = ns == null ? "" : ns;
            this.name = name;
            this.base = base;
        }

        XmlNode build() {
            String t = text.toString().strip();
            return new XmlNode(ns, name, Map.copyOf(attrs), List.copyOf(children), t.isEmpty() ? null : t, base);
        }
    }
}
