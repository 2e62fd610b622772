package newsflow.enrich.time.published;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.common.model.SourceHints;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fixes the order of numeric dates once per page (case C04), in this order: the source's
 * {@link SourceHints#dateOrder()}; the unambiguous numeric dates in the page's date lines (15/4/2019 votes
 * day-first, 4/15/2019 month-first); the page's locale ({@code <html lang>}, og:locale, content-language, the
 * source language): US English and the other CLDR month-first locales read month first, every other locale
 * day first. Plain {@code en} is read month first, as most unqualified English pages are American.
 */
final class DateOrderResolver {

    /** Locales whose short numeric date is month first (CLDR "M/d/yy"). */
    private static final Set<String> MONTH_FIRST = Set.of("en", "en-us", "en-ph", "en-um", "en-as", "en-gu",
            "en-pr", "en-vi", "en-mh", "en-fm", "en-pw", "es-us", "fil");

    private DateOrderResolver() {
    }

    /**
     * @param doc      the page
     * @param hints    source hints
     * @param segments the page's date lines
     * @return the order to read ambiguous numeric dates in
     */
    static DayMonthOrder resolve(Document doc, SourceHints hints, List<TextSegment> segments) {
        DayMonthOrder hinted = DayMonthOrder.fromHint(hints.dateOrder());
        if (hinted != null) {
            return hinted;
        }
        int dayFirst = 0;
        int monthFirst = 0;
        for (TextSegment s : segments) {
            if (s.score() == EvidenceScores.BODY_TEXT) {
                continue;
            }
            for (int[] pair : TextDateParser.numericPairs(s.folded())) {
                if (pair[0] > 12 && pair[1] <= 12) {
                    dayFirst++;
                } else if (pair[1] > 12 && pair[0] <= 12) {
                    monthFirst++;
                }
            }
        }
        if (dayFirst != monthFirst) {
            return dayFirst > monthFirst ? DayMonthOrder.DMY : DayMonthOrder.MDY;
        }
        String locale = locale(doc, hints);
        return locale != null && MONTH_FIRST.contains(locale) ? DayMonthOrder.MDY : DayMonthOrder.DMY;
    }

    /** @return the page's declared locale, lower-case with '-', or null */
    static String locale(Document doc, SourceHints hints) {
        Element html = doc.selectFirst("html[lang]");
        String lang = html == null ? null : html.attr("lang");
        if (lang == null || lang.isBlank()) {
            Element og = doc.selectFirst("meta[property=og:locale]");
            lang = og == null ? null : og.attr("content");
        }
        if (lang == null || lang.isBlank()) {
            Element cl = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = cl == null ? null : cl.attr("content");
        }
        if (lang == null || lang.isBlank()) {
            lang = hints.language();
        }
        return lang == null || lang.isBlank() ? null : lang.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
