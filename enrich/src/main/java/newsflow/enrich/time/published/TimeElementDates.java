package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import newsflow.enrich.extract.InlineDates;
import org.jsoup.nodes.Element;

/**
 * Date candidates from {@code <time>} elements outside boilerplate: the {@code datetime} attribute (else the
 * text), unless it stands inside a sentence ({@link InlineDates}). A time marked {@code pubdate}, or inside the article or its header, is strong evidence; its class or
 * the words before it ("Updated") say whether it is the modification date. Others are weak evidence.
 */
final class TimeElementDates {

    /** At most this many time elements are read (long listing pages have hundreds). */
    private static final int MAX_ELEMENTS = 30;
    /** Distinct days among the time elements from which they are taken for a list. */
    private static final int LIST_DISTINCT_DAYS = 3;
    /** Longest parent text searched for a label before the element. */
    private static final int LABEL_CONTEXT_CHARS = 300;

    private TimeElementDates() {
    }

    /**
     * @param doc    the page
     * @param boilerplate the page's boilerplate zones
     * @param parser the machine-value parser
     * @param order  the page's numeric date order
     * @param out    receives the candidates
     */
    static void collect(Document doc, Boilerplate boilerplate, MachineDateParser parser, DayMonthOrder order,
                        List<DateCandidate> out) {
        int n = 0;
        boolean otherTaken = false;
        int first = out.size();
        for (Element t : doc.getElementsByTag("time")) {
            if (++n > MAX_ELEMENTS) {
                break;
            }
            if (boilerplate.inBoilerplate(t) || !InlineDates.standsAlone(t)) {
                continue;
            }
            String raw = t.hasAttr("datetime") ? t.attr("datetime") : t.text();
            DateParts d = parser.parse(raw, order);
            if (d == null) {
                continue;
            }
            DateKind kind = kind(t);
            boolean strong = t.hasAttr("pubdate") || boilerplate.inArticle(t) || kind != DateKind.UNLABELLED;
            if (!strong && otherTaken) {
                continue;
            }
            otherTaken |= !strong;
            int score = t.hasAttr("pubdate") ? EvidenceScores.TIME_ARTICLE + 2
                    : strong ? EvidenceScores.TIME_ARTICLE : EvidenceScores.TIME_OTHER;
            out.add(new DateCandidate(d, kind == DateKind.UNLABELLED && t.hasAttr("pubdate") ? DateKind.PUBLISHED
                    : kind, "time@datetime", score));
        }
        demoteLists(out, first);
    }

    /**
     * Many time elements with different days are a list (comments, related items, an archive): none of them
     * is strong evidence for the page's own date.
     */
    private static void demoteLists(List<DateCandidate> out, int first) {
        java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
        for (int i = first; i < out.size(); i++) {
            days.add(out.get(i).date().localDate());
        }
        if (days.size() < LIST_DISTINCT_DAYS) {
            return;
        }
        for (int i = first; i < out.size(); i++) {
            DateCandidate c = out.get(i);
            out.set(i, new DateCandidate(c.date(), c.kind(), c.source(),
                    Math.min(c.score(), EvidenceScores.TIME_OTHER - (i == first ? 0 : 1))));
        }
    }

    private static DateKind kind(Element t) {
        String names = (t.className() + " " + t.id() + " " + t.attr("itemprop") + " "
                + (t.parent() == null ? "" : t.parent().className())).toLowerCase(Locale.ROOT);
        if (names.contains("modif") || names.contains("updat")) {
            return DateKind.MODIFIED;
        }
        if (names.contains("publish") || names.contains("posted") || names.contains("created")) {
            return DateKind.PUBLISHED;
        }
        Element parent = t.parent();
        if (parent == null || parent.text().length() > LABEL_CONTEXT_CHARS) {
            return DateKind.UNLABELLED;
        }
        // the words before the element in its parent: "Updated <time …>"
        String context = TimeTextNormalizer.fold(parent.text());
        int at = context.indexOf(TimeTextNormalizer.fold(t.text()));
        return at > 0 ? DateLabels.kindBefore(context, at) : DateKind.UNLABELLED;
    }
}
