package newsflow.enrich.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();

    // Case C19: Persian, Arabic and Urdu share a script; punctuation must not flip the label.
    private static final String PERSIAN = "امروز کجا هستی";
    private static final String PERSIAN_ASKING = "امروز کجا هستی؟";
    private static final String ARABIC = "أين كتابي الجديد؟";
    private static final String URDU_WITH_FORMULA = "آپ کہاں جا رہے ہیں؟ ان شاء اللہ کل ملیں گے";

    @Test
    void c19FixturesHoldTheDecisiveLetters() {
        assertThat(PERSIAN).contains("\u06A9", "\u06CC");
        assertThat(ARABIC).contains("\u0643", "\u064A");
        assertThat(URDU_WITH_FORMULA).contains("\u06C1", "\u06D2", "\u06BA");
    }

    @Test
    void c19PersianArabicAndUrduAreTold() {
        assertThat(IDENTIFIER.detect(PERSIAN).lang()).isEqualTo("fa");
        assertThat(IDENTIFIER.detect(ARABIC).lang()).isEqualTo("ar");
        assertThat(IDENTIFIER.detect(URDU_WITH_FORMULA).lang()).isEqualTo("ur");
    }

    @Test
    void c19PunctuationIsNotEvidence() {
        assertThat(IDENTIFIER.detect(PERSIAN_ASKING)).isEqualTo(IDENTIFIER.detect(PERSIAN));
    }

    @Test
    void scriptsOfOneEnabledLanguageDecideAlone() {
        assertThat(IDENTIFIER.detect("東京は今日とても暑いです").lang()).isEqualTo("ja");
        assertThat(IDENTIFIER.detect("北京今天天气很好").lang()).isEqualTo("zh");
        assertThat(IDENTIFIER.detect("오늘 서울은 날씨가 좋습니다").lang()).isEqualTo("ko");
        assertThat(IDENTIFIER.detect("הממשלה אישרה את התקציב החדש").lang()).isEqualTo("he");
        assertThat(IDENTIFIER.detect("सरकार ने नया बजट पेश किया").lang()).isEqualTo("hi");
    }

    @Test
    void cyrillicLanguagesAreToldApart() {
        assertThat(IDENTIFIER.detect("Правительство утвердило новый бюджет на следующий год").lang())
                .isEqualTo("ru");
        assertThat(IDENTIFIER.detect("Уряд затвердив новий бюджет на наступний рік").lang()).isEqualTo("uk");
    }

    @Test
    void textWithoutLettersIsUndecided() {
        for (String text : List.of("", "   ", "12 345,67", "!!! ??? …", "https://news.example/a/b?c=d 2018")) {
            LanguageIdentifier.Detection d = IDENTIFIER.detect(text);
            assertThat(d.lang()).as(text).isNull();
            assertThat(d.confidence()).isZero();
        }
    }

    @Test
    void urlsAndDigitsDoNotOutweighTheWords() {
        assertThat(IDENTIFIER.detect("https://www.example.com/news/2018/09/06 أعلنت الوزارة عن الميزانية").lang())
                .isEqualTo("ar");
    }

    @Test
    void aScriptNoEnabledLanguageWritesIsUndecided() {
        LanguageIdentifier latinOnly = new LanguageIdentifier(List.of("en", "fr"), AccuracyMode.LOW);
        assertThat(latinOnly.detect("أعلنت الوزارة عن الميزانية الجديدة").lang()).isNull();
        assertThat(latinOnly.detect("Le ministère a annoncé le nouveau budget lundi").lang()).isEqualTo("fr");
    }

    @Test
    void confidenceIsAShareAndDeterministic() {
        String text = "The ministry announced the new budget on Monday.";
        LanguageIdentifier.Detection first = IDENTIFIER.detect(text);
        assertThat(first.lang()).isEqualTo("en");
        assertThat(first.confidence()).isBetween(0.5, 1.0);
        assertThat(IDENTIFIER.detect(text)).isEqualTo(first);
    }

    @Test
    void unsupportedCodesAreRefused() {
        assertThatThrownBy(() -> new LanguageIdentifier(List.of("en", "xx"), AccuracyMode.LOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xx");
        assertThatThrownBy(() -> new LanguageIdentifier(List.of(), AccuracyMode.LOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theTwentyDefaultLanguagesAreEnabled() {
        assertThat(IDENTIFIER.catalog().enabled()).containsExactlyInAnyOrder("ar", "fa", "ur", "en", "fr", "es",
                "de", "it", "pt", "ru", "zh", "tr", "nl", "pl", "uk", "ja", "ko", "hi", "id", "he");
    }
}
