package newsflow.launcher.eval.extraction;

import java.time.OffsetDateTime;
import java.util.Locale;

/** Counting agreement with gold values, and the text normalisation used for comparing them. */
final class Agreement {
    private int agree;
    private int total;

    void count(boolean ok) {
        total++;
        if (ok) {
            agree++;
        }
    }

    int total() {
        return total;
    }

    double share() {
        return total == 0 ? 0 : (double) agree / total;
    }

    /** Whitespace collapsed, stripped, lower case, typographic quotes made plain. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    /** First ten characters (the day) of an ISO value, or null. */
    static String day(String iso) {
        return iso == null || iso.length() < 10 ? null : iso.substring(0, 10);
    }

    /** Parses {@code 2025-06-05 14:46:12+02:00} or ISO 8601 with an offset; null when it has none. */
    static OffsetDateTime offsetDateTime(String s) {
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip().replace(' ', 'T'));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
