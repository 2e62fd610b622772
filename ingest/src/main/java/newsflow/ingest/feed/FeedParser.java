package newsflow.ingest.feed;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import newsflow.ingest.charset.CharsetSniffer;
import newsflow.ingest.charset.XmlDeclaration;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed documents into {@link FeedEntry feed entries}, item by item, so a
 * broken item or a document cut short loses only what is broken: XML is cut into items
 * ({@link XmlItemSplitter}) and each item parsed on its own with the hardened JDK StAX parser
 * ({@link XmlItemParser}, {@link SecureXml}) after the lenient pre-pass ({@link FeedXmlRepair}, case C09); JSON goes
 * to Jackson's streaming parser ({@link JsonFeedParser}). An HTML page given as a feed is recognised as such
 * ({@link FeedFormat#HTML}) and its {@code <link rel="alternate">} feeds listed ({@link FeedAutodiscovery}).
 * Precedences, fixed once (case C11):
 * <ul>
 *   <li>RSS 2.0 link: {@code link}, else a {@code guid} not marked {@code isPermaLink="false"}; date:
 *       {@code pubDate}, else {@code dc:date}.</li>
 *   <li>RSS 1.0 link: {@code link}, else {@code rdf:about}; date: {@code dc:date} (the RSS 1.0 date), else
 *       {@code pubDate}.</li>
 *   <li>Atom link: the {@code link} with {@code rel="alternate"} or no rel; date: {@code published}, else
 *       {@code updated}.</li>
 * </ul>
 * Relative links are resolved against the base in force at the link: the feed URL, then the nested
 * {@code xml:base} attributes (case C12).
 */
public final class FeedParser {
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final Set<String> ITEMS = Set.of("item", "entry");
    private static final Set<String> HTML_ROOTS = Set.of("html", "head", "body");

    private FeedParser() {
    }

    /**
     * @param body        the feed bytes (possibly cut at the byte cap: the items complete so far are read)
     * @param contentType the Content-Type header, or null
     * @param feedUrl     the absolute feed URL (base for relative links)
     * @param sourceZone  the source's time zone for dates without one, or null
     * @return the parsed feed, or the feed links of an HTML page
     * @throws FeedParseException when the document is empty, not XML or JSON, or XML with an unknown root element
     */
    public static ParsedFeed parse(byte[] body, String contentType, String feedUrl, ZoneId sourceZone)
            throws FeedParseException {
        String text = decode(body, contentType).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw new FeedParseException("feed " + feedUrl + " is empty");
        }
        if (text.startsWith("{")) {
            return JsonFeedParser.parse(text, feedUrl, sourceZone);
        }
        XmlItemSplitter.Split split = XmlItemSplitter.split(text, ITEMS);
        String root = split.root() == null ? null : split.root().toLowerCase(Locale.ROOT);
        boolean htmlType = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
        if (root != null && HTML_ROOTS.contains(root) || "html".equals(split.doctype())
                || htmlType && !"rss".equals(root) && !"rdf".equals(root) && !"feed".equals(root)) {
            return new ParsedFeed(FeedFormat.HTML, null, List.of(), false, Map.of(), false,
                    FeedAutodiscovery.feedLinks(text, feedUrl));
        }
        if (root == null) {
            throw new FeedParseException("feed " + feedUrl + " is neither XML nor JSON (it starts with \""
                    + text.substring(0, Math.min(40, text.length())).replaceAll("\\s+", " ") + "\")");
        }
        FeedFormat format = switch (split.root()) {
            case "rss" -> FeedFormat.RSS2;
            case "RDF" -> FeedFormat.RSS1;
            case "feed" -> FeedFormat.ATOM;
            default -> throw new FeedParseException("feed " + feedUrl + " has unknown root element <"
                    + split.root() + ">");
        };
        return items(split, format, feedUrl, sourceZone);
    }

    private static ParsedFeed items(XmlItemSplitter.Split split, FeedFormat format, String feedUrl, ZoneId zone) {
        List<FeedEntry> entries = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        boolean repaired = false;
        List<XmlItemSplitter.Chunk> complete = new ArrayList<>();
        for (XmlItemSplitter.Chunk chunk : split.chunks()) {
            if (chunk.complete()) {
                complete.add(chunk);
            } else {
                skipped.merge(chunk.truncated() ? ParsedFeed.TRUNCATED : ParsedFeed.MALFORMED, 1, Integer::sum);
            }
        }
        for (XmlItemParser.Parsed p : XmlItemParser.parseAll(complete, feedUrl)) {
            if (p == null) {
                skipped.merge(ParsedFeed.MALFORMED, 1, Integer::sum);
                continue;
            }
            repaired |= p.repaired();
            entries.add(format == FeedFormat.ATOM ? atomEntry(p.node(), zone)
                    : rssEntry(p.node(), zone, format == FeedFormat.RSS1));
        }
        return new ParsedFeed(format, XmlItemParser.text(split.headTitle()), entries, repaired, skipped,
                !split.ended(), List.of());
    }

    /**
     * Decodes XML: BOM, then the Content-Type charset (RFC 7303), then the XML declaration, then UTF-8.
     *
     * @param body        the document bytes
     * @param contentType the Content-Type header, or null
     * @return the text
     */
    public static String decode(byte[] body, String contentType) {
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, contentType);
        if (!d.via().equals("default") && !d.via().equals("meta")) {
            return d.text();
        }
        String label = XmlDeclaration.encodingLabel(body);
        if (label != null) {
            Charset cs = CharsetSniffer.forLabel(label);
            if (cs != null) {
                return new String(body, cs);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    private static FeedEntry rssEntry(XmlNode item, ZoneId zone, boolean rdf) {
        XmlNode linkNode = item.child("link");
        String link = linkNode == null ? null : linkNode.text();
        String base = linkNode != null ? linkNode.base() : item.base();
        if (link == null && rdf) {
            link = item.attr("about");
        }
        if (link == null && !rdf) {
            XmlNode guid = item.child("guid");
            if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
                link = guid.text();
                base = guid.base();
            }
        }
        String pubDate = item.childText("pubDate");
        XmlNode dc = item.child(DC, "date");
        String dcDate = dc == null ? null : dc.text();
        String raw = rdf ? firstNonNull(dcDate, pubDate) : firstNonNull(pubDate, dcDate);
        String summary = firstNonNull(item.childText("description"), item.childText("encoded"));
        return new FeedEntry(resolve(base, link), item.childText("title"), summary, FeedDateParser.parse(raw, zone),
                raw);
    }

    private static FeedEntry atomEntry(XmlNode entry, ZoneId zone) {
        String link = null;
        String base = entry.base();
        for (XmlNode l : entry.all("link")) {
            String rel = l.attr("rel");
            if (rel == null || rel.equals("alternate")) {
                link = l.attr("href");
                base = l.base();
                break;
            }
        }
        String raw = firstNonNull(entry.childText("published"), entry.childText("updated"));
        String summary = firstNonNull(entry.childText("summary"), entry.childText("content"));
        return new FeedEntry(resolve(base, link), entry.childText("title"), summary, FeedDateParser.parse(raw, zone),
                raw);
    }

    /**
     * @param base an absolute base URI, or null
     * @param link a link as the document gave it, or null
     * @return the link resolved against the base (spaces encoded), the link trimmed when it is not a URI
     *         reference, or null
     */
    public static String resolve(String base, String link) {
        if (link == null) {
            return null;
        }
        try {
            return base == null ? link : URI.create(base).resolve(link.trim().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return link.trim();
        }
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
