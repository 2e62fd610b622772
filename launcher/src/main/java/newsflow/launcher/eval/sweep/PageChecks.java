package newsflow.launcher.eval.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsflow.common.model.DateValue;
import newsflow.common.model.Edition;
import newsflow.common.model.PageKind;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.kind.KindVocabulary;
import newsflow.enrich.extract.kind.KindVocabulary.Category;
import newsflow.enrich.pipeline.EnrichResult;

/**
 * The sanity checks of one enriched page (issue 13 item 5): U+FFFD in the title or text; a stored article
 * whose body holds a consent, error-page, subscription-prompt or bot-check phrase of {@link KindVocabulary}
 * (en, ar, fr, de, es, it); a publication date after the fetch time; editions under {@link #MIN_PARAGRAPHS}
 * paragraphs; titles that still hold an HTML entity ({@link #ENTITY}). Thread-safe.
 */
public final class PageChecks {

    /** Editions with fewer paragraphs are reported. */
    public static final int MIN_PARAGRAPHS = 2;
    /** A named, decimal or hexadecimal character reference left in a title. */
    static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    /** Paragraphs longer than this are not read for wall phrases (an article may quote one). */
    static final int MAX_WALL_PARAGRAPH_CHARS = 400;
    /** Characters of an offending paragraph shown in the report. */
    static final int EXCERPT_CHARS = 80;

    private final KindVocabulary vocabulary;

    /** @param vocabulary the phrases read in stored bodies */
    public PageChecks(KindVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * @param file      the page file name as reported
     * @param r         its enrichment
     * @param fetchedAt the fetch time the page was enriched with
     * @return the findings
     */
    public PageReport check(String file, EnrichResult r, Instant fetchedAt) {
        List<String> texts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        titles.add(r.extraction().title());
        for (Block b : r.extraction().blocks()) {
            texts.add(b.text());
        }
        int shortEditions = 0;
        for (Edition e : r.editions()) {
            titles.add(e.title());
            shortEditions += e.paragraphs().size() < MIN_PARAGRAPHS ? 1 : 0;
        }
        boolean fffd = false;
        for (String t : titles) {
            fffd |= t != null && t.indexOf('\uFFFD') >= 0;
        }
        for (String t : texts) {
            fffd |= t.indexOf('\uFFFD') >= 0;
        }
        String wall = r.kind() == PageKind.ARTICLE ? wallText(texts) : null;
        boolean entity = titles.stream().anyMatch(t -> t != null && ENTITY.matcher(t).find());
        boolean future = r.kind() == PageKind.ARTICLE && fetchedAt != null
                && isAfter(r.extraction().published(), fetchedAt);
        return new PageReport(file, r.kind().wireName(), r.editions().size(), fffd, wall, future, shortEditions,
                entity, null);
    }

    /** @return "category: excerpt" of the first short paragraph holding a wall phrase, or null */
    String wallText(List<String> paragraphs) {
        for (String p : paragraphs) {
            if (p.length() > MAX_WALL_PARAGRAPH_CHARS) {
                continue;
            }
            String n = KindVocabulary.normalize(p);
            for (Category c : Category.values()) {
                if (vocabulary.matchesNormalized(c, n)) {
                    String excerpt = p.length() > EXCERPT_CHARS ? p.substring(0, EXCERPT_CHARS) + "…" : p;
                    return c.name().toLowerCase(java.util.Locale.ROOT) + ": " + excerpt.replace('\n', ' ');
                }
            }
        }
        return null;
    }

    /**
     * @param published a publication date, or null
     * @param fetchedAt the fetch time
     * @return true when even the earliest instant the date can mean (a date or local time read at UTC+14, the
     *         first day of a month or year) is after the fetch time
     */
    static boolean isAfter(DateValue published, Instant fetchedAt) {
        if (published == null || published.value() == null) {
            return false;
        }
        Instant earliest = earliest(published.value());
        return earliest != null && earliest.isAfter(fetchedAt);
    }

    private static Instant earliest(String v) {
        ZoneOffset first = ZoneOffset.ofHours(14);
        try {
            if (v.length() == 4) {
                return Year.parse(v).atDay(1).atStartOfDay().toInstant(first);
            }
            if (v.length() == 7) {
                return YearMonth.parse(v).atDay(1).atStartOfDay().toInstant(first);
            }
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(first);
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (java.time.format.DateTimeParseException local) {
                return LocalDateTime.parse(v).toInstant(first);
            }
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
