package newsflow.enrich.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextContentCheckTest {

    @Test
    void binaryBytesDecodedAsTextAreRefused() {
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        String decoded = new String(noise, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextContentCheck.requireText(decoded))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a text page");
    }

    @Test
    void ordinaryPagesInAnyScriptPass() {
        String page = "<html lang=\"ar\"><body>\n\t<p>معرض الكتاب يفتح أبوابه</p><p>Café – 5 € · 人民</p></body></html>";
        assertThat(TextContentCheck.requireText(page)).isSameAs(page);
    }
}
