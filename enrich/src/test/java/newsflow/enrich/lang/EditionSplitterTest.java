package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.extract.Block;
import newsflow.enrich.extract.BlockKind;
import org.junit.jupiter.api.Test;

class EditionSplitterTest {

    private static final EditionSplitter SPLITTER = new EditionSplitter();

    private static Block p(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }

    private static Block h(String text) {
        return new Block(BlockKind.HEADING, text);
    }

    private static final String EN_1 = "The city council approved the new transport plan after a long debate on Tuesday.";
    private static final String EN_2 = "Residents will be able to comment on the proposals until the end of the month.";
    private static final String EN_3 = "The mayor said the first bus lanes would open before the summer holidays.";
    private static final String AR_1 = "وافق مجلس المدينة على خطة النقل الجديدة بعد نقاش طويل يوم الثلاثاء.";
    private static final String AR_2 = "وسيتمكن السكان من التعليق على المقترحات حتى نهاية الشهر الجاري.";

    @Test
    void c17QuoteInsideAParagraphDoesNotSplitIt() {
        String quoted = "Officials said: «سنبدأ التنفيذ الشهر المقبل» before leaving.";
        List<EditionDraft> editions = SPLITTER.split(null, List.of(
                p("The ministry presented its new budget to parliament on Monday."),
                p("قدمت الوزارة ميزانيتها الجديدة إلى البرلمان يوم الاثنين."),
                p(quoted)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        assertThat(editions.get(0).paragraphs()).containsExactly(
                "The ministry presented its new budget to parliament on Monday.", quoted);
        assertThat(editions.get(1).paragraphs()).containsExactly(
                "قدمت الوزارة ميزانيتها الجديدة إلى البرلمان يوم الاثنين.");
        assertThat(editions.get(1).direction()).isEqualTo("rtl");
    }

    @Test
    void headingOpeningAnotherLanguageBecomesThatEditionsTitle() {
        List<EditionDraft> editions = SPLITTER.split("Council approves transport plan",
                List.of(p(EN_1), p(EN_2), h("المجلس يقر خطة النقل الجديدة"), p(AR_1), p(AR_2)), "en");
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        EditionDraft en = editions.get(0);
        EditionDraft ar = editions.get(1);
        assertThat(en.title()).isEqualTo("Council approves transport plan");
        assertThat(en.direction()).isEqualTo("ltr");
        assertThat(en.paragraphs()).containsExactly(EN_1, EN_2);
        assertThat(ar.title()).isEqualTo("المجلس يقر خطة النقل الجديدة");
        assertThat(ar.paragraphs()).containsExactly(AR_1, AR_2);
        assertThat(en.share() + ar.share()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ar.share()).isBetween(0.2, 0.8);
    }

    @Test
    void theTitleRepeatedAsTheFirstHeadingIsNotAParagraph() {
        List<EditionDraft> editions = SPLITTER.split("Council approves transport plan",
                List.of(h("Council  approves transport plan"), p(EN_1), p(EN_2)), "en");
        assertThat(editions).hasSize(1);
        assertThat(editions.get(0).paragraphs()).containsExactly(EN_1, EN_2);
    }

    @Test
    void blocksWithoutEvidenceTakeTheirNeighboursLanguage() {
        List<EditionDraft> editions = SPLITTER.split(null,
                List.of(p(EN_1), p("Alina Romanowski"), p("2022 – 15%"), p(EN_2), p(AR_1), p("12/7/2017"),
                        p(AR_2)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        assertThat(editions.get(0).paragraphs()).containsExactly(EN_1, "Alina Romanowski", "2022 – 15%", EN_2);
        assertThat(editions.get(1).paragraphs()).containsExactly(AR_1, "12/7/2017", AR_2);
    }

    @Test
    void c22ALatinLineAfterAnArabicParagraphJoinsTheLatinScriptContextNotTheNearestBlock() {
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p("First English paragraph."),
                p("الفقرة الثانية بالعربية."), p("Line A\nLine B")), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        assertThat(editions.get(0).paragraphs()).containsExactly("First English paragraph.", "Line A\nLine B");
        assertThat(editions.get(1).paragraphs()).containsExactly("الفقرة الثانية بالعربية.");
    }

    @Test
    void aHeadingAloneInItsLanguageJoinsTheSectionItOpens() {
        List<EditionDraft> editions = SPLITTER.split(null,
                List.of(p(EN_1), h("La réforme des retraites adoptée au Sénat"), p(EN_2), p(EN_3)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en");
        assertThat(editions.get(0).paragraphs()).containsExactly(EN_1, "La réforme des retraites adoptée au Sénat",
                EN_2, EN_3);
    }

    @Test
    void headingsWithoutTextInTheirLanguageMakeNoEditionOfTheirOwn() {
        List<EditionDraft> editions = SPLITTER.split(null, List.of(h("La réforme des retraites adoptée au Sénat"),
                p(EN_1), p(EN_2), h("Le gouvernement présente son budget"), p(EN_3)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en");
        assertThat(editions.get(0).title()).isEqualTo("La réforme des retraites adoptée au Sénat");
        assertThat(editions.get(0).paragraphs()).containsExactly(EN_1, EN_2, "Le gouvernement présente son budget",
                EN_3);
    }

    @Test
    void aLoneHeadingKeepsItsLanguageAcrossAScriptChangeOrWhenLong() {
        String arabicHeading = "المجلس يقر خطة النقل";
        String longFrench = "Le conseil municipal a adopté hier soir le nouveau plan de transport de la ville";
        List<EditionDraft> editions = SPLITTER.split(null,
                List.of(p(EN_1), h(arabicHeading), p(EN_2), h(longFrench), p(EN_3)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar", "fr");
        assertThat(editions.get(1).title()).isEqualTo(arabicHeading);
        assertThat(editions.get(2).title()).isEqualTo(longFrench);
    }

    @Test
    void aSingleWordMakesNoEditionOfItsOwn() {
        List<EditionDraft> editions = SPLITTER.split(null,
                List.of(p(EN_1), p("Specs:"), p(EN_2), p("Broccoli"), p(EN_3)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en");
        assertThat(editions.get(0).paragraphs()).hasSize(5);
    }

    @Test
    void aShortParagraphClearlyInAnotherLanguageKeepsIt() {
        List<EditionDraft> editions = SPLITTER.split(null,
                List.of(p(EN_1), p("La réforme des retraites adoptée au Sénat"), p(EN_2), p(EN_3)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "fr");
        assertThat(editions.get(1).paragraphs()).containsExactly("La réforme des retraites adoptée au Sénat");
    }

    @Test
    void kanjiOnlyLinesOnAJapanesePageAreJapanese() {
        String ja1 = "東京都は今日、新しい交通計画を発表しました。";
        String ja2 = "市民は今月末まで意見を述べることができます。";
        List<EditionDraft> editions = SPLITTER.split("東京都が交通計画を発表",
                List.of(h("東京都交通局"), p(ja1), p("小池百合子知事"), p(ja2), p("二〇二四年三月一日 東京")), "ja");
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("ja");
        assertThat(editions.get(0).paragraphs()).contains(ja1, "小池百合子知事", ja2, "二〇二四年三月一日 東京");
    }

    @Test
    void aStrayKanaDoesNotMakeAChineseParagraphJapanese() {
        String zh1 = "北京市政府今天公布了新的交通计划，市民可以在本月底之前提出意见。";
        String typo = "市长表示，第一批公交专用道将在暑假前开通，更多线路将在明年陆续建成ぃ并向全体市民开放使用。";
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(zh1), p("新华社记者"), p(typo),
                p("（责编：王明）")), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("zh");
    }

    @Test
    void hanTextWithoutJapaneseAroundItIsChinese() {
        String zh1 = "北京市政府今天公布了新的交通计划，市民可以在本月底之前提出意见。";
        String zh2 = "市长表示，第一批公交专用道将在暑假前开通。";
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(zh1), p(zh2)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("zh");
        List<EditionDraft> mixed = SPLITTER.split(null, List.of(p(EN_1), p(zh1), p(EN_2)), null);
        assertThat(mixed).extracting(EditionDraft::lang).containsExactly("en", "zh");
    }

    @Test
    void aShortCaptionInAnotherScriptKeepsItsLanguage() {
        List<EditionDraft> editions = SPLITTER.split(null,
                List.of(p(EN_1), p("صورة من الاجتماع"), p(EN_2)), null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "ar");
        assertThat(editions.get(1).paragraphs()).containsExactly("صورة من الاجتماع");
    }

    @Test
    void aTruncatedSentenceOrANameStaysInTheDocumentLanguage() {
        List<EditionDraft> editions = SPLITTER.split("Council approves transport plan",
                List.of(p(EN_1), p("Former mayor Bernie Ebbers has"), p(EN_2), p("Stan Lee"), p(EN_3)), null);
        assertThat(editions).hasSize(1);
        assertThat(editions.get(0).lang()).isEqualTo("en");
        assertThat(editions.get(0).paragraphs()).hasSize(5);
    }

    @Test
    void aLongTextInAScriptNoEnabledLanguageWritesIsUndecided() {
        String thai = "สภาเมืองอนุมัติแผนการขนส่งใหม่หลังจากการอภิปรายที่ยาวนานในวันอังคาร";
        List<EditionDraft> editions = SPLITTER.split(null, List.of(p(EN_1), p("สภาเมือง อนุมัติ แผน"), p(EN_2)),
                null);
        assertThat(editions).extracting(EditionDraft::lang).containsExactly("en", "und");
        assertThat(SPLITTER.languages(List.of(p(thai)))).containsExactly("und");
    }

    @Test
    void aDocumentWithoutLettersIsUndecidedAndWithoutBlocksEmpty() {
        assertThat(SPLITTER.split("2018", List.of(p("12:00"), p("15 %")), null))
                .extracting(EditionDraft::lang).containsExactly("und");
        assertThat(SPLITTER.split("A title", List.of(), "en")).isEmpty();
    }

    @Test
    void oneSplitterServesManyThreadsAlike() throws Exception {
        List<Block> blocks = List.of(p(EN_1), h("المجلس يقر خطة النقل الجديدة"), p(AR_1), p("Stan Lee"), p(EN_2));
        List<EditionDraft> expected = SPLITTER.split("Council approves transport plan", blocks, null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<EditionDraft>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> SPLITTER.split("Council approves transport plan", blocks, null)));
            }
            for (java.util.concurrent.Future<List<EditionDraft>> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theResultIsDeterministic() {
        List<Block> blocks = List.of(p(EN_1), h("المجلس يقر خطة النقل الجديدة"), p(AR_1), p("Stan Lee"), p(EN_2));
        assertThat(SPLITTER.split("Council approves transport plan", blocks, null))
                .isEqualTo(SPLITTER.split("Council approves transport plan", blocks, null));
    }
}
