package newsflow.enrich.extract.kind;

import java.time.Instant;
import java.util.List;
import newsflow.common.model.SourceHints;
import newsflow.enrich.extract.ArticleExtractor;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.Extraction;
import newsflow.enrich.extract.PageInput;

/** Runs the extractor on the page-kind fixtures written in the variant tests. */
final class KindFixtures {

    static final Instant FETCHED = Instant.parse("2026-03-06T12:00:00Z");
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private KindFixtures() {
    }

    static Extraction extract(String html) {
        return extract(html, 200);
    }

    static Extraction extract(String html, int status) {
        return EXTRACTOR.extract(new PageInput("https://news.example/2026/03/story", html, FETCHED,
                SourceHints.NONE, status));
    }

    static List<String> paragraphs(Extraction e) {
        return e.blocks().stream().map(Block::text).toList();
    }

    static String body(Extraction e) {
        return String.join("\n\n", paragraphs(e));
    }

    /** A page: head title, then the body markup. */
    static String page(String lang, String title, String body) {
        String dir = "ar".equals(lang) ? " dir=\"rtl\"" : "";
        return "<!doctype html><html lang=\"" + lang + "\"" + dir + "><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body>" + body + "</body></html>";
    }
}
