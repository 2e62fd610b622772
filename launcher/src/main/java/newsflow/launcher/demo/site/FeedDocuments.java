package newsflow.launcher.demo.site;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders the announcement documents of a site: RSS 2.0 (rssboard.org/rss-specification, dates in RFC 822 form
 * with the item's own offset), Atom (RFC 4287, RFC 3339 dates) and the sitemap protocol 0.9
 * (sitemaps.org/protocol.html, W3C datetime {@code lastmod}). Items are written newest first.
 */
final class FeedDocuments {
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final Comparator<FeedEntry> NEWEST_FIRST =
            Comparator.comparing((FeedEntry e) -> e.published() == null ? null : e.published().toInstant(),
                    Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                    .thenComparing(FeedEntry::url);

    /**
     * Channel-level facts shared by the documents.
     *
     * @param title       feed title (the site name)
     * @param description channel description
     * @param siteUrl     the site's home URL
     * @param selfUrl     the URL the document itself is served at
     */
    record Channel(String title, String description, String siteUrl, String selfUrl) {
    }

    private FeedDocuments() {
    }

    /** @return the latest {@code published} of the entries, or {@code fallback} when there are none */
    static OffsetDateTime latest(List<FeedEntry> entries, OffsetDateTime fallback) {
        return entries.stream().map(FeedEntry::published).filter(Objects::nonNull).max(Comparator.comparing(OffsetDateTime::toInstant))
                .orElse(fallback);
    }

    /**
     * @param channel the channel facts
     * @param entries the items
     * @param updated the channel's lastBuildDate
     * @return an RSS 2.0 document (UTF-8 declared)
     */
    static String rss(Channel channel, List<FeedEntry> entries, OffsetDateTime updated) {
        return write(w -> {
            w.writeStartElement("rss");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("atom", ATOM_NS);
            w.writeNamespace("dc", DC_NS);
            w.writeStartElement("channel");
            text(w, "title", channel.title());
            text(w, "link", channel.siteUrl());
            text(w, "description", channel.description());
            text(w, "lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(updated));
            w.writeEmptyElement("atom", "link", ATOM_NS);
            w.writeAttribute("href", channel.selfUrl());
            w.writeAttribute("rel", "self");
            w.writeAttribute("type", "application/rss+xml");
            for (FeedEntry entry : sorted(entries)) {
                w.writeCharacters("\n");
                w.writeStartElement("item");
                text(w, "title", entry.title());
                text(w, "link", entry.url());
                w.writeStartElement("guid");
                w.writeAttribute("isPermaLink", "true");
                w.writeCharacters(entry.url());
                w.writeEndElement();
                if (entry.published() != null) {
                    text(w, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(entry.published()));
                }
                if (entry.author() != null) {
                    w.writeStartElement("dc", "creator", DC_NS);
                    w.writeCharacters(entry.author());
                    w.writeEndElement();
                }
                if (entry.summary() != null) {
                    text(w, "description", entry.summary());
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    /**
     * @param channel the feed facts ({@code selfUrl} is also the feed id)
     * @param entries the entries
     * @param updated the feed's {@code updated}
     * @return an Atom document
     */
    static String atom(Channel channel, List<FeedEntry> entries, OffsetDateTime updated) {
        return write(w -> {
            w.setDefaultNamespace(ATOM_NS);
            w.writeStartElement(ATOM_NS, "feed");
            w.writeDefaultNamespace(ATOM_NS);
            text(w, "title", channel.title());
            text(w, "subtitle", channel.description());
            text(w, "id", channel.selfUrl());
            text(w, "updated", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updated));
            link(w, "self", channel.selfUrl());
            link(w, "alternate", channel.siteUrl());
            w.writeStartElement("author");
            text(w, "name", channel.title());
            w.writeEndElement();
            for (FeedEntry entry : sorted(entries)) {
                w.writeCharacters("\n");
                w.writeStartElement("entry");
                text(w, "title", entry.title());
                text(w, "id", entry.url());
                link(w, "alternate", entry.url());
                // RFC 4287 requires atom:updated; an undated entry takes the feed's own
                OffsetDateTime when = entry.published() == null ? updated : entry.published();
                if (entry.published() != null) {
                    text(w, "published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when));
                }
                text(w, "updated", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when));
                if (entry.author() != null) {
                    w.writeStartElement("author");
                    text(w, "name", entry.author());
                    w.writeEndElement();
                }
                if (entry.summary() != null) {
                    text(w, "summary", entry.summary());
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    /**
     * @param entries the pages
     * @return a sitemap {@code urlset} with {@code loc} and {@code lastmod} per page
     */
    static String sitemap(List<FeedEntry> entries) {
        return write(w -> {
            w.setDefaultNamespace(SITEMAP_NS);
            w.writeStartElement(SITEMAP_NS, "urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (FeedEntry entry : sorted(entries)) {
                w.writeCharacters("\n");
                w.writeStartElement("url");
                text(w, "loc", entry.url());
                if (entry.published() != null) {
                    text(w, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.published()));
                }
                w.writeEndElement();
            }
            w.writeCharacters("\n");
            w.writeEndElement();
        });
    }

    private static List<FeedEntry> sorted(List<FeedEntry> entries) {
        return entries.stream().sorted(NEWEST_FIRST).toList();
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = FACTORY.createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.writeCharacters("\n");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed XML", e);
        }
        return out.append('\n').toString();
    }
}
