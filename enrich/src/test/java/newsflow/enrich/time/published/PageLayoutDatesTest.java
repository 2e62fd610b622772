package newsflow.enrich.time.published;

import newsflow.enrich.time.vocab.TimeTextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Publication dates on hand-written pages whose layout hides the date from a naive reader: a site-name {@code h1}
 * before the headline, a teaser heading repeating the title's first words, page-builder wrappers, date boxes split
 * over spans, a dateline inside the headline, label and value in sibling elements.
 */
class PageLayoutDatesTest {

    private static final Instant FETCHED = Instant.parse("2024-03-06T12:00:00Z");
    private final PublicationDateExtractor extractor = new PublicationDateExtractor();

    private DateValue published(String html) {
        return extractor.extract(Jsoup.parse(html, "https://news.example/a"), "https://news.example/a", FETCHED,
                SourceHints.NONE).published();
    }

    private DateValue modified(String html) {
        return extractor.extract(Jsoup.parse(html, "https://news.example/a"), "https://news.example/a", FETCHED,
                SourceHints.NONE).modified();
    }

    @Test
    void siteNameH1BeforeTheHeadlineIsNotTheAnchor() {
        String html = "<html><head><title>Harbour reopens after the storm - Coast Radio</title></head><body>"
                + "<header><h1><a href=\"/\" class=\"logo\">Coast Radio</a></h1>"
                + "<span class=\"today\">Wednesday, 06.03.2024</span></header>"
                + "<main><h1>Harbour reopens after the storm</h1><p>02.03.2024 | Local desk</p>"
                + "<p>The harbour reopened on Saturday after a week of repairs to the outer wall.</p></main>"
                + "</body></html>";
        Document doc = Jsoup.parse(html);
        assertThat(TitleAnchor.find(doc).text()).isEqualTo("Harbour reopens after the storm");
        DateValue published = published(html);
        assertThat(published.value()).isEqualTo("2024-03-02");
        assertThat(published.source()).isEqualTo("byline");
    }

    @Test
    void siteNameH1StartingTheTitleIsNotTheAnchor() {
        String html = "<html><head><title>Customs online - Notices - New tobacco tax act announced</title></head>"
                + "<body><h1 class=\"aural\">Customs</h1><ul><li>Service</li><li>Today 06.03.2024</li></ul>"
                + "<h1>Notices</h1><div><h1>New tobacco tax act announced</h1><p>18.10.2021</p>"
                + "<p>The act was announced in the gazette.</p></div></body></html>";
        assertThat(TitleAnchor.find(Jsoup.parse(html)).text()).isEqualTo("New tobacco tax act announced");
        assertThat(published(html).value()).isEqualTo("2021-10-18");
    }

    @Test
    void withoutH1TheHeadingMatchingMostOfTheTitleIsTheAnchor() {
        String html = "<html><head><title>Column: Stage Notes – On masks and mirrors</title></head><body>"
                + "<div class=\"slider\"><h3>Column: Stage Notes</h3><p>20 September 2023</p></div>"
                + "<div class=\"story\"><h2>Column: Stage Notes - On masks and mirrors</h2><p>31 October 2023</p>"
                + "<p>Masks have always been part of the theatre, and mirrors too.</p></div></body></html>";
        assertThat(TitleAnchor.find(Jsoup.parse(html)).normalName()).isEqualTo("h2");
        assertThat(published(html).value()).isEqualTo("2023-10-31");
    }

