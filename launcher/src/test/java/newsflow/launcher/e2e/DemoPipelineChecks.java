package newsflow.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import newsflow.launcher.demo.site.DemoPage;
import newsflow.launcher.demo.site.DemoSite;
import newsflow.launcher.stack.PipelineStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end run of the bundled demo site — ingest → enrich → sink on a real broker into a real database —
 * and what must be true of it afterwards. One run per test class ({@link #runPipeline()}), shared by every check;
 * subclasses choose the broker and the database. The demo site's catalogue (demo-site/catalog.json and its
 * README) is the source of every expected value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoPipelineChecks {
    /** Longest the drain of the demo site may take (a wait, not an assertion on speed). */
    static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    static Path workDir;

    DemoSite site;
    String jdbcUrl;
    List<EditionRows.Row> rows;
    Map<String, Set<String>> langsByUrl;
    List<DeadLetterLog.Entry> deadLetters;

    /** @return external Kafka bootstrap servers, or null for the embedded broker */
    String bootstrapServers() {
        return null;
    }

    /** @return external JDBC URL (credentials in the URL), or null for SQLite in the work folder */
    String externalJdbcUrl() {
        return null;
    }

    @BeforeAll
    void runPipeline() throws Exception {
        site = DemoSite.start();
        try (PipelineStack stack = DemoStacks.start(site, workDir, bootstrapServers(), externalJdbcUrl(),
                DemoStacks.LOOPBACK_DELAY_MS)) {
            assertThat(stack.drain(DRAIN_TIMEOUT)).as("demo site drained within %s", DRAIN_TIMEOUT).isTrue();
            jdbcUrl = stack.jdbcUrl();
            deadLetters = DeadLetterLog.readAll(stack.bootstrapServers(), stack.topics().deadLetter().name());
            // the progress line and the summary count the records on the topic (not offsets: transaction markers)
            assertThat(stack.progress().deadLetters()).as("dead letters shown").isEqualTo(deadLetters.size());
            assertThat(stack.deadLettersByReason().values().stream().mapToLong(Long::longValue).sum())
                    .as("dead letters by reason").isEqualTo(deadLetters.size());
        }
        rows = EditionRows.all(jdbcUrl);
        langsByUrl = EditionRows.langsByUrl(rows);
        System.out.printf(java.util.Locale.ROOT, "%s: %d edition rows for %d URLs, %d dead letters%n", getClass().getSimpleName(),
                rows.size(), langsByUrl.size(), deadLetters.size());
    }

    @AfterAll
    void stopSite() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyReachableArticleIsStored() {
        assertThat(langsByUrl.keySet()).containsAll(site.articleUrls());
        assertThat(langsByUrl.keySet().stream().filter(site.articleUrls()::contains).count())
                .isEqualTo(site.articleCount());
    }

    @Test
    void singleLanguageArticlesAreOneEditionInTheirLanguage() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String url : site.articleUrls()) {
            DemoPage p = DemoStacks.page(site, url);
            if (!p.lang().contains("+")) {
                expected.put(url, Set.of(p.lang()));
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(langsByUrl).containsAllEntriesOf(expected);
    }

    @Test
    void mixedEnglishArabicPagesAreTwoEditions() {
        Map<String, Set<String>> expected = new TreeMap<>();
        for (String url : site.articleUrls()) {
            DemoPage p = DemoStacks.page(site, url);
            if (p.lang().contains("+")) {
                expected.put(url, new TreeSet<>(List.of(p.lang().split("\\+"))));
            }
        }
        assertThat(expected).as("the catalogue's mixed pages").hasSize(2);
        assertThat(langsByUrl).containsAllEntriesOf(expected);
    }

    @Test
    void arabicEditionsAreRightToLeftAndTheOthersLeftToRight() {
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.direction()).as("direction of %s", r)
                .isEqualTo("ar".equals(r.lang()) ? "rtl" : "ltr"));
    }

    @Test
    void robotsDisallowedPageIsNeverFetchedButDeadLettered() {
        assertThat(site.disallowedUrls()).isNotEmpty();
        for (String url : site.disallowedUrls()) {
            assertThat(site.requestCount(url)).as("requests for %s", url).isZero();
            assertThat(langsByUrl).doesNotContainKey(url);
            assertThat(deadLetters).filteredOn(d -> url.equals(d.url()))
                    .extracting(DeadLetterLog.Entry::stage, DeadLetterLog.Entry::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("fetch", "robots-disallowed"));
        }
    }

    @Test
    void listingPageIsNotStoredAsAnArticleButDeadLetteredByClassify() {
        assertThat(site.listingUrls()).isNotEmpty();
        for (String url : site.listingUrls()) {
            assertThat(langsByUrl).as("editions stored for the listing page").doesNotContainKey(url);
            assertThat(deadLetters).filteredOn(d -> url.equals(d.url()))
                    .extracting(DeadLetterLog.Entry::stage, DeadLetterLog.Entry::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("classify", "listing"));
        }
    }

    @Test
    void windows1256PageKeepsItsArabicTitle() {
        DemoPage p = site.catalog().pages().stream().filter(x -> "windows-1256".equals(x.charset())).findFirst()
                .orElseThrow();
        String url = site.baseUrl() + p.path();
        assertThat(rows).filteredOn(r -> url.equals(r.url()) && "ar".equals(r.lang()))
                .extracting(EditionRows.Row::title).containsExactly(p.title());
    }

    @Test
    void everyPageIsAccountedForOnce() {
        Set<String> stored = langsByUrl.keySet();
        List<String> deadLettered = deadLetters.stream().map(DeadLetterLog.Entry::url).toList();
        assertThat(deadLettered).as("dead letters carry the page URL").doesNotContainNull().doesNotHaveDuplicates();
        Set<String> both = new HashSet<>(stored);
        both.retainAll(deadLettered);
        assertThat(both).as("pages both stored and dead-lettered").isEmpty();
        Set<String> accounted = new TreeSet<>(stored);
        accounted.addAll(deadLettered);
        // a later page of a multi-page article is accounted for by its first page's record (checked in
        // c24MultiPageArticleIsOneRecordOfBothPages), or by a classify dead letter when fetched on its own first
        List<String> continuations = site.continuationUrls();
        assertThat(continuations).noneMatch(stored::contains);
        accounted.addAll(continuations);
        assertThat(accounted).containsExactlyInAnyOrderElementsOf(DemoStacks.allPageUrls(site));
        long continuationsDeadLettered = continuations.stream().filter(deadLettered::contains).count();
        assertThat(stored.size() + deadLettered.size() - continuationsDeadLettered + continuations.size())
                .isEqualTo(site.catalog().pages().size());
    }

    /**
     * Case C24: the two-page demo article is one record keyed on page 1's canonical URL, its body page 1's text
     * then page 2's, {@code pages} = 2, its page metadata stored; page 2 makes no second article.
     */
    @Test
    void c24MultiPageArticleIsOneRecordOfBothPages() throws SQLException {
        String second = site.continuationUrls().get(0);
        String first = site.articleUrls().stream().filter(u -> second.startsWith(u + "/")).findFirst().orElseThrow();
        List<EditionRows.Row> stored = rows.stream().filter(r -> r.url().equals(first)).toList();
        assertThat(stored).hasSize(1);
        EditionRows.Row row = stored.get(0);
        assertThat(row.lang()).isEqualTo("en");
        assertThat(row.documentId()).isEqualTo(newsflow.enrich.pipeline.Hashes.documentId(first));
        String body = row.body();
        assertThat(body).startsWith("The Eastport harbour authority began dredging the northern channel on Sunday")
                .endsWith("The authority said the first would be published at the end of April.")
                .contains("pay for it.\"\n\nFishermen who moor in the northern channel")
                .doesNotContain("Next page").doesNotContain("Previous page").doesNotContain("Page 1 of 2");
        assertThat(body.split("\n\n")).hasSize(6);
        String where = " FROM editions WHERE document_id = '" + row.documentId() + "'";
        assertThat(EditionRows.column(jdbcUrl, "SELECT CAST(pages AS TEXT)" + where)).containsExactly("2");
        assertThat(EditionRows.column(jdbcUrl, "SELECT section" + where)).containsExactly("Business");
        assertThat(EditionRows.column(jdbcUrl, "SELECT CAST(keywords AS TEXT)" + where).get(0))
                .contains("harbour").contains("dredging").contains("shipping");
        assertThat(EditionRows.column(jdbcUrl, "SELECT url" + where)).containsExactly(first);
        assertThat(rows).noneMatch(r -> r.url().equals(second));
        assertThat(EditionRows.column(jdbcUrl, "SELECT document_id FROM editions WHERE body LIKE '%Marrow Point%'"))
                .as("page 2's text is stored once, in the joined record").containsExactly(row.documentId());
        assertThat(deadLetters).filteredOn(d -> second.equals(d.url()))
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo("continuation"));
    }

    @Test
    void everyAllowedPageIsFetchedExactlyOnce() {
        List<String> allowed = DemoStacks.allPageUrls(site).stream()
                .filter(u -> !site.disallowedUrls().contains(u)).toList();
        Map<String, Integer> requests = allowed.stream()
                .collect(Collectors.toMap(u -> u, site::requestCount, (a, b) -> a, TreeMap::new));
        assertThat(requests).allSatisfy((url, n) -> assertThat(n).as("requests for %s", url).isEqualTo(1));
    }

    @Test
    void oneDocumentIdPerUrl() {
        Map<String, Set<String>> ids = rows.stream().collect(Collectors.groupingBy(EditionRows.Row::url,
                Collectors.mapping(EditionRows.Row::documentId, Collectors.toSet())));
        assertThat(ids).allSatisfy((url, set) -> assertThat(set).as("document ids of %s", url).hasSize(1));
    }

    @Test
    void editionsPerDayViewCountsEditionsByPublicationDayAndLanguage() throws SQLException {
        Map<String, Long> expected = new TreeMap<>();
        for (String url : site.articleUrls()) {
            DemoPage p = DemoStacks.page(site, url);
            String day = p.publishedAt().toLocalDate().toString();
            for (String lang : p.lang().split("\\+")) {
                expected.merge(day + "|" + lang, 1L, Long::sum);
            }
        }
        Map<String, Long> view = EditionRows.editionsPerDayAndLang(jdbcUrl);
        assertThat(view.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(rows.size());
        assertThat(view).isEqualTo(expected);
    }
}
