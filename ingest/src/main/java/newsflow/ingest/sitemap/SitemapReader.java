package newsflow.ingest.sitemap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLStreamException;
import newsflow.common.model.FeedItem;
import newsflow.ingest.feed.FeedDateParser;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParseException;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import newsflow.ingest.feed.XmlItemParser;
import newsflow.ingest.feed.XmlItemSplitter;
import newsflow.ingest.feed.XmlNode;

/**
 * Reads one sitemap document (sitemaps.org protocol 0.9: URL sets, sitemap indexes, text sitemaps, and RSS / Atom
 * feeds used as sitemaps) item by item, as feeds are read ({@link XmlItemSplitter}, {@link XmlItemParser}), so a
 * large document costs one small tree per {@code <url>}, a broken {@code <url>} or a cut tail loses only itself,
 * and the items complete before the byte cap count. A {@code <url>} becomes a {@link FeedItem}: the title is the
 * Google News {@code news:title} (the extension's elements are matched by local name, as its namespace varies between
 * versions); the date {@code news:publication_date}, else {@code lastmod} (W3C Datetime; a date
 * without a zone read as UTC), raw text kept. Each {@code <xhtml:link rel="alternate" hreflang="…" href="…">}
 * (Google's hreflang sitemap extension, {@code x-default} included; any namespace, sites bind {@code xhtml} to
 * several URIs) becomes an item of its own, linked to the
 * {@code <loc>} that listed it ({@link FeedItem#alternateOf()}, {@link FeedItem#hreflang()}), same date, no title
 * (the title is the original's language). Every URL is listed once: a {@code <loc>} that lists itself gets its
 * hreflang; a URL both listed as a {@code <loc>} and named as an alternate of an earlier {@code <loc>} keeps that
 * link, so a group of translations has one original, the first {@code <loc>} of the group in document order. An
 * index yields the URLs of its child sitemaps, which the caller fetches (politely, through robots) and reads in
 * turn. URLs on another host than the sitemap are kept; the caller decides what to fetch. A body starting with the
 * gzip magic bytes is decompressed first, whatever its content type says.
 */
public final class SitemapReader {
    private static final long MAX_INFLATED = 100L * 1024 * 1024;