    @Test
    void pageBuilderWidgetWrappersAreNotBoilerplate() {
        String html = "<html><head><title>Weekly review</title></head><body><div class=\"elementor-widget-wrap\">"
                + "<div class=\"elementor-widget elementor-widget-heading\"><div class=\"elementor-widget-container\">"
                + "<h1>Weekly review</h1></div></div>"
                + "<div class=\"elementor-widget elementor-widget-post-info\">"
                + "<div class=\"elementor-widget-container\">"
                + "<ul><li itemprop=\"datePublished\"><span>19. Oktober 2019</span></li></ul></div></div>"
                + "<p>Text of the review.</p></div>"
                + "<div class=\"elementor-widget elementor-widget-sidebar\"><span class=\"date\">17.10.2019</span>"
                + "</div></body></html>";
        Document doc = Jsoup.parse(html);
        Boilerplate boilerplate = new Boilerplate(TitleAnchor.find(doc));
        Element info = doc.selectFirst("[itemprop=datePublished]");
        Element sidebar = doc.selectFirst(".elementor-widget-sidebar .date");
        assertThat(boilerplate.inBoilerplate(info)).isFalse();
        assertThat(boilerplate.inBoilerplate(sidebar)).isTrue();
        DateValue published = published(html);
        assertThat(published.value()).isEqualTo("2019-10-19");
        assertThat(published.source()).isEqualTo("itemprop:datePublished");
    }

    @Test
    void dateBoxSplitOverSpansReadsAsOneDate() {
        String html = "<html><head><title>Did the parents worry?</title></head><body><div class=\"post\">"
                + "<div class=\"date\"><span class=\"month\">Apr</span> <span class=\"day\">04</span>"
                + "<span class=\"year\">2013</span></div>"
                + "<p>Long text about the question that does not give any date at all in its words.</p></div>"
                + "</body></html>";
        assertThat(published(html).value()).isEqualTo("2013-04-04");
    }

    @Test
    void splitTextSpacesNumbersButNotPunctuationOrOrdinals() {
        assertThat(SplitDateText.text(Jsoup.parse("<div><span>Apr</span><span>04</span><span>2013</span></div>")
                .selectFirst("div"))).isEqualTo("Apr 04 2013");
        assertThat(SplitDateText.text(Jsoup.parse("<div><b>12</b>.<b>03</b>.<b>2020</b></div>")
                .selectFirst("div"))).isEqualTo("12.03.2020");
        assertThat(SplitDateText.text(Jsoup.parse("<div>March 2<sup>nd</sup>, 2020</div>")
                .selectFirst("div"))).isEqualTo("March 2nd, 2020");
    }

    @Test
    void datelineInsideTheHeadlineElement() {
        String html = "<html><head><title>Spectators return to the halls</title></head><body><article>"
                + "<h1>Spectators return to the halls<br><small><span class=\"icon\"></span>&nbsp;02.02.2022 "
                + "&bull; News</small></h1><p>Under the rules in force since 28.01.2022 the clubs may fill half "
                + "of their seats again.</p></article></body></html>";
        assertThat(published(html).value()).isEqualTo("2022-02-02");
    }

    @Test
    void uploadedMetaNamesAPublicationDate() {
        String html = "<html><head><meta property=\"gallery:uploaded\" content=\"2013-02-16T04:36:36-05:00\">"
                + "</head><body><h1>Spring in the hills</h1><p>A photo.</p></body></html>";
        assertThat(published(html).value()).isEqualTo("2013-02-16T04:36:36-05:00");
    }

    @Test
    void labelAndValueInSiblingElementsOfASidebar() {
        String html = "<html><head><title>Voices of the blank vote</title></head><body><main>"
                + "<h1>Voices of the blank vote</h1><p>A documentary about those who vote blank, and why.</p></main>"
                + "<div class=\"sidebar\"><p class=\"title\">Réalisation</p><p class=\"content\">K. F.</p>"
                + "<p class=\"title\">Mise en ligne</p><p class=\"content\">23 mai 2019</p>"
                + "<p class=\"title\">Enregistrement</p><p class=\"content\">15 avril 2019</p></div></body></html>";
        assertThat(published(html).value()).isEqualTo("2019-05-23");
    }

    @Test
    void siblingUpdateLabelMakesAModificationDate() {
        String html = "<html><head><title>Snow maps in high resolution</title></head><body><main>"
                + "<h1>Snow maps in high resolution</h1><p>Where is there snow, and how much of it?</p>"
                + "<div class=\"box\"><label>Letzte Änderung:</label><div>14.01.2022 um 09:25</div></div>"
                + "</main></body></html>";
        assertThat(published(html)).isNull();
        assertThat(modified(html).value()).isEqualTo("2022-01-14T09:25:00");
    }

