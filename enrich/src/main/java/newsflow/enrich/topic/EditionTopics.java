package newsflow.enrich.topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsflow.common.model.TopicTag;

/**
 * The topics of a document's editions, each with a note saying why when it has none or where they came from
 * (issue 13):
 * <ol>
 *   <li>an edition in a language with a topic lexicon ({@link TopicTagger#hasLexicon}) is tagged from its text;</li>
 *   <li>an edition in a language without one (Turkish, Polish, Korean, Dutch, Indonesian, {@code und}…) is not
 *       read with another language's lexicon: it gets only the codes the publisher filed the page under
 *       ({@link SectionTopics}: URL path, declared section, keywords), or none, and a note saying so;</li>
 *   <li>the scores of editions tagged from their text are calibrated across the document
 *       ({@link TopicCalibration}): the editions of one page report one story, so a near-tie in one language is
 *       settled by the others;</li>
 *   <li>an edition whose top-level subject still differs from the document's gets the note of
 *       {@link TopicAgreement}.</li>
 * </ol>
 * Stateless apart from the shared tagger; thread-safe.
 */
public final class EditionTopics {

    /**
     * One edition to tag.
     *
     * @param lang  ISO 639-1 code or {@code und}
     * @param title the edition's title, or null
     * @param text  the edition's text
     */
    public record Input(String lang, String title, String text) {
    }

    /**
     * The publisher's filing of the page, language-independent.
     *
     * @param url      the page's canonical URL, or null
     * @param section  the declared section, or null
     * @param keywords the declared keywords
     */
    public record PageFiling(String url, String section, List<String> keywords) {
        /** Copies the keywords (null reads as none). */
        public PageFiling {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }
    }

    /**
     * The topics of one edition.
     *
     * @param tags IPTC tags, best first (possibly empty)
     * @param note why the edition has no topics, where they came from, or why its subject differs from its sibling
     *             editions'; null when there is nothing to say
     */
    public record Result(List<TopicTag> tags, String note) {
    }

    private final TopicTagger tagger;
    private final SectionTopics sections;

    /** Over the shipped lexicons and section vocabulary. */
    public EditionTopics() {
        this(new TopicTagger(), SectionTopics.get());
    }

    /**
     * @param tagger   the lexicon tagger
     * @param sections the section vocabulary
     */
    public EditionTopics(TopicTagger tagger, SectionTopics sections) {
        this.tagger = tagger;
        this.sections = sections;
    }

    /**
     * @param editions the document's editions
     * @param filing   the page's section evidence
     * @return for each edition, in the same order, its tags and note
     */
    public List<Result> tag(List<Input> editions, PageFiling filing) {
        List<List<TopicTag>> read = new ArrayList<>(editions.size());
        List<String> notes = new ArrayList<>(editions.size());
        for (Input e : editions) {
            if (tagger.hasLexicon(e.lang())) {
                read.add(tagger.tag(e.title(), e.text(), e.lang()));
                notes.add(null);
            } else {
                read.add(null);
                notes.add(null);
            }
        }
        List<List<TopicTag>> calibrated = TopicCalibration.acrossEditions(read);
        List<Optional<String>> disagreements = TopicAgreement.notes(
                calibrated.stream().map(t -> t == null ? List.<TopicTag>of() : t).toList());
        List<Result> out = new ArrayList<>(editions.size());
        for (int i = 0; i < editions.size(); i++) {
            if (calibrated.get(i) != null) {
                out.add(new Result(calibrated.get(i), disagreements.get(i).orElse(null)));
            } else {
                out.add(withoutLexicon(editions.get(i).lang(), filing));
            }
        }
        return List.copyOf(out);
    }

    private Result withoutLexicon(String lang, PageFiling filing) {
        List<SectionTopics.Found> found = sections.find(filing.url(), filing.section(), filing.keywords());
        String head = "no topic lexicon for language " + lang;
        if (found.isEmpty()) {
            return new Result(List.of(), head + " and no section the publisher filed the page under: no topics");
        }
        MediaTopics vocabulary = MediaTopics.get();
        List<TopicTag> tags = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (SectionTopics.Found f : found) {
            tags.add(new TopicTag(f.code(), vocabulary.label(f.code()).orElse(null), f.score()));
            from.add(f.code() + " from " + String.join(", ", f.from()));
        }
        return new Result(List.copyOf(tags), head + ": topics only from the publisher's filing: " + String.join("; ", from));
    }
}