    /**
     * @param items         the page items (alternates included), in document order
     * @param childSitemaps the sitemap URLs of an index (empty for a plain sitemap)
     * @param skipped       entries that could not be read, by reason ({@link ParsedFeed#MALFORMED},
     *                      {@link ParsedFeed#TRUNCATED})
     * @param truncated     true when the document ends before its root element does
     */
    public record Result(List<FeedItem> items, List<String> childSitemaps, Map<String, Integer> skipped,
                         boolean truncated) {
        /** Copies the collections. */
        public Result {
            items = List.copyOf(items);
            childSitemaps = List.copyOf(childSitemaps);
            skipped = Map.copyOf(skipped);
        }

        /** @return how many entries could not be read */
        public int skippedCount() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SitemapReader() {
    }

    /**
     * @param body        the sitemap bytes, possibly gzip-compressed, possibly cut at the byte cap
     * @param contentType the Content-Type header, or null
     * @param sitemapUrl  the absolute sitemap URL
     * @return items and child sitemaps
     * @throws IOException when the document is no sitemap: not XML nor a list of URLs, or an unknown root element
     */
    public static Result read(byte[] body, String contentType, String sitemapUrl) throws IOException {
        byte[] bytes = body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b ? gunzip(body) : body;
        String text = FeedParser.decode(bytes, contentType).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (!text.startsWith("<")) {
            Result listed = textSitemap(text);
            if (listed.items().isEmpty()) {
                throw new IOException("sitemap " + sitemapUrl + " is neither XML nor a list of URLs");
            }
            return listed;
        }
        XmlItemSplitter.Split split = XmlItemSplitter.split(text, Set.of("url", "sitemap"));
        String root = split.root() == null ? "" : split.root();
        switch (root) {
            case "urlset":
            case "sitemapindex":
                return entries(split, sitemapUrl, root.equals("sitemapindex"));
            case "rss":
            case "feed":
            case "RDF":
                return feed(bytes, contentType, sitemapUrl);
            default:
                throw new IOException("sitemap " + sitemapUrl + " has an unknown format: root element <" + root + ">");
        }
    }

    private static Result entries(XmlItemSplitter.Split split, String sitemapUrl, boolean index) {
        SitemapAlternates items = new SitemapAlternates();
        List<String> children = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        for (XmlItemSplitter.Chunk chunk : split.chunks()) {
            if (!chunk.complete()) {
                skipped.merge(chunk.truncated() ? ParsedFeed.TRUNCATED : ParsedFeed.MALFORMED, 1, Integer::sum);
                continue;
            }
            XmlNode node;
            try {
                node = XmlItemParser.parse(chunk, sitemapUrl).node();
            } catch (XMLStreamException e) {
                skipped.merge(ParsedFeed.MALFORMED, 1, Integer::sum);
                continue;
            }
            XmlNode locNode = node.child("loc");
            String loc = locNode == null ? null : FeedParser.resolve(locNode.base(), locNode.text());
            if (loc == null) {
                skipped.merge(ParsedFeed.MALFORMED, 1, Integer::sum);
            } else if (index || node.name().equals("sitemap")) {
                children.add(loc);
            } else {
                url(node, loc, items);
            }
        }
        return new Result(items.items(), children, skipped, !split.ended());
    }

    private static void url(XmlNode node, String loc, SitemapAlternates items) {
        String title = null;
        String raw = null;
        XmlNode news = node.child("news"); // any namespace: older news sitemaps use 0.84
        if (news != null) {
            title = news.childText("title");
            raw = news.childText("publication_date");
        }
        if (raw == null) {
            raw = node.childText("lastmod");
        }
        String date = FeedDateParser.parse(raw, ZoneOffset.UTC);
        String selfLang = null;
        List<String[]> alternates = new ArrayList<>();
        for (XmlNode link : node.all("link")) {
            String rel = link.attr("rel");
            String href = FeedParser.resolve(link.base(), link.attr("href"));
            if (rel == null || !rel.toLowerCase(Locale.ROOT).equals("alternate") || href == null) {
                continue;
            }
            String lang = link.attr("hreflang");
            if (href.equals(loc)) {
                selfLang = selfLang == null || "x-default".equalsIgnoreCase(selfLang) ? lang : selfLang;
            } else {
                alternates.add(new String[] {href, lang});
            }
        }
        items.loc(new FeedItem(loc, title, date, raw, false, null, selfLang));
        for (String[] a : alternates) {
            items.alternate(new FeedItem(a[0], null, date, raw, false, loc, a[1]));
        }
    }

    private static Result feed(byte[] body, String contentType, String sitemapUrl) throws IOException {
        ParsedFeed parsed;
        try {
            parsed = FeedParser.parse(body, contentType, sitemapUrl, ZoneOffset.UTC);
        } catch (FeedParseException e) {
            throw new IOException(e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (FeedEntry e : parsed.entries()) {
            if (e.link() != null) {
                items.add(e.toFeedItem(parsed.repaired()));
            }
        }
        return new Result(items, List.of(), parsed.skipped(), parsed.truncated());
    }

    private static Result textSitemap(String text) {
        List<FeedItem> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String url = line.strip();
            if (url.startsWith("http://") || url.startsWith("https://")) {
                items.add(new FeedItem(url, null, null, null, false));
            }
        }
        return new Result(items, List.of(), Map.of(), false);
    }

    /** Decompresses up to {@value #MAX_INFLATED} bytes; a cut stream yields what was decompressed before the cut. */
    private static byte[] gunzip(byte[] gz) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(gz.length * 4);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] buf = new byte[64 * 1024];
            for (int n = in.read(buf); n > 0 && out.size() < MAX_INFLATED; n = in.read(buf)) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // a cut or damaged stream: the bytes decompressed so far are read, their complete entries counted
        }
        return out.toByteArray();
    }
}
