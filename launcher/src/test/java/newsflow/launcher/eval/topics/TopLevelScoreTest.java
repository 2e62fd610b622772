package newsflow.launcher.eval.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.api.Test;

class TopLevelScoreTest {

    @Test
    void predictionIsTheBestTopLevelCountingDeeperConceptsForTheirAncestor() {
        List<TopicTag> tags = List.of(new TopicTag("medtop:11000000", "politics", 0.5),
                new TopicTag("medtop:15000000", "sport", 0.3),
                new TopicTag("medtop:20001065", "soccer", 0.6));
        assertThat(TopLevelScore.predictedTop(tags)).isEqualTo("medtop:15000000");
        assertThat(TopLevelScore.predictedTop(List.of())).isEqualTo(TopLevelScore.NONE);
    }

    @Test
    void macroF1AveragesTheExpectedClasses() {
        TopLevelScore s = new TopLevelScore();
        s.add("A", "A");
        s.add("A", "A");
        s.add("A", "B");
        s.add("B", "B");
        s.add("B", "none");
        // A: P = 2/2, R = 2/3 -> F1 0.8; B: P = 1/2, R = 1/2 -> F1 0.5
        assertThat(s.f1("A")).isCloseTo(0.8, within(1e-9));
        assertThat(s.f1("B")).isCloseTo(0.5, within(1e-9));
        assertThat(s.macroF1()).isCloseTo(0.65, within(1e-9));
        assertThat(s.accuracy()).isCloseTo(0.6, within(1e-9));
        assertThat(s.report()).contains("none").contains("0.800");
    }
}
