package newsflow.enrich.date;

import java.util.List;
import newsflow.common.model.DateMention;

/**
 * Finds temporal expressions in a text and normalises them to TIMEX3 values. Thread-safe.
 * (First version: finds nothing; the grammar comes with issue 5.)
 */
public final class TemporalTagger {

    /**
     * @param text the text (an edition's paragraphs joined by "\n\n")
     * @param lang ISO 639-1 code of the text, or null
     * @param ref  the reference date for relative expressions
     * @return mentions in text order, offsets in code points
     */
    public List<DateMention> tag(String text, String lang, DateReference ref) {
        return List.of();
    }
}
