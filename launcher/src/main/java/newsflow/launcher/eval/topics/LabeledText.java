package newsflow.launcher.eval.topics;

/**
 * One evaluation document with its expected top-level IPTC subject.
 *
 * @param id          the data set's id
 * @param title       title, or null
 * @param text        body text
 * @param lang        ISO 639-1 code of the set
 * @param expectedTop expected top-level qcode (the mapping of ../shared/eval/README.md)
 */
public record LabeledText(String id, String title, String text, String lang, String expectedTop) {
}
