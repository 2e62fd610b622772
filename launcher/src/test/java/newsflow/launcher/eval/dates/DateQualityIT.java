package newsflow.launcher.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors of the temporal tagger on ../shared/eval (system property {@code newsflow.eval.dir}); each
 * floor sits slightly under the figure measured when it was set, so a regression fails the build. Skips
 * when the evaluation data is absent.
 */
class DateQualityIT {

    private static Path eval;

    @BeforeAll
    static void data() {
        String dir = System.getProperty("newsflow.eval.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "no evaluation data (newsflow.eval.dir)");
        eval = Path.of(dir);
    }

    @Test
    void timeBankAndAquaintValueF1() throws Exception {
        Path tbaq = eval.resolve("tempeval3/TBAQ-cleaned");
        assumeTrue(Files.isDirectory(tbaq), "no tempeval3/TBAQ-cleaned");
        ValueScore s = new DateEvaluation(null).timeml(tbaq, "en", null);
        assertThat(s.f1()).isGreaterThanOrEqualTo(FLOOR_TBAQ);
    }

    @Test
    void arabicSilverValueF1() throws Exception {
        Path ar = eval.resolve("arabic-timex-dahmri");
        assumeTrue(Files.isDirectory(ar), "no arabic-timex-dahmri");
        ValueScore s = new DateEvaluation(null).timeml(ar, "ar", DateEvaluation.DAHMRI_REFERENCE);
        assertThat(s.f1()).isGreaterThanOrEqualTo(FLOOR_ARABIC);
    }

    @Test
    void dateparserArabicHijriJalaliAccuracy() throws Exception {
        Path dp = eval.resolve("dateparser-tests");
        assumeTrue(Files.isDirectory(dp), "no dateparser-tests");
        int[] r = new DateEvaluation(null).dateparser(DateparserCases.load(dp));
        assertThat((double) r[0] / r[1]).isGreaterThanOrEqualTo(FLOOR_DATEPARSER);
    }

    @Test
    void seedPageEveryExpectedDateAndNothingElse() throws Exception {
        Path seed = eval.resolve("seed-article/expected.json");
        assumeTrue(Files.exists(seed), "no seed-article");
        List<SeedCheck.Result> results = SeedCheck.run(seed);
        assertThat(results).isNotEmpty();
        for (SeedCheck.Result r : results) {
            assertThat(r.missing()).as("missing in " + r.lang()).isEmpty();
            assertThat(r.extra()).as("extra in " + r.lang()).isEmpty();
        }
    }

    private static final double FLOOR_TBAQ = 0.78;
    private static final double FLOOR_ARABIC = 0.74;
    private static final double FLOOR_DATEPARSER = 0.90;
}