    @Test
    void logoH1AloneGivesWayToTheHeadingThatStartsTheTitle() {
        String html = "<html><head><title>Files with a past - A plan for foreign drawings | Plan Eleven</title>"
                + "</head><body><header><h1><img src=\"logo.png\" alt=\"\">Plan Eleven</h1></header>"
                + "<article><header><h2>Files with a past <span>A plan for foreign drawings</span></h2>"
                + "<p>Most drawings come from others.</p></header><p>Published 12 January 2017</p></article>"
                + "</body></html>";
        assertThat(TitleAnchor.find(Jsoup.parse(html)).normalName()).isEqualTo("h2");
        assertThat(published(html).value()).isEqualTo("2017-01-12");
    }

    @Test
    void datesOfTeaserCardsAroundTheHeadlineAreTheirStories() {
        String html = "<html><head><title>Calm through the crisis</title></head><body>"
                + "<div class=\"slider\"><article class=\"card\"><h2><a href=\"/other\">Another story</a></h2>"
                + "<footer><span class=\"card-date\">26. Februar 2020</span></footer></article></div>"
                + "<main><h1>Calm through the crisis</h1><p class=\"lead\">Attention helps in a crisis.</p>"
                + "<p>" + "Story text without a date in its first lines, going on for a while. ".repeat(12) + "</p>"
                + "<p class=\"date\">18. März 2020</p></main></body></html>";
        assertThat(published(html).value()).isEqualTo("2020-03-18");
    }

    @Test
    void storyArticleAfterAHeaderHeadlineIsThePagesOwn() {
        String html = "<html><head><title>Harbour reopens</title></head><body><header><h1>Harbour reopens</h1>"
                + "</header><article><p class=\"byline\">By A. Writer, 5 March 2024</p><h2>Repairs</h2>"
                + "<p>The harbour reopened on Tuesday.</p></article></body></html>";
        assertThat(published(html).value()).isEqualTo("2024-03-05");
    }

    @Test
    void germanParticipleAfterTheDateLabelsItInASidebarSentence() {
        String html = "<html><head><title>Literature and moving type</title></head><body>"
                + "<div id=\"sidebar\"><h2>Über diesen Artikel</h2><p class=\"news\"><a href=\"/x\">Literatur</a>"
                + " wurde am <nobr>19. Mai 2010</nobr> um <nobr>23:03</nobr> Uhr gepostet und unter "
                + "<a href=\"/c\">Lesenswert</a> abgelegt.</p></div><div class=\"post\"><h1>Literature and moving "
                + "type</h1><p>An essay on letters that move, with no date in its text.</p></div></body></html>";
        assertThat(published(html).value()).isEqualTo("2010-05-19T23:03:00");
    }

    @Test
    void participleAfterTheDateGivesItsKind() {
        String published = TimeTextNormalizer.fold("Der Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet.");
        TextDate d = new TextDateParser().findAll(published, DayMonthOrder.DMY).get(0);
        assertThat(DateLabels.kindAround(published, d.start(), d.end())).isEqualTo(DateKind.PUBLISHED);
        String modified = TimeTextNormalizer.fold("Die Seite wurde am 3. April 2021 zuletzt aktualisiert.");
        TextDate m = new TextDateParser().findAll(modified, DayMonthOrder.DMY).get(0);
        assertThat(DateLabels.kindAround(modified, m.start(), m.end())).isEqualTo(DateKind.MODIFIED);
        String plain = TimeTextNormalizer.fold("Am 3. April 2021 begann der Umbau.");
        TextDate p = new TextDateParser().findAll(plain, DayMonthOrder.DMY).get(0);
        assertThat(DateLabels.kindAround(plain, p.start(), p.end())).isEqualTo(DateKind.UNLABELLED);
    }
}
