package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publisher's filing (URL path, section, keywords) mapped to IPTC top-level codes, in many languages. */
class SectionTopicsTest {

    private static final SectionTopics SECTIONS = SectionTopics.get();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://news.example/sport/2025/06/01/derbi-sonu, medtop:15000000",
            "https://haber.example/spor/futbol/galatasaray-kazandi, medtop:15000000",
            "https://diario.example/economia/2025/mercados-suben, medtop:04000000",
            "https://zeitung.example/politik/inland/koalition-streit-123, medtop:11000000",
            "https://gazeta.example/gospodarka/inflacja-spada.html, medtop:04000000",
            "https://krant.example/cultuur/film/recensie, medtop:01000000",
            "https://berita.example/olahraga/bulu-tangkis-juara, medtop:15000000",
            "https://news.example.kr/%EC%8A%A4%ED%8F%AC%EC%B8%A0/article/1234, medtop:15000000",
            "https://haber.example/sa%C4%9Fl%C4%B1k/grip-salgini, medtop:07000000"
    })
    void aUrlSectionNamesItsTopLevelCode(String url, String code) {
        List<SectionTopics.Found> found = SECTIONS.find(url, null, List.of());
        assertThat(found).extracting(SectionTopics.Found::code).containsExactly(code);
        assertThat(found.get(0).score()).isCloseTo(SectionTopics.URL_SCORE, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(found.get(0).from().get(0)).startsWith("URL path /");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "https://news.example/2025/06/01/sport-stars-back-a-new-tax",
            "https://news.example/a/economia",
            "https://news.example/",
            "not a url at all ::",
            "https://news.example/news/world/article-1"
    })
    void theSlugAndUnknownSegmentsNameNothing(String url) {
        assertThat(SECTIONS.find(url, null, List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Wirtschaft & Finanzen | medtop:04000000",
            "Spor | medtop:15000000",
            "Économie | medtop:04000000",
            "Polityka | medtop:11000000",
            "정치 | medtop:11000000"
    })
    void aDeclaredSectionOrOneOfItsWordsNamesACode(String section, String code) {
        List<SectionTopics.Found> found = SECTIONS.find(null, section, List.of());
        assertThat(found).extracting(SectionTopics.Found::code).containsExactly(code);
        assertThat(found.get(0).score()).isCloseTo(SectionTopics.SECTION_SCORE, org.assertj.core.data.Offset.offset(1e-9));
    }

    @org.junit.jupiter.api.Test
    void agreeingSourcesCombineAndTwoCodesAreRankedBestFirst() {
        List<SectionTopics.Found> found = SECTIONS.find("https://haber.example/spor/derbi", "Spor",
                List.of("ekonomi", "transfer"));
        assertThat(found).extracting(SectionTopics.Found::code).containsExactly("medtop:15000000", "medtop:04000000");
        assertThat(found.get(0).score()).isCloseTo(1 - (1 - SectionTopics.URL_SCORE) * (1 - SectionTopics.SECTION_SCORE),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(found.get(1).score()).isCloseTo(SectionTopics.KEYWORD_SCORE, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(found.get(0).score()).isLessThan(1.0);
    }
}
