package newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import newsflow.common.model.DateValue;
import newsflow.common.model.PageKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a page: main text blocks, title, authors and dates. Thread-safe.
 * (First version: paragraphs and headings of the page; the heuristics come with issue 3.)
 */
public final class ArticleExtractor {

    /**
     * @param in the page
     * @return the extraction; never null
     */
    public Extraction extract(PageInput in) {
        Document doc = Jsoup.parse(in.html(), in.url() == null ? "" : in.url());
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null ? h1.text() : doc.title();
        List<Block> blocks = new ArrayList<>();
        for (Element e : doc.select("p, h2, h3, li")) {
            String text = e.text().strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(e.tagName().startsWith("h") ? BlockKind.HEADING : BlockKind.PARAGRAPH, text));
            }
        }
        Element pub = doc.selectFirst("meta[property=article:published_time]");
        DateValue published = pub == null ? null
                : new DateValue(pub.attr("content"), "second", "meta:article:published_time");
        return new Extraction(blocks.isEmpty() ? PageKind.NEEDS_RENDER : PageKind.ARTICLE, title, blocks, published,
                null, List.of(), null, null, doc.selectFirst("html").attr("lang"), "dom", List.of(), false,
                null, null, List.of(), null);
    }
}
