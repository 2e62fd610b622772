package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Heuristic 7 (title): the article's own headline without the site-name suffix. Order of evidence: the page's
 * {@code h1} when the declared titles ({@code og:title}, {@code twitter:title}, JSON-LD {@code headline},
 * {@code <title>}) contain it; else the first declared title with its site-name part removed. A site-name part
 * is the text on the far side of a separator ({@link #SEPARATORS}) that equals the site name, or — in
 * {@code <title>} only — is at most {@link #MAX_SUFFIX_WORDS} words while the kept part has at least
 * {@link #MIN_TITLE_WORDS}. Source:
 * Readability.js {@code _getArticleTitle}.
 */
final class TitleExtractor {

    /** Separators between a headline and the site name. */
    static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ",
            " / ", " ‹ ", " › ", " •", " ｜ ");
    /** A suffix this short (in words) is taken for the site name. */
    static final int MAX_SUFFIX_WORDS = 4;
    /** Shortest h1, as a share of the declared title's length, taken as the headline. */
    static final double MIN_H1_SHARE = 0.4;
    /** The remaining headline must keep this many words. */
    static final int MIN_TITLE_WORDS = 3;

    /**
     * @param doc      the parsed page, before cleaning
     * @param headline JSON-LD headline, or null
     * @param siteName the site name from metadata, or null
     * @return the title, or null when the page has none
     */
    String extract(Document doc, String headline, String siteName) {
        String og = meta(doc, "meta[property=og:title]");
        String tw = meta(doc, "meta[name=twitter:title]");
        String html = doc.title().strip();
        String declared = firstNonBlank(og, headline, tw);
        boolean fromHtmlTitle = declared == null;
        if (fromHtmlTitle) {
            declared = html.isEmpty() ? null : html;
        }
        Element h1 = firstH1(doc);
        if (h1 != null) {
            String h = TextBlockWalker.collapse(h1.text()).strip();
            if (!h.isEmpty() && (declared == null || isHeadlineOf(h, og, siteName) || isHeadlineOf(h, html, siteName)
                    || isHeadlineOf(h, headline, siteName) || isHeadlineOf(h, tw, siteName))) {
                return h;
            }
        }
        if (declared == null) {
            return null;
        }
        if (fromHtmlTitle) {
            return stripSiteName(declared, siteName);
        }
        String meta = stripNamedSite(declared, siteName);
        if (!html.isEmpty()) {
            // A meta title cut short (length limits, an unescaped quote in the attribute) is a strict prefix of
            // the document title: take the longer one.
            String full = stripSiteName(html, siteName);
            if (full.length() > meta.length() && norm(full).startsWith(norm(meta)) && looksCut(meta, full)) {
                return full;
            }
        }
        return meta;
    }

    /**
     * Strips only an exact site-name prefix or suffix: publishers' {@code og:title} and JSON-LD headline rarely
     * carry the site name, and a short tail there is part of the headline ("… - Liverpool lose at Everton").
     */
    static String stripNamedSite(String title, String siteName) {
        String t = TextBlockWalker.collapse(title).strip();
        if (siteName == null || siteName.isBlank()) {
            return t;
        }
        String site = siteName.strip().toLowerCase(Locale.ROOT);
        String lower = t.toLowerCase(Locale.ROOT);
        for (String sep : SEPARATORS) {
            if (lower.endsWith(sep + site) && lower.length() > sep.length() + site.length()) {
                return t.substring(0, t.length() - sep.length() - site.length()).strip();
            }
            if (lower.startsWith(site + sep) && lower.length() > sep.length() + site.length()) {
                return t.substring(site.length() + sep.length()).strip();
            }
        }
        return t;
    }

    private static Element firstH1(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, [itemprop=headline]");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        return h1;
    }

    /**
     * @param title    a declared title
     * @param siteName site name, or null
     * @return the title without a site-name prefix or suffix
     */
    static String stripSiteName(String title, String siteName) {
        String t = TextBlockWalker.collapse(title).strip();
        String site = siteName == null ? null : siteName.strip().toLowerCase(Locale.ROOT);
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (site != null && tail.toLowerCase(Locale.ROOT).equals(site)) {
                    return head;
                }
                if (words(tail) <= MAX_SUFFIX_WORDS && words(head) >= MIN_TITLE_WORDS) {
                    return head;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0 && site != null) {
                String head = t.substring(0, first).strip();
                if (head.toLowerCase(Locale.ROOT).equals(site)) {
                    return t.substring(first + sep.length()).strip();
                }
            }
        }
        return t;
    }

    private static boolean looksCut(String meta, String full) {
        if (meta.endsWith("…") || meta.endsWith("...")) {
            return true;
        }
        String rest = full.substring(Math.min(full.length(), meta.length())).strip();
        return !rest.isEmpty() && (rest.charAt(0) == '"' || rest.charAt(0) == '\'');
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * The h1 is the headline of a declared title when the title, without its site name, contains it and it is at
     * least {@link #MIN_H1_SHARE} of that title's length (an h1 holding only the site or blog name is not).
     */
    private static boolean isHeadlineOf(String h1, String declared, String siteName) {
        if (declared == null || declared.isBlank()) {
            return false;
        }
        String h = norm(h1);
        if (siteName != null && h.equals(norm(siteName))) {
            return false;
        }
        String full = norm(declared);
        String stripped = norm(stripSiteName(declared, siteName));
        if (full.contains(h) && h.length() >= MIN_H1_SHARE * full.length()
                || stripped.contains(h) && h.length() >= MIN_H1_SHARE * stripped.length()) {
            return true;
        }
        for (String sep : SEPARATORS) {
            if (full.startsWith(h + sep)) {
                return true;
            }
        }
        return false;
    }

    static String norm(String s) {
        return TextBlockWalker.collapse(s).strip().toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        return e == null ? null : e.attr("content").strip();
    }

    private static String firstNonBlank(String... s) {
        for (String x : s) {
            if (x != null && !x.isBlank()) {
                return x.strip();
            }
        }
        return null;
    }
}
