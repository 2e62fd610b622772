package newsflow.enrich.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsflow.common.model.TopicTag;

/**
 * Tags a text with IPTC Media Topics codes (vocabulary: {@link MediaTopics}) from the team's lexicons
 * ({@value #LEXICON_DIR}{@code en.tsv}, {@code fr.tsv}, {@code de.tsv}, {@code es.tsv}, {@code it.tsv}, {@code ar.tsv}; format in {@link Lexicon}). Thread-safe; the
 * vocabulary and lexicons are loaded once per JVM.
 *
 * <p>Rules, in order: (1) words are split and normalised per script ({@link WordTokenizer}); (2) lexicon
 * terms are found leftmost-longest, title and body separately, a title hit counting
 * {@value TopicEvidence#TITLE_WEIGHT} times; (3) evidence per code ({@link TopicEvidence#perCode}) is added up
 * the hierarchy, so a top-level subject holds the evidence of its whole subtree; (4) the top-level subjects
 * are ranked by that evidence and kept when they have at least {@value #MIN_TOP_EVIDENCE} and at least
 * {@value #RELATIVE_FLOOR} of the best one's; (5) below a kept subject, up to {@value #MAX_DEEPER_PER_TOP}
 * deeper concepts with at least {@value #MIN_DEEPER_EVIDENCE} and {@value #DEEPER_SHARE} of the subject's
 * evidence are added, best first; a concept is left out when a narrower candidate holds at least
 * {@value #SPECIFIC_SHARE} of its evidence (the narrower one says it more precisely).
 *
 * <p>Score of a subject: its share of all evidence times {@code 1 − exp(−evidence / }{@value #SATURATION}{@code )},
 * in [0, 1) and increasing with evidence, so the best subject ranks first. A deeper concept scores the
 * subject's score times its share of the subject's evidence, never more than its subject: a consumer taking
 * for each top-level ancestor its best score sees the same ranking.
 */
public final class TopicTagger {
    /** Classpath folder of the lexicons. */
    public static final String LEXICON_DIR = "/newsflow/topic/";
    static final double MIN_TOP_EVIDENCE = 1.5;
    static final double RELATIVE_FLOOR = 0.2;
    static final double MIN_DEEPER_EVIDENCE = 2.0;
    static final double DEEPER_SHARE = 0.2;
    static final int MAX_DEEPER_PER_TOP = 3;
    static final double SPECIFIC_SHARE = 0.6;
    static final double SATURATION = 6.0;

    /**
     * Score from which a tag counts in the sink's dashboard views ({@code editions_per_day},
     * {@code topic_editions_per_day}, migration V5; docs/topics.md): below it a tag is a side mention (a sport word
     * in a budget story scores 0.05–0.07). Tags below it are still returned and stored.
     */
    public static final double REPORTED_MIN_SCORE = 0.15;

    /** Language whose lexicon reads Latin-script words when the text's language is not given. */
    public static final String DEFAULT_LATIN = "en";
    /** The language of the Arabic lexicon, which every lexicon includes for Arabic-script words. */
    static final String ARABIC = "ar";

    private static final class Holder {
        private static final Map<String, Lexicon> BY_LANG = Map.of(
                "en", Lexicon.load(MediaTopics.get(), List.of(LEXICON_DIR + "en.tsv", LEXICON_DIR + "ar.tsv")),
                "fr", Lexicon.load(MediaTopics.get(), List.of(LEXICON_DIR + "fr.tsv", LEXICON_DIR + "ar.tsv")),
                "de", Lexicon.load(MediaTopics.get(), List.of(LEXICON_DIR + "de.tsv", LEXICON_DIR + "ar.tsv")),
                "es", Lexicon.load(MediaTopics.get(), List.of(LEXICON_DIR + "es.tsv", LEXICON_DIR + "ar.tsv")),
                "it", Lexicon.load(MediaTopics.get(), List.of(LEXICON_DIR + "it.tsv", LEXICON_DIR + "ar.tsv")));
    }

    private final MediaTopics vocabulary;
    private final Map<String, Lexicon> lexicons;

    /** A tagger over the shipped vocabulary and lexicons. */
    public TopicTagger() {
        this(MediaTopics.get(), Holder.BY_LANG);
    }

    TopicTagger(MediaTopics vocabulary, Map<String, Lexicon> lexicons) {
        this.vocabulary = vocabulary;
        this.lexicons = lexicons;
    }

    /**
     * @param lang ISO 639-1 code or BCP 47 tag ({@code fr-TN}), or null
     * @return the lexicon for Latin-script words of that language ({@value #DEFAULT_LATIN} when null or for
     *     Arabic), always with the Arabic lexicon for Arabic-script words; null when the language has no lexicon
     */
    private Lexicon lexiconFor(String lang) {
        if (lang == null) {
            return lexicons.get(DEFAULT_LATIN);
        }
        String primary = primary(lang);
        return lexicons.get(ARABIC.equals(primary) ? DEFAULT_LATIN : primary);
    }

