package newsflow.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a feed or sitemap item, as {@link XmlItemParser} read it: small trees, one item at a time (never
 * a whole document).
 *
 * @param ns       the namespace URI, or {@code ""}
 * @param name     the local name
 * @param attrs    attributes by local name ({@code rdf:about} is {@code about}), values unescaped
 * @param children the child elements in document order
 * @param text     the text of the element and all its descendants, stripped, or null when blank
 * @param base     the absolute base URI in force at this element (XML Base: the document URL, then every
 *                 {@code xml:base} down to the element itself), or null when none is known
 */
public record XmlNode(String ns, String name, Map<String, String> attrs, List<XmlNode> children, String text,
                      String base) {
    /**
     * @param local a local name
     * @return the first child of that local name (any namespace), or null
     */
    public XmlNode child(String local) {
        for (XmlNode c : children) {
            if (c.name.equals(local)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param namespace a namespace URI
     * @param local     a local name
     * @return the first child of that name in that namespace, or null
     */
    public XmlNode child(String namespace, String local) {
        for (XmlNode c : children) {
            if (c.name.equals(local) && c.ns.equals(namespace)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param local a local name
     * @return every child of that local name, in order
     */
    public List<XmlNode> all(String local) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(local)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * @param local a local name
     * @return the text of the first child of that name, or null
     */
    public String childText(String local) {
        XmlNode c = child(local);
        return c == null ? null : c.text;
    }

    /**
     * @param name an attribute's local name
     * @return its value stripped, or null when absent or blank
     */
    public String attr(String name) {
        String v = attrs.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
