package newsflow.launcher.eval.languages;

import java.util.Locale;

/** A count of right answers out of a total. Not thread-safe. */
public final class Tally {
    private long right;
    private long total;

    /**
     * @param correct whether this item was right
     */
    public void add(boolean correct) {
        total++;
        if (correct) {
            right++;
        }
    }

    /** @return right / total, or NaN when empty */
    public double rate() {
        return total == 0 ? Double.NaN : (double) right / total;
    }

    /** @return the number of items */
    public long total() {
        return total;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.4f (%d/%d)", rate(), right, total);
    }
}
