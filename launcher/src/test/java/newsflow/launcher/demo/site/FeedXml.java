package newsflow.launcher.demo.site;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Test helper: reads the URLs a feed or sitemap announces, with a namespace-aware DOM parser. */
final class FeedXml {
    private FeedXml() {
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    /** @return RSS 2.0 item links, in document order */
    static List<String> rssLinks(Document doc) {
        return texts(doc.getElementsByTagNameNS("", "link"), "item");
    }

    /** @return Atom entry alternate-link hrefs, in document order */
    static List<String> atomLinks(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList links = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if ("entry".equals(link.getParentNode().getLocalName()) && "alternate".equals(link.getAttribute("rel"))) {
                out.add(link.getAttribute("href"));
            }
        }
        return out;
    }

    /** @return sitemap {@code loc} values, in document order */
    static List<String> sitemapLocs(Document doc) {
        return texts(doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc"), "url");
    }

    private static List<String> texts(NodeList nodes, String parent) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (parent.equals(nodes.item(i).getParentNode().getLocalName())) {
                out.add(nodes.item(i).getTextContent().trim());
            }
        }
        return out;
    }
}
