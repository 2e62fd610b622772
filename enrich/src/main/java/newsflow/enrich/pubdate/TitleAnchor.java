package newsflow.enrich.pubdate;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the element holding the article's headline: the first {@code h1} outside boilerplate, else the first
 * heading or bold element whose text starts the document title ({@code og:title} or {@code <title>}).
 */
final class TitleAnchor {

    /** Shortest title text that is matched against headings. */
    private static final int MIN_TITLE_CHARS = 8;

    private TitleAnchor() {
    }

    /** @return the headline element, or null */
    static Element find(Document doc) {
        Boilerplate boilerplate = new Boilerplate(null);
        for (Element h1 : doc.getElementsByTag("h1")) {
            if (!boilerplate.inBoilerplate(h1) && h1.text().length() >= 3) {
                return h1;
            }
        }
        String title = pageTitle(doc);
        if (title == null || title.length() < MIN_TITLE_CHARS) {
            return null;
        }
        String key = title.toLowerCase(Locale.ROOT);
        for (Element e : doc.body() == null ? new org.jsoup.select.Elements()
                : doc.body().select("h2, h3, b, strong, font, .title, [class*=title], [class*=headline]")) {
            String t = e.text().strip().toLowerCase(Locale.ROOT);
            if (t.length() >= MIN_TITLE_CHARS && t.length() <= key.length() + 5
                    && (key.startsWith(t) || t.startsWith(key)) && !boilerplate.inBoilerplate(e)) {
                return e;
            }
        }
        return null;
    }

    private static String pageTitle(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : t.strip();
    }
}
