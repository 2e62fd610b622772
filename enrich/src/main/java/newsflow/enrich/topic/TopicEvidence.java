package newsflow.enrich.topic;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Evidence gathered from one document: hits per lexicon term, title hits counting {@value #TITLE_WEIGHT}
 * times, turned into a score per code by {@link #perCode}. Not thread-safe: one instance per document.
 */
final class TopicEvidence {
    /** A title word weighs as much as this many body words (the title states the subject). */
    static final double TITLE_WEIGHT = 3.0;

    private final Map<LexiconEntry, double[]> hits = new IdentityHashMap<>();

    /** Records one body occurrence. */
    void body(LexiconEntry e) {
        add(e, 1.0);
    }

    /** Records one title occurrence. */
    void title(LexiconEntry e) {
        add(e, TITLE_WEIGHT);
    }

    private void add(LexiconEntry e, double w) {
        if (e.code() != null) {
            hits.computeIfAbsent(e, k -> new double[1])[0] += w;
        }
    }

    /**
     * Evidence per code: each term gives {@code weight × log2(1 + hits)}, so repeating one word has
     * diminishing returns and several different terms outweigh one term repeated.
     *
     * @return code → evidence (> 0) for the codes named by the matched terms (ancestors not included)
     */
    Map<String, Double> perCode() {
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<LexiconEntry, double[]> h : hits.entrySet()) {
            double v = h.getKey().weight() * Math.log1p(h.getValue()[0]) / Math.log(2);
            out.merge(h.getKey().code(), v, Double::sum);
        }
        return out;
    }
}
