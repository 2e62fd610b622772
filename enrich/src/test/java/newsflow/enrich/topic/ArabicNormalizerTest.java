package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicNormalizerTest {

    @Test
    void removesDiacriticsAndTatweelAndUnifiesLetterForms() {
        assertThat(ArabicNormalizer.normalize("مُبَارَاةٌ")).isEqualTo("مباراه");
        assertThat(ArabicNormalizer.normalize("أإآٱ")).isEqualTo("اااا");
        assertThat(ArabicNormalizer.normalize("مستشفى")).isEqualTo("مستشفي");
        assertThat(ArabicNormalizer.normalize("مسؤول")).isEqualTo("مسوول");
        assertThat(ArabicNormalizer.normalize("رئيس")).isEqualTo("رييس");
        assertThat(ArabicNormalizer.normalize("الـــوزير")).isEqualTo("الوزير");
    }

    @Test
    void stripsConjunctionPrepositionAndArticle() {
        assertThat(ArabicNormalizer.variants("والانتخابات")).contains("انتخابات");
        assertThat(ArabicNormalizer.variants("بالمدرسه")).contains("مدرسه");
        assertThat(ArabicNormalizer.variants("للامم")).contains("امم");
        assertThat(ArabicNormalizer.variants("فالحكومه")).contains("حكومه");
        assertThat(ArabicNormalizer.variants("كالمعتاد")).contains("معتاد");
        assertThat(ArabicNormalizer.variants("وزير")).first().isEqualTo("وزير");
    }

    @Test
    void leavesStemsOfAtLeastThreeLetters() {
        assertThat(ArabicNormalizer.variants("بلد")).containsExactly("بلد");
        assertThat(ArabicNormalizer.variants("الام")).containsExactly("الام");
    }

    @Test
    void lexiconFormDropsTheArticle() {
        assertThat(ArabicNormalizer.lexiconForm("الإرهاب")).isEqualTo("ارهاب");
        assertThat(ArabicNormalizer.lexiconForm("مدرسة")).isEqualTo("مدرسه");
    }
}
