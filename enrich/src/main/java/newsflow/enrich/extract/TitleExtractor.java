package newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Heuristic 7 (title): the article's own headline without the site-name suffix. Order of evidence:
 * <ol>
 *   <li>the page's {@code h1} when the declared titles ({@code og:title}, {@code twitter:title}, JSON-LD
 *       {@code headline}, {@code <title>}) contain it;</li>
 *   <li>with no meta title and no JSON-LD headline, the article's {@code h1} (inside article, main or
 *       [itemprop=headline]) when the {@code <title>} is short (under {@link #SHORT_TITLE_CHARS} characters or
 *       {@link #MIN_TITLE_WORDS} words, a site or section name) and does not contain it (Readability.js
 *       {@code _getArticleTitle} takes the h1 for a title under 15 characters);</li>
 *   <li>else the first declared title, preferring the JSON-LD headline when the meta title is that headline
 *       plus a separated tail of at most {@link #MAX_HEADLINE_TAIL_WORDS} words; its site-name part removed: a part on the far side of a separator
 *       ({@link #SEPARATORS}, or a bare {@link #GLUED_SEPARATORS}) that names the site ({@link SiteNames}: site
 *       name, host, host label), or a tail the meta title shares with a differently-headed {@code <title>};
 *       in {@code <title>} only also any tail of at most {@link #MAX_SUFFIX_WORDS} words while the kept part has
 *       at least {@link #MIN_TITLE_WORDS}.</li>
 * </ol>
 * A short tail of a meta title that names nothing is kept: it is part of the headline ("… - Liverpool lose at
 * Everton"). Source: Readability.js {@code _getArticleTitle}.
 */
final class TitleExtractor {

    /** Separators between a headline and the site name. */
    static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ",
            " / ", " ‹ ", " › ", " •", " ｜ ");
    /** Separators written without spaces before a site name ("…커졌다ㅣ한국일보", "…|MDR.DE"). */
    static final List<String> GLUED_SEPARATORS = List.of("|", "ㅣ", "｜");
    /** A suffix this short (in words) is taken for the site name. */
    static final int MAX_SUFFIX_WORDS = 4;
    /** Shortest h1, as a share of the declared title's length, taken as the headline. */
    static final double MIN_H1_SHARE = 0.4;
    /** The remaining headline must keep this many words. */
    static final int MIN_TITLE_WORDS = 3;
    /** Longest tail (words) by which a meta title may exceed the JSON-LD headline and still be a site/section name. */
    static final int MAX_HEADLINE_TAIL_WORDS = 3;
    /** A {@code <title>} shorter than this (characters) names the site or section, not the article. */
    static final int SHORT_TITLE_CHARS = 15;

    /**
     * @param doc      the parsed page, before cleaning; its location is the page URL
     * @param headline JSON-LD headline, or null
     * @param siteName the site name from metadata, or null
     * @return the title, or null when the page has none
     */
    String extract(Document doc, String headline, String siteName) {
        SiteNames site = SiteNames.of(siteName, doc.location());
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
        String articleH1 = articleH1(doc);
        if (fromHtmlTitle && declared != null && articleH1 != null && shortTitleOutside(declared, articleH1, site)) {
            return articleH1;
        }
        if (declared == null) {
            return null;
        }
        if (fromHtmlTitle) {
            return stripSite(declared, site);
        }
        if (og != null && !og.isBlank() && headline != null && isHeadPlusTail(og, headline)) {
            declared = headline.strip();
        }
        String meta = stripNamed(declared, site);
        if (meta.equals(TextBlockWalker.collapse(declared).strip()) && !html.isEmpty()) {
            meta = stripSharedTail(meta, html);
        }
        if (!html.isEmpty()) {
            // A meta title cut short (length limits, an unescaped quote in the attribute) is a strict prefix of
            // the document title: take the longer one.
            String full = stripSite(html, site);
            if (full.length() > meta.length() && norm(full).startsWith(norm(meta)) && looksCut(meta, full)) {
                return full;
            }
        }
        return meta;
    }

    /**
     * @return whether the {@code <title>}, without its site name, is a short site/section name that does not
     *     contain the article's h1 (which is then the headline)
     */
    private static boolean shortTitleOutside(String html, String h1, SiteNames site) {
        String t = stripSite(html, site);
        boolean isShort = t.length() < SHORT_TITLE_CHARS || words(t) < MIN_TITLE_WORDS;
        return isShort && !norm(t).contains(norm(h1)) && words(h1) > words(t);
    }

    /**
     * @return whether {@code full} is {@code head}, a separator and a tail of at most
     *     {@link #MAX_HEADLINE_TAIL_WORDS} words (compared normalised)
     */
    private static boolean isHeadPlusTail(String full, String head) {
        String f = norm(full);
        String h = norm(head);
        if (h.isEmpty() || f.length() <= h.length() || !f.startsWith(h)
                || words(f.substring(h.length())) > MAX_HEADLINE_TAIL_WORDS + 1) {
            return false;
        }
        for (String sep : SEPARATORS) {
            if (f.startsWith(h + sep)) {
                return true;
            }
        }
        for (String sep : GLUED_SEPARATORS) {
            if (f.startsWith(h + sep)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tail that the meta title shares with a {@code <title>} of a different head is the site's ("A | Site" and
     * "B | Site"); at most {@link #MAX_SUFFIX_WORDS} words, the kept part at least {@link #MIN_TITLE_WORDS}.
     */
    static String stripSharedTail(String meta, String html) {
        String h = TextBlockWalker.collapse(html).strip();
        for (String sep : SEPARATORS) {
            int a = meta.lastIndexOf(sep);
            int b = h.lastIndexOf(sep);
            if (a > 0 && b > 0) {
                String tail = meta.substring(a + sep.length()).strip();
                String head = meta.substring(0, a).strip();
                if (norm(tail).equals(norm(h.substring(b + sep.length())))
                        && !norm(head).equals(norm(h.substring(0, b)))
                        && words(tail) <= MAX_SUFFIX_WORDS && words(head) >= MIN_TITLE_WORDS) {
                    return head;
                }
            }
        }
        return meta;
    }

    /**
     * Strips only a prefix or suffix that names the site ({@link SiteNames}): publishers' {@code og:title} and
     * JSON-LD headline rarely carry the site name, and a short tail there is part of the headline ("… - Liverpool
     * lose at Everton").
     *
     * @param title    a declared title
     * @param siteName the site name, or null
     * @return the title without a site-name prefix or suffix
     */
    static String stripNamedSite(String title, String siteName) {
        return stripNamed(title, SiteNames.of(siteName, null));
    }

    static String stripNamed(String title, SiteNames site) {
        String t = TextBlockWalker.collapse(title).strip();
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0 && site.isSite(t.substring(last + sep.length()))) {
                return stripNamed(t.substring(0, last), site);
            }
            int first = t.indexOf(sep);
            if (first > 0 && site.isSite(t.substring(0, first))) {
                return t.substring(first + sep.length()).strip();
            }
        }
        for (String sep : GLUED_SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0 && site.isSite(t.substring(last + sep.length()))) {
                return t.substring(0, last).strip();
            }
        }
        return t;
    }

    /** @return the text of an h1 inside article, main or [itemprop=headline], or null */
    private static String articleH1(Document doc) {
        Element h1 = doc.selectFirst("article h1, main h1, h1[itemprop=headline], [itemprop=headline] h1");
        String h = h1 == null ? "" : TextBlockWalker.collapse(h1.text()).strip();
        return h.isEmpty() ? null : h;
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
        return stripSite(title, SiteNames.of(siteName, null));
    }

    /**
     * @param title a {@code <title>}
     * @param site  the site's names
     * @return the title without parts naming the site and without one short tail ({@link #MAX_SUFFIX_WORDS}
     *     words, a site or section name), e.g. "Headline | site.de | Section"
     */
    static String stripSite(String title, SiteNames site) {
        String t = stripNamed(title, site);
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String head = t.substring(0, last).strip();
                String tail = t.substring(last + sep.length()).strip();
                if (words(tail) <= MAX_SUFFIX_WORDS && words(head) >= MIN_TITLE_WORDS) {
                    return stripNamed(head, site);
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
