package newsflow.enrich.time.published;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding the article's headline. The first {@code h1} outside boilerplate whose three or more
 * words start the page title (or that starts with the whole title) is taken; else, among the {@code h1} elements, the one sharing the most
 * words with the page title ({@code og:title}, else {@code <title>}) is taken, the first on a
 * tie: pages often put the site name or logo in an earlier {@code h1} ("Zoll", "Deutschlandfunk"), and the
 * article's headline repeats the title. When no {@code h1} starts the title (a logo {@code h1} only), an
 * {@code h2}/{@code h3} of at least three words that starts the title replaces it if it shares more of the title's
 * words. Without an {@code h1}, the heading or bold element whose words start the title (or are started by it) is
 * taken, the longest such match: a teaser heading may repeat only the title's first words. Words are runs of
 * letters and digits, so dashes and quotes do not matter.
 */
final class TitleAnchor {

    /** Shortest title text that is matched against headings. */
    private static final int MIN_TITLE_CHARS = 8;
    /** Fewest words of an {@code h2}/{@code h3} that starts the title and so replaces an {@code h1} that does not. */
    private static final int MIN_REPLACING_WORDS = 3;
    /** {@code h1} elements compared with the title at most. */
    private static final int MAX_H1 = 12;

    private TitleAnchor() {
    }

    /** @return the headline element, or null */
    static Element find(Document doc) {
        Boilerplate boilerplate = new Boilerplate(null);
        String title = pageTitle(doc);
        List<String> titleWords = title == null ? List.of() : words(title);
        Element best = null;
        int bestShared = -1;
        int seen = 0;
        for (Element h1 : doc.getElementsByTag("h1")) {
            if (h1.text().length() < 3 || boilerplate.inBoilerplate(h1)) {
                continue;
            }
            List<String> w = words(h1.text());
            if ((w.size() >= MIN_REPLACING_WORDS && startsWith(titleWords, w)) || startsWith(w, titleWords)) {
                return h1;
            }
            int shared = shared(w, titleWords);
            if (shared > bestShared) {
                best = h1;
                bestShared = shared;
            }
            if (++seen >= MAX_H1 || titleWords.isEmpty()) {
                break;
            }
        }
        if (title == null || title.length() < MIN_TITLE_CHARS) {
            return best;
        }
        if (best != null) {
            List<String> w = words(best.text());
            if (startsWith(titleWords, w) || startsWith(w, titleWords)) {
                return best;
            }
        }
        Element heading = titleHeading(doc, boilerplate, title, titleWords);
        if (best == null || (heading != null && heading.normalName().matches("h[23]")
                && words(heading.text()).size() >= MIN_REPLACING_WORDS
                && shared(words(heading.text()), titleWords) > bestShared)) {
            return heading;
        }
        return best;
    }

    /** @return the longest heading or bold element whose words start the title or are started by it, or null */
    private static Element titleHeading(Document doc, Boilerplate boilerplate, String title, List<String> titleWords) {
        Elements els = doc.body() == null ? new Elements()
                : doc.body().select("h2, h3, b, strong, font, .title, [class*=title], [class*=headline]");
        Element match = null;
        int matchWords = 0;
        for (Element e : els) {
            String text = e.text().strip();
            if (text.length() < MIN_TITLE_CHARS || text.length() > title.length() + 5) {
                continue;
            }
            List<String> w = words(text);
            if (w.size() > matchWords && (startsWith(titleWords, w) || startsWith(w, titleWords))
                    && !boilerplate.inBoilerplate(e)) {
                match = e;
                matchWords = w.size();
            }
        }
        return match;
    }

    /** @return the number of distinct words of {@code a} that {@code b} holds */
    static int shared(List<String> a, List<String> b) {
        Set<String> in = new HashSet<>(b);
        Set<String> counted = new HashSet<>();
        for (String w : a) {
            if (in.contains(w)) {
                counted.add(w);
            }
        }
        return counted.size();
    }

    private static boolean startsWith(List<String> whole, List<String> prefix) {
        return !prefix.isEmpty() && prefix.size() <= whole.size() && whole.subList(0, prefix.size()).equals(prefix);
    }

    /** @return the lower-cased runs of letters and digits of the text */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        String s = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                w.append(c);
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
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
