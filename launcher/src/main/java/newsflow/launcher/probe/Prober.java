package newsflow.launcher.probe;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import newsflow.common.model.Edition;
import newsflow.common.model.FeedItem;
import newsflow.common.model.RawPage;
import newsflow.common.model.SourceHints;
import newsflow.enrich.pipeline.EnrichResult;
import newsflow.enrich.pipeline.Enricher;
import newsflow.ingest.app.FetchClients;
import newsflow.ingest.app.IngestConfig;
import newsflow.ingest.charset.CharsetSniffer;
import newsflow.ingest.charset.XmlDeclaration;
import newsflow.ingest.feed.FeedEntry;
import newsflow.ingest.feed.FeedParseException;
import newsflow.ingest.feed.FeedParser;
import newsflow.ingest.feed.ParsedFeed;
import newsflow.ingest.fetch.FetchRefusedException;
import newsflow.ingest.fetch.FetchResponse;
import newsflow.ingest.fetch.HttpFetcher;
import newsflow.ingest.poll.FeedCadence;
import newsflow.ingest.poll.PollInterval;
import newsflow.ingest.robots.RobotsCache;
import newsflow.ingest.robots.RobotsDecision;
import newsflow.ingest.sitemap.SitemapReader;
import newsflow.ingest.source.SourcesFileReader;
import newsflow.launcher.batch.PageFiles;
import org.jsoup.nodes.Document;

/**
 * Runs ingest's own parts on one URL or file, without Kafka: the fetcher and robots.txt cache of the ingest
 * configuration ({@link FetchClients}: address guard, user agent, caps, redirects), then by the document's kind
 * the {@link FeedParser}, the {@link SitemapReader} or, for a page, {@link CharsetSniffer#sniff} and the enrich
 * pipeline in-process ({@link Enricher#enrichAlone}). A thin caller: every decision is the ingest or enrich
 * class's own.
 */
final class Prober {
    private final IngestConfig ingest;
    private final Supplier<Enricher> enricher;
    private final Clock clock;

    /**
     * @param ingest   the ingest configuration (fetcher, robots.txt cache, caps)
     * @param enricher makes the enrich pipeline, asked only for a page (it loads the language models)
     * @param clock    the time of the fetch
     */
    Prober(IngestConfig ingest, Supplier<Enricher> enricher, Clock clock) {
        this.ingest = ingest;
        this.enricher = enricher;
        this.clock = clock;
    }

