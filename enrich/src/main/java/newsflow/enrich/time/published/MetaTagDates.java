package newsflow.enrich.time.published;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Date candidates from {@code <meta>} tags (name, property, itemprop or http-equiv) and from
 * {@code itemprop=datePublished/dateModified} on visible elements (content, datetime or text). The key table
 * gathers the tags htmldate, newspaper4k and news-please read, with the kind each one states. A key outside the
 * table is looked up again by its words ({@link #words}), so the spelling variants publishers write
 * ("article:published:time", "article.published_time", "og:article:published-time") count as the tag they spell.
 */
final class MetaTagDates {

    private record Key(DateKind kind, int score) {
    }

    private static final Map<String, Key> KEYS = Map.ofEntries(
            Map.entry("article:published_time", pub(EvidenceScores.META_ARTICLE)),
            Map.entry("og:article:published_time", pub(EvidenceScores.META_ARTICLE)),
            Map.entry("og:published_time", pub(EvidenceScores.META_ARTICLE)),
            Map.entry("article:published", pub(EvidenceScores.META_ARTICLE)),
            Map.entry("article.published", pub(EvidenceScores.META_NAMED)),
            Map.entry("datepublished", pub(EvidenceScores.ITEMPROP)),
            Map.entry("parsely-pub-date", pub(EvidenceScores.META_NAMED)),
            Map.entry("sailthru.date", pub(EvidenceScores.META_NAMED)),
            Map.entry("publish-date", pub(EvidenceScores.META_NAMED)),
            Map.entry("publish_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("publishdate", pub(EvidenceScores.META_NAMED)),
            Map.entry("published-date", pub(EvidenceScores.META_NAMED)),
            Map.entry("published_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("published_time", pub(EvidenceScores.META_NAMED)),
            Map.entry("publication_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("publication-date", pub(EvidenceScores.META_NAMED)),
            Map.entry("date_published", pub(EvidenceScores.META_NAMED)),
            Map.entry("date.published", pub(EvidenceScores.META_NAMED)),
            Map.entry("original-publish-date", pub(EvidenceScores.META_NAMED)),
            Map.entry("originalpublicationdate", pub(EvidenceScores.META_NAMED)),
            Map.entry("dc.date.issued", pub(EvidenceScores.META_NAMED)),
            Map.entry("dcterms.issued", pub(EvidenceScores.META_NAMED)),
            Map.entry("dc.date.published", pub(EvidenceScores.META_NAMED)),
            Map.entry("citation_publication_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("citation_online_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("citation_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("prism.publicationdate", pub(EvidenceScores.META_NAMED)),
            Map.entry("rnews:datepublished", pub(EvidenceScores.META_NAMED)),
            Map.entry("og:pubdate", pub(EvidenceScores.META_NAMED)),
            Map.entry("bt:pubdate", pub(EvidenceScores.META_NAMED)),
            Map.entry("cxenseparse:recs:publishtime", pub(EvidenceScores.META_NAMED)),
            Map.entry("article:post_date", pub(EvidenceScores.META_NAMED)),
            Map.entry("pubdate", pub(EvidenceScores.META_GENERIC)),
            Map.entry("pub_date", pub(EvidenceScores.META_GENERIC)),
            Map.entry("date", pub(EvidenceScores.META_GENERIC)),
            Map.entry("dc.date", pub(EvidenceScores.META_GENERIC)),
            Map.entry("dcterms.date", pub(EvidenceScores.META_GENERIC)),
            Map.entry("dc.date.created", pub(EvidenceScores.META_GENERIC)),
            Map.entry("dcterms.created", pub(EvidenceScores.META_GENERIC)),
            Map.entry("datecreated", pub(EvidenceScores.META_GENERIC)),
            Map.entry("created", pub(EvidenceScores.META_GENERIC)),
            Map.entry("creation_date", pub(EvidenceScores.META_GENERIC)),
            Map.entry("article:modified_time", mod(EvidenceScores.META_ARTICLE)),
            Map.entry("og:article:modified_time", mod(EvidenceScores.META_ARTICLE)),
            Map.entry("og:updated_time", mod(EvidenceScores.META_ARTICLE)),
            Map.entry("article:modified", mod(EvidenceScores.META_ARTICLE)),
            Map.entry("datemodified", mod(EvidenceScores.ITEMPROP)),
            Map.entry("dc.date.modified", mod(EvidenceScores.META_NAMED)),
            Map.entry("dcterms.modified", mod(EvidenceScores.META_NAMED)),
            Map.entry("last-modified", mod(EvidenceScores.META_NAMED)),
            Map.entry("lastmod", mod(EvidenceScores.META_NAMED)),
            Map.entry("last-updated", mod(EvidenceScores.META_NAMED)),
            Map.entry("revised", mod(EvidenceScores.META_NAMED)),
            Map.entry("modified", mod(EvidenceScores.META_GENERIC)),
            Map.entry("updated", mod(EvidenceScores.META_GENERIC)));

    /**
     * A meta key outside the table that still names a date of the page ("five_hundred_pixels:created_at",
     * "article_date_original", a media page's "…:uploaded" as schema.org's uploadDate): weak evidence, its kind taken from the name.
     */
    private static Key generic(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.contains("expir") || k.contains("valid") || k.contains("copyright") || k.contains("birth")
                || k.contains("event") || k.contains("start") || k.contains("end")) {
            return null;
        }
        if (k.contains("modif") || k.contains("updat") || k.contains("revis")) {
            return mod(EvidenceScores.META_UNKNOWN);
        }
        if (k.contains("publish") || k.contains("created") || k.contains("pubdate") || k.endsWith("date")
                || k.contains("release") || k.contains("upload")) {
            return pub(EvidenceScores.META_UNKNOWN);
        }
        return null;
    }

    /** The table by its keys' words: "article:published_time" also answers "article:published:time". */
    private static final Map<String, Key> BY_WORDS = byWords();

    private static Map<String, Key> byWords() {
        Map<String, Key> m = new java.util.HashMap<>();
        for (Map.Entry<String, Key> e : KEYS.entrySet()) {
            m.merge(words(e.getKey()), e.getValue(), (a, b) -> a.score() >= b.score() ? a : b);
        }
        return Map.copyOf(m);
    }

    /**
     * @param key a meta key
     * @return its lower-case words joined by '_' ("Article:Published:Time" gives "article_published_time")
     */
    static String words(String key) {
        return String.join("_", key.toLowerCase(Locale.ROOT).strip().split("[:._\\-]+"));
    }

    /** @return the table entry for a key, by its exact spelling or its words; else the generic reading */
    private static Key lookup(String key) {
        String k = key.toLowerCase(Locale.ROOT).strip();
        Key known = KEYS.get(k);
        if (known == null) {
            known = BY_WORDS.get(words(k));
        }
        return known != null ? known : generic(key);
    }

    private static Key pub(int score) {
        return new Key(DateKind.PUBLISHED, score);
    }

    private static Key mod(int score) {
        return new Key(DateKind.MODIFIED, score);
    }

    private MetaTagDates() {
    }

    /**
     * Adds the meta and itemprop candidates of the page.
     *
     * @param doc    the page
     * @param boilerplate the page's boilerplate zones
     * @param parser the machine-value parser
     * @param order  the page's numeric date order
     * @param out    receives the candidates
     */
    static void collect(Document doc, Boilerplate boilerplate, MachineDateParser parser, DayMonthOrder order,
                        List<DateCandidate> out) {
        for (Element meta : doc.select("meta[content]")) {
            String key = firstNonEmpty(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"),
                    meta.attr("http-equiv"));
            Key k = key == null ? null : lookup(key);
            if (k == null) {
                continue;
            }
            DateParts d = parser.parse(meta.attr("content"), order);
            if (d != null) {
                String src = meta.hasAttr("itemprop") && key.equalsIgnoreCase(meta.attr("itemprop"))
                        ? "itemprop:" + key : "meta:" + key;
                out.add(new DateCandidate(d, k.kind(), src, k.score()));
            }
        }
        for (Element e : doc.select("[itemprop~=(?i)^(datePublished|dateModified|dateCreated)$]")) {
            if (e.normalName().equals("meta") || boilerplate.inBoilerplate(e)) {
                continue;
            }
            String prop = e.attr("itemprop");
            String raw = firstNonEmpty(e.attr("content"), e.attr("datetime"), e.text());
            DateParts d = parser.parse(raw, order);
            if (d != null) {
                DateKind kind = prop.equalsIgnoreCase("dateModified") ? DateKind.MODIFIED : DateKind.PUBLISHED;
                int score = prop.equalsIgnoreCase("dateCreated") ? EvidenceScores.META_GENERIC
                        : EvidenceScores.ITEMPROP;
                out.add(new DateCandidate(d, kind, "itemprop:" + prop, score));
            }
        }
    }

    /**
     * RDFa ({@code <span property="dc:date dc:created" content="…">}) and microformat dates
     * ({@code <abbr class="published" title="…">}, hAtom {@code updated}) on visible elements.
     */
    static void collectMarkup(Document doc, Boilerplate boilerplate, MachineDateParser parser, DayMonthOrder order,
                              List<DateCandidate> out) {
        for (Element e : doc.select("[property][content]")) {
            if (e.normalName().equals("meta") || boilerplate.inBoilerplate(e)) {
                continue;
            }
            for (String prop : e.attr("property").toLowerCase(Locale.ROOT).split("\\s+")) {
                String key = prop.replace("schema:", "").replace("dcterms:", "dcterms.").replace("dc:", "dc.");
                Key k = KEYS.get(key);
                DateParts d = k == null ? null : parser.parse(e.attr("content"), order);
                if (d != null) {
                    out.add(new DateCandidate(d, k.kind(), "rdfa:" + prop,
                            Math.min(k.score(), EvidenceScores.MARKUP_ATTRIBUTE)));
                    break;
                }
            }
        }
        for (Element e : doc.select("[title][class~=(?i)published|updated|date|time]")) {
            if (boilerplate.inBoilerplate(e)) {
                continue;
            }
            DateParts d = parser.parse(e.attr("title"), order);
            if (d == null || !d.hasDay()) {
                continue;
            }
            String cls = e.className().toLowerCase(Locale.ROOT);
            DateKind kind = cls.contains("updated") || cls.contains("modified") ? DateKind.MODIFIED
                    : cls.contains("published") ? DateKind.PUBLISHED : DateKind.UNLABELLED;
            int score = kind == DateKind.PUBLISHED ? EvidenceScores.MARKUP_ATTRIBUTE : EvidenceScores.DATE_CLASS + 1;
            out.add(new DateCandidate(d, kind, "microformat:title", score));
        }
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
