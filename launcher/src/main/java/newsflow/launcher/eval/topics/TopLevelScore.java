package newsflow.launcher.eval.topics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import newsflow.common.model.TopicTag;
import newsflow.enrich.topic.MediaTopics;
import newsflow.enrich.topic.TopicAgreement;

/**
 * Top-level topic accuracy as ../shared/eval/README.md scores it: each returned code counts for its top-level
 * ancestor, the ancestor taking its highest score; the prediction is the best-scoring top-level code ("none"
 * when no tag). Per expected class: precision, recall, F1; macro-F1 is the mean F1 over the expected classes
 * (predictions of other subjects count as errors). Not thread-safe.
 */
public final class TopLevelScore {
    /** Prediction when a text gets no tag. */
    public static final String NONE = "none";

    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private int total;
    private int correct;

    /**
     * @param tags tags returned for one text
     * @return the best-scoring top-level code, or {@link #NONE}
     */
    public static String predictedTop(List<TopicTag> tags) {
        return TopicAgreement.bestPerTopLevel(MediaTopics.get(), tags).entrySet().stream()
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(NONE);
    }

    /** Records one document. */
    public void add(String expected, String predicted) {
        confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted, 1, Integer::sum);
        total++;
        if (expected.equals(predicted)) {
            correct++;
        }
    }

    /** @return number of documents */
    public int total() {
        return total;
    }

    /** @return share of documents whose prediction is the expected code */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** @return precision of one class: its true positives over every document predicted as it (0 when none) */
    public double precision(String cls) {
        int predicted = confusion.values().stream().mapToInt(m -> m.getOrDefault(cls, 0)).sum();
        return predicted == 0 ? 0 : (double) truePositives(cls) / predicted;
    }

    /** @return recall of one expected class: its true positives over its documents (0 when none) */
    public double recall(String cls) {
        int gold = confusion.getOrDefault(cls, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        return gold == 0 ? 0 : (double) truePositives(cls) / gold;
    }

    private int truePositives(String cls) {
        return confusion.getOrDefault(cls, Map.of()).getOrDefault(cls, 0);
    }

    /** @return F1 of one expected class (0 when it has no true positive) */
    public double f1(String cls) {
        if (truePositives(cls) == 0) {
            return 0;
        }
        double p = precision(cls);
        double r = recall(cls);
        return 2 * p * r / (p + r);
    }

    /** @return the lowest F1 over the expected classes (0 when there is none) */
    public double minF1() {
        return confusion.keySet().stream().mapToDouble(this::f1).min().orElse(0);
    }

    /**
     * @return one line per expected class: code, label, documents, precision, recall, F1 (the figures #13 asks
     *     for beside the macro-F1)
     */
    public String perClass() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-16s %-34s %6s %7s %7s %7s%n",
                "class", "label", "docs", "P", "R", "F1"));
        for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
            String cls = row.getKey();
            int docs = row.getValue().values().stream().mapToInt(Integer::intValue).sum();
            String label = MediaTopics.get().label(cls).orElse("");
            b.append(String.format(java.util.Locale.ROOT, "%-16s %-34.34s %6d %7.3f %7.3f %7.3f%n", cls, label, docs,
                    precision(cls), recall(cls), f1(cls)));
        }
        return b.toString();
    }

    /** @return mean F1 over the expected classes */
    public double macroF1() {
        return confusion.keySet().stream().mapToDouble(this::f1).average().orElse(0);
    }

    /** @return the confusion matrix as text: rows expected, columns predicted, then F1 per class */
    public String report() {
        TreeSet<String> cols = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(m -> cols.addAll(m.keySet()));
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "%-16s", "expected\\pred"));
        for (String c : cols) {
            b.append(String.format(java.util.Locale.ROOT, "%6s", shortCode(c)));
        }
        b.append(String.format(java.util.Locale.ROOT, "%8s%n", "F1"));
        for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
            b.append(String.format(java.util.Locale.ROOT, "%-16s", row.getKey()));
            for (String c : cols) {
                b.append(String.format(java.util.Locale.ROOT, "%6d", row.getValue().getOrDefault(c, 0)));
            }
            b.append(String.format(java.util.Locale.ROOT, "%8.3f%n", f1(row.getKey())));
        }
        return b.toString();
    }

    private static String shortCode(String code) {
        return code.startsWith("medtop:") ? code.substring(7, 9) : code;
    }
}
