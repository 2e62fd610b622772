package newsflow.enrich.time.published;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import newsflow.enrich.meta.JsonLdObjects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's publication and modification dates (issue 3). Thread-safe.
 *
 * <p>Evidence is gathered from, in order: JSON-LD ({@link JsonLdDates}), meta tags and itemprop
 * ({@link MetaTagDates}), {@code <time>} elements ({@link TimeElementDates}), the URL path ({@link UrlDates}) and
 * the visible text of the headline zone, date-classed elements and, last, the page text
 * ({@link VisibleTextSegments}); each candidate carries a score ({@link EvidenceScores}) and a kind
 * (published, modified, unlabelled). {@link CandidateRanker} drops candidates after the fetch time plus one day,
 * picks the strongest non-modification candidate as published and completes it with an agreeing explicit offset.
 * Values keep the page's precision and offset ({@link DateParts#isoValue}); a time without a zone gets the offset
 * of {@link SourceHints#timeZone()} when one is configured. Numeric dates are read in the page's
 * {@link DayMonthOrder} ({@link DateOrderResolver}). No script other than JSON-LD is read, and no copyright line.
 */
public final class PublicationDateExtractor {

    /** Slack after the fetch time for time-zone differences (issue 3, C01). */
    public static final Duration FUTURE_SLACK = Duration.ofDays(1);

    private final Clock clock;
    private final TextDateParser textParser = new TextDateParser();
    private final MachineDateParser machineParser = new MachineDateParser(textParser);

    /** An extractor that bounds candidates by the system clock when no fetch time is given. */
    public PublicationDateExtractor() {
        this(Clock.systemUTC());
    }

    /** @param clock bounds candidates when no fetch time is given */
    public PublicationDateExtractor(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param doc       the parsed page
     * @param url       the page URL, or null
     * @param fetchedAt the fetch time (no candidate later than it plus one day), or null for the clock's now
     * @param hints     source hints; never null
     * @return the dates found; a field is null when the page gives no such date
     */
    public PublicationDates extract(Document doc, String url, Instant fetchedAt, SourceHints hints) {
        SourceHints h = hints == null ? SourceHints.NONE : hints;
        List<DateCandidate> plausible = candidates(doc, url, fetchedAt, h);
        DateCandidate published = CandidateRanker.published(plausible);
        DateCandidate modified = CandidateRanker.modified(plausible, published);
        ZoneId zone = zone(h.timeZone());
        return new PublicationDates(value(published, zone), value(modified, zone));
    }

    /**
     * @return the plausible candidates of the page, in collection order (for diagnostics and tests)
     */
    List<DateCandidate> candidates(Document doc, String url, Instant fetchedAt, SourceHints h) {
        Element headline = TitleAnchor.find(doc);
        Boilerplate boilerplate = new Boilerplate(headline);
        List<TextSegment> segments = VisibleTextSegments.collect(doc, headline, boilerplate);
        DayMonthOrder order = DateOrderResolver.resolve(doc, h, segments);
        List<DateCandidate> all = new ArrayList<>();
        JsonLdDates.collect(JsonLdObjects.read(doc), machineParser, order, all);
        MetaTagDates.collect(doc, boilerplate, machineParser, order, all);
        MetaTagDates.collectMarkup(doc, boilerplate, machineParser, order, all);
        TimeElementDates.collect(doc, boilerplate, machineParser, order, all);
        UrlDates.collect(url, canonicalUrl(doc), all);
        TextSegmentDates.collect(segments, textParser, order, all);
        Instant latest = (fetchedAt != null ? fetchedAt : clock.instant()).plus(FUTURE_SLACK);
        if (!hasGoodPublicationCandidate(CandidateRanker.plausible(all, latest))) {
            TextSegmentDates.collect(VisibleTextSegments.collectBodyText(doc, boilerplate), textParser, order, all);
        }
        return CandidateRanker.plausible(all, latest);
    }

    /** The page text is read only when no publication candidate with a day is at least date-class strong. */
    private static boolean hasGoodPublicationCandidate(List<DateCandidate> all) {
        for (DateCandidate c : all) {
            if (c.kind() != DateKind.MODIFIED && c.date().hasDay() && c.score() >= EvidenceScores.DATE_CLASS) {
                return true;
            }
        }
        return false;
    }

    private static String canonicalUrl(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        if (link != null) {
            return link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
        }
        Element og = doc.selectFirst("meta[property=og:url][content]");
        return og == null ? null : og.attr("content");
    }

    private static DateValue value(DateCandidate c, ZoneId zone) {
        if (c == null) {
            return null;
        }
        return new DateValue(c.date().isoValue(zone), c.date().precision().label(), c.source());
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