    private static String primary(String lang) {
        return lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /**
     * @param lang ISO 639-1 code or BCP 47 tag, {@code und}, or null
     * @return true when texts of that language are read with a lexicon of their own (English, French, German,
     *     Spanish, Italian, Arabic) or the language is not given (null: read as English and Arabic)
     */
    public boolean hasLexicon(String lang) {
        return lexiconFor(lang) != null;
    }

    /**
     * @param title the title, or null
     * @param text  the body text, or null
     * @param lang  ISO 639-1 code of the text, or null: words in Arabic script are read with the Arabic
     *              lexicon, other words with the lexicon of {@code lang} (English, French, German, Spanish and
     *              Italian ship; null reads them as English)
     * @return tags, best first: top-level subjects and deeper concepts with scores in [0, 1); empty when
     *     the text holds too little evidence, and for a language without a lexicon (Turkish, Polish, Korean,
     *     Dutch, Indonesian, {@code und}…: another language's lexicon would give confident wrong topics, issue 13)
     */
    public List<TopicTag> tag(String title, String text, String lang) {
        Map<String, Double> subtree = evidence(title, text, lang);
        if (subtree.isEmpty()) {
            return List.of();
        }
        double total = 0;
        for (MediaTopic t : vocabulary.topLevelSubjects()) {
            total += subtree.getOrDefault(t.code(), 0.0);
        }
        return rank(subtree, total);
    }

    /**
     * The evidence behind {@link #tag} (rules 1–3), for explaining a result.
     *
     * @param title the title, or null
     * @param text  the body text, or null
     * @param lang  as for {@link #tag}
     * @return code → evidence of the code's whole subtree, for every code on the path from a matched
     *     concept to its top-level subject; empty when no term matched or the language has no lexicon
     */
    public Map<String, Double> evidence(String title, String text, String lang) {
        Lexicon lexicon = lexiconFor(lang);
        if (lexicon == null) {
            return Map.of();
        }
        TopicEvidence ev = new TopicEvidence();
        lexicon.match(WordTokenizer.words(title), ev::title);
        lexicon.match(WordTokenizer.words(text), ev::body);
        Map<String, Double> subtree = new HashMap<>();
        for (Map.Entry<String, Double> e : ev.perCode().entrySet()) {
            for (MediaTopic t = vocabulary.require(e.getKey()); t != null;
                 t = t.parent() == null ? null : vocabulary.require(t.parent())) {
                subtree.merge(t.code(), e.getValue(), Double::sum);
            }
        }
        return subtree;
    }

    private List<TopicTag> rank(Map<String, Double> subtree, double total) {
        List<MediaTopic> tops = new ArrayList<>();
        for (MediaTopic t : vocabulary.topLevelSubjects()) {
            if (subtree.getOrDefault(t.code(), 0.0) >= MIN_TOP_EVIDENCE) {
                tops.add(t);
            }
        }
        if (tops.isEmpty()) {
            return List.of();
        }
        tops.sort(Comparator.comparingDouble((MediaTopic t) -> -subtree.get(t.code())));
        double best = subtree.get(tops.get(0).code());
        List<TopicTag> out = new ArrayList<>();
        for (MediaTopic top : tops) {
            double evidence = subtree.get(top.code());
            if (evidence < RELATIVE_FLOOR * best) {
                break;
            }
            double score = (evidence / total) * (1 - Math.exp(-evidence / SATURATION));
            out.add(new TopicTag(top.code(), top.label(), score));
            out.addAll(deeper(top, evidence, score, subtree));
        }
        return out;
    }

    private List<TopicTag> deeper(MediaTopic top, double evidence, double score, Map<String, Double> subtree) {
        List<MediaTopic> candidates = new ArrayList<>();
        for (Map.Entry<String, Double> e : subtree.entrySet()) {
            MediaTopic t = vocabulary.require(e.getKey());
            if (!t.isTopLevel() && t.top().equals(top.code()) && e.getValue() >= MIN_DEEPER_EVIDENCE
                    && e.getValue() >= DEEPER_SHARE * evidence) {
                candidates.add(t);
            }
        }
        candidates.removeIf(t -> hasSpecificDescendant(t, candidates, subtree));
        candidates.sort(Comparator.comparingDouble((MediaTopic t) -> -subtree.get(t.code()))
                .thenComparing(MediaTopic::code));
        List<TopicTag> out = new ArrayList<>();
        for (MediaTopic t : candidates) {
            if (out.size() == MAX_DEEPER_PER_TOP) {
                break;
            }
            double s = score * subtree.get(t.code()) / evidence;
            out.add(new TopicTag(t.code(), t.label(), s));
        }
        return out;
    }

    /**
     * True when a narrower candidate holds at least {@value #SPECIFIC_SHARE} of the concept's evidence: the
     * narrower concept then says the same thing more precisely ("soccer" rather than "competition
     * discipline").
     */
    private boolean hasSpecificDescendant(MediaTopic t, List<MediaTopic> candidates, Map<String, Double> subtree) {
        for (MediaTopic d : candidates) {
            if (d != t && isAncestor(t.code(), d) && subtree.get(d.code()) >= SPECIFIC_SHARE * subtree.get(t.code())) {
                return true;
            }
        }
        return false;
    }

    private boolean isAncestor(String code, MediaTopic t) {
        for (String p = t.parent(); p != null; p = vocabulary.require(p).parent()) {
            if (p.equals(code)) {
                return true;
            }
        }
        return false;
    }
}
