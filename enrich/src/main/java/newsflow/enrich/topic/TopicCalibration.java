package newsflow.enrich.topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsflow.common.model.TopicTag;

/**
 * Calibrates the topic scores of a document's editions against each other (issue 13). The editions of one page
 * report one story (a bilingual page is an English and an Arabic report of the same event), but each language's
 * lexicon sees its own words: a near-tie in one language ("economy" 0.28 against "environment" 0.27 in Arabic,
 * while the English report is clearly "environment") would give the same story two subjects.
 *
 * <p>Rule: for every top-level code an edition already carries, its score becomes {@code (1 − }{@value #POOL}{@code )
 * × own + }{@value #POOL}{@code  × document}, where {@code document} is the mean over the document's tagged
 * editions of their best score for that code (0 in an edition without it); the edition's deeper tags under that
 * code are scaled by the same factor, so none exceeds its subject. An edition never gains a code its own text
 * does not hold (no topic is invented), and a document with a single tagged edition is unchanged. The scores
 * stay in [0, 1).
 */
public final class TopicCalibration {
    /** Weight of the document's mean score in each edition's calibrated score. */
    static final double POOL = 0.5;

    private TopicCalibration() {
    }

    /**
     * @param editions for each edition its tags from its own text, best first; null for an edition that was not
     *                 read (kept null)
     * @return the calibrated tags, same shape, each list best first
     */
    public static List<List<TopicTag>> acrossEditions(List<List<TopicTag>> editions) {
        MediaTopics vocabulary = MediaTopics.get();
        List<Map<String, Double>> best = new ArrayList<>();
        for (List<TopicTag> tags : editions) {
            if (tags != null && !tags.isEmpty()) {
                best.add(TopicAgreement.bestPerTopLevel(vocabulary, tags));
            }
        }
        if (best.size() < 2) {
            return editions;
        }
        Map<String, Double> document = new HashMap<>();
        for (Map<String, Double> b : best) {
            b.forEach((code, s) -> document.merge(code, s / best.size(), Double::sum));
        }
        List<List<TopicTag>> out = new ArrayList<>(editions.size());
        for (List<TopicTag> tags : editions) {
            out.add(tags == null || tags.isEmpty() ? tags : calibrate(vocabulary, tags, document));
        }
        return out;
    }

    private static List<TopicTag> calibrate(MediaTopics vocabulary, List<TopicTag> tags, Map<String, Double> document) {
        Map<String, Double> own = TopicAgreement.bestPerTopLevel(vocabulary, tags);
        Map<String, List<TopicTag>> groups = new LinkedHashMap<>();
        Map<String, Double> calibrated = new HashMap<>();
        for (Map.Entry<String, Double> e : own.entrySet()) {
            calibrated.put(e.getKey(), (1 - POOL) * e.getValue() + POOL * document.getOrDefault(e.getKey(), 0.0));
        }
        for (TopicTag t : tags) {
            String top = vocabulary.topLevel(t.code()).map(MediaTopic::code).orElse(t.code());
            double ownTop = own.getOrDefault(top, 0.0);
            double factor = ownTop > 0 && calibrated.containsKey(top) ? calibrated.get(top) / ownTop : 1.0;
            groups.computeIfAbsent(top, k -> new ArrayList<>())
                    .add(new TopicTag(t.code(), t.label(), t.score() * factor));
        }
        List<String> order = new ArrayList<>(groups.keySet());
        order.sort(Comparator.comparingDouble((String top) -> -calibrated.getOrDefault(top, 0.0)));
        List<TopicTag> out = new ArrayList<>(tags.size());
        for (String top : order) {
            out.addAll(groups.get(top));
        }
        return List.copyOf(out);
    }
}
