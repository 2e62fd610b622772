package newsflow.enrich.topic;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Language-independent topic evidence: the publisher's own filing of a page, read from its URL path
 * ({@code /sport/}, {@code /economia/}, {@code /politik/}), its section (JSON-LD {@code articleSection},
 * {@code article:section}) and its keywords, mapped to IPTC Media Topics top-level codes by the hand-written
 * vocabulary {@value #RESOURCE} (section names in the languages newsflow identifies; format {@code
 * code<TAB>name|name…}). Used for editions in a language without a topic lexicon, where the text itself cannot be
 * read ({@link EditionTopics}). Thread-safe; the vocabulary is loaded once per JVM.
 *
 * <p>Names are compared lower-case ({@link Locale#ROOT}) with the accents of Latin letters removed. A URL path
 * segment matches when it is a name (the last segment, the article's slug, is not read: its words are the
 * story's, not the section's); a section or keyword matches when the whole string, or one of its words, is a
 * name.
 *
 * <p>Scores (of one top-level code): a URL section {@value #URL_SCORE}, a declared section
 * {@value #SECTION_SCORE}, a keyword {@value #KEYWORD_SCORE}; each kind of source counts once per code
 * ({@code /spor/futbol/} is one URL filing), and different kinds naming the same code combine as independent
 * evidence, {@code 1 − Π(1 − s)}. A page filed under two codes gets both, the better first.
 */
public final class SectionTopics {
    /** Classpath location of the section vocabulary. */
    public static final String RESOURCE = "/newsflow/topic/sections.tsv";
    /** Score of a code named by a URL path segment. */
    static final double URL_SCORE = 0.4;
    /** Score of a code named by the publisher's declared section. */
    static final double SECTION_SCORE = 0.5;
    /** Score of a code named by one of the publisher's keywords. */
    static final double KEYWORD_SCORE = 0.3;

    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{M}\\p{N}-]+");

    /**
     * Where a code came from.
     *
     * @param code  IPTC top-level code
     * @param score in (0, 1)
     * @param from  the evidence, human-readable ({@code URL path /spor/}, {@code section "Wirtschaft"})
     */
    public record Found(String code, double score, List<String> from) {
    }

    private static final class Holder {
        private static final SectionTopics INSTANCE = load(RESOURCE);
    }

    private final Map<String, String> codeByName;

    private SectionTopics(Map<String, String> codeByName) {
        this.codeByName = codeByName;
    }

    /** @return the shipped vocabulary */
    public static SectionTopics get() {
        return Holder.INSTANCE;
    }

    static SectionTopics load(String resource) {
        MediaTopics vocabulary = MediaTopics.get();
        Map<String, String> byName = new HashMap<>();
        TsvResource.read(resource, (n, cols) -> {
            if (cols.length != 2 || vocabulary.find(cols[0]).filter(MediaTopic::isTopLevel).isEmpty()) {
                throw new IllegalStateException(resource + " line " + n + ": expected <top-level code>TAB<names>");
            }
            for (String name : cols[1].split("\\|")) {
                String prev = byName.put(normalise(name), cols[0]);
                if (prev != null && !prev.equals(cols[0])) {
                    throw new IllegalStateException(resource + " line " + n + ": '" + name + "' names two codes");
                }
            }
        });
        return new SectionTopics(Map.copyOf(byName));
    }

    /**
     * @param url      the page's URL, or null
     * @param section  the publisher's section, or null
     * @param keywords the publisher's keywords (may be empty)
     * @return the top-level codes the publisher filed the page under, best first; empty when none is known
     */
    public List<Found> find(String url, String section, List<String> keywords) {
        Map<String, double[]> score = new LinkedHashMap<>();
        Map<String, List<String>> from = new HashMap<>();
        Map<String, String> byUrl = new LinkedHashMap<>();
        for (String segment : pathSegments(url)) {
            String code = codeByName.get(normalise(segment));
            if (code != null) {
                byUrl.merge(code, "/" + segment + "/", (a, b) -> a + segment + "/");
            }
        }
        byUrl.forEach((code, path) -> add(code, URL_SCORE, "URL path " + path, score, from));
        if (section != null && !section.isBlank()) {
            add(lookup(section), SECTION_SCORE, "section \"" + section.strip() + "\"", score, from);
        }
        Map<String, String> byKeyword = new LinkedHashMap<>();
        for (String keyword : keywords == null ? List.<String>of() : keywords) {
            String code = keyword == null || keyword.isBlank() ? null : lookup(keyword);
            if (code != null) {
                byKeyword.putIfAbsent(code, "keyword \"" + keyword.strip() + "\"");
            }
        }
        byKeyword.forEach((code, why) -> add(code, KEYWORD_SCORE, why, score, from));
        List<Found> out = new ArrayList<>();
        score.forEach((code, s) -> out.add(new Found(code, 1 - s[0], List.copyOf(from.get(code)))));
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return List.copyOf(out);
    }

    private static void add(String code, double s, String why, Map<String, double[]> score,
                            Map<String, List<String>> from) {
        if (code == null) {
            return;
        }
        score.computeIfAbsent(code, k -> new double[] {1.0})[0] *= 1 - s;
        from.computeIfAbsent(code, k -> new ArrayList<>()).add(why);
    }

    /** @return the code of the whole string, else of the first of its words that is a name, else null */
    private String lookup(String text) {
        String whole = codeByName.get(normalise(text));
        if (whole != null) {
            return whole;
        }
        for (String word : WORD_SPLIT.split(text)) {
            String code = word.isEmpty() ? null : codeByName.get(normalise(word));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** @return the decoded path segments of the URL but the last (the article's slug); empty when unreadable */
    static List<String> pathSegments(String url) {
        if (url == null) {
            return List.of();
        }
        String path;
        try {
            path = URI.create(url.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (path == null) {
            return List.of();
        }
        String[] parts = path.split("/", -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty()) {
                out.add(parts[i]);
            }
        }
        return out;
    }

    static String normalise(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        String bare = LATIN_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(bare, Normalizer.Form.NFC).replace('ı', 'i').replace('ł', 'l').replace(' ', '-');
    }
}
