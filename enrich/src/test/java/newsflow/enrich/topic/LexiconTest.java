package newsflow.enrich.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static final Lexicon LEXICON = Lexicon.load(MediaTopics.get(), List.of("/newsflow/topic/test-lexicon.tsv"));

    private static List<String> codes(String text) {
        List<String> out = new ArrayList<>();
        LEXICON.match(WordTokenizer.words(text), e -> out.add(e.code() + "=" + e.weight()));
        return out;
    }

    @Test
    void longestMatchHidesTheTermsInsideIt() {
        assertThat(codes("the World Cup final")).containsExactly("medtop:20001065=2.0");
        assertThat(codes("a cup")).containsExactly("medtop:15000000=1.0");
    }

    @Test
    void sameTermUnderOneSubjectIsMergedToTheDeeperCodeAndHigherWeight() {
        // 11 terms are listed; "world cup" under sport (1) and under soccer (2) becomes one entry
        assertThat(LEXICON.size()).isEqualTo(10);
        assertThat(codes("world cup")).containsExactly("medtop:20001065=2.0");
    }

    @Test
    void stopPhrasesHideTermsAndGiveNoEvidence() {
        assertThat(codes("a cup of tea")).isEmpty();
        assertThat(codes("the goal of the plan")).isEmpty();
        assertThat(codes("two goals")).containsExactly("medtop:20001065=2.0");
    }

    @Test
    void aPositionCountsOncePerSubjectButForEverySubject() {
        // terror* (act of terror) and terrorism (conflict) share a subject: only the heavier counts
        assertThat(codes("terrorism")).containsExactly("medtop:20000053=2.0");
    }

    @Test
    void matchesArabicWithCliticsAndLetterVariants() {
        assertThat(codes("التقى بالسفير")).containsExactly("medtop:20000639=2.0");
        assertThat(codes("بيان لوزارة الخارجيّة")).containsExactly("medtop:20000639=2.0");
    }

    @Test
    void rejectsUnknownCodes() {
        assertThatThrownBy(() -> Lexicon.load(MediaTopics.get(), List.of("/newsflow/topic/missing.tsv")))
                .isInstanceOf(IllegalStateException.class);
    }
}
