package newsflow.enrich.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BoilerplateWordsTest {

    @Test
    void eachReaderGetsTheSharedZonesAndItsOwnWords() {
        assertThat(BoilerplateWords.zonesAnd("byline")).containsAll(BoilerplateWords.ZONES).endsWith("byline");
        assertThat(BoilerplateWords.zoneWordsAnd("reply")).contains("comment", "taboola", "footer", "reply")
                .noneMatch(w -> w.contains("-") && !w.equals("reply"));
        assertThat(BoilerplateWords.zonePhrasesAnd("wp-caption")).contains("most-read", "read-also", "wp-caption")
                .allMatch(w -> w.contains("-"));
    }

    @Test
    void wordsAndPhrasesTogetherAreTheZones() {
        assertThat(BoilerplateWords.zoneWordsAnd().size() + BoilerplateWords.zonePhrasesAnd().size())
                .isEqualTo(BoilerplateWords.ZONES.size());
        assertThat(BoilerplateWords.ZONES).doesNotHaveDuplicates()
                .allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
    }
}
