/**
 * IPTC Media Topics tagging, English, French and Arabic.
 *
 * <p>Data: the IPTC Media Topics vocabulary (version 2023-10-24, IPTC, CC BY 4.0, see NOTICE) in
 * {@code /newsflow/iptc/mediatopics.tsv}, read by {@link newsflow.enrich.topic.MediaTopics}; the team's lexicons
 * {@code /newsflow/topic/en.tsv}, {@code fr.tsv} and {@code ar.tsv} ({@code code<TAB>weight<TAB>term|term…}, format in
 * {@link newsflow.enrich.topic.Lexicon}), written from general news vocabulary and the IPTC labels and
 * definitions — never from the evaluation texts.
 *
 * <p>Pipeline of {@link newsflow.enrich.topic.TopicTagger#tag}: {@link newsflow.enrich.topic.WordTokenizer}
 * (words per script; {@link newsflow.enrich.topic.ArabicNormalizer} for diacritics, letter forms and proclitics,
 * {@link newsflow.enrich.topic.EnglishNormalizer} for case, accents and plurals; the Latin-script lexicon is chosen by the
 * edition language) → {@link newsflow.enrich.topic.Lexicon}
 * (leftmost-longest matching, stop phrases, one piece of evidence per position and subject) →
 * {@link newsflow.enrich.topic.TopicEvidence} (title hits weigh more, repeated terms diminish) → hierarchy
 * roll-up and ranking. {@link newsflow.enrich.topic.TopicAgreement} explains when a document's editions
 * disagree on their top-level subject.
 *
 * <p>Per document ({@link newsflow.enrich.topic.EditionTopics}, issue 13): only languages with a lexicon are read
 * from their text; any other language gets only the codes the publisher filed the page under
 * ({@link newsflow.enrich.topic.SectionTopics}: URL path, section, keywords), or none, with a {@code topic_note}
 * saying so; the editions' scores are calibrated against each other
 * ({@link newsflow.enrich.topic.TopicCalibration}). Tags count in the sink's views from
 * {@link newsflow.enrich.topic.TopicTagger#REPORTED_MIN_SCORE}.
 */
package newsflow.enrich.topic;
