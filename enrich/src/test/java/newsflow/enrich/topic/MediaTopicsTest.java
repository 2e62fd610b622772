package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MediaTopicsTest {
    private final MediaTopics vocabulary = MediaTopics.get();

    @Test
    void holdsTheWholeVocabularyWithSeventeenSubjects() {
        assertThat(vocabulary.size()).isEqualTo(1372);
        assertThat(vocabulary.topLevelSubjects()).hasSize(17)
                .allSatisfy(t -> assertThat(t.code()).isEqualTo(t.top()));
        assertThat(vocabulary.topLevelSubjects().get(0).label()).isEqualTo("arts, culture, entertainment and media");
    }

    @Test
    void looksUpLabelParentAndTopLevel() {
        assertThat(vocabulary.label("medtop:20000639")).contains("diplomacy");
        assertThat(vocabulary.parent("medtop:20000639")).get().extracting(MediaTopic::code)
                .isEqualTo("medtop:20000638");
        assertThat(vocabulary.topLevel("medtop:20000639")).get().extracting(MediaTopic::code)
                .isEqualTo("medtop:11000000");
        assertThat(vocabulary.parent("medtop:11000000")).isEmpty();
        assertThat(vocabulary.find("medtop:99999999")).isEmpty();
    }

    @Test
    void deepConceptsGetTheirParentFromTheDepthFirstOrder() {
        // capital punishment (level 6) < sentencing (level 5) < trial (level 4) in crime, law and justice
        assertThat(vocabulary.require("medtop:20000135").level()).isEqualTo(6);
        assertThat(vocabulary.require("medtop:20000135").parent()).isEqualTo("medtop:20000134");
        assertThat(vocabulary.require("medtop:20000134").parent()).isEqualTo("medtop:20000111");
        assertThat(vocabulary.topLevel("medtop:20000135")).get().extracting(MediaTopic::code)
                .isEqualTo("medtop:02000000");
    }

    @Test
    void knowsRetiredConcepts() {
        assertThat(vocabulary.isRetired("medtop:20000064")).isTrue(); // war crime action, retired 2016
        assertThat(vocabulary.require("medtop:20000064").retired()).hasToString("2016-04-05");
        assertThat(vocabulary.isRetired("medtop:20000053")).isFalse();
    }

    @Test
    void rejectsAnUnknownCode() {
        assertThatThrownBy(() -> vocabulary.require("medtop:1")).isInstanceOf(IllegalArgumentException.class);
    }
}
