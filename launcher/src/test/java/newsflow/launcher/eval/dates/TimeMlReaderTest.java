package newsflow.launcher.eval.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsflow.common.model.DateMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {

    @Test
    void readsTextGoldSpansAndCreationTime(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.tml");
        Files.writeString(f, """
                <?xml version="1.0" ?>
                <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
                <TEXT>Sales fell &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>, <EVENT eid="e1">said</EVENT> Bob.</TEXT></TimeML>
                """, StandardCharsets.UTF_8);
        TimeMlDocument doc = TimeMlReader.read(f);
        assertThat(doc.dct()).isEqualTo(LocalDate.of(1998, 1, 8));
        assertThat(doc.text()).isEqualTo("Sales fell & rose yesterday, said Bob.");
        assertThat(doc.gold()).containsExactly(new TimeMlDocument.Gold(18, 27, "yesterday", "DATE", "1998-01-07"));
    }

    @Test
    void scoresOverlapWithEqualValue() {
        ValueScore s = new ValueScore();
        List<TimeMlDocument.Gold> gold = List.of(new TimeMlDocument.Gold(0, 9, "yesterday", "DATE", "1998-01-07"),
                new TimeMlDocument.Gold(20, 24, "1997", "DATE", "1997"));
        List<DateMention> pred = List.of(new DateMention("yesterday", "1998-01-07", "DATE", 0, 9, null, null),
                new DateMention("1997", "1996", "DATE", 20, 24, null, null),
                new DateMention("now", "PRESENT_REF", "DATE", 30, 33, null, null));
        s.add(pred, gold);
        assertThat(s.precision()).isEqualTo(1.0 / 3);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
