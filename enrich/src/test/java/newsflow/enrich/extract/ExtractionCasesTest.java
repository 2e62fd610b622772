package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsflow.common.model.PageKind;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/** Cases C20, C21, C22 and C26 of ../shared/cases (fixtures written here after the case descriptions). */
class ExtractionCasesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String url, String html) {
        return extractor.extract(new PageInput(url, html, Instant.parse("2025-08-10T00:00:00Z"), SourceHints.NONE));
    }

    private static String body(Extraction e) {
        return String.join("\n\n", e.blocks().stream().map(Block::text).toList());
    }

    @Test
    void c20_commentThreadStaysOutOfTheBody() {
        String html = """
                <html><body><article>
                <h1>Council approves bridge repair</h1>
                <p>The council approved the repair plan on Monday.</p>
                <details class="CommentBox"><summary>Reader A — 3 replies</summary>
                  <p>This is a waste of money.</p></details>
                <section id="comments"><p>Reader B: agreed.</p></section>
                </article></body></html>""";
        Extraction e = extract("https://news.example/bridge", html);
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.title()).isEqualTo("Council approves bridge repair");
        assertThat(body(e)).isEqualTo("The council approved the repair plan on Monday.");
    }

    @Test
    void c21_sectionPageIsAListingWithItsArticleLinks() {
        String html = """
                <html><body><main>
                 <div class="card"><h3><a href="/a/1">Storm hits coast</a></h3><p>Residents prepare…</p><span>7 Aug 2025</span></div>
                 <div class="card"><h3><a href="/a/2">New rail line opens</a></h3><p>Commuters welcome…</p><span>24 Jul 2025</span></div>
                 <div class="card"><h3><a href="/a/3">Budget debate</a></h3><p>Lawmakers clash…</p><span>10 Jul 2025</span></div>
                </main></body></html>""";
        Extraction e = extract("https://news.example/section/news", html);
        assertThat(e.kind()).isEqualTo(PageKind.LISTING);
        assertThat(e.blocks()).isEmpty();
        assertThat(e.links()).containsExactly(
                "https://news.example/a/1", "https://news.example/a/2", "https://news.example/a/3");
    }

    @Test
    void c22_blocksAndLineBreaksAreNotGlued() {
        String html = "<html><body><div class=\"body\"><p>First English paragraph.</p>"
                + "<p>الفقرة الثانية بالعربية.</p>Line A<br>Line B</div></body></html>";
        Extraction e = extract("https://news.example/c22", html);
        assertThat(body(e)).isEqualTo("First English paragraph.\n\nالفقرة الثانية بالعربية.\n\nLine A\nLine B");
    }

    @Test
    void brBrSplitsABlockAndSingleBrIsALineBreak() {
        String html = "<html><body><div class=\"post-body\">One long opening sentence of the story, with commas, here."
                + "<br><br>\nSecond run of text, also part of the story.<br>Same block, next line.</div></body></html>";
        Extraction e = extract("https://news.example/br", html);
        assertThat(e.blocks()).extracting(Block::text).containsExactly(
                "One long opening sentence of the story, with commas, here.",
                "Second run of text, also part of the story.\nSame block, next line.");
    }

    @Test
    void c26_jsonLdArticleBodyStandsInForAnEmptyAppShell() {
        String html = """
                <html><body><div id="root"></div><noscript>Please enable JavaScript</noscript>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour reopens",
                 "datePublished":"2024-03-05T08:00:00Z","inLanguage":"en",
                 "articleBody":"The harbour reopened on Tuesday after a week of repairs. Officials said traffic would return to normal."}
                </script></body></html>""";
        Extraction e = extract("https://news.example/harbour", html);
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.title()).isEqualTo("Harbour reopens");
        assertThat(e.published()).isNotNull();
        assertThat(java.time.OffsetDateTime.parse(e.published().value()).toInstant())
                .isEqualTo(Instant.parse("2024-03-05T08:00:00Z"));
        assertThat(e.bodySource()).isEqualTo("jsonld");
        assertThat(body(e)).isEqualTo(
                "The harbour reopened on Tuesday after a week of repairs. Officials said traffic would return to normal.");
        assertThat(body(e)).doesNotContain("JavaScript");
    }

    @Test
    void c26_hydrationBlobStandsInWhenThereIsNoJsonLdBody() {
        String para = "The harbour reopened on Tuesday after a week of repairs, and officials said traffic would "
                + "return to normal by the weekend.";
        String para2 = "Fishing crews, who had waited at anchor outside the harbour, were the first to enter.";
        String html = "<html><body><div id=\"__next\"></div><script>window.__STATE__={\"article\":{\"id\":7,"
                + "\"contentHtml\":\"\\u003cp\\u003e" + para + "\\u003c/p\\u003e\\u003cp\\u003e" + para2
                + "\\u003c/p\\u003e\"}};</script></body></html>";
        Extraction e = extract("https://news.example/harbour", html);
        assertThat(e.kind()).isEqualTo(PageKind.ARTICLE);
        assertThat(e.bodySource()).isEqualTo("hydration");
        assertThat(e.blocks()).extracting(Block::text).containsExactly(para, para2);
    }

    @Test
    void c26_withoutDomTextOrJsonLdThePageNeedsRendering() {
        String html = "<html><head><title>App</title></head><body><div id=\"root\"></div>"
                + "<noscript>Please enable JavaScript to run this app.</noscript></body></html>";
        Extraction e = extract("https://news.example/app", html);
        assertThat(e.kind()).isEqualTo(PageKind.NEEDS_RENDER);
        assertThat(e.blocks()).isEmpty();
    }

    @Test
    void enableJavascriptNoticeInVisibleMarkupIsNeverStored() {
        String html = "<html><body><div><p>Please enable JavaScript to view this page.</p></div></body></html>";
        Extraction e = extract("https://news.example/js", html);
        assertThat(e.kind()).isEqualTo(PageKind.NEEDS_RENDER);
        assertThat(e.blocks()).isEmpty();
    }

    @Test
    void paywalledPageKeepsItsTeaserAndIsMarked() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@type":"NewsArticle","headline":"Budget talks stall","isAccessibleForFree":false}
                </script></head><body><article><h1>Budget talks stall</h1>
                <p>Negotiators left the capital on Friday without a deal, and both sides blamed the other.</p>
                <div class="paywall">Subscribe to continue reading.</div></article></body></html>""";
        Extraction e = extract("https://news.example/budget", html);
        assertThat(e.paywalled()).isTrue();
        assertThat(body(e)).isEqualTo(
                "Negotiators left the capital on Friday without a deal, and both sides blamed the other.");
    }

    @Test
    void relNextOnTheSameHostIsExposed() {
        String html = """
                <html><head><link rel="next" href="/feature/42?page=2"></head><body><article>
                <p>Part one of a long feature, with enough words to count as running text.</p></article></body></html>""";
        Extraction e = extract("https://news.example/feature/42", html);
        assertThat(e.nextPageUrl()).isEqualTo("https://news.example/feature/42?page=2");
        Extraction other = extract("https://news.example/feature/42",
                html.replace("/feature/42?page=2", "https://elsewhere.example/x"));
        assertThat(other.nextPageUrl()).isNull();
    }

    @Test
    void listsTablesAndSubheadingsAreKeptAsText() {
        String html = """
                <html><body><article><h1>Results</h1>
                <p>The election commission published the final count on Sunday, after a long night.</p>
                <h2>Turnout</h2>
                <ul><li>North: 61 percent</li><li>South: 58 percent</li></ul>
                <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Blue</td><td>40</td></tr></table>
                <p>Observers said the vote was orderly, and no complaints had been filed by noon.</p>
                </article></body></html>""";
        Extraction e = extract("https://news.example/results", html);
        assertThat(e.title()).isEqualTo("Results");
        assertThat(e.blocks()).containsExactly(
                new Block(BlockKind.PARAGRAPH,
                        "The election commission published the final count on Sunday, after a long night."),
                new Block(BlockKind.HEADING, "Turnout"),
                new Block(BlockKind.LIST_ITEM, "North: 61 percent"),
                new Block(BlockKind.LIST_ITEM, "South: 58 percent"),
                new Block(BlockKind.TABLE, "Party | Seats\nBlue | 40"),
                new Block(BlockKind.PARAGRAPH,
                        "Observers said the vote was orderly, and no complaints had been filed by noon."));
    }

    @Test
    void titleLosesTheSiteNameSuffix() {
        String html = "<html><head><title>Rain returns to the valley | Valley Courier</title>"
                + "<meta property=\"og:site_name\" content=\"Valley Courier\"></head><body>"
                + "<p>Rain returned to the valley on Tuesday, ending a dry spell of six weeks.</p></body></html>";
        Extraction e = extract("https://news.example/rain", html);
        assertThat(e.title()).isEqualTo("Rain returns to the valley");
        assertThat(e.blocks()).extracting(Block::text)
                .isEqualTo(List.of("Rain returned to the valley on Tuesday, ending a dry spell of six weeks."));
    }

    @Test
    void aRailOfTeaserCardsInsideTheArticleContainerIsDropped() {
        String card = "<div class=\"tumb\"><div class=\"title\"><a href=\"/d/%d\">Diet number %d</a></div>"
                + "<div class=\"body\">A popular diet. Up to %d kg in 14 days.</div></div>";
        StringBuilder html = new StringBuilder("<html><body><div><h1>The Atkins diet</h1>"
                + "<p>The Atkins diet limits carbohydrates, and its followers report quick results in the first weeks.</p>"
                + "<p>Doctors advise a check-up before starting, because the diet changes how the body uses fat.</p>");
        for (int i = 1; i <= 4; i++) {
            html.append(String.format(card, i, i, i + 4));
        }
        html.append("</div></body></html>");
        Extraction e = extract("https://news.example/atkins", html.toString());
        assertThat(e.blocks()).extracting(Block::text).containsExactly(
                "The Atkins diet limits carbohydrates, and its followers report quick results in the first weeks.",
                "Doctors advise a check-up before starting, because the diet changes how the body uses fat.");
    }

    @Test
    void aConsentWallIsNotAnArticle() {
        String html = "<html><head><title>Before you continue</title></head><body><div class=\"wall\">"
                + "<h1>Before you continue</h1><p>We use cookies and data to deliver our services.</p>"
                + "<p>Accept all or reject all.</p></div></body></html>";
        Extraction e = extract("https://news.example/story", html);
        assertThat(e.kind()).isEqualTo(PageKind.CONSENT_WALL);
        assertThat(e.blocks()).isEmpty();
    }

    @Test
    void anEmptyDocumentNeedsRenderingAndDoesNotFail() {
        Extraction e = extract(null, "");
        assertThat(e.kind()).isEqualTo(PageKind.NEEDS_RENDER);
        assertThat(e.blocks()).isEmpty();
    }
}
