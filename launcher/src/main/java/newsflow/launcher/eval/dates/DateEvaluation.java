package newsflow.launcher.eval.dates;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import newsflow.common.model.DateMention;
import newsflow.enrich.time.calendar.CalendarSystem;
import newsflow.enrich.time.mentions.DateReference;
import newsflow.enrich.time.mentions.TemporalTagger;

/**
 * Runs the temporal tagger over the evaluation sets and scores it: value F1 on TimeML corpora
 * ({@link ValueScore}), accuracy on dateparser cases ({@link DateparserCases}), and throughput.
 */
public final class DateEvaluation {

    /** Reference day of the Arabic silver corpus: its README puts relative values at about 2015-12-22/24. */
    public static final LocalDate DAHMRI_REFERENCE = LocalDate.of(2015, 12, 24);

    private final TemporalTagger tagger = new TemporalTagger();
    private final PrintStream errors;
    private long expressions;
    private long nanos;
    private List<String> duplicates = new ArrayList<>();

    /**
     * @param errors where mismatches are listed (one line each), or null for none
     */
    public DateEvaluation(PrintStream errors) {
        this.errors = errors;
    }

    /**
     * Scores every .tml file under a folder.
     *
     * @param dir       corpus folder (searched recursively)
     * @param lang      language of the corpus
     * @param reference reference day for files without a creation time, or null to skip such files
     * @return the score, or null when the folder does not exist
     * @throws IOException when a file cannot be read
     */
    public ValueScore timeml(Path dir, String lang, LocalDate reference) throws IOException {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        ValueScore score = new ValueScore();
        Set<String> seen = new HashSet<>();
        duplicates = new ArrayList<>();
        for (Path f : files) {
            if (!seen.add(sha256(Files.readAllBytes(f)))) {
                duplicates.add(dir.relativize(f).toString()); // a corpus may ship a file twice: count it once
                continue;
            }
            TimeMlDocument doc = TimeMlReader.read(f);
            LocalDate ref = doc.dct() != null ? doc.dct() : reference;
            if (ref == null) {
                continue;
            }
            List<DateMention> found = timed(doc.text(), lang, ref);
            score.add(found, doc.gold());
            if (errors != null) {
                report(doc, found);
            }
        }
        return score;
    }

    /**
     * @return the files the last {@link #timeml} call skipped as byte-identical copies of a file already scored
     *         (relative to its folder), in path order
     */
    public List<String> duplicates() {
        return List.copyOf(duplicates);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /**
     * @param cases dateparser cases
     * @return {passed, total}
     */
    public int[] dateparser(List<DateparserCases.Case> cases) {
        int passed = 0;
        for (DateparserCases.Case c : cases) {
            // dateparser's Hijri cases are parsed by its HijriCalendar: the text is declared to be in that calendar
            CalendarSystem calendar = "hijri".equals(c.kind()) ? CalendarSystem.ISLAMIC_UMALQURA : null;
            List<DateMention> found = timed(c.text(), c.lang(), DateparserCases.REFERENCE, calendar);
            boolean ok = found.stream().anyMatch(m -> m.value().equals(c.expected())
                    || m.value().length() >= 10 && c.expected().length() == 10
                    && m.value().substring(0, 10).equals(c.expected()));
            if (ok) {
                passed++;
            } else if (errors != null) {
                errors.println("DP\t" + c.kind() + "\t" + c.text() + "\texpected " + c.expected() + "\tgot "
                        + found.stream().map(m -> m.text() + "=" + m.value()).toList());
            }
        }
        return new int[] {passed, cases.size()};
    }

    private List<DateMention> timed(String text, String lang, LocalDate ref) {
        return timed(text, lang, ref, null);
    }

    private List<DateMention> timed(String text, String lang, LocalDate ref, CalendarSystem calendar) {
        long t0 = System.nanoTime();
        List<DateMention> found = tagger.tag(text, lang, new DateReference(ref, false, null, calendar));
        nanos += System.nanoTime() - t0;
        expressions += found.size();
        return found;
    }

    private void report(TimeMlDocument doc, List<DateMention> found) {
        List<String> lines = new ArrayList<>();
        for (TimeMlDocument.Gold g : doc.gold()) {
            boolean ok = found.stream().anyMatch(p -> p.start() < g.end() && g.start() < p.end()
                    && p.value().equals(g.value()));
            if (!ok) {
                String got = found.stream().filter(p -> p.start() < g.end() && g.start() < p.end())
                        .map(p -> p.text() + "=" + p.value()).toList().toString();
                lines.add("FN\t" + doc.id() + "\t" + doc.dct() + "\t" + g.text().replace('\n', ' ') + "\t" + g.value()
                        + "\t" + got);
            }
        }
        for (DateMention p : found) {
            boolean overlaps = doc.gold().stream().anyMatch(g -> p.start() < g.end() && g.start() < p.end());
            if (!overlaps) {
                int s = Math.max(0, doc.text().offsetByCodePoints(0, p.start()) - 30);
                int e = Math.min(doc.text().length(), doc.text().offsetByCodePoints(0, p.end()) + 30);
                lines.add("FP\t" + doc.id() + "\t" + doc.dct() + "\t" + p.text().replace('\n', ' ') + "\t" + p.value()
                        + "\t" + doc.text().substring(s, e).replace('\n', ' '));
            }
        }
        lines.forEach(errors::println);
    }

    /** Forgets the throughput counters (after a warm-up pass). */
    public void resetTiming() {
        expressions = 0;
        nanos = 0;
    }

    /** @return expressions found so far */
    public long expressions() {
        return expressions;
    }

    /** @return expressions per second of tagging time so far */
    public double expressionsPerSecond() {
        return nanos == 0 ? 0 : expressions / (nanos / 1e9);
    }

    /** @return seconds spent tagging */
    public double seconds() {
        return nanos / 1e9;
    }
}
