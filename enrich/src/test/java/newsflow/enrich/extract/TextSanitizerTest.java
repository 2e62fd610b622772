package newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import newsflow.common.model.SourceHints;
import org.junit.jupiter.api.Test;

class TextSanitizerTest {

    @Test
    void nulAndUnpairedSurrogatesBecomeTheReplacementCharacterAndPairsStay() {
        assertThat(TextSanitizer.clean("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(TextSanitizer.clean("a\uD800b")).isEqualTo("a\uFFFDb");
        assertThat(TextSanitizer.clean("a\uDC00")).isEqualTo("a\uFFFD");
        assertThat(TextSanitizer.clean("x\uD83D")).isEqualTo("x\uFFFD");
        assertThat(TextSanitizer.clean("emoji \uD83D\uDE00 ok")).isEqualTo("emoji \uD83D\uDE00 ok");
        String clean = "نص عربي سليم";
        assertThat(TextSanitizer.clean(clean)).isSameAs(clean);
        assertThat(TextSanitizer.clean((String) null)).isNull();
        assertThat(TextSanitizer.clean(List.of("ok", "a\u0000"))).containsExactly("ok", "a\uFFFD");
    }

    @Test
    void characterReferencesToNulAndSurrogatesNeverReachTheExtractedText() throws CharacterCodingException {
        String html = "<html><head><title>Port&#0; reopens</title></head><body><article><h1>Port&#0; reopens</h1>"
                + "<p>The port reopened on Tuesday after the storm&#xD800; had passed, officials said today.</p>"
                + "<p>Ships queued&#0; outside the harbour for most of the morning before pilots came.</p>"
                + "</article></body></html>";
        Extraction x = new ArticleExtractor().extract(new PageInput("https://news.example/a/1", html,
                Instant.parse("2024-03-06T12:00:00Z"), SourceHints.NONE));
        assertThat(x.title()).isEqualTo("Port\uFFFD reopens");
        assertThat(x.blocks()).extracting(Block::text).containsExactly(
                "The port reopened on Tuesday after the storm\uFFFD had passed, officials said today.",
                "Ships queued\uFFFD outside the harbour for most of the morning before pilots came.");
        for (Block b : x.blocks()) { // encodable as UTF-8 without replacement
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(b.text()));
        }
    }
}
