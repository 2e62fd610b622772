package newsflow.ingest.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The base URI in force at an element of a feed (XML Base, W3C 2009; Atom, RFC 4287 §2): the document's own URL,
 * then every {@code xml:base} from the root down to the element itself, each resolved against the one above it.
 * Atom allows {@code xml:base} on any element and it nests (case C12: a feed base, then a relative entry base,
 * then a relative link). A base that is not a valid URI is skipped (the outer base stays in force).
 */
final class XmlBase {
    /** The namespace of the {@code xml:} prefix (always bound, XML Namespaces 1.0 §3). */
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private XmlBase() {
    }

    /**
     * @param element     the element whose base is wanted (the {@code link} element itself: its own
     *                    {@code xml:base} applies to its {@code href})
     * @param documentUrl the URL the feed was fetched from, or null
     * @return the absolute base URI, or {@code documentUrl} when no {@code xml:base} applies
     */
    static String at(Element element, String documentUrl) {
        Deque<String> bases = new ArrayDeque<>();
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            String b = e.getAttributeNS(XML_NS, "base");
            if (!b.isBlank()) {
                bases.push(b.strip());
            }
        }
        String base = documentUrl;
        while (!bases.isEmpty()) {
            String next = bases.pop();
            try {
                URI uri = base == null ? new URI(next) : new URI(base).resolve(new URI(next));
                if (uri.isAbsolute()) {
                    base = uri.toString();
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a URI reference: the outer base stays in force
            }
        }
        return base;
    }
}
