package newsflow.enrich.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsflow.common.model.TopicTag;

/**
 * Checks that the editions (language versions) of one document agree on their subject, and explains a
 * disagreement. The subject of an edition is its best top-level subject: every tag counts for its top-level
 * ancestor, the ancestor taking its best score (the scoring rule of ../shared/eval/README.md). The document's
 * subject is the top-level subject with the highest summed score over all editions. Stateless, thread-safe.
 */
public final class TopicAgreement {

    private TopicAgreement() {
    }

    /**
     * @param editions for each edition of one document, its tags (possibly empty)
     * @return for each edition, in the same order: empty when it agrees with the document's subject (or when
     *     no edition has any topic), else a one-line note naming both subjects, e.g.
     *     {@code "top-level topic medtop:04000000 (economy, business and finance) differs from the document's
     *     medtop:11000000 (politics), carried by other editions"}
     */
    public static List<Optional<String>> notes(List<List<TopicTag>> editions) {
        MediaTopics vocabulary = MediaTopics.get();
        List<String> subjects = new ArrayList<>();
        Map<String, Double> summed = new LinkedHashMap<>();
        for (List<TopicTag> tags : editions) {
            Map<String, Double> best = bestPerTopLevel(vocabulary, tags);
            String subject = null;
            double max = -1;
            for (Map.Entry<String, Double> e : best.entrySet()) {
                summed.merge(e.getKey(), e.getValue(), Double::sum);
                if (e.getValue() > max) {
                    max = e.getValue();
                    subject = e.getKey();
                }
            }
            subjects.add(subject);
        }
        String consensus = summed.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        List<Optional<String>> out = new ArrayList<>();
        for (String subject : subjects) {
            if (consensus == null || consensus.equals(subject)) {
                out.add(Optional.empty());
            } else if (subject == null) {
                out.add(Optional.of("no topic found, while other editions carry " + describe(vocabulary, consensus)));
            } else {
                out.add(Optional.of("top-level topic " + describe(vocabulary, subject) + " differs from the document's "
                        + describe(vocabulary, consensus) + ", carried by other editions"));
            }
        }
        return out;
    }

    /**
     * @param tags tags of one text
     * @return top-level code → best score among the tags counting for it, in first-seen order; unknown codes
     *     are ignored
     */
    public static Map<String, Double> bestPerTopLevel(MediaTopics vocabulary, List<TopicTag> tags) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (TopicTag t : tags) {
            vocabulary.topLevel(t.code()).ifPresent(top -> best.merge(top.code(), t.score(), Math::max));
        }
        return best;
    }

    private static String describe(MediaTopics vocabulary, String code) {
        return code + " (" + vocabulary.label(code).orElse("?") + ")";
    }
}
