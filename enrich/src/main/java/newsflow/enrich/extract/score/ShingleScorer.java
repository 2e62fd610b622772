package newsflow.enrich.extract.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction-benchmark body metric (Zyte, github.com/scrapinghub/article-extraction-benchmark, as
 * described in ../shared/eval/README.md): tokens are maximal runs of Unicode letters, digits and underscore
 * (Python's {@code \w}); a text is the multiset of its {@value #SHINGLE}-token shingles (a text shorter than that
 * is one shingle of all its tokens); per document TP, FP and FN are counted on the multisets and normalised to
 * sum 1; precision and recall are averaged over documents (a document with TP+FP = 0 does not count for
 * precision, one with TP+FN = 0 not for recall); F1 is the harmonic mean of the two averages.
 * Not thread-safe: one instance per evaluation run.
 */
public final class ShingleScorer {

    /** Tokens per shingle. */
    public static final int SHINGLE = 4;

    private double precisionSum;
    private int precisionDocs;
    private double recallSum;
    private int recallDocs;

    /**
     * Scores one document and adds it to the averages.
     *
     * @param gold      the gold text
     * @param predicted the extracted text (may be empty or null)
     * @return this document's {precision, recall}; NaN where undefined
     */
    public double[] add(String gold, String predicted) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<String> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        for (String k : keys) {
            int gc = g.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double precision = Double.NaN;
        double recall = Double.NaN;
        if (tp + fp > 0) {
            precision = tp / (tp + fp);
            precisionSum += precision;
            precisionDocs++;
        }
        if (tp + fn > 0) {
            recall = tp / (tp + fn);
            recallSum += recall;
            recallDocs++;
        }
        return new double[] {precision, recall};
    }

    /** @return mean precision over the documents that have one, or 0 */
    public double precision() {
        return precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
    }

    /** @return mean recall over the documents that have one, or 0 */
    public double recall() {
        return recallDocs == 0 ? 0 : recallSum / recallDocs;
    }

    /** @return harmonic mean of {@link #precision()} and {@link #recall()}, or 0 */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * @param text any text, or null
     * @return its tokens as Python's {@code re.findall(r"\w+", text)} gives them
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** Python's {@code \w} for str patterns: alphanumeric (letters, all numeric kinds) or underscore. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        int n = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < n; i++) {
            String s = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            if (!s.isEmpty()) {
                out.merge(s, 1, Integer::sum);
            }
        }
        return out;
    }
}
