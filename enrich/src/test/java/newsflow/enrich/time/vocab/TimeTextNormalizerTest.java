package newsflow.enrich.time.vocab;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeTextNormalizerTest {

    @Test
    void digitsOfEveryScriptBecomeAscii() {
        assertThat(TimeTextNormalizer.plain("١٢٣ ۴۵۶ 789")).isEqualTo("123 456 789");
    }

    @Test
    void bidiControlsAreRemovedButMappedBack() {
        NormalizedText n = TimeTextNormalizer.normalize("a\u200Fb\u202Bc");
        assertThat(n.text()).isEqualTo("abc");
        assertThat(n.codePointOffset(1)).isEqualTo(2);
        assertThat(n.codePointOffset(2)).isEqualTo(4);
        assertThat(n.originalSlice(0, 3)).isEqualTo("a\u200Fb\u202Bc");
    }
}
