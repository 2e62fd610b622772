package newsflow.enrich.topic;

import java.util.List;
import newsflow.common.model.TopicTag;

/**
 * Tags a text with IPTC Media Topics codes. Thread-safe.
 * (First version: tags nothing; lexicons and rules come with issue 6.)
 */
public final class TopicTagger {

    /**
     * @param title the title, or null
     * @param text  the body text
     * @param lang  ISO 639-1 code of the text, or null
     * @return tags, best first
     */
    public List<TopicTag> tag(String title, String text, String lang) {
        return List.of();
    }
}
