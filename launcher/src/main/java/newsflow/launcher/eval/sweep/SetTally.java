package newsflow.launcher.eval.sweep;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sweep's findings on one page set: counts for the summary table and the offending files per check.
 * Not thread-safe (filled by one thread).
 */
public final class SetTally {

    /** The checks, in report order, with their column names. */
    public enum Check {
        /** A page whose title or text holds U+FFFD. */
        FFFD("U+FFFD"),
        /** A stored article whose body reads as a wall or prompt. */
        WALL_TEXT("wall text"),
        /** A publication date after the fetch time. */
        FUTURE_DATE("date>fetch"),
        /** A page with an edition under two paragraphs. */
        SHORT_EDITION("<2 paras"),
        /** A title holding an HTML entity. */
        ENTITY_TITLE("entity title"),
        /** A page that is not an article (for review: these sets hold articles). */
        NOT_ARTICLE("not article"),
        /** A page whose enrichment failed. */
        ERROR("error");

        private final String label;

        Check(String label) {
            this.label = label;
        }

        /** @return the column name */
        public String label() {
            return label;
        }
    }

    private final String name;
    private int pages;
    private int editions;
    private int shortEditions;
    private final Map<String, Integer> kinds = new TreeMap<>();
    private final Map<Check, List<String>> offenders = new java.util.EnumMap<>(Check.class);

    /** @param name the set's folder name */
    public SetTally(String name) {
        this.name = name;
        for (Check c : Check.values()) {
            offenders.put(c, new ArrayList<>());
        }
    }

    /** @param r one page's findings */
    public void add(PageReport r) {
        pages++;
        editions += r.editions();
        shortEditions += r.shortEditions();
        kinds.merge(r.kind(), 1, Integer::sum);
        if (r.error() != null) {
            offenders.get(Check.ERROR).add(r.file() + "  " + r.error());
            return;
        }
        if (!"article".equals(r.kind())) {
            offenders.get(Check.NOT_ARTICLE).add(r.file() + "  " + r.kind());
        }
        if (r.replacementChars()) {
            offenders.get(Check.FFFD).add(r.file());
        }
        if (r.wallText() != null) {
            offenders.get(Check.WALL_TEXT).add(r.file() + "  " + r.wallText());
        }
        if (r.publishedAfterFetch()) {
            offenders.get(Check.FUTURE_DATE).add(r.file());
        }
        if (r.shortEditions() > 0) {
            offenders.get(Check.SHORT_EDITION).add(r.file() + "  " + r.shortEditions() + " of " + r.editions());
        }
        if (r.entityTitle()) {
            offenders.get(Check.ENTITY_TITLE).add(r.file());
        }
    }

    /** @return pages seen */
    public int pages() {
        return pages;
    }

    /** @return pages per kind wire name ({@code error} for failures) */
    public Map<String, Integer> kinds() {
        return Map.copyOf(kinds);
    }

    /**
     * @param check a check
     * @return the offending files (with a detail after two spaces), in page order
     */
    public List<String> offenders(Check check) {
        return List.copyOf(offenders.get(check));
    }

    /** @param out where the summary row goes (see {@link #printHeader}) */
    public void printRow(PrintStream out) {
        double perPage = pages == 0 ? 0 : editions / (double) pages;
        double fffd = pages == 0 ? 0 : offenders.get(Check.FFFD).size() / (double) pages;
        out.printf(Locale.ROOT, "%-24s %6d %8.2f %7.4f %9d %10d %9d %12d %8d  %s%n", name, pages, perPage, fffd,
                offenders.get(Check.WALL_TEXT).size(), offenders.get(Check.FUTURE_DATE).size(), shortEditions,
                offenders.get(Check.ENTITY_TITLE).size(), offenders.get(Check.ERROR).size(), kinds);
    }

    /** @param out where the header of {@link #printRow} goes */
    public static void printHeader(PrintStream out) {
        out.printf(Locale.ROOT, "%-24s %6s %8s %7s %9s %10s %9s %12s %8s  %s%n", "set", "pages", "ed/page",
                "U+FFFD", "wall text", "date>fetch", "ed<2 para", "entity title", "errors", "pages by kind");
    }

    /**
     * @param out   where the offenders go, one per line: set, check, file, detail
     * @param limit most offenders printed per check (the rest are counted)
     */
    public void printOffenders(PrintStream out, int limit) {
        for (Check c : Check.values()) {
            List<String> files = offenders.get(c);
            for (int i = 0; i < files.size() && i < limit; i++) {
                out.printf(Locale.ROOT, "%-24s %-13s %s%n", name, c.label(), files.get(i));
            }
            if (files.size() > limit) {
                out.printf(Locale.ROOT, "%-24s %-13s … and %d more%n", name, c.label(), files.size() - limit);
            }
        }
    }
}
