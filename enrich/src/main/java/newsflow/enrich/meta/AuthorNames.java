package newsflow.enrich.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The people credited with an article, from the first source that names any, in this order: JSON-LD
 * {@code author} of the article object (string, Person, or array; not an Organization, not WordPress's admin
 * account), {@code meta name=author} / article:author (unless a URL) and Twitter's "Written by" label/data pair,
 * {@code itemprop=author}, {@code rel=author} and author-page links, then elements whose class says byline or
 * author (never inside comments, related lists, sidebars, footers or asides), last a bold signature line at the
 * start or end of the article text ({@link SignatureLines}). Each raw credit is cleaned ({@link #clean}): a
 * publisher credit ("hessenschau.de, Frankfurt, Germany") is dropped whole; the "By"/"Von"/"Par"/"بقلم" prefix
 * goes, lists are split on commas, "and", "und", "&amp;", "و", and a dateline place after a name goes
 * ("Von Seb Dumitru, Lille"), and so does a date after the names; noise is dropped: staff and desk credits,
 * reading times ("3 Minute Read"), the site name, e-mail addresses, URLs, dates, strings too long to be a name.
 * Names are de-duplicated case-insensitively, in page order.
 */
final class AuthorNames {

    /** Longest credible name, in characters. */
    static final int MAX_NAME_CHARS = 60;
    /** Most words in a credible name. */
    static final int MAX_NAME_WORDS = 6;
    /** At most this many elements per selector are read. */
    private static final int MAX_ELEMENTS = 6;

    private static final Pattern PREFIX = Pattern.compile(
            "^(?i)(by|von|par|por|di|door|av|af|przez|autor(?:in)?:?|author:?|written by|text:?|بقلم|كتب|كتبت|اعداد)\\s+");
    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\||/|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\bog\\b|\\boch\\b|\\sen\\s|\\se\\s|\\sو\\s|،)\\s*");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(\\[][^)\\]]*[)\\]]?");
    /** Job titles written after a name ("신현주 기자" = reporter Shin Hyun-ju; "記者"). */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(기자|特派員|記者|编辑|記者)$");
    /** Lower-case particles that may start a word inside a Latin-script name. */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("von", "van", "der", "den", "de", "da",
            "del", "della", "di", "du", "la", "le", "bin", "ibn", "al", "el", "zu", "ter", "ten", "dos", "das", "y");
    private static final Pattern NOISE = Pattern.compile(
            "(?i)\\b(staff|desk|team|redaktion|editorial|editors?|newsroom|agenc(y|ies)|wire|reporters?|correspondent"
            + "|contributors?|admin|administrator|guest|anonymous|minutes?|min\\.?|read|lesezeit|updated|published"
            + "|photos?|images?|video|getty|reuters|afp|dpa|ap|apa|sda|ansa|efe|press|news|online|digital|media"
            + "|follow|twitter|facebook|instagram|subscribe|share|comments?|red|agentur(en)?|quelle|source|name"
            + "|nachrichten|zeitung|inc|ltd|llc|gmbh|verlag|ag|sid|kna|epd|by|von|par|por)\\b"
            + "|@|https?:|www\\.|\\d|فريق|المحرر|التحرير|وكالة|وكالات");

    /** A twitter:label naming the author field. */
    private static final Pattern WRITTEN_BY = Pattern.compile(
            "(?i)^\\s*(written by|author|autor|verfasst von|par|by)\\b");
    /** A host name ("hessenschau.de", "mbl.is"): a credit starting with one is the publisher's, not a person's. */
    private static final Pattern DOMAIN = Pattern.compile("(?i)^[\\p{L}\\d-]+(\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}$");
    /** A single capitalised Latin word: a place after a person's name in a dateline credit ("Von X Y, Lille"). */
    private static final Pattern SINGLE_WORD = Pattern.compile("^\\p{Lu}[\\p{L}'-]+$");
    /** A date after the name in a byline element ("By Jane Doe March 11, 2015 3:46 PM", "Von X 05.08.2024"). */
    private static final Pattern TRAILING_DATE = Pattern.compile("(?i)\\s+(?:(?:on|am|le|el)\\s+)?(?:"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b"
            + "|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}).*$");
    /** WordPress's default account: its "author" is whoever posted, not the writer. */
    private static final Pattern ADMIN_ACCOUNT = Pattern.compile("(?i)/author/admin/?$");

    /** Zones whose author names are other articles' or commenters' (related lists, sidebars, comments). */
    private static final Pattern OTHER_ZONES = Pattern.compile(
            "comment|related|sidebar|widget|popular|recommend|trending|promo|teaser|more-|most-|rail|opinion-list"
            + "|nav-|navbar|navigation|menu|dropdown");

    private AuthorNames() {
    }

    /**
     * @param doc      the page
     * @param objects  the page's JSON-LD objects
     * @param siteName the site name, or null (never an author)
     * @return the names, in page order
     */
    static List<String> find(Document doc, List<JsonNode> objects, String siteName) {
        List<String> raw = new ArrayList<>();
        for (JsonNode o : objects) {
            if (JsonLdObjects.isArticle(o) && o.has("author")) {
                jsonNames(o.get("author"), raw);
                break;
            }
        }
        List<String> names = clean(raw, siteName);
        if (!names.isEmpty()) {
            return names;
        }
        raw.clear();
        for (Element m : doc.select("meta[name=author], meta[property=article:author], meta[name=article:author], "
                + "meta[name=byl], meta[name=dc.creator], meta[name=DC.creator], meta[name=sailthru.author], "
                + "meta[name=parsely-author], meta[name=twitter:misc:Written by]")) {
            raw.add(m.attr("content"));
        }
        twitterLabelled(doc, raw);
        names = clean(raw, siteName);
        if (!names.isEmpty()) {
            return names;
        }
        raw.clear();
        addTexts(doc, "[itemprop=author] [itemprop=name], [itemprop=author]:not(:has([itemprop=name])), a[rel=author], "
                + "[rel=author], a[href*=/author/], a[href*=/autor/], a[href*=/authors/]", raw);
        names = clean(raw, siteName);
        if (!names.isEmpty()) {
            return names;
        }
        raw.clear();
        addTexts(doc, "[class~=(?i)(^|[-_ ])(byline|author|author-?name|author-?line|autor|autor-?name"
                + "|article-author)([-_ ]|$)]", raw);
        names = clean(raw, siteName);
        if (!names.isEmpty()) {
            return names;
        }
        return clean(SignatureLines.find(doc), siteName);
    }

    /**
     * Twitter's labelled data pairs ({@code twitter:label1 = "Written by"}, {@code twitter:data1 = name}), which
     * Yoast SEO and other CMS write for the author.
     */
    private static void twitterLabelled(Document doc, List<String> raw) {
        for (Element label : doc.select("meta[name^=twitter:label][content]")) {
            String n = label.attr("name").substring("twitter:label".length());
            if (WRITTEN_BY.matcher(label.attr("content")).find()) {
                Element data = doc.selectFirst("meta[name=twitter:data" + n + "][content]");
                if (data != null) {
                    raw.add(data.attr("content"));
                }
            }
        }
    }

    /**
     * Adds the texts of the matching elements that sit in the same block as the first one (its grandparent), so
     * that the author links of related-article lists further down do not join the byline.
     */
    private static void addTexts(Document doc, String selector, List<String> raw) {
        int n = 0;
        Element block = null;
        for (Element e : doc.select(selector)) {
            if (n >= MAX_ELEMENTS) {
                break;
            }
            if (inComments(e)) {
                continue;
            }
            if (block == null) {
                Element parent = e.parent();
                block = parent == null || parent.parent() == null ? parent : parent.parent();
            } else if (!isInside(e, block)) {
                continue;
            }
            n++;
            raw.add(e.text());
        }
    }

    private static boolean isInside(Element e, Element block) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == block) {
                return true;
            }
        }
        return false;
    }

    private static boolean inComments(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (OTHER_ZONES.matcher(names).find() || a.normalName().equals("footer") || a.normalName().equals("aside")
                    || a.normalName().equals("nav")) {
                return true;
            }
        }
        return false;
    }

    private static void jsonNames(JsonNode a, List<String> raw) {
        if (a == null) {
            return;
        }
        if (a.isArray()) {
            for (JsonNode n : a) {
                jsonNames(n, raw);
            }
        } else if (a.isTextual()) {
            raw.add(a.asText());
        } else if (a.isObject()) {
            String type = a.path("@type").asText("").toLowerCase(Locale.ROOT);
            if (type.contains("organization")) {
                return;
            }
            String id = a.path("url").asText(a.path("@id").asText(""));
            if (ADMIN_ACCOUNT.matcher(id).find()) {
                return;
            }
            String name = JsonLdObjects.text(a, "name");
            if (name != null) {
                raw.add(name);
            }
        }
    }

    /**
     * @param raw      raw credits
     * @param siteName the site name, or null
     * @return clean, distinct person names
     */
    static List<String> clean(List<String> raw, String siteName) {
        Map<String, String> out = new LinkedHashMap<>();
        String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
        for (String r : raw) {
            if (r == null) {
                continue;
            }
            String s = r.replace('\u00A0', ' ').strip();
            if (s.startsWith("http://") || s.startsWith("https://") || (s.indexOf(' ') < 0 && s.indexOf('-') > 0)) {
                continue;
            }
            s = PREFIX.matcher(PARENTHESES.matcher(s).replaceAll("")).replaceFirst("");
            s = TRAILING_DATE.matcher(s).replaceFirst("");
            if (isPublisherCredit(s, site)) {
                continue;
            }
            for (String part : withoutPlace(s)) {
                String name = PREFIX.matcher(part.strip()).replaceFirst("").strip();
                name = TITLE_SUFFIX.matcher(name).replaceFirst("").strip();
                name = name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", "").strip();
                if (isName(name, site)) {
                    out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * A credit whose first comma-separated part is a host name or the site name ("hessenschau.de, Frankfurt,
     * Germany") names the publisher and its seat: none of its parts is a person.
     */
    static boolean isPublisherCredit(String credit, String site) {
        int comma = credit.indexOf(',');
        if (comma < 0) {
            return false;
        }
        String first = credit.substring(0, comma).strip();
        return DOMAIN.matcher(first).matches() || !site.isEmpty() && first.toLowerCase(Locale.ROOT).equals(site);
    }

    /**
     * Splits a credit into name parts and drops a dateline place: a last part after a comma that is one
     * capitalised Latin word while the part before it is a name of two or more words ("Von Seb Dumitru, Lille";
     * "By Jane Doe, Paris"). People listed together are joined by "and"/"und" or all have full names.
     */
    static List<String> withoutPlace(String credit) {
        List<String> parts = new ArrayList<>(List.of(SPLIT.split(credit)));
        int comma = credit.lastIndexOf(',');
        if (parts.size() >= 2 && comma > 0) {
            String last = parts.get(parts.size() - 1).strip().replaceAll("[.\\s]+$", "");
            String before = parts.get(parts.size() - 2).strip();
            String afterComma = credit.substring(comma + 1).strip().replaceAll("[.\\s]+$", "");
            if (last.equals(afterComma) && SINGLE_WORD.matcher(last).matches() && before.split("\\s+").length >= 2) {
                parts.remove(parts.size() - 1);
            }
        }
        return parts;
    }

    private static boolean isName(String name, String site) {
        if (name.length() < 3 || name.length() > MAX_NAME_CHARS) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (!site.isEmpty() && (lower.equals(site) || site.contains(lower) || lower.contains(site))) {
            return false;
        }
        if (NOISE.matcher(name).find()) {
            return false;
        }
        String[] words = name.split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        if (!Character.isLetter(name.codePointAt(0))) {
            return false;
        }
        return !isLatin(name) || capitalised(words);
    }

    /** A Latin-script name has its words capitalised, apart from particles ("Ursula von der Leyen"). */
    private static boolean capitalised(String[] words) {
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLatin(String name) {
        int cp = name.codePointAt(0);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }
}
