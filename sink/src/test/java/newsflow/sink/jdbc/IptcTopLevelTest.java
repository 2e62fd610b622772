package newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.api.Test;

class IptcTopLevelTest {

    @Test
    void shippedVocabularyKnowsTopLevelAndDeepCodes() {
        IptcTopLevel iptc = IptcTopLevel.shipped();
        assertThat(iptc.topOf("medtop:15000000")).contains("medtop:15000000");
        assertThat(iptc.topOf("medtop:20001245")).contains("medtop:04000000"); // infrastructure projects
        assertThat(iptc.topOf("medtop:00000000")).isEmpty();
        assertThat(iptc.topOf(null)).isEmpty();
    }

    @Test
    void ancestorTakesTheBestScoreOfItsTagsAndTheBestAncestorWins() {
        IptcTopLevel iptc = new IptcTopLevel(Map.of("a1", "A", "a2", "A", "b1", "B"));
        List<TopicTag> tags = List.of(new TopicTag("b1", null, 0.5), new TopicTag("a1", null, 0.4),
                new TopicTag("a2", null, 0.7), new TopicTag("zz", null, 0.99));
        TopicTag top = iptc.topTopic(tags).orElseThrow();
        assertThat(top.code()).isEqualTo("A");
        assertThat(top.score()).isEqualTo(0.7);
    }

    @Test
    void earlierTagWinsATie() {
        IptcTopLevel iptc = new IptcTopLevel(Map.of("a1", "A", "b1", "B"));
        assertThat(iptc.topTopic(List.of(new TopicTag("b1", null, 0.5), new TopicTag("a1", null, 0.5))))
                .map(TopicTag::code).contains("B");
        assertThat(iptc.topTopic(List.of(new TopicTag("zz", null, 0.5)))).isEmpty();
    }
}
