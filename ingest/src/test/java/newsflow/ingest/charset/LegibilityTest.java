package newsflow.ingest.charset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegibilityTest {
    @Test
    void onlyTheTextOutsideMarkupScriptsAndStylesCounts() {
        Legibility l = Legibility.of("<html><head><script>var s = '\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD';"
                + "</script><style>p:after{content:'\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD'}</style>"
                + "<!-- \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD --></head><body title=\"\uFFFD\uFFFD\">"
                + "<p>مرحبا 123 ok</p></body></html>");
        assertThat(l.replacements()).isZero();
        assertThat(l.letters()).isEqualTo(10);
        assertThat(l.undecodable()).isFalse();
    }

    @Test
    void mostlyReplacementCharactersIsUndecodableAFewIsNot() {
        assertThat(Legibility.of("<p>" + "\uFFFD".repeat(40) + " abc</p>").undecodable()).isTrue();
        assertThat(Legibility.of("<p>" + "\uFFFD".repeat(7) + "</p>").undecodable()).isFalse(); // too few to judge
        Legibility some = Legibility.of("<p>" + "\uFFFD".repeat(30) + " " + "a".repeat(70) + "</p>");
        assertThat(some.undecodable()).isFalse();
        assertThat(some.doubtful()).isTrue();
        assertThat(Legibility.of("<p>" + "\uFFFD".repeat(10) + " " + "a".repeat(990) + "</p>").doubtful()).isFalse();
    }

    @Test
    void controlCharactersMarkBinaryDataEvenWithoutReplacementCharacters() {
        StringBuilder binary = new StringBuilder("<p>");
        for (int i = 0; i < 400; i++) {
            binary.append((char) ('a' + i % 26)).append((char) (0xC0 + i % 60)).append(i % 4 == 0 ? '\u0003' : 'x');
        }
        Legibility l = Legibility.of(binary.append("</p>").toString());
        assertThat(l.replacements()).isZero();
        assertThat(l.controls()).isGreaterThan(50);
        assertThat(l.undecodable()).isTrue();
        assertThat(Legibility.of("<p>tab\tnew\nline\rform\f feed</p>").controls()).isZero();
    }
}
