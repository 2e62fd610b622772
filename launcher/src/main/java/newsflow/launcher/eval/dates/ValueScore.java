package newsflow.launcher.eval.dates;

import java.util.List;
import java.util.Locale;
import newsflow.common.model.DateMention;

/**
 * Value F1 as the project's scorer computes it (../shared/eval/README.md): a prediction is correct when
 * its span overlaps a gold TIMEX3 span and its value equals that gold value. P = correct predictions /
 * predictions; R = gold expressions matched by a correct prediction / gold expressions. Mutable
 * accumulator, not thread-safe.
 */
public final class ValueScore {
    private long predicted;
    private long gold;
    private long correctPredicted;
    private long matchedGold;

    /**
     * Adds one document.
     *
     * @param predictions tagger output (code points)
     * @param golds       gold expressions (code points)
     */
    public void add(List<DateMention> predictions, List<TimeMlDocument.Gold> golds) {
        predicted += predictions.size();
        gold += golds.size();
        for (DateMention p : predictions) {
            if (golds.stream().anyMatch(g -> overlaps(p, g) && g.value().equals(p.value()))) {
                correctPredicted++;
            }
        }
        for (TimeMlDocument.Gold g : golds) {
            if (predictions.stream().anyMatch(p -> overlaps(p, g) && g.value().equals(p.value()))) {
                matchedGold++;
            }
        }
    }

    static boolean overlaps(DateMention p, TimeMlDocument.Gold g) {
        return p.start() < g.end() && g.start() < p.end();
    }

    /** @return precision, 0 when nothing was predicted */
    public double precision() {
        return predicted == 0 ? 0 : (double) correctPredicted / predicted;
    }

    /** @return recall, 0 when there is no gold */
    public double recall() {
        return gold == 0 ? 0 : (double) matchedGold / gold;
    }

    /** @return harmonic mean of precision and recall */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** @return predictions scored */
    public long predicted() {
        return predicted;
    }

    /** @return gold expressions scored */
    public long gold() {
        return gold;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (pred %d, gold %d)", precision(), recall(), f1(),
                predicted, gold);
    }
}
