package newsflow.launcher.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus that ships a file twice (TBAQ-cleaned/testpipeline) counts each document once. */
class DateEvaluationDuplicatesTest {

    private static String tml(String word, String value) {
        return """
                <?xml version="1.0" ?>
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
                <TEXT>Sales fell <TIMEX3 tid="t1" type="DATE" value="%s">%s</TIMEX3>, said Bob.</TEXT></TimeML>
                """.formatted(value, word);
    }

    @Test
    void byteIdenticalCopiesAreSkippedAndNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("TimeBank"));
        Files.createDirectories(dir.resolve("testpipeline"));
        Files.createDirectories(dir.resolve("AQUAINT"));
        Files.writeString(dir.resolve("TimeBank/a.tml"), tml("yesterday", "1998-01-07"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("testpipeline/a.tml"), tml("yesterday", "1998-01-07"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("AQUAINT/b.tml"), tml("today", "1998-01-08"), StandardCharsets.UTF_8);
        // same text as a.tml but one byte apart (a different value): a different document
        Files.writeString(dir.resolve("AQUAINT/c.tml"), tml("yesterday", "1998-01-06"), StandardCharsets.UTF_8);

        DateEvaluation eval = new DateEvaluation(null);
        ValueScore once = eval.timeml(dir, "en", null);
        assertThat(eval.duplicates()).containsExactly(Path.of("testpipeline", "a.tml").toString());

        ValueScore single = eval.timeml(dir.resolve("TimeBank"), "en", null);
        assertThat(eval.duplicates()).isEmpty();
        assertThat(once.gold()).isEqualTo(3);
        assertThat(single.gold()).isEqualTo(1);
    }
}
