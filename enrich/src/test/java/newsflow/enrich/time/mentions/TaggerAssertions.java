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

    static List<String> values(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::value).toList();
    }

    static List<String> texts(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::text).toList();
    }
}
