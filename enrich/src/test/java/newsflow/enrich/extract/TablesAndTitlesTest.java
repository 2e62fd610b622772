package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, item 2: data tables kept as text rows (cells joined by " | ", numbers intact), layout tables walked as
 * text; titles unescaped until stable; a headline repeated as the first paragraph removed.
 */
class TablesAndTitlesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String html) {
        return extractor.extract(new PageInput("https://news.example/a/7", html,
                Instant.parse("2025-08-10T00:00:00Z"), SourceHints.NONE));
    }

    private static List<Block> tables(Extraction e) {
        return e.blocks().stream().filter(b -> b.kind() == BlockKind.TABLE).toList();
    }

    private static String body(Extraction e) {
        return String.join("\n\n", e.blocks().stream().map(Block::text).toList());
    }

    @Test
    void englishElectionResultsKeepEveryNumericCell() {
        Extraction e = extract("""
                <html><body><article><h1>Smith wins the county seat</h1>
                <p>The count finished shortly after midnight, with turnout at its highest level since 1997.</p>
                <table class="results"><thead><tr><th>Candidate</th><th>Votes</th><th>Share</th></tr></thead>
                <tbody><tr><td>A. Smith</td><td>12,480</td><td>48.2%</td></tr>
                <tr><td>B. Jones</td><td>9,115</td><td>35.2%</td></tr></tbody></table>
                <p>Smith thanked volunteers and promised to start work on the bypass within the year.</p>
                </article></body></html>""");
        assertThat(tables(e)).extracting(Block::text).containsExactly(
                "Candidate | Votes | Share\nA. Smith | 12,480 | 48.2%\nB. Jones | 9,115 | 35.2%");
        assertThat(body(e)).contains("since 1997.\n\nCandidate | Votes").contains("35.2%\n\nSmith thanked");
    }

    @Test
    void arabicScoresAndGermanMarketFiguresAreTables() {
        Extraction ar = extract("""
                <html dir="rtl"><body><div class="matn"><h1>نتائج الجولة العاشرة من الدوري</h1>
                <p>شهدت الجولة العاشرة من الدوري مباريات قوية وانتهت بفوز الفرق المتصدرة على أرضها.</p>
                <table><tr><td>الفريق</td><td>الأهداف</td></tr><tr><td>الأهلي</td><td>٣</td></tr>
                <tr><td>الزمالك</td><td>١</td></tr></table>
                <p>وتستأنف المنافسات الأسبوع المقبل بعد فترة التوقف الدولي التي تستمر أسبوعين.</p>
                </div></body></html>""");
        assertThat(tables(ar)).extracting(Block::text).containsExactly("الفريق | الأهداف\nالأهلي | ٣\nالزمالك | ١");
        Extraction de = extract("""
                <html><body><main><h1>Dax schließt im Plus</h1>
                <p>Der Leitindex legte am Freitag zu, gestützt von Autowerten und einer ruhigen Wall Street.</p>
                <table><caption>Schlusskurse</caption><tr><th>Index</th><th>Punkte</th><th>Veränderung</th></tr>
                <tr><td>Dax</td><td>18.492,49</td><td>+0,8 %</td></tr><tr><td>MDax</td><td>26.011,10</td>
                <td>−0,2 %</td></tr></table>
                <p>Händler verwiesen auf die anstehenden Zahlen der großen Versicherer in der kommenden Woche.</p>
                </main></body></html>""");
        assertThat(tables(de)).extracting(Block::text).containsExactly(
                "Index | Punkte | Veränderung\nDax | 18.492,49 | +0,8 %\nMDax | 26.011,10 | −0,2 %");
    }

    @Test
    void aLayoutTableWrappingThePageIsNotADataTable() {
        Extraction e = extract("""
                <html><body><table width="100%"><tr><td class="nav">Home</td><td>
                <h1>Village fete raises record sum</h1>
                <p>The annual fete raised more than four thousand pounds for the primary school roof.</p>
                <p>Organisers thanked the bakers, whose cake stall alone took nine hundred pounds.</p>
                </td></tr></table></body></html>""");
        assertThat(tables(e)).isEmpty();
        assertThat(body(e)).contains("The annual fete raised more than four thousand pounds")
                .doesNotContain(" | ");
    }

    @Test
    void doubleEscapedTitlesAreUnescapedUntilStable() {
        assertThat(TitleText.clean("Minister&amp;rsquo;s plan &amp;amp; the budget"))
                .isEqualTo("Minister’s plan & the budget");
        assertThat(TitleText.clean("L&amp;#39;Assemblée vote &amp;laquo;&amp;nbsp;oui&amp;nbsp;&amp;raquo;"))
                .isEqualTo("L'Assemblée vote « oui »");
        assertThat(TitleText.clean("وزير المالية &amp;quot;الميزانية متوازنة&amp;quot;"))
                .isEqualTo("وزير المالية \"الميزانية متوازنة\"");
        assertThat(TitleText.clean("AT&T and Smith&notes stay as they are")).isEqualTo("AT&T and Smith&notes stay as they are");
        Extraction e = extract("<html><head><meta property=\"og:title\" content=\"Minister&amp;amp;rsquo;s plan"
                + " &amp;amp;amp; the budget\"></head><body><article><p>The minister presented the plan to parliament"
                + " on Tuesday, promising balanced books by 2027.</p></article></body></html>");
        assertThat(e.title()).isEqualTo("Minister’s plan & the budget");
    }

    @Test
    void aHeadlineRepeatedAsTheFirstParagraphIsRemoved() {
        String rest = "<p>The minister presented the plan to parliament on Tuesday, promising balanced books.</p>"
                + "<p>Opposition parties said the figures did not add up and called for an independent review.</p>";
        Extraction en = extract("<html><head><title>Minister unveils budget plan</title></head><body><div class=x>"
                + "<p><strong>MINISTER UNVEILS BUDGET PLAN.</strong></p>" + rest + "</div></body></html>");
        assertThat(body(en)).startsWith("The minister presented");
        Extraction es = extract("<html><head><meta property=og:title content=\"El ministro presenta «el presupuesto»\">"
                + "</head><body><article><h1>El ministro presenta «el presupuesto»</h1><div class=\"cuerpo\"><p>El"
                + " ministro presenta \"el presupuesto\"</p><p>El ministro presentó el plan al Congreso el martes y"
                + " prometió cuentas equilibradas.</p><p>La oposición pidió una revisión independiente de las"
                + " cifras presentadas.</p></div></article></body></html>");
        assertThat(body(es)).startsWith("El ministro presentó el plan");
        Extraction ar = extract("<html><head><title>الوزير يعرض خطة الميزانية</title></head><body><div>"
                + "<div class=\"lead-title\">الوزير يعرض خطة الميزانية</div><p>عرض وزير المالية خطة الميزانية على"
                + " البرلمان يوم الثلاثاء ووعد بتوازن الحسابات.</p><p>وطالبت المعارضة بمراجعة مستقلة للأرقام"
                + " التي قدمتها الحكومة.</p></div></body></html>");
        assertThat(body(ar)).startsWith("عرض وزير المالية");
    }

    @Test
    void aSentenceThatMerelyStartsLikeTheHeadlineStays() {
        Extraction e = extract("<html><head><title>Minister unveils budget plan</title></head><body><div>"
                + "<p>Minister unveils budget plan, and the markets shrug it off within the hour.</p>"
                + "<p>Opposition parties said the figures did not add up and called for a review.</p></div></body></html>");
        assertThat(body(e)).startsWith("Minister unveils budget plan, and the markets");
    }
}
