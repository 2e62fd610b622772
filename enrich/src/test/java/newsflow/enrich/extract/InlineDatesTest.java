package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import newsflow.common.model.DateValue;
import newsflow.common.model.SourceHints;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2: date markup inside a sentence keeps its text in the sentence and is not the publication
 * date; the same markup standing alone as a dateline or byline is.
 */
class InlineDatesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String html) {
        return extract(html, "2024-03-06T12:00:00Z");
    }

    /** A fetch after the announced day: only the sentence, not the fetch time, keeps it from being the date. */
    private Extraction extract(String html, String fetchedAt) {
        return extractor.extract(new PageInput("https://news.example/a/9", html, Instant.parse(fetchedAt),
                SourceHints.NONE));
    }

    private static final String LATE_FETCH = "2024-03-30T12:00:00Z";

    private static String body(Extraction e) {
        return String.join("\n\n", e.blocks().stream().map(Block::text).toList());
    }

    private static String day(DateValue v) {
        return v == null ? null : v.value().substring(0, 10);
    }

    private static final String MORE = "<p>The hearing was adjourned after the defence asked for more time to"
            + " review the new evidence.</p><p>A spokesperson for the court declined to comment further on the"
            + " case on Wednesday.</p>";

    @Test
    void englishSpanDateInASentenceStaysInTheText() {
        Extraction e = extract("<html><body><article><h1>Court hears fraud case</h1>"
                + "<p class=\"meta\"><span class=\"date\">5 March 2024</span></p>"
                + "<p>The first hearing took place on <span class=\"date\">3 March</span> in the county court,"
                + " where the accused denied all charges.</p>" + MORE + "</article></body></html>");
        assertThat(body(e)).contains("took place on 3 March in the county court");
        assertThat(day(e.published())).isEqualTo("2024-03-05");
    }

    @Test
    void frenchStrongDateAndGermanTimestampSpanStayInTheirSentences() {
        Extraction fr = extract("<html><body><article><h1>Le procès s'ouvre à Lyon</h1>"
                + "<p>L'audience s'est tenue le <strong class=\"date\">3 mars</strong> au tribunal de Lyon, en"
                + " présence des familles.</p><p>Le verdict est attendu dans les prochaines semaines selon les"
                + " avocats.</p><p>Les parties civiles réclament des dommages et intérêts importants.</p>"
                + "</article></body></html>");
        assertThat(body(fr)).contains("s'est tenue le 3 mars au tribunal de Lyon");
        Extraction de = extract("<html><body><main><h1>Prozess beginnt in Köln</h1>"
                + "<p>Die Verhandlung fand am <span class=\"timestamp\">3. März</span> vor dem Landgericht statt,"
                + " die Angeklagten schwiegen.</p><p>Das Urteil wird in einigen Wochen erwartet, teilte das"
                + " Gericht mit.</p><p>Die Nebenkläger fordern eine hohe Entschädigung für die Opfer.</p>"
                + "</main></body></html>");
        assertThat(body(de)).contains("fand am 3. März vor dem Landgericht statt");
    }

    @Test
    void aFutureVoteInAnInlineTimeIsNotThePublicationDate() {
        Extraction en = extract("<html><body><article><h1>Parliament to vote on budget</h1>"
                + "<p>Lawmakers will vote on the budget on <time datetime=\"2024-03-20\">20 March</time>, the"
                + " speaker announced.</p>" + MORE + "</article></body></html>", LATE_FETCH);
        assertThat(body(en)).contains("on 20 March, the speaker announced");
        assertThat(day(en.published())).isNotEqualTo("2024-03-20");
        Extraction es = extract("<html><body><article><h1>El Congreso votará los presupuestos</h1>"
                + "<p>Los diputados votarán los presupuestos el <time datetime=\"2024-03-21\">21 de marzo</time>"
                + " en una sesión extraordinaria.</p><p>La oposición anunció que presentará enmiendas a la"
                + " totalidad del proyecto.</p><p>El Gobierno confía en reunir los apoyos necesarios.</p>"
                + "</article></body></html>");
        assertThat(day(es.published())).isNotEqualTo("2024-03-21");
        Extraction ar = extract("<html dir=\"rtl\"><body><article><h1>البرلمان يصوت على الميزانية</h1>"
                + "<p>يصوت النواب على مشروع الميزانية يوم <time datetime=\"2024-03-22\">22 مارس</time> في جلسة"
                + " استثنائية.</p><p>وقالت المعارضة إنها ستقدم تعديلات على المشروع خلال الأسبوع المقبل.</p>"
                + "<p>وتأمل الحكومة في الحصول على الأغلبية اللازمة لتمرير القانون.</p></article></body></html>",
                LATE_FETCH);
        assertThat(day(ar.published())).isNotEqualTo("2024-03-22");
    }

    @Test
    void aTimeStandingAloneAsDatelineOrBylineIsThePublicationDate() {
        Extraction e = extract("<html><body><article><h1>Court hears fraud case</h1>"
                + "<p class=\"byline\">By Jane Doe, <time datetime=\"2024-03-04\">4 March 2024</time></p>"
                + MORE + "</article></body></html>");
        assertThat(day(e.published())).isEqualTo("2024-03-04");
        assertThat(InlineDates.standsAlone(time("<p>Published: <time>4 March 2024</time>. The court said"
                + " the trial would last weeks.</p>"))).isTrue();
        assertThat(InlineDates.standsAlone(time("<p>Veröffentlicht am <time>4. März 2024</time></p>"))).isTrue();
        assertThat(InlineDates.standsAlone(time("<p><time>4 mars 2024</time> — PARIS. Le tribunal a"
                + " ouvert le procès.</p>"))).isTrue();
        assertThat(InlineDates.standsAlone(time("<p>نشر في <time>4 مارس 2024</time></p>"))).isTrue();
        assertThat(InlineDates.standsAlone(time("<p>On <time>4 March</time> the council voted to close"
                + " the library.</p>"))).isFalse();
    }

    private static Element time(String html) {
        return Jsoup.parse(html).selectFirst("time");
    }
}
