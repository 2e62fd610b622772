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
 */
package newsflow.enrich.topic;
