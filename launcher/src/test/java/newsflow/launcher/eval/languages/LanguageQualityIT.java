package newsflow.launcher.eval.languages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsflow.enrich.lang.EditionSplitter;
import newsflow.enrich.lang.LanguageIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the language-separation figures a little under what `newsflow eval languages` measures on
 * ../shared/eval (default languages, default mode), so that a regression shows. Skips when the data is absent.
 */
class LanguageQualityIT {

    private static final LanguageIdentifier IDENTIFIER = new LanguageIdentifier();
    private static Path data;

    @BeforeAll
    static void locateData() {
        String dir = System.getProperty("newsflow.eval.dir");
        data = dir == null ? null : Path.of(dir);
    }

    private static Path require(String folder) {
        assumeTrue(data != null && Files.isDirectory(data.resolve(folder)),
                "evaluation data absent (system property newsflow.eval.dir): " + folder + " not scored");
        return data.resolve(folder);
    }

    @Test
    void mixedLanguagePagesFromGoldBlocks() throws Exception {
        MixedLanguageEval.Result r = new MixedLanguageEval(new EditionSplitter(IDENTIFIER))
                .run(require("mixed-language"), false, null);
        // measured: 0.9978, 0.9843, 0.9933, 1.0, 1.0
        assertThat(r.paragraphs.rate()).isGreaterThanOrEqualTo(0.995);
        assertThat(r.shortParagraphs.rate()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.exactSet.rate()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.monoOneEdition.rate()).isEqualTo(1.0);
        assertThat(r.titles.rate()).isGreaterThanOrEqualTo(0.99);
        for (String kind : List.of("ar-en", "en-ar", "ar-fa-ur", "interleaved", "european")) {
            assertThat(r.paragraphsByKind.get(kind).rate()).as(kind).isGreaterThanOrEqualTo(0.995);
        }
    }

    @Test
    void linguaSentencesAndWordPairs() throws Exception {
        LinguaDataEval.Result r = new LinguaDataEval(IDENTIFIER)
                .run(require("lingua"), List.of("sentences", "word-pairs"));
        // measured: sentences mean 0.9943 (lowest ur 0.957), word pairs mean 0.9599
        assertThat(r.mean("sentences")).isGreaterThanOrEqualTo(0.99);
        assertThat(r.mean("word-pairs")).isGreaterThanOrEqualTo(0.95);
        for (Map.Entry<String, Tally> e : r.accuracy.get("sentences").entrySet()) {
            assertThat(e.getValue().rate()).as(e.getKey()).isGreaterThanOrEqualTo(0.95);
        }
    }
}
