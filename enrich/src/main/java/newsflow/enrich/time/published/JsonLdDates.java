package newsflow.enrich.time.published;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import newsflow.enrich.meta.JsonLdObjects;

/**
 * Date candidates from JSON-LD (the only script ever read for dates): datePublished, dateCreated, uploadDate and
 * dateModified of Article-like objects first, then WebPage objects, then anything else that carries them.
 * Only the first object of each rank counts, so that lists of other articles on the page do not vote.
 */
final class JsonLdDates {

    private JsonLdDates() {
    }

    /**
     * @param objects the page's JSON-LD objects ({@link JsonLdObjects#read})
     * @param parser  the machine-value parser
     * @param order   the page's numeric date order
     * @param out     receives the candidates
     */
    static void collect(List<JsonNode> objects, MachineDateParser parser, DayMonthOrder order,
                        List<DateCandidate> out) {
        boolean article = false;
        boolean page = false;
        boolean other = false;
        for (JsonNode o : objects) {
            int score;
            if (JsonLdObjects.isArticle(o)) {
                if (article) {
                    continue;
                }
                score = EvidenceScores.JSON_LD_ARTICLE;
            } else if (JsonLdObjects.isWebPage(o)) {
                if (page) {
                    continue;
                }
                score = EvidenceScores.JSON_LD_PAGE;
            } else {
                if (other) {
                    continue;
                }
                score = EvidenceScores.JSON_LD_OTHER;
            }
            boolean found = add(o, "datePublished", DateKind.PUBLISHED, score, parser, order, out);
            found |= add(o, "dateCreated", DateKind.PUBLISHED, Math.min(score, EvidenceScores.JSON_LD_OTHER) - 1,
                    parser, order, out);
            found |= add(o, "uploadDate", DateKind.PUBLISHED, EvidenceScores.JSON_LD_OTHER - 2, parser, order, out);
            found |= add(o, "dateModified", DateKind.MODIFIED, score, parser, order, out);
            if (found) {
                if (score == EvidenceScores.JSON_LD_ARTICLE) {
                    article = true;
                } else if (score == EvidenceScores.JSON_LD_PAGE) {
                    page = true;
                } else {
                    other = true;
                }
            }
        }
    }

    private static boolean add(JsonNode o, String key, DateKind kind, int score, MachineDateParser parser,
                               DayMonthOrder order, List<DateCandidate> out) {
        DateParts d = parser.parse(JsonLdObjects.text(o, key), order);
        if (d == null) {
            return false;
        }
        out.add(new DateCandidate(d, kind, "json-ld:" + key, score));
        return true;
    }
}
