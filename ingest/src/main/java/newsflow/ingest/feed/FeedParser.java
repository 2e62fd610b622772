package newsflow.ingest.feed;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsflow.ingest.charset.CharsetSniffer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed documents into {@link FeedEntry feed entries}. XML goes
 * through {@link FeedXmlRepair} (case C09) and then the hardened JDK parser ({@link SecureXml}); JSON goes to
 * {@link JsonFeedParser}. Precedences, fixed once (case C11):
 * <ul>
 *   <li>RSS 2.0 link: {@code link}, else a {@code guid} not marked {@code isPermaLink="false"}; date:
 *       {@code pubDate}, else {@code dc:date}.</li>
 *   <li>RSS 1.0 link: {@code link}, else {@code rdf:about}; date: {@code dc:date} (the RSS 1.0 date), else
 *       {@code pubDate}.</li>
 *   <li>Atom link: the {@code link} with {@code rel="alternate"} or no rel; date: {@code published}, else
 *       {@code updated}.</li>
 * </ul>
 * Relative links are resolved against the base in force at the link: the feed URL, then the nested
 * {@code xml:base} attributes ({@link XmlBase}, case C12).
 */
public final class FeedParser {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private FeedParser() {
    }

    /**
     * @param body        the feed bytes
     * @param contentType the Content-Type header, or null
     * @param feedUrl     the absolute feed URL (base for relative links)
     * @param sourceZone  the source's time zone for dates without one, or null
     * @return the parsed feed
     * @throws FeedParseException when the document is neither a feed in a known format nor repairable XML
     */
    public static ParsedFeed parse(byte[] body, String contentType, String feedUrl, ZoneId sourceZone)
            throws FeedParseException {
        String text = decode(body, contentType);
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return JsonFeedParser.parse(trimmed, feedUrl, sourceZone);
        }
        FeedXmlRepair.Result repaired = FeedXmlRepair.repair(trimmed);
        Document doc;
        try {
            doc = SecureXml.parse(repaired.xml());
        } catch (SAXException e) {
            throw new FeedParseException("feed " + feedUrl + " is not well-formed XML after repair: "
                    + e.getMessage(), e);
        }
        Element root = doc.getDocumentElement();
        String name = local(root);
        switch (name) {
            case "rss":
                return new ParsedFeed(FeedFormat.RSS2, childText(firstChild(root, "channel"), "title"),
                        rssItems(root, feedUrl, sourceZone, false), repaired.repaired());
            case "RDF":
                return new ParsedFeed(FeedFormat.RSS1, childText(firstChild(root, "channel"), "title"),
                        rssItems(root, feedUrl, sourceZone, true), repaired.repaired());
            case "feed":
                return new ParsedFeed(FeedFormat.ATOM, childText(root, "title"),
                        atomEntries(root, feedUrl, sourceZone), repaired.repaired());
            default:
                throw new FeedParseException("feed " + feedUrl + " has unknown root element <" + name + ">");
        }
    }

    /** Decodes XML: BOM, then the Content-Type charset (RFC 7303), then the XML declaration, then UTF-8. */
    static String decode(byte[] body, String contentType) {
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, contentType);
        if (!d.via().equals("default") && !d.via().equals("meta")) {
            return d.text();
        }
        String head = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._\\-]+)").matcher(head);
        if (m.find()) {
            java.nio.charset.Charset cs = CharsetSniffer.forLabel(m.group(1));
            if (cs != null) {
                return new String(body, cs);
            }
        }
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<FeedEntry> rssItems(Element root, String feedUrl, ZoneId zone, boolean rdf) {
        List<FeedEntry> out = new ArrayList<>();
        for (Element item : descendants(root, "item")) {
            Element linkElement = firstChild(item, "link");
            String link = childText(item, "link");
            String base = XmlBase.at(linkElement != null ? linkElement : item, feedUrl);
            if (link == null && rdf) {
                link = emptyToNull(item.getAttributeNS(RDF, "about"));
            }
            if (link == null && !rdf) {
                Element guid = firstChild(item, "guid");
                if (guid != null && !"false".equalsIgnoreCase(guid.getAttribute("isPermaLink"))) {
                    link = text(guid);
                }
            }
            String pubDate = childText(item, "pubDate");
            String dcDate = childTextNs(item, DC, "date");
            String raw = rdf ? firstNonNull(dcDate, pubDate) : firstNonNull(pubDate, dcDate);
            String summary = firstNonNull(childText(item, "description"), childText(item, "encoded"));
            out.add(new FeedEntry(resolve(base, link), childText(item, "title"), summary,
                    FeedDateParser.parse(raw, zone), raw));
        }
        return out;
    }

    private static List<FeedEntry> atomEntries(Element root, String feedUrl, ZoneId zone) {
        List<FeedEntry> out = new ArrayList<>();
        for (Element entry : children(root, "entry")) {
            String link = null;
            String base = feedUrl;
            for (Element l : children(entry, "link")) {
                String rel = l.getAttribute("rel");
                if (rel.isEmpty() || rel.equals("alternate")) {
                    link = emptyToNull(l.getAttribute("href"));
                    base = XmlBase.at(l, feedUrl);
                    break;
                }
            }
            String raw = firstNonNull(childText(entry, "published"), childText(entry, "updated"));
            String summary = firstNonNull(childText(entry, "summary"), childText(entry, "content"));
            out.add(new FeedEntry(resolve(base, link), childText(entry, "title"), summary,
                    FeedDateParser.parse(raw, zone), raw));
        }
        return out;
    }

    static String resolve(String base, String link) {
        if (link == null) {
            return null;
        }
        try {
            return base == null ? link : URI.create(base).resolve(link.trim().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link.trim();
        }
    }

    private static String local(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && local(n).equals(localName)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        NodeList all = root.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static Element firstChild(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    private static String childText(Element parent, String localName) {
        Element e = firstChild(parent, localName);
        return e == null ? null : text(e);
    }

    private static String childTextNs(Element parent, String ns, String localName) {
        for (Element e : children(parent, localName)) {
            if (ns.equals(e.getNamespaceURI())) {
                return text(e);
            }
        }
        return null;
    }

    private static String text(Element e) {
        return emptyToNull(e.getTextContent().strip());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** @return the lower-cased local name, for format sniffing in logs */
    static String describe(Element e) {
        return local(e).toLowerCase(Locale.ROOT);
    }
}
