package newsflow.common.model;

/**
 * An IPTC Media Topics tag.
 *
 * @param code  {@code medtop:} qcode, e.g. {@code medtop:20000053}
 * @param label English label from the vocabulary (IPTC Media Topics)
 * @param score confidence in [0, 1]; tags of one edition are ranked by it
 */
public record TopicTag(String code, String label, double score) {
}