    /**
     * @param target an http(s) URL, or a file (a {@code .gz} file is unpacked)
     * @return the report
     * @throws IOException when the file cannot be read or the URL cannot be reached
     */
    ProbeReport probe(String target) throws IOException {
        if (target.startsWith("http://") || target.startsWith("https://")) {
            return url(target);
        }
        Path file = Path.of(target);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file, and not an http(s) URL: " + target);
        }
        return document(target, file.toAbsolutePath().toUri().toString(), PageFiles.bytes(file), null, null, null,
                new ArrayList<>(), null);
    }

    private ProbeReport url(String url) throws IOException {
        HttpFetcher fetcher = FetchClients.fetcher(ingest);
        RobotsCache robots = FetchClients.robots(ingest, fetcher, clock);
        RobotsDecision decision = robots.decide(url);
        ProbeReport.Robots verdict = new ProbeReport.Robots(decision.verdict().name().toLowerCase(Locale.ROOT),
                decision.crawlDelayMs() > 0 ? decision.crawlDelayMs() : null);
        long cap = Math.max(ingest.getLong(IngestConfig.MAX_BODY_BYTES), ingest.getLong(IngestConfig.MAX_FEED_BYTES));
        FetchResponse r;
        try {
            r = fetcher.fetch(url, Map.of(), hop -> {
                RobotsDecision d = robots.decide(hop);
                if (d.verdict() != RobotsDecision.Verdict.ALLOWED) {
                    throw new FetchRefusedException("robots-" + d.verdict().name().toLowerCase(Locale.ROOT),
                            hop + " is not allowed by robots.txt");
                }
            }, cap);
        } catch (FetchRefusedException e) {
            ProbeReport.Fetch f = new ProbeReport.Fetch(url, null, 0, 0, null, null, 0, verdict, e.reason());
            return new ProbeReport(url, "not-fetched", f, null, null, null, null, null, List.of(e.getMessage()));
        } catch (HttpTimeoutException e) {
            throw new IOException("timed out fetching " + url + " (ingest would retry later)", e);
        }
        String contentType = r.decodedContentType(); // a gzip document the fetcher unpacked names what it is
        ProbeReport.Fetch f = new ProbeReport.Fetch(url, r.finalUrl(), r.status(), r.redirects(),
                r.header("content-type").orElse(null), r.coding(), r.body().length, verdict, null);
        List<String> notes = new ArrayList<>();
        if (r.truncated()) {
            notes.add("the body is longer than the cap (" + cap + " bytes decoded): ingest keeps a text page cut "
                    + "there, marked truncated, and reads a feed up to it");
        }
        if (r.status() < 200 || r.status() >= 300) {
            notes.add("HTTP " + r.status() + ": ingest would " + (newsflow.ingest.fetch.RetryPolicy.RETRYABLE
                    .contains(r.status()) ? "retry later" : "dead-letter the page as http-" + r.status()));
            return new ProbeReport(url, "not-fetched", f, null, null, null, null, null, notes);
        }
        return document(url, r.finalUrl(), r.body(), contentType, f, r.header("cache-control").orElse(null), notes,
                robots);
    }

    private ProbeReport document(String target, String url, byte[] received, String contentType,
                                 ProbeReport.Fetch fetch, String cacheControl, List<String> notes, RobotsCache robots)
            throws IOException {
        ItemVerdicts verdicts = new ItemVerdicts(robots, url);
        byte[] body = received;
        byte[] unpacked = DocumentKind.gunzip(received, ingest.getLong(IngestConfig.MAX_FEED_BYTES));
        if (unpacked != null) {
            body = unpacked;
            notes.add("the body is gzip (magic bytes 1f 8b): " + received.length + " bytes unpack to " + body.length);
            if (fetch != null) {
                fetch = new ProbeReport.Fetch(fetch.url(), fetch.finalUrl(), fetch.status(), fetch.redirects(),
                        fetch.contentType(), fetch.contentCoding() + ", gzip (magic bytes)", fetch.bytes(),
                        fetch.robots(), null);
            }
        }
        DocumentKind kind = DocumentKind.of(body, contentType);
        ProbeReport.Poll poll = kind == DocumentKind.FEED || kind == DocumentKind.SITEMAP
                ? poll(body, cacheControl) : null;
        switch (kind) {
            case FEED:
                return new ProbeReport(target, kind.wireName(), fetch, xmlEncoding(body, contentType),
                        feed(body, contentType, url, notes, verdicts), null, null, poll, notes);
            case SITEMAP:
                return new ProbeReport(target, kind.wireName(), fetch, xmlEncoding(body, contentType), null,
                        sitemap(body, contentType, url, notes, verdicts), null, poll, notes);
            case PAGE:
                CharsetSniffer.Decoded d = CharsetSniffer.sniff(body, contentType);
                ProbeReport.Encoding enc = new ProbeReport.Encoding(d.charset(), d.source().wireName(),
                        d.uncertain(), d.declared(), d.undecodable());
                if (d.undecodable()) {
                    notes.add("undecodable: ingest would dead-letter it (" + d.undecodableDetail(body) + ")");
                    return new ProbeReport(target, kind.wireName(), fetch, enc, null, null, null, null, notes);
                }
                return new ProbeReport(target, kind.wireName(), fetch, enc, null, null,
                        page(url, contentType, d, fetch == null ? 200 : fetch.status(), notes), null, notes);
            default:
                notes.add("neither a feed, a sitemap nor an HTML page (Content-Type " + contentType
                        + "): ingest would dead-letter a page of it as non-html, or fail a poll of it");
                return new ProbeReport(target, kind.wireName(), fetch, null, null, null, null, null, notes);
        }
    }

    /**
     * The adaptive re-poll ({@link PollInterval}, {@link FeedCadence}) for a new source with the sources file's
     * default interval: the first poll, and the next after this read (every item of a new source is new).
     */
    private ProbeReport.Poll poll(byte[] body, String cacheControl) {
        Duration source = Duration.parse(SourcesFileReader.DEFAULT_POLL);
        PollInterval intervals = ingest.pollInterval();
        Duration first = intervals.initial(null, source);
        Duration declared = FeedCadence.read(body, cacheControl).floor();
        Duration next = intervals.next(first, source, true, declared);
        return new ProbeReport.Poll(first.toString(), next.toString(), declared == null ? null : declared.toString(),
                cacheControl);
    }

    /** The charset of an XML document as FeedParser decides it: BOM, header, XML declaration, UTF-8. */
    private static ProbeReport.Encoding xmlEncoding(byte[] body, String contentType) {
        CharsetSniffer.Decoded d = CharsetSniffer.decode(body, contentType);
        String declared = XmlDeclaration.encodingLabel(body);
        boolean prolog = (d.via().equals("default") || d.via().equals("meta")) && declared != null
                && CharsetSniffer.forLabel(declared) != null;
        return prolog ? new ProbeReport.Encoding(CharsetSniffer.forLabel(declared).name(), "xml_prolog", false, null,
                false) : new ProbeReport.Encoding(d.charset(), d.source().wireName(), false, d.declared(), false);
    }

    private static ProbeReport.FeedSummary feed(byte[] body, String contentType, String url, List<String> notes,
                                                ItemVerdicts verdicts) {
        try {
            ParsedFeed parsed = FeedParser.parse(body, contentType, url, null);
            List<ProbeReport.Item> items = new ArrayList<>();
            for (FeedEntry e : parsed.entries()) {
                items.add(new ProbeReport.Item(e.link(), e.title(), e.published(), e.rawPubDate(),
                        verdicts.of(e.link())));
            }
            if (parsed.repaired()) {
                notes.add("the feed is not well-formed XML: it was read after the lenient repair (case C09)");
            }
            return new ProbeReport.FeedSummary(parsed.format().wireName(), parsed.title(), parsed.repaired(), items);
        } catch (FeedParseException e) {
            notes.add("unreadable feed: " + e.getMessage());
            return null;
        }
    }

    private static ProbeReport.SitemapSummary sitemap(byte[] body, String contentType, String url,
                                                      List<String> notes, ItemVerdicts verdicts) {
        try {
            SitemapReader.Result result = SitemapReader.read(body, contentType, url);
            List<ProbeReport.Item> items = new ArrayList<>();
            List<ProbeReport.Alternate> alternates = new ArrayList<>();
            for (FeedItem i : result.items()) {
                if (i.alternateOf() != null) { // SitemapReader lists each URL once, linked to its group's original
                    alternates.add(new ProbeReport.Alternate(i.alternateOf(), i.hreflang(), i.url()));
                } else {
                    items.add(new ProbeReport.Item(i.url(), i.title(), i.published(), i.rawPubDate(),
                            verdicts.of(i.url())));
                }
            }
            return new ProbeReport.SitemapSummary(items, result.childSitemaps(), alternates);
        } catch (IOException | RuntimeException e) {
            notes.add("unreadable sitemap: " + e.getMessage());
            return null;
        }
    }

    private ProbeReport.PageSummary page(String url, String contentType, CharsetSniffer.Decoded d, int status,
                                         List<String> notes) {
        Instant now = clock.instant();
        RawPage raw = new RawPage(url, url, "probe", now, status, contentType, d.charset(), d.text(),
                SourceHints.NONE, null, null, List.of(), false, d.source().wireName(), d.uncertain());
        EnrichResult r = enricher.get().enrichAlone(raw);
        List<ProbeReport.Edition> editions = new ArrayList<>();
        for (Edition e : r.editions()) {
            int words = e.paragraphs().stream().mapToInt(p -> p.isBlank() ? 0 : p.trim().split("\\s+").length).sum();
            editions.add(new ProbeReport.Edition(e.lang(), e.title(), e.share(), e.paragraphs().size(), words));
        }
        if (r.editions().isEmpty()) {
            notes.add("no edition: enrich would record the page on the dead-letter topic with stage classify, "
                    + "reason " + r.kind().wireName());
        }
        Document html = Alternates.parse(d.text(), url);
        var published = r.extraction().published();
        return new ProbeReport.PageSummary(r.kind().wireName(), r.extraction().title(),
                published == null ? null : published.value(), published == null ? null : published.source(),
                editions, Alternates.ofPage(html, url), Alternates.feedsOf(html));
    }

    /** robots.txt verdicts for the items on the probed document's own host (no other host's robots.txt is asked). */
    private record ItemVerdicts(RobotsCache robots, String documentUrl) {
        String of(String itemUrl) {
            if (robots == null || itemUrl == null || !sameHost(itemUrl, documentUrl)) {
                return null;
            }
            return robots.decide(itemUrl).verdict().name().toLowerCase(Locale.ROOT);
        }

        private static boolean sameHost(String a, String b) {
            try {
                java.net.URI x = java.net.URI.create(a);
                java.net.URI y = java.net.URI.create(b);
                return x.getHost() != null && x.getHost().equalsIgnoreCase(y.getHost()) && x.getPort() == y.getPort();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
