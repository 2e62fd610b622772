package newsflow.enrich.time.mentions;

import java.time.LocalDate;
import java.util.List;
import newsflow.common.model.DateMention;

/** Small helpers shared by the tagger tests. */
final class TaggerAssertions {
    static final TemporalTagger TAGGER = new TemporalTagger();

    private TaggerAssertions() {
    }

    static List<DateMention> tag(String text, String lang, String refDay) {
        return TAGGER.tag(text, lang, new DateReference(LocalDate.parse(refDay), false, null));
    }

    static List<DateMention> tag(String text, String lang, String refDay, String order) {
        return TAGGER.tag(text, lang, new DateReference(LocalDate.parse(refDay), false, order));
    }

    /** Asserts that {@code sentence} holds exactly one mention, written {@code text}, of value {@code value}. */
    static void assertTagged(String sentence, String lang, String refDay, String text, String value) {
        List<DateMention> found = tag(sentence, lang, refDay);
        org.assertj.core.api.Assertions.assertThat(texts(found)).containsExactly(text);
        org.assertj.core.api.Assertions.assertThat(values(found)).containsExactly(value);
    }

    static List<String> values(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::value).toList();
    }

    static List<String> texts(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::text).toList();
    }
}
