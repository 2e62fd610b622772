package newsflow.common.model;

/**
 * Optional per-source hints from the sources file, used by enrichment.
 *
 * @param language  expected ISO 639-1 language of the source, or null
 * @param timeZone  IANA zone id (e.g. {@code Asia/Qatar}) for times given without an offset, or null
 * @param dateOrder order of numeric dates: {@code DMY}, {@code MDY} or {@code YMD}, or null (decided
 *                  from the page language and unambiguous samples)
 */
public record SourceHints(String language, String timeZone, String dateOrder) {
    /** No hints. */
    public static final SourceHints NONE = new SourceHints(null, null, null);
}
