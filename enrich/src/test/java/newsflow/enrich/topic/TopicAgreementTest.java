package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import newsflow.common.model.TopicTag;
import org.junit.jupiter.api.Test;

class TopicAgreementTest {
    private static final TopicTag POLITICS = new TopicTag("medtop:11000000", "politics", 0.6);
    private static final TopicTag DIPLOMACY = new TopicTag("medtop:20000639", "diplomacy", 0.5);
    private static final TopicTag SPORT = new TopicTag("medtop:15000000", "sport", 0.4);
    private static final TopicTag SOCCER = new TopicTag("medtop:20001065", "soccer", 0.7);

    @Test
    void agreeingEditionsGetNoNote() {
        assertThat(TopicAgreement.notes(List.of(List.of(POLITICS, SPORT), List.of(DIPLOMACY))))
                .containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void explainsTheEditionWhoseSubjectDiffers() {
        List<Optional<String>> notes = TopicAgreement.notes(
                List.of(List.of(POLITICS), List.of(DIPLOMACY), List.of(SOCCER, SPORT)));
        assertThat(notes.get(0)).isEmpty();
        assertThat(notes.get(1)).isEmpty();
        assertThat(notes.get(2)).hasValueSatisfying(n -> assertThat(n)
                .contains("medtop:15000000 (sport)").contains("medtop:11000000 (politics)"));
    }

    @Test
    void notesAnEditionWithoutTopics() {
        assertThat(TopicAgreement.notes(List.of(List.of(POLITICS), List.of())).get(1))
                .hasValueSatisfying(n -> assertThat(n).startsWith("no topic found"));
        assertThat(TopicAgreement.notes(List.of(List.of(), List.of()))).containsExactly(Optional.empty(), Optional.empty());
    }

    @Test
    void aDeeperConceptCountsForItsSubjectWithItsBestScore() {
        assertThat(TopicAgreement.bestPerTopLevel(MediaTopics.get(), List.of(SPORT, SOCCER)))
                .containsEntry("medtop:15000000", 0.7).hasSize(1);
    }
}
