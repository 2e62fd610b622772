package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsflow.launcher.demo.site.SavedPagesSite;
import newsflow.launcher.stack.PipelineStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real news pages from the evaluation data — a deterministic selection of fundus/test_data and aeb/html, served
 * with {@link SavedPagesSite} from a temporary folder of symbolic links — through the streaming pipeline
 * (embedded broker, SQLite). Every page must be accounted for: stored as editions, or on the dead-letter topic
 * with a reason; nothing silently missing. Prints the counts. Skipped without the evaluation data.
 *
 * <p>Records about URLs that are not pages of the site (links found on pages classified as listings, which
 * point at the original sites or at paths this site does not serve) are legitimate and only counted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealPagesIT {
    /** Every n-th fundus page (sorted by path) is served: all of them. */
    private static final int FUNDUS_STEP = 1;
    /** Every n-th AEB page (sorted by path) is served. */
    private static final int AEB_STEP = 2;
    /** The issue asks for at least this many real pages. */
    private static final int MIN_PAGES = 100;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(15);

    @TempDir
    static Path workDir;

    @TempDir
    static Path siteDir;

    private SavedPagesSite site;
    private final Map<Path, Set<String>> storedLangsByFile = new TreeMap<>();
    private final Map<Path, List<DeadLetterLog.Entry>> deadLettersByFile = new TreeMap<>();
    private final List<DeadLetterLog.Entry> unmatchedDeadLetters = new ArrayList<>();
    private final List<String> unmatchedEditionUrls = new ArrayList<>();
    private int editions;

    @BeforeAll
    void crawlRealPages() throws Exception {
        Path fundus = EvalData.require("fundus/test_data");
        Path aeb = EvalData.require("aeb/html");
        link(fundus, siteDir.resolve("fundus"), FUNDUS_STEP);
        link(aeb, siteDir.resolve("aeb"), AEB_STEP);
        SavedPagesSite started = SavedPagesSite.start(siteDir);
        site = started;
        try (started; PipelineStack stack = SavedPageStacks.start(site, workDir, Clock.systemUTC())) {
            assertThat(stack.drain(DRAIN_TIMEOUT)).as("saved pages drained within %s", DRAIN_TIMEOUT).isTrue();
            for (DeadLetterLog.Entry d : DeadLetterLog.readAll(stack.bootstrapServers(),
                    stack.topics().deadLetter().name())) {
                Optional<Path> file = d.url() == null ? Optional.empty() : site.pathFor(d.url());
                if (file.isPresent()) {
                    deadLettersByFile.computeIfAbsent(file.get(), f -> new ArrayList<>()).add(d);
                } else {
                    unmatchedDeadLetters.add(d);
                }
            }
            List<EditionRows.Row> rows = EditionRows.all(stack.jdbcUrl());
            editions = rows.size();
            for (EditionRows.Row r : rows) {
                Optional<Path> file = site.pathFor(r.url());
                if (file.isPresent()) {
                    storedLangsByFile.computeIfAbsent(file.get(), f -> new TreeSet<>()).add(r.lang());
                } else {
                    unmatchedEditionUrls.add(r.url());
                }
            }
            printCounts(rows);
        }
    }

    /** Links every {@code step}-th page file under {@code from} (sorted by path) into {@code to}, same layout. */
    private static void link(Path from, Path to, int step) throws IOException {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(from)) {
            pages = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".htm");
            }).sorted().toList();
        }
        for (int i = 0; i < pages.size(); i += step) {
            Path target = to.resolve(from.relativize(pages.get(i)).toString());
            Files.createDirectories(target.getParent());
            Files.createSymbolicLink(target, pages.get(i).toAbsolutePath());
        }
    }

    private void printCounts(List<EditionRows.Row> rows) {
        Map<String, Long> perLang = rows.stream().collect(Collectors.groupingBy(EditionRows.Row::lang, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> perReason = deadLettersByFile.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(d -> d.stage() + "/" + d.reason(), TreeMap::new, Collectors.counting()));
        System.out.printf(Locale.ROOT, "RealPagesIT: %d pages served, %d stored as %d editions %s, %d dead-lettered %s,"
                        + " %d unaccounted; %d dead letters and %d editions with URLs outside the site%n",
                site.pageCount(), storedLangsByFile.size(), rows.size(), perLang, deadLettersByFile.size(), perReason,
                unaccounted().size(), unmatchedDeadLetters.size(), unmatchedEditionUrls.size());
    }

    private Set<Path> served() {
        return site.pageUrls().stream().map(u -> site.pathFor(u).orElseThrow()).collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<Path> unaccounted() {
        Set<Path> missing = new TreeSet<>(served());
        missing.removeAll(storedLangsByFile.keySet());
        missing.removeAll(deadLettersByFile.keySet());
        return missing;
    }

    @Test
    void atLeastAHundredRealPagesAreServed() {
        assertThat(site.pageCount()).isGreaterThanOrEqualTo(MIN_PAGES);
    }

    @Test
    void everyPageIsStoredOrDeadLettered() {
        assertThat(unaccounted()).as("pages neither stored nor dead-lettered").isEmpty();
        assertThat(editions).isPositive();
    }

    @Test
    void everyDeadLetterGivesItsStageAndReason() {
        assertThat(deadLettersByFile.values().stream().flatMap(List::stream).toList())
                .allSatisfy(d -> {
                    assertThat(d.stage()).as("stage of %s", d.url()).isNotBlank();
                    assertThat(d.reason()).as("reason of %s", d.url()).isNotBlank();
                });
    }

    @Test
    void noPageIsBothStoredAndDeadLettered() {
        Set<Path> both = new TreeSet<>(storedLangsByFile.keySet());
        both.retainAll(deadLettersByFile.keySet());
        assertThat(both).isEmpty();
    }
}
